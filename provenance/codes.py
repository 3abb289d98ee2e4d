"""Short codes for provenance tags, and the service that gives each product its tag.

A code is CODE_LENGTH characters of Crockford's base32 (no I, L, O, U: nothing to confuse when typed from a printed
tag), drawn at random: 32**7, about 34 billion codes, so a collision is rare and simply retried. What a person types
is read the Crockford way (lower case, I/L for 1, O for 0, dashes ignored).
"""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import F

from provenance.models import ProvenanceTag

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 7
ATTEMPTS = 5
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "-": None, " ": None})


def new_code():
    return "".join(secrets.choice(ALPHABET) for __ in range(CODE_LENGTH))


def normalise(text):
    """The code a person meant, as stored (upper case, the Crockford look-alikes read as digits)."""
    return text.upper().translate(_READ_AS)


def tag_for(product):
    """The product's tag, created on first asking. Race-safe: two requests creating it at once meet the unique
    constraint on the product; the loser reads the winner's tag. A code already taken is drawn again."""
    tag = ProvenanceTag.objects.filter(product=product).first()
    if tag is not None:
        return tag
    for __ in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return ProvenanceTag.objects.create(product=product, code=new_code())
        except IntegrityError:
            tag = ProvenanceTag.objects.filter(product=product).first()
            if tag is not None:
                return tag
    raise RuntimeError(f"No free provenance code after {ATTEMPTS} draws")


def scans_by_product(products):
    """{product pk: scans} for the products that have a tag (reading creates nothing)."""
    return dict(ProvenanceTag.objects.filter(product__in=products).values_list("product_id", "scans"))


def count_scan(code):
    """Count one scan of the tag of a public product; returns the tag, or None for an unknown code. One UPDATE
    with F(): simultaneous scans all count. Nothing about the visitor is stored."""
    tags = ProvenanceTag.objects.filter(code=normalise(code), product__is_public=True)
    if not tags.update(scans=F("scans") + 1):
        return None
    return tags.first()
