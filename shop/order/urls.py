"""Order pages of the storefront (mounted under /<lang>/shop/ by config/urls.py, before Oscar's)."""

from django.urls import path

from shop.order import views

app_name = "shop-orders"

urlpatterns = [
    path("track-order/", views.track_order, name="track"),
]
