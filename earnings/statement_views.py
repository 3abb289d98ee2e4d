"""Statements and payouts in Oscar's dashboard (/dashboard/earnings/sellers/), for staff only (`staff_only`): the
sellers with their balance; a seller's commission rates, bank account, monthly statement (HTML, PDF, CSV) and
payouts. Makers never reach these views: they read their statements in the workshop (workshop/earnings_views.py)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from cooperatives.models import ArtisanPage

from earnings import exports, ledger, payouts, statements
from earnings.models import CommissionRate, LedgerEntry, PayeeAccount, Payout
from earnings.statement_forms import AccountForm, RateForm, SentForm, chosen_month
from earnings.staff_views import staff_only


def _partners():
    return get_model("partner", "Partner").objects


def _sellers():
    return _partners().filter(Q(ledger_entries__isnull=False) | Q(payee_account__isnull=False)).distinct()


def _seller_url(partner, year=None, month=None):
    url = reverse("earnings-staff:seller", kwargs={"pk": partner.pk})
    return f"{url}?year={year}&month={month}" if year else url


@staff_only
def seller_list(request):
    sellers = [{"partner": partner, "balance": statements.balance(partner)}
               for partner in _sellers().order_by("name")]
    return render(request, "earnings/staff/seller_list.html", {"sellers": sellers})


def _members(partner):
    """The artisans whose lines this seller sold (a cooperative's members), for a statement per member."""
    ids = LedgerEntry.objects.filter(payee=partner, artisan__isnull=False).values("artisan_id")
    return ArtisanPage.objects.filter(pk__in=ids).order_by("title")


def _chosen_member(request, partner):
    """The member asked for with ?artisan=<id>, or None (a wrong or foreign id shows the whole seller)."""
    value = request.GET.get("artisan", "")
    return _members(partner).filter(pk=int(value)).first() if value.isdigit() and len(value) < 10 else None


def _seller_page(request, partner, rate_form=None, account_form=None, status=200):
    year, month, month_form = chosen_month(request.GET)
    first_day, last_day = statements.month_period(year, month)
    member = _chosen_member(request, partner)
    account = PayeeAccount.objects.filter(partner=partner).first()
    return render(request, "earnings/staff/seller.html", {
        "partner": partner, "rates": CommissionRate.objects.filter(partner=partner).select_related("set_by"),
        "rate_form": rate_form or RateForm(), "account": account,
        "account_form": account_form or AccountForm(instance=account),
        "month_form": month_form, "year": year, "month": month,
        "statement": statements.statement(partner, first_day, last_day, artisan=member),
        "members": _members(partner), "member": member,
        "period": exports.period_label(first_day, get_language()), "balance": statements.balance(partner),
        "payouts": Payout.objects.filter(payee=partner), "sent_form": SentForm(),
        "returnable": _returnable(partner),
    }, status=status)


def _returnable(partner):
    """Ids of the seller's earnings not reversed yet: staff may record a return of their line."""
    reversed_lines = LedgerEntry.objects.filter(payee=partner, kind=LedgerEntry.REVERSAL).values("line_id")
    return set(LedgerEntry.objects.filter(payee=partner, kind=LedgerEntry.EARNING)
               .exclude(line_id__in=reversed_lines).values_list("pk", flat=True))


@staff_only
@require_POST
def record_return(request, pk):
    """The buyer sent the piece back after it earned: a reversing entry (never an edit of the earning)."""
    earning = get_object_or_404(LedgerEntry, pk=pk, kind=LedgerEntry.EARNING)
    if ledger.reverse([earning.line_id], cause="returned by the buyer"):
        messages.success(request, _("The return is recorded: its earning is reversed."))
    else:
        messages.info(request, _("This line was already reversed: nothing changed."))
    return redirect(_seller_url(earning.payee))


@staff_only
def seller(request, pk):
    return _seller_page(request, get_object_or_404(_partners(), pk=pk))


@staff_only
@require_POST
def set_rate(request, pk):
    partner = get_object_or_404(_partners(), pk=pk)
    form = RateForm(request.POST)
    if not form.is_valid():
        return _seller_page(request, partner, rate_form=form, status=400)
    form.save_for(partner, request.user)
    messages.success(request, _("The new rate is saved; orders placed before it keep their rate."))
    return redirect(_seller_url(partner))


@staff_only
@require_POST
def save_account(request, pk):
    partner = get_object_or_404(_partners(), pk=pk)
    account = PayeeAccount.objects.filter(partner=partner).first() or PayeeAccount(partner=partner)
    form = AccountForm(request.POST, instance=account)
    if not form.is_valid():
        return _seller_page(request, partner, account_form=form, status=400)
    form.save()
    messages.success(request, _("The bank account is saved."))
    return redirect(_seller_url(partner))


def _statement(request, pk, year, month):
    if not 1 <= month <= 12:
        raise Http404
    partner = get_object_or_404(_partners(), pk=pk)
    first_day, last_day = statements.month_period(year, month)
    return statements.statement(partner, first_day, last_day, artisan=_chosen_member(request, partner))


@staff_only
def statement_pdf(request, pk, year, month):
    statement = _statement(request, pk, year, month)
    return exports.pdf_response(statement, get_language())


@staff_only
def statement_csv(request, pk, year, month):
    statement = _statement(request, pk, year, month)
    return exports.csv_response(statement)


@staff_only
@require_POST
def create_payout(request, pk, year, month):
    statement = _statement(request, pk, year, month)
    try:
        payout = payouts.create_payout(statement.payee, statement.last_day, request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("A payout of %(amount)s MAD is created: send the transfer, then mark it sent.")
                         % {"amount": payout.amount})
    return redirect(_seller_url(statement.payee, year, month))


@staff_only
@require_POST
def mark_sent(request, pk):
    payout = get_object_or_404(Payout, pk=pk)
    form = SentForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Enter the bank's reference of the transfer."))
        payouts.mark_sent(payout, form.cleaned_data["bank_reference"], request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The payout is marked sent."))
    return redirect(_seller_url(payout.payee))
