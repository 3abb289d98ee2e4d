"""Oscar's order dashboard, for staff only.

Oscar lets a partner's users (makers, who are never staff) into these views and then shows them whole orders, other
makers' lines and totals included (django-oscar#2240). Makers follow and ship their own parcels on the storefront's
parcels page (shop.order.views), which shows only their lines, so here they are sent there instead.
"""

from django.shortcuts import redirect
from oscar.apps.dashboard.orders import views


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.is_staff:
            return redirect("shop-orders:fulfilment-list")
        return super().dispatch(request, *args, **kwargs)


class OrderStatsView(StaffOnlyMixin, views.OrderStatsView):
    pass


class OrderListView(StaffOnlyMixin, views.OrderListView):
    pass


class OrderDetailView(StaffOnlyMixin, views.OrderDetailView):
    pass


class LineDetailView(StaffOnlyMixin, views.LineDetailView):
    pass


class ShippingAddressUpdateView(StaffOnlyMixin, views.ShippingAddressUpdateView):
    pass
