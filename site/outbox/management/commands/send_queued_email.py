from django.core.management.base import BaseCommand

from council_site.outbox.sending import send_due_emails


class Command(BaseCommand):
    help = (
        "Send queued emails that are due, retrying those the mail server refused. "
        "Run it every few minutes."
    )

    def handle(self, *args, **options):
        attempted = send_due_emails()
        self.stdout.write(f"Tried {attempted} queued email(s).")
