from django.core.management.base import BaseCommand, CommandError

from infopages.directory.importing import FeedError, import_feed


class Command(BaseCommand):
    help = (
        "Import services from an Open Referral UK 3.0 feed (a JSON file or URL of full "
        "services, as a list or paged answers). Services the feed no longer lists are "
        "marked inactive. A malformed feed is refused whole."
    )

    def add_arguments(self, parser):
        parser.add_argument("file_or_url")
        parser.add_argument(
            "--name",
            help="What to call this feed (default: the file or URL as given), so that a "
            "feed that moves keeps its services.",
        )

    def handle(self, *args, **options):
        try:
            counts = import_feed(options["file_or_url"], options["name"])
        except FeedError as problem:
            raise CommandError(f"Nothing was imported: {problem}") from None
        self.stdout.write(", ".join(f"{count} {what}" for what, count in counts.items()) + ".")
