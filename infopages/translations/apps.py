from django.apps import AppConfig


class PageTranslationsConfig(AppConfig):
    name = "infopages.translations"
    label = "page_translations"
    verbose_name = "Translations"

    def ready(self):
        from . import signal_handlers  # noqa: F401 - connects signal handlers
