"""Everything held about a format request, for a subject access request (UK GDPR
Article 15), and the requests held under an email address for one made elsewhere."""

from django.utils import timezone

from council_site.accounts.audit import entries_about
from council_site.outbox.models import OutboxEmail

from .models import CONSENT_WORDINGS, FormatRequest


def when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def as_record(format_request):
    return {
        "reference": format_request.reference,
        "received": when(format_request.received_at),
        "due": format_request.due_on.isoformat(),
        "status": format_request.status,
        "sent": when(format_request.sent_at),
        "closed": when(format_request.closed_at),
        "page_id": format_request.page_id,
        "page_language": format_request.page_language,
        "format": format_request.format,
        "language": format_request.language,
        "language_other": format_request.language_other,
        "delivery": format_request.delivery,
        "name": format_request.name,
        "email": format_request.email,
        "phone": format_request.phone,
        "address": format_request.address,
        "postcode": format_request.postcode,
        "communication_needs": format_request.needs,
        "language_used": format_request.site_language,
        "consent": {
            "given": when(format_request.received_at),
            "wording_version": format_request.consent_version,
            "wording": str(CONSENT_WORDINGS.get(format_request.consent_version, "")),
        },
    }


def everything_held(format_request):
    email = format_request.email
    return {
        "format_request": as_record(format_request),
        "emails": [
            {
                "to": sent.to,
                "subject": sent.subject,
                "body": sent.body,
                "queued": when(sent.created_at),
                "sent": when(sent.sent_at),
            }
            for sent in (OutboxEmail.objects.filter(to__iexact=email) if email else [])
        ],
        "record_of_access": [
            {
                "when": when(entry.timestamp),
                "action": entry.action,
                "by": entry.user.get_full_name() if entry.user else None,
            }
            for entry in entries_about(format_request).select_related("user")
        ],
    }


def format_requests_held_about(email):
    return [as_record(found) for found in FormatRequest.objects.about_email(email)]
