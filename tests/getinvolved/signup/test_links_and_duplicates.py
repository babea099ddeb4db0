"""Confirmation and withdraw links, in the person's language; duplicates; and a mail
server that fails without losing anyone."""

import re
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from council_site.outbox.models import OutboxEmail
from council_site.outbox.sending import send_due_emails
from getinvolved.signup.models import ConsentRecord, Person, SignUpRequest
from tests.getinvolved.conftest import sign_up_data

SIGN_UP = "/{lang}/get-involved/sign-up/"


def sign_up(client, lang="en", **overrides):
    data = sign_up_data(**overrides)
    response = client.post(SIGN_UP.format(lang=lang), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return data


def link_in(email, kind):
    return re.search(rf"http://testserver(/\S+/{kind}/\S+/)", email.body).group(1)


def latest_email():
    return OutboxEmail.objects.order_by("-pk").first()


@pytest.fixture
def client():
    return Client()


@pytest.mark.django_db
def test_an_email_sign_up_counts_only_once_confirmed(
    client, topics, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client, topics=["carers"])
    person = Person.objects.get()
    assert person.status == Person.Status.PENDING
    assert person.email == "amira.hassan@example.org"
    email = latest_email()
    assert email.to == "amira.hassan@example.org"
    assert email.subject == "Confirm that you want to get involved"
    assert "/withdraw/" in email.body
    assert mail.outbox[0].subject == "Confirm that you want to get involved"

    link = link_in(email, "confirm")
    page = client.get(link)
    assert page.status_code == 200 and "Confirm my sign-up" in page.content.decode()
    assert Person.objects.get().status == Person.Status.PENDING

    done = client.post(link)
    assert "You are signed up" in done.content.decode()
    person = Person.objects.get()
    assert person.status == Person.Status.SUBSCRIBED
    assert person.way_values == ["asc_bulletin", "reviewing"]
    assert [topic.name for topic in person.topics.all()] == ["Carers"]
    consent = ConsentRecord.objects.get()
    assert (consent.method, consent.wording_version) == ("web", "2026-11")
    assert consent.given_at == SignUpRequest.objects.get().created_at
    welcome = latest_email()
    assert welcome.subject == "You are signed up to get involved" and "/withdraw/" in welcome.body


@pytest.mark.django_db
def test_a_confirmation_link_used_again_changes_nothing(client):
    sign_up(client)
    link = link_in(latest_email(), "confirm")
    client.post(link)
    emails = OutboxEmail.objects.count()
    again = client.post(link)
    assert again.status_code == 200
    assert "You have already confirmed" in again.content.decode()
    assert ConsentRecord.objects.count() == 1 and OutboxEmail.objects.count() == emails


@pytest.mark.django_db
def test_a_confirmation_link_expires_after_7_days(client):
    sign_up(client)
    link = link_in(latest_email(), "confirm")
    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)):
        response = client.post(link)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Person.objects.get().status == Person.Status.PENDING
    with time_machine.travel(timezone.now() + timedelta(days=6, hours=23)):
        assert client.post(link).status_code == 200
    assert Person.objects.get().status == Person.Status.SUBSCRIBED


@pytest.mark.django_db
def test_a_tampered_link_does_nothing(client):
    sign_up(client)
    link = link_in(latest_email(), "confirm")
    token = link.split("/")[-2]
    other_request = token.replace("eyJyIjox", "eyJyIjoy")  # {"r":1} → {"r":2}
    for forged in (link.replace(token, token[:-2] + "xx"), link.replace(token, other_request)):
        response = client.post(forged)
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    withdraw = link_in(latest_email(), "withdraw")
    assert client.post(withdraw[:-3] + "zz/").status_code == 400
    assert Person.objects.get().status == Person.Status.PENDING


@pytest.mark.django_db
def test_withdrawing_deletes_the_details_at_once(client):
    sign_up(client, phone="07700 900 982", support_needed="A carer comes with me")
    client.post(link_in(latest_email(), "confirm"))
    withdraw = link_in(latest_email(), "withdraw")
    assert "Withdraw and delete my details" in client.get(withdraw).content.decode()
    response = client.post(withdraw)
    assert "We have deleted your details" in response.content.decode()
    person = Person.objects.get()
    assert person.status == Person.Status.WITHDRAWN
    assert (person.email, person.phone, person.support_needed) == (None, "", "")
    assert "Amira" not in person.name
    assert ConsentRecord.objects.get().withdrawn_at is not None
    assert not OutboxEmail.objects.filter(to__icontains="amira").exists()
    replay = client.post(withdraw)
    assert "You are no longer signed up" in replay.content.decode()


@pytest.mark.django_db
def test_emails_are_in_the_persons_language(client):
    sign_up(client, lang="pl", language="pl")
    email = latest_email()
    assert email.subject == "Prosimy potwierdzić, że chcą Państwo się zaangażować"
    assert "/pl/get-involved/sign-up/confirm/" in email.body
    assert "/pl/get-involved/sign-up/withdraw/" in email.body


@pytest.mark.django_db
def test_a_number_in_an_arabic_email_keeps_its_digit_groups_in_order(client):
    sign_up(client, lang="ar", language="ar")
    body = latest_email().body
    # Between the isolates, an email program lays the number out left to right
    # inside the right-to-left sentence, as a browser does a <bdi dir="ltr">.
    assert "أو اتصل بالرقم \u2066024 7683 3003\u2069." in body
    assert "راسلنا على getinvolvedasc@coventry.gov.uk" in body


@pytest.mark.django_db
def test_sending_the_same_form_twice_stores_it_once(client):
    data = sign_up(client)
    client.post(SIGN_UP.format(lang="en"), data)
    assert Person.objects.count() == 1
    assert SignUpRequest.objects.count() == 1
    assert OutboxEmail.objects.count() == 1


@pytest.mark.django_db
def test_signing_up_again_updates_preferences_only_after_confirmation(client, topics):
    sign_up(client)
    client.post(link_in(latest_email(), "confirm"))
    sign_up(client, email="AMIRA.HASSAN@example.org", ways=["surveys"], topics=["mental-health"])
    assert Person.objects.count() == 1
    person = Person.objects.get()
    assert person.way_values == ["asc_bulletin", "reviewing"]
    client.post(
        link_in(OutboxEmail.objects.filter(subject__startswith="Confirm").last(), "confirm")
    )
    person = Person.objects.get()
    assert person.way_values == ["surveys"]
    assert [topic.slug for topic in person.topics.all()] == ["mental-health"]
    assert ConsentRecord.objects.count() == 2


@pytest.mark.django_db
def test_a_mail_server_failure_loses_no_sign_up(client, django_capture_on_commit_callbacks):
    with (
        mock.patch("council_site.outbox.sending.send_mail", side_effect=ConnectionRefusedError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(SIGN_UP.format(lang="en"), sign_up_data())
    assert response.status_code == 302
    assert Person.objects.count() == 1
    email = OutboxEmail.objects.get()
    assert email.sent_at is None and email.attempts == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        send_due_emails()
    assert OutboxEmail.objects.get().sent_at is not None
    assert mail.outbox[-1].subject == "Confirm that you want to get involved"
