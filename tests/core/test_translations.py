"""The project's catalogues are complete for fr, ar and en, and the compiled .mo files match them."""

from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def key(value):
    return tuple(value) if isinstance(value, (list, tuple)) else value


def translated(message):
    return all(message.string) if isinstance(message.string, tuple) else bool(message.string)


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_catalogue_has_no_untranslated_or_fuzzy_entry(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po, locale=language)

    untranslated = [message.id for message in catalog if message.id and not translated(message)]
    fuzzy = [message.id for message in catalog if message.id and message.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_compiled_catalogue_matches_its_source(language):
    directory = LOCALE / language / "LC_MESSAGES"
    with open(directory / "django.po", "rb") as po:
        source = {key(message.id): key(message.string) for message in read_po(po, locale=language) if message.id}
    with open(directory / "django.mo", "rb") as mo:
        compiled = {key(message.id): key(message.string) for message in read_mo(mo) if message.id}

    assert compiled == source, "run `make messages` to recompile the catalogues"
