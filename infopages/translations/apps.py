from django.apps import AppConfig


class PageTranslationsConfig(AppConfig):
    name = "infopages.translations"
    label = "page_translations"
    verbose_name = "Translations"
