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
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def artifacts_dir():
    os.makedirs(ARTIFACTS, exist_ok=True)
    return ARTIFACTS
