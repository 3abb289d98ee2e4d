"""Money owed to makers, in Decimal MAD.

- CommissionRate: the platform's commission for one seller (a cooperative's or an independent artisan's Oscar
  partner), with its history: a rate applies to orders placed from `valid_from` on (earnings/fees.py).
- LedgerEntry: append-only; one earning per order line at most, one reversal per earned line at most (unique
  constraints), so a replayed or concurrent trigger writes nothing twice (earnings/ledger.py).
- CashCollection: the cash Amana collected for a cash-on-delivery parcel (one per parcel), from a remittance
  statement or recorded by hand; Remittance / RemittanceLine: an uploaded statement and what each line matched.
- PayeeAccount: a seller's legal name, ICE and RIB; Payout: a bank transfer to a seller for a statement's balance.
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from earnings.bank import validate_ice, validate_rib

MONEY = {"max_digits": 12, "decimal_places": 2}


class CommissionRate(models.Model):
    partner = models.ForeignKey("partner.Partner", verbose_name=_("seller"), on_delete=models.CASCADE,
                                related_name="commission_rates")
    rate = models.DecimalField(_("commission rate"), max_digits=5, decimal_places=4,
                               validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("0.9"))],
                               help_text=_("e.g. 0.12 for 12 %"))
    valid_from = models.DateTimeField(_("for orders placed from"), default=timezone.now)
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("set by"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["partner", "-valid_from", "-pk"]
        verbose_name = _("commission rate")
        verbose_name_plural = _("commission rates")

    def __str__(self):
        return f"{self.partner} {self.rate} ({self.valid_from:%Y-%m-%d})"


class AppendOnly(models.Model):
    """Rows written once, never changed nor deleted: corrections are new rows."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError("Ledger rows are append-only: write a reversing entry instead.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Ledger rows are append-only: write a reversing entry instead.")


class LedgerEntry(AppendOnly):
    EARNING = "earning"
    REVERSAL = "reversal"
    KINDS = [(EARNING, _("earned")), (REVERSAL, _("reversed"))]

    payee = models.ForeignKey("partner.Partner", verbose_name=_("seller"), on_delete=models.PROTECT,
                              related_name="ledger_entries")
    artisan = models.ForeignKey("cooperatives.ArtisanPage", verbose_name=_("artisan"), null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    order = models.ForeignKey("order.Order", verbose_name=_("order"), on_delete=models.PROTECT, related_name="+")
    line = models.ForeignKey("order.Line", verbose_name=_("order line"), on_delete=models.PROTECT,
                             related_name="ledger_entries")
    parcel = models.ForeignKey("order.FulfilmentGroup", verbose_name=_("parcel"), null=True, blank=True,
                               on_delete=models.PROTECT, related_name="ledger_entries")
    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    product_title = models.CharField(_("product"), max_length=255)
    quantity = models.PositiveIntegerField(_("quantity"))
    price = models.DecimalField(_("price incl. VAT"), **MONEY)  # negative on a reversal
    rate = models.DecimalField(_("commission rate"), max_digits=5, decimal_places=4)
    commission = models.DecimalField(_("commission"), **MONEY)
    share = models.DecimalField(_("maker's share"), **MONEY)
    cause = models.CharField(_("cause"), max_length=120)
    created = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [models.UniqueConstraint(fields=["line", "kind"], name="one_entry_per_line_and_kind")]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")


class CashCollection(AppendOnly):
    parcel = models.OneToOneField("order.FulfilmentGroup", verbose_name=_("parcel"), on_delete=models.PROTECT,
                                  related_name="cash_collection")
    amount = models.DecimalField(_("amount collected"), **MONEY)
    collected_on = models.DateField(_("remitted on"))
    remittance = models.ForeignKey("earnings.Remittance", verbose_name=_("remittance statement"), null=True,
                                   blank=True, on_delete=models.PROTECT, related_name="collections")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cash collected")
        verbose_name_plural = _("cash collected")


class Remittance(models.Model):
    """An Amana remittance statement as uploaded; the same file (by its SHA-256) is imported once."""

    file_name = models.CharField(_("file"), max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["-uploaded", "-pk"]
        verbose_name = _("remittance statement")
        verbose_name_plural = _("remittance statements")


class RemittanceLine(models.Model):
    MATCHED, DIFFERS, UNKNOWN, ALREADY = "matched", "differs", "unknown", "already"
    OUTCOMES = [(MATCHED, _("matched")), (DIFFERS, _("amount differs")), (UNKNOWN, _("unknown tracking number")),
                (ALREADY, _("already collected"))]

    remittance = models.ForeignKey(Remittance, on_delete=models.CASCADE, related_name="lines")
    row = models.PositiveIntegerField(_("line"))
    tracking_number = models.CharField(_("tracking number"), max_length=64)
    amount = models.DecimalField(_("amount collected"), **MONEY)
    remitted_on = models.DateField(_("date"))
    parcel = models.ForeignKey("order.FulfilmentGroup", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    expected = models.DecimalField(_("amount due"), null=True, blank=True, **MONEY)
    outcome = models.CharField(_("outcome"), max_length=10, choices=OUTCOMES)

    class Meta:
        ordering = ["remittance", "row"]


class PayeeAccount(models.Model):
    """Where a seller's money goes and what their statements carry."""

    partner = models.OneToOneField("partner.Partner", verbose_name=_("seller"), on_delete=models.CASCADE,
                                   related_name="payee_account")
    legal_name = models.CharField(_("legal name"), max_length=160)
    ice = models.CharField(_("ICE"), max_length=15, blank=True, validators=[validate_ice],
                           help_text=_("Identifiant commun de l'entreprise: 15 digits."))
    rib = models.CharField(_("RIB"), max_length=24, validators=[validate_rib],
                           help_text=_("24 digits: bank, town, account number and the 2-digit key."))

    class Meta:
        verbose_name = _("seller's bank account")
        verbose_name_plural = _("sellers' bank accounts")

    def __str__(self):
        return self.legal_name


class Payout(models.Model):
    CREATED, SENT = "created", "sent"
    STATUSES = [(CREATED, _("to send")), (SENT, _("sent"))]

    payee = models.ForeignKey("partner.Partner", verbose_name=_("seller"), on_delete=models.PROTECT,
                              related_name="payouts")
    amount = models.DecimalField(_("amount"), **MONEY)
    period_end = models.DateField(_("for the statement ending"))
    rib = models.CharField(_("RIB"), max_length=24, validators=[validate_rib])
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=CREATED)
    bank_reference = models.CharField(_("bank reference"), max_length=64, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("payout")
        verbose_name_plural = _("payouts")
