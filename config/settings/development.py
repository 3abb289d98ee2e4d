"""A developer's machine: DEBUG on, a throw-away secret, emails printed to the console."""

import warnings

from .base import *  # noqa: F401,F403
from .base import env_bool, require_secret_key

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = require_secret_key(DEBUG)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Demo logins use fixed passwords: only ever on a development machine.
DEMO_PASSWORDS_ALLOWED = True

# Static files come from the finders here (no collectstatic): whitenoise need not warn that STATIC_ROOT is empty.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# Payments offline: the local stand-in plays CMI's payment page with a test store key, and a demo bank account.
CMI_STAND_IN_GATEWAY = DEBUG
if CMI_STAND_IN_GATEWAY and not CMI_CLIENT_ID:  # noqa: F405
    CMI_CLIENT_ID = "600000000"
    CMI_STORE_KEY = "dakhla-stand-in-store-key"
    CARD_PAYMENT_ENABLED = True
SHOP_BANK_TRANSFER = dict(SHOP_BANK_TRANSFER)  # noqa: F405
if not SHOP_BANK_TRANSFER["rib"]:
    SHOP_BANK_TRANSFER.update(bank="Banque Démo", rib="000 000 0000000000000000 00", swift="DEMOMAMC")
