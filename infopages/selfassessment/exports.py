"""A referral as the case-management system takes it (JSON, shape in
docs/referral-export.md) and as a PDF for the team's records, made for each
request by the print editions' WeasyPrint path and never stored."""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Site

from council_site.accounts.audit import entries_about
from council_site.outbox.models import OutboxEmail
from infopages.print_editions.documents import (
    TYPE_SIZES,
    folders_to_read,
    page_counter_content,
)
from infopages.print_editions.models import PrintFormat
from infopages.print_editions.pdf import make_pdf

from .models.referral import CONSENT_WORDINGS, Referral, ReferredFor

SCHEMA = "council-info/referral/1"


def when(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def referrer(referral):
    if referral.referred_for == ReferredFor.SELF:
        return None
    return {
        "name": referral.referrer_name,
        "relationship": referral.referrer_relationship,
        "contact": referral.referrer_contact,
    }


def as_case_record(referral):
    """The referral for the case-management system: every answer, with codes for the
    choices, so the receiving system needs no translation."""
    return {
        "schema": SCHEMA,
        "reference": referral.reference,
        "received": when(referral.received_at),
        "status": referral.status,
        "closed": when(referral.closed_at),
        "handler": referral.handler.get_full_name() if referral.handler else None,
        "urgent": referral.urgent,
        "urgent_reason": referral.urgent_reason,
        "referred_for": referral.referred_for,
        "referrer": referrer(referral),
        "person": {
            "name": referral.name,
            "date_of_birth": referral.date_of_birth.isoformat() if referral.date_of_birth else None,
            "address": referral.address,
            "postcode": referral.postcode,
            "phone": referral.phone,
            "email": referral.email,
            "contact_methods": referral.contact_methods,
        },
        "communication": {
            "language": referral.language,
            "language_other": referral.language_other,
            "format": referral.format,
            "needs": referral.communication_needs,
            "interpreter_language": referral.interpreter_language,
            "other": referral.communication_other,
        },
        "consent": {
            "given": when(referral.received_at),
            "wording_version": referral.consent_version,
            "wording": str(CONSENT_WORDINGS.get(referral.consent_version, "")),
        },
        "self_assessment": {
            "page_id": referral.self_assessment_id,
            "language": referral.site_language,
            "answers": referral.answers,
        },
    }


def everything_held(referral):
    """For a subject access request (UK GDPR Article 15): the referral, the emails
    to the person, and who looked at it when."""
    return {
        "referral": as_case_record(referral),
        "emails": [
            {
                "to": email.to,
                "subject": email.subject,
                "body": email.body,
                "queued": when(email.created_at),
                "sent": when(email.sent_at),
            }
            for email in (
                OutboxEmail.objects.filter(to__iexact=referral.email) if referral.email else []
            )
        ],
        "record_of_access": [
            {
                "when": when(entry.timestamp),
                "action": entry.action,
                "by": entry.user.get_full_name() if entry.user else None,
            }
            for entry in entries_about(referral).select_related("user")
        ],
    }


def referrals_held_about(email):
    """For a subject access request made elsewhere (a person getting involved): every
    referral with their email address."""
    return [as_case_record(referral) for referral in Referral.objects.about_email(email)]


def pdf_html(referral):
    """In the admin's language, with the person's own words and answers marked in the
    language they wrote them in, so each is set in its script."""
    format = PrintFormat.STANDARD
    context = {
        "sizes": TYPE_SIZES[format],
        "is_large_print": False,
        "page_counter": page_counter_content(),
    }
    stylesheet = render_to_string("print/edition.css", context)
    return render_to_string(
        "selfassessment/referral_pdf.html",
        {
            "referral": referral,
            "stylesheet": stylesheet,
            "language_code": translation.get_language(),
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
        },
    )


def as_pdf(referral):
    site = Site.objects.filter(is_default_site=True).first()
    base_url = (site.root_url if site else "http://localhost") + "/"
    return make_pdf(pdf_html(referral), folders_to_read(), base_url).content
