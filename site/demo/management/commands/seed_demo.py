"""Make the demo site from the data files in site/demo/content/, through the steps
the apps register. Running it again changes nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from council_site.demo.loader import CONTENT_DIR, DemoDataError
from council_site.demo.seeder import Seeder


class Command(BaseCommand):
    help = (
        "Create the demo site: home page, five topics with their pages, their translations, "
        "a login for each role and the reviews in progress."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir", type=Path, default=CONTENT_DIR, help="Folder of the demo's data files."
        )

    def handle(self, *args, data_dir, **options):
        try:
            Seeder(self.stdout, data_dir).run()
        except DemoDataError as error:
            raise CommandError(f"The demo was not made: {error}") from error
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
