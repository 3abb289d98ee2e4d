"""Oscar's dashboard (/dashboard/, no language prefix) speaks each user's preferred language.

The preference is the one Wagtail's admin already follows: the user's Wagtail profile (Account > Preferences >
Language). Without one, Django's LocaleMiddleware has already chosen from the language cookie or the browser.
"""

from django.conf import settings
from django.utils import translation

DASHBOARD_PREFIX = "/dashboard/"


def preferred_language(user):
    if not user.is_authenticated:
        return None
    try:
        language = user.wagtail_userprofile.preferred_language
    except Exception:  # no profile yet (RelatedObjectDoesNotExist)
        return None
    return language if language in dict(settings.LANGUAGES) else None


class DashboardLanguageMiddleware:
    """After AuthenticationMiddleware: on dashboard pages, activate the signed-in user's preferred language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(DASHBOARD_PREFIX):
            language = preferred_language(request.user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
