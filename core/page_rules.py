"""Rules shared by the site's page types: slugs that would shadow the shop, its dashboard or the CMS are refused.

Pages directly under a site's home page are served at /<lang>/<slug>/, next to Oscar's storefront (/<lang>/shop/),
Oscar's dashboard (/dashboard/) and Wagtail's admin (/cms/). The check lives in the model's `clean()` (so it also
holds for pages saved in code); the admin form only tells the model which parent a page being created will get,
because a new page has no place in the tree yet when the form validates it. Copying a page checks the new slug in
its form; moving a page is checked by a hook (core/wagtail_hooks.py).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm

RESERVED_SLUGS = frozenset({"shop", "dashboard", "cms", "atelier", "devenir-artisan", "search", "p"})  # p: provenance
# Wagtail's root is depth 1 and a site's home page depth 2: its children are the top level.
TOP_LEVEL_DEPTH = 3


def is_reserved(slug, depth):
    return depth == TOP_LEVEL_DEPTH and (slug or "").lower() in RESERVED_SLUGS


def reserved_slug_message(slug):
    return _(
        "The address “%(slug)s” is reserved for the shop, its dashboard or the CMS: choose another slug."
    ) % {"slug": slug}


class ReservedSlugPageForm(WagtailAdminPageForm):
    def clean(self):
        if self.parent_page is not None:
            self.instance._parent_depth_for_clean = self.parent_page.depth
        return super().clean()


class ReservedSlugCopyForm(CopyForm):
    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("new_slug")
        parent = cleaned_data.get("new_parent_page") or self.page.get_parent()
        if slug and parent is not None and is_reserved(slug, parent.depth + 1):
            self.add_error("new_slug", reserved_slug_message(slug))
        return cleaned_data


class ReservedSlugMixin:
    """Refuses a top-level page whose slug is reserved (shop, dashboard, cms)."""

    base_form_class = ReservedSlugPageForm
    copy_form_class = ReservedSlugCopyForm

    def _depth_for_slug_check(self):
        if self.depth:
            return self.depth
        parent_depth = getattr(self, "_parent_depth_for_clean", None)
        return parent_depth + 1 if parent_depth else None

    def _check_reserved_slug(self):
        if is_reserved(self.slug, self._depth_for_slug_check()):
            raise ValidationError({"slug": reserved_slug_message(self.slug)})

    def clean(self):
        super().clean()
        self._check_reserved_slug()

    def minimal_clean(self):
        """What Wagtail runs when a draft is saved in code (save() of a page that is not live)."""
        super().minimal_clean()
        self._check_reserved_slug()
