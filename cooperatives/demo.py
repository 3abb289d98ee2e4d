"""Demo artisan: a maker who logs in and sees only their own products and orders in Oscar's dashboard.

Makers are never staff (Oscar scopes its dashboard by is_staff); partner membership plus the
partner.dashboard_access permission is what lets them in.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission


def ensure_artisan(partner, username, email, password, first_name, last_name):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"email": email, "first_name": first_name, "last_name": last_name, "is_staff": False},
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        user.user_permissions.add(Permission.objects.get(content_type__app_label="partner", codename="dashboard_access"))
    partner.users.add(user)
    return user, created
