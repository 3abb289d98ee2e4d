"""Wagtail's admin: Settings > VAT rates, one rate per Oscar product class (shop/tax.py explains how it applies)."""

from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet


class VatRateViewSet(ModelViewSet):
    model = get_model("partner", "VatRate")
    icon = "tag"
    menu_label = _("VAT rates")
    add_to_settings_menu = True
    form_fields = ["product_class", "rate"]
    list_display = ["product_class", "rate"]
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_vat_rates():
    return VatRateViewSet("vat_rates")
