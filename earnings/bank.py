"""Moroccan bank identifiers. A RIB is 24 digits: bank code (3), town code (3), account number (16) and a 2-digit
key, which makes the whole number divisible by 97 (the key is 97 − (first 22 digits × 100) mod 97). An ICE
(Identifiant commun de l'entreprise) is 15 digits."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def normalise(value):
    return "".join((value or "").split())


def rib_key(first_22):
    return 97 - (int(first_22) * 100) % 97


def is_valid_rib(value):
    digits = normalise(value)
    return len(digits) == 24 and digits.isascii() and digits.isdigit() and int(digits[22:]) == rib_key(digits[:22])


def validate_rib(value):
    digits = normalise(value)
    if len(digits) != 24 or not (digits.isascii() and digits.isdigit()):
        raise ValidationError(_("A RIB has 24 digits."), code="rib_length")
    if int(digits[22:]) != rib_key(digits[:22]):
        raise ValidationError(_("This RIB's key does not match: check the 24 digits."), code="rib_key")


def validate_ice(value):
    digits = normalise(value)
    if digits and (len(digits) != 15 or not (digits.isascii() and digits.isdigit())):
        raise ValidationError(_("An ICE has 15 digits."), code="ice")
