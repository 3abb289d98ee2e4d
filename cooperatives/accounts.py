"""Who runs an artisan's page: the link between a login and an ArtisanPage (ArtisanAccount), the Artisans group and
the artisan's Oscar partner. Makers are never staff."""

from django.contrib.auth.models import Group
from django.db import transaction

from cooperatives.models import ArtisanAccount

ARTISANS_GROUP = "Artisans"


def is_artisan(user):
    return bool(user.is_authenticated and not user.is_staff and user.groups.filter(name=ARTISANS_GROUP).exists())


def artisan_page_of(user):
    """The ArtisanPage a login runs, or None."""
    if not user.is_authenticated:
        return None
    account = ArtisanAccount.objects.select_related("artisan").filter(user=user).first()
    return account.artisan if account else None


@transaction.atomic
def link_artisan(user, artisan):
    """Make `user` the artisan who runs `artisan`'s page: Artisans group, partner membership, never staff."""
    if user.is_staff or user.is_superuser:
        raise ValueError("A staff account cannot be an artisan's login.")
    ArtisanAccount.objects.update_or_create(user=user, defaults={"artisan": artisan})
    user.groups.add(Group.objects.get(name=ARTISANS_GROUP))
    partner = artisan.selling_partner()
    if partner is not None:
        partner.users.add(user)
    return user
