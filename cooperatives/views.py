"""Joining: "Devenir artisan partenaire", the public form where an artisan or a cooperative applies (reviewed by
editors in /cms/, cooperatives/joining.py)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from cooperatives.joining_forms import JoiningForm
from cooperatives.models import ArtisanApplication
from core import throttle

# Joining: "Devenir artisan partenaire"
# -------------------------------------

JOINING_LIMIT = 5  # applications per connection
JOINING_WINDOW = 60 * 60  # seconds


@require_http_methods(["GET", "POST"])
def join(request):
    if request.method == "POST":
        form = JoiningForm(request.POST, request.FILES)
        if throttle.attempts("joining", request) >= JOINING_LIMIT:
            form.is_valid()
            messages.error(request, _("Too many applications from your connection. Please try again in an hour."))
            return render(request, "cooperatives/joining/form.html", {"form": form}, status=429)
        throttle.record_attempt("joining", request, JOINING_WINDOW)
        if form.is_spam:
            return redirect("joining:thanks")
        if form.is_valid():
            data = form.cleaned_data
            application = ArtisanApplication(
                name=data["name"], craft=data["craft"], in_cooperative=data["in_cooperative"],
                cooperative_name=data["cooperative_name"] if data["in_cooperative"] else "", region=data["region"],
                phone=data["phone"], email=data["email"], presentation=data["presentation"],
                language=translation.get_language() or "fr",
            )
            for name in ("photo_1", "photo_2", "photo_3"):
                if data.get(name):
                    getattr(application, name).save(data[name].name, data[name], save=False)
            application.save()
            return redirect("joining:thanks")
        if any(request.FILES.get(name) for name in ("photo_1", "photo_2", "photo_3")):
            messages.warning(request, _("For your safety the photos were not kept: choose them again."))
    else:
        form = JoiningForm(preselected_region=request.GET.get("region"))
    return render(request, "cooperatives/joining/form.html", {"form": form})


def join_thanks(request):
    return render(request, "cooperatives/joining/thanks.html")
