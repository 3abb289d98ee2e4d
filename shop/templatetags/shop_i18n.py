"""Template helpers for languages: bidi isolation of names and numbers, approximate amounts in euros and dollars."""

from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency
from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi, to_locale

from shop.models import current_rates

register = template.Library()

FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong isolate and pop directional isolate


@register.filter
def bdi(value):
    """HTML: the value in <bdi>, so a Latin name or an order number keeps its order inside an Arabic sentence.

    Safe inside {% blocktrans with name=x|bdi %}: the msgid does not change."""
    if value is None or value == "":
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def isolate(value):
    """Plain text (email subjects and text bodies, <title>): the value between Unicode isolates in a right-to-left
    language; unchanged otherwise."""
    if value is None or value == "":
        return ""
    return f"{FSI}{value}{PDI}" if get_language_bidi() else value


def approximate(amount, currency, rate):
    """The amount in the rate's currency, formatted for the active language (e.g. fr "11,60 €", en "11.60 €")."""
    locale = to_locale(get_language() or settings.LANGUAGE_CODE)
    return format_currency(rate.convert(amount), rate.currency, locale=locale, format="#,##0.00\u00a0¤")


@register.inclusion_tag("shop/includes/approx_prices.html", takes_context=True)
def approx_prices(context, amount, currency=None):
    """Beside a MAD price: about how much it is in euros and dollars, from the rates editors keep in the admin.
    Nothing for another currency, a bad amount, or when no rate is fresh enough. The rates are read once per
    request, however many prices the page shows."""
    currency = currency or settings.OSCAR_DEFAULT_CURRENCY
    try:
        amount = Decimal(amount)
    except (TypeError, ValueError, InvalidOperation):
        return {"amounts": []}
    if currency != "MAD" or not amount.is_finite() or amount <= 0:
        return {"amounts": []}
    request = context.get("request")
    rates = getattr(request, "_exchange_rates", None)
    if rates is None:
        rates = current_rates()
        if request is not None:
            request._exchange_rates = rates
    return {
        "amounts": [approximate(amount, currency, rate) for rate in rates],
        "rates_of": min((rate.set_on for rate in rates), default=None),
    }
