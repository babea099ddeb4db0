from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "council_site.core"
    label = "core"
    verbose_name = "Site platform"

    def ready(self):
        from council_site.spreadsheets import make_admin_exports_inert

        make_admin_exports_inert()
