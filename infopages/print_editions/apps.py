from django.apps import AppConfig


class PrintEditionsConfig(AppConfig):
    name = "infopages.print_editions"
    label = "print_editions"
    verbose_name = "Print editions"

    def ready(self):
        from . import generation  # noqa: F401 - connects the publish signal
