from django.apps import AppConfig


class PrintEditionsConfig(AppConfig):
    name = "infopages.print_editions"
    label = "print_editions"
    verbose_name = "Print editions"

    def ready(self):
        from council_site.pagecache.invalidation import forget_its_page_on_change

        from . import generation  # noqa: F401 - connects the publish signal
        from .models import PrintEdition

        forget_its_page_on_change(PrintEdition)

        from . import demo

        demo.register()
