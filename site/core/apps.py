from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "council_site.core"
    label = "core"
    verbose_name = "Site platform"

    def ready(self):
        from council_site.spreadsheets import write_inert_csv_row

        from .internals import replace_wagtail_csv_row_writer

        replace_wagtail_csv_row_writer(write_inert_csv_row)
