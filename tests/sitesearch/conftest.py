"""Shared by test_search.py and test_search_bad_input.py (their `pytestmark` uses it)."""

import pytest


@pytest.fixture
def language_is_restored():
    """Requests to /en/ or /ar/ leave that language active in this thread: give the next tests back their own."""
    from django.utils import translation

    language = translation.get_language()
    yield
    translation.activate(language)
