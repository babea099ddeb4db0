"""Every CSV the admin offers, Wagtail's own included, writes text that a
spreadsheet would run as a formula as plain text instead."""

import csv
import datetime
import io

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log

from council_site.spreadsheets import inert
from getinvolved.signup.models import Person, PersonWay
from infopages.feedback.models import PageFeedback
from infopages.print_editions.models import PrintRun
from tests.factories import InformationPageFactory, PrintEditionFactory, sign_in

FORMULA = '=HYPERLINK("http://evil.example/","x")'
# The exports whose rows carry text someone typed: each must show the formula, inert.
CARRYING_TYPED_TEXT = {
    "page_feedback_for_page",
    "page_feedback_summary",
    "print_editions",
    "print_runs:index",
    "review_schedule",
    "signup_person:index",
    "translation_status",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:site_history",
}


def export_views():
    """(name, view class) of every admin view that can answer as a spreadsheet."""
    found = []

    def walk(resolver, namespace):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                walk(pattern, f"{namespace}:{inner}" if namespace and inner else inner or namespace)
                continue
            view_class = getattr(pattern.callback, "view_class", None)
            name = ":".join(filter(None, (namespace, pattern.name)))
            if (
                view_class
                and issubclass(view_class, SpreadsheetExportMixin)
                and not name.endswith("_results")
            ):
                found.append((name, pattern))

    walk(get_resolver(), "")
    return found


@pytest.fixture
def typed_formulas(topic, admin_user):
    page = InformationPageFactory(
        parent=topic,
        title=FORMULA,
        next_review_due=datetime.date.today(),
        last_published_at=timezone.now() - datetime.timedelta(days=400),
    )
    log(instance=page, action="wagtail.edit", user=admin_user)
    PageFeedback.objects.create(
        page=page,
        useful=False,
        comment=FORMULA,
        submission_id="8f0c0a6e-1d7e-4e35-9a57-3f1c6a0f0009",
    )
    person = Person(name=FORMULA, email="someone@example.org", status=Person.Status.SUBSCRIBED)
    person.ways = [PersonWay(way="asc_bulletin")]
    person.save()
    PrintRun.objects.create(edition=PrintEditionFactory(page=page), copies=5, sent_to=FORMULA)
    return page


def csv_cells(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return [cell for row in csv.reader(io.StringIO(text.decode())) for cell in row]


def test_a_formula_comes_out_inert_from_every_csv_export(typed_formulas, admin_user):
    client = sign_in(Client(), admin_user)
    exported, carried = set(), set()
    for name, pattern in export_views():
        kwargs = {"page_id": typed_formulas.pk} if "page_id" in str(pattern.pattern) else {}
        response = client.get(reverse(name, kwargs=kwargs), {"export": "csv"})
        if response.get("Content-Type", "").startswith("text/csv"):
            exported.add(name)
            cells = csv_cells(response)
            assert not [c for c in cells if c.startswith(("=", "+", "@"))], name
            if inert(FORMULA) in cells:
                carried.add(name)

    assert exported >= CARRYING_TYPED_TEXT
    assert carried >= CARRYING_TYPED_TEXT


def test_the_survey_export_goes_through_the_same_rule(admin_user):
    response = sign_in(Client(), admin_user).get(
        reverse("experience_survey:dashboard"), {"export": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    assert csv_cells(response)[:4] == ["month", "question", "answer", "count"]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 24 7683 3003", "'+44 24 7683 3003"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Carers' group", "Carers' group"),
        (42, 42),
    ],
)
def test_inert(typed, written):
    assert inert(typed) == written
