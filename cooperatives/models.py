from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import GalleryStreamBlock
from core.locales import TranslatedPageMixin
from core.page_rules import ReservedSlugMixin
from core.sections import RegisteredContextMixin


class VisitDetails(models.Model):
    """Where and when visitors are welcome: an address, opening hours, coordinates for a map, a phone."""

    address = models.CharField(_("address"), max_length=255, blank=True)
    opening_hours = models.CharField(
        _("opening hours"), max_length=255, blank=True, help_text=_("e.g. Monday to Saturday, 9:00–13:00 and 15:00–19:00")
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True, help_text=_("e.g. +212 5 28 89 00 00"))

    visit_panels = [
        FieldPanel("address"), FieldPanel("opening_hours"), FieldPanel("latitude"), FieldPanel("longitude"),
        FieldPanel("phone"),
    ]

    class Meta:
        abstract = True

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=16/{self.latitude}/{self.longitude}"


class RegionPage(RegisteredContextMixin, TranslatedPageMixin, ReservedSlugMixin, Page):
    """A regional showcase: its crafts, cooperatives, artisans, stories, products and workshops open to visitors."""

    hero_image = models.ForeignKey(
        "core.SiteImage", verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = models.TextField(_("introduction"))
    body = RichTextField(_("presentation"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"])
    crafts = ParentalManyToManyField("core.Craft", verbose_name=_("crafts of the region"), blank=True,
                                     related_name="regions")
    review_new_makers_products = models.BooleanField(
        _("new makers' products wait for approval"), default=True,
        help_text=_("A new artisan's products go on sale only once their page is live and an editor has approved "
                    "their first products."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("hero_image"), FieldPanel("introduction"), FieldPanel("body"), FieldPanel("crafts"),
        InlinePanel("workshops", label=_("Workshops open to visitors")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("review_new_makers_products")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["stories.HomePage"]
    subpage_types = ["cooperatives.CooperativePage", "cooperatives.ArtisanPage"]

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")



class RegionWorkshop(VisitDetails, Orderable):
    region = ParentalKey(RegionPage, on_delete=models.CASCADE, related_name="workshops")
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")] + VisitDetails.visit_panels

    class Meta(Orderable.Meta):
        verbose_name = _("workshop open to visitors")


class OnePagePerPartnerMixin:
    """A shop partner belongs to one cooperative or artisan; that page's versions in other languages share it."""

    def clean(self):
        super().clean()
        if self.partner_id:
            others = type(self).objects.filter(partner_id=self.partner_id).exclude(translation_key=self.translation_key)
            if others.exists():
                raise ValidationError({"partner": _("This shop partner already belongs to another page.")})


class CooperativePage(RegisteredContextMixin, OnePagePerPartnerMixin, TranslatedPageMixin, ReservedSlugMixin, VisitDetails, Page):
    """A cooperative, GIE, association or family workshop: one Oscar partner supplying its members' products."""

    class LegalForm(models.TextChoices):
        COOPERATIVE = "cooperative", _("Cooperative")
        GIE = "gie", _("Economic interest group (GIE)")
        ASSOCIATION = "association", _("Association")
        FAMILY_WORKSHOP = "family", _("Family workshop")

    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices,
                                  default=LegalForm.COOPERATIVE)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"), null=True, blank=True, validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    members_count = models.PositiveSmallIntegerField(_("number of members"), null=True, blank=True)
    logo = models.ForeignKey(
        "core.SiteImage", verbose_name=_("main image"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = models.TextField(_("introduction"))
    story = RichTextField(_("our story"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    gallery = StreamField(GalleryStreamBlock(), verbose_name=_("gallery"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    crafts = ParentalManyToManyField("core.Craft", verbose_name=_("crafts"), blank=True,
                                     related_name="cooperatives")
    # One partner per page, shared by the page's versions in each language (checked in clean()).
    partner = models.ForeignKey(
        "partner.Partner", verbose_name=_("shop partner"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="cooperative_page", help_text=_("The Oscar partner that sells the cooperative's products."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("logo"), FieldPanel("introduction"), FieldPanel("story"), FieldPanel("gallery"),
        MultiFieldPanel(
            [FieldPanel("legal_form"), FieldPanel("founding_year"), FieldPanel("members_count"), FieldPanel("crafts"),
             FieldPanel("partner")],
            heading=_("About the cooperative"),
        ),
        MultiFieldPanel([FieldPanel("email")] + VisitDetails.visit_panels, heading=_("Contact and visits")),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("story")]

    parent_page_types = ["cooperatives.RegionPage"]
    subpage_types = ["cooperatives.ArtisanPage"]

    class Meta:
        verbose_name = _("cooperative")
        verbose_name_plural = _("cooperatives")



class ArtisanPage(RegisteredContextMixin, OnePagePerPartnerMixin, TranslatedPageMixin, ReservedSlugMixin, Page):
    """An artisan's profile: who they are, their craft in their own words, their products and the stories about them."""

    portrait = models.ForeignKey(
        "core.SiteImage", verbose_name=_("portrait"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    crafts = ParentalManyToManyField("core.Craft", verbose_name=_("crafts"), blank=True, related_name="artisans")
    years_of_practice = models.PositiveSmallIntegerField(
        _("years of practice"), null=True, blank=True, validators=[MaxValueValidator(90)]
    )
    technique = models.TextField(_("technique"), blank=True, help_text=_("How you work, in a few sentences."))
    materials = models.CharField(_("materials"), max_length=255, blank=True, help_text=_("e.g. camel wool, henna"))
    quote = models.TextField(_("in my own words"), blank=True, help_text=_("A sentence about your craft."))
    biography = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    gallery = StreamField(GalleryStreamBlock(), verbose_name=_("gallery"), blank=True)
    # One partner per page, shared by the page's versions in each language (checked in clean()).
    partner = models.ForeignKey(
        "partner.Partner", verbose_name=_("shop partner"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="artisan_page",
        help_text=_("Only for an independent artisan; a cooperative member's products are sold by the cooperative."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("portrait"), FieldPanel("quote"), FieldPanel("biography"),
        MultiFieldPanel(
            [FieldPanel("crafts"), FieldPanel("years_of_practice"), FieldPanel("technique"), FieldPanel("materials")],
            heading=_("Craft"),
        ),
        FieldPanel("gallery"),
        FieldPanel("partner"),
    ]
    search_fields = Page.search_fields + [index.SearchField("quote"), index.SearchField("biography"),
                                          index.AutocompleteField("title")]

    parent_page_types = ["cooperatives.RegionPage", "cooperatives.CooperativePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artisan")
        verbose_name_plural = _("artisans")


    def selling_partner(self):
        """Who sells this artisan's work: the independent artisan's own partner, else their cooperative's."""
        if self.partner_id:
            return self.partner
        return getattr(self.get_parent().specific, "partner", None)


class ArtisanAccount(models.Model):
    """Who runs an artisan's page and products from their workshop (/<lang>/atelier/). Kept outside the page so
    that publishing an older revision of the page never unlinks its artisan. The user is never staff."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("login"), on_delete=models.CASCADE,
                                related_name="artisan_account")
    artisan = models.OneToOneField(ArtisanPage, verbose_name=_("artisan"), on_delete=models.CASCADE,
                                   related_name="account")
    language = models.CharField(_("language of the workshop's emails"), max_length=8, choices=settings.LANGUAGES,
                                default="fr")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("artisan's login")
        verbose_name_plural = _("artisans' logins")

    def __str__(self):
        return f"{self.user} → {self.artisan}"


class CooperativeManager(models.Model):
    """A login that runs a cooperative in the workshop: its page, every member's products and parcels, the members'
    list. Assigned by the editors in /cms/; kept outside the page, like ArtisanAccount. The user is never staff."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("login"), on_delete=models.CASCADE,
                             related_name="managed_cooperatives")
    cooperative = models.ForeignKey(CooperativePage, verbose_name=_("cooperative"), on_delete=models.CASCADE,
                                    related_name="managers")
    language = models.CharField(_("language of the workshop's emails"), max_length=8, choices=settings.LANGUAGES,
                                default="fr")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cooperative manager")
        verbose_name_plural = _("cooperative managers")
        constraints = [models.UniqueConstraint(fields=["user", "cooperative"], name="one_manager_link_per_cooperative")]

    def __str__(self):
        return f"{self.user} → {self.cooperative}"

    def clean(self):
        super().clean()
        if self.user_id and (self.user.is_staff or self.user.is_superuser):
            raise ValidationError({"user": _("A staff account cannot run a cooperative's workshop.")})


class ArtisanApplication(models.Model):
    """A maker's request to sell on the site ("Devenir artisan partenaire"), reviewed by the editors in /cms/.
    Approving it creates the login, the shop partner and a draft ArtisanPage (cooperatives/joining.py)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("To review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Declined")

    name = models.CharField(_("full name"), max_length=120)
    craft = models.ForeignKey("core.Craft", verbose_name=_("craft"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    in_cooperative = models.BooleanField(_("member of a cooperative"), default=False)
    cooperative_name = models.CharField(_("cooperative"), max_length=160, blank=True)
    region = models.ForeignKey(RegionPage, verbose_name=_("region"), null=True, on_delete=models.SET_NULL,
                               related_name="+")
    phone = models.CharField(_("phone"), max_length=32)
    email = models.EmailField(_("email"))
    presentation = models.TextField(_("presentation"))
    photo_1 = models.ImageField(_("photo 1"), upload_to="applications/", blank=True)
    photo_2 = models.ImageField(_("photo 2"), upload_to="applications/", blank=True)
    photo_3 = models.ImageField(_("photo 3"), upload_to="applications/", blank=True)
    language = models.CharField(_("language"), max_length=8, default="fr")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("decided by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    artisan_page = models.ForeignKey(ArtisanPage, verbose_name=_("artisan page"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created"]
        verbose_name = _("artisan application")
        verbose_name_plural = _("artisan applications")

    def __str__(self):
        return self.name

    @property
    def photos(self):
        return [photo for photo in (self.photo_1, self.photo_2, self.photo_3) if photo]
