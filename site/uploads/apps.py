from django.apps import AppConfig


class UploadsConfig(AppConfig):
    name = "council_site.uploads"
    label = "uploads"
    verbose_name = "Uploads"
