"""Product thumbnails (sorl-thumbnail, behind Oscar's cards) are looked up once per worker (issue #8,
shop/thumbnails.py): the record of a thumbnail made earlier is remembered, and forgotten with the picture."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from sorl.thumbnail import default, get_thumbnail
from sorl.thumbnail.images import ImageFile

from shop import thumbnails
from tests import page_factories as pf

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    thumbnails._remembered.clear()
    product = pf.with_image(pf.product(title="Tapis hanbel"))
    return product.primary_image().original


def test_a_thumbnail_made_once_is_found_again_without_the_cache_or_the_database(photo):
    first = get_thumbnail(photo, "400x400", crop="center", upscale=False)
    cache.clear()  # the shared cache is emptied (a Redis restart): the worker still knows the thumbnail

    with CaptureQueriesContext(connection) as captured:
        again = get_thumbnail(photo, "400x400", crop="center", upscale=False)

    assert again.url == first.url and (again.width, again.height) == (first.width, first.height)
    assert not [query for query in captured.captured_queries if "thumbnail_kvstore" in query["sql"]]


def test_deleting_a_pictures_thumbnails_makes_the_worker_forget_them(photo):
    get_thumbnail(photo, "400x400", crop="center", upscale=False)
    get_thumbnail(photo, "400x400", crop="center", upscale=False)  # now read back, and remembered
    remembered = set(thumbnails._remembered)
    assert remembered

    default.kvstore.delete(ImageFile(photo))

    assert not remembered & set(thumbnails._remembered)
    again = get_thumbnail(photo, "400x400", crop="center", upscale=False)
    assert again.exists()
