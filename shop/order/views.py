"""Storefront pages about orders that Oscar does not have.

- Guest order tracking: order number + email shows the status history and the parcels' tracking numbers. A wrong
  pair gets one message, the same for an unknown order and a wrong email; repeated failures from one address pause
  the look-ups for a while (no enumeration of order numbers).
"""

import hmac

from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model

from core import throttle
from shop.order import statuses

NOT_FOUND = gettext_lazy(
    "We could not find an order with this number and email address. Check both and try again."
)
TOO_MANY = gettext_lazy("Too many attempts from your connection. Please try again in a few minutes.")


class TrackOrderForm(forms.Form):
    number = forms.CharField(label=gettext_lazy("Order number"), max_length=128)
    email = forms.EmailField(label=gettext_lazy("Email address used for the order"), max_length=254)


def find_order(number, email):
    """The order with this number whose buyer used this email, or None (same answer for both mistakes)."""
    Order = get_model("order", "Order")
    order = Order.objects.filter(number=number.strip()).select_related("user").first()
    expected = (order.email or "") if order is not None else "\0"
    if hmac.compare_digest(expected.strip().lower().encode(), email.strip().lower().encode()) and order is not None:
        return order
    return None


@never_cache
@require_http_methods(["GET", "POST"])
def track_order(request):
    order = None
    status = 200
    if request.method == "POST":
        form = TrackOrderForm(request.POST)
        if throttle.attempts("track-order", request) >= settings.SHOP_TRACKING_MAX_FAILURES:
            form.is_valid()
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid():
            order = find_order(form.cleaned_data["number"], form.cleaned_data["email"])
            if order is None:
                throttle.record_attempt("track-order", request, settings.SHOP_TRACKING_WINDOW)
                form.add_error(None, NOT_FOUND)
    else:
        form = TrackOrderForm(initial={"number": request.GET.get("number", "")[:128]})
    context = {"form": form, "order": order}
    if order is not None:
        context.update(
            history=[
                {"status": statuses.order_status_label(change.new_status), "date": change.date_created}
                for change in order.status_changes.order_by("date_created", "pk")
            ],
            status_label=statuses.order_status_label(order.status),
            groups=order.fulfilment_groups.exclude(status=statuses.GROUP_CANCELLED).prefetch_related(),
        )
    return render(request, "shop/orders/track.html", context, status=status)
