"""Amana's cash-on-delivery remittances, under /dashboard/earnings/ (earnings/remittance_views.py)."""

from django.urls import path

from earnings import remittance_views

urlpatterns = [
    path("remittances/", remittance_views.remittance_list, name="remittances"),
    path("remittances/<int:pk>/", remittance_views.remittance_detail, name="remittance"),
    path("remittances/collect/<int:parcel_pk>/", remittance_views.collect, name="collect"),
]
