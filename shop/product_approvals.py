"""/cms/products-to-approve/: editors look at the products that new makers add in the workshop and approve or decline
them (shop/going_live.py does the work). Open to holders of the `catalogue.approve_product` permission (Wagtail's
Editors and Moderators, catalogue migration 0040); anyone else gets 403 and no menu item."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from oscar.core.loading import get_model
from wagtail.admin.menu import MenuItem

from shop import going_live

ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

PERMISSION = "catalogue.approve_product"
LABEL = gettext_lazy("Products to approve")


def _refused(request):
    """A 403 for whoever lacks the permission (Wagtail's admin would turn a PermissionDenied into a redirect)."""
    if not request.user.has_perm(PERMISSION):
        return permission_denied(request, PermissionDenied())
    return None


def index(request):
    if refused := _refused(request):
        return refused
    products = (
        going_live.awaiting().select_related("artisan").order_by("date_created", "pk")
        .prefetch_related(Prefetch("images", queryset=ProductImage.objects.order_by("display_order", "pk")),
                          Prefetch("stockrecords", queryset=StockRecord.objects.order_by("pk")))
    )
    rows = [{"product": product, "image": next(iter(product.images.all()), None),
             "record": next(iter(product.stockrecords.all()), None)} for product in products]
    return TemplateResponse(request, "shop/approvals/index.html", {
        "rows": rows, "header_title": LABEL, "page_title": LABEL, "header_icon": "tick",
        "can_open_dashboard": request.user.is_staff,
    })


def decide(action):
    @require_POST
    def view(request, pk):
        if refused := _refused(request):
            return refused
        product = get_object_or_404(going_live.awaiting(), pk=pk)
        if action == "approve":
            going_live.approve(product, request.user)
            if going_live.is_for_sale(product):
                messages.success(request, _("Approved: “%(title)s” is on sale.") % {"title": product.get_title()})
            else:
                messages.success(request, _("Approved: “%(title)s” goes on sale once its maker's page is live.")
                                 % {"title": product.get_title()})
        else:
            going_live.decline(product, request.user)
            messages.success(request, _("Declined: “%(title)s” stays off sale; its maker sees it declined in the "
                                        "workshop.") % {"title": product.get_title()})
        return redirect("product_approvals:index")

    return view


urlpatterns = [
    path("", index, name="index"),
    path("<int:pk>/approve/", decide("approve"), name="approve"),
    path("<int:pk>/decline/", decide("decline"), name="decline"),
]


class ApprovalsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return ApprovalsMenuItem(LABEL, reverse("product_approvals:index"), name="products-to-approve",
                             icon_name="tick", order=252)
