"""The accessible formats team's queue: everything about a request, status and
handler, overdue, one-click sending of an edition through the outbox, posted copies
in the print-run log, demand counts, the dashboard panel, needs recorded elsewhere,
subject access, erasure, retention, and an audit log that names no one."""

import json
from datetime import UTC, date, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, override_settings
from wagtail.models import ModelLogEntry

from council_site.outbox.models import OutboxEmail
from getinvolved.signup.models import Person, PersonWay
from getinvolved.signup.registration import erase as erase_person
from getinvolved.signup.subject_access import everything_held as everything_held_about_person
from infopages.formatrequests.models import FormatRequest
from infopages.formatrequests.retention import delete_closed_format_requests
from infopages.print_editions.models import PrintFormat, PrintRun
from infopages.selfassessment.models import Referral
from tests.factories import EasyReadPageFactory, PrintEditionFactory, sign_in

from .helpers import XSS, request_data

QUEUE = "/admin/format-requests/"
PERSONAL = ["Margaret", "Ellis", "CV3 6AB", "Example Close", "margaret.ellis", "magnifier"]


@pytest.fixture
def team(people):
    return sign_in(Client(), people["formats"])


def send_request(page=None, lang="en", **overrides):
    data = request_data(**overrides)
    if page is not None:
        data["page"] = str(page.pk)
    response = Client().post(f"/{lang}/ask-for-another-format/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return FormatRequest.objects.order_by("-pk").first()


def margarets(page=None, **overrides):
    return send_request(
        page,
        **{
            "format": "large_print",
            "delivery": "email",
            "name": "",
            "email": "margaret.ellis@example.org",
            "needs": "I use a screen magnifier.",
            **overrides,
        },
    )


def inspect_url(request):
    return f"{QUEUE}inspect/{request.pk}/"


def test_the_queue_shows_format_status_due_and_overdue(team, information_page):
    late = margarets(information_page)
    FormatRequest.objects.filter(pk=late.pk).update(due_on=date(2020, 1, 6))
    on_time = margarets(information_page, format="audio")
    html = team.get(QUEUE).content.decode()
    assert late.reference in html and on_time.reference in html
    assert "Large print" in html and "Audio" in html and "By email" in html
    assert "Overdue" in html
    overdue_only = team.get(QUEUE + "?overdue=true").content.decode()
    assert late.reference in overdue_only and on_time.reference not in overdue_only
    new_only = team.get(QUEUE + "?status=sent").content.decode()
    assert late.reference not in new_only


def test_a_requests_page_shows_everything_and_escapes_what_was_typed(team, information_page):
    request = margarets(information_page, needs=XSS)
    html = team.get(inspect_url(request)).content.decode()
    for shown in [
        request.reference,
        "margaret.ellis@example.org",
        "How to report abuse",
        "By email",
    ]:
        assert shown in html
    assert XSS not in html and "&lt;script&gt;" in html


def test_the_team_changes_status_and_handler(team, people):
    request = margarets()
    response = team.post(
        f"{QUEUE}edit/{request.pk}/", {"status": "in_progress", "handler": people["formats"].pk}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.handler) == ("in_progress", people["formats"])
    team.post(f"{QUEUE}edit/{request.pk}/", {"status": "closed", "handler": ""})
    request.refresh_from_db()
    assert request.closed_at is not None


def test_one_click_emails_an_edition_of_the_page_and_marks_it_sent(team, information_page, people):
    edition = PrintEditionFactory(page=information_page, format=PrintFormat.LARGE)
    request = margarets(information_page, lang="pl")
    html = team.get(inspect_url(request)).content.decode()
    assert "Email a link to it" in html and "Record as posted" in html
    response = team.post(f"{QUEUE}send/{request.pk}/", {"edition": edition.pk})
    assert response.status_code == 302
    email = OutboxEmail.objects.filter(to="margaret.ellis@example.org").order_by("-pk").first()
    assert f"/print-editions/{information_page.pk}/large/" in email.body
    assert request.reference in email.body
    request.refresh_from_db()
    assert request.status == "sent" and request.sent_at is not None
    assert request.handler == people["formats"]


def test_the_easy_read_versions_edition_is_offered_and_sent(team, information_page):
    easy_read = EasyReadPageFactory(parent=information_page, slug="easy-read")
    edition = PrintEditionFactory(page=easy_read, format=PrintFormat.EASY_READ)
    request = margarets(information_page, format="easy_read")
    html = team.get(inspect_url(request)).content.decode()
    assert f'value="{edition.pk}"' in html
    team.post(f"{QUEUE}send/{request.pk}/", {"edition": edition.pk})
    email = OutboxEmail.objects.filter(to="margaret.ellis@example.org").order_by("-pk").first()
    assert f"/print-editions/{easy_read.pk}/easyread/" in email.body


def test_recording_a_posted_copy_adds_to_the_print_run_log(team, information_page):
    edition = PrintEditionFactory(page=information_page)
    request = margarets(
        information_page,
        format="paper_copy",
        delivery="post",
        name="Margaret Ellis",
        address="3 Example Close",
        postcode="CV3 6AB",
        email="",
    )
    team.post(f"{QUEUE}posted/{request.pk}/", {"edition": edition.pk})
    run = PrintRun.objects.get()
    assert run.edition == edition and run.copies == 1
    assert request.reference in run.sent_to and "Margaret" not in run.sent_to
    request.refresh_from_db()
    assert request.status == "sent"


def test_an_edition_of_another_page_cannot_be_sent(team, information_page):
    other = PrintEditionFactory()
    request = margarets(information_page)
    team.post(f"{QUEUE}send/{request.pk}/", {"edition": other.pk})
    team.post(f"{QUEUE}posted/{request.pk}/", {"edition": other.pk})
    assert not PrintRun.objects.exists()
    assert OutboxEmail.objects.filter(to="margaret.ellis@example.org").count() == 1
    request.refresh_from_db()
    assert request.status == "new"


def test_the_dashboard_counts_overdue_requests_for_the_team_only(team, people):
    request = margarets()
    FormatRequest.objects.filter(pk=request.pk).update(due_on=date(2020, 1, 6))
    html = team.get("/admin/").content.decode()
    assert "1 request is overdue" in html
    assert f"{QUEUE}?overdue=true" in html
    editor = sign_in(Client(), people["editor"])
    assert "request is overdue" not in editor.get("/admin/").content.decode()


def test_demand_is_counted_by_format_and_language(team, information_page):
    margarets(format="another_language", language="ar")
    margarets(format="another_language", language="ar")
    margarets(format="another_language", language="other", language_other="Dari")
    margarets(format="braille", delivery="post", name="M", address="1 Road", postcode="CV1 5RR")
    html = team.get(f"{QUEUE}demand/").content.decode()
    assert "Arabic</th><td>2" in html.replace("\n", "")
    assert "Other languages</th><td>1" in html.replace("\n", "")
    assert "Braille</th><td>1" in html.replace("\n", "")
    assert "Dari" not in html


def test_needs_recorded_elsewhere_are_shown_only_to_those_who_may_see_them(team, admin_client):
    person = Person(
        name="Margaret Ellis",
        email="margaret.ellis@example.org",
        role="carer",
        support_needed="A hearing loop",
    )
    person.ways = [PersonWay(way="asc_bulletin")]
    person.save()
    Referral.objects.create(
        reference="REFER123",
        name="Margaret Ellis",
        email="margaret.ellis@example.org",
        site_language="en",
        communication_needs=["bsl"],
    )
    request = margarets()
    team_html = team.get(inspect_url(request)).content.decode()
    assert "A hearing loop" not in team_html and "REFER123" not in team_html
    admin_html = admin_client.get(inspect_url(request)).content.decode()
    assert "A hearing loop" in admin_html
    assert f"/admin/get-involved/people/inspect/{person.pk}/" in admin_html
    assert "REFER123" in admin_html and "British Sign Language" in admin_html


def test_every_look_is_in_the_audit_log_by_number_only(team, caplog):
    request = margarets(name="Margaret Ellis")
    with caplog.at_level("INFO", logger="council_site.audit"):
        team.get(QUEUE)
        team.get(inspect_url(request))
    actions = list(
        ModelLogEntry.objects.filter(object_id=str(request.pk)).values_list("action", flat=True)
    )
    assert "formatrequests.viewed_in_list" in actions and "formatrequests.viewed" in actions
    lines = " ".join(record.getMessage() for record in caplog.records)
    assert "personal data access" in lines
    for personal in PERSONAL + [request.reference]:
        assert personal not in lines
    for entry in ModelLogEntry.objects.filter(object_id=str(request.pk)):
        assert "Margaret" not in entry.label and request.reference not in entry.label


def test_subject_access_exports_everything_held(team):
    request = margarets()
    team.get(inspect_url(request))
    response = team.get(f"{QUEUE}everything-held/{request.pk}/")
    held = json.loads(response.content)
    assert "no-store" in response["Cache-Control"]
    assert held["format_request"]["email"] == "margaret.ellis@example.org"
    assert held["format_request"]["communication_needs"] == "I use a screen magnifier."
    assert held["emails"][0]["to"] == "margaret.ellis@example.org"
    assert held["record_of_access"][0]["action"] == "formatrequests.viewed"


def test_erasure_keeps_only_what_identifies_no_one(team):
    request = margarets()
    response = team.post(f"{QUEUE}erase/{request.pk}/")
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.erased_at is not None
    assert (request.email, request.needs) == ("", "")
    assert request.format == "large_print" and request.reference
    assert not OutboxEmail.objects.filter(to="margaret.ellis@example.org").exists()
    assert team.get(inspect_url(request)).status_code == 200
    assert team.get(f"{QUEUE}edit/{request.pk}/").status_code == 403


def test_a_sign_ups_subject_access_and_erasure_cover_format_requests(db):
    person = Person(name="Margaret Ellis", email="margaret.ellis@example.org", role="carer")
    person.ways = [PersonWay(way="asc_bulletin")]
    person.save()
    request = margarets()
    held = everything_held_about_person(person)
    assert held["requests_for_another_format"][0]["reference"] == request.reference
    erase_person(person)
    request.refresh_from_db()
    assert request.erased_at is not None and request.email == ""


START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@override_settings(FORMAT_REQUEST_RETENTION_DAYS=30)
def test_closed_requests_are_deleted_after_the_retention_period(team, people):
    with time_machine.travel(START, tick=False):
        closed = margarets()
        kept_open = margarets(format="audio")
        closed.set_status("closed")
        closed.save()
    with time_machine.travel(START + timedelta(days=29), tick=False):
        assert delete_closed_format_requests() == 0
    with time_machine.travel(START + timedelta(days=31), tick=False):
        call_command("apply_retention", stdout=StringIO())
    assert list(FormatRequest.objects.all()) == [kept_open]
    assert not OutboxEmail.objects.filter(
        to="margaret.ellis@example.org", body__contains=closed.reference
    ).exists()
