"""Language-neutral endpoints for crawlers: /robots.txt (the sitemap lives at /sitemap.xml)."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

# Nothing private is reachable without logging in, but crawlers need not wander into the back offices, the basket
# or the checkout (every language).
DISALLOWED = ["/cms/", "/dashboard/", "/*/shop/basket/", "/*/shop/checkout/", "/*/shop/accounts/"]


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"] + [f"Disallow: {path}" for path in DISALLOWED]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
