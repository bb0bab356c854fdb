"""URLs and WSGI application of the true ceiling (bench/ceiling_settings.py): one view."""

from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("healthz/", trivial)]

application = get_wsgi_application()
