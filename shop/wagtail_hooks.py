from oscar.core.loading import get_model
from wagtail import hooks
from wagtail.admin.admin_url_finder import register_admin_url_finder

from shop.choosers import ProductAdminURLFinder, product_chooser_viewset

register_admin_url_finder(get_model("catalogue", "Product"), ProductAdminURLFinder)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset
