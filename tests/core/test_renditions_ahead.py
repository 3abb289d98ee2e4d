"""Image renditions are made when an image is uploaded and when a page is published (core/renditions.py), so the
first visitor of a page does not wait for AVIF, WebP and JPEG versions of its images to be generated."""

import pytest

from core import renditions
from core.models import SiteRendition
from tests import page_factories as pf

pytestmark = pytest.mark.django_db


def made_for(image):
    return set(SiteRendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def test_an_uploaded_image_gets_its_card_inline_and_thumbnail_renditions(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = pf.image()

    made = made_for(image)

    assert set(renditions.specs(renditions.ON_UPLOAD)) <= made
    assert "format-avif|fill-400x300" in made and "format-jpeg|max-1600x1600" in made


def test_a_published_story_has_the_renditions_of_its_images_before_its_first_visitor(
    client, django_capture_on_commit_callbacks
):
    hero, in_body, in_gallery = pf.image(), pf.image(color=(20, 60, 140)), pf.image(color=(60, 140, 20))
    with django_capture_on_commit_callbacks(execute=True):
        story = pf.story(hero_image=hero, body=[
            {"type": "image", "value": {"image": in_body.pk, "caption": "Le métier", "credit": ""}},
            {"type": "gallery", "value": {"title": "", "images": [{"image": in_gallery.pk, "caption": "",
                                                                  "credit": ""}]}},
        ])
    before = SiteRendition.objects.count()

    assert client.get(story.url).status_code == 200

    assert SiteRendition.objects.count() == before  # nothing left for the visitor's request to make
    assert set(renditions.specs(["hero", "card", "open_graph"])) <= made_for(hero)
    assert set(renditions.specs(["inline"])) <= made_for(in_body)
    assert set(renditions.specs(["thumb"])) <= made_for(in_gallery)


def test_an_artisan_portrait_is_ready_in_every_size_the_site_shows_it(client, django_capture_on_commit_callbacks):
    portrait = pf.image(size=(600, 800))
    region = pf.region()
    with django_capture_on_commit_callbacks(execute=True):
        artisan = pf.artisan(region, portrait=portrait)

    assert set(renditions.specs(["portrait", "avatar", "maker", "workshop"])) <= made_for(portrait)
    before = SiteRendition.objects.count()
    assert client.get(artisan.url).status_code == 200
    assert SiteRendition.objects.count() == before


def test_an_image_whose_file_is_gone_does_not_stop_a_publish(django_capture_on_commit_callbacks):
    image = pf.image()
    image.file.storage.delete(image.file.name)

    with django_capture_on_commit_callbacks(execute=True):
        story = pf.story(hero_image=image)

    assert story.live
