"""The site search's PostgreSQL text search configuration (nothing on SQLite, whose FTS5 tokenizer already folds
accents).

`dakhla_search`: words go through `unaccent` (berbère = berbere) and then the French Snowball stemmer (tapis/tapis,
bols/bol; English plurals in -s are stemmed too). Arabic words pass through unchanged (no stemming). One configuration
for the three languages because Wagtail's index holds one vector per object. pg_trgm (for "did you mean") is optional:
if it cannot be created the search works without suggestions.
"""

from django.db import migrations, transaction

CREATE_CONFIG = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'dakhla_search') THEN
        CREATE TEXT SEARCH CONFIGURATION dakhla_search (COPY = pg_catalog.french);
        ALTER TEXT SEARCH CONFIGURATION dakhla_search
            ALTER MAPPING FOR hword, hword_part, word, asciihword, hword_asciipart, asciiword
            WITH unaccent, french_stem;
    END IF;
END
$$;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(CREATE_CONFIG)
    try:
        with transaction.atomic(), schema_editor.connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - optional: suggestions are left out without it
        pass


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS dakhla_search")


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0035_product_lead_time_days")]

    operations = [migrations.RunPython(forwards, backwards)]
