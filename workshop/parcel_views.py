"""A maker's parcels in the workshop: the list, and one parcel with what its maker may do to it (confirm, prepare,
ship with a tracking number, say it cannot be supplied, mark it delivered). Only parcels inside the maker's boundary
are found; the buyer's phone and delivery address show only while the parcel is open."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from oscar.apps.order.exceptions import InvalidOrderStatus

from shop.order import statuses
from shop.payment.methods import CASH_ON_DELIVERY
from shop.order.processing import MAKER_ACTIONS, InvalidFulfilmentChange, advance_group
from workshop import services as workshop
from workshop.forms import ShipForm
from workshop.views import maker_required

DONE = {
    "confirm": gettext_lazy("Your parcel is confirmed: prepare it."),
    "prepare": gettext_lazy("Your parcel is in preparation."),
    "ship": gettext_lazy("The parcel is marked shipped; the buyer receives its tracking number."),
    "deliver": gettext_lazy("The parcel is marked delivered."),
    "unavailable": gettext_lazy("The team is told that this parcel cannot be supplied; they will contact the buyer."),
}


@maker_required
def parcel_list(request, boundary):
    parcels = list(workshop.parcels_of(boundary).select_related("artisan")[:200])
    return render(request, "workshop/parcel_list.html", {
        "boundary": boundary, "parcels": parcels, "show_maker": boundary.is_manager,
    })


@maker_required
@require_http_methods(["GET", "POST"])
def parcel_detail(request, boundary, pk):
    parcel = get_object_or_404(
        workshop.parcels_of(boundary).select_related("order__shipping_address", "order__shipping_address__country"),
        pk=pk,
    )
    ship_form = ShipForm()
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "ship":
            ship_form = ShipForm(request.POST)
        new_status = MAKER_ACTIONS.get(action)
        if new_status is None:
            messages.error(request, _("This action is not possible for this parcel now."))
            return redirect("workshop:parcel", pk=parcel.pk)
        if action != "ship" or ship_form.is_valid():
            try:
                advance_group(parcel, new_status, user=request.user,
                              **(ship_form.cleaned_data if action == "ship" else {}))
            except (InvalidFulfilmentChange, InvalidOrderStatus) as error:
                messages.error(request, str(error))
            else:
                messages.success(request, DONE[action])
            return redirect("workshop:parcel", pk=parcel.pk)
    order = parcel.order
    return render(request, "workshop/parcel_detail.html", {
        "boundary": boundary,
        "parcel": parcel,
        "order": order,
        "lines": parcel.lines,
        "ship_form": ship_form,
        "actions": [action for action, status in MAKER_ACTIONS.items() if status in parcel.available_statuses()],
        "show_buyer": parcel.is_open,
        "address": order.shipping_address if parcel.is_open else None,
        "is_cash_on_delivery": order.payment_method == CASH_ON_DELIVERY,
        "history": parcel.status_changes.all(),
        "order_status_label": statuses.order_status_label(order.status),
    })
