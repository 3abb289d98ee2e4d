import os
import shutil

import pytest
from django.contrib.auth import get_user_model

from tests import factories

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Keep Chromium on loopback: it still looks up Google hosts otherwise (shared notes).
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
]
ARTIFACTS = os.path.join(os.path.dirname(__file__), "artifacts")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The reused test database must keep what data migrations wrote (Wagtail's root page, the home page, groups).

    Browser tests run against a live server, so they commit and the database is flushed after them. At the end of
    the session the post-migration contents that Django serialized at setup are written back, so that the next
    `--reuse-db` run starts from the same state.
    """
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection
    from wagtail.models import Page

    with django_db_blocker.unblock():
        if not Page.objects.filter(depth=1).exists():
            pytest.exit(
                "The reused test database lost its migration data (an interrupted browser test?): "
                "run `make test PYTEST_ADDOPTS=--create-db` once.",
                returncode=3,
            )
    yield
    serialized = getattr(connection, "_test_serialized_contents", None)
    if serialized:
        with django_db_blocker.unblock():
            if not Page.objects.filter(depth=1).exists():
                call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
                connection.creation.deserialize_db_from_string(serialized)
                # Rows came back with their primary keys: move PostgreSQL's sequences past them, as loaddata does.
                statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
                with connection.cursor() as cursor:
                    for statement in statements:
                        cursor.execute(statement)


@pytest.fixture(autouse=True)
def default_language():
    """A request to /ar/ or /en/ leaves its language active in the thread; every test starts in French."""
    from django.utils import translation

    translation.activate("fr")
    yield
    translation.activate("fr")


@pytest.fixture
def administrator(db):
    return get_user_model().objects.create_superuser("chef", "chef@example.ma", "motdepasse-chef")


@pytest.fixture
def morocco(db):
    return factories.morocco()


@pytest.fixture
def carpet(db):
    return factories.product_in_stock(title="Tapis hanbel en laine", price="1850.00", stock=5)


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium, headless, driven by Playwright for Python. Missing chromium fails in CI, skips elsewhere."""
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    # Playwright's sync API runs an event loop in this thread; the live server's ORM calls happen in its own thread.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def artifacts_dir():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def migration_data(django_db_setup, django_db_blocker):
    """What the migrations wrote (Wagtail's root page and Site, the groups, the moderation workflow), captured before
    Chromium starts. Once Playwright's event loop runs in this thread, the database connection seen by the tests is
    not the one Django serialized at setup, so `serialized_rollback` restores nothing after the first journey."""
    from django.db import connection

    contents = getattr(connection, "_test_serialized_contents", None)
    if not contents:
        with django_db_blocker.unblock():
            contents = connection.creation.serialize_db_to_string()
    return contents


@pytest.fixture
def with_migration_data(migration_data):
    """Put the migration data back when an earlier browser test's flush left the database empty."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection
    from wagtail.models import Site

    if not Site.objects.exists():
        from django.core.management import call_command

        # The flush re-created content types and permissions under new ids: start from empty tables.
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(migration_data)
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


# -- Tiers ------------------------------------------------------------------------------------------------------
# Every test gets one tier marker from what it uses, so `make test-fast` (unit + integration) needs no bookkeeping:
# browser (marked by hand: Chromium), budgets (query budgets and the bench tools), functional (Django's test client
# or a live server: real HTTP through the whole stack), integration (the database), unit (none of these).
HTTP_FIXTURES = {"client", "admin_client", "live_server", "committing_client"}
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def tier_of(item):
    if item.get_closest_marker("browser"):
        return "browser"
    if item.path.parent.name == "budgets":
        return "budgets"
    fixtures = set(getattr(item, "fixturenames", ()))
    if fixtures & HTTP_FIXTURES:
        return "functional"
    if item.get_closest_marker("django_db") or fixtures & DATABASE_FIXTURES:
        return "integration"
    return "unit"


def pytest_collection_modifyitems(config, items):
    for item in items:
        item.add_marker(getattr(pytest.mark, tier_of(item)))
