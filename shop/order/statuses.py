"""The names of the order and fulfilment statuses, and their labels in the visitor's language.

Statuses are stored in English (Oscar's dashboard shows them as they are); pages and emails show the labels.
"""

from django.utils.translation import gettext_lazy as _

TO_CONFIRM = "To confirm"
AWAITING_PAYMENT = "Awaiting payment"
PAID = "Paid"
IN_PREPARATION = "In preparation"
SHIPPED = "Shipped"
DELIVERED = "Delivered"
CANCELLED = "Cancelled"
REFUNDED = "Refunded"

# The code an order records for card payment (shop.payment.methods.CARD): such an order is marked Paid by the bank's
# callback only, never by hand.
CARD_PAYMENT = "card-cmi"

ORDER_STATUS_LABELS = {
    TO_CONFIRM: _("To confirm"),
    AWAITING_PAYMENT: _("Awaiting payment"),
    PAID: _("Paid"),
    IN_PREPARATION: _("In preparation"),
    SHIPPED: _("Shipped"),
    DELIVERED: _("Delivered"),
    CANCELLED: _("Cancelled"),
    REFUNDED: _("Refunded"),
}

# One parcel per maker. Waiting while a card or transfer order is unpaid; then the maker confirms it (for cash on
# delivery, after calling the buyer) or says they cannot supply it, prepares it, ships it with a tracking number.
GROUP_WAITING = "Waiting"
GROUP_TO_CONFIRM = TO_CONFIRM
GROUP_CONFIRMED = "Confirmed"
GROUP_IN_PREPARATION = IN_PREPARATION
GROUP_SHIPPED = SHIPPED
GROUP_DELIVERED = DELIVERED
GROUP_UNAVAILABLE = "Cannot supply"
GROUP_CANCELLED = CANCELLED

GROUP_STATUS_CHOICES = [
    (GROUP_WAITING, _("Waiting for payment")),
    (GROUP_TO_CONFIRM, _("To confirm")),
    (GROUP_CONFIRMED, _("Confirmed")),
    (GROUP_IN_PREPARATION, _("In preparation")),
    (GROUP_SHIPPED, _("Shipped")),
    (GROUP_DELIVERED, _("Delivered")),
    (GROUP_UNAVAILABLE, _("Cannot be supplied")),
    (GROUP_CANCELLED, _("Cancelled")),
]
GROUP_PIPELINE = {
    GROUP_WAITING: (GROUP_TO_CONFIRM, GROUP_CANCELLED),
    GROUP_TO_CONFIRM: (GROUP_CONFIRMED, GROUP_UNAVAILABLE, GROUP_CANCELLED),
    GROUP_CONFIRMED: (GROUP_IN_PREPARATION, GROUP_UNAVAILABLE, GROUP_CANCELLED),
    GROUP_IN_PREPARATION: (GROUP_SHIPPED, GROUP_UNAVAILABLE, GROUP_CANCELLED),
    GROUP_SHIPPED: (GROUP_DELIVERED,),
    GROUP_DELIVERED: (),
    GROUP_UNAVAILABLE: (),
    GROUP_CANCELLED: (),
}
# The maker sees the buyer's phone and address while the parcel is in one of these.
GROUP_OPEN = (GROUP_TO_CONFIRM, GROUP_CONFIRMED, GROUP_IN_PREPARATION, GROUP_SHIPPED)
# Parcels that no longer count towards the order's status.
GROUP_CLOSED_UNSENT = (GROUP_UNAVAILABLE, GROUP_CANCELLED)


def order_status_label(status):
    return ORDER_STATUS_LABELS.get(status, status)


def group_status_label(status):
    return dict(GROUP_STATUS_CHOICES).get(status, status)
