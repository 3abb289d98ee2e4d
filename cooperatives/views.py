"""The artisans' workshop (/<lang>/atelier/): thin views over cooperatives.workshop.

Every view is for a logged-in artisan (Artisans group, never staff, linked to an ArtisanPage); anyone else gets
403, and another artisan's product is a 404.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from config import throttle
from cooperatives import workshop
from cooperatives.workshop_forms import ArtisanPageForm, ProductForm


def artisan_required(view):
    """Only a logged-in artisan with a page; the view receives that ArtisanPage."""

    @login_required
    @never_cache
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not workshop.is_artisan(request.user):
            raise PermissionDenied
        artisan = workshop.artisan_page_of(request.user)
        if artisan is None:
            raise PermissionDenied
        return view(request, artisan, *args, **kwargs)

    return wrapper


@login_required
def after_login(request):
    """Where a login lands (settings.LOGIN_REDIRECT_URL): artisans in their workshop, customers in their account."""
    if workshop.is_artisan(request.user) and workshop.artisan_page_of(request.user) is not None:
        return redirect("workshop:home")
    if request.user.is_staff:
        return redirect("dashboard:index")
    return redirect("customer:summary")


@artisan_required
def home(request, artisan):
    return render(request, "cooperatives/workshop/home.html", {
        "artisan": artisan,
        "pending_groups": list(workshop.pending_groups(request.user)[:20]),
        "low_stock": list(workshop.low_stock_products(artisan)[:20]),
    })


@artisan_required
def product_list(request, artisan):
    products = list(workshop.products_of(artisan))
    partner = artisan.selling_partner()
    for product in products:
        records = list(product.stockrecords.all())
        product.workshop_record = next((r for r in records if r.partner_id == getattr(partner, "pk", None)),
                                       records[0] if records else None)
        images = sorted(product.images.all(), key=lambda image: (image.display_order, image.pk))
        product.workshop_image = images[0] if images else None
    return render(request, "cooperatives/workshop/product_list.html", {"artisan": artisan, "products": products})


@artisan_required
@require_http_methods(["GET", "POST"])
def product_edit(request, artisan, pk=None):
    product = None
    if pk is not None:
        product = get_object_or_404(workshop.products_of(artisan), pk=pk)
    partner = artisan.selling_partner()
    if partner is None:
        messages.error(request, _("Your page is not linked to a shop yet: the team will do it, then come back."))
        return redirect("workshop:home")
    if request.method == "POST":
        form = ProductForm(request.POST, request.FILES, require_photo=product is None)
        if form.is_valid():
            product = workshop.save_product(artisan, form.cleaned_data, photo=form.cleaned_data.get("photo"),
                                            product=product)
            messages.success(request, _("“%(title)s” is saved and on sale.") % {"title": product.title})
            return redirect("workshop:products")
        if request.FILES.get("photo"):
            messages.warning(request, _("For your safety the photo was not kept: choose it again."))
    else:
        initial = ProductForm.initial_for(product, partner) if product else {"craft": artisan.crafts.first()}
        form = ProductForm(initial=initial, require_photo=product is None)
    return render(request, "cooperatives/workshop/product_form.html", {
        "artisan": artisan, "form": form, "product": product,
    })


@artisan_required
@require_http_methods(["GET", "POST"])
def page_edit(request, artisan):
    """The artisan changes their page; the change goes to the editors for approval (never live directly)."""
    if request.method == "POST":
        form = ArtisanPageForm(request.POST, request.FILES)
        if form.is_valid():
            workshop.submit_page_changes(artisan, request.user, form.cleaned_data,
                                         portrait=form.cleaned_data.get("portrait"),
                                         portrait_alt=form.cleaned_data.get("portrait_alt") or "")
            messages.success(request, _("Thank you! Your changes are sent to the team: they appear on your page "
                                        "once approved."))
            return redirect("workshop:home")
        if request.FILES.get("portrait"):
            messages.warning(request, _("For your safety the photo was not kept: choose it again."))
    else:
        form = ArtisanPageForm(initial=workshop.page_initial(artisan))
    return render(request, "cooperatives/workshop/page_form.html", {
        "artisan": artisan, "form": form, "pending": workshop.page_pending(artisan),
    })


@artisan_required
def help_page(request, artisan):
    return render(request, "cooperatives/workshop/help.html", {"artisan": artisan})


# Joining: "Devenir artisan partenaire"
# -------------------------------------

JOINING_LIMIT = 5  # applications per connection
JOINING_WINDOW = 60 * 60  # seconds


@require_http_methods(["GET", "POST"])
def join(request):
    from django.utils import translation

    from cooperatives.joining_forms import JoiningForm
    from cooperatives.models import ArtisanApplication

    if request.method == "POST":
        form = JoiningForm(request.POST, request.FILES)
        if throttle.attempts("joining", request) >= JOINING_LIMIT:
            form.is_valid()
            messages.error(request, _("Too many applications from your connection. Please try again in an hour."))
            return render(request, "cooperatives/joining/form.html", {"form": form}, status=429)
        throttle.record_attempt("joining", request, JOINING_WINDOW)
        if form.is_spam:
            return redirect("workshop:join-thanks")
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
            return redirect("workshop:join-thanks")
        if any(request.FILES.get(name) for name in ("photo_1", "photo_2", "photo_3")):
            messages.warning(request, _("For your safety the photos were not kept: choose them again."))
    else:
        form = JoiningForm()
    return render(request, "cooperatives/joining/form.html", {"form": form})


def join_thanks(request):
    return render(request, "cooperatives/joining/thanks.html")
