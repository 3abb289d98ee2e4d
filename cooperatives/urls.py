"""The joining form, mounted per language by config/urls.py (before Wagtail's catch-all)."""

from django.urls import path

from cooperatives import views

app_name = "joining"

urlpatterns = [
    path("devenir-artisan/", views.join, name="join"),
    path("devenir-artisan/merci/", views.join_thanks, name="thanks"),
]
