"""The pictures of the benchmark's catalogue (scripts/bench/generate.py): a few dozen drawn with Pillow (demo.images),
each reused by many pages and products, as the pages of a real site reuse a photo library."""

from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

# (form, colour) of the product pictures of each craft: two pictures per craft, shared by its products.
PRODUCT_PICTURES = {
    "tissage-de-tapis": [("rug", (168, 92, 50)), ("cushion", (190, 120, 60))],
    "melhfa": [("drape", (36, 52, 112)), ("drape", (214, 180, 120))],
    "maroquinerie": [("round", (150, 92, 50)), ("bag", (120, 70, 40))],
    "bijouterie-en-argent": [("round", (206, 210, 214)), ("box", (180, 180, 190))],
    "vannerie": [("basket", (214, 184, 120)), ("plate", (190, 150, 90))],
    "poterie": [("plate", (28, 70, 160)), ("vase", (178, 84, 52))],
    "bois-de-thuya": [("box", (140, 70, 40)), ("plate", (120, 60, 35))],
    "cosmetiques-naturels": [("vase", (226, 164, 38)), ("box", (150, 64, 36))],
}


@dataclass
class Pictures:
    """The pools of site images, one per role; every pool holds as many pictures (Counts.pictures, at least one)."""

    heroes: list
    portraits: list
    inline: list
    logos: list


def site_pictures(crafts, count):
    """The site images of every role (drawn on the first run, found by title afterwards)."""
    from demo import stories_data as story_data
    from demo.images import site_image

    craft_slugs = list(crafts)
    pattern = {craft[0]: craft[3] for craft in story_data.CRAFTS}  # (slug, name, description, pattern, colour)
    colour = {craft[0]: craft[4] for craft in story_data.CRAFTS}
    n = max(1, count)
    landscapes = ["dakhla", "marrakech", "coast"]
    heroes = [site_image(f"Banc d'essai – paysage {i}", f"Paysage du Maroc, vue {i + 1}",
                         ("landscape", landscapes[i % 3]) if i < 3 else
                         ("workshop", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]]))
              for i in range(n)]
    portraits = [site_image(f"Banc d'essai – portrait {i}",
                            "Portrait stylisé d'une artisane : silhouette sans visage sur un fond coloré",
                            ("portrait", colour[craft_slugs[i % 8]], "melhfa" if i % 2 else "djellaba"))
                 for i in range(n)]
    inline = [site_image(f"Banc d'essai – atelier {i}", f"Motif de {crafts[craft_slugs[i % 8]].name.lower()}",
                         ("pattern", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]], "photo"))
              for i in range(n)]
    logos = [site_image(f"Banc d'essai – emblème {i}", "Emblème d'une coopérative",
                        ("emblem", pattern[craft_slugs[i % 8]], colour[craft_slugs[i % 8]])) for i in range(n)]
    return Pictures(heroes=heroes, portraits=portraits, inline=inline, logos=logos)


def product_picture_files():
    """{craft slug: [storage names]}: the product pictures of each craft, written to the default storage."""
    from demo import shop_data
    from demo.images import draw, jpeg

    picture_files = {}
    for slug, pictures in PRODUCT_PICTURES.items():
        names = []
        for number, (form, tint) in enumerate(pictures):
            ground = shop_data.PICTURE_GROUND.get(slug, shop_data.DEFAULT_GROUND)
            data = jpeg(draw(("object", shop_data.PICTURE_PATTERN[slug], tint, form, ground), f"bench-{slug}-{number}"))
            names.append(default_storage.save(f"images/products/bench/{slug}-{number}.jpg", ContentFile(data)))
        picture_files[slug] = names
    return picture_files
