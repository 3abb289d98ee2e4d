"""Going live (issue #15): when a maker's product is for sale, the one place that says so.

- A product with a maker (Product.artisan) is for sale when it is approved (approved_at set) and its maker's page is
  live (the page the product names; any of its language versions is published through that one). Products without a
  maker are the staff's (Oscar's dashboard, the demo) and keep the `is_public` the staff gave them.
- Oscar's `is_public` is the flag every listing already honours (Oscar's catalogue and product page, the site search,
  the sitemap, the makers' pages, the checkout's last look at the basket) and the purchase strategy refuses a product
  that is not public (shop/partner/strategy.py). refresh_for_sale() is the one function that keeps it equal to the
  rule; it runs when the workshop saves a product, when an editor approves or declines one, and when a maker's page
  is published, unpublished or deleted (connect(), from ShopConfig.ready).
- Approval: products are approved when made (the field's default: the demo, the dashboard, the tests' factories).
  The workshop holds a new one for an editor (submit()) when needs_review(artisan): the region's switch
  (RegionPage.review_new_makers_products) is on and the maker's page is not live or no editor has approved any of
  their products yet. Once an editor has approved one and the page is live, the maker's next products are approved
  at once, with no editor recorded (approved_by None). Editors approve or decline in /cms/ ("Products to approve",
  shop/product_approvals.py); a declined product stays off sale until its maker changes it, which sends it back to
  the editors.
"""

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from cooperatives.models import ArtisanPage, RegionPage

Product = get_model("catalogue", "Product")

# Products with a maker that are for sale, as a query (the same rule as is_for_sale()).
FOR_SALE = Q(artisan__isnull=False, approved_at__isnull=False, artisan__live=True)


# The rule
# --------

def region_of(artisan):
    """The region page above an artisan's page (directly, or above their cooperative), or None."""
    return RegionPage.objects.ancestor_of(artisan).first()


def needs_review(artisan):
    """Whether a new product of this artisan waits for an editor: their region asks for it and their page is not
    live or no editor has approved any of their products yet."""
    region = region_of(artisan)
    if region is None or not region.review_new_makers_products:
        return False
    return not artisan.live or not Product.objects.filter(artisan=artisan, approved_by__isnull=False).exists()


def is_approved(product):
    return product.approved_at is not None


def awaiting_approval(product):
    """Held for an editor: neither approved nor declined."""
    return product.approved_at is None and product.declined_at is None


def is_declined(product):
    return product.approved_at is None and product.declined_at is not None


def is_for_sale(product):
    """Whether the product may be seen and bought: for a maker's product, approved and their page live; for a staff
    product (no maker), what the staff set (is_public)."""
    if product.artisan_id is None:
        return product.is_public
    return is_approved(product) and product.artisan.live


FOR_SALE_NOW, AWAITING_APPROVAL, DECLINED, PAGE_NOT_LIVE, OFF_SALE = (
    "for-sale", "awaiting-approval", "declined", "page-not-live", "off-sale")


def sale_status(product):
    """Where the product stands, for what a maker is told (one of the constants above; OFF_SALE: a staff product
    the staff took off sale)."""
    if product.artisan_id is None:
        return FOR_SALE_NOW if product.is_public else OFF_SALE
    if is_declined(product):
        return DECLINED
    if awaiting_approval(product):
        return AWAITING_APPROVAL
    return FOR_SALE_NOW if product.artisan.live else PAGE_NOT_LIVE


def awaiting():
    """Makers' products waiting for an editor, oldest first."""
    return Product.objects.filter(artisan__isnull=False, approved_at__isnull=True, declined_at__isnull=True)


# Writes
# ------

def submit(product, artisan):
    """Before the workshop saves a product: a new one is held for an editor when needs_review(artisan), else approved
    at once (without an editor); a declined one that its maker changed goes back to the editors."""
    if product.pk is None:
        product.approved_at = None if needs_review(artisan) else timezone.now()
        product.approved_by = None
        product.declined_at = None
    elif is_declined(product):
        product.declined_at = None


@transaction.atomic
def refresh_for_sale(target, page_live=None):
    """Make `is_public` say whether each product is for sale. `target`: a product, products, or a maker's page (its
    products, whichever of its language versions they name; `page_live` says whether that page is live when the
    database does not say it yet). Products without a maker are left alone. Each change is saved (so the search
    index and the page cache hear of it). Returns the number of products changed."""
    changed = 0
    live = {target.pk: page_live} if isinstance(target, Page) and page_live is not None else {}
    products = _products(target).filter(artisan__isnull=False).select_related("artisan")
    for product in products.select_for_update(of=("self",)).order_by("pk"):
        for_sale = is_approved(product) and live.get(product.artisan_id, product.artisan.live)
        if product.is_public != for_sale:
            product.is_public = for_sale
            product.save(update_fields=["is_public", "date_updated"])
            changed += 1
        if isinstance(target, Product) and target.pk == product.pk:
            target.is_public = for_sale
    return changed


@transaction.atomic
def approve(product, editor):
    """An editor approves a maker's product: it is for sale as soon as (or as long as) the maker's page is live."""
    product.approved_at, product.approved_by, product.declined_at = timezone.now(), editor, None
    product.save(update_fields=["approved_at", "approved_by", "declined_at", "date_updated"])
    refresh_for_sale(product)


@transaction.atomic
def decline(product, editor):
    """An editor declines a maker's product: it stays off sale and its maker sees it declined in the workshop."""
    product.approved_at, product.approved_by, product.declined_at = None, None, timezone.now()
    product.save(update_fields=["approved_at", "approved_by", "declined_at", "date_updated"])
    refresh_for_sale(product)


def _products(target):
    if isinstance(target, Page):
        pages = ArtisanPage.objects.filter(translation_key=target.translation_key)
        return Product.objects.filter(artisan__in=pages)
    if isinstance(target, Product):
        return Product.objects.filter(pk=target.pk)
    return Product.objects.filter(pk__in=[product.pk for product in target])


# When a maker's page changes
# ---------------------------

def _page_published(sender, instance, **kwargs):
    refresh_for_sale(instance)


def _page_unpublished(sender, instance, **kwargs):
    # Not live, whatever the database says: Wagtail unpublishes a page it is about to delete without saving it.
    refresh_for_sale(instance, page_live=False)


def _page_deleted(sender, instance, **kwargs):
    # Before the page goes (and its products' maker with it, SET_NULL): they leave the shop, and the staff decide.
    with transaction.atomic():
        for product in Product.objects.filter(artisan=instance, is_public=True).select_for_update(of=("self",)):
            product.is_public = False
            product.save(update_fields=["is_public", "date_updated"])


def connect():
    page_published.connect(_page_published, sender=ArtisanPage, dispatch_uid="going-live-published")
    page_unpublished.connect(_page_unpublished, sender=ArtisanPage, dispatch_uid="going-live-unpublished")
    pre_delete.connect(_page_deleted, sender=ArtisanPage, dispatch_uid="going-live-deleted")
