"""/healthz for the load balancer: 200 when the database answers, 503 with a short reason when it does not."""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return JsonResponse({"status": "unavailable", "reason": f"database: {error.__class__.__name__}"}, status=503)
    return JsonResponse({"status": "ok"})
