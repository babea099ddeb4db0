from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "infopages.review"
    label = "review"
    verbose_name = "Co-production review"

    def ready(self):
        from council_site.core.internals import disconnect_wagtail_workflow_emails

        from . import notifications, signal_handlers  # noqa: F401 - connects signal handlers

        # Wagtail's own workflow emails are sent inside the request and are lost when
        # the mail server is down; the outbox's notifications take their place.
        disconnect_wagtail_workflow_emails()

        from . import demo

        demo.register()
