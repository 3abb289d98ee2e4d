"""The workshop's "My earnings" (/<lang>/atelier/earnings/): a maker's monthly statements, as cards on a phone, and
their PDF and CSV. What each login sees is workshop.boundary's to say, and only its:

- a manager (of a cooperative, or an independent artisan) reads the statement of each seller they answer for
  (`boundary.seller_ids`): every member's lines, the payouts, the balance; and, with `?artisan=<id>`, one member's
  lines (the id must be among `boundary.artisans()`, else 404); `?seller=<id>` chooses among several sellers for
  the exports (else 404);
- a member of a cooperative (not its manager) reads only their own lines: no payouts nor balance, the cooperative is
  the one paid.
"""

from datetime import timedelta

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from oscar.core.loading import get_model

from earnings import exports, statements
from workshop.views import maker_required


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


def _period(year, month):
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404
    return statements.month_period(year, month)


def _chosen_artisan(request, boundary):
    """The member chosen by `?artisan=`, or None; a plain member is always their own artisan."""
    if request.GET.get("artisan"):  # "" is the whole cooperative
        pk = _int(request.GET["artisan"])
        page = boundary.artisans().filter(pk=pk).first()
        if page is None:
            raise Http404
        return page
    return None if boundary.seller_ids else boundary.artisan


def _sellers(boundary, artisan):
    """The Oscar partners whose statements the login reads: their own for a manager; for a plain member, the sellers
    their lines were sold through (their cooperative's)."""
    Partner = get_model("partner", "Partner")
    if boundary.seller_ids:
        return list(Partner.objects.filter(pk__in=boundary.seller_ids).order_by("name"))
    return list(Partner.objects.filter(ledger_entries__artisan__translation_key=artisan.translation_key)
                .distinct().order_by("name"))


def _scope(request, boundary, year, month):
    first_day, last_day = _period(year, month)
    artisan = _chosen_artisan(request, boundary)
    sellers = _sellers(boundary, artisan)
    if request.GET.get("seller"):
        sellers = [seller for seller in sellers if seller.pk == _int(request.GET["seller"])]
        if not sellers:
            raise Http404
    found = [statements.statement(seller, first_day, last_day, artisan=artisan) for seller in sellers]
    return artisan, found


def _figures(sellers, artisan):
    """The three figures at the top: earned this month, awaiting payment, paid (only the first for a member)."""
    keys = {artisan.translation_key} if artisan is not None else None
    totals = {"this_month": statements.ZERO, "awaiting": statements.ZERO, "paid": statements.ZERO}
    for seller in sellers:
        figures = statements.summary(seller, keys)
        for name in totals:
            totals[name] += figures[name] or statements.ZERO
    totals["member"] = keys is not None
    return totals


@maker_required
def earnings(request, boundary, year=None, month=None):
    today = timezone.localdate()
    year, month = year or today.year, month or today.month
    artisan, found = _scope(request, boundary, year, month)
    first_day = found[0].first_day if found else _period(year, month)[0]
    previous = first_day - timedelta(days=1)
    following = statements.month_period(year, month)[1] + timedelta(days=1)
    return render(request, "workshop/earnings.html", {
        "boundary": boundary, "artisan": artisan, "statements": found, "year": year, "month": month,
        "period": exports.period_label(first_day, get_language()),
        "figures": _figures([statement.payee for statement in found], artisan),
        "members": boundary.artisans() if boundary.cooperatives else [],
        "previous": previous, "following": following if following <= today else None,
    })


def _export(request, boundary, year, month):
    artisan, found = _scope(request, boundary, year, month)
    if not found:
        raise Http404
    return found[0]


@maker_required
def earnings_pdf(request, boundary, year, month):
    statement = _export(request, boundary, year, month)
    return exports.pdf_response(statement, get_language())


@maker_required
def earnings_csv(request, boundary, year, month):
    statement = _export(request, boundary, year, month)
    return exports.csv_response(statement)
