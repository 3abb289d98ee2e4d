"""Oscar's shipping models, plus the few delivery rules that Oscar's dashboard has no field for.

Delivery methods are Oscar's weight-based methods, edited in Oscar's dashboard (/dashboard/shipping/): name,
description, the countries served (a zone) and the weight bands with their charges. The rules below are edited in
Wagtail's admin (Settings > Delivery): the free-delivery threshold in Morocco and the free pick-up points.
See shop/shipping/repository.py for how they combine.
"""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="site")
class DeliverySettings(BaseGenericSetting):
    morocco_free_delivery_threshold = models.DecimalField(
        _("free home delivery in Morocco from (MAD)"), max_digits=12, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Orders to a Moroccan address of at least this amount (VAT included) are delivered free. "
                    "Leave empty for no free delivery."),
    )
    workshop_pickup = models.BooleanField(
        _("free pick-up at the cooperative's workshop"), default=True,
        help_text=_("Offered to buyers in Morocco when the whole basket comes from one cooperative whose page "
                    "gives an address."),
    )
    showroom_name = models.CharField(
        _("regional showroom"), max_length=120, blank=True,
        help_text=_("e.g. Showroom of the crafts of Dakhla-Oued Eddahab. Leave empty not to offer pick-up there."),
    )
    showroom_address = models.CharField(_("showroom address"), max_length=255, blank=True)
    showroom_opening_hours = models.CharField(_("showroom opening hours"), max_length=255, blank=True)

    panels = [
        FieldPanel("morocco_free_delivery_threshold"),
        MultiFieldPanel(
            [FieldPanel("workshop_pickup"), FieldPanel("showroom_name"), FieldPanel("showroom_address"),
             FieldPanel("showroom_opening_hours")],
            heading=_("Free pick-up (buyers in Morocco)"),
        ),
    ]

    class Meta:
        app_label = "shipping"
        verbose_name = _("Delivery")

    @property
    def offers_showroom_pickup(self):
        return bool(self.showroom_name and self.showroom_address)


from oscar.apps.shipping.models import *  # noqa: E402,F401,F403
