from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home page and site settings"

    def ready(self):
        from council_site.spreadsheets import make_admin_exports_inert

        make_admin_exports_inert()
