"""Who is behind a product, for its shop page: the artisan, the cooperative, the craft, the region, the stories.

Only live, public pages are shown (stories.queries.visible: outside private sections by a subquery, where
Wagtail's `public()` costs a query of its own each time). The artisan is the product's own `artisan`, else an
independent artisan whose Oscar partner supplies it. The cooperative is the artisan's parent page, else the cooperative whose partner supplies
it. The region is the nearest RegionPage above the artisan or the cooperative. Pages are those of the visitor's
language (products point at the French pages; stories/locales.py).
"""

from wagtail.models import Page

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from stories.models import StoryPage
from stories.queries import in_private_section, visible


def _suppliers(product):
    # Uses the prefetched stock records when there are some (one query otherwise).
    return [record.partner_id for record in product.stockrecords.all()]


def _region_above(page):
    if page is None:
        return None
    return RegionPage.objects.live().exclude(in_private_section()).ancestor_of(page).order_by("-depth").first()


def maker_context(product):
    """Everything the product page says about its makers, as template context."""
    partner_ids = _suppliers(product)

    artisan = None
    if product.artisan_id:
        versions = Page.objects.filter(pk=product.artisan_id).values("translation_key")
        artisan = (
            visible(ArtisanPage.objects.all()).filter(translation_key__in=versions)
            .select_related("portrait").first()
        )
    if artisan is None and partner_ids:
        artisan = (
            visible(ArtisanPage.objects.all()).filter(partner_id__in=partner_ids)
            .select_related("portrait").order_by("pk").first()
        )

    cooperative = None
    if artisan is not None:
        cooperative = CooperativePage.objects.live().exclude(in_private_section()).parent_of(artisan).first()
    if cooperative is None and partner_ids:
        cooperative = (
            visible(CooperativePage.objects.all()).filter(partner_id__in=partner_ids)
            .order_by("pk").first()
        )

    region = _region_above(artisan or cooperative)
    if region is None and artisan is not None and cooperative is not None:
        region = _region_above(cooperative)

    mentioning = StoryPage.objects.filter(product_mentions__product=product).values("translation_key")
    stories = list(
        visible(StoryPage.objects.all())
        .filter(translation_key__in=mentioning)
        .order_by("-date_published", "pk")
        .distinct()
    )

    return {
        "maker_artisan": artisan,
        "maker_artisan_crafts": list(artisan.crafts.all()) if artisan is not None else [],
        "maker_cooperative": cooperative,
        "maker_craft": product.craft,
        "maker_region": region,
        "mentioning_stories": stories,
    }
