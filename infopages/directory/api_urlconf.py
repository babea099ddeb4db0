"""The API's addresses alone, without language prefixes: see api.endpoint."""

from django.urls import include, path

from . import urls

urlpatterns = [path("openreferral/v3/", include(urls))]
