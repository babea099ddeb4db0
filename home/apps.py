from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home page and site settings"

    def ready(self):
        from . import demo

        demo.register()
