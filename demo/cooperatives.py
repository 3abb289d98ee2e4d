"""Demo regions, cooperatives and artisans, and the demo maker account.

Every cooperative and every independent artisan is an Oscar Partner (looked up by name); pages are looked up by
slug under their parent and left unchanged when they exist.

Makers are never staff and never users of an Oscar partner: they work in the workshop (/<lang>/atelier/), where
the demo `artisan` login is Fatimetou, who also manages her cooperative, and `membre` is Salka, a plain member.
"""

from decimal import Decimal

from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from cooperatives.accounts import link_artisan, link_manager
from cooperatives.models import ArtisanPage, CooperativePage, RegionPage, RegionWorkshop
from demo import cooperatives_data as demo_data
from demo.images import site_image
from demo.stories import add_published_child, child_by_slug

Partner = get_model("partner", "Partner")

# The artisans of the demo makers' logins: Fatimetou also manages her cooperative; Salka is a member.
DEMO_MAKER_ARTISAN = "fatimetou-mint-ahmed"
DEMO_MEMBER_ARTISAN = "salka-mint-brahim"


def ensure_maker(artisan_slug, username, email, password, first_name, last_name, manages=False):
    """A maker's login linked to the artisan page `artisan_slug` (and a manager of its cooperative if `manages`).
    Returns (user, created)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": False},
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
    artisan = ArtisanPage.objects.filter(slug=artisan_slug).first()
    if artisan is not None and not user.is_staff:
        link_artisan(user, artisan)
        cooperative = artisan.get_parent().specific
        if manages and isinstance(cooperative, CooperativePage):
            link_manager(user, cooperative)
    return user, created


def gallery_value(title_prefix, pictures):
    """A GalleryStreamBlock value from compact picture descriptions:
    (kind, craft, colour, caption[, alt]) or ("object", craft, colour, form, caption[, alt])."""
    value = []
    for number, picture in enumerate(pictures, start=1):
        kind, craft, colour = picture[:3]
        if kind == "object":
            form, rest = picture[3], picture[4:]
            spec = ("object", craft, colour, form, (222, 196, 150))
        elif kind == "pattern":
            rest = picture[3:]
            spec = ("pattern", craft, colour, "photo")
        else:
            rest = picture[3:]
            spec = (kind, craft, colour)
        caption = rest[0]
        alt = rest[1] if len(rest) > 1 else f"{demo_data.GALLERY_ALT[craft]} ({caption[0].lower()}{caption[1:]})"
        image = site_image(f"{title_prefix} – {number}", alt, spec)
        value.append({"type": "image", "value": {"image": image.pk, "caption": caption, "credit": ""}})
    return value


def load_regions(home, crafts):
    """The regional showcases under the home page, by slug."""
    regions = {}
    for data in demo_data.REGIONS:
        region = child_by_slug(home, RegionPage, data["slug"])
        if region is None:
            hero = data["hero"]
            region = add_published_child(home, RegionPage(
                title=data["title"], slug=data["slug"], introduction=data["introduction"], body=data["body"],
                hero_image=site_image(hero["title"], hero["alt"], hero["spec"]),
                crafts=[crafts[slug] for slug in data["crafts"]],
                workshops=[
                    RegionWorkshop(
                        name=w["name"], address=w["address"], opening_hours=w["opening_hours"],
                        latitude=Decimal(w["latitude"]), longitude=Decimal(w["longitude"]), phone=w["phone"],
                    )
                    for w in data["workshops"]
                ],
                search_description=data["introduction"],
            ))
        regions[data["slug"]] = region
    return regions


def load_cooperatives(regions, crafts):
    """The cooperatives, each with its own Oscar partner, by slug."""
    cooperatives = {}
    for data in demo_data.COOPERATIVES:
        region = regions[data["region"]]
        cooperative = child_by_slug(region, CooperativePage, data["slug"])
        if cooperative is None:
            partner, __ = Partner.objects.get_or_create(name=data["partner"])
            logo = data["logo"]
            cooperative = add_published_child(region, CooperativePage(
                title=data["title"], slug=data["slug"], legal_form=data["legal_form"],
                founding_year=data["founding_year"], members_count=data["members_count"],
                logo=site_image(logo["title"], logo["alt"], logo["spec"]),
                introduction=data["introduction"], story=data["story"],
                gallery=gallery_value(f"Galerie – {data['title']}", data["gallery"]),
                crafts=[crafts[slug] for slug in data["crafts"]], partner=partner, email=data["email"],
                address=data["address"], opening_hours=data["opening_hours"],
                latitude=Decimal(data["latitude"]), longitude=Decimal(data["longitude"]), phone=data["phone"],
                search_description=data["introduction"],
            ))
        cooperatives[data["slug"]] = cooperative
    return cooperatives


def load_artisans(regions, cooperatives, crafts):
    """The artisans, under their cooperative or (independent, with their own partner) under their region, by slug."""
    artisans = {}
    for data in demo_data.ARTISANS:
        parent = cooperatives.get(data["parent"]) or regions[data["parent"]]
        artisan = child_by_slug(parent, ArtisanPage, data["slug"])
        if artisan is None:
            partner = None
            if "partner" in data:
                partner, __ = Partner.objects.get_or_create(name=data["partner"])
            portrait = None
            if data["portrait"]:
                colour, garment = data["portrait"]
                portrait = site_image(
                    f"Portrait – {data['title']}",
                    f"Portrait stylisé de {data['title']} : silhouette sans visage sur un fond coloré",
                    ("portrait", colour, garment),
                )
            artisan = add_published_child(parent, ArtisanPage(
                title=data["title"], slug=data["slug"], portrait=portrait,
                crafts=[crafts[slug] for slug in data["crafts"]], years_of_practice=data["years_of_practice"],
                technique=data["technique"], materials=data["materials"], quote=data["quote"],
                biography=data["biography"], gallery=gallery_value(f"Galerie – {data['title']}", data["gallery"]),
                partner=partner,
                search_description=f"{data['title']}, {crafts[data['crafts'][0]].name.lower()} : « {data['quote']} »",
            ))
        artisans[data["slug"]] = artisan
    return artisans
