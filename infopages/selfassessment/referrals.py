"""The life of a referral: sent once however often the form is, told to the person and
to Adult Social Care Direct, and erased on request.

Storing a referral and queueing its emails happen in one transaction, so a crash or
a database restart keeps all of it or none."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from council_site.accounts.audit import entries_about, record_label
from council_site.accounts.notices import preferred_language
from council_site.core.personal_records import store_once
from council_site.outbox.models import OutboxEmail
from council_site.outbox.sending import queue_email
from infopages.contact_details import ContactDetails

from .models.referral import CONSENT_VERSION, ERASED_NAME, Referral, new_reference

TEAM = "Adult Social Care Direct"


def submit(details, answers, page, language, submission_id):
    """Store the referral once however often it is sent (see store_once)."""
    return store_once(
        Referral,
        submission_id,
        lambda: receive(details, answers, page, language, submission_id),
    )


def receive(details, answers, page, language, submission_id):
    referral = Referral.objects.create(
        submission_id=submission_id,
        reference=new_reference(),
        self_assessment=page,
        site_language=language,
        consent_version=CONSENT_VERSION,
        answers=answers,
        **details,
    )
    if referral.email:
        send_confirmation(referral)
    tell_the_team(referral)
    return referral


def send_confirmation(referral):
    language = referral.email_language()
    with translation.override(language):
        council = ContactDetails.for_language(language)
        paragraphs = [
            _("Hello %(name)s,") % {"name": referral.name},
            _("We have your request for a needs assessment. Your reference is %(reference)s.")
            % {"reference": referral.reference},
            _(
                "Someone from Adult Social Care Direct will contact you in the way you asked. "
                "If you need to talk to us before then, phone %(phone)s and give your reference "
                "number."
            )
            % {"phone": council.asc_direct_phone},
            _(
                "If someone is in danger now, phone 999. If you are worried that an adult is "
                "being abused or neglected, phone %(phone)s."
            )
            % {"phone": council.asc_direct_phone},
            council.council_name,
        ]
        return queue_email(
            referral.email,
            _("We have your request for a needs assessment"),
            "\n\n".join(paragraphs),
        )


def team_members():
    return (
        get_user_model().objects.filter(groups__name=TEAM, is_active=True, email__gt="").distinct()
    )


def tell_the_team(referral):
    """A link to the referral in the queue, and nothing about the person."""
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "selfassessment_referral:inspect", args=[referral.pk]
    )
    for member in team_members():
        with translation.override(preferred_language(member)):
            subject = (
                _("New urgent referral for a needs assessment")
                if referral.urgent
                else _("New referral for a needs assessment")
            )
            body = "\n\n".join(
                [
                    _("A new referral for a needs assessment is waiting in the queue."),
                    link,
                    _("Sign in to the admin to read it."),
                ]
            )
            queue_email(member.email, subject, body)


def forget_traces(referral):
    """Copies of a referral's details outside it: emails to the person, and its
    label in the audit log."""
    if referral.email:
        OutboxEmail.objects.filter(to__iexact=referral.email).delete()
    entries_about(referral).update(label=record_label(Referral, referral.pk))


PERSONAL_FIELDS = {
    "referrer_name": "",
    "referrer_relationship": "",
    "referrer_contact": "",
    "name": ERASED_NAME,
    "date_of_birth": None,
    "address": "",
    "postcode": "",
    "contact_methods": [],
    "phone": "",
    "email": "",
    "language_other": "",
    "communication_needs": [],
    "interpreter_language": "",
    "communication_other": "",
    "urgent_reason": "",
    "answers": [],
}


def erase(referral):
    """Keep only what says nothing about who it was for: the reference, the dates and
    the status, so the queue's figures still add up. False when already erased."""
    with transaction.atomic():
        referral = Referral.objects.select_for_update().get(pk=referral.pk)
        if not referral.is_identifiable:
            return False
        forget_traces(referral)
        for field, value in PERSONAL_FIELDS.items():
            setattr(referral, field, value)
        referral.erased_at = timezone.now()
        referral.save()
    return True


def erase_every_referral_about(email):
    """For an erasure request made elsewhere (a person getting involved): every
    referral with their email address. Returns how many were erased."""
    return sum(erase(referral) for referral in Referral.objects.about_email(email))
