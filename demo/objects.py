"""Objects: a craft pattern cut to the shape of the thing sold (rug, cushion, plate, drape, bag, vase, basket, box,
bottle, ring), with a soft shadow on a plain ground."""

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from demo.drawing import darker, grain, lighter, vertical_gradient
from demo.patterns import PATTERNS


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
