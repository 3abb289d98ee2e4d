import oscar.apps.payment.apps as apps


class PaymentConfig(apps.PaymentConfig):
    name = "shop.payment"

    def ready(self):
        super().ready()
        from core import sections
        from shop.payment.bank_transfer import bank_details
        from shop.payment.offered import get_method

        # How the buyer pays, in the order emails (shop/order/emails.py asks; the order app never imports payment).
        sections.contribute("order_email", lambda order: {"payment_method": get_method(order.payment_method),
                                                          "bank": bank_details()})
