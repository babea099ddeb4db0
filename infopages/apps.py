from django.apps import AppConfig


class InformationPagesConfig(AppConfig):
    name = "infopages"
    verbose_name = "Information pages"

    def ready(self):
        from council_site.pagecache.invalidation import forget_every_page_on_change

        from .contact_details import ContactDetails

        forget_every_page_on_change(ContactDetails)

        from . import demo

        demo.register()
