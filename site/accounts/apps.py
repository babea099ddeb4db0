from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "council_site.accounts"
    label = "accounts"
    verbose_name = "Admin accounts"

    def ready(self):
        from . import audit, sessions  # noqa: F401 - connects their signal handlers
