from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "council_site.demo"
    label = "demo"
    verbose_name = "Demo content"

    def ready(self):
        from . import logins, registry

        registry.register("site-address", logins.site_address)
        registry.register("logins", logins.logins)
