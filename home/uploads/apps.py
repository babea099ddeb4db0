from django.apps import AppConfig


class UploadsConfig(AppConfig):
    name = "home.uploads"
    label = "uploads"
    verbose_name = "Uploads"
