"""Dates and numbers written the way the visitor's language writes them (Babel, CLDR): "7 décembre 2026",
"7 ديسمبر 2026", "December 7, 2026"; Latin digits in every language, as Moroccan usage has it.

    {% load local_formats %}{{ order.date_placed|local_date }} {{ when|local_datetime }} {{ count|local_number }}
"""

from babel.dates import format_date, format_time
from babel.numbers import format_decimal
from django import template
from django.utils import timezone, translation

register = template.Library()


def _locale():
    return (translation.get_language() or "fr").split("-")[0]


@register.filter
def local_date(value, length="long"):
    """A date (or the local date of a datetime) in the active language; empty for no value."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return format_date(value, length, locale=_locale())


@register.filter
def local_datetime(value):
    """The long date and the short time: "7 ديسمبر 2026 · 2:05 م" (CLDR's medium Arabic datetime is all digits)."""
    if not value:
        return ""
    value = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{format_date(value.date(), 'long', locale=_locale())} · {format_time(value, 'short', locale=_locale())}"


@register.filter
def local_number(value):
    if value is None or value == "":
        return ""
    return format_decimal(value, locale=_locale())
