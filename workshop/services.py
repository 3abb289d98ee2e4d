"""The makers' workshop (/<lang>/atelier/): what makers sell and the writes they make to their products, pages and
parcels. Views stay thin; every multi-row write is a function here. What a login may reach is workshop/boundary.py's
to say: every list here takes a Boundary."""

import html as html_module
import re

from django.db import transaction
from django.db.models import F
from django.utils import translation
from django.utils.html import escape, strip_tags
from oscar.core.loading import get_model
from wagtail.models import WorkflowState

from core.models import SiteImage
from shop import going_live, new_products
from shop.order import statuses

LOW_STOCK = 2  # a ready-made product with this many pieces or fewer is flagged on the workshop's home

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

def products_of(boundary):
    """The products in the maker's reach, newest first, with stock, photos and who made them."""
    return (
        boundary.products()
        .select_related("artisan")
        .prefetch_related("stockrecords", "images")
        .order_by("-date_created", "-pk")
    )


def low_stock_products(boundary):
    """Ready-made products in reach with LOW_STOCK pieces or fewer left to sell."""
    records = StockRecord.objects.filter(
        product__in=boundary.products(), product__lead_time_days__isnull=True,
        product__product_class__track_stock=True,
    ).annotate(net=F("num_in_stock") - F("num_allocated")).filter(net__lte=LOW_STOCK)
    return records.select_related("product").order_by("net", "product__title")


def pending_parcels(boundary):
    """The parcels in reach still to confirm, prepare or ship, oldest first."""
    return boundary.parcels().filter(
        status__in=[statuses.GROUP_TO_CONFIRM, statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION]
    ).order_by("order__date_placed", "pk")


def parcels_of(boundary):
    """Every parcel in reach that its maker has something to see in, newest first (unpaid orders' parcels wait)."""
    return boundary.parcels().exclude(status=statuses.GROUP_WAITING).order_by("-order__date_placed", "-pk")


@transaction.atomic
def save_product(artisan, data, photo=None, product=None):
    """Create or update one of the artisan's products with its stock record (from the artisan's selling partner)
    and an optional new photo (a ContentFile from prepare_photo). Returns the product."""
    partner = artisan.selling_partner()
    if partner is None:
        raise ValueError(f"{artisan} has no shop partner")
    if product is None:
        product = Product(product_class=new_products.product_class(), structure=Product.STANDALONE,
                          artisan=artisan, is_public=False)
    else:
        product.artisan = artisan  # a manager may say which member made it; the caller checked both are in reach
    going_live.submit(product, artisan)  # a new maker's product waits for an editor (shop/going_live.py)
    # The name and description go into the language the artisan writes in (title_ar, description_fr, ...: the
    # product's translated fields, workshop/forms.py); the other languages keep their own text.
    with translation.override(data.get("language") or translation.get_language()):
        for field in ("title", "description", "craft", "weight_grams", "lead_time_days"):
            setattr(product, field, data.get(field))
        product.description = data.get("description") or ""
        product.save()

    record = product.stockrecords.filter(partner=partner).first()
    if record is None:
        record = StockRecord(product=product, partner=partner, partner_sku=f"atelier-{product.pk}",
                             price_currency="MAD")
    record.price = data["price"]
    record.num_in_stock = data.get("stock") or 0
    record.save()

    if photo is not None:
        position = product.images.count()
        image = ProductImage(product=product, caption=product.title, display_order=position)
        image.original.save(photo.name, photo, save=False)
        image.save()
    going_live.refresh_for_sale(product)
    return product


# The artisan's own page: changes go to moderation, never live directly
# ----------------------------------------------------------------------

PAGE_FIELDS = ("quote", "technique", "materials", "years_of_practice")


def text_to_rich_text(text):
    """Plain text typed by an artisan, as paragraphs of rich text (HTML escaped)."""

    paragraphs = [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)


def rich_text_to_text(html):

    text = re.sub(r"<br\s*/?>", "\n", html or "")
    text = re.sub(r"</p>\s*", "\n\n", text)
    return html_module.unescape(strip_tags(text)).strip()


def _latest(page):
    """What a form shows: the latest draft if there is one (so a pending change is not lost), else the page."""
    return page.get_latest_revision_as_object() if page.has_unpublished_changes else page


def page_initial(artisan):
    page = _latest(artisan)
    initial = {name: getattr(page, name) for name in PAGE_FIELDS}
    initial["biography"] = rich_text_to_text(page.biography)
    return initial


@transaction.atomic
def submit_page_changes(artisan, user, data, portrait=None, portrait_alt=""):
    """Save the artisan's changes as a new revision of their page and submit it for approval. Returns the
    revision."""
    page = artisan.get_latest_revision_as_object()
    for name in PAGE_FIELDS:
        setattr(page, name, data.get(name) if data.get(name) is not None else ("" if name != "years_of_practice" else None))
    page.biography = text_to_rich_text(data.get("biography"))
    if portrait is not None:
        image = SiteImage(title=f"Portrait – {artisan.title}", description=portrait_alt[:255] or artisan.title,
                          uploaded_by_user=user)
        image.file.save(portrait.name, portrait, save=False)
        image.save()
        page.portrait = image
    return _submit(page, user)


COOPERATIVE_FIELDS = ("introduction", "address", "opening_hours", "phone", "email")


def cooperative_initial(cooperative):
    page = _latest(cooperative)
    initial = {name: getattr(page, name) for name in COOPERATIVE_FIELDS}
    initial["story"] = rich_text_to_text(page.story)
    return initial


@transaction.atomic
def submit_cooperative_changes(cooperative, user, data):
    """The manager's changes to the cooperative's page, as a revision submitted for approval."""
    page = cooperative.get_latest_revision_as_object()
    for name in COOPERATIVE_FIELDS:
        setattr(page, name, data.get(name) or "")
    page.story = text_to_rich_text(data.get("story"))
    return _submit(page, user)


def _submit(page, user):
    """A new revision of `page`, submitted to the page's moderation workflow (an in-progress moderation of an older
    draft is cancelled and restarted with this one). Nothing goes live until a moderator approves."""
    revision = page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        current = WorkflowState.objects.filter(
            base_content_type=page.get_base_content_type(), object_id=str(page.pk),
            status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
        ).first()
        if current is not None:
            current.cancel(user=user)
        workflow.start(page, user)
    return revision


def page_pending(page):
    """True while a change of the page waits for approval."""

    return WorkflowState.objects.filter(
        base_content_type=page.get_base_content_type(), object_id=str(page.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).exists()
