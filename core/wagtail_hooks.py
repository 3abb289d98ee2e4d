"""Wagtail admin: the Craft snippet (the taxonomy shared by stories, artisans and products) and the reserved-slug
rule for pages moved to the top level."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.models import Craft
from core.page_rules import is_reserved, reserved_slug_message


class CraftViewSet(SnippetViewSet):
    model = Craft
    icon = "tag"
    menu_label = _("Crafts")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug"]


register_snippet(CraftViewSet)


@hooks.register("before_move_page")
def refuse_moving_a_reserved_slug_to_the_top_level(request, page_to_move, destination):
    """Moving a page whose slug is reserved (shop, dashboard, cms) directly under a home page would shadow the shop,
    its dashboard or the CMS (see core/page_rules.py)."""
    if is_reserved(page_to_move.slug, destination.depth + 1):
        messages.error(request, reserved_slug_message(page_to_move.slug))
        return redirect("wagtailadmin_pages:move", page_to_move.id)
    return None
