"""Adult Social Care Direct's queue: the referral with its answers and communication
needs, status and handler, PDF and JSON exports, subject access, erasure and the
audit log; markup typed by a resident is shown escaped everywhere."""

import json
import subprocess
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import ModelLogEntry

from council_site.outbox.models import OutboxEmail
from getinvolved.signup.models import Person, PersonWay
from getinvolved.signup.registration import erase as erase_person
from getinvolved.signup.subject_access import everything_held as everything_held_about_person
from infopages.selfassessment.models import Referral
from tests.factories import sign_in

from .factories import SelfAssessmentPageFactory
from .referral_helpers import XSS, answer_everything, referral_data

QUEUE = "/admin/referrals/"
ESCAPED = "&lt;script&gt;"
# In UTC: a day is 24 hours whatever the clocks in London do meanwhile.
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PERSONAL = ["Amira", "Hassan", "CV1 5RR", "1948", "Example Street", "amira.hassan"]


@pytest.fixture
def page(db):
    return SelfAssessmentPageFactory()


@pytest.fixture
def team(people):
    return sign_in(Client(), people["ascdirect"])


def send_referral(page, answered=True, **overrides):
    resident = Client()
    if answered:
        answer_everything(resident, page)
    response = resident.post(
        f"/en/self-assessment/{page.pk}/ask-for-an-assessment/", referral_data(**overrides)
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return Referral.objects.order_by("-pk").first()


def download(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_queue_shows_status_handler_and_when_received(team, page, people):
    referral = send_referral(page, urgent="yes", urgent_reason="Her carer is in hospital")
    response = team.get(QUEUE)
    html = response.content.decode()
    assert response.status_code == 200
    assert referral.reference in html and "New" in html and "Amira Hassan" in html
    edit = team.post(
        f"{QUEUE}edit/{referral.pk}/", {"status": "in_progress", "handler": people["ascdirect"].pk}
    )
    assert edit.status_code == 302
    referral.refresh_from_db()
    assert referral.status == "in_progress" and referral.handler == people["ascdirect"]
    assert "In progress" in team.get(QUEUE + "?status=in_progress").content.decode()
    assert referral.reference not in team.get(QUEUE + "?status=closed").content.decode()


def test_a_referral_is_shown_with_its_answers_and_communication_needs(team, page):
    referral = send_referral(page)
    html = team.get(f"{QUEUE}inspect/{referral.pk}/").content.decode()
    for text in [
        "Amira Hassan",
        "27 March 1948",
        "CV1 5RR",
        "Large print",
        "A spoken language interpreter; A hearing loop",
        "Arabic",
        "Who are you asking for?",
        referral.answers[0]["answers"][0],
    ]:
        assert text in html, text


def test_only_the_team_may_change_status_and_handler_and_nothing_else(team, page, people):
    referral = send_referral(page)
    team.post(
        f"{QUEUE}edit/{referral.pk}/",
        {"status": "closed", "handler": people["editor"].pk, "name": "Someone else"},
    )
    referral.refresh_from_db()
    # The editor is not in the team: not a handler to choose.
    assert referral.status == "new" and referral.name == "Amira Hassan"
    team.post(f"{QUEUE}edit/{referral.pk}/", {"status": "closed", "handler": ""})
    referral.refresh_from_db()
    assert referral.status == "closed" and referral.closed_at is not None


def test_json_export_has_the_documented_shape(team, page):
    referral = send_referral(
        page,
        referred_for="cared_for",
        referrer_name="Omar Hassan",
        referrer_contact="07700 900 982",
        referrer_relationship="Son",
    )
    response = team.get(f"{QUEUE}json/{referral.pk}/")
    assert response["Content-Type"].startswith("application/json")
    assert "no-store" in response["Cache-Control"]
    record = json.loads(download(response))
    assert set(record) == {
        "schema",
        "reference",
        "received",
        "status",
        "closed",
        "handler",
        "urgent",
        "urgent_reason",
        "referred_for",
        "referrer",
        "person",
        "communication",
        "consent",
        "self_assessment",
    }
    assert record["schema"] == "council-info/referral/1"
    assert record["reference"] == referral.reference
    assert record["referrer"] == {
        "name": "Omar Hassan",
        "relationship": "Son",
        "contact": "07700 900 982",
    }
    assert record["person"] == {
        "name": "Amira Hassan",
        "date_of_birth": "1948-03-27",
        "address": "12 Example Street\nCoventry",
        "postcode": "CV1 5RR",
        "phone": "024 7683 3003",
        "email": "amira.hassan@example.org",
        "contact_methods": ["phone", "email"],
    }
    assert record["communication"] == {
        "language": "en",
        "language_other": "",
        "format": "large_print",
        "needs": ["interpreter", "hearing_loop"],
        "interpreter_language": "Arabic",
        "other": "",
    }
    assert record["consent"]["wording_version"] == referral.consent_version
    answers = record["self_assessment"]["answers"]
    assert set(answers[0]) == {"section", "question", "answers", "outcome", "urgent"}
    assert record["self_assessment"]["page_id"] == page.pk


def test_markup_typed_by_a_resident_is_escaped_in_the_queue_and_the_pdf(team, page, tmp_path):
    fields = dict.fromkeys(
        [
            "name",
            "address",
            "referrer_name",
            "referrer_relationship",
            "referrer_contact",
            "language_other",
            "interpreter_language",
            "communication_other",
            "urgent_reason",
        ],
        XSS,
    )
    referral = send_referral(
        page, referred_for="cared_for", language="other", urgent="yes", **fields
    )
    for url in [QUEUE, f"{QUEUE}inspect/{referral.pk}/"]:
        html = team.get(url).content.decode()
        assert XSS not in html and ESCAPED in html
    pdf = tmp_path / "referral.pdf"
    pdf.write_bytes(download(team.get(f"{QUEUE}pdf/{referral.pk}/")))
    printed = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = "".join(printed.split())
    # Printed as typed, never read as markup: each field shows the tags as text.
    assert text.count('<script>alert("x")</script>') >= len(fields), printed
    assert referral.reference in text


def test_the_pdf_prints_the_referral_in_every_script(team, page, tmp_path):
    referral = send_referral(page, name="أميرة حسن", communication_other="ਪੰਜਾਬੀ ਵਿੱਚ ਗੱਲ ਕਰੋ")
    pdf = tmp_path / "referral.pdf"
    response = team.get(f"{QUEUE}pdf/{referral.pk}/")
    assert response["Content-Type"] == "application/pdf"
    pdf.write_bytes(download(response))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Referral for a needs assessment" in text and "Who are you asking for?" in text
    assert "حسن" in text and "Large print" in text


def test_every_look_is_audited_without_personal_data(team, page, caplog):
    referral = send_referral(page)
    with caplog.at_level("INFO", logger="council_site.audit"):
        team.get(QUEUE)
        team.get(f"{QUEUE}inspect/{referral.pk}/")
        team.get(f"{QUEUE}json/{referral.pk}/")
        team.get(f"{QUEUE}pdf/{referral.pk}/")
        team.get(f"{QUEUE}everything-held/{referral.pk}/")
    lines = [r.getMessage() for r in caplog.records if "personal data access" in r.getMessage()]
    assert len(lines) == 5
    for line in lines:
        for personal in PERSONAL + [referral.reference]:
            assert personal not in line
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(referral.pk))
        .order_by("timestamp", "pk")
        .values_list("action", "label")
    )
    assert [action for action, _label in actions] == [
        "selfassessment.referral_viewed_in_list",
        "selfassessment.referral_viewed",
        "selfassessment.referral_exported_json",
        "selfassessment.referral_exported_pdf",
        "selfassessment.referral_subject_access",
    ]
    assert {label for _action, label in actions} == {f"referral {referral.pk}"}


def test_subject_access_and_erasure(team, page):
    referral = send_referral(page)
    team.get(f"{QUEUE}inspect/{referral.pk}/")
    held = json.loads(download(team.get(f"{QUEUE}everything-held/{referral.pk}/")))
    assert held["referral"]["person"]["name"] == "Amira Hassan"
    assert [email["to"] for email in held["emails"]] == ["amira.hassan@example.org"]
    assert held["record_of_access"][0]["action"] == "selfassessment.referral_viewed"

    assert team.post(f"{QUEUE}erase/{referral.pk}/").status_code == 302
    referral.refresh_from_db()
    assert not referral.is_identifiable
    assert referral.name == "—" and referral.answers == [] and referral.email == ""
    assert referral.date_of_birth is None and referral.communication_needs == []
    assert not OutboxEmail.objects.filter(to="amira.hassan@example.org").exists()
    # What remains cannot identify anyone, and there is nothing more to see.
    html = team.get(QUEUE).content.decode()
    assert "Amira" not in html and referral.reference in html
    assert team.get(f"{QUEUE}json/{referral.pk}/").status_code == 403


def test_a_person_getting_involved_is_asked_about_and_erased_with_their_referrals(page):
    referral = send_referral(page)
    person = Person(name="Amira Hassan", email="amira.hassan@example.org", role="carer")
    person.ways = [PersonWay(way="surveys")]
    person.save()
    held = everything_held_about_person(person)
    assert [r["reference"] for r in held["referrals_for_a_needs_assessment"]] == [
        referral.reference
    ]
    erase_person(person)
    referral.refresh_from_db()
    assert not referral.is_identifiable


def test_nobody_adds_or_deletes_a_referral_by_hand(page, admin_client):
    referral = send_referral(page)
    assert admin_client.get(f"{QUEUE}new/").status_code == 403
    assert admin_client.post(f"{QUEUE}delete/{referral.pk}/").status_code == 403
    assert Referral.objects.filter(pk=referral.pk).exists()


@override_settings(REFERRAL_RETENTION_DAYS=90)
def test_closed_referrals_are_deleted_after_the_retention_period(page, team):
    start = START
    with time_machine.travel(start, tick=False):
        closed = send_referral(page, answered=False)
        still_open = send_referral(page, answered=False, email="sam@example.org")
        team.post(f"{QUEUE}edit/{closed.pk}/", {"status": "closed", "handler": ""})
    with time_machine.travel(start + timedelta(days=90), tick=False):
        call_command("apply_retention", verbosity=0)
        assert Referral.objects.filter(pk=closed.pk).exists()
    with time_machine.travel(start + timedelta(days=90, minutes=1), tick=False):
        call_command("apply_retention", verbosity=0)
        assert not Referral.objects.filter(pk=closed.pk).exists()
        assert Referral.objects.filter(pk=still_open.pk).exists()
        assert not OutboxEmail.objects.filter(to="amira.hassan@example.org").exists()
        labels = ModelLogEntry.objects.filter(object_id=str(closed.pk)).values_list(
            "label", flat=True
        )
        assert all(label == f"referral {closed.pk}" for label in labels)


@override_settings(REFERRAL_RETENTION_DAYS=7)
def test_the_council_sets_the_retention_period(page, team):
    start = START
    with time_machine.travel(start, tick=False):
        referral = send_referral(page, answered=False)
        team.post(f"{QUEUE}edit/{referral.pk}/", {"status": "closed", "handler": ""})
    with time_machine.travel(start + timedelta(days=7, minutes=1), tick=False):
        call_command("apply_retention", verbosity=0)
    assert not Referral.objects.filter(pk=referral.pk).exists()


def test_reopening_stops_the_retention_clock(page, team):
    referral = send_referral(page, answered=False)
    team.post(f"{QUEUE}edit/{referral.pk}/", {"status": "closed", "handler": ""})
    team.post(f"{QUEUE}edit/{referral.pk}/", {"status": "in_progress", "handler": ""})
    referral.refresh_from_db()
    assert referral.closed_at is None
