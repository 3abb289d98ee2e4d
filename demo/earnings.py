"""A month of earnings for the demo, so the earnings screens are not empty: three delivered orders (one paid by bank
transfer, two cash on delivery), Amana's remittance of the two parcels' cash, and a payout to the transfer's seller.

Written with the ORM (the checkout and the order processing would email the buyer): orders and parcels are created
already delivered, then the ledger is written the way its triggers write it (earnings.ledger). Idempotent: orders are
looked up by their number, the remittance by its file's SHA-256, the payout by its seller and statement end."""

import hashlib
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

from earnings import ledger
from earnings.bank import rib_key
from earnings.models import PayeeAccount, Payout, Remittance, RemittanceLine
from earnings.payouts import create_payout
from shop.order import statuses
from shop.payment.methods import BANK_TRANSFER, CASH_ON_DELIVERY

Order = get_model("order", "Order")
Line = get_model("order", "Line")
FulfilmentGroup = get_model("order", "FulfilmentGroup")

SHIPPING = Decimal("35.00")
# number, payment method, [(product UPC, quantity)], Amana tracking number
ORDERS = [
    ("DEMO-100001", BANK_TRANSFER, [("DM-TAP-003", 1)], "RR100000001MA"),
    ("DEMO-100002", CASH_ON_DELIVERY, [("DM-TAP-002", 2)], "RR100000002MA"),
    ("DEMO-100003", CASH_ON_DELIVERY, [("DM-TAP-005", 1)], "RR100000003MA"),
]
REMITTANCE_FILE = "amana-remise-demo.csv"
BANK_TOWN_ACCOUNT = "0117800000012345678901"  # bank (3), town (3), account (16): the key is computed


def demo_rib():
    return f"{BANK_TOWN_ACCOUNT}{rib_key(BANK_TOWN_ACCOUNT):02d}"


def _order(number, method, items, tracking, products):
    """The delivered order `number` (created once) and its one parcel."""
    existing = Order.objects.filter(number=number).first()
    if existing is not None:
        return existing, existing.fulfilment_groups.get()
    lines = [(products[upc], quantity) for upc, quantity in items]
    record = lines[0][0].stockrecords.first()
    total = sum((product.stockrecords.first().price * quantity for product, quantity in lines), SHIPPING)
    now = timezone.now()
    order = Order.objects.create(
        number=number, currency="MAD", total_incl_tax=total, total_excl_tax=total, shipping_incl_tax=SHIPPING,
        shipping_excl_tax=SHIPPING, shipping_method="Amana", shipping_code="amana", status=statuses.DELIVERED,
        guest_email="acheteuse.demo@example.ma", payment_method=method, language="fr", date_placed=now,
        paid_at=now if method == BANK_TRANSFER else None,
    )
    artisan = lines[0][0].artisan
    parcel = FulfilmentGroup.objects.create(
        order=order, partner=record.partner, artisan=artisan, status=statuses.GROUP_DELIVERED, carrier="Amana",
        tracking_number=tracking, partner_name=(artisan.title if artisan else record.partner.name)[:128],
        shipped_at=now, delivered_at=now,
    )
    for product, quantity in lines:
        stock = product.stockrecords.first()
        price = stock.price * quantity
        Line.objects.create(
            order=order, partner=stock.partner, partner_name=stock.partner.name, partner_sku=stock.partner_sku,
            stockrecord=stock, product=product, title=product.title, upc=product.upc, quantity=quantity,
            line_price_incl_tax=price, line_price_excl_tax=price, line_price_before_discounts_incl_tax=price,
            line_price_before_discounts_excl_tax=price, unit_price_incl_tax=stock.price,
            unit_price_excl_tax=stock.price, num_allocated=quantity, status=statuses.DELIVERED, parcel=parcel,
        )
    return order, parcel


def _remittance(parcels, user):
    """Amana's statement remitting the cash-on-delivery parcels' cash, each line matched and collected once."""
    sha256 = hashlib.sha256(REMITTANCE_FILE.encode()).hexdigest()
    remittance, created = Remittance.objects.get_or_create(
        sha256=sha256, defaults={"file_name": REMITTANCE_FILE, "uploaded_by": user})
    today = timezone.localdate()
    for row, parcel in enumerate(parcels, start=1):
        due = ledger.cash_due(parcel)
        if created:
            RemittanceLine.objects.create(remittance=remittance, row=row, tracking_number=parcel.tracking_number,
                                          amount=due, remitted_on=today, parcel=parcel, expected=due,
                                          outcome=RemittanceLine.MATCHED)
        ledger.record_collection(parcel, due, today, remittance=remittance, user=user)  # once per parcel
    return remittance


def _payout(payee, user):
    """The transfer seller's bank account, and a payout of what they are owed today (once)."""
    PayeeAccount.objects.get_or_create(partner=payee, defaults={"legal_name": payee.name, "rib": demo_rib()})
    return Payout.objects.filter(payee=payee).first() or create_payout(payee, timezone.localdate(), user)


def load_earnings(products, user=None):
    """`products` by UPC (demo.shop.load_catalogue). Returns (orders, remittance, payout)."""
    made = [_order(number, method, items, tracking, products) for number, method, items, tracking in ORDERS]
    for order, parcel in made:
        if order.payment_method == BANK_TRANSFER:
            ledger.earn(parcel, cause="delivered and paid")  # written once: replaying writes nothing
    remittance = _remittance([parcel for order, parcel in made if order.payment_method == CASH_ON_DELIVERY], user)
    payout = _payout(made[0][1].partner, user)
    return [order for order, __ in made], remittance, payout
