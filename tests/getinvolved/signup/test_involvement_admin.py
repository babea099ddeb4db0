"""The involvement team's admin: listing, filters, exports safe from formula
injection, assisted sign-ups, subject access, erasure and the audit log."""

import csv
import io
import json
import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.functions import Cast
from django.test import Client
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from council_site.outbox.models import OutboxEmail
from getinvolved.signup.models import ConsentRecord, Person
from tests.factories import is_refused, sign_in
from tests.getinvolved.conftest import sign_up_data

PEOPLE = "/admin/get-involved/people/"


@pytest.fixture
def team(people):
    client = Client()
    sign_in(client, people["involvement"])
    return client


def web_sign_up(confirmed=True, **overrides):
    """A sign-up through the public form, confirmed through its email link."""
    public = Client()
    response = public.post("/en/get-involved/sign-up/", sign_up_data(**overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    email = overrides.get("email", "amira.hassan@example.org").lower()
    if confirmed:
        body = OutboxEmail.objects.filter(to=email).order_by("-pk").first().body
        public.post(re.search(r"http://testserver(/\S+/confirm/\S+/)", body).group(1))
    return Person.objects.get(email=email) if email else Person.objects.order_by("-pk").first()


def download(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def actions_logged(person):
    return list(
        ModelLogEntry.objects.filter(object_id=str(person.pk))
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


@pytest.mark.django_db
def test_the_team_lists_filters_and_searches_people(team, topics):
    carer = web_sign_up(topics=["carers"], ways=["stakeholder_group"])
    web_sign_up(email="sam@example.org", name="Sam Jones", role="uses_services", language="pl")
    web_sign_up(email="pending@example.org", name="Pat Pending", confirmed=False)

    def names(query):
        html = team.get(PEOPLE + query).content.decode()
        return sorted(set(re.findall(r"(Amira Hassan|Sam Jones|Pat Pending)", html)))

    assert names("") == ["Amira Hassan", "Pat Pending", "Sam Jones"]
    assert names("?way=stakeholder_group") == ["Amira Hassan"]
    assert names(f"?topic={topics[0].pk}") == ["Amira Hassan"]
    assert names("?language=pl") == ["Sam Jones"]
    assert names("?status=pending") == ["Pat Pending"]
    assert names("?format=standard&role=uses_services") == ["Sam Jones"]
    assert names("?q=sam%40example") == ["Sam Jones"]
    assert "getinvolved.viewed_in_list" in actions_logged(carer)


@pytest.mark.django_db
def test_the_mailing_list_exports_are_safe_in_spreadsheets(team):
    web_sign_up(name='=HYPERLINK("http://evil.example","Click")', address="+1+2\n@SUM(A1)")
    web_sign_up(email="pending@example.org", confirmed=False)

    rows = list(csv.reader(io.StringIO(download(team.get(PEOPLE + "?export=csv")).decode())))
    assert rows[0][:4] == ["Name", "Email address", "Phone number", "Postal address"]
    assert len(rows) == 2, "only people subscribed now are on the mailing list"
    assert rows[1][0] == '\'=HYPERLINK("http://evil.example","Click")'
    assert rows[1][3] == "'+1+2\n@SUM(A1)"
    assert "support" not in ",".join(rows[0]).lower()

    workbook = load_workbook(io.BytesIO(download(team.get(PEOPLE + "?export=xlsx"))))
    cell = workbook.active["A2"]
    assert cell.value == '=HYPERLINK("http://evil.example","Click")'
    assert cell.data_type == "s", "a formula would run when the file is opened"
    person = Person.objects.get(status="subscribed")
    assert actions_logged(person).count("getinvolved.exported") == 2


@pytest.mark.django_db
def test_only_those_who_may_export_can(people):
    web_sign_up()
    editor = Client()
    sign_in(editor, people["editor"])
    assert editor.get(PEOPLE + "?export=csv").status_code == 403
    assert is_refused(editor.post(f"{PEOPLE}erase/{Person.objects.get().pk}/"))
    assert Person.objects.get().is_identifiable


@pytest.mark.django_db
def test_an_assisted_sign_up_records_how_consent_was_given(team, people, topics):
    response = team.post(
        PEOPLE + "new/",
        {
            "name": "Joan Smith",
            "phone": "024 7683 3003",
            "address": "1 Jordan Well\nCoventry",
            "language": "en",
            "format": "large_print",
            "role": "uses_services",
            "ways": ["surveys", "recruitment"],
            "consent_method": "post",
            "topics": "Carers",
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Joan Smith")
    assert person.assisted and person.status == Person.Status.SUBSCRIBED
    assert person.entered_by == people["involvement"]
    assert person.way_values == ["surveys", "recruitment"]
    assert [topic.name for topic in person.topics.all()] == ["Carers"]
    consent = ConsentRecord.objects.get(person=person)
    assert (consent.method, consent.recorded_by) == ("post", people["involvement"])
    missing = team.post(
        PEOPLE + "new/", {"name": "No Contact", "role": "carer", "ways": ["surveys"]}
    )
    html = missing.content.decode()
    assert "Enter at least one way to contact you: email, phone or address" in html
    assert "Select how they gave consent" in html


@pytest.mark.django_db
def test_the_team_confirms_a_sign_up_without_email_after_speaking_to_them(team):
    web_sign_up(email="", phone="07700 900 982", confirmed=False)
    person = Person.objects.get()
    page = team.get(f"{PEOPLE}inspect/{person.pk}/").content.decode()
    confirm_url = re.search(r'action="([^"]+/confirm/[^"]+)"', page).group(1)
    team.post(confirm_url)
    person.refresh_from_db()
    assert person.status == Person.Status.SUBSCRIBED
    assert ConsentRecord.objects.get(person=person).method == "web"
    assert "getinvolved.confirmed" in actions_logged(person)


@pytest.mark.django_db
def test_subject_access_export_contains_everything_held(team, topics):
    person = web_sign_up(
        phone="07700 900 982",
        address="1 Jordan Well",
        support_needed="Wheelchair access",
        topics=["carers"],
    )
    team.get(f"{PEOPLE}inspect/{person.pk}/")
    held = json.loads(download(team.get(f"{PEOPLE}export/{person.pk}/")))
    assert held["person"]["name"] == "Amira Hassan"
    assert held["person"]["email"] == "amira.hassan@example.org"
    assert held["person"]["phone"] == "07700 900 982"
    assert held["person"]["address"] == "1 Jordan Well"
    assert held["person"]["support_needed"] == "Wheelchair access"
    assert held["person"]["topics_of_interest"] == ["Carers"]
    assert held["person"]["ways_to_get_involved"] == ["asc_bulletin", "reviewing"]
    assert held["consents"][0]["method"] == "web"
    assert held["consents"][0]["wording"].startswith("I agree that Coventry City Council")
    assert {email["subject"] for email in held["emails"]} == {
        "Confirm that you want to get involved",
        "You are signed up to get involved",
    }
    assert "getinvolved.viewed" in [entry["action"] for entry in held["record_of_access"]]
    assert actions_logged(person)[-1] == "getinvolved.subject_access"


def every_text_column():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField | models.JSONField):
                yield model, field.attname


def tables_containing(needle):
    found = []
    for model, column in every_text_column():
        matches = model._base_manager.annotate(
            searched=Cast(column, output_field=models.TextField())
        ).filter(searched__icontains=needle)
        if matches.exists():
            found.append(f"{model._meta.db_table}.{column}")
    return found


@pytest.mark.django_db
def test_erasing_leaves_nothing_identifying_in_any_table(team, topics):
    person = web_sign_up(
        name="Zebedee Quirke",
        email="zebedee.quirke@example.org",
        phone="07700 900 555",
        address="77 Unusual Lane",
        support_needed="Needs a Tigrinya interpreter",
        topics=["carers"],
    )
    # Answers waiting for confirmation, an edit and views by the team: copies everywhere.
    web_sign_up(
        name="Zebedee Quirke", email="zebedee.quirke@example.org", ways=["surveys"], confirmed=False
    )
    team.get(f"{PEOPLE}inspect/{person.pk}/")
    edited = team.post(
        f"{PEOPLE}edit/{person.pk}/",
        {
            "name": "Zebedee Quirke",
            "email": "zebedee.quirke@example.org",
            "phone": "07700 900 555",
            "address": "77 Unusual Lane",
            "language": "en",
            "format": "standard",
            "role": "carer",
            "support_needed": "Needs a Tigrinya interpreter",
            "ways": ["asc_bulletin", "reviewing"],
            "topics": "Carers",
        },
    )
    assert edited.status_code == 302
    assert "wagtail.edit" in actions_logged(person)
    needles = ["Zebedee", "Quirke", "zebedee.quirke", "900 555", "Unusual Lane", "Tigrinya interp"]
    assert tables_containing("Zebedee"), "the search must find the data before erasure"

    confirm_page = team.get(f"{PEOPLE}erase/{person.pk}/")
    assert "Erase the personal data of Zebedee Quirke?" in confirm_page.content.decode()
    team.post(f"{PEOPLE}erase/{person.pk}/")

    for needle in needles:
        assert tables_containing(needle) == [], needle
    person.refresh_from_db()
    assert person.status == Person.Status.ERASED
    assert person.way_values == ["asc_bulletin", "reviewing"]
    assert ConsentRecord.objects.filter(person=person).exists()
    assert actions_logged(person)[-1] == "getinvolved.erased"
    assert team.get(f"{PEOPLE}edit/{person.pk}/").status_code in (302, 403)


@pytest.mark.django_db
def test_an_administrator_deleting_a_person_deletes_the_emails_to_them_too():
    person = web_sign_up()
    admin = Client()
    sign_in(
        admin,
        get_user_model().objects.create_superuser("root", "root@example.org", "a-long-password"),
    )
    response = admin.post(f"{PEOPLE}delete/{person.pk}/")
    assert response.status_code == 302
    assert not Person.objects.filter(pk=person.pk).exists()
    assert tables_containing("amira.hassan") == []
    assert tables_containing("Amira Hassan") == []


def test_every_look_at_a_person_is_in_the_server_log_without_their_details(team, caplog):
    person = web_sign_up()
    with caplog.at_level("INFO", logger="council_site.audit"):
        assert team.get(f"{PEOPLE}inspect/{person.pk}/").status_code == 200
        assert team.get(f"{PEOPLE}export/{person.pk}/").status_code == 200
    lines = [r.getMessage() for r in caplog.records if "personal data access" in r.getMessage()]
    assert [line.split(" what=")[1].split(" ")[0] for line in lines] == [
        "getinvolved.viewed",
        "getinvolved.subject_access",
    ]
    assert not any("Amira" in line or "example.org" in line for line in lines)
