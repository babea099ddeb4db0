from django.apps import AppConfig


class InformationPagesConfig(AppConfig):
    name = "infopages"
    verbose_name = "Information pages"
