"""What the public pages say about makers' earnings, without amounts: on a product's page, what part of its price goes
to the maker (the fee rule, earnings/fees.py, at the seller's rate today); on an artisan's page, how many pieces they
have sold (the quantities of their earned lines not reversed). Contributed to the shop's "product" section and the
cooperatives' "artisan" section through core.sections (earnings/apps.py): neither app imports earnings.

A rate or a ledger entry saved makes the cached pages stale (core.page_cache.bump), as a price change does."""

from django.db.models import Exists, OuterRef, Sum
from django.db.models.signals import post_save

from core import page_cache
from earnings import fees
from earnings.models import CommissionRate, LedgerEntry


def product_impact(product):
    """{"maker_percent": 88} for a product sold by one seller; nothing when it has no stock record."""
    # The stock records are prefetched on the product page (shop.makers._suppliers reads them the same way).
    partner_ids = [record.partner_id for record in product.stockrecords.all()]
    if not partner_ids:
        return {}
    return {"maker_percent": fees.maker_percent(partner_ids[0])}


def pieces_sold(artisan):
    """The pieces an artisan (any language version of their page) sold: delivered, paid for and not reversed."""
    reversed_ = LedgerEntry.objects.filter(line_id=OuterRef("line_id"), kind=LedgerEntry.REVERSAL)
    total = (LedgerEntry.objects.filter(kind=LedgerEntry.EARNING, artisan__translation_key=artisan.translation_key)
             .exclude(Exists(reversed_)).aggregate(pieces=Sum("quantity"))["pieces"])
    return total or 0


def artisan_impact(artisan):
    return {"pieces_sold": pieces_sold(artisan)}


def _stale(sender, raw=False, **kwargs):
    if not raw:
        page_cache.bump()


def connect():
    post_save.connect(_stale, sender=CommissionRate, dispatch_uid="earnings.impact.rate")
    post_save.connect(_stale, sender=LedgerEntry, dispatch_uid="earnings.impact.entry")
