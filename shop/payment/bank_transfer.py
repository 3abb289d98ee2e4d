"""Bank transfer: the order is placed "Awaiting payment"; the buyer transfers the total to the shop's account with
the order number as reference (shown on the thank-you page and in the order email). Staff mark the order paid in
Oscar's dashboard (status "Paid"), which records the payment and emails the buyer.

Offered when SHOP_BANK_TRANSFER has an account number (RIB).
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from shop.order import statuses
from shop.payment.methods import BANK_TRANSFER, PaymentMethod


def bank_details():
    """The shop's account, as configured: holder, bank, RIB, IBAN, SWIFT (empty ones left out by templates)."""
    return dict(settings.SHOP_BANK_TRANSFER)


class BankTransfer(PaymentMethod):
    code = BANK_TRANSFER
    name = _("Bank transfer")
    name_en = "Bank transfer"
    description = _(
        "You transfer the total to our bank account with your order number as reference; we prepare your order "
        "once the transfer has arrived."
    )
    initial_status = statuses.AWAITING_PAYMENT

    def is_enabled(self):
        return bool(bank_details().get("rib") or bank_details().get("iban"))
