import oscar.apps.checkout.apps as apps
from django.urls import path


class CheckoutConfig(apps.CheckoutConfig):
    name = 'shop.checkout'

    def ready(self):
        super().ready()
        from shop.checkout import views

        self.card_payment_view = views.CardPaymentView
        self.card_return_view = views.CardReturnView

    def get_urls(self):
        # Card payment through CMI: the page that posts itself to the gateway, and the pages the bank returns to.
        urls = super().get_urls() + self.post_process_urls([
            path("card/pay/<str:token>/", self.card_payment_view.as_view(), name="card-pay"),
            path("card/<str:outcome>/<str:token>/", self.card_return_view.as_view(), name="card-return"),
        ])
        return urls
