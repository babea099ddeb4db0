"""Admin sessions end after 30 idle minutes (SESSION_COOKIE_AGE, renewed on every
request) and, however busy, a fixed time after signing in. A disabled account is
signed out on its next request: Django's ModelBackend refuses inactive users."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect

SIGNED_IN_AT = "signed_in_at"


def remember_sign_in_time(sender, request, user, **kwargs):
    request.session[SIGNED_IN_AT] = int(time.time())


user_logged_in.connect(remember_sign_in_time, dispatch_uid="remember_sign_in_time")


def may_be_signed_in(request):
    """Without a session cookie nobody is signed in: answering so needs neither the
    session nor the account, so a resident's request costs the session rules nothing."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def session_is_too_old(request):
    signed_in_at = request.session.get(SIGNED_IN_AT)
    # A session from before this rule has no time: it is treated as expired.
    return signed_in_at is None or time.time() - signed_in_at > settings.SESSION_ABSOLUTE_SECONDS


class SessionLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            may_be_signed_in(request)
            and request.user.is_authenticated
            and session_is_too_old(request)
        ):
            logout(request)
            if request.path_info.startswith("/admin/"):
                return redirect(f"/admin/login/?next={request.path}")
        return self.get_response(request)


class LogoutByPostOnlyMiddleware:
    """Wagtail's sign-out view deletes the browser's cookie on any request, even the
    GET it refuses with 405, while the session stays valid on the server: a copy of
    the cookie would still open the admin. Only a POST reaches it, which ends the
    session itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name == "wagtailadmin_logout" and request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return None
