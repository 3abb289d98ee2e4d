"""Who runs what: the links between a login and an ArtisanPage (ArtisanAccount, the artisan) or a CooperativePage
(CooperativeManager, the cooperative's manager), and the Artisans group. Makers are never staff and are never users
of an Oscar partner: they work in the workshop only (workshop/boundary.py says what each one reaches)."""

from django.contrib.auth.models import Group
from django.db import transaction

from cooperatives.models import ArtisanAccount, CooperativeManager

ARTISANS_GROUP = "Artisans"


def _refuse_staff(user):
    if user.is_staff or user.is_superuser:
        raise ValueError("A staff account cannot be a maker's login.")


@transaction.atomic
def link_artisan(user, artisan, language=None):
    """Make `user` the artisan who runs `artisan`'s page (and the Artisans group); never staff."""
    _refuse_staff(user)
    defaults = {"artisan": artisan}
    if language:
        defaults["language"] = language
    ArtisanAccount.objects.update_or_create(user=user, defaults=defaults)
    user.groups.add(Group.objects.get(name=ARTISANS_GROUP))
    return user


@transaction.atomic
def link_manager(user, cooperative, language=None):
    """Make `user` a manager of `cooperative` (any language version of its page); never staff."""
    _refuse_staff(user)
    link, __ = CooperativeManager.objects.get_or_create(user=user, cooperative=cooperative)
    if language and link.language != language:
        link.language = language
        link.save(update_fields=["language"])
    user.groups.add(Group.objects.get(name=ARTISANS_GROUP))
    return link


def remember_language(user, language):
    """The language a maker works in: their parcel notices are written in it."""
    ArtisanAccount.objects.filter(user=user).exclude(language=language).update(language=language)
    CooperativeManager.objects.filter(user=user).exclude(language=language).update(language=language)
