"""Oscar's order dashboard, for staff only.

Oscar lets a partner's users into these views and then shows them whole orders, other makers' lines and totals
included (django-oscar#2240). Makers are no partner's users and have no dashboard permission (they follow their
parcels in the workshop); should anyone non-staff still get this far, they are refused.
"""

from django.core.exceptions import PermissionDenied
from oscar.apps.dashboard.orders import views


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
    pass


class LineDetailView(StaffOnlyMixin, views.LineDetailView):
    pass


class ShippingAddressUpdateView(StaffOnlyMixin, views.ShippingAddressUpdateView):
    pass
