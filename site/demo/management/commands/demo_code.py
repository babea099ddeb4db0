import time

from django.core.management.base import BaseCommand
from django_otp.oath import totp

from council_site.demo.logins import authenticator_key


class Command(BaseCommand):
    help = (
        "Print the current sign-in code of the demo logins' shared authenticator key "
        "(demo only: real accounts each have their own key)."
    )

    def handle(self, *args, **options):
        code = totp(authenticator_key(), t0=0, step=30, digits=6)
        seconds_left = 30 - int(time.time()) % 30
        self.stdout.write(f"{code:06d} (for {seconds_left} more seconds)")
