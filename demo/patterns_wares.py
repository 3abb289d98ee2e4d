"""Craft patterns of the wares: chased silver, a glazed Safi dish, thuya burl with its inlay, and the argan oil and
soaps of the cosmetics cooperatives (the registry of all patterns is demo.patterns.PATTERNS)."""

import math

from PIL import Image, ImageDraw, ImageFilter

from demo.drawing import (
    CHARCOAL,
    CREAM,
    OLIVE,
    SAFFRON,
    SAND,
    SILVER,
    TERRACOTTA,
    darker,
    diamond,
    grain,
    lighter,
    mix,
    vertical_gradient,
)


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
