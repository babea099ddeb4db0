from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "home.outbox"
    label = "outbox"
    verbose_name = "Email outbox"
