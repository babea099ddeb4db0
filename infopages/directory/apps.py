from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "infopages.directory"
    label = "directory"
    verbose_name = "Directory of local services"
