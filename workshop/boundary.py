"""Each maker's boundary: what a login may see and change in the workshop. Every workshop view, form, file and export
asks here, and only here.

- An **artisan** (ArtisanAccount) reaches their own page, the products they make, the parcels of those products.
- A **cooperative manager** (CooperativeManager, assigned by the editors) reaches everything of the cooperative: its
  page, every member's page, products and parcels, the members' list.
- An **independent artisan** (their page has its own shop partner) is both for their own workshop.

Pages exist once per language: the boundary holds translation keys, so every language version of a page is in reach
or none is. Staff are never makers (they work in /dashboard/ and /cms/).
"""

from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_

from django.db.models import Q
from oscar.core.loading import get_model

from cooperatives.models import ArtisanAccount, ArtisanPage, CooperativeManager, CooperativePage


@dataclass(frozen=True)
class Boundary:
    user: object
    artisan: ArtisanPage | None = None
    cooperatives: tuple = field(default_factory=tuple)

    @property
    def is_maker(self):
        return self.artisan is not None or bool(self.cooperatives)

    @property
    def is_manager(self):
        """Runs a cooperative, or is an independent artisan (the manager of their own workshop)."""
        return bool(self.cooperatives) or bool(self.artisan is not None and self.artisan.partner_id)

    @property
    def name(self):
        """How the workshop greets the person: their artisan's name, else their cooperative's."""
        if self.artisan is not None:
            return self.artisan.title
        return self.cooperatives[0].title if self.cooperatives else ""

    @cached_property
    def cooperative_keys(self):
        return {cooperative.translation_key for cooperative in self.cooperatives}

    @cached_property
    def seller_ids(self):
        """The Oscar partners whose every sale the person answers for (managers only)."""
        ids = {cooperative.partner_id for cooperative in self.cooperatives if cooperative.partner_id}
        if self.artisan is not None and self.artisan.partner_id:
            ids.add(self.artisan.partner_id)
        return ids

    @cached_property
    def artisan_keys(self):
        """Translation keys of the artisans in reach: oneself, and every member of a managed cooperative."""
        keys = {self.artisan.translation_key} if self.artisan is not None else set()
        if self.cooperatives:
            versions = CooperativePage.objects.filter(translation_key__in=self.cooperative_keys)
            members = reduce(or_, (ArtisanPage.objects.child_of_q(version) for version in versions), Q(pk__in=[]))
            keys.update(ArtisanPage.objects.filter(members).values_list("translation_key", flat=True))
        return keys

    def artisans(self):
        """The artisan pages in reach, one per artisan (the first version made: the original language's)."""
        originals = {}
        for page in ArtisanPage.objects.filter(translation_key__in=self.artisan_keys).order_by("pk").only(
            "pk", "translation_key"
        ):
            originals.setdefault(page.translation_key, page.pk)
        return ArtisanPage.objects.filter(pk__in=originals.values()).order_by("title")

    def cooperative_pages(self):
        return CooperativePage.objects.filter(pk__in=[cooperative.pk for cooperative in self.cooperatives])

    def products(self):
        Product = get_model("catalogue", "Product")
        reach = Q(artisan__translation_key__in=self.artisan_keys)
        if self.seller_ids:
            reach |= Q(stockrecords__partner_id__in=self.seller_ids)
        return Product.objects.filter(pk__in=Product.objects.filter(reach).values("pk"))

    def parcels(self):
        FulfilmentGroup = get_model("order", "FulfilmentGroup")
        reach = Q(artisan__translation_key__in=self.artisan_keys)
        if self.seller_ids:
            reach |= Q(partner_id__in=self.seller_ids)
        return FulfilmentGroup.objects.filter(reach).select_related("order")

    def may_edit_artisan(self, page):
        return page.translation_key in self.artisan_keys

    def may_edit_cooperative(self, page):
        return page.translation_key in self.cooperative_keys


def boundary_of(user):
    """The boundary of a login (cached on the user object for the request); staff and customers reach nothing."""
    if not user.is_authenticated or user.is_staff or user.is_superuser:
        return Boundary(user=user)
    cached = getattr(user, "_workshop_boundary", None)
    if cached is not None:
        return cached
    account = ArtisanAccount.objects.select_related("artisan").filter(user=user).first()
    cooperatives = tuple(
        link.cooperative for link in CooperativeManager.objects.filter(user=user).select_related("cooperative")
    )
    boundary = Boundary(user=user, artisan=account.artisan if account else None, cooperatives=cooperatives)
    user._workshop_boundary = boundary
    return boundary
