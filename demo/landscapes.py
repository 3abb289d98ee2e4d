"""Landscapes of the regions: the Dakhla peninsula, Marrakech under the High Atlas, the Atlantic coast of Safi and
Essaouira."""

import math

from PIL import ImageDraw

from demo.drawing import CHARCOAL, CREAM, LAGOON, SAFFRON, grain, lighter, vertical_gradient


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
