"""Asking for information in another format or language: reached from every page
and print edition, what each delivery asks for, what is refused and how (in the
reader's language, keeping what was typed), stored once, and confirmed by email."""

import re

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.models import Locale

from council_site.outbox.models import OutboxEmail
from infopages.formatrequests.models import FormatRequest
from infopages.print_editions.documents import edition_html
from infopages.print_editions.models import PrintFormat
from infopages.translations.models import TranslationRequest

from .helpers import XSS, request_data


def form_url(lang="en"):
    return f"/{lang}/ask-for-another-format/"


@pytest.fixture
def client(db):
    cache.clear()
    return Client()


def post(client, lang="en", page=None, **overrides):
    data = request_data(**overrides)
    if page is not None:
        data["page"] = str(page.pk)
    return client.post(form_url(lang), data, REMOTE_ADDR="10.0.0.3")


def error_summary(response):
    html = response.content.decode()
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    return re.findall(r'<a href="#([^"]+)">(.*?)</a>', summary.group(1)) if summary else []


def test_every_page_links_to_the_form_with_itself(client, information_page):
    html = client.get(information_page.url).content.decode()
    assert f'href="/en/ask-for-another-format/?page={information_page.pk}"' in html
    assert "Ask for this information in another format or language" in html


def test_every_print_edition_gives_the_forms_address(information_page):
    html = edition_html(information_page, PrintFormat.STANDARD)
    assert "/en/ask-for-another-format" in html


def test_the_form_offers_every_format_delivery_and_language(client, information_page):
    response = client.get(form_url() + f"?page={information_page.pk}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    for text in [
        "Large print",
        "Easy Read",
        "Audio",
        "Braille",
        "British Sign Language (BSL) video",
        "A paper copy by post",
        "Another language",
        "By email",
        "By post",
        "By phone",
        "I will collect it in person",
        "Other language: say which",
        'href="#privacy-notice"',
        'name="website"',
        'name="form_started"',
        f'name="page" value="{information_page.pk}"',
        "How to report abuse",
    ]:
        assert text in html, text
    for language in ["العربية", "ትግርኛ", "Soomaali", "فارسی", "Other: say which"]:
        assert language in html


def test_a_request_is_stored_confirmed_and_its_reference_shown(client, information_page):
    response = post(client, page=information_page, needs="I use a screen magnifier.")
    assert response.status_code == 302
    request = FormatRequest.objects.get()
    assert request.page_id == information_page.pk
    assert request.page_language == "en"
    assert request.email == "layla.demo@example.org"
    assert request.needs == "I use a screen magnifier."
    assert request.status == "new" and request.due_on > request.received_at.date()
    sent = client.get(response["Location"]).content.decode()
    assert request.reference in sent
    email = OutboxEmail.objects.get(to="layla.demo@example.org")
    assert request.reference in email.body and "How to report abuse" in email.body


def test_the_confirmation_is_in_the_readers_language(client):
    post(client, lang="ar")
    email = OutboxEmail.objects.get()
    assert FormatRequest.objects.get().reference in email.body
    assert re.search(r"[\u0600-\u06FF]", email.subject)
    assert "We have your request" not in email.body


@pytest.mark.parametrize(
    "delivery, missing",
    [
        ("email", ["format-request-email"]),
        ("post", ["format-request-name", "format-request-address", "format-request-postcode"]),
        ("collect", ["format-request-name", "format-request-phone"]),
    ],
)
def test_each_delivery_asks_for_its_own_details(client, delivery, missing):
    response = post(client, format="audio", delivery=delivery, email="")
    assert response.status_code == 400
    assert [anchor for anchor, _message in error_summary(response)] == missing
    assert not FormatRequest.objects.exists()


def test_phone_needs_a_name_and_number_but_fits_no_format(client):
    response = post(client, delivery="phone", email="")
    assert error_summary(response) == [
        (
            "format-request-delivery-1",
            "We cannot send this format by phone. Choose email, post or collect",
        )
    ]


def test_collecting_needs_a_phone_or_an_email(client):
    response = post(client, format="braille", delivery="collect", name="Derek", email="")
    assert response.status_code == 400
    response = post(
        client, format="braille", delivery="collect", name="Derek", email="derek@example.org"
    )
    assert response.status_code == 302


def test_only_the_details_the_delivery_needs_are_kept(client):
    post(
        client,
        format="braille",
        delivery="post",
        name="Margaret Ellis",
        address="3 Example Close\nCoventry",
        postcode="cv3 6ab",
        phone="024 7696 0456",
        email="",
    )
    request = FormatRequest.objects.get()
    assert (request.name, request.postcode, request.phone) == ("Margaret Ellis", "CV3 6AB", "")
    assert not OutboxEmail.objects.exists()


def test_braille_by_email_is_refused(client):
    response = post(client, format="braille", delivery="email")
    assert error_summary(response) == [
        (
            "format-request-delivery-1",
            "Braille can only be sent by post or collected. Choose post or collect",
        )
    ]


def test_another_language_needs_the_language(client):
    response = post(client, format="another_language")
    assert error_summary(response) == [("format-request-language", "Select the language you need")]
    response = post(client, format="another_language", language="other")
    assert error_summary(response) == [
        ("format-request-language_other", "Enter the language you need")
    ]
    assert (
        post(client, format="another_language", language="other", language_other="Dari").status_code
        == 302
    )
    request = FormatRequest.objects.get()
    assert (request.language, request.language_display()) == ("other", "Dari")


def test_a_request_for_a_site_language_counts_as_translation_demand(client, information_page):
    Locale.objects.get_or_create(language_code="ar")
    post(client, page=information_page, format="another_language", language="ar")
    demand = TranslationRequest.objects.get()
    assert (demand.page_id, demand.locale.language_code) == (information_page.pk, "ar")


def test_wrong_answers_are_refused_and_what_was_typed_is_kept(client):
    response = post(
        client,
        format="paper_copy",
        delivery="post",
        name="Margaret O'Ellis",
        address="3 Example Close",
        postcode="CV99 ZZZZ",
        email="not-an-email",
        needs="x" * 1001,
        consent=None,
    )
    assert response.status_code == 400
    assert [anchor for anchor, _message in error_summary(response)] == [
        "format-request-email",
        "format-request-postcode",
        "format-request-needs",
        "format-request-consent",
    ]
    html = response.content.decode()
    for kept in ["CV99 ZZZZ", "not-an-email", "Margaret O&#39;Ellis", "3 Example Close"]:
        assert kept in html
    assert 'value="paper_copy" checked' in html


def test_control_characters_are_refused(client):
    response = post(
        client,
        delivery="post",
        name="Derek\x00Boyle",
        address="1 Road",
        postcode="CV1 5RR",
        email="",
    )
    assert [anchor for anchor, _message in error_summary(response)] == ["format-request-name"]


def test_errors_are_in_the_readers_language(client):
    response = post(client, lang="ar", format="braille", delivery="email", postcode="nope")
    html = response.content.decode()
    assert response.status_code == 400
    assert 'lang="ar" dir="rtl"' in html
    assert "Braille can only be sent" not in html
    assert "Enter a real postcode" not in html
    assert len(error_summary(response)) == 2


def test_the_same_form_sent_twice_is_stored_once(client):
    data = request_data()
    first = client.post(form_url(), data)
    second = client.post(form_url(), data)
    assert first["Location"] == second["Location"]
    assert FormatRequest.objects.count() == 1
    assert OutboxEmail.objects.count() == 1


def test_robots_are_refused(client):
    assert post(client, website="http://spam.example").status_code == 400
    assert post(client, form_started="forged").status_code == 400
    assert not FormatRequest.objects.exists()


@override_settings(GETINVOLVED_RATE_LIMIT=2)
def test_one_address_may_send_only_so_many(client):
    statuses = [post(client).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert FormatRequest.objects.count() == 2


def test_typed_markup_is_shown_escaped(client):
    response = post(client, needs=XSS, email="bad")
    html = response.content.decode()
    assert XSS not in html
    assert "&lt;script&gt;" in html


def test_a_page_that_is_not_public_is_not_named(client, information_page):
    information_page.unpublish()
    html = client.get(form_url() + f"?page={information_page.pk}").content.decode()
    assert "How to report abuse" not in html
    assert client.get(form_url() + "?page=nonsense").status_code == 200
