from django.apps import AppConfig


class GetInvolvedConfig(AppConfig):
    name = "getinvolved"
    verbose_name = "Get involved"
