"""Pictures in the variants of core.renditions.VARIANTS ({% variant_picture %}), and their renditions prefetched for a
whole page in one query (core.queries.prefetch_renditions)."""

import re

import pytest
from django.template import engines

from core import queries, renditions
from tests import page_factories as pf

pytestmark = pytest.mark.django_db

PICTURES = ["hero", "portrait", "avatar", "inline", "thumb", "card"]


def render(source, **context):
    return engines["django"].from_string("{% load site_images %}" + source).render(context)


def picture(image, variant, eager=None):
    return render("{% variant_picture image variant eager=eager %}", image=image, variant=variant, eager=eager)


@pytest.fixture
def photo():
    return pf.image(size=(2000, 1500))


@pytest.mark.parametrize("variant", PICTURES)
def test_a_variant_is_an_avif_and_webp_picture_with_a_jpeg_fallback_in_two_widths(photo, variant):
    html = picture(photo, variant)
    shown = renditions.VARIANTS[variant]
    widths = [re.search(r"-(\d+)x", spec).group(1) for spec in renditions.specs([variant]) if "jpeg" in spec]

    sources = re.findall(r"<source [^>]+>", html)
    assert [re.search(r'type="([^"]+)"', source).group(1) for source in sources] == ["image/avif", "image/webp"]
    assert all(f'sizes="{shown.sizes}"' in source for source in sources)
    img = re.search(r"<img [^>]+>", html).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert re.findall(r"\.jpg (\d+)w", img) == widths and len(widths) == 2
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'alt="Des mains nouent la laine d&#x27;un tapis"' in img
    assert f'class="{shown.css_class}"' in img and f'sizes="{shown.sizes}"' in img
    assert 'loading="lazy"' in img


@pytest.mark.parametrize("variant", PICTURES)
def test_only_the_hero_and_the_portrait_ask_for_priority_when_eager(photo, variant):
    eager = re.search(r"<img [^>]+>", picture(photo, variant, eager=True)).group(0)
    lazy = re.search(r"<img [^>]+>", picture(photo, variant)).group(0)

    assert 'loading="eager"' in eager
    if variant in ("hero", "portrait"):
        assert 'fetchpriority="high"' in eager and 'fetchpriority="auto"' in lazy
    else:
        assert "fetchpriority" not in eager + lazy


def test_no_image_shows_nothing_and_an_unknown_variant_is_refused(photo):
    assert picture(None, "card") == ""
    with pytest.raises(ValueError, match="banner"):
        picture(photo, "banner")


def test_the_renditions_of_a_page_come_in_one_query_and_pictures_need_no_more(photo, django_assert_num_queries):
    other = pf.image(color=(20, 60, 140))
    picture(photo, "hero"), picture(photo, "card"), picture(other, "card"), picture(other, "thumb")  # made
    hero, card_of_hero, card, thumb_only = (queries.fetch_images([image.pk])[image.pk]
                                            for image in (photo, photo, other, other))

    with django_assert_num_queries(1):
        queries.prefetch_renditions(hero=[hero, None], card=[card_of_hero, card], thumb=[thumb_only])
    with django_assert_num_queries(0):
        html = "".join([picture(hero, "hero", eager=True), picture(card_of_hero, "card"), picture(card, "card"),
                        picture(thumb_only, "thumb")])

    assert html.count("<picture>") == 4
    # each image gets the renditions of the variants the page shows it in, and no others
    for image, variants in ((hero, ["hero", "card"]), (card_of_hero, ["hero", "card"]), (card, ["card", "thumb"]),
                            (thumb_only, ["card", "thumb"])):
        assert {r.filter_spec for r in image.prefetched_renditions} == set(renditions.specs(variants))


def test_the_maker_card_and_the_workshop_show_the_portrait_from_the_same_table(photo):
    maker = render('{% variant_picture image "maker" %}', image=photo)
    workshop = render('{% variant_image image "workshop" %}', image=photo)

    assert 'type="image/avif"' in maker and 'class="maker-card__portrait"' in maker and 'decoding="async"' in maker
    assert workshop.startswith("<img") and 'class="workshop-portrait"' in workshop and 'width="160"' in workshop
    assert set(renditions.specs(["maker", "workshop"])) <= {r.filter_spec for r in photo.renditions.all()}
