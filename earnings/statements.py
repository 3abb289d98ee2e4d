"""Statements: per period (a calendar month by default) per seller (a cooperative or an independent artisan), or per
artisan within their seller: opening balance, the lines earned and reversed in the period, the payouts, the closing
balance. Reading only: rendering a statement twice changes nothing.

A seller's balance = the shares earned (reversals are negative) − the payouts made (to send or sent). An artisan who
is a cooperative's member is paid through the cooperative: their statement has their lines and no payouts.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone

from earnings.models import LedgerEntry, Payout

ZERO = Decimal("0.00")


def month_period(year, month):
    """(first day, last day) of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _start(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def end_of(day):
    return _start(date.fromordinal(day.toordinal() + 1))


def _entries(payee_id, artisan_keys=None):
    entries = LedgerEntry.objects.filter(payee_id=payee_id)
    if artisan_keys is not None:
        entries = entries.filter(artisan__translation_key__in=artisan_keys)
    return entries


def _sum(queryset, name):
    return queryset.aggregate(total=Sum(name))["total"] or ZERO


@dataclass
class Statement:
    payee: object
    first_day: date
    last_day: date
    artisan: object = None
    opening: Decimal = ZERO
    earned: list = field(default_factory=list)
    reversals: list = field(default_factory=list)
    payouts: list = field(default_factory=list)
    closing: Decimal = ZERO

    @property
    def earned_total(self):
        return sum((entry.share for entry in self.earned), ZERO)

    @property
    def reversed_total(self):
        return sum((entry.share for entry in self.reversals), ZERO)

    @property
    def commission_total(self):
        return sum((entry.commission for entry in self.earned + self.reversals), ZERO)

    @property
    def paid_total(self):
        return sum((payout.amount for payout in self.payouts), ZERO)


def statement(payee, first_day, last_day, artisan=None):
    """The statement of `payee` (an Oscar partner) for [first_day, last_day]; of one artisan within it if given."""
    keys = {artisan.translation_key} if artisan is not None else None
    start, end = _start(first_day), end_of(last_day)
    entries = _entries(payee.pk, keys)
    period = list(entries.filter(created__gte=start, created__lt=end).select_related("order", "artisan").order_by("created", "pk"))
    opening = _sum(entries.filter(created__lt=start), "share")
    payouts = []
    if artisan is None:
        opening -= _sum(Payout.objects.filter(payee=payee, created__lt=start), "amount")
        payouts = list(Payout.objects.filter(payee=payee, created__gte=start, created__lt=end).order_by("created"))
    result = Statement(payee=payee, first_day=first_day, last_day=last_day, artisan=artisan, opening=opening,
                       earned=[e for e in period if e.kind == LedgerEntry.EARNING],
                       reversals=[e for e in period if e.kind == LedgerEntry.REVERSAL], payouts=payouts)
    result.closing = opening + result.earned_total + result.reversed_total - result.paid_total
    return result


def balance(payee, at=None):
    """What the platform owes `payee` at `at` (now by default): shares earned − payouts made."""
    at = at or timezone.now()
    earned = _sum(_entries(payee.pk).filter(created__lt=at), "share")
    return earned - _sum(Payout.objects.filter(payee=payee, created__lt=at), "amount")


def summary(payee, artisan_keys=None, today=None):
    """For the workshop's "My earnings": earned this month, awaiting payment, paid (all time)."""
    today = today or timezone.localdate()
    first, last = month_period(today.year, today.month)
    entries = _entries(payee.pk, artisan_keys)
    this_month = _sum(entries.filter(created__gte=_start(first), created__lt=end_of(last)), "share")
    earned = _sum(entries, "share")
    if artisan_keys is not None:
        return {"this_month": this_month, "earned": earned, "awaiting": None, "paid": None}
    sent = _sum(Payout.objects.filter(payee=payee, status=Payout.SENT), "amount")
    return {"this_month": this_month, "earned": earned, "awaiting": earned - sent, "paid": sent}
