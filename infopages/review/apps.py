from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "infopages.review"
    label = "review"
    verbose_name = "Co-production review"

    def ready(self):
        from . import notifications, signal_handlers  # noqa: F401 - connects signal handlers

        notifications.replace_wagtail_workflow_emails()
