"""A visitor reading the shop in Arabic (and a maker in Oscar's dashboard) meets no English left over from Oscar.

Oscar's own Arabic catalogue is about 80% translated, and some of its "translations" are the English text itself.
Every string of the Oscar templates a visitor or maker meets
(storefront, emails, the dashboard's orders and products pages), and the few messages of Oscar's code listed in
shop/oscar_strings.py, must have an Arabic translation, from Oscar's catalogue or from the project's (locale/ar).
"""

import re
from pathlib import Path

import oscar
import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from django.utils import translation
from django.utils.translation import trans_real

OSCAR = Path(oscar.__file__).resolve().parent

# Oscar's templates a visitor or a maker meets (paths under templates/oscar/).
VISITOR_TEMPLATES = (
    "basket/",
    "checkout/",
    "catalogue/",
    "customer/",
    "order/",
    "search/",
    "partials/",
    "communication/emails/",
    "layout.html",
    "base.html",
    "dashboard/layout.html",
    "dashboard/index.html",
    "dashboard/partials/",
    "dashboard/table.html",
    "dashboard/orders/",
    "dashboard/catalogue/product_update",
    "dashboard/catalogue/product_delete",
    "dashboard/catalogue/product_list",
    "dashboard/catalogue/product_row",
    "dashboard/catalogue/messages/product_saved",
)


def oscar_catalogue(language):
    with open(OSCAR / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po, locale=language)


def met_by_visitors(message):
    prefix = "templates/oscar/"
    return any(
        filename.startswith(prefix) and filename[len(prefix) :].startswith(VISITOR_TEMPLATES)
        for filename, _ in message.locations
    )


def first_id(message):
    return message.id if isinstance(message.id, str) else message.id[0]


def catalogue_keys(message):
    """The keys under which gettext's merged catalogue holds the message's translation."""
    ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
    singular = f"{message.context}\x04{ids[0]}" if message.context else ids[0]
    if len(ids) > 1:
        return [(singular, index) for index in range(6)]
    return [singular]


def translated(value, message):
    """A translation, not a copy of the English (Oscar's Arabic catalogue has some of those)."""
    return bool(value) and (value != first_id(message) or not re.search("[A-Za-z]", value))


def untranslated_in_arabic(messages):
    catalogue = trans_real.translation("ar")._catalog
    return sorted(
        first_id(message)
        for message in messages
        if not all(translated(catalogue.get(key), message) for key in catalogue_keys(message))
    )


def test_every_string_of_oscars_visitor_templates_is_translated_in_arabic():
    messages = [message for message in oscar_catalogue("ar") if message.id and met_by_visitors(message)]
    assert len(messages) > 500  # the selection found Oscar's templates

    with translation.override("ar"):
        assert untranslated_in_arabic(messages) == []


def test_every_oscar_message_the_project_marks_is_translated_in_arabic():
    """shop/oscar_strings.py also marks messages of Oscar's code (forms, order views) shown to visitors and makers."""
    keywords = {"gettext_noop": None, "pgettext_lazy": ((1, "c"), 2), "ngettext_lazy": (1, 2)}
    with open(Path(__file__).resolve().parents[2] / "shop" / "oscar_strings.py", "rb") as source:
        marked = {
            (context, ids if isinstance(ids, str) else ids[0])
            for _, ids, _, context in extract("python", source, keywords=keywords)
        }
    messages = [message for message in oscar_catalogue("ar") if message.id and (message.context, first_id(message)) in marked]
    assert len(messages) == len(marked) > 100

    with translation.override("ar"):
        assert untranslated_in_arabic(messages) == []


@pytest.mark.parametrize(
    "msgid, arabic",
    [
        ("Previous", "السابق"),
        ("Next", "التالي"),
        ("Update quantities", "تحديث الكميات"),
        ("Change order status", "تغيير حالة الطلب"),
    ],
)
def test_a_visitor_reads_oscars_gaps_in_arabic(msgid, arabic):
    with translation.override("ar"):
        assert translation.gettext(msgid) == arabic
