"""Demo pictures drawn locally with Pillow (never downloaded): patterns and colour fields that evoke each craft,
landscapes of the two regions and abstract portraits.

Every drawing is deterministic (seeded by a name), small (at most 1200 px wide) and saved as JPEG quality 80, so the
demo loads quickly and a second run would draw the same picture. `site_image()` stores one as the project's
`stories.SiteImage` (alt text and credit required); `jpeg()` gives the bytes for Oscar's product images.

`draw()` turns a spec into a picture; the drawing itself lives in demo/drawing.py (palette and primitives),
demo/patterns.py and demo/patterns_wares.py (the crafts' patterns), demo/objects.py (the things sold),
demo/landscapes.py and demo/scenes.py (workshops, portraits, emblems, video posters).
"""

import hashlib
import io

from django.core.files.images import ImageFile

from demo.drawing import rng_for
from demo.landscapes import LANDSCAPES
from demo.objects import craft_object
from demo.patterns import PATTERNS
from demo.scenes import emblem, play_overlay, portrait, workshop_scene

CREDIT = "Illustration générée pour la démo Dakhla Market"

SIZES = {"hero": (1200, 675), "photo": (960, 720), "portrait": (600, 750), "square": (800, 800), "logo": (480, 480)}


def draw(spec, seed):
    """Draw a picture from a spec: (kind, *arguments). Kinds: pattern, object, landscape, workshop, portrait,
    emblem, video."""
    kind = spec[0]
    rng = rng_for(seed)
    if kind == "pattern":  # ("pattern", craft, colour, size)
        __, craft, colour, size = spec
        return PATTERNS[craft](SIZES[size], rng, colour)
    if kind == "object":  # ("object", craft, colour, form, background)
        __, craft, colour, form, background = spec
        return craft_object(SIZES["square"], rng, craft, colour, form, background)
    if kind == "landscape":  # ("landscape", place)
        return LANDSCAPES[spec[1]](SIZES["hero"], rng)
    if kind == "workshop":  # ("workshop", craft, colour)
        return workshop_scene(SIZES["photo"], rng, spec[1], spec[2])
    if kind == "portrait":  # ("portrait", colour, garment)
        return portrait(SIZES["portrait"], rng, spec[1], spec[2])
    if kind == "emblem":  # ("emblem", craft, colour)
        return emblem(SIZES["logo"], rng, spec[1], spec[2])
    if kind == "video":  # ("video", craft, colour)
        return play_overlay(workshop_scene(SIZES["hero"], rng, spec[1], spec[2]))
    raise ValueError(f"unknown picture kind {kind!r}")


def jpeg(image, quality=80):
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def site_image(title, alt, spec, credit=CREDIT):
    """The SiteImage with this title, drawn and stored on first use (looked up by title afterwards)."""
    from core.models import SiteImage

    existing = SiteImage.objects.filter(title=title).order_by("pk").first()
    if existing:
        return existing
    data = jpeg(draw(spec, title))
    filename = f"{slug_ascii(title)}.jpg"
    image = SiteImage(title=title, description=alt, credit=credit, file_size=len(data),
                      file_hash=hashlib.sha1(data).hexdigest())
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image.save()
    return image


def slug_ascii(text):
    from django.utils.text import slugify

    return slugify(text)[:80] or "image"
