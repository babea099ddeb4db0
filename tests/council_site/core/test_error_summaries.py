"""Every public form's error summary follows the GOV.UK pattern: each problem once,
with the message shown at its field, in page order, each linking to that field."""

import re
import uuid

import pytest
from django.forms.utils import ErrorDict, ErrorList
from django.test import Client
from django.urls import reverse

from council_site.core.govuk_forms import error_summary_entries
from getinvolved.survey.questions import QUESTIONS
from tests.getinvolved.conftest import sign_up_data, started_seconds_ago

FIELD_ERROR = re.compile(
    r'class="govuk-error-message">\s*<span class="govuk-visually-hidden">[^<]*</span> (.*?)\s*</p>'
)


def summary_links(html):
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    return re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary.group(1)) if summary else []


def assert_follows_the_pattern(html):
    links = summary_links(html)
    anchors = [anchor for anchor, _message in links]
    assert links, "no error summary"
    assert len(set(anchors)) == len(anchors), f"a field is linked twice: {anchors}"
    for anchor in anchors:
        assert f'id="{anchor}"' in html, f"#{anchor} leads nowhere"
    assert [message for _anchor, message in links] == FIELD_ERROR.findall(html)
    return links


@pytest.mark.django_db
def test_an_empty_sign_up_sent_at_once_lists_each_problem_once_with_the_contact_one():
    empty = {"name": "", "email": "", "ways": [], "role": None, "consent": None}
    response = Client().post(
        "/en/get-involved/sign-up/", sign_up_data(**empty, form_started=started_seconds_ago(0))
    )
    assert assert_follows_the_pattern(response.content.decode()) == [
        ("signup-name", "Enter your full name"),
        ("signup-email", "Enter at least one way to contact you: email, phone or address"),
        ("signup-ways-1", "Select at least one way to get involved"),
        ("signup-role-1", "Select the description that fits you best"),
        ("signup-consent", "Tick the box to agree that we can contact you"),
    ]


@pytest.mark.django_db
def test_the_other_language_is_listed_where_it_is_asked_after_the_format():
    response = Client().post("/en/get-involved/sign-up/", sign_up_data(language="other", format=""))
    assert [anchor for anchor, _ in assert_follows_the_pattern(response.content.decode())] == [
        "signup-format-1",
        "signup-language-other",
    ]


@pytest.mark.django_db
def test_a_complete_sign_up_sent_at_once_is_told_to_check_and_send_again():
    response = Client().post(
        "/en/get-involved/sign-up/", sign_up_data(form_started=started_seconds_ago(0))
    )
    assert summary_links(response.content.decode()) == [
        (
            "signup-name",
            "Your form could not be sent. Please check your answers and send it again.",
        )
    ]


@pytest.mark.django_db
def test_an_empty_survey_sent_at_once_names_each_question_once():
    response = Client().post(
        "/en/experience-survey/",
        {"submission_id": str(uuid.uuid4()), "form_started": started_seconds_ago(0), "website": ""},
    )
    links = assert_follows_the_pattern(response.content.decode())
    assert [anchor for anchor, _ in links] == [f"survey-{q.slug}-1" for q in QUESTIONS]


def test_an_empty_feedback_form_links_to_its_question(information_page):
    response = Client().post(reverse("page_feedback:submit", args=[information_page.pk]), {})
    assert assert_follows_the_pattern(response.content.decode()) == [
        ("feedback-useful-1", "Select yes if this page is useful, or no if it is not")
    ]


@pytest.mark.django_db
def test_a_search_for_punctuation_links_to_the_search_box():
    response = Client().get("/en/search/", {"q": "!!!"})
    assert assert_follows_the_pattern(response.content.decode()) == [
        ("search-q", "Enter a word or words to search for")
    ]


def test_a_field_with_two_problems_is_listed_once_with_the_one_shown_at_it():
    errors = ErrorDict(
        phone=ErrorList(["Enter a phone number", "Too long"]),
        __all__=ErrorList(["Check your answers"]),
    )
    entries = error_summary_entries(errors, ["name", "phone"], {"phone": "signup-phone"})
    assert entries == [("signup-phone", "Enter a phone number")]
