"""Production settings: they refuse to start without their secrets and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **environment):
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **environment)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def production_environment():
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "dakhla-market.ma,www.dakhla-market.ma",
        "DATABASE_URL": os.environ.get("DATABASE_URL", "sqlite:///var/check-deploy.sqlite3"),
    }


def test_production_refuses_to_start_without_a_secret_key_and_names_it():
    environment = production_environment()
    del environment["SECRET_KEY"]

    result = manage("check", **environment)

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "ImproperlyConfigured" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    environment = production_environment()
    del environment["ALLOWED_HOSTS"]

    result = manage("check", **environment)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_the_deployment_checklist_reports_nothing_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **production_environment())

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_oscar_cookies_and_static_files_are_production_grade():
    script = (
        "from django.conf import settings as s;"
        "print(s.OSCAR_BASKET_COOKIE_SECURE, s.OSCAR_RECENTLY_VIEWED_COOKIE_SECURE, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.DEBUG, s.STORAGES['staticfiles']['BACKEND'])"
    )
    result = manage("shell", "-v", "0", "-c", script, **production_environment())

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True", "True", "True", "True", "False", "whitenoise.storage.CompressedManifestStaticFilesStorage"
    ]
