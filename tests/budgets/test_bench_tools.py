"""The page benchmark's own parts (scripts/bench, `make bench`): reading wrk's reports, the tables, the assets of a
page, and a tiny catalogue generation proving the generator makes what it says."""

import pytest

from scripts.bench import report, wrk
from scripts.bench.probe import assets

# Real reports of Debian's wrk 4 (`wrk -t2 -c16 -d2s --latency`) against a local server.
WRK_OK = """Running 2s test @ http://127.0.0.1:18777/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    31.61ms  110.00ms 845.39ms   94.60%
    Req/Sec   578.90    267.14     0.96k    70.00%
  Latency Distribution
     50%    5.42ms
     75%    8.56ms
     90%   29.07ms
     99%  679.73ms
  1747 requests in 2.01s, 319.03KB read
Requests/sec:    870.75
Transfer/sec:    159.01KB
"""

WRK_NOT_FOUND = """Running 2s test @ http://127.0.0.1:18777/missing
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    19.71ms   81.63ms 837.98ms   95.44%
    Req/Sec     0.92k   509.95     1.77k    61.29%
  Latency Distribution
     50%    3.25ms
     75%    5.86ms
     90%   10.63ms
     99%  503.15ms
  2882 requests in 2.01s, 1.43MB read
  Non-2xx or 3xx responses: 2882
Requests/sec:   1434.55
Transfer/sec:    728.48KB
"""

# A slow server: latencies in seconds and microseconds, and wrk's socket error line (connect, read, write, timeout).
WRK_SLOW = """Running 10s test @ http://127.0.0.1:40111/fr/shop/basket/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.21s   301.22ms   1.98s    70.00%
    Req/Sec     6.10      4.20    20.00     80.00%
  Latency Distribution
     50%    1.02s
     75%    1.40s
     90%    1.71s
     99%  950.00us
  118 requests in 10.02s, 2.40MB read
  Socket errors: connect 0, read 2, write 0, timeout 5
  Non-2xx or 3xx responses: 3
Requests/sec:     11.78
Transfer/sec:    245.10KB
"""


def test_a_wrk_report_gives_throughput_and_latency_percentiles():
    result = wrk.parse(WRK_OK)
    assert result.requests == 1747
    assert result.seconds == pytest.approx(2.01)
    assert result.requests_per_second == pytest.approx(870.75)
    assert result.p50_ms == pytest.approx(5.42)
    assert result.p99_ms == pytest.approx(679.73)
    assert result.non_2xx == 0 and result.socket_errors == 0 and result.failures == 0


def test_error_responses_and_socket_errors_count_as_failures():
    assert wrk.parse(WRK_NOT_FOUND).non_2xx == 2882
    slow = wrk.parse(WRK_SLOW)
    assert (slow.non_2xx, slow.socket_errors, slow.failures) == (3, 7, 10)
    assert slow.p50_ms == pytest.approx(1020.0)
    assert slow.p99_ms == pytest.approx(0.95)


def test_durations_in_every_unit_wrk_prints():
    assert wrk.duration_ms("950.00us") == pytest.approx(0.95)
    assert wrk.duration_ms("77.64ms") == pytest.approx(77.64)
    assert wrk.duration_ms("1.50s") == pytest.approx(1500)
    assert wrk.duration_ms("2.00m") == pytest.approx(120_000)
    with pytest.raises(ValueError):
        wrk.duration_ms("fast")


def test_what_is_not_a_wrk_report_is_refused():
    with pytest.raises(ValueError):
        wrk.parse("unable to connect to 127.0.0.1:18777 Connection refused\n")


def test_the_wrk_command_is_bounded_and_carries_the_basket_cookie():
    command = wrk.command("http://127.0.0.1:9/fr/shop/basket/", 10, headers=["Cookie: oscar_open_basket=1:abc"])
    assert command[:6] == ["wrk", "-t2", "-c16", "-d10s", "--timeout=10s", "--latency"]
    assert command[6:] == ["-H", "Cookie: oscar_open_basket=1:abc", "http://127.0.0.1:9/fr/shop/basket/"]


def test_the_table_marks_missed_and_met_targets():
    rows = [
        report.Row("story", 200, rps=250.4, p50_ms=40.0, p99_ms=120.0, non_2xx=0, queries=14, cpu_ms=7.25,
                   html_bytes=40_000,
                   html_gzip_bytes=8_000, weight_gzip_bytes=20_000, weight_checked=True),
        report.Row("search", 60, rps=12.3, p50_ms=900.0, p99_ms=1500.0, non_2xx=4, queries=90, html_bytes=50_000,
                   html_gzip_bytes=9_000, weight_gzip_bytes=200_000, weight_checked=False, error="answered 500"),
        report.Row("product", 110, rps=None, weight_gzip_bytes=160 * 1024, weight_checked=True),
        report.Row("layout", None, rps=330.0, p50_ms=45.0, p99_ms=60.0, non_2xx=0, queries=1, cpu_ms=5.5),
    ]
    table = report.format_table("uncached", rows).splitlines()
    assert table[0] == "uncached"
    assert table[1].split()[:4] == ["page", "target", "r/s", "r/s"]
    story, search, error, product, layout = table[3:]
    assert story.split() == ["story", "200", "250.4", "ok", "40.0", "120.0", "ok", "0", "ok", "14", "7.2", "39.1",
                             "7.8", "19.5", "ok"]
    assert search.split() == ["search", "60", "12.3", "MISS", "900.0", "1500.0", "MISS", "4", "MISS", "90", "-",
                              "48.8", "8.8", "195.3"]  # no weight target on the search page
    assert error.strip() == "! answered 500"
    assert product.split()[-2:] == ["160.0", "MISS"]
    # The reference page (the layout alone) is measured, marked "ref", and neither met nor missed.
    assert layout.split()[:5] == ["layout", "-", "330.0", "ref", "45.0"]
    assert report.summary(rows) == (1, 2)


def test_worker_memory_is_reported_with_its_growth():
    text = report.format_memory([("uncached", {10: 160_000}), ("cached r1", {20: 150_000, 21: 151_000}),
                                 ("cached r2", {20: 153_072, 21: 300_000})])
    assert "pid 10 156 MB ok" in text
    assert "pid 21 293 MB MISS" in text
    assert "pid 20 +3.0 MB" in text


def test_a_page_weight_counts_its_stylesheets_and_scripts_but_not_images_or_icons():
    html = """<html><head>
        <link rel="stylesheet" href="/static/site/css/site.abc.css">
        <link rel="icon" href="/static/site/icon.svg">
        <link rel="preload" as="style" href="/static/extra.css">
        <link rel="preload" as="image" href="/media/hero.avif">
        <link rel="modulepreload" href="/static/site/js/module.js">
        <script src="/static/site/js/site.js" defer></script><script>inline()</script>
        </head><body><img src="/media/a.jpg"><link rel="stylesheet" href="/static/site/css/site.abc.css"></body></html>"""
    assert assets(html) == ["/static/site/css/site.abc.css", "/static/extra.css", "/static/site/js/module.js",
                            "/static/site/js/site.js"]


@pytest.mark.django_db
def test_a_tiny_generation_makes_the_catalogue_it_announces(client):
    """Regions, cooperatives in them, artisans in the cooperatives, products with everything a card shows,
    stories with text, images and product cards: and a generated story renders."""
    from oscar.core.loading import get_model
    from wagtail.models import ReferenceIndex

    from cooperatives.models import ArtisanPage, CooperativePage, RegionPage
    from scripts.bench import generate
    from stories.models import StoryPage

    Product = get_model("catalogue", "Product")
    counts = generate.Counts(products=20, artisans=5, cooperatives=2, stories=3, regions=2, pictures=1)
    result = generate.generate(counts, log=lambda *a: None)

    assert generate.matches(counts, generate.existing_counts())
    assert RegionPage.objects.count() == 2
    for cooperative in CooperativePage.objects.all():
        assert isinstance(cooperative.get_parent().specific, RegionPage)
        assert cooperative.partner is not None
    members = ArtisanPage.objects.filter(depth=RegionPage.objects.first().depth + 2)
    assert members.count() == 4  # a fifth of the artisans are independent, under a region, with their own partner
    assert ArtisanPage.objects.exclude(partner=None).count() == 1

    products = Product.objects.filter(upc__startswith=generate.UPC_PREFIX)
    assert len(result.product_ids) == products.count() == 20
    for product in products.prefetch_related("stockrecords", "images", "categories"):
        assert product.artisan_id and product.craft_id and product.weight_grams
        assert product.stockrecords.get().price > 0
        assert product.images.exists() and product.categories.exists()

    story = StoryPage.objects.live().first()
    kinds = [block.block_type for block in story.body]
    assert {"paragraph", "image", "gallery", "product", "artisan"} <= set(kinds)
    mentioned = ReferenceIndex.get_references_for_object(story).filter(model_path="body.product.product")
    assert mentioned.values("to_object_id").distinct().count() == kinds.count("product")
    response = client.get(story.url)
    assert response.status_code == 200
    assert story.title in response.content.decode()
