"""Demo pictures drawn locally with Pillow (never downloaded): patterns and colour fields that evoke each craft,
landscapes of the two regions and abstract portraits.

Every drawing is deterministic (seeded by a name), small (at most 1200 px wide) and saved as JPEG quality 80, so the
demo loads quickly and a second run would draw the same picture. `site_image()` stores one as the project's
`stories.SiteImage` (alt text and credit required); `jpeg()` gives the bytes for Oscar's product images.
"""

import hashlib
import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageChops, ImageDraw, ImageFilter

CREDIT = "Illustration générée pour la démo Dakhla Market"

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


# --- Craft patterns: each fills a whole canvas ------------------------------------------------------------------


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


def pattern_silver(size, rng, colour):
    """Chased silver on dark cloth: a cuff bracelet seen from above, engraved triangles, amber and carnelian beads."""
    width, height = size
    image = grain(Image.new("RGB", size, colour), 12)
    draw = ImageDraw.Draw(image)
    cx, cy = width // 2, height // 2
    r = min(width, height) // 3
    band = r // 3
    for k in range(band, 0, -2):
        shade = mix(darker(SILVER, 0.45), lighter(SILVER, 0.5), abs(math.sin(math.pi * k / band)))
        draw.ellipse([cx - r - k + band // 2, cy - r - k + band // 2, cx + r + k - band // 2, cy + r + k - band // 2],
                     outline=shade, width=3)
    draw.ellipse([cx - r + band // 2, cy - r + band // 2, cx + r - band // 2, cy + r - band // 2], fill=colour)
    for i in range(36):
        angle = 2 * math.pi * i / 36
        px, py = cx + (r - 6) * math.cos(angle), cy + (r - 6) * math.sin(angle)
        draw.polygon([(px, py - 7), (px + 6, py + 5), (px - 6, py + 5)], fill=darker(SILVER, 0.5))
    beads = [(214, 130, 30), (168, 52, 36), lighter(SILVER, 0.3)]
    for __ in range(rng.randint(10, 18)):
        bx, by = rng.randrange(30, width - 30), rng.randrange(30, height - 30)
        if math.hypot(bx - cx, by - cy) < r + band // 2 + 30:
            continue
        br = rng.randint(10, 24)
        fill = rng.choice(beads)
        draw.ellipse([bx - br, by - br, bx + br, by + br], fill=fill)
        draw.ellipse([bx - br // 3, by - br // 2, bx, by - br // 6], fill=lighter(fill, 0.6))
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


def pattern_pottery(size, rng, colour):
    """A glazed Safi dish seen from above: cobalt rings and petals on white glaze, on a terracotta ground."""
    width, height = size
    image = grain(Image.new("RGB", size, TERRACOTTA), 16)
    draw = ImageDraw.Draw(image)
    cx, cy = width // 2, height // 2
    r = min(width, height) // 2 - 20
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=CREAM, outline=darker(colour, 0.3), width=10)
    petals = rng.choice([8, 10, 12])
    for ring, rr in enumerate([r - 30, r * 2 // 3, r // 3]):
        draw.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], outline=colour, width=8 - ring * 2)
    for i in range(petals):
        angle = 2 * math.pi * i / petals
        points = []
        for t in range(0, 21):
            a = angle + (t - 10) / 10 * (math.pi / petals) * 0.8
            d = r // 3 + (r * 2 // 3 - r // 3) * math.sin(math.pi * t / 20)
            points.append((cx + d * math.cos(a), cy + d * math.sin(a)))
        points.append((cx + r // 3 * math.cos(angle), cy + r // 3 * math.sin(angle)))
        draw.polygon(points, fill=colour)
        dot = r * 5 // 6
        draw.ellipse([cx + dot * math.cos(angle) - 9, cy + dot * math.sin(angle) - 9,
                      cx + dot * math.cos(angle) + 9, cy + dot * math.sin(angle) + 9], fill=SAFFRON)
    draw.ellipse([cx - 24, cy - 24, cx + 24, cy + 24], fill=colour)
    return image


def pattern_wood(size, rng, colour):
    """Thuya burl from Essaouira: dense eyes and rings in red-brown wood, framed by a lemon-wood and ebony inlay."""
    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for __ in range(rng.randint(60, 90)):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randint(6, 40)
        for k in range(r, 0, -5):
            draw.ellipse([x - k * 1.4, y - k, x + k * 1.4, y + k],
                         outline=darker(colour, 0.15 + 0.3 * (k % 10 == 0)), width=2)
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=darker(colour, 0.6))
    image = grain(image.filter(ImageFilter.GaussianBlur(1.5)), 12)
    draw = ImageDraw.Draw(image)
    lemon, ebony = (226, 196, 120), (40, 28, 24)
    band = 36
    draw.rectangle([0, 0, width, band], fill=lemon)
    draw.rectangle([0, height - band, width, height], fill=lemon)
    draw.rectangle([0, 0, band, height], fill=lemon)
    draw.rectangle([width - band, 0, width, height], fill=lemon)
    for x in range(band, width - band, 24):
        diamond(draw, x + 12, band // 2, 10, 10, ebony)
        diamond(draw, x + 12, height - band // 2, 10, 10, ebony)
    for y in range(band, height - band, 24):
        diamond(draw, band // 2, y + 12, 10, 10, ebony)
        diamond(draw, width - band // 2, y + 12, 10, 10, ebony)
    return image


def pattern_cosmetics(size, rng, colour):
    """Still life: amber oil in glass bottles, round soaps, argan nuts and leaves on a warm ground."""
    width, height = size
    image = vertical_gradient(size, lighter(colour, 0.6), lighter(colour, 0.15))
    draw = ImageDraw.Draw(image)
    floor = height * 2 // 3
    draw.rectangle([0, floor, width, height], fill=lighter(SAND, 0.3))
    for i, x in enumerate(range(width // 8, width * 7 // 8, width // 4)):
        bottle_h = rng.randint(height // 3, height // 2)
        bw = width // 10
        top = floor - bottle_h
        draw.rounded_rectangle([x, top + bottle_h // 4, x + bw, floor + 10], radius=18, fill=(200, 140, 40))
        draw.rounded_rectangle([x + bw // 3, top, x + bw * 2 // 3, top + bottle_h // 4 + 4], radius=6,
                               fill=lighter((200, 140, 40), 0.3))
        draw.rectangle([x + bw // 3 - 4, top - 16, x + bw * 2 // 3 + 4, top], fill=CHARCOAL)
        draw.rectangle([x + 8, top + bottle_h // 3, x + 16, floor - 10], fill=lighter((200, 140, 40), 0.5))
    for __ in range(rng.randint(4, 7)):
        x, y = rng.randrange(0, width - 80), rng.randrange(floor + 10, height - 40)
        draw.ellipse([x, y, x + 90, y + 44], fill=rng.choice([CREAM, (230, 210, 170), (140, 150, 90)]))
    for __ in range(rng.randint(8, 14)):
        x, y = rng.randrange(0, width - 30), rng.randrange(floor + 20, height - 20)
        draw.ellipse([x, y, x + 26, y + 18], fill=(120, 76, 40))
    for __ in range(3):
        x, y = rng.randrange(0, width - 120), rng.randrange(floor - 40, height - 40)
        draw.polygon([(x, y), (x + 60, y - 22), (x + 120, y), (x + 60, y + 22)], fill=OLIVE)
    return grain(image, 8)


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


# --- Objects: a craft pattern cut to the shape of the thing sold, with a soft shadow ------------------------------


def shape_mask(size, form):
    width, height = size
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    m = width // 10
    if form == "rug":
        draw.rectangle([m, m * 2, width - m, height - m * 2], fill=255)
        for x in range(m, width - m, 10):  # fringes
            draw.line([(x, m * 2 - 30), (x, m * 2)], fill=255, width=3)
            draw.line([(x, height - m * 2), (x, height - m * 2 + 30)], fill=255, width=3)
    elif form == "cushion":
        draw.rounded_rectangle([m * 2, m * 2, width - m * 2, height - m * 2], radius=m * 2, fill=255)
    elif form == "round":
        draw.ellipse([m, m * 2, width - m, height - m * 2], fill=255)
    elif form == "plate":
        draw.ellipse([m // 2, m // 2, width - m // 2, height - m // 2], fill=255)
    elif form == "drape":
        points = [(m, m)]
        for x in range(m, width - m + 1, m):
            points.append((x, m + (m // 2 if (x // m) % 2 else 0)))
        points += [(width - m, height - m * 3), (width // 2, height - m), (m, height - m * 2)]
        draw.polygon(points, fill=255)
    elif form == "bag":
        draw.rounded_rectangle([m * 2, m * 3, width - m * 2, height - m], radius=m, fill=255)
        draw.arc([m * 3, m, width - m * 3, m * 5], 180, 360, fill=255, width=m // 3)
    elif form == "vase":
        points = []
        for step in range(0, 21):
            t = step / 20
            y = m + t * (height - 2 * m)
            half = width * (0.12 + 0.26 * math.sin(math.pi * (0.15 + 0.85 * t)))
            points.append((width / 2 + half, y))
        points += [(width - x, y) for x, y in reversed(points)]
        draw.polygon(points, fill=255)
    elif form == "basket":
        draw.polygon([(m * 2, m * 4), (width - m * 2, m * 4), (width - m * 3, height - m), (m * 3, height - m)],
                     fill=255)
        draw.arc([m * 3, m, width - m * 3, m * 7], 180, 360, fill=255, width=m // 3)
    elif form == "box":
        draw.rectangle([m * 2, m * 3, width - m * 2, height - m * 3], fill=255)
    elif form == "bottle":
        draw.rounded_rectangle([width // 3, height // 3, width * 2 // 3, height - m], radius=m, fill=255)
        draw.rectangle([width * 5 // 12, m * 2, width * 7 // 12, height // 3 + 10], fill=255)
    elif form == "ring":
        draw.ellipse([m * 2, m * 2, width - m * 2, height - m * 2], fill=255)
        draw.ellipse([m * 3 + m // 2, m * 3 + m // 2, width - m * 3 - m // 2, height - m * 3 - m // 2], fill=0)
    else:
        draw.rectangle([0, 0, width, height], fill=255)
    return mask


def craft_object(size, rng, craft, colour, form, background):
    pattern = PATTERNS[craft](size, rng, colour)
    ground = grain(vertical_gradient(size, lighter(background, 0.2), darker(background, 0.1)), 6)
    mask = shape_mask(size, form)
    shadow = mask.filter(ImageFilter.GaussianBlur(18)).point(lambda v: v * 0.55)
    shadow = ImageChops.offset(shadow, 14, 18)
    ground = Image.composite(Image.new("RGB", size, darker(background, 0.55)), ground, shadow)
    image = Image.composite(pattern, ground, mask)
    if form == "box":  # the lid's lemon-wood edge and the box's darker side
        d = ImageDraw.Draw(image)
        m = size[0] // 10
        d.rectangle([m * 2, m * 3, size[0] - m * 2, size[1] - m * 3], outline=(226, 196, 120), width=16)
        d.rectangle([m * 2, size[1] - m * 3, size[0] - m * 2, size[1] - m * 2], fill=darker(colour, 0.35))
    return image


# --- Scenes: landscapes, workshops, portraits, emblems --------------------------------------------------------------


def landscape_dakhla(size, rng):
    """The Dakhla peninsula: pale sky, turquoise lagoon, white dunes, kite sails and a fishing boat."""
    width, height = size
    image = vertical_gradient(size, (120, 180, 225), (235, 240, 240))
    draw = ImageDraw.Draw(image)
    horizon = height * 45 // 100
    draw.rectangle([0, horizon, width, height], fill=LAGOON)
    for y in range(horizon, height, 14):
        draw.line([(rng.randrange(width), y), (rng.randrange(width), y)], fill=lighter(LAGOON, 0.35), width=2)
    dune = [(0, height)]
    for x in range(0, width + 40, 40):
        dune.append((x, height * 78 // 100 - 60 * math.sin(x / width * math.pi * 1.3) - rng.randint(0, 8)))
    dune.append((width, height))
    draw.polygon(dune, fill=(236, 214, 172))
    far = [(0, horizon)] + [(x, horizon - 18 - 14 * math.sin(x / 90)) for x in range(0, width + 30, 30)]
    draw.polygon(far + [(width, horizon)], fill=(226, 200, 160))
    for __ in range(5):
        x, y = rng.randrange(60, width - 60), rng.randrange(height // 8, horizon - 40)
        colour = rng.choice([(230, 60, 60), SAFFRON, (40, 40, 160), (240, 120, 30)])
        draw.chord([x - 40, y - 18, x + 40, y + 30], 180, 360, fill=colour)
        draw.line([(x - 38, y + 6), (x, y + 90)], fill=CHARCOAL, width=1)
        draw.line([(x + 38, y + 6), (x, y + 90)], fill=CHARCOAL, width=1)
    bx, by = width * 2 // 3, horizon + (height - horizon) // 3
    draw.polygon([(bx, by), (bx + 140, by), (bx + 120, by + 30), (bx + 15, by + 30)], fill=(30, 90, 150))
    draw.rectangle([bx + 10, by - 6, bx + 130, by], fill=CREAM)
    return grain(image, 6)


def landscape_marrakech(size, rng):
    """Red ramparts, palms and the snowy High Atlas behind Marrakech."""
    width, height = size
    image = vertical_gradient(size, (110, 160, 215), (250, 220, 180))
    draw = ImageDraw.Draw(image)
    base = height * 55 // 100
    peaks = [(0, base)]
    x = 0
    while x < width:
        x += rng.randint(80, 180)
        peaks.append((x, base - rng.randint(80, 200)))
    peaks.append((width, base))
    draw.polygon(peaks, fill=(120, 130, 160))
    for px, py in peaks[1:-1]:
        draw.polygon([(px - 28, py + 34), (px, py), (px + 28, py + 34)], fill=(245, 245, 250))
    draw.rectangle([0, base, width, height], fill=(200, 160, 100))
    wall_top = height * 68 // 100
    draw.rectangle([0, wall_top, width, height], fill=(188, 92, 60))
    for x in range(0, width, 40):
        draw.rectangle([x, wall_top - 22, x + 22, wall_top], fill=(188, 92, 60))
    mx = width * 3 // 4
    draw.rectangle([mx, wall_top - 230, mx + 50, wall_top], fill=(196, 120, 80))
    draw.rectangle([mx + 12, wall_top - 260, mx + 38, wall_top - 230], fill=(196, 120, 80))
    for __ in range(7):
        tx = rng.randrange(20, width - 20)
        if abs(tx - mx) < 80:
            continue
        top = wall_top - rng.randint(90, 170)
        draw.line([(tx, wall_top), (tx + rng.randint(-10, 10), top)], fill=(90, 60, 40), width=8)
        for k in range(7):
            angle = math.pi * (1.1 + 0.8 * k / 6)
            draw.line([(tx, top), (tx + 70 * math.cos(angle) * -1, top + 40 * math.sin(angle) * -1 + 30)],
                      fill=(50, 110, 50), width=9)
    draw.rectangle([width // 2 - 40, wall_top + 40, width // 2 + 40, height], fill=(120, 50, 36))
    draw.pieslice([width // 2 - 40, wall_top + 10, width // 2 + 40, wall_top + 80], 180, 360, fill=(120, 50, 36))
    return grain(image, 6)


def landscape_coast(size, rng):
    """The Atlantic coast of Safi and Essaouira: ramparts, blue boats and the ocean."""
    width, height = size
    image = vertical_gradient(size, (140, 190, 230), (230, 235, 240))
    draw = ImageDraw.Draw(image)
    horizon = height // 2
    draw.rectangle([0, horizon, width, height], fill=(40, 100, 150))
    for y in range(horizon, height, 12):
        draw.line([(rng.randrange(width), y), (rng.randrange(width), y)], fill=(120, 170, 210), width=2)
    draw.rectangle([0, horizon - 120, width // 3, horizon + 60], fill=(206, 176, 130))
    for x in range(0, width // 3, 36):
        draw.rectangle([x, horizon - 140, x + 20, horizon - 120], fill=(206, 176, 130))
    for i in range(6):
        bx = width // 3 + 40 + i * (width * 2 // 3 - 80) // 6
        by = horizon + 80 + (i % 2) * 60
        draw.polygon([(bx, by), (bx + 110, by), (bx + 90, by + 28), (bx + 14, by + 28)], fill=(30, 80, 170))
        draw.line([(bx + 4, by + 4), (bx + 106, by + 4)], fill=(230, 60, 40), width=4)
    return grain(image, 6)


LANDSCAPES = {"dakhla": landscape_dakhla, "marrakech": landscape_marrakech, "coast": landscape_coast}


def workshop_scene(size, rng, craft, colour):
    """A horseshoe arch in a lime-washed wall opening onto the craft, a zellige band below."""
    width, height = size
    wall = rng.choice([(232, 214, 186), (214, 150, 110), (240, 236, 226)])
    image = grain(Image.new("RGB", size, wall), 10)
    inside = PATTERNS[craft](size, rng, colour)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    aw = width * 2 // 5
    left, right = (width - aw) // 2, (width + aw) // 2
    top = height // 7
    draw.ellipse([left - aw // 10, top, right + aw // 10, top + aw * 6 // 5], fill=255)
    draw.rectangle([left, top + aw // 2, right, height * 5 // 6], fill=255)
    image = Image.composite(inside, image, mask)
    d = ImageDraw.Draw(image)
    zellige = [COBALT, (40, 120, 80), CREAM, SAFFRON]
    y0 = height * 5 // 6
    cell = 30
    for row, y in enumerate(range(y0, height, cell)):
        for col, x in enumerate(range(0, width, cell)):
            diamond(d, x + cell // 2, y + cell // 2, cell // 2, cell // 2, zellige[(row + col) % 4])
    return image


def portrait(size, rng, colour, garment):
    """An abstract silhouette: no face, only a head and shoulders wrapped in a melhfa, a chèche or a headscarf."""
    width, height = size
    image = vertical_gradient(size, lighter(colour, 0.45), darker(colour, 0.1))
    draw = ImageDraw.Draw(image)
    for __ in range(4):
        r = rng.randint(width // 4, width // 2)
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=lighter(colour, rng.uniform(0.2, 0.6)))
    image = image.filter(ImageFilter.GaussianBlur(30))
    draw = ImageDraw.Draw(image)
    skin = rng.choice([(120, 78, 52), (150, 100, 70), (98, 62, 42)])
    clothes = [INDIGO, (120, 30, 60), (30, 100, 110), (70, 70, 90), (150, 40, 40), (40, 90, 60)]
    clothes.sort(key=lambda c: -sum(abs(a - b) for a, b in zip(c, colour)))  # the cloth stands out from the ground
    cloth = rng.choice(clothes[:3])
    fold = lighter(cloth, 0.25)
    cx = width // 2
    head_r = width // 7
    head_y = height * 38 // 100
    draw.ellipse([cx - width * 0.42, height * 0.62, cx + width * 0.42, height * 1.3], fill=cloth)
    draw.rectangle([cx - head_r // 2, head_y, cx + head_r // 2, head_y + head_r * 2], fill=skin)
    draw.ellipse([cx - head_r, head_y - head_r * 1.2, cx + head_r, head_y + head_r * 1.2], fill=skin)
    if garment == "melhfa":  # the veil over the head, falling over the shoulders
        draw.polygon([(cx - head_r * 1.45, head_y), (cx - width * 0.44, height * 0.78),
                      (cx + width * 0.44, height * 0.78), (cx + head_r * 1.45, head_y)], fill=cloth)
        draw.ellipse([cx - head_r * 1.45, head_y - head_r * 1.6, cx + head_r * 1.45, head_y + head_r * 1.5],
                     fill=cloth)
        for k in range(1, 4):  # folds of the veil on the shoulders
            x = cx - head_r * 1.45 - k * width * 0.05
            draw.line([(x, head_y + head_r * (0.6 + k * 0.4)), (x + head_r * 0.4, height * 0.76)], fill=fold, width=4)
            x = cx + head_r * 1.45 + k * width * 0.05
            draw.line([(x, head_y + head_r * (0.6 + k * 0.4)), (x - head_r * 0.4, height * 0.76)], fill=fold, width=4)
        draw.ellipse([cx - head_r * 0.72, head_y - head_r * 0.95, cx + head_r * 0.72, head_y + head_r], fill=skin)
    elif garment == "cheche":  # the turban wound round the head and over the chin
        draw.ellipse([cx - head_r * 1.2, head_y - head_r * 1.5, cx + head_r * 1.2, head_y - head_r * 0.1], fill=cloth)
        for k in range(3):
            y = head_y - head_r * (1.2 - k * 0.35)
            draw.arc([cx - head_r * 1.1, y - head_r * 0.3, cx + head_r * 1.1, y + head_r * 0.3], 10, 170, fill=fold,
                     width=4)
        draw.rounded_rectangle([cx - head_r * 1.05, head_y + head_r * 0.35, cx + head_r * 1.05,
                                head_y + head_r * 2.3], radius=head_r // 3, fill=cloth)
        draw.polygon([(cx + head_r * 0.6, head_y + head_r), (cx + head_r * 1.6, height * 0.8),
                      (cx + head_r * 0.9, height * 0.8)], fill=cloth)
    elif garment == "scarf":
        draw.chord([cx - head_r * 1.2, head_y - head_r * 1.4, cx + head_r * 1.2, head_y + head_r * 1.4], 150, 390,
                   fill=cloth)
        draw.ellipse([cx - head_r * 0.75, head_y - head_r * 0.8, cx + head_r * 0.75, head_y + head_r], fill=skin)
    else:  # bare head, a collar
        draw.ellipse([cx - head_r * 1.02, head_y - head_r * 1.25, cx + head_r * 1.02, head_y - head_r * 0.2],
                     fill=darker(skin, 0.5))
        draw.ellipse([cx - head_r * 0.95, head_y - head_r * 1.0, cx + head_r * 0.95, head_y + head_r * 1.2],
                     fill=skin)
        draw.polygon([(cx - head_r * 0.6, height * 0.62), (cx, height * 0.72), (cx + head_r * 0.6, height * 0.62)],
                     fill=lighter(cloth, 0.6))
    return grain(image, 6)


def emblem(size, rng, craft, colour):
    """A round emblem for a cooperative: its craft's pattern in a double ring on a plain ground."""
    width, height = size
    image = Image.new("RGB", size, lighter(colour, 0.8))
    pattern = PATTERNS[craft](size, rng, colour)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    m = width // 8
    draw.ellipse([m, m, width - m, height - m], fill=255)
    image = Image.composite(pattern, image, mask)
    draw = ImageDraw.Draw(image)
    draw.ellipse([m, m, width - m, height - m], outline=darker(colour, 0.5), width=14)
    draw.ellipse([m - 18, m - 18, width - m + 18, height - m + 18], outline=colour, width=6)
    return image


def play_overlay(image):
    """The play button of a video poster."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    r = min(width, height) // 8
    cx, cy = width // 2, height // 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(20, 20, 20))
    draw.polygon([(cx - r // 3, cy - r // 2), (cx + r // 2, cy), (cx - r // 3, cy + r // 2)], fill=(255, 255, 255))
    return image


# --- Entry points ---------------------------------------------------------------------------------------------------

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
