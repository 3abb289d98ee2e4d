"""Which shipping methods a basket can use for a destination (same-path override of oscar.apps.shipping.repository).

Staff configure delivery in Oscar's dashboard (/dashboard/shipping/) as weight-based methods:
- each method serves the countries listed on it: a zone (Morocco for Amana home delivery; Europe; Africa and the
  Middle East; the rest of the world). A method with no country serves none;
- its weight bands price the parcel, and its heaviest band is the heaviest parcel it carries: a heavier basket is
  not offered that method (Oscar would add up several top-band parcels);
- products are weighed by Product.weight_grams (shop/shipping/scales.py), else the method's default weight.
Wagtail's admin (Settings > Delivery, shipping.DeliverySettings) adds the free-delivery threshold for Moroccan
addresses and the free pick-up points, offered with Moroccan addresses only.

Before an address is known (the basket page) the estimate is for Morocco. When nothing can be offered for an address,
the reason (country not served, or parcel too heavy) is worked out in the visitor's language and added to the
request's messages, so Oscar's shipping-method step sends the buyer back to the address form saying why.
While no weight-based method exists at all, the shop is not configured yet and Oscar's default (free shipping) applies.
"""

from collections import namedtuple

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.utils.translation import get_language, gettext, to_locale
from oscar.apps.shipping import repository
from oscar.core.loading import get_class, get_classes, get_model

Delivery, Pickup, QuotedAtCheckout, Free = get_classes(
    "shipping.methods", ["Delivery", "Pickup", "QuotedAtCheckout", "Free"]
)
Scale = get_class("shipping.scales", "Scale")
WeightBased = get_model("shipping", "WeightBased")
DeliverySettings = get_model("shipping", "DeliverySettings")

HOME_COUNTRY = "MA"

Quote = namedtuple("Quote", ["methods", "reason"])


def _locale():
    try:
        return Locale.parse(to_locale(get_language() or settings.LANGUAGE_CODE))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("fr")


def country_name(code):
    """The country's name in the visitor's language (Oscar stores one printable name only)."""
    return _locale().territories.get(code) or code


def format_weight(kilograms):
    return format_decimal(kilograms, format="#,##0.#", locale=_locale())


def basket_weight(method, basket):
    return Scale(attribute_code=method.weight_attribute, default_weight=method.default_weight).weigh_basket(basket)


def quote(basket, country_code, request=None):
    """The methods on offer for this basket to `country_code`, or none and the reason why."""
    delivery_methods = list(WeightBased.objects.prefetch_related("countries"))
    if not delivery_methods:
        return Quote([Free()], None)

    rules = DeliverySettings.load(request_or_site=request)
    at_home = country_code == HOME_COUNTRY
    threshold = rules.morocco_free_delivery_threshold
    free = at_home and threshold is not None and basket.total_incl_tax >= threshold

    offered, too_heavy = [], []
    for method in delivery_methods:
        if country_code not in {country.pk for country in method.countries.all()}:
            continue
        weight = basket_weight(method, basket)
        top_band = method.top_band
        if top_band is not None and weight > top_band.upper_limit:
            too_heavy.append((top_band.upper_limit, weight))
            continue
        offered.append(Delivery(method, free=free))
    if at_home:
        offered.extend(pickups(basket, rules))
    if offered:
        return Quote(offered, None)

    name = country_name(country_code)
    if too_heavy:
        limit, weight = max(too_heavy)
        reason = gettext(
            "Your parcel weighs %(weight)s kg: too heavy for delivery to this country (%(country)s: %(limit)s kg at "
            "most). Remove some items or choose another address."
        ) % {"weight": format_weight(weight), "country": name, "limit": format_weight(limit)}
    else:
        reason = gettext("We do not deliver to this country yet: %(country)s. Please choose another address.") % {
            "country": name
        }
    return Quote([], reason)


def pickups(basket, rules):
    """Free pick-up points for a Moroccan address: the maker's workshop (one-maker baskets) and the showroom."""
    points = []
    if rules.workshop_pickup:
        partner_ids = {line.stockrecord.partner_id for line in basket.all_lines() if line.stockrecord_id}
        if len(partner_ids) == 1:
            CooperativePage = apps.get_model("cooperatives", "CooperativePage")
            workshop = (
                CooperativePage.objects.live().filter(partner_id=partner_ids.pop()).exclude(address="").first()
            )
            if workshop is not None:
                points.append(Pickup(
                    "pickup-workshop",
                    gettext("Free pick-up at the workshop of %(cooperative)s") % {"cooperative": workshop.title},
                    workshop.address, workshop.opening_hours,
                ))
    if rules.offers_showroom_pickup:
        points.append(Pickup(
            "pickup-showroom",
            gettext("Free pick-up at the regional showroom: %(showroom)s") % {"showroom": rules.showroom_name},
            rules.showroom_address, rules.showroom_opening_hours,
        ))
    return points


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        request = kwargs.get("request")
        if shipping_addr is not None and shipping_addr.country_id:
            country_code = shipping_addr.country_id
        else:
            country_code = HOME_COUNTRY
        # Oscar's basket page asks twice per request (the estimate and the default method): quoted once while the
        # lines, quantities and total are the same.
        state = (country_code, tuple((line.pk, line.quantity) for line in basket.all_lines()), basket.total_incl_tax)
        quotes = basket.__dict__.setdefault("_shipping_quotes", {})
        if state not in quotes:
            quotes[state] = quote(basket, country_code, request=request)
        result = quotes[state]
        if result.reason and request is not None and shipping_addr is not None:
            self.report(request, result.reason)
        return result.methods

    def get_default_shipping_method(self, basket, shipping_addr=None, **kwargs):
        """The basket page's estimate: the first method on offer, or a line saying checkout will work it out."""
        methods = self.get_shipping_methods(basket, shipping_addr=shipping_addr, **kwargs)
        return methods[0] if methods else QuotedAtCheckout()

    @staticmethod
    def report(request, reason):
        """Add the reason to the messages unless it is already waiting there (Oscar asks the repository several times
        per request, and a later checkout step may ask again before the buyer sees the page)."""
        storage = messages.get_messages(request)
        already_shown = storage.used
        pending = [message.message for message in storage]
        storage.used = already_shown  # reading them here is not showing them to the buyer
        if reason not in pending:
            messages.error(request, reason)
