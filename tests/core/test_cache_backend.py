"""The Redis cache of production (config/settings/base.py, `redis_cache`: django-redis) against a real redis-server.

A round trip goes through Redis under the project's key prefix; when Redis goes away the cache answers misses (the
default) instead of raising, so a Redis outage costs speed, not a 500 on every page.
"""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import cache, caches
from django.test import Client, override_settings

from config.settings.base import redis_cache
from core import page_cache
from tests import page_factories as pf

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not on PATH")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(port):
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def redis_server(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not answers(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"redis-server did not start on port {port}")
        time.sleep(0.05)
    try:
        with override_settings(CACHES={"default": redis_cache(f"redis://127.0.0.1:{port}/0", "dakhla")}):
            yield process, port
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def stop(process):
    process.terminate()
    process.wait(timeout=10)


def test_the_cache_round_trips_through_redis_and_answers_misses_once_redis_is_down(redis_server):
    import redis
    from django_redis.cache import RedisCache

    process, port = redis_server
    assert isinstance(caches["default"], RedisCache)

    cache.set("greeting", {"fr": "Bonjour", "ar": "مرحبا"}, 60)
    assert cache.get("greeting") == {"fr": "Bonjour", "ar": "مرحبا"}
    assert cache.get_many(["greeting", "absent"]) == {"greeting": {"fr": "Bonjour", "ar": "مرحبا"}}
    assert cache.add("counter", 1) and cache.incr("counter") == 2
    assert redis.Redis(port=port).exists("dakhla:1:greeting")  # the project's KEY_PREFIX is kept

    stop(process)

    assert cache.get("greeting", "missed") == "missed"
    assert cache.get_many(["greeting", "counter"]) == {}
    cache.set("greeting", "Salut", 60)  # no exception: the write is lost
    assert cache.get("greeting") is None


@pytest.mark.django_db
def test_pages_are_still_served_while_redis_is_down(redis_server):
    process, __ = redis_server
    story = pf.story(title="Le tapis hanbel", introduction="Une histoire de laine.")
    Client().get("/fr/shop/basket/")  # creates the site settings rows (a write, which makes cached pages stale)
    with override_settings(PAGE_CACHE_ENABLED=True):
        Client().get(story.url)
        assert Client().get(story.url).headers[page_cache.HEADER] == "hit"

        stop(process)
        page = Client().get(story.url)
        story.title = "Le tapis hanbel de Dakhla"
        story.save_revision().publish()  # invalidating the page cache does not fail either
        after = Client().get(story.url)

    assert (page.status_code, page.headers[page_cache.HEADER]) == (200, "miss")
    assert "Le tapis hanbel" in page.content.decode()
    assert after.status_code == 200 and "Le tapis hanbel de Dakhla" in after.content.decode()
