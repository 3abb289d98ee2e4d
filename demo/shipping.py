"""Demo delivery configuration: Amana home delivery in Morocco, three international zones, free pick-up and the free
delivery threshold. (The demo catalogue, shop/demo.py, gives each product its packed weight.)

Idempotent: methods are looked up by name, countries by ISO code; bands, countries and settings are only filled in
where nothing is configured yet, so what staff changed in the dashboard or the CMS is kept. The charges are
illustrative demo figures, not Barid Al-Maghrib's tariffs.
"""

from decimal import Decimal

from django.db import transaction
from oscar.core.loading import get_model

Country = get_model("address", "Country")
WeightBased = get_model("shipping", "WeightBased")
DeliverySettings = get_model("shipping", "DeliverySettings")

# (ISO alpha-2, alpha-3, numeric, printable name)
COUNTRIES = {
    "MA": ("MAR", "504", "Maroc"),
    "FR": ("FRA", "250", "France"), "ES": ("ESP", "724", "Espagne"), "BE": ("BEL", "056", "Belgique"),
    "DE": ("DEU", "276", "Allemagne"), "GB": ("GBR", "826", "Royaume-Uni"), "IT": ("ITA", "380", "Italie"),
    "NL": ("NLD", "528", "Pays-Bas"), "PT": ("PRT", "620", "Portugal"), "CH": ("CHE", "756", "Suisse"),
    "SN": ("SEN", "686", "Sénégal"), "MR": ("MRT", "478", "Mauritanie"), "CI": ("CIV", "384", "Côte d'Ivoire"),
    "TN": ("TUN", "788", "Tunisie"), "EG": ("EGY", "818", "Égypte"), "AE": ("ARE", "784", "Émirats arabes unis"),
    "SA": ("SAU", "682", "Arabie saoudite"), "QA": ("QAT", "634", "Qatar"),
    "US": ("USA", "840", "États-Unis"), "CA": ("CAN", "124", "Canada"), "BR": ("BRA", "076", "Brésil"),
    "JP": ("JPN", "392", "Japon"), "AU": ("AUS", "036", "Australie"),
}

# name, description, countries, bands (kg upper limit, charge in MAD)
METHODS = [
    ("Amana — livraison à domicile au Maroc",
     "Barid Al-Maghrib (Amana) livre à domicile en 2 à 5 jours ouvrés, avec suivi en ligne.",
     ["MA"],
     [("1", "30.00"), ("2", "40.00"), ("5", "60.00"), ("10", "90.00"), ("20", "140.00"), ("30", "190.00")]),
    ("Amana International — Europe",
     "Livraison à domicile en Europe en 5 à 10 jours ouvrés, avec suivi.",
     ["FR", "ES", "BE", "DE", "GB", "IT", "NL", "PT", "CH"],
     [("0.5", "180.00"), ("1", "250.00"), ("2", "350.00"), ("5", "600.00"), ("10", "950.00"), ("20", "1600.00"),
      ("30", "2200.00")]),
    ("Amana International — Afrique et Moyen-Orient",
     "Livraison à domicile en Afrique et au Moyen-Orient en 5 à 12 jours ouvrés, avec suivi.",
     ["SN", "MR", "CI", "TN", "EG", "AE", "SA", "QA"],
     [("0.5", "200.00"), ("1", "280.00"), ("2", "400.00"), ("5", "700.00"), ("10", "1100.00"), ("20", "1900.00"),
      ("30", "2600.00")]),
    ("Amana International — reste du monde",
     "Livraison à domicile dans le reste du monde en 7 à 15 jours ouvrés, avec suivi.",
     ["US", "CA", "BR", "JP", "AU"],
     [("0.5", "260.00"), ("1", "360.00"), ("2", "520.00"), ("5", "900.00"), ("10", "1450.00"),
      ("20", "2500.00")]),
]


@transaction.atomic
def load_shipping():
    for code, (a3, numeric, printable) in COUNTRIES.items():
        country, created = Country.objects.get_or_create(
            iso_3166_1_a2=code,
            defaults={"iso_3166_1_a3": a3, "iso_3166_1_numeric": numeric, "printable_name": printable,
                      "name": printable, "is_shipping_country": True, "display_order": 100 if code == "MA" else 0},
        )
        if not created and not country.is_shipping_country:
            country.is_shipping_country = True
            country.save(update_fields=["is_shipping_country"])

    for name, description, countries, bands in METHODS:
        method, created = WeightBased.objects.get_or_create(
            name=name, defaults={"description": description, "default_weight": Decimal("1.000")}
        )
        if created or not method.countries.exists():
            method.countries.set(Country.objects.filter(iso_3166_1_a2__in=countries))
        if not method.bands.exists():
            for upper_limit, charge in bands:
                method.bands.create(upper_limit=Decimal(upper_limit), charge=Decimal(charge))

    rules = DeliverySettings.load()
    if rules.morocco_free_delivery_threshold is None and not rules.showroom_name:
        rules.morocco_free_delivery_threshold = Decimal("1000.00")
        rules.showroom_name = "Showroom de l'artisanat de Dakhla-Oued Eddahab"
        rules.showroom_address = "Centre-ville, Dakhla (adresse de démonstration)"
        rules.showroom_opening_hours = "Du lundi au samedi, 9 h 30 – 13 h et 16 h – 20 h"
        rules.save()
