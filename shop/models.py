"""Exchange rates kept by editors, for the approximate amounts in euros and dollars shown beside MAD prices.

Orders are charged in MAD only; the approximate amounts are a help for visitors from abroad. A rate older than
SHOP_EXCHANGE_RATE_MAX_AGE_DAYS, or a missing one, shows nothing: never a wrong figure.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.cache import cache
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

CACHE_KEY = "shop:exchange-rates"
CACHE_SECONDS = 10 * 60
DEFAULT_MAX_AGE_DAYS = 14


class ExchangeRate(models.Model):
    class Currency(models.TextChoices):
        EUR = "EUR", _("Euro (EUR)")
        USD = "USD", _("US dollar (USD)")

    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, unique=True)
    mad_per_unit = models.DecimalField(
        _("MAD for one unit"),
        max_digits=10,
        decimal_places=4,
        validators=[MinValueValidator(Decimal("0.0001"))],
        help_text=_("How many Moroccan dirhams one euro or one dollar is worth, e.g. 10.7800."),
    )
    set_on = models.DateField(
        _("rate of"),
        default=datetime.date.today,
        help_text=_("The day the rate was read. Older rates are no longer shown to visitors."),
    )

    panels = [FieldPanel("currency"), FieldPanel("mad_per_unit"), FieldPanel("set_on")]

    class Meta:
        ordering = ["currency"]
        verbose_name = _("exchange rate")
        verbose_name_plural = _("exchange rates")

    def __str__(self):
        return f"1 {self.currency} = {self.mad_per_unit} MAD ({self.set_on:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(CACHE_KEY)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(CACHE_KEY)
        return result

    def convert(self, amount_in_mad):
        return (Decimal(amount_in_mad) / self.mad_per_unit).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def current_rates():
    """The rates fresh enough to show, EUR first: one query per CACHE_SECONDS (saving a rate clears it)."""
    rates = cache.get(CACHE_KEY)
    if rates is None:
        rates = list(ExchangeRate.objects.all())
        cache.set(CACHE_KEY, rates, CACHE_SECONDS)
    max_age = int(getattr(settings, "SHOP_EXCHANGE_RATE_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS))
    oldest = timezone.localdate() - datetime.timedelta(days=max_age)
    today = timezone.localdate()
    return [rate for rate in rates if oldest <= rate.set_on <= today and rate.mad_per_unit > 0]
