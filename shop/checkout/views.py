"""Checkout views: Oscar's, with the buyer's choice of payment method and a placement that is safe under concurrency.

- Payment step: the methods of shop/payment (cash on delivery, bank transfer, card through CMI), each offered or
  greyed out with its reason for this basket, address and total. The choice is kept in the checkout session; until
  the buyer picks one, the first method offered (cash on delivery in Morocco) stands, as the page shows it selected.
- Placement: one transaction that locks the stock (shop/order/utils.py). A product sold out or withdrawn meanwhile
  sends the buyer back to the basket with the reason; the rest of the basket is kept.
- After placement: the thank-you page, or for a card the page that posts itself to the CMI gateway. The ok/fail
  pages the bank returns to only display the order's state: only the callback marks it paid.
"""

from collections import namedtuple

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from oscar.apps.checkout import exceptions, views
from oscar.apps.payment.exceptions import UnableToTakePayment
from oscar.core.loading import get_model

from shop.checkout.forms import PaymentMethodForm
from shop.order import statuses
from shop.order.emails import queue_order_email
from shop.order.utils import ProductsUnavailable
from shop.payment import cmi
from shop.payment.bank_transfer import bank_details
from shop.payment.offered import get_methods

BasketLine = get_model("basket", "Line")

Offer = namedtuple("Offer", "method reason")
Offer.available = property(lambda offer: offer.reason is None)


class PaymentDetailsView(views.PaymentDetailsView):
    # Withdrawn products first: Oscar's check_basket_is_valid would refuse them too (the strategy makes them
    # unavailable) but leave them in the basket without saying why.
    pre_conditions = ["check_products_are_on_sale"] + views.PaymentDetailsView.pre_conditions + [
        "check_vouchers_are_valid",
    ]
    _placed_method = None
    _placed_order = None

    # Pre-conditions
    # --------------

    def check_products_are_on_sale(self, request):
        """A product withdrawn from sale while it sat in the basket leaves the basket, with a word why."""
        withdrawn = [line for line in request.basket.all_lines() if line.product is None or not line.product.is_public]
        if withdrawn:
            notices = []
            for line in withdrawn:
                notices.append(
                    _("“%(title)s” has just been withdrawn from sale and was removed from your basket.")
                    % {"title": line.product.get_title() if line.product else line.pk}
                )
                line.delete()
            request.basket.reset_offer_applications()
            raise exceptions.FailedPreCondition(url=reverse("basket:summary"), messages=notices)

    def check_vouchers_are_valid(self, request):
        """A voucher that expired while it sat in the basket is removed, and the buyer is told the total changed."""
        expired = [voucher for voucher in request.basket.vouchers.all() if not voucher.is_active()]
        if expired:
            for voucher in expired:
                request.basket.vouchers.remove(voucher)
            request.basket.reset_offer_applications()
            raise exceptions.FailedPreCondition(
                url=reverse("basket:summary"),
                messages=[
                    _("The voucher “%(code)s” has expired and was removed from your basket: check the new total.")
                    % {"code": voucher.code}
                    for voucher in expired
                ],
            )

    def check_payment_data_is_captured(self, request):
        if request.method == "POST" and request.POST.get("action") != "place_order":
            return  # the buyer is choosing a method right now
        offers = self.payment_offers()
        code = self.checkout_session.payment_method()
        if code:
            offer = next((offer for offer in offers if offer.method.code == code), None)
            if offer is None or not offer.available:
                raise exceptions.FailedPreCondition(
                    url=reverse("checkout:payment-details"),
                    message=str(offer.reason) if offer else _("This payment method is no longer offered: choose "
                                                              "another one."),
                )
        elif not any(offer.available for offer in offers):
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:payment-details"),
                message=_("No payment method can be offered for this order: please contact us."),
            )

    # Payment methods
    # ---------------

    def payment_offers(self, total=None, shipping_address=None):
        if total is None:
            submission = self.build_submission()
            total, shipping_address = submission["order_total"], submission["shipping_address"]
        if total is None:
            return [Offer(method, _("Choose a delivery method first.")) for method in get_methods()]
        return [Offer(method, method.unavailable_reason(total, shipping_address)) for method in get_methods()]

    def chosen_offer(self, offers):
        code = self.checkout_session.payment_method()
        available = [offer for offer in offers if offer.available]
        for offer in available:
            if offer.method.code == code:
                return offer
        return available[0] if available else None

    def chosen_method(self, total=None, shipping_address=None):
        offer = self.chosen_offer(self.payment_offers(total, shipping_address))
        return offer.method if offer else None

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        offers = self.payment_offers(ctx.get("order_total"), ctx.get("shipping_address"))
        chosen = self.chosen_offer(offers)
        ctx["payment_offers"] = offers
        ctx["chosen_method"] = chosen.method if chosen else None
        ctx["bank"] = bank_details()
        if "payment_form" not in ctx:
            ctx["payment_form"] = PaymentMethodForm(
                offers=offers, initial={"method": chosen.method.code if chosen else None}
            )
        return ctx

    def handle_payment_details_submission(self, request):
        form = PaymentMethodForm(request.POST, offers=self.payment_offers())
        if not form.is_valid():
            return self.render_payment_details(request, payment_form=form)
        self.checkout_session.pay_by(form.cleaned_data["method"])
        return redirect("checkout:preview")

    # Placement
    # ---------

    def get_initial_order_status(self, basket):
        return self._placed_method.initial_status if self._placed_method else None

    def handle_payment(self, order_number, total, **kwargs):
        submission = self.build_submission()
        method = self.chosen_method(total, submission["shipping_address"])
        if method is None:
            raise UnableToTakePayment(_("No payment method can be offered for this order: please contact us."))
        self._placed_method = method
        self.add_payment_source(method.make_source(total))

    def place_order(self, *args, **kwargs):
        kwargs.setdefault("payment_method", self._placed_method.code)
        kwargs.setdefault("language", translation.get_language() or "")
        return super().place_order(*args, **kwargs)

    def handle_order_placement(self, order_number, user, basket, shipping_address, shipping_method, shipping_charge,
                               billing_address, order_total, surcharges=None, **kwargs):
        try:
            with transaction.atomic():
                order = self.place_order(
                    order_number=order_number, user=user, basket=basket, shipping_address=shipping_address,
                    shipping_method=shipping_method, shipping_charge=shipping_charge, order_total=order_total,
                    billing_address=billing_address, surcharges=surcharges, **kwargs,
                )
                basket.submit()
        except ProductsUnavailable as unavailable:
            return self.products_unavailable(unavailable.problems)
        return self.handle_successful_order(order)

    def products_unavailable(self, problems):
        """Someone was faster, or the product left the catalogue: the basket comes back without what cannot be
        bought, everything else kept, and the buyer reads why."""
        self.restore_frozen_basket()
        basket = self.request.basket
        for problem_line, left, reason in problems:
            line = BasketLine.objects.filter(pk=problem_line.pk, basket=basket).select_related("product").first()
            if line is None:
                continue
            title = line.product.get_title() if line.product else ""
            if reason == "withdrawn":
                line.delete()
                notice = _("“%(title)s” has just been withdrawn from sale and was removed from your basket.")
            elif left > 0:
                line.quantity = left
                line.save()
                notice = _("Only %(left)s of “%(title)s” are left: your basket now holds that many. Check it and "
                           "place your order again.")
            else:
                line.delete()
                notice = _("“%(title)s” has just sold out and was removed from your basket. The rest of your "
                           "basket is kept.")
            messages.warning(self.request, notice % {"title": title, "left": left})
        basket.reset_offer_applications()
        return redirect("basket:summary")

    def send_order_placed_email(self, order):
        if self._placed_method is None or self._placed_method.sends_order_received_email:
            queue_order_email(order, "order_received")

    def handle_successful_order(self, order):
        self._placed_order = order
        return super().handle_successful_order(order)

    def get_success_url(self):
        if self._placed_order is not None and self._placed_method is not None:
            url = self._placed_method.after_placement_url(self._placed_order, self.request)
            if url:
                return url
        return super().get_success_url()


# Card payment: to the gateway and back
# -------------------------------------

@method_decorator(never_cache, name="dispatch")
class CardPaymentView(View):
    """The page that posts itself to the CMI gateway with the signed form (a button when scripts are off)."""

    def get(self, request, token):
        order = cmi.order_from_token(token)
        if order is None:
            raise Http404
        if order.is_paid or order.status != statuses.AWAITING_PAYMENT:
            return redirect("checkout:card-return", outcome="ok", token=token)
        return render(request, "shop/checkout/card_redirect.html", {
            "order": order,
            "gateway_url": cmi.gateway_url(request),
            "fields": sorted(cmi.payment_form(order, request).items()),
        })


@method_decorator([csrf_exempt, never_cache], name="dispatch")
class CardReturnView(View):
    """okUrl / failUrl: the bank brings the buyer back here (a POST from its page). Display only: the order's state
    is whatever the server-to-server callback made it."""

    def post(self, request, outcome, token):
        response = HttpResponseRedirect(request.path)
        response.status_code = 303  # the browser comes back with a GET, and with its cookies
        return response

    def get(self, request, outcome, token):
        order = cmi.order_from_token(token)
        if order is None or outcome not in ("ok", "fail"):
            raise Http404
        if order.is_paid:
            state = "paid"
        elif order.status != statuses.AWAITING_PAYMENT:
            state = "closed"
        else:
            state = "pending" if outcome == "ok" else "failed"
        return render(request, "shop/checkout/card_return.html", {
            "order": order,
            "state": state,
            "retry_url": reverse("checkout:card-pay", kwargs={"token": token}),
            "status_label": statuses.order_status_label(order.status),
        })
