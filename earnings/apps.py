from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EarningsConfig(AppConfig):
    """What each maker earned and is owed: the commission rule, the append-only ledger, cash-on-delivery remittances,
    statements and payouts. Above the shop (it reads orders and parcels), below the workshop (which shows it)."""

    name = "earnings"
    verbose_name = _("Earnings and payouts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from earnings import triggers

        triggers.connect()
