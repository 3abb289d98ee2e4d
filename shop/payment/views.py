"""The CMI gateway's server-to-server callback (CallbackURL): a CSRF-exempt POST answered in plain text."""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from shop.payment import cmi


@csrf_exempt
@require_POST
def cmi_callback(request):
    return HttpResponse(cmi.handle_callback(request.POST.dict()), content_type="text/plain; charset=utf-8")
