"""The index of the makers' earnings in Oscar's dashboard. Every staff view of the app is wrapped by `staff_only`:
makers (never staff) and customers are refused (403), anonymous visitors sent to log in."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.cache import never_cache


def staff_only(view):
    @login_required
    @never_cache
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@staff_only
def index(request):
    return render(request, "earnings/staff/index.html")
