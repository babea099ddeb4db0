"""Every admin account signs in with a password and a one-time code from an
authenticator app (TOTP), or one of its single-use recovery codes. Until the code
is given, the admin answers nothing but the pages that ask for it."""

import django_otp
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

ADMIN_PREFIX = "/admin/"
RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"

# Reachable after the password and before the code.
BEFORE_SECOND_FACTOR = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_setup",
}


def needs_second_factor(user):
    return user.is_authenticated and not user.is_verified()


def second_factor_url(user):
    name = "two_factor_verify" if user_has_device(user) else "two_factor_setup"
    return reverse(name)


class RequireTwoFactorMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        if request.resolver_match.url_name in BEFORE_SECOND_FACTOR:
            return None
        if needs_second_factor(request.user):
            return redirect(f"{second_factor_url(request.user)}?next={request.get_full_path()}")
        return None


def new_authenticator(user):
    """An unconfirmed device: it counts once the person has typed a code it made."""
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)


def new_recovery_codes(user):
    """Replaces any earlier recovery codes; returns the new ones to show once."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def devices_for_token(user, token):
    """Six digits come from the app, anything else is a recovery code: only that kind
    of device is tried, so a wrong guess slows down only the device it was meant for."""
    kind = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
    return kind.objects.devices_for_user(user, confirmed=True).select_for_update()


def verify(request, token):
    """Marks the session as verified when the token matches one of the user's devices."""
    with transaction.atomic():
        for device in devices_for_token(request.user, token):
            if device.verify_token(token):
                django_otp.login(request, device)
                return True
    return False


def forget_devices(user):
    """For someone who has lost their phone and their recovery codes: at their next
    sign-in, after their password, they set up an authenticator app again. A session
    verified with a forgotten device is no longer verified."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
