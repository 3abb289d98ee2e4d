"""The makers' earnings in Oscar's dashboard (/dashboard/earnings/), for staff only: remittances from Amana
(earnings/remittance_urls.py), commission rates, statements and payouts (earnings/statement_urls.py)."""

from django.urls import path

from earnings import remittance_urls, statement_urls, staff_views

app_name = "earnings-staff"

urlpatterns = [
    path("", staff_views.index, name="index"),
    *remittance_urls.urlpatterns,
    *statement_urls.urlpatterns,
]
