"""Each change to a person's second factor is told to them by email, so that
someone who signed in with their password and changed it cannot do so unseen."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from council_site.outbox.sending import queue_email

from .audit import (
    REPLACED_AUTHENTICATOR,
    REPLACED_RECOVERY_CODES,
    RESET_TWO_FACTOR,
    SET_UP_TWO_FACTOR,
)

WHAT_CHANGED = {
    SET_UP_TWO_FACTOR: gettext_lazy("Two-step sign-in was set up on your account."),
    REPLACED_AUTHENTICATOR: gettext_lazy(
        "A new authenticator app now gives the codes for your account. The old one no longer works."
    ),
    REPLACED_RECOVERY_CODES: gettext_lazy(
        "New recovery codes were made for your account. The old ones no longer work."
    ),
    RESET_TWO_FACTOR: gettext_lazy(
        "An administrator removed your authenticator app and recovery codes. You will set "
        "up two-step sign-in again the next time you sign in."
    ),
}


def preferred_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return profile.get_preferred_language() if profile else settings.LANGUAGE_CODE


def admin_home_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")


def tell_of_two_factor_change(user, action):
    if not user.email:
        return
    with translation.override(preferred_language(user)):
        body = render_to_string(
            "accounts/emails/two_factor_changed.txt",
            {
                "what_changed": WHAT_CHANGED[action],
                "when": timezone.localtime(),
                "site_name": settings.WAGTAIL_SITE_NAME,
                "admin_url": admin_home_url(),
            },
        )
        queue_email(user.email, _("Two-step sign-in on your account has changed"), body)
