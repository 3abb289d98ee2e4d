"""Payouts: staff pay a seller the closing balance of a statement by bank transfer to the seller's RIB, then mark it
sent with the bank's reference. Makers never create payouts (the staff views alone call these)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from earnings import statements
from earnings.bank import normalise, validate_rib
from earnings.models import PayeeAccount, Payout


@transaction.atomic
def create_payout(payee, last_day, user):
    """A payout of what `payee` is owed at the end of `last_day` (a statement's closing balance, less the payouts
    made since). Raises ValidationError with a message for staff when there is nothing to pay or no valid RIB."""
    get_model("partner", "Partner").objects.select_for_update().get(pk=payee.pk)  # one payout at a time per seller
    account = PayeeAccount.objects.filter(partner=payee).first()
    if account is None:
        raise ValidationError(_("Enter this seller's bank account (RIB) first."))
    validate_rib(account.rib)
    end = statements.end_of(last_day)
    paid_since = sum((payout.amount for payout in Payout.objects.filter(payee=payee, created__gte=end)),
                     statements.ZERO)
    amount = statements.balance(payee, at=end) - paid_since
    if amount <= 0:
        raise ValidationError(_("Nothing is owed to this seller for this statement."))
    return Payout.objects.create(payee=payee, amount=amount, period_end=last_day, rib=normalise(account.rib),
                                 created_by=user)


@transaction.atomic
def mark_sent(payout, bank_reference, user):
    payout = Payout.objects.select_for_update().get(pk=payout.pk)
    reference = (bank_reference or "").strip()
    if not reference:
        raise ValidationError(_("Enter the bank's reference of the transfer."))
    if payout.status == Payout.SENT:
        raise ValidationError(_("This payout is already marked sent."))
    payout.status, payout.bank_reference, payout.sent_at = Payout.SENT, reference[:64], timezone.now()
    payout.save(update_fields=["status", "bank_reference", "sent_at"])
    return payout
