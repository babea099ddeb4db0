from django.apps import AppConfig


class EasyReadConfig(AppConfig):
    name = "infopages.easyread"
    label = "easyread"
    verbose_name = "Easy Read"

    def ready(self):
        from infopages.page_types import register_easy_read

        from . import demo
        from .models import EasyReadPage

        register_easy_read(EasyReadPage)
        demo.register()
