"""The two-step sign-in, the lockout and the session limits do nothing for a
resident reading public pages: without a session cookie nobody is signed in, so
neither the session nor the account is looked at, and no query or cache call is made."""

from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path

from tests.factories import sign_in

# Each middleware of the accounts, in the order the site runs them, behind the
# session and authentication middleware they read.
ACCOUNTS_MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "council_site.accounts.sessions.SessionLimitsMiddleware",
    "council_site.accounts.sessions.LogoutByPostOnlyMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "council_site.accounts.two_factor.RequireTwoFactorMiddleware",
    "council_site.accounts.audit.PermissionRefusalLogMiddleware",
    "council_site.accounts.refusals.AdminRefusalMiddleware",
    "infopages.review.access.ReviewerAdminAllowListMiddleware",
    "axes.middleware.AxesMiddleware",
]
CACHE_METHODS = ("get", "get_many", "set", "set_many", "add", "delete", "incr", "touch", "has_key")


def public_page(request):
    return HttpResponse("How to report abuse")


urlpatterns = [path("en/how-to-report-abuse/", public_page)]


def test_the_site_runs_every_middleware_tested_here_in_this_order():
    in_site = [name for name in settings.MIDDLEWARE if name in ACCOUNTS_MIDDLEWARE]
    assert in_site == ACCOUNTS_MIDDLEWARE


@pytest.fixture
def cache_calls():
    default = caches["default"]
    with mock.patch.multiple(
        type(default), **dict.fromkeys(CACHE_METHODS, mock.DEFAULT)
    ) as patched:
        yield patched


@override_settings(MIDDLEWARE=ACCOUNTS_MIDDLEWARE, ROOT_URLCONF=__name__)
def test_an_anonymous_reader_costs_no_session_query_or_cache_call(db, cache_calls):
    with CaptureQueriesContext(connection) as queries:
        response = Client().get("/en/how-to-report-abuse/")
    assert response.content == b"How to report abuse"
    assert not response.wsgi_request.session.accessed
    assert len(queries) == 0
    assert not any(method.called for method in cache_calls.values())


@override_settings(MIDDLEWARE=ACCOUNTS_MIDDLEWARE, ROOT_URLCONF=__name__)
def test_a_signed_in_editor_reading_a_public_page_still_has_their_session_checked(people):
    client = sign_in(Client(), people["editor"])
    people["editor"].is_active = False
    people["editor"].save()
    response = client.get("/en/how-to-report-abuse/")
    assert response.wsgi_request.session.accessed
    assert not response.wsgi_request.user.is_authenticated
