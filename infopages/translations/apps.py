from django.apps import AppConfig


class PageTranslationsConfig(AppConfig):
    name = "infopages.translations"
    label = "page_translations"
    verbose_name = "Translations"

    def ready(self):
        from . import demo, signal_handlers  # noqa: F401 - connects signal handlers

        demo.register()
