"""Who is behind a product, for its shop page: the artisan, the cooperative, the craft, the region, the stories.

Only what a visitor may see is shown (core.queries.visible, the one visibility rule). The stories come from the
stories app through core.sections (the shop is beneath the stories). The artisan is the product's own `artisan`, else an
independent artisan whose Oscar partner supplies it. The cooperative is the artisan's parent page, else the cooperative whose partner supplies
it. The region is the nearest RegionPage above the artisan or the cooperative. Pages are those of the visitor's
language (products point at the French pages; core/locales.py).
"""

from wagtail.models import Page

from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
from core import sections
from core.queries import visible


def _suppliers(product):
    # Uses the prefetched stock records when there are some (one query otherwise).
    return [record.partner_id for record in product.stockrecords.all()]


def _region_above(page):
    if page is None:
        return None
    return visible(RegionPage.objects.ancestor_of(page)).order_by("-depth").first()


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
        cooperative = visible(CooperativePage.objects.parent_of(artisan)).first()
    if cooperative is None and partner_ids:
        cooperative = (
            visible(CooperativePage.objects.all()).filter(partner_id__in=partner_ids)
            .order_by("pk").first()
        )

    region = _region_above(artisan or cooperative)
    if region is None and artisan is not None and cooperative is not None:
        region = _region_above(cooperative)

    return {
        "maker_artisan": artisan,
        "maker_artisan_crafts": list(artisan.crafts.all()) if artisan is not None else [],
        "maker_cooperative": cooperative,
        "maker_craft": product.craft,
        "maker_region": region,
        **sections.collect("product", product),  # mentioning_stories (stories)
    }
