from django.conf import settings
from django.core.management.base import BaseCommand

from council_site.core.sites import serve_default_site_at


class Command(BaseCommand):
    help = (
        "Give the default site the address it is served at (SITE_URL), which every "
        "page address, QR code, sitemap entry and canonical link starts with."
    )

    def handle(self, *args, **options):
        site = serve_default_site_at(settings.SITE_URL)
        self.stdout.write(f"The site's address is {site.root_url}/")
