"""One provenance tag per product: its short code, printed as a QR code, and how often it was scanned."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProvenanceTag(models.Model):
    """The short address of a product (/p/<code>/). The code is drawn once (provenance.codes) and never changes: it
    is printed on tags that outlive any edit of the product. `scans` is a bare count, no visitor data is kept."""

    product = models.OneToOneField("catalogue.Product", on_delete=models.CASCADE, related_name="provenance_tag",
                                   verbose_name=_("product"))
    code = models.CharField(_("code"), max_length=16, unique=True, editable=False)
    scans = models.PositiveIntegerField(_("scans"), default=0, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("provenance tag")
        verbose_name_plural = _("provenance tags")

    def __str__(self):
        return self.code
