"""The product chooser used by page editors: searches Oscar's products by title and UPC, with thumbnails."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit this product")
    url_prefix = "product-chooser"


product_chooser_viewset = ProductChooserViewSet("product_chooser")
