"""Places and people of the benchmark's catalogue (scripts/bench/generate.py): regions under the home page,
cooperatives in the regions, artisans in the cooperatives and, a fifth of them, independent under a region with a
partner of their own. Wagtail's tree through add_child (pages cannot be bulk inserted under treebeard), live."""

from decimal import Decimal

from django.utils.text import slugify

from scripts.bench.generate_words import COOP_KINDS, FIRST_NAMES, LAST_NAMES, QUOTES, REGIONS, SENTENCES


def gallery(pool, offset, size=3):
    return [{"type": "image", "value": {"image": pool[(offset + k) % len(pool)].pk, "caption": f"Vue {k + 1}",
                                        "credit": ""}} for k in range(size)]


def make_regions(counts, home, crafts, pictures, now):
    from cooperatives.models import RegionPage, RegionWorkshop
    from stories.models import HomePage

    craft_slugs = list(crafts)
    heroes = pictures.heroes
    regions = []
    for i in range(counts.regions):
        name = REGIONS[i % len(REGIONS)] + ("" if i < len(REGIONS) else f" {i // len(REGIONS) + 1}")
        region = RegionPage(
            title=name, slug=f"bench-{slugify(name)}", introduction=f"Les savoir-faire de la région {name}.",
            body=f"<p>{SENTENCES[i % len(SENTENCES)]}</p><p>{SENTENCES[(i + 3) % len(SENTENCES)]}</p>",
            hero_image=heroes[i % len(heroes)], search_description=f"Artisanat de la région {name}.",
            first_published_at=now, last_published_at=now,
        )
        region.crafts = [crafts[craft_slugs[(i + k) % 8]] for k in range(3)]
        region.workshops = [RegionWorkshop(name=f"Atelier ouvert de {name}", address="Avenue Mohammed V",
                                           opening_hours="Lundi à samedi, 9:00–13:00", latitude=Decimal("23.684774"),
                                           longitude=Decimal("-15.957976"), phone="+212 5 28 89 00 00")]
        home = HomePage.objects.get(pk=home.pk)
        home.add_child(instance=region)
        regions.append(region)
    return regions


def make_cooperatives(counts, regions, crafts, pictures, now):
    from oscar.core.loading import get_model

    from cooperatives.models import CooperativePage, RegionPage

    Partner = get_model("partner", "Partner")
    craft_slugs = list(crafts)
    logos = pictures.logos
    cooperatives = []
    for i in range(counts.cooperatives):
        region = RegionPage.objects.get(pk=regions[i % len(regions)].pk)
        kind, label = COOP_KINDS[i % len(COOP_KINDS)]
        craft = crafts[craft_slugs[i % 8]]
        title = f"{label} {craft.name} {LAST_NAMES[i % len(LAST_NAMES)]} {i + 1}"
        partner = Partner.objects.create(name=title)
        cooperative = CooperativePage(
            title=title, slug=f"bench-cooperative-{i + 1}", legal_form=kind, founding_year=1990 + i % 30,
            members_count=8 + i % 40, logo=logos[i % len(logos)], partner=partner, email=f"contact{i + 1}@example.ma",
            introduction=f"{8 + i % 40} membres travaillent ensemble : {craft.name.lower()}.",
            story="".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(3)),
            gallery=gallery(pictures.inline, i), address="Quartier des artisans",
            opening_hours="Tous les jours, 9:00–18:00", latitude=Decimal("23.70"), longitude=Decimal("-15.93"),
            phone="+212 6 61 23 45 67", search_description=f"{title}, {craft.name.lower()}.", first_published_at=now,
            last_published_at=now,
        )
        cooperative.crafts = [craft]
        region.add_child(instance=cooperative)
        cooperatives.append(cooperative)
    return cooperatives


def make_artisans(counts, regions, cooperatives, crafts, pictures, now):
    """(artisans, {artisan pk: craft}, {artisan pk: the partner selling their products})"""
    from oscar.core.loading import get_model

    from cooperatives.models import ArtisanPage, CooperativePage, RegionPage

    Partner = get_model("partner", "Partner")
    craft_slugs = list(crafts)
    portraits = pictures.portraits
    artisans, artisan_craft, artisan_partner = [], {}, {}
    independents = counts.artisans // 5 if cooperatives else counts.artisans
    for i in range(counts.artisans):
        name = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i // len(FIRST_NAMES) + i) % len(LAST_NAMES)]}"
        member = i < counts.artisans - independents
        if member:
            parent = CooperativePage.objects.get(pk=cooperatives[i % len(cooperatives)].pk)
            partner, craft = parent.partner, parent.crafts.first()
        else:
            parent = RegionPage.objects.get(pk=regions[i % len(regions)].pk)
            partner = Partner.objects.create(name=f"{name} ({i + 1})")
            craft = crafts[craft_slugs[i % 8]]
        artisan = ArtisanPage(
            title=name, slug=f"bench-artisan-{i + 1}", portrait=portraits[i % len(portraits)],
            years_of_practice=5 + i % 40, technique=SENTENCES[i % len(SENTENCES)], materials="laine de chameau, henné",
            quote=QUOTES[i % len(QUOTES)],
            biography="".join(f"<p>{SENTENCES[(i + k) % len(SENTENCES)]}</p>" for k in range(2)),
            gallery=gallery(pictures.inline, i + 1), partner=None if member else partner,
            search_description=f"{name}, {craft.name.lower()}", first_published_at=now, last_published_at=now,
        )
        artisan.crafts = [craft]
        parent.add_child(instance=artisan)
        artisans.append(artisan)
        artisan_craft[artisan.pk], artisan_partner[artisan.pk] = craft, partner
    return artisans, artisan_craft, artisan_partner
