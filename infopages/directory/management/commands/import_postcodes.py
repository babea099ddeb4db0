from django.core.management.base import BaseCommand, CommandError

from infopages.directory.postcode_import import PostcodeFileError, import_postcodes


class Command(BaseCommand):
    help = (
        "Import postcode positions from the ONS Postcode Directory CSV (columns pcds, lat, "
        "long) or an extract of it, so searches by postcode need no other service."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--prefix",
            action="append",
            default=[],
            help="Keep only postcodes starting with this (e.g. CV); may be given again.",
        )

    def handle(self, *args, **options):
        prefixes = [prefix.upper() for prefix in options["prefix"]]
        try:
            count = import_postcodes(options["file"], prefixes)
        except (OSError, PostcodeFileError) as problem:
            raise CommandError(str(problem)) from None
        self.stdout.write(f"{count} postcodes imported.")
