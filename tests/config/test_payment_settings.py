"""Card payment in production: credentials from the environment, a refusal to start without them, no stand-in."""

from tests.config.test_settings import manage, production_environment

SCRIPT = (
    "from django.conf import settings as s;"
    "print(s.CARD_PAYMENT_ENABLED, s.CMI_STAND_IN_GATEWAY, s.CMI_CLIENT_ID, s.TASKS['shop']['BACKEND'])"
)


def test_production_refuses_to_start_when_card_payment_lacks_its_cmi_credentials():
    result = manage("check", **production_environment(), CMI_CLIENT_ID="600001234")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "CMI_STORE_KEY" in result.stderr and "CMI_GATEWAY_URL" in result.stderr


def test_production_reads_the_cmi_credentials_and_never_serves_the_stand_in():
    environment = dict(
        production_environment(), CMI_CLIENT_ID="600001234", CMI_STORE_KEY="k" * 20,
        CMI_GATEWAY_URL="https://testpayment.cmi.co.ma/fim/est3Dgate",
    )
    result = manage("shell", "-c", SCRIPT, **environment)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["True", "False", "600001234", "django_tasks_db.DatabaseBackend"]


def test_production_without_cmi_offers_no_card_payment():
    result = manage("shell", "-c", SCRIPT, **production_environment())

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split()[:2] == ["False", "False"]
