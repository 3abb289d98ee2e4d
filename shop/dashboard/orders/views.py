"""Oscar's order dashboard, for staff only.

Oscar lets a partner's users into these views and then shows them whole orders, other makers' lines and totals
included (django-oscar#2240). Makers are no partner's users and have no dashboard permission (they follow their
parcels in the workshop); should anyone non-staff still get this far, they are refused.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from oscar.apps.dashboard.orders import views

from shop.order import statuses
from shop.order.processing import InvalidFulfilmentChange, advance_group


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class OrderStatsView(StaffOnlyMixin, views.OrderStatsView):
    pass


class OrderListView(StaffOnlyMixin, views.OrderListView):
    pass


class OrderDetailView(StaffOnlyMixin, views.OrderDetailView):
    """Oscar's order page, with the order's parcels (one per maker) and what staff may do to each when a maker
    cannot (mark it shipped or delivered, say it cannot be supplied): the same moves as the maker's, through
    shop.order.processing.advance_group."""

    template_name = "shop/dashboard/order_detail.html"
    order_actions = views.OrderDetailView.order_actions + ("move_parcel",)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parcels = list(self.object.fulfilment_groups.all())
        for parcel in parcels:
            parcel.next_statuses = [
                (status, statuses.group_status_label(status))
                for status in parcel.available_statuses() if status != statuses.GROUP_CANCELLED
            ]
        context["parcels"] = parcels
        return context

    def move_parcel(self, request, order):
        parcel = get_object_or_404(order.fulfilment_groups, pk=request.POST.get("parcel", "").strip() or 0)
        try:
            advance_group(parcel, request.POST.get("new_status", ""), user=request.user,
                          carrier=request.POST.get("carrier", ""), tracking_number=request.POST.get("tracking_number", ""))
        except InvalidFulfilmentChange as error:
            return self.reload_page(fragment="parcels", error=str(error))
        messages.success(request, _("The parcel of %(maker)s is now “%(status)s”.") % {
            "maker": parcel.partner_name, "status": statuses.group_status_label(request.POST["new_status"]),
        })
        return self.reload_page(fragment="parcels")


class LineDetailView(StaffOnlyMixin, views.LineDetailView):
    pass


class ShippingAddressUpdateView(StaffOnlyMixin, views.ShippingAddressUpdateView):
    pass
