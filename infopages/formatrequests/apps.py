from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormatRequestsConfig(AppConfig):
    name = "infopages.formatrequests"
    label = "formatrequests"
    verbose_name = _("Requests for another format")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from council_site.core import held_about

        from . import demo
        from .lookups import format_requests_about

        held_about.register("formatrequests", format_requests_about)
        demo.register()
