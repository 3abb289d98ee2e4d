from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EarningsConfig(AppConfig):
    """What each maker earned and is owed: the commission rule, the append-only ledger, cash-on-delivery remittances,
    statements and payouts. Above the shop (it reads orders and parcels), below the workshop (which shows it)."""

    name = "earnings"
    verbose_name = _("Earnings and payouts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import sections
        from earnings import impact, triggers

        triggers.connect()
        impact.connect()
        # "88 % of this price goes to the maker" on a product's page, "N pieces sold" on an artisan's page.
        sections.contribute("product", impact.product_impact)
        sections.contribute("artisan", impact.artisan_impact)
