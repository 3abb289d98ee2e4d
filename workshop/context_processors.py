"""`workshop_maker` in every template: the Boundary of the logged-in maker, or None (customers, staff, visitors).

The site's header shows a maker the way back to their workshop and a logout on the shop's and Wagtail's pages; the
storefront apps may not import the workshop (import-linter), so the header reads this context variable instead.

Lazy: nothing is looked up until a template uses the variable, and a visitor who is not logged in costs no query.
Pages of logged-in users are never stored in the full-page cache (core/page_cache.py), so a maker's header never
reaches an anonymous visitor.
"""

from django.utils.functional import SimpleLazyObject

from workshop.boundary import boundary_of


def _maker_of(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    boundary = boundary_of(user)
    return boundary if boundary.is_maker else None


def workshop_maker(request):
    return {"workshop_maker": SimpleLazyObject(lambda: _maker_of(request))}
