from base64 import b32encode

import django_otp
import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from .audit import log_two_factor_reset
from .forms import CodeForm
from .two_factor import (
    AUTHENTICATOR_NAME,
    forget_devices,
    new_authenticator,
    new_recovery_codes,
    verify,
)


def next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def verify_code(request):
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if verify(request, form.cleaned_data["code"]):
            return redirect(next_url(request))
        form.refuse()
    return TemplateResponse(
        request, "accounts/verify.html", {"form": form, "next": next_url(request)}
    )


def unconfirmed_authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=False).first() or new_authenticator(user)


def set_up(request):
    """Adds an authenticator app: required before anything else for a new account,
    and how someone with a new phone replaces the old one."""
    device = unconfirmed_authenticator(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            TOTPDevice.objects.filter(user=request.user, confirmed=True).delete()
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            django_otp.login(request, device)
            return show_recovery_codes(request, new_recovery_codes(request.user))
        form.refuse()
    return TemplateResponse(
        request,
        "accounts/set_up.html",
        {
            "form": form,
            "next": next_url(request),
            "qr_code": segno.make(device.config_url).svg_inline(scale=4, omitsize=True),
            "secret": b32encode(device.bin_key).decode(),
            "app_name": AUTHENTICATOR_NAME,
        },
    )


def show_recovery_codes(request, codes):
    return TemplateResponse(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


def replace_recovery_codes(request):
    """New recovery codes, for someone who has used or lost theirs; the old ones stop working."""
    if request.method == "POST":
        return show_recovery_codes(request, new_recovery_codes(request.user))
    return TemplateResponse(request, "accounts/replace_recovery_codes.html", {})


def may_reset_two_factor(request_user, user):
    """Those who manage accounts, for anyone but themselves (who use "Set up a new
    phone"); only a superuser for a superuser, as Wagtail has it for accounts."""
    return (
        request_user.has_perm(f"{user._meta.app_label}.change_{user._meta.model_name}")
        and user != request_user
        and (request_user.is_superuser or not user.is_superuser)
    )


def reset_two_factor(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset_two_factor(request.user, user):
        raise PermissionDenied
    if request.method != "POST":
        return TemplateResponse(request, "accounts/reset_two_factor.html", {"account": user})
    forget_devices(user)
    log_two_factor_reset(request, user)
    messages.success(
        request,
        _("%(name)s will set up two-step sign-in again the next time they sign in.")
        % {"name": user.get_full_name() or user.get_username()},
    )
    return redirect("wagtailusers_users:index")
