"""Signals of the order processing that apps above the shop listen to (earnings)."""

import django.dispatch

# Sent inside the transaction that moves a parcel (shop/order/processing.py), with parcel, old_status, new_status.
parcel_status_changed = django.dispatch.Signal()
