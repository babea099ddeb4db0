from django.core.management.base import BaseCommand

from getinvolved.signup.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Apply the retention rules to people getting involved: delete sign-ups not "
        "confirmed within 30 days, anonymise withdrawn people, flag people not contacted "
        "for 3 years. Run it daily."
    )

    def handle(self, *args, **options):
        report = apply_retention()
        self.stdout.write(
            f"Deleted {report.deleted_unconfirmed} unconfirmed sign-up(s), anonymised "
            f"{report.anonymised_withdrawn} withdrawn person(s), flagged "
            f"{report.flagged_for_review} person(s) not contacted for 3 years."
        )
