from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .audit import (
    REPLACED_AUTHENTICATOR,
    REPLACED_RECOVERY_CODES,
    RESET_TWO_FACTOR,
    SET_UP_TWO_FACTOR,
    log_two_factor_change,
)
from .forms import CodeForm, CurrentCodeForm, ReplaceAuthenticatorForm
from .notices import tell_of_two_factor_change
from .two_factor import (
    AUTHENTICATOR_NAME,
    confirm_authenticator,
    forget_devices,
    is_first_set_up,
    mark_verified,
    matching_device,
    new_recovery_codes,
    unconfirmed_authenticator,
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


def set_up(request):
    """Adds an authenticator app: before anything else for an account that has no
    second factor yet; a signed-in person with a new phone replaces the old app."""
    if is_first_set_up(request.user):
        return first_set_up(request)
    if not request.user.is_verified():
        return redirect(f"{reverse('two_factor_verify')}?next={request.get_full_path()}")
    return replace_authenticator(request)


def first_set_up(request):
    device = unconfirmed_authenticator(request.user)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            confirm_authenticator(device)
            mark_verified(request, device)
            record_change(request, SET_UP_TWO_FACTOR)
            return show_recovery_codes(request, new_recovery_codes(request.user))
        form.refuse()
    return set_up_page(request, device, form)


def replace_authenticator(request):
    device = unconfirmed_authenticator(request.user)
    form = ReplaceAuthenticatorForm(request.POST or None)
    if form.is_valid():
        if matching_device(request.user, form.cleaned_data["current_code"]) is None:
            form.refuse_current_code()
        elif not device.verify_token(form.cleaned_data["code"]):
            form.refuse()
        else:
            confirm_authenticator(device)
            mark_verified(request, device)
            record_change(request, REPLACED_AUTHENTICATOR)
            messages.success(request, _("Your new authenticator app is set up."))
            return redirect(next_url(request))
    return set_up_page(request, device, form, replacing=True)


def set_up_page(request, device, form, replacing=False):
    return TemplateResponse(
        request,
        "accounts/set_up.html",
        {
            "form": form,
            "replacing": replacing,
            "next": next_url(request),
            "qr_code": segno.make(device.config_url).svg_inline(scale=4, omitsize=True),
            "secret": b32encode(device.bin_key).decode(),
            "app_name": AUTHENTICATOR_NAME,
        },
    )


def record_change(request, action, user=None):
    # Wagtail logs only model instances, not the lazy request.user that stands for one.
    user = user or get_user_model().objects.get(pk=request.user.pk)
    log_two_factor_change(request, user, action)
    tell_of_two_factor_change(user, action)


def show_recovery_codes(request, codes):
    return TemplateResponse(
        request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url(request)}
    )


def replace_recovery_codes(request):
    """New recovery codes, for someone who has used or lost theirs; the old ones stop working."""
    form = CurrentCodeForm(request.POST or None)
    if form.is_valid():
        if matching_device(request.user, form.cleaned_data["current_code"]) is not None:
            codes = new_recovery_codes(request.user)
            record_change(request, REPLACED_RECOVERY_CODES)
            return show_recovery_codes(request, codes)
        form.refuse_current_code()
    return TemplateResponse(request, "accounts/replace_recovery_codes.html", {"form": form})


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
    record_change(request, RESET_TWO_FACTOR, user)
    messages.success(
        request,
        _("%(name)s will set up two-step sign-in again the next time they sign in.")
        % {"name": user.get_full_name() or user.get_username()},
    )
    return redirect("wagtailusers_users:index")
