"""The artisans' workshop (/<lang>/atelier/): thin views over workshop.services.

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

from cooperatives import accounts
from workshop import services as workshop
from workshop.forms import ArtisanPageForm, ProductForm


def artisan_required(view):
    """Only a logged-in artisan with a page; the view receives that ArtisanPage."""

    @login_required
    @never_cache
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not accounts.is_artisan(request.user):
            raise PermissionDenied
        artisan = accounts.artisan_page_of(request.user)
        if artisan is None:
            raise PermissionDenied
        return view(request, artisan, *args, **kwargs)

    return wrapper


@login_required
def after_login(request):
    """Where a login lands (settings.LOGIN_REDIRECT_URL): artisans in their workshop, customers in their account."""
    if accounts.is_artisan(request.user) and accounts.artisan_page_of(request.user) is not None:
        return redirect("workshop:home")
    if request.user.is_staff:
        return redirect("dashboard:index")
    return redirect("customer:summary")


@artisan_required
def home(request, artisan):
    return render(request, "workshop/home.html", {
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
    return render(request, "workshop/product_list.html", {"artisan": artisan, "products": products})


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
    return render(request, "workshop/product_form.html", {
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
    return render(request, "workshop/page_form.html", {
        "artisan": artisan, "form": form, "pending": workshop.page_pending(artisan),
    })


@artisan_required
def help_page(request, artisan):
    return render(request, "workshop/help.html", {"artisan": artisan})
