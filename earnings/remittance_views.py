"""Staff screens for Amana's cash-on-delivery remittances (earnings/remittances.py): the statements uploaded and the
upload form, the parcels whose cash is overdue with a form to record it by hand, one statement's lines by outcome.
A refused upload or collection re-renders the page with the messages (400) and writes nothing."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from earnings import ledger, remittances
from earnings.models import Remittance, RemittanceLine
from earnings.staff_views import staff_only


class UploadForm(forms.Form):
    statement = forms.FileField(label=gettext_lazy("Amana's remittance statement (CSV)"), allow_empty_file=True,
                                help_text=gettext_lazy("Columns tracking_number, amount, date; “,” or “;” between "
                                                       "them."))


class CollectForm(forms.Form):
    amount = forms.DecimalField(label=gettext_lazy("amount collected"), min_value=0, max_digits=12,
                                decimal_places=2, localize=True)
    collected_on = forms.DateField(label=gettext_lazy("remitted on"),
                                   widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


def _page(request, upload_form=None, refused=(), invalid=None, status=200):
    """The remittances page; `invalid` is (parcel pk, bound CollectForm) for a refused collection."""
    overdue = []
    for parcel in remittances.overdue_parcels():
        if invalid and invalid[0] == parcel.pk:
            form = invalid[1]
        else:
            form = CollectForm(initial={"amount": ledger.cash_due(parcel), "collected_on": timezone.localdate()},
                               auto_id=f"id_collect_{parcel.pk}_%s")
        overdue.append((parcel, form))
    return render(request, "earnings/staff/remittances.html", {
        "statements": Remittance.objects.select_related("uploaded_by")[:50],
        "upload_form": upload_form or UploadForm(),
        "refused": refused,
        "overdue": overdue,
        "overdue_days": settings.EARNINGS_REMITTANCE_OVERDUE_DAYS,
    }, status=status)


@staff_only
def remittance_list(request):
    if request.method != "POST":
        return _page(request)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, upload_form=form, status=400)
    try:
        remittance = remittances.import_remittance(form.cleaned_data["statement"], request.user)
    except remittances.RemittanceError as error:
        return _page(request, upload_form=form, refused=error.messages, status=400)
    messages.success(request, _("Statement imported: %(count)s lines.") % {"count": remittance.lines.count()})
    return redirect("earnings-staff:remittance", pk=remittance.pk)


@staff_only
def remittance_detail(request, pk):
    remittance = get_object_or_404(Remittance.objects.select_related("uploaded_by"), pk=pk)
    lines = remittance.lines.select_related("parcel__order")
    groups = [(outcome, label, [line for line in lines if line.outcome == outcome])
              for outcome, label in RemittanceLine.OUTCOMES]
    return render(request, "earnings/staff/remittance.html", {"remittance": remittance, "groups": groups})


@staff_only
@require_POST
def collect(request, parcel_pk):
    parcel = get_object_or_404(remittances.cod_parcels().select_related("order"), pk=parcel_pk)
    form = CollectForm(request.POST, auto_id=f"id_collect_{parcel.pk}_%s")
    if not form.is_valid():
        return _page(request, invalid=(parcel.pk, form), status=400)
    try:
        __, created = remittances.collect_by_hand(parcel, form.cleaned_data["amount"],
                                                  form.cleaned_data["collected_on"], request.user)
    except remittances.RemittanceError as error:
        return _page(request, refused=error.messages, status=400)
    if created:
        messages.success(request, _("The cash of parcel %(parcel)s is recorded.") % {"parcel": parcel})
    else:
        messages.info(request, _("The cash of parcel %(parcel)s was already recorded: nothing changed.") % {
            "parcel": parcel})
    return redirect("earnings-staff:remittances")
