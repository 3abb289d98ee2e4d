"""Wagtail's admin: the artisans' applications ("Devenir artisan partenaire"), with approve and decline actions for
the editors (cooperatives/joining.py does the work), and the cooperatives' managers, whom the editors assign."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from cooperatives import joining
from cooperatives.models import ArtisanApplication, CooperativeManager


class ArtisanApplicationViewSet(ModelViewSet):
    model = ArtisanApplication
    icon = "user"
    menu_label = gettext_lazy("Artisan applications")
    add_to_admin_menu = True
    menu_order = 250
    inspect_view_enabled = True
    inspect_template_name = "cooperatives/joining/admin_inspect.html"
    list_display = ["name", "region", "craft", "created", "status"]
    list_filter = ["status"]
    form_fields = ["name", "craft", "in_cooperative", "cooperative_name", "region", "phone", "email",
                   "presentation"]
    inspect_view_fields = ["name", "craft", "in_cooperative", "cooperative_name", "region", "phone", "email",
                           "presentation", "language", "status", "created", "decided_at", "decided_by",
                           "artisan_page"]
    add_to_reference_index = False

    def decide(self, action):
        @require_POST
        def view(request, pk):
            if not self.permission_policy.user_has_permission(request.user, "change"):
                raise PermissionDenied
            application = get_object_or_404(ArtisanApplication, pk=pk)
            try:
                if action == "approve":
                    page = joining.approve(application, request.user)
                    messages.success(request, _("Approved: %(name)s is invited by email; their draft page is "
                                                "ready to complete and publish.") % {"name": application.name})
                    return redirect("wagtailadmin_pages:edit", page.pk)
                joining.reject(application, request.user)
                messages.success(request, _("Declined: %(name)s is told by email.") % {"name": application.name})
            except joining.ApplicationWithoutRegion:
                messages.error(request, _("Choose a region for this application (Edit), then approve it."))
            except joining.ApplicationAlreadyDecided:
                messages.error(request, _("This application was already decided."))
            return redirect(self.get_url_name("index"))

        return view

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/approve/", self.decide("approve"), name="approve"),
            path("<int:pk>/decline/", self.decide("reject"), name="decline"),
        ]


@hooks.register("register_admin_viewset")
def register_artisan_applications():
    return ArtisanApplicationViewSet("artisan_applications")


class CooperativeManagerViewSet(ModelViewSet):
    """Who runs each cooperative in the workshop (a login that is not staff; the model refuses staff)."""

    model = CooperativeManager
    icon = "group"
    menu_label = gettext_lazy("Cooperative managers")
    add_to_admin_menu = True
    menu_order = 251
    list_display = ["user", "cooperative", "created"]
    form_fields = ["user", "cooperative", "language"]
    search_fields = ["user__email", "user__username", "cooperative__title"]
    add_to_reference_index = False


@hooks.register("register_admin_viewset")
def register_cooperative_managers():
    return CooperativeManagerViewSet("cooperative_managers")
