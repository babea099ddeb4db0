"""Make every missing or out-of-date print edition, and try failed ones again when
they are due. Run from cron (hourly) in production; `make run` runs it for the demo."""

from django.core.management.base import BaseCommand

from infopages.print_editions.generation import due_for_an_edition, make_edition_now


class Command(BaseCommand):
    help = "Make the print editions of every live page and topic that lack a current one."

    def handle(self, *args, **options):
        made = failed = 0
        for page_id, format in due_for_an_edition():
            if make_edition_now(page_id, format) is None:
                failed += 1
            else:
                made += 1
        self.stdout.write(f"Print editions up to date: {made}; could not be made: {failed}.")
