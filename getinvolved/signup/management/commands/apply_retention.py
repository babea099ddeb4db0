from django.core.management.base import BaseCommand

from getinvolved.signup.retention import apply_retention
from infopages.directory.retention import delete_handled_suggestions
from infopages.formatrequests.retention import delete_closed_format_requests
from infopages.selfassessment.retention import delete_closed_referrals


class Command(BaseCommand):
    help = (
        "Apply the retention rules to personal data: delete sign-ups not confirmed within "
        "30 days, anonymise withdrawn people, flag people not contacted for 3 years, "
        "delete referrals closed more than REFERRAL_RETENTION_DAYS ago, format requests "
        "closed more than FORMAT_REQUEST_RETENTION_DAYS ago and the directory's handled "
        "suggestions sent more than SUGGESTION_RETENTION_DAYS ago. Run it daily."
    )

    def handle(self, *args, **options):
        report = apply_retention()
        referrals = delete_closed_referrals()
        format_requests = delete_closed_format_requests()
        suggestions = delete_handled_suggestions()
        self.stdout.write(
            f"Deleted {report.deleted_unconfirmed} unconfirmed sign-up(s), anonymised "
            f"{report.anonymised_withdrawn} withdrawn person(s), flagged "
            f"{report.flagged_for_review} person(s) not contacted for 3 years, deleted "
            f"{referrals} closed referral(s), {format_requests} closed format request(s) "
            f"and {suggestions} handled suggestion(s)."
        )
