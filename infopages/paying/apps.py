from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PayingConfig(AppConfig):
    name = "infopages.paying"
    label = "paying"
    verbose_name = _("Will I have to pay towards my care?")

    def ready(self):
        from infopages.page_types import register_tool

        from . import demo
        from .models import EstimatePage

        register_tool(EstimatePage)
        demo.register()
