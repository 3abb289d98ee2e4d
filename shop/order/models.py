"""Oscar's orders, with what Dakhla Market needs on top.

- The order remembers the buyer's language (emails are written in it), its payment method and when it was paid.
- Every status change records who made it and through what (checkout, dashboard, maker, CMI callback).
- An order is split into one fulfilment group per maker (Oscar partner); each group is prepared, shipped with its own
  carrier and tracking number, and delivered on its own (shop/order/processing.py moves them).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder, AbstractOrderStatusChange

from shop.order import statuses


class Order(AbstractOrder):
    language = models.CharField(_("buyer's language"), max_length=10, blank=True)
    payment_method = models.CharField(_("payment method"), max_length=32, blank=True)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)

    @property
    def is_paid(self):
        return self.paid_at is not None

    def available_statuses(self):
        """The statuses a person may move this order to (Oscar's dashboard offers exactly these).

        Paid for a card order comes only from the CMI callback; Shipped and Delivered only when every maker's parcel
        is; a paid order is refunded rather than cancelled, and an unpaid one cannot be refunded.
        """
        allowed = self.pipeline.get(self.status, ())
        if getattr(self, "_status_automatic", False):
            return allowed  # a system transition (see set_status) checks the pipeline alone
        return tuple(status for status in allowed if self._is_allowed_by_hand(status))

    def _is_allowed_by_hand(self, status):
        if status == statuses.PAID and self.payment_method == statuses.CARD_PAYMENT:
            return False
        if status in (statuses.SHIPPED, statuses.DELIVERED):
            return False
        if status == statuses.CANCELLED and self.is_paid:
            return False
        if status == statuses.REFUNDED and not self.is_paid:
            return False
        return True

    def set_status(self, new_status, user=None, via="", automatic=False):
        """Oscar's set_status, recording who and through what. `automatic` is for the transitions only the system
        makes (the CMI callback's Paid, Shipped and Delivered when every parcel is): still within the pipeline."""
        self._status_actor = (user if user is not None and user.is_authenticated else None, via)
        self._status_automatic = automatic
        try:
            super().set_status(new_status)
        finally:
            del self._status_actor
            self._status_automatic = False

    set_status.alters_data = True

    def _create_order_status_change(self, old_status, new_status):
        user, via = getattr(self, "_status_actor", (None, ""))
        self.status_changes.create(old_status=old_status, new_status=new_status, user=user, via=via)


class OrderStatusChange(AbstractOrderStatusChange):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    via = models.CharField(_("through"), max_length=64, blank=True)


class Line(AbstractLine):
    parcel = models.ForeignKey(
        "order.FulfilmentGroup", verbose_name=_("parcel"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="parcel_lines",
    )


class FulfilmentGroup(models.Model):
    """A parcel: the part of an order that one maker (an artisan, or a seller without a maker page) prepares and
    ships. Its lines point at it (Line.parcel); `partner` is who sells them (a cooperative's parcels are all its
    members')."""

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="fulfilment_groups")
    partner = models.ForeignKey(
        "partner.Partner", verbose_name=_("seller"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    artisan = models.ForeignKey(
        "cooperatives.ArtisanPage", verbose_name=_("artisan"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_name = models.CharField(_("maker"), max_length=128)
    status = models.CharField(
        _("status"), max_length=32, choices=statuses.GROUP_STATUS_CHOICES, default=statuses.GROUP_WAITING
    )
    carrier = models.CharField(_("carrier"), max_length=64, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    shipped_at = models.DateTimeField(_("shipped at"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    date_created = models.DateTimeField(auto_now_add=True)
    date_updated = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "order"
        ordering = ["order", "partner_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["order", "partner", "artisan"], name="one_parcel_per_maker"),
        ]
        verbose_name = _("fulfilment group")
        verbose_name_plural = _("fulfilment groups")

    def __str__(self):
        return f"{self.order.number} / {self.partner_name}"

    @property
    def lines(self):
        """This maker's lines of the order, and no one else's."""
        return self.parcel_lines.order_by("pk")

    def available_statuses(self):
        return statuses.GROUP_PIPELINE.get(self.status, ())

    @property
    def is_open(self):
        """Still to confirm, prepare or ship: the maker then sees the buyer's phone and delivery address."""
        return self.status in statuses.GROUP_OPEN

    @property
    def status_label(self):
        return statuses.group_status_label(self.status)


class FulfilmentStatusChange(models.Model):
    group = models.ForeignKey(FulfilmentGroup, on_delete=models.CASCADE, related_name="status_changes")
    old_status = models.CharField(max_length=32, blank=True)
    new_status = models.CharField(max_length=32)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date_created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        app_label = "order"
        ordering = ["date_created", "pk"]


from oscar.apps.order.models import *  # noqa: E402,F401,F403
