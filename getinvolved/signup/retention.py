"""How long personal data is kept (the council's retention schedule for involvement)."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import Person, SignUpRequest
from .registration import withdraw

UNCONFIRMED_DAYS = 30
REVIEW_AFTER = timedelta(days=3 * 365)


@dataclass
class RetentionReport:
    deleted_unconfirmed: int
    anonymised_withdrawn: int
    flagged_for_review: int


def delete_unconfirmed(now):
    """Sign-ups never confirmed within 30 days are deleted, with the emails to them."""
    cutoff = now - timedelta(days=UNCONFIRMED_DAYS)
    deleted = 0
    for person in Person.objects.never_confirmed_before(cutoff):
        with transaction.atomic():
            person.delete()
        deleted += 1
    # Answers waiting for confirmation from people who are already subscribed.
    SignUpRequest.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return deleted


def anonymise_withdrawn():
    """Withdrawing anonymises at once; this catches anyone marked withdrawn another way."""
    withdrawn = Person.objects.identifiable().filter(status=Person.Status.WITHDRAWN)
    return sum(1 for person in withdrawn if withdraw(person))


def flag_not_contacted(now):
    """People not contacted for 3 years are flagged, for the team to ask if they
    still want to hear from the council."""
    return Person.objects.not_contacted_since(now - REVIEW_AFTER).update(review_flagged_at=now)


def apply_retention(now=None):
    now = now or timezone.now()
    return RetentionReport(
        deleted_unconfirmed=delete_unconfirmed(now),
        anonymised_withdrawn=anonymise_withdrawn(),
        flagged_for_review=flag_not_contacted(now),
    )
