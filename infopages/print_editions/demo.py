"""The demo publishes every page at once: their print editions are made once, at
the end, instead of a topic's booklet once for every page."""

from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command

from council_site.demo import registry

from .generation import editions_made_afterwards


@contextmanager
def editions_at_the_end(seeder):
    with editions_made_afterwards():
        yield
    if settings.PRINT_EDITIONS_ON_PUBLISH:
        call_command("make_print_editions", stdout=seeder.stdout)


def register():
    registry.register_surrounding("print-editions", editions_at_the_end)
