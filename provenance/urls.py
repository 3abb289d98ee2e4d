"""The story of origin of a product, per language (config/urls.py mounts it inside i18n_patterns, before Wagtail's
catch-all); its language-neutral short address /p/<code>/ is in config/urls.py itself."""

from django.urls import path

from provenance import views

app_name = "provenance"

urlpatterns = [
    path("p/<str:code>/", views.provenance_page, name="page"),
]
