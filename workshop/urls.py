"""The artisans' workshop, mounted per language by config/urls.py (before Wagtail's catch-all)."""

from django.urls import path

from workshop import views

app_name = "workshop"

urlpatterns = [
    path("atelier/", views.home, name="home"),
    path("atelier/welcome/", views.after_login, name="after-login"),
    path("atelier/products/", views.product_list, name="products"),
    path("atelier/products/new/", views.product_edit, name="product-add"),
    path("atelier/products/<int:pk>/", views.product_edit, name="product-edit"),
    path("atelier/my-page/", views.page_edit, name="page"),
    path("atelier/help/", views.help_page, name="help"),
]
