"""Pages in several languages, made the way editors make them: wagtail-localize's synchronised trees (aliases) and
its translation editor (a PO file of the page's strings, then "publish")."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.locales import synchronize_trees


def synchronise():
    """The Arabic and English trees, as wagtail-localize keeps them: an alias of every French page."""
    synchronize_trees()


def version(page, language):
    """The page's version (alias or translation) in `language`, specific."""
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def translate(page, language, **strings):
    """Translate `page` into `language` as an editor does in wagtail-localize's editor: each field named in
    `strings` (title="...", slug="...", introduction="...") gets its translation, the others keep the French text;
    then the translation is published. Returns the translated page."""
    source, __ = TranslationSource.get_or_create_from_instance(page)
    translation, __ = Translation.objects.get_or_create(source=source,
                                                        target_locale=Locale.objects.get(language_code=language))
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt in strings:
            entry.msgstr = strings[entry.msgctxt]
    translation.import_po(po)
    translation.save_target(publish=True)
    return version(page, language)
