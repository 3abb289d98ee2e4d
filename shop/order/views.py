"""Storefront pages about orders that Oscar does not have.

- Guest order tracking: order number + email shows the status history and the parcels' tracking numbers. A wrong
  pair gets one message, the same for an unknown order and a wrong email; repeated failures from one address pause
  the look-ups for a while (no enumeration of order numbers).
- Makers' parcels: a maker (a user of an Oscar partner) sees and moves only their own fulfilment groups, with only
  their own lines of each order; staff see every group.
"""

import hmac

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from oscar.apps.order.exceptions import InvalidOrderStatus
from oscar.core.loading import get_model

from core import throttle
from shop.order import statuses
from shop.order.processing import InvalidFulfilmentChange, advance_group, change_status, groups_for_user

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


# Makers' parcels
# ---------------

class ShipForm(forms.Form):
    carrier = forms.CharField(label=gettext_lazy("Carrier"), max_length=64, initial="Amana")
    tracking_number = forms.CharField(label=gettext_lazy("Tracking number"), max_length=64)


def _may_fulfil(user):
    Partner = get_model("partner", "Partner")
    return user.is_staff or Partner.objects.filter(users=user).exists()


@login_required
@never_cache
def fulfilment_list(request):
    if not _may_fulfil(request.user):
        raise PermissionDenied
    groups = groups_for_user(request.user).order_by("-order__date_placed", "pk")[:200]
    return render(request, "shop/orders/fulfilment_list.html", {"groups": groups})


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def fulfilment_detail(request, pk):
    if not _may_fulfil(request.user):
        raise PermissionDenied
    group = get_object_or_404(groups_for_user(request.user).select_related("order__shipping_address"), pk=pk)
    order = group.order
    ship_form = ShipForm()
    if request.method == "POST":
        action = request.POST.get("action")
        via = "staff" if request.user.is_staff else "maker"
        try:
            if action == "confirm" and order.status in (statuses.TO_CONFIRM, statuses.PAID):
                change_status(order, statuses.IN_PREPARATION, user=request.user, via=via)
                messages.success(request, _("The order is confirmed: its parcels can be prepared."))
                return redirect("shop-orders:fulfilment-detail", pk=group.pk)
            if action == "ship":
                ship_form = ShipForm(request.POST)
                if ship_form.is_valid():
                    advance_group(group, statuses.GROUP_SHIPPED, user=request.user, **ship_form.cleaned_data)
                    messages.success(request, _("The parcel is marked shipped; the buyer receives its tracking number."))
                    return redirect("shop-orders:fulfilment-detail", pk=group.pk)
            elif action == "deliver":
                advance_group(group, statuses.GROUP_DELIVERED, user=request.user)
                messages.success(request, _("The parcel is marked delivered."))
                return redirect("shop-orders:fulfilment-detail", pk=group.pk)
            else:
                messages.error(request, _("This action is not possible for this parcel now."))
                return redirect("shop-orders:fulfilment-detail", pk=group.pk)
        except (InvalidFulfilmentChange, InvalidOrderStatus) as error:
            messages.error(request, str(error))
            return redirect("shop-orders:fulfilment-detail", pk=group.pk)
    return render(request, "shop/orders/fulfilment_detail.html", {
        "group": group,
        "order": order,
        "lines": group.lines,
        "ship_form": ship_form,
        "order_status_label": statuses.order_status_label(order.status),
        "can_confirm": order.status in (statuses.TO_CONFIRM, statuses.PAID),
        "history": group.status_changes.select_related("user"),
    })
