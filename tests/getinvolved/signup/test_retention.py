"""`manage.py apply_retention`, driven with a frozen clock."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from council_site.outbox.models import OutboxEmail
from getinvolved.signup.models import Person, PersonWay, SignUpRequest

START = timezone.make_aware(timezone.datetime(2026, 1, 5, 9, 0))


def person(name, status=Person.Status.SUBSCRIBED, email=None, **fields):
    somebody = Person(name=name, email=email, role="carer", status=status, **fields)
    somebody.ways = [PersonWay(way="asc_bulletin")]
    somebody.save()
    return somebody


def retention():
    output = StringIO()
    call_command("apply_retention", stdout=output)
    return output.getvalue()


@pytest.mark.django_db
def test_retention_rules_over_time():
    with time_machine.travel(START, tick=False):
        unconfirmed = person("Una Confirmed", status=Person.Status.PENDING, email="una@example.org")
        SignUpRequest.objects.create(person=unconfirmed, details={"name": "Una"}, method="web")
        OutboxEmail.objects.create(to="una@example.org", subject="Confirm", body="Una")
        subscribed = person("Sue Scribed", confirmed_at=START)
        contacted = person("Connie Tacted", confirmed_at=START)

    with time_machine.travel(START + timedelta(days=29), tick=False):
        retention()
        assert Person.objects.filter(pk=unconfirmed.pk).exists()

    with time_machine.travel(START + timedelta(days=31), tick=False):
        report = retention()
        assert "Deleted 1 unconfirmed sign-up(s)" in report
        assert not Person.objects.filter(pk=unconfirmed.pk).exists()
        assert not SignUpRequest.objects.exists()
        assert not OutboxEmail.objects.filter(to="una@example.org").exists()
        contacted.last_contacted_at = timezone.now()
        contacted.save()

    with time_machine.travel(START + timedelta(days=3 * 365 + 1), tick=False):
        assert "flagged 1 person(s)" in retention()
        subscribed.refresh_from_db()
        contacted.refresh_from_db()
        assert subscribed.review_flagged_at == timezone.now()
        assert contacted.review_flagged_at is None
        # Flagging once is enough: the next day's run leaves the date alone.
    with time_machine.travel(START + timedelta(days=3 * 365 + 2), tick=False):
        assert "flagged 0 person(s)" in retention()


@pytest.mark.django_db
def test_withdrawn_people_are_anonymised():
    withdrawn = person(
        "Will Drawn", status=Person.Status.WITHDRAWN, email="will@example.org", phone="07700900111"
    )
    assert "anonymised 1 withdrawn person(s)" in retention()
    withdrawn.refresh_from_db()
    assert (withdrawn.email, withdrawn.phone) == (None, "")
    assert "Will" not in withdrawn.name and withdrawn.anonymised_at is not None
    assert "anonymised 0 withdrawn person(s)" in retention()


@pytest.mark.django_db
def test_unconfirmed_changes_of_subscribed_people_expire_too():
    with time_machine.travel(START, tick=False):
        subscribed = person("Sue Scribed", confirmed_at=START, email="sue@example.org")
        SignUpRequest.objects.create(person=subscribed, details={"name": "Sue"}, method="web")
    with time_machine.travel(START + timedelta(days=31), tick=False):
        retention()
    assert Person.objects.filter(pk=subscribed.pk).exists()
    assert not SignUpRequest.objects.exists()
