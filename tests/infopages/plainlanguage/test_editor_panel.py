"""The plain English check in the page editor: an editor sees the draft's reading age
and each warning with the words it is about, and the warnings never stop a publish."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from infopages.plainlanguage.panels import report_for
from tests.factories import InformationPageFactory, UserFactory, body, sign_in

LONG_SENTENCE = (
    "If you think that someone is being abused or neglected you can call Adult Social "
    "Care Direct at any time."
)


def signed_in(group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    return sign_in(Client(), user)


@pytest.fixture
def editor_client(db):
    return signed_in("Editors")


@pytest.fixture
def publisher_client(db):
    return signed_in("Publishers")


@pytest.fixture
def page_with_warnings(topic):
    return InformationPageFactory(
        parent=topic,
        title="Reporting abuse",
        summary="How to tell us.",
        body=body(
            [
                ("heading", {"text": "Who can help", "level": "h2"}),
                ("paragraph", f"<p>{LONG_SENTENCE}</p><ul><li>Ask your GP.</li></ul>"),
                ("inset", "We share information with the police."),
            ]
        ),
    )


def edit_page_html(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_editor_sees_each_warning_with_the_words_it_is_about(editor_client, page_with_warnings):
    html = edit_page_html(editor_client, page_with_warnings)
    assert "Plain English check" in html
    assert "3 plain English warnings" in html
    assert "Sentences over 15 words" in html
    assert f"“{LONG_SENTENCE}” (20 words)" in html
    assert "<strong>information</strong> — in “We share information with the police.”" in html
    assert "<strong>GP</strong> — in “Ask your GP.”" in html
    assert "they never stop you saving or publishing" in html


def test_an_information_page_editor_shows_the_reading_age(editor_client, page_with_warnings):
    html = edit_page_html(editor_client, page_with_warnings)
    figure = report_for(page_with_warnings).readability
    assert f"Reading age: about {figure.reading_age} years" in html
    assert f"Flesch reading ease {figure.reading_ease} out of 100" in html


def test_the_check_reads_the_draft_being_edited_not_the_live_page(
    editor_client, page_with_warnings
):
    page_with_warnings.summary = "The NHS can help too."
    page_with_warnings.save_revision()
    html = edit_page_html(editor_client, page_with_warnings)
    assert "<strong>NHS</strong> — in “The NHS can help too.”" in html


def test_plain_text_has_no_warnings(editor_client, topic):
    page = InformationPageFactory(
        parent=topic,
        title="Help",
        summary="We can help you.",
        body=body([("paragraph", "<p>Call us. We will listen.</p>")]),
    )
    html = edit_page_html(editor_client, page)
    assert "No plain English warnings." in html


def test_warnings_never_stop_a_publish(publisher_client, page_with_warnings):
    url = reverse("wagtailadmin_pages:edit", args=[page_with_warnings.pk])
    data = nested_form_data(
        {
            "title": "Reporting abuse",
            "slug": page_with_warnings.slug,
            "summary": "The NHS and your GP share information when someone is at risk.",
            "body": streamfield([("paragraph", rich_text(f"<p>{LONG_SENTENCE}</p>"))]),
            "tags": "",
            "action-publish": "publish",
        }
    )
    response = publisher_client.post(url, data)
    assert response.status_code == 302
    page = Page.objects.get(pk=page_with_warnings.pk).specific
    assert page.live
    assert page.summary.startswith("The NHS")
    assert not page.has_unpublished_changes
    told = [str(message) for message in get_messages(response.wsgi_request)]
    assert (
        "Plain English check: 4 warnings. They do not stop you saving or publishing: "
        "see the end of the Content tab." in told
    )


def test_a_glossary_from_the_page_type_explains_its_words(page_with_warnings, monkeypatch):
    assert "information" in [item.text for item in report_for(page_with_warnings).long_words]
    monkeypatch.setattr(
        type(page_with_warnings), "glossary_words", lambda page: ["Information"], raising=False
    )
    assert report_for(page_with_warnings).long_words == []


def test_other_languages_are_told_the_reading_age_is_for_english_only(polish_page):
    polish_page.summary = "Zadzwoń do nas, np. rano."
    polish_page.save_revision()
    report = report_for(polish_page.get_latest_revision_as_object())
    assert report.language == "pl"
    assert report.readability is None
    assert "np." in [item.text for item in report.abbreviations]
    html = render_to_string("plainlanguage/panel.html", {"report": report, "max_words": 15})
    assert "The reading age is worked out for English only." in html
    assert "<strong>np.</strong> — in “Zadzwoń do nas, np. rano.”" in html
