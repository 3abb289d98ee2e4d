"""Template helpers for orders and payments: status labels in the visitor's language, the shop's bank details."""

from django import template
from django.template.loader import render_to_string

from shop.order import statuses
from shop.payment.bank_transfer import bank_details as configured_bank_details

register = template.Library()


@register.filter
def order_status_label(status):
    return statuses.order_status_label(status)


@register.filter
def group_status_label(status):
    return statuses.group_status_label(status)


@register.simple_tag
def bank_details():
    return configured_bank_details()


@register.filter
def lead_time_sentence(product):
    """The made-to-order sentence of shop/includes/lead_time.html as one trimmed line ("" for a ready-made one)."""
    return render_to_string("shop/includes/lead_time.html", {"product": product}).strip()
