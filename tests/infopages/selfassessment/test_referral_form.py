"""Asking for a needs assessment: what is asked, what is refused and how, what is
stored (once), and who is told."""

import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from council_site.outbox.models import OutboxEmail
from infopages.selfassessment.models import JourneyCount, Referral

from .factories import SelfAssessmentPageFactory
from .referral_helpers import XSS, answer_everything, referral_data


@pytest.fixture
def page(db):
    return SelfAssessmentPageFactory()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def team_member(people):
    return people["ascdirect"]


def form_url(page, lang="en"):
    return f"/{lang}/self-assessment/{page.pk}/ask-for-an-assessment/"


def post(client, page, lang="en", **overrides):
    return client.post(form_url(page, lang), referral_data(**overrides), REMOTE_ADDR="10.0.0.2")


def error_summary(response):
    html = response.content.decode()
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    return re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary.group(1)) if summary else []


def test_the_form_asks_everything_and_is_never_cached(client, page):
    response = client.get(form_url(page))
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    for text in [
        "Ask for a needs assessment",
        "Someone I care for, with their agreement",
        "Someone I work with as a professional, with their consent",
        'name="date_of_birth_day"',
        'name="date_of_birth_year"',
        "Postcode",
        "A British Sign Language (BSL) interpreter",
        "A hearing loop",
        "Information in Easy Read",
        "Someone to help, such as a family member or advocate",
        "Is it urgent?",
        'href="#privacy-notice"',
        'name="website"',
        'name="form_started"',
    ]:
        assert text in html, text
    assert "العربية" in html and "ትግርኛ" in html


def test_a_referral_is_stored_with_its_answers_and_its_reference_shown(client, page, team_member):
    answer_everything(client, page)
    response = post(client, page)
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.postcode == "CV1 5RR"
    assert referral.email == "amira.hassan@example.org"
    assert referral.date_of_birth.isoformat() == "1948-03-27"
    assert referral.communication_needs == ["interpreter", "hearing_loop"]
    assert referral.contact_methods == ["phone", "email"]
    assert referral.self_assessment_id == page.pk
    assert [entry["question"] for entry in referral.answers][0] == "Who are you asking for?"
    assert referral.status == "new"
    sent = client.get(response["Location"])
    assert referral.reference in sent.content.decode()
    assert JourneyCount.objects.get(event="referral").count == 1


def test_the_person_and_the_team_are_emailed(client, page, team_member):
    post(client, page, lang="ar")
    referral = Referral.objects.get()
    to_person = OutboxEmail.objects.get(to="amira.hassan@example.org")
    assert referral.reference in to_person.body
    # In the language the form was read in.
    assert "مرحبا" in to_person.body or "مرحبًا" in to_person.body
    to_team = OutboxEmail.objects.get(to=team_member.email)
    assert f"/admin/referrals/inspect/{referral.pk}/" in to_team.body
    for personal in ["Amira", "Hassan", "CV1", "1948", "Example Street", "024 7683", "Arabic"]:
        assert personal not in to_team.body and personal not in to_team.subject


def test_no_email_no_confirmation(client, page):
    post(client, page, contact_methods=["post"], email="", phone="")
    assert Referral.objects.get().contact_methods == ["post"]
    assert not OutboxEmail.objects.exists()


def test_the_same_form_sent_twice_is_stored_once(client, page):
    data = referral_data()
    first = client.post(form_url(page), data)
    second = client.post(form_url(page), data)
    assert first["Location"] == second["Location"]
    assert Referral.objects.count() == 1
    assert OutboxEmail.objects.count() == 1
    assert JourneyCount.objects.get(event="referral").count == 1


def test_wrong_answers_are_refused_and_what_was_typed_is_kept(client, page):
    response = post(
        client,
        page,
        postcode="CV99 ZZZZ",
        date_of_birth_year="2099",
        phone="call me",
        email="not-an-email",
        name="Amira O'Hassan",
    )
    assert response.status_code == 400
    assert error_summary(response) == [
        ("referral-date_of_birth-1", "Date of birth must be in the past"),
        ("referral-postcode", "Enter a real postcode, like CV1 5RR"),
        ("referral-phone", "Enter a phone number, like 024 7683 3003 or 07700 900 982"),
        ("referral-email", "Enter an email address in the correct format, like name@example.com"),
    ]
    html = response.content.decode()
    for kept in ["CV99 ZZZZ", "2099", "call me", "not-an-email", "Amira O&#39;Hassan"]:
        assert kept in html
    assert not Referral.objects.exists()


def test_answers_another_answer_needs_are_asked_for(client, page):
    response = post(
        client,
        page,
        referred_for="cared_for",
        contact_methods=["phone"],
        phone="",
        communication_needs=["interpreter"],
        interpreter_language="",
        date_of_birth_month="",
        consent=None,
    )
    assert [anchor for anchor, _message in error_summary(response)] == [
        "referral-referrer_name",
        "referral-referrer_contact",
        "referral-date_of_birth-1",
        "referral-phone",
        "referral-interpreter_language",
        "referral-consent",
    ]


def test_errors_are_in_the_readers_language(client, page):
    response = post(client, page, lang="ar", postcode="nope")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'lang="ar" dir="rtl"' in html
    assert "Enter a real postcode" not in html
    assert "CV1 5RR" in html  # the example in the Arabic message


def test_robots_are_refused(client, page):
    assert post(client, page, website="http://spam.example").status_code == 400
    assert post(client, page, form_started="forged").status_code == 400
    assert not Referral.objects.exists()


@override_settings(GETINVOLVED_RATE_LIMIT=2)
def test_one_address_may_send_only_so_many(client, page):
    cache.clear()
    statuses = [post(client, page).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert Referral.objects.count() == 2


def test_typed_markup_is_shown_escaped(client, page):
    response = post(client, page, name=XSS, address=XSS, postcode="")
    html = response.content.decode()
    assert XSS not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    )
