"""The life of a sign-up: submitted, confirmed, withdrawn or erased.

Everything that changes a person happens in one transaction with the emails it
causes, so a crash or a database restart leaves either all of it or none."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from council_site.accounts.audit import entries_about
from council_site.outbox.models import OutboxEmail
from infopages.formatrequests.receiving import erase_every_format_request_about
from infopages.selfassessment.referrals import erase_every_referral_about

from .audit import log_label
from .emails import send_confirmation_request, send_welcome
from .models import (
    ANONYMISED_NAME,
    ConsentRecord,
    InvolvementTopic,
    Person,
    PersonWay,
    SignUpRequest,
)

PERSON_FIELDS = (
    "name",
    "email",
    "phone",
    "address",
    "language",
    "language_other",
    "format",
    "role",
    "support_needed",
)
# Two submissions racing for the same email or form: the loser retries and finds the winner.
ATTEMPTS = 3


def apply_details(person, details):
    for field in PERSON_FIELDS:
        setattr(person, field, details[field])
    person.ways = [PersonWay(way=way) for way in details["ways"]]
    person.topics.set(list(InvolvementTopic.objects.filter(name__in=details["topics"])))
    person.save()


def submit(details, method, base_url, submission_id):
    """Store a sign-up form once, however often it is sent. Returns its request.

    A new email address makes a new person waiting for confirmation; a known one
    leaves the person as they are until the new answers are confirmed."""
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                return _submit(details, method, base_url, submission_id)
        except IntegrityError:
            if attempt == ATTEMPTS - 1:
                raise


def _submit(details, method, base_url, submission_id):
    existing = SignUpRequest.objects.filter(submission_id=submission_id).first()
    if existing is not None:
        return existing
    person = None
    if details["email"]:
        person = Person.objects.identifiable().filter(email=details["email"]).first()
    if person is None:
        person = Person(status=Person.Status.PENDING)
        apply_details(person, details)
    sign_up_request = SignUpRequest.objects.create(
        submission_id=submission_id, person=person, details=details, method=method
    )
    if person.email:
        send_confirmation_request(sign_up_request, base_url)
    return sign_up_request


class NotConfirmable(Exception):
    """The person behind this request has since withdrawn or been erased."""


def confirm(sign_up_request, base_url, confirmed_by=None):
    """Apply a sign-up's answers and record the consent. Returns False when it had
    already been confirmed: a link used twice changes nothing."""
    with transaction.atomic():
        sign_up_request = (
            SignUpRequest.objects.select_for_update()
            .select_related("person")
            .get(pk=sign_up_request.pk)
        )
        person = sign_up_request.person
        if sign_up_request.confirmed_at is not None:
            return False
        if not person.is_identifiable:
            raise NotConfirmable
        now = timezone.now()
        person.status = Person.Status.SUBSCRIBED
        person.confirmed_at = person.confirmed_at or now
        person.review_flagged_at = None
        apply_details(person, sign_up_request.details)
        ConsentRecord.objects.create(
            person=person,
            given_at=sign_up_request.created_at,
            wording_version=sign_up_request.consent_version,
            method=sign_up_request.method,
            recorded_by=confirmed_by,
        )
        # Older answers waiting for confirmation are replaced by these; the copy of
        # these answers is no longer needed once applied.
        person.requests.filter(
            confirmed_at__isnull=True, created_at__lt=sign_up_request.created_at
        ).delete()
        sign_up_request.confirmed_at = now
        sign_up_request.details = {}
        sign_up_request.save(update_fields=["confirmed_at", "details"])
        if person.email:
            send_welcome(person, base_url)
    return True


def forget_traces(person):
    """Remove copies of a person's details held outside their own record: emails to
    them in the outbox, and their name in the audit log's labels."""
    if person.email:
        OutboxEmail.objects.filter(to__iexact=person.email).delete()
    entries_about(person).update(label=log_label(person.pk))


def anonymise(person, status):
    """Keep only what says nothing about who they were: the ways they chose, their
    consent records (time, wording, method) and the dates."""
    with transaction.atomic():
        person = Person.objects.select_for_update().get(pk=person.pk)
        if not person.is_identifiable:
            return False
        forget_traces(person)
        now = timezone.now()
        person.name = ANONYMISED_NAME
        person.email = None
        person.phone = ""
        person.address = ""
        person.language_other = ""
        person.support_needed = ""
        person.status = status
        person.anonymised_at = now
        if status == Person.Status.WITHDRAWN:
            person.withdrawn_at = now
            person.consents.filter(withdrawn_at__isnull=True).update(withdrawn_at=now)
        person.topics.clear()
        person.save()
        person.requests.all().delete()
    return True


def withdraw(person):
    return anonymise(person, Person.Status.WITHDRAWN)


def erase(person):
    """An erasure request covers everything the council holds under their email
    address, their referrals for a needs assessment and format requests too."""
    with transaction.atomic():
        email = Person.objects.filter(pk=person.pk).values_list("email", flat=True).first()
        erased = anonymise(person, Person.Status.ERASED)
        if erased:
            erase_every_referral_about(email)
            erase_every_format_request_about(email)
    return erased
