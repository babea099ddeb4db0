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
SET_UP = "two_factor_setup"

# Reachable after the password and before the code. Setting up is among them only
# for an account with no second factor yet (see may_pass_before_second_factor):
# anyone else who replaced their app on a password alone would own the account.
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
    SET_UP,
}


def needs_second_factor(user):
    return user.is_authenticated and not user.is_verified()


def is_first_set_up(user):
    """An account with no confirmed second factor: new, or reset by an administrator."""
    return not user_has_device(user)


def may_pass_before_second_factor(user, url_name):
    if url_name == SET_UP:
        return is_first_set_up(user)
    return url_name in BEFORE_SECOND_FACTOR


def second_factor_url(user):
    return reverse(SET_UP if is_first_set_up(user) else "two_factor_verify")


class RequireTwoFactorMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        if not needs_second_factor(request.user):
            return None
        if may_pass_before_second_factor(request.user, request.resolver_match.url_name):
            return None
        return redirect(f"{second_factor_url(request.user)}?next={request.get_full_path()}")


def unconfirmed_authenticator(user):
    """The one device waiting for its first code: opening the set-up page again
    shows the same key rather than adding another device."""
    pending = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk")
    device = pending.first()
    if device is None:
        return TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    pending.exclude(pk=device.pk).delete()
    return device


def confirm_authenticator(device):
    """The new app replaces any earlier one: an account has one authenticator."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])


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


def matching_device(user, token):
    """The confirmed device the token is right for (a recovery code is used up), or None."""
    with transaction.atomic():
        for device in devices_for_token(user, token):
            if device.verify_token(token):
                return device
    return None


def mark_verified(request, device):
    """The second step passed: a new session key, so that a session key learnt
    before this step (fixed in the browser by someone else) is worth nothing now."""
    django_otp.login(request, device)
    request.session.cycle_key()


def verify(request, token):
    """Marks the session as verified when the token matches one of the user's devices."""
    device = matching_device(request.user, token)
    if device is None:
        return False
    mark_verified(request, device)
    return True


def forget_devices(user):
    """For someone who has lost their phone and their recovery codes: at their next
    sign-in, after their password, they set up an authenticator app again. A session
    verified with a forgotten device is no longer verified."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
