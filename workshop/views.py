"""The makers' workshop (/<lang>/atelier/): thin views over workshop.services.

Every view is for a logged-in maker (an artisan or a cooperative manager, never staff); anyone else gets 403. What
each may reach is workshop.boundary's to say: an object outside it is a 404, whatever its id.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cooperatives import accounts
from shop import going_live
from shop.order import statuses
from workshop import services as workshop
from workshop.boundary import boundary_of
from workshop.forms import ArtisanPageForm, CooperativePageForm, ProductForm


# What the maker reads after saving a product, by its sale status (shop/going_live.py).
SAVED = {
    going_live.FOR_SALE_NOW: gettext_lazy("“%(title)s” is saved and on sale."),
    going_live.AWAITING_APPROVAL: gettext_lazy("“%(title)s” is saved. It goes on sale once an editor has approved it."),
    going_live.PAGE_NOT_LIVE: gettext_lazy("“%(title)s” is saved. It goes on sale once your page is live."),
    going_live.DECLINED: gettext_lazy("“%(title)s” is saved. The editors declined it: change it to send it again."),
    going_live.OFF_SALE: gettext_lazy("“%(title)s” is saved."),
}


def maker_required(view):
    """Only a logged-in maker; the view receives their Boundary."""

    @login_required
    @never_cache
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        boundary = boundary_of(request.user)
        if not boundary.is_maker:
            raise PermissionDenied
        return view(request, boundary, *args, **kwargs)

    return wrapper


def manager_required(view):
    @maker_required
    @wraps(view)
    def wrapper(request, boundary, *args, **kwargs):
        if not boundary.is_manager:
            raise PermissionDenied
        return view(request, boundary, *args, **kwargs)

    return wrapper


@login_required
def after_login(request):
    """Where a login lands (settings.LOGIN_REDIRECT_URL): makers in their workshop, staff in the dashboard,
    customers in their account."""
    if boundary_of(request.user).is_maker:
        return redirect("workshop:home")
    if request.user.is_staff:
        return redirect("dashboard:index")
    return redirect("customer:summary")


@maker_required
def home(request, boundary):
    accounts.remember_language(request.user, get_language())
    return render(request, "workshop/home.html", {
        "boundary": boundary,
        "artisan": boundary.artisan,
        "pending_groups": list(workshop.pending_parcels(boundary)[:20]),
        "low_stock": list(workshop.low_stock_products(boundary)[:20]),
    })


@maker_required
def product_list(request, boundary):
    products = list(workshop.products_of(boundary))
    for product in products:
        records = list(product.stockrecords.all())
        product.workshop_record = records[0] if records else None
        images = sorted(product.images.all(), key=lambda image: (image.display_order, image.pk))
        product.workshop_image = images[0] if images else None
    return render(request, "workshop/product_list.html", {
        "boundary": boundary, "products": products, "show_maker": boundary.artisans().count() > 1,
    })


@maker_required
@require_http_methods(["GET", "POST"])
def product_edit(request, boundary, pk=None):
    product = get_object_or_404(workshop.products_of(boundary), pk=pk) if pk is not None else None
    makers = boundary.artisans()
    if not makers.exists():
        messages.error(request, _("Your cooperative has no member page yet: the team will add it, then come back."))
        return redirect("workshop:home")
    default_maker = (product.artisan if product and product.artisan_id else None) or boundary.artisan or makers.first()
    if default_maker.selling_partner() is None:
        messages.error(request, _("Your page is not linked to a shop yet: the team will do it, then come back."))
        return redirect("workshop:home")
    if request.method == "POST":
        form = ProductForm(request.POST, request.FILES, require_photo=product is None, makers=makers)
        if form.is_valid():
            maker = form.cleaned_data.get("maker") or default_maker
            product = workshop.save_product(maker, form.cleaned_data, photo=form.cleaned_data.get("photo"),
                                            product=product)
            messages.success(request, SAVED[going_live.sale_status(product)] % {"title": product.title})
            return redirect("workshop:products")
        if request.FILES.get("photo"):
            messages.warning(request, _("For your safety the photo was not kept: choose it again."))
    else:
        if product:
            initial = ProductForm.initial_for(product, default_maker.selling_partner())
        else:
            initial = {"craft": default_maker.crafts.first(), "maker": default_maker.pk}
        form = ProductForm(initial=initial, require_photo=product is None, makers=makers)
    return render(request, "workshop/product_form.html", {"boundary": boundary, "form": form, "product": product})


@maker_required
@require_http_methods(["GET", "POST"])
def page_edit(request, boundary):
    """The artisan changes their page; the change goes to the editors for approval (never live directly)."""
    artisan = boundary.artisan
    if artisan is None:
        return redirect("workshop:cooperative", pk=boundary.cooperatives[0].pk)
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
        "boundary": boundary, "artisan": artisan, "form": form, "pending": workshop.page_pending(artisan),
    })


@manager_required
@require_http_methods(["GET", "POST"])
def cooperative_edit(request, boundary, pk):
    """A manager changes the cooperative's page; the change goes to the editors for approval."""
    cooperative = get_object_or_404(boundary.cooperative_pages(), pk=pk)
    if request.method == "POST":
        form = CooperativePageForm(request.POST)
        if form.is_valid():
            workshop.submit_cooperative_changes(cooperative, request.user, form.cleaned_data)
            messages.success(request, _("Thank you! Your changes are sent to the team: they appear on the "
                                        "cooperative's page once approved."))
            return redirect("workshop:home")
    else:
        form = CooperativePageForm(initial=workshop.cooperative_initial(cooperative))
    return render(request, "workshop/cooperative_form.html", {
        "boundary": boundary, "cooperative": cooperative, "form": form,
        "pending": workshop.page_pending(cooperative),
    })


@manager_required
def members(request, boundary):
    """The cooperative's members: their pages, how many products, how many parcels to handle."""
    open_statuses = [statuses.GROUP_TO_CONFIRM, statuses.GROUP_CONFIRMED, statuses.GROUP_IN_PREPARATION]
    artisans = boundary.artisans().select_related("account__user").annotate(
        product_count=Count("products", distinct=True),
    )
    parcels = {}
    for key in boundary.parcels().filter(status__in=open_statuses).values_list("artisan__translation_key", flat=True):
        parcels[key] = parcels.get(key, 0) + 1
    rows = [{"artisan": artisan, "open_parcels": parcels.get(artisan.translation_key, 0)} for artisan in artisans]
    return render(request, "workshop/members.html", {"boundary": boundary, "rows": rows})


@maker_required
def help_page(request, boundary):
    return render(request, "workshop/help.html", {"boundary": boundary, "artisan": boundary.artisan})
