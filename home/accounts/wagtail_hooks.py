from django.urls import path
from wagtail import hooks

from . import views


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
    ]
