"""The payment methods buyers choose from on the payment step, in the order they see them."""

from shop.payment.bank_transfer import BankTransfer
from shop.payment.cash_on_delivery import CashOnDelivery
from shop.payment.cmi import CardThroughCMI

METHODS = (CashOnDelivery, BankTransfer, CardThroughCMI)


def get_methods():
    return [method for method in (cls() for cls in METHODS) if method.is_enabled()]


def get_method(code):
    for method in get_methods():
        if method.code == code:
            return method
    return None
