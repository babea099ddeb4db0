from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import views
from .audit import (
    REPLACED_AUTHENTICATOR,
    REPLACED_RECOVERY_CODES,
    RESET_TWO_FACTOR,
    SET_UP_TWO_FACTOR,
)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.verify_code, name="two_factor_verify"),
        path("two-factor/set-up/", views.set_up, name="two_factor_setup"),
        path(
            "two-factor/recovery-codes/",
            views.replace_recovery_codes,
            name="two_factor_recovery_codes",
        ),
        path(
            "two-factor/reset/<int:user_id>/",
            views.reset_two_factor,
            name="two_factor_reset",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if not views.may_reset_two_factor(request_user, user):
        return []
    return [
        Button(
            _("Reset two-step sign-in"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=50,
        )
    ]


@hooks.register("register_log_actions")
def register_account_actions(actions):
    for action, label in [
        (RESET_TWO_FACTOR, _("Two-step sign-in reset")),
        (SET_UP_TWO_FACTOR, _("Two-step sign-in set up")),
        (REPLACED_AUTHENTICATOR, _("Authenticator app replaced")),
        (REPLACED_RECOVERY_CODES, _("Recovery codes replaced")),
    ]:
        actions.register_action(action, label, label)
