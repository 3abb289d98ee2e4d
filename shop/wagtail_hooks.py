from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail import hooks
from wagtail.admin.admin_url_finder import register_admin_url_finder

from shop import product_approvals
from shop.choosers import ProductAdminURLFinder, product_chooser_viewset

register_admin_url_finder(get_model("catalogue", "Product"), ProductAdminURLFinder)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


# New makers' products wait for an editor (shop/going_live.py): "Products to approve", for holders of
# catalogue.approve_product.
@hooks.register("register_admin_urls")
def register_product_approvals():
    return [path("products-to-approve/", include((product_approvals.urlpatterns, "product_approvals")))]


@hooks.register("register_admin_menu_item")
def register_product_approvals_menu_item():
    return product_approvals.menu_item()


# Exchange rates for the approximate amounts in euros and dollars beside MAD prices (shop/models.py): editors keep
# them under Snippets > Exchange rates, with the day each rate was read.
from wagtail.snippets.models import register_snippet  # noqa: E402
from wagtail.snippets.views.snippets import SnippetViewSet  # noqa: E402

from shop.models import ExchangeRate  # noqa: E402


class ExchangeRateViewSet(SnippetViewSet):
    model = ExchangeRate
    icon = "doc-full"
    menu_label = _("Exchange rates")
    add_to_admin_menu = False
    list_display = ["currency", "mad_per_unit", "set_on"]


register_snippet(ExchangeRateViewSet)
