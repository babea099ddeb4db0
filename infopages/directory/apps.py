from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "infopages.directory"
    label = "directory"
    verbose_name = "Directory of local services"

    def ready(self):
        from infopages.page_types import register_tool

        from . import demo
        from .models import DirectoryPage

        register_tool(DirectoryPage)
        demo.register()
