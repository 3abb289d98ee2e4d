"""The palette and drawing primitives of the demo's pictures (demo/images.py): colours that recur in the crafts of
both regions, lighter, darker and mixed shades, a random generator seeded by a name, grain, gradients and lozenges."""

import hashlib
import random

from PIL import Image, ImageChops

# Colours that recur in the crafts of both regions.
SAND = (222, 196, 150)
OCHRE = (196, 120, 62)
TERRACOTTA = (178, 84, 52)
INDIGO = (36, 52, 112)
SAFFRON = (226, 164, 38)
HENNA = (150, 64, 36)
SILVER = (206, 210, 214)
COBALT = (28, 70, 160)
OLIVE = (92, 110, 52)
CREAM = (244, 232, 206)
CHARCOAL = (44, 40, 40)
LAGOON = (40, 160, 170)


def lighter(colour, amount=0.35):
    return tuple(round(c + (255 - c) * amount) for c in colour)


def darker(colour, amount=0.35):
    return tuple(round(c * (1 - amount)) for c in colour)


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def rng_for(seed):
    return random.Random(hashlib.sha1(str(seed).encode()).hexdigest())


_NOISE = {}
NOISE_SIZE = 1400


def grain(image, sigma=14):
    """A little noise so flat colour fields look like fibre, clay or leather rather than vector art.

    One noise field per strength is drawn once and cropped where needed (drawing noise is the slow part)."""
    if sigma not in _NOISE:
        _NOISE[sigma] = Image.effect_noise((NOISE_SIZE, NOISE_SIZE), sigma / 2).convert("RGB")
    width, height = image.size
    x, y = (sum(image.getpixel((0, 0))) * 7) % (NOISE_SIZE - width + 1), (width * 3) % (NOISE_SIZE - height + 1)
    return ImageChops.add(image, _NOISE[sigma].crop((x, y, x + width, y + height)), 1.0, -128)


def vertical_gradient(size, top, bottom):
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def diamond(draw, cx, cy, rx, ry, fill):
    draw.polygon([(cx, cy - ry), (cx + rx, cy), (cx, cy + ry), (cx - rx, cy)], fill=fill)
