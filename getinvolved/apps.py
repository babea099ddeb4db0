from django.apps import AppConfig


class GetInvolvedConfig(AppConfig):
    name = "getinvolved"
    verbose_name = "Get involved"

    def ready(self):
        from . import demo

        demo.register()
