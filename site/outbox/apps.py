from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "council_site.outbox"
    label = "outbox"
    verbose_name = "Email outbox"
