"""Craft patterns, each filling a whole canvas: the woven, dyed and tanned crafts here (carpet, melhfa, leather,
basketry), the others in demo/patterns_wares.py, and PATTERNS, every craft's pattern by name."""

from PIL import Image, ImageDraw, ImageFilter

from demo.drawing import (
    CHARCOAL,
    CREAM,
    INDIGO,
    SAFFRON,
    TERRACOTTA,
    darker,
    diamond,
    grain,
    lighter,
    vertical_gradient,
)
from demo.patterns_wares import pattern_cosmetics, pattern_pottery, pattern_silver, pattern_wood


def pattern_carpet(size, rng, colour):
    """Horizontal bands of lozenges, zigzags and stripes, as on Sahrawi hanbels and Haouz carpets."""
    width, height = size
    base = colour
    colours = [darker(base, 0.55), lighter(base, 0.55), SAFFRON, CREAM, INDIGO, TERRACOTTA]
    image = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(image)
    y = 0
    while y < height:
        band = rng.choice([40, 60, 90, 120])
        kind = rng.choice(["diamonds", "zigzag", "stripes", "diamonds", "dots"])
        fill, second = rng.sample(colours, 2)
        if kind == "diamonds":
            step = band
            for x in range(-step, width + step, step):
                diamond(draw, x + step // 2, y + band // 2, step // 2, band // 2, fill)
                diamond(draw, x + step // 2, y + band // 2, step // 5, band // 5, second)
        elif kind == "zigzag":
            step = band
            points = []
            for i, x in enumerate(range(0, width + step, step // 2)):
                points.append((x, y if i % 2 else y + band))
            draw.line(points, fill=fill, width=max(6, band // 5))
        elif kind == "stripes":
            for i in range(0, band, 12):
                draw.rectangle([0, y + i, width, y + i + 5], fill=fill if i % 24 else second)
        else:
            for x in range(10, width, 30):
                draw.ellipse([x, y + band // 2 - 6, x + 12, y + band // 2 + 6], fill=fill)
        y += band + rng.choice([8, 12, 20])
        draw.rectangle([0, y - 6, width, y - 2], fill=darker(base, 0.6))
    return grain(image, 18)


def pattern_melhfa(size, rng, colour):
    """A light veil dyed by tying: soft rings of colour and the diagonal folds of the cloth."""
    width, height = size
    image = vertical_gradient(size, lighter(colour, 0.25), darker(colour, 0.15))
    layer = Image.new("RGB", size, (0, 0, 0))
    mask = Image.new("L", size, 0)
    draw_layer = ImageDraw.Draw(layer)
    draw_mask = ImageDraw.Draw(mask)
    accent = rng.choice([SAFFRON, CREAM, lighter(colour, 0.7), (220, 90, 120)])
    for __ in range(rng.randint(14, 24)):
        cx, cy = rng.randrange(width), rng.randrange(height)
        r = rng.randint(height // 16, height // 6)
        for ring in range(4, 0, -1):
            rr = r * ring // 4
            draw_layer.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=accent if ring % 2 else colour)
            draw_mask.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=150 if ring % 2 else 90)
    mask = mask.filter(ImageFilter.GaussianBlur(6))
    image = Image.composite(layer, image, mask)
    folds = Image.new("L", size, 0)
    draw_folds = ImageDraw.Draw(folds)
    for __ in range(6):
        x = rng.randrange(-width // 2, width)
        draw_folds.polygon([(x, 0), (x + 60, 0), (x + 60 + height // 2, height), (x + height // 2, height)], fill=70)
    folds = folds.filter(ImageFilter.GaussianBlur(28))
    image = Image.composite(Image.new("RGB", size, darker(colour, 0.6)), image, folds)
    return grain(image, 8)


def pattern_leather(size, rng, colour):
    """Tanned goatskin painted with the triangles and lozenges of Saharan leatherwork, with a stitched edge."""
    width, height = size
    image = grain(Image.new("RGB", size, colour), 30).filter(ImageFilter.GaussianBlur(1.2))
    draw = ImageDraw.Draw(image)
    paints = [(40, 110, 70), (170, 40, 40), SAFFRON, CHARCOAL]
    cx, cy = width // 2, height // 2
    radius = min(width, height) // 2 - 40
    for i, r in enumerate(range(radius, 20, -radius // 6)):
        diamond(draw, cx, cy, r, r, paints[i % len(paints)])
        diamond(draw, cx, cy, r - 10, r - 10, colour if i % 2 else lighter(colour, 0.2))
    for corner_x, corner_y in [(0, 0), (width, 0), (0, height), (width, height)]:
        for k in range(4):
            r = 40 + k * 28
            draw.polygon([(corner_x, corner_y), (abs(corner_x - r), corner_y), (corner_x, abs(corner_y - r))],
                         fill=paints[k % 4])
    for x in range(20, width - 20, 24):
        draw.line([(x, 14), (x + 12, 14)], fill=CREAM, width=3)
        draw.line([(x, height - 14), (x + 12, height - 14)], fill=CREAM, width=3)
    return image


def pattern_basketry(size, rng, colour):
    """Dwarf-palm (doum) strips woven over and under, with bands dyed magenta and green."""
    width, height = size
    image = Image.new("RGB", size, darker(colour, 0.4))
    draw = ImageDraw.Draw(image)
    cell = rng.choice([28, 32, 36])
    dyed = [(170, 40, 110), (50, 120, 70), (200, 90, 40)]
    dyed_rows = set(rng.sample(range(0, height // cell + 1), 3))
    for row, y in enumerate(range(0, height, cell)):
        for col, x in enumerate(range(0, width, cell)):
            over = (row + col) % 2 == 0
            strip = colour if over else darker(colour, 0.18)
            if row in dyed_rows and over:
                strip = dyed[row % 3]
            if over:
                draw.rectangle([x + 1, y + 3, x + cell - 1, y + cell - 3], fill=strip)
            else:
                draw.rectangle([x + 3, y + 1, x + cell - 3, y + cell - 1], fill=strip)
            draw.line([(x + 4, y + cell // 2), (x + cell - 4, y + cell // 2)], fill=lighter(strip, 0.15), width=1)
    return grain(image, 10)


PATTERNS = {
    "carpet": pattern_carpet,
    "melhfa": pattern_melhfa,
    "leather": pattern_leather,
    "silver": pattern_silver,
    "basketry": pattern_basketry,
    "pottery": pattern_pottery,
    "wood": pattern_wood,
    "cosmetics": pattern_cosmetics,
}
