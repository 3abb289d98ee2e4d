"""Scenes: a workshop seen through an arch, abstract portraits (no face), a cooperative's emblem, and the play
button of a video poster."""

from PIL import Image, ImageDraw, ImageFilter

from demo.drawing import COBALT, CREAM, INDIGO, SAFFRON, darker, diamond, grain, lighter, vertical_gradient
from demo.patterns import PATTERNS


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
