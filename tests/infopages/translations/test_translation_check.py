"""Translations are checked by a translation reviewer before they are published,
and the published translation says when it was checked."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import StringTranslation

from infopages.review.models import ReviewVote
from infopages.translations.checking import translation_of
from tests.factories import sign_in


def signed_in(user):
    client = Client()
    sign_in(client, user)
    return client


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def polish_page_edited_in_english(polish_page, information_page):
    """The English page has changed: the Polish translation has one new text to translate."""
    information_page.summary = "A new English summary."
    information_page.save_revision().publish()
    translation = translation_of(polish_page)
    translation.source.update_from_db()
    return polish_page


def translate_new_summary(page):
    translation = translation_of(page)
    segment = translation.source.stringsegment_set.get(string__data="A new English summary.")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=page.locale,
        context=segment.context,
        data="Nowe streszczenie.",
    )


def test_an_editor_sends_a_translation_and_the_reviewer_publishes_it(
    polish_page_edited_in_english, people
):
    page = polish_page_edited_in_english
    translate_new_summary(page)
    editor = signed_in(people["editor"])
    send_url = reverse("send_translation_for_check", args=[page.pk])
    assert "A translation reviewer will read it" in editor.get(send_url).content.decode()

    response = editor.post(send_url)

    assert response.status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_task_state
    assert state.task.name == "Translation check"
    assert Client().get(page.url).content.decode().count("Nowe streszczenie.") == 0

    reviewer = signed_in(people["translator"])
    dashboard = reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert "Jak zgłosić przemoc" in dashboard
    reviewer.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]),
        {"comment": ""},
    )

    html = Client().get(page.url).content.decode()
    assert "Nowe streszczenie." in html
    vote = ReviewVote.objects.get(page=page, completes_translation_check=True)
    assert vote.reviewer == people["translator"]
    assert f"{timezone.localdate(vote.created_at):%-d}" in html
    assert "Sprawdzenie tłumaczenia:" in html


def test_a_translation_with_texts_left_to_translate_is_not_sent(
    polish_page_edited_in_english, people
):
    page = polish_page_edited_in_english
    revisions = page.revisions.count()

    response = signed_in(people["editor"]).post(
        reverse("send_translation_for_check", args=[page.pk])
    )

    assert messages_of(response) == ["1 text is not translated yet."]
    page.refresh_from_db()
    assert not page.workflow_in_progress
    assert page.revisions.count() == revisions


def test_english_pages_are_not_sent_for_a_translation_check(information_page, people):
    response = signed_in(people["editor"]).get(
        reverse("send_translation_for_check", args=[information_page.pk]), follow=True
    )
    assert response.status_code == 404


def test_translation_reviewers_may_publish_only_translations(polish_page, people):
    reviewer = people["translator"]
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    assert polish_page.permissions_for_user(reviewer).can_publish()
    assert not english_home.permissions_for_user(reviewer).can_publish()
    assert not polish_page.permissions_for_user(reviewer).can_edit()


def test_an_unchecked_translation_shows_no_check_date(polish_page):
    html = Client().get(polish_page.url).content.decode()
    assert "Sprawdzenie tłumaczenia" not in html
