"""The makers' workshop, mounted per language by config/urls.py (before Wagtail's catch-all)."""

from django.urls import path

from workshop import earnings_views, parcel_views, tag_views, views

app_name = "workshop"

urlpatterns = [
    path("atelier/", views.home, name="home"),
    path("atelier/welcome/", views.after_login, name="after-login"),
    path("atelier/products/", views.product_list, name="products"),
    path("atelier/products/new/", views.product_edit, name="product-add"),
    path("atelier/products/<int:pk>/", views.product_edit, name="product-edit"),
    path("atelier/my-page/", views.page_edit, name="page"),
    path("atelier/cooperative/<int:pk>/", views.cooperative_edit, name="cooperative"),
    path("atelier/members/", views.members, name="members"),
    path("atelier/parcels/", parcel_views.parcel_list, name="parcels"),
    path("atelier/parcels/<int:pk>/", parcel_views.parcel_detail, name="parcel"),
    path("atelier/tags/", tag_views.tag_list, name="tags"),
    path("atelier/tags/sheet.pdf", tag_views.tag_sheet, name="tag-sheet"),
    path("atelier/help/", views.help_page, name="help"),
    path("atelier/earnings/", earnings_views.earnings, name="earnings"),
    path("atelier/earnings/<int:year>/<int:month>/", earnings_views.earnings, name="earnings-month"),
    path("atelier/earnings/<int:year>/<int:month>.pdf", earnings_views.earnings_pdf, name="earnings-pdf"),
    path("atelier/earnings/<int:year>/<int:month>.csv", earnings_views.earnings_csv, name="earnings-csv"),
]
