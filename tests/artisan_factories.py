"""Artisans with a login: an independent artisan (own Oscar partner) or a cooperative member (the cooperative's
partner), linked to their page the way the workshop links them, and photos as a phone would send them."""

import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooperatives.accounts import link_artisan, link_manager
from tests import page_factories as pages


def artisan_with_login(username=None, region_page=None, cooperative=False, password="motdepasse-artisan", **fields):
    """(user, artisan page, selling partner)."""
    username = username or pages.unique("artisan")
    region_page = region_page or pages.region()
    if cooperative:
        partner = pages.partner()
        parent = pages.cooperative(region_page, partner=partner)
        page = pages.artisan(parent, title=fields.pop("title", f"Artisan {username}"), **fields)
    else:
        partner = pages.partner()
        page = pages.artisan(region_page, title=fields.pop("title", f"Artisan {username}"), partner=partner, **fields)
    user = get_user_model().objects.create_user(username, f"{username}@example.ma", password)
    link_artisan(user, page)
    return user, page, partner


def photo_upload(name="tapis.jpg", size=(2400, 1800), fmt="JPEG", color=(150, 90, 40), content_type="image/jpeg"):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def product_post(**overrides):
    data = {"title": "Tapis hanbel bleu", "description": "Laine de chameau, 120 × 80 cm.", "price": "950",
            "stock": "3", "weight_grams": "2500", "craft": "", "lead_time_days": ""}
    data.update(overrides)
    return data


def login(username=None, password="motdepasse-artisan"):
    username = username or pages.unique("maker")
    return get_user_model().objects.create_user(username, f"{username}@example.ma", password)


def cooperative_with_members(members=("Fatimetou Mint Ahmed", "Salka Mint Brahim"), region_page=None,
                             title=None, manager=True):
    """A cooperative (its own Oscar partner) whose members each have a page, a login and a product; and, if
    `manager`, a manager's login. Returns a dict: cooperative, partner, manager (user or None), members: a list of
    dicts (user, page, product)."""
    region_page = region_page or pages.region()
    partner = pages.partner()
    cooperative_page = pages.cooperative(region_page, title=title or pages.unique("Coopérative"), partner=partner)
    found = []
    for name in members:
        page = pages.artisan(cooperative_page, title=name, slug=pages.unique("artisan"))
        user = login()
        link_artisan(user, page)
        product = pages.product(title=f"Pièce de {name}", partner_obj=partner, artisan_page=page)
        found.append({"user": user, "page": page, "product": product})
    manager_user = None
    if manager:
        manager_user = login(pages.unique("gerante"))
        link_manager(manager_user, cooperative_page)
    return {"cooperative": cooperative_page, "partner": partner, "manager": manager_user, "members": found}
