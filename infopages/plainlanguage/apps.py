from django.apps import AppConfig


class PlainLanguageConfig(AppConfig):
    name = "infopages.plainlanguage"
    label = "plainlanguage"
    verbose_name = "Plain language"
