"""Everything held about one person, for a subject access request (UK GDPR Article 15)."""

from django.utils import timezone

from council_site.accounts.audit import entries_about
from council_site.outbox.models import OutboxEmail
from infopages.formatrequests.subject_access import format_requests_held_about
from infopages.selfassessment.exports import referrals_held_about

from .registration import PERSON_FIELDS


def when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def everything_held(person):
    return {
        "person": {
            **{field: getattr(person, field) for field in PERSON_FIELDS},
            "language_display": person.language_display(),
            "ways_to_get_involved": person.way_values,
            "topics_of_interest": [topic.name for topic in person.topics.all()],
            "status": person.status,
            "assisted_sign_up": person.assisted,
            "signed_up": when(person.created_at),
            "confirmed": when(person.confirmed_at),
            "last_contacted": when(person.last_contacted_at),
            "flagged_for_review": when(person.review_flagged_at),
        },
        "consents": [
            {
                "given": when(consent.given_at),
                "method": consent.method,
                "wording_version": consent.wording_version,
                "wording": str(consent.wording),
                "withdrawn": when(consent.withdrawn_at),
            }
            for consent in person.consents.all()
        ],
        "sign_up_forms_waiting_for_confirmation": [
            {"sent": when(request.created_at), "method": request.method, "answers": request.details}
            for request in person.requests.filter(confirmed_at__isnull=True)
        ],
        "emails": [
            {
                "to": email.to,
                "subject": email.subject,
                "body": email.body,
                "queued": when(email.created_at),
                "sent": when(email.sent_at),
            }
            for email in (
                OutboxEmail.objects.filter(to__iexact=person.email) if person.email else []
            )
        ],
        "referrals_for_a_needs_assessment": referrals_held_about(person.email),
        "requests_for_another_format": format_requests_held_about(person.email),
        "record_of_access": [
            {
                "when": when(entry.timestamp),
                "action": entry.action,
                "by": entry.user.get_full_name() if entry.user else None,
            }
            for entry in entries_about(person).select_related("user")
        ],
    }
