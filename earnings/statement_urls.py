"""Statements and payouts (earnings/statement_views.py), included by earnings/staff_urls.py (namespace
earnings-staff)."""

from django.urls import path

from earnings import statement_views as views

urlpatterns = [
    path("sellers/", views.seller_list, name="sellers"),
    path("sellers/<int:pk>/", views.seller, name="seller"),
    path("sellers/<int:pk>/rate/", views.set_rate, name="set-rate"),
    path("sellers/<int:pk>/account/", views.save_account, name="account"),
    path("sellers/<int:pk>/<int:year>/<int:month>.pdf", views.statement_pdf, name="statement-pdf"),
    path("sellers/<int:pk>/<int:year>/<int:month>.csv", views.statement_csv, name="statement-csv"),
    path("sellers/<int:pk>/<int:year>/<int:month>/payout/", views.create_payout, name="create-payout"),
    path("payouts/<int:pk>/sent/", views.mark_sent, name="mark-sent"),
    path("entries/<int:pk>/return/", views.record_return, name="record-return"),
]
