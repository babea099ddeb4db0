"""The Get involved page and the "We asked, you said, we did" page, in every language."""

import pytest
from django.test import Client

from getinvolved.blocks import ChangesBlock
from getinvolved.models import GetInvolvedPage, WeAskedYouSaidWeDidPage
from home.models import HomePage
from tests.factories import body, home_page, stream_data
from tests.translating import translate_page


@pytest.fixture
def get_involved(db):
    page = GetInvolvedPage(
        title="Get involved",
        slug="get-involved",
        introduction="Help us to improve adult social care.",
        body=body([("heading", {"text": "What you can expect", "level": "h2"})]),
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    changes = WeAskedYouSaidWeDidPage(
        title="We asked, you said, we did",
        slug="we-asked-you-said-we-did",
        introduction="What changed.",
        changes=stream_data(
            ChangesBlock(),
            [
                (
                    "change",
                    {
                        "title": "Hearing from people all year round",
                        "date": "2019-10-01",
                        "we_asked": "How can we hear from you more often?",
                        "you_said": "Yearly surveys come too late.",
                        "we_did": "We started a real-time survey.",
                    },
                )
            ],
        ),
    )
    page.add_child(instance=changes)
    changes.save_revision().publish()
    return page


def test_page_types_sit_where_they_belong():
    assert "getinvolved.GetInvolvedPage" in HomePage.subpage_types
    assert GetInvolvedPage.subpage_types == ["getinvolved.WeAskedYouSaidWeDidPage"]


def test_the_get_involved_page_leads_to_the_sign_up_and_survey(get_involved):
    html = Client().get("/en/get-involved/").content.decode()
    assert "Help us to improve adult social care." in html
    assert 'href="/en/get-involved/sign-up/"' in html
    assert 'href="/en/experience-survey/"' in html
    assert 'href="/en/get-involved/we-asked-you-said-we-did/"' in html
    assert "What you can expect" in html
    home = Client().get("/en/").content.decode()
    assert 'href="/en/get-involved/"' in home


def test_we_asked_you_said_we_did_shows_each_change_in_three_parts(get_involved):
    html = Client().get("/en/get-involved/we-asked-you-said-we-did/").content.decode()
    html = html[html.index('<section class="app-change">') :]
    parts = [
        "Hearing from people all year round",
        "October 2019",
        "We asked",
        "How can we hear from you more often?",
        "You said",
        "Yearly surveys come too late.",
        "We did",
        "We started a real-time survey.",
    ]
    positions = [html.index(part) for part in parts]
    assert positions == sorted(positions)


def test_the_pages_are_translatable(get_involved, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(home_page(), "pl", {"title": "Informacje o opiece społecznej"})
        translate_page(get_involved, "pl", {"title": "Zaangażuj się"})
    html = Client().get("/pl/get-involved/").content.decode()
    assert "Zaangażuj się" in html and '<html lang="pl"' in html
    assert 'href="/pl/get-involved/sign-up/"' in html
    arabic = Client().get("/ar/get-involved/").content.decode()
    assert '<main class="govuk-main-wrapper" id="main-content" lang="en" dir="ltr">' in arabic
