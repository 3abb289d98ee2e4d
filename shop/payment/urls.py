"""Language-neutral payment endpoints (config/urls.py mounts them at /payment/cmi/): the gateway's callback, and the
local stand-in for the gateway's payment page (answers 404 unless CMI_STAND_IN_GATEWAY is on)."""

from django.urls import path

from shop.payment import stand_in, views

urlpatterns = [
    path("callback/", views.cmi_callback, name="cmi-callback"),
    path("stand-in/", stand_in.gateway_page, name="cmi-stand-in"),
    path("stand-in/decide/", stand_in.decide, name="cmi-stand-in-decide"),
]
