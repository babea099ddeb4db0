"""The public sign-up form: what is asked, what is refused and how, and its defences."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings

from council_site.outbox.models import OutboxEmail
from getinvolved.signup.models import Person, SignUpRequest
from tests.factories import sign_in
from tests.getinvolved.conftest import sign_up_data

SIGN_UP = "/{lang}/get-involved/sign-up/"


def post(client, lang="en", **overrides):
    return client.post(SIGN_UP.format(lang=lang), sign_up_data(**overrides), REMOTE_ADDR="10.0.0.1")


def error_summary(response):
    html = response.content.decode()
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', html, re.S)
    return re.findall(r"<a href=\"#([^\"]+)\">(.*?)</a>", summary.group(1)) if summary else []


@pytest.fixture
def client():
    return Client()


@pytest.mark.django_db
def test_the_form_asks_everything_and_is_never_cached_publicly(client, topics):
    response = client.get(SIGN_UP.format(lang="en"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in html
    for text in [
        "Full name",
        "Email address",
        "Phone number",
        "Postal address",
        "Easy read",
        "British Sign Language (BSL) interpreter",
        "Recruitment panels",
        "Co-producing new services",
        "Mental health",
        "A person who uses services",
        "From a voluntary organisation",
        "Is there any support you need to take part? (optional)",
        'href="#privacy-notice"',
    ]:
        assert text in html
    # Each language is offered in its own name.
    assert "ગુજરાતી" in html and "العربية" in html


@pytest.mark.django_db
def test_the_form_refuses_posts_without_csrf_token(topics):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(SIGN_UP.format(lang="en"), sign_up_data())
    assert response.status_code == 403
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_an_empty_form_says_what_to_fix_and_keeps_what_was_typed(client):
    response = post(
        client,
        name="",
        email="",
        ways=[],
        role=None,
        consent=None,
        support_needed="A ramp, please",
    )
    assert response.status_code == 400
    assert error_summary(response) == [
        ("signup-name", "Enter your full name"),
        ("signup-email", "Enter at least one way to contact you: email, phone or address"),
        ("signup-ways-1", "Select at least one way to get involved"),
        ("signup-role-1", "Select the description that fits you best"),
        ("signup-consent", "Tick the box to agree that we can contact you"),
    ]
    assert "A ramp, please</textarea>" in response.content.decode()
    assert "<title>Error:" in response.content.decode()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_contact_details_are_checked(client):
    response = post(client, email="not-an-email", phone="call me", language="other")
    assert error_summary(response) == [
        ("signup-email", "Enter an email address in the correct format, like name@example.com"),
        ("signup-phone", "Enter a phone number, like 024 7683 3003 or 07700 900 982"),
        ("signup-language-other", "Enter the language you would like us to use"),
    ]
    assert 'value="not-an-email"' in response.content.decode()


@pytest.mark.django_db
def test_errors_are_in_the_readers_language_right_to_left(client):
    response = post(client, lang="ar", name="", email="", consent=None)
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="ar" dir="rtl"' in html
    messages = [message for _anchor, message in error_summary(response)]
    assert messages == [
        "أدخل اسمك الكامل",
        "أدخل طريقة واحدة على الأقل للتواصل معك: البريد الإلكتروني أو الهاتف أو العنوان",
        "ضع علامة في المربع لتوافق على أن نتواصل معك",
    ]


@pytest.mark.django_db
def test_oversized_input_is_refused(client):
    megabyte = "x" * 1_000_000
    response = post(client, support_needed=megabyte)
    assert response.status_code == 400
    assert error_summary(response) == [
        ("signup-support-needed", "Your answer must be 1000 characters or fewer")
    ]
    # More than the server reads of any request, whatever the form would say.
    third = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 3 + 1)
    too_big_to_read = post(client, name=third, support_needed=third, address=third)
    assert too_big_to_read.status_code == 400
    assert "Sorry, we could not read what you sent" in too_big_to_read.content.decode()
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_control_characters_are_refused_but_line_breaks_and_joiners_kept(client):
    response = post(client, name="Amira\x00Hassan\u202e")
    assert ("signup-name", "Remove the special characters you cannot see") in error_summary(
        response
    )
    post(client, name="Zainab\u200cKhan", address="1 High Street\r\nCoventry")
    assert Person.objects.get().address == "1 High Street\r\nCoventry"


@pytest.mark.django_db
def test_html_is_stored_as_typed_and_shown_escaped(client, people):
    post(client, name="<script>alert(1)</script>", address="<b>1 Road</b>")
    person = Person.objects.get()
    assert person.name == "<script>alert(1)</script>"
    admin = Client()
    sign_in(admin, people["involvement"])
    html = admin.get(f"/admin/get-involved/people/inspect/{person.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_the_honeypot_is_hidden_from_people_and_refuses_robots(client):
    html = client.get(SIGN_UP.format(lang="en")).content.decode()
    honeypot = re.search(r'<div class="app-honeypot" aria-hidden="true">.*?</div>', html, re.S)
    assert 'autocomplete="off"' in honeypot.group(0) and 'tabindex="-1"' in honeypot.group(0)
    assert "display: none" not in honeypot.group(0)
    response = post(client, website="http://spam.example")
    assert response.status_code == 400
    assert not Person.objects.exists()


@pytest.mark.django_db
def test_a_form_sent_too_fast_or_with_a_forged_time_is_refused(client):
    from tests.getinvolved.conftest import started_seconds_ago

    for started in (started_seconds_ago(0), "forged", ""):
        response = post(client, form_started=started)
        assert response.status_code == 400
        assert "Your form could not be sent" in response.content.decode()
    assert not Person.objects.exists()


@pytest.mark.django_db
@override_settings(GETINVOLVED_RATE_LIMIT=3)
def test_too_many_forms_from_one_address_get_429(client):
    cache.clear()
    statuses = [
        client.post(
            SIGN_UP.format(lang="en"),
            sign_up_data(email=f"person{n}@example.org"),
            REMOTE_ADDR="10.0.0.9",
        ).status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    other = client.post(SIGN_UP.format(lang="en"), sign_up_data(), REMOTE_ADDR="10.0.0.10")
    assert other.status_code == 302


@pytest.mark.django_db
@override_settings(GETINVOLVED_RATE_LIMIT=1, TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_limit_is_per_real_client(client):
    def from_client(address, forged=""):
        forwarded = f"{forged}, {address}" if forged else address
        return client.post(
            SIGN_UP.format(lang="en"),
            sign_up_data(email=f"{address}@example.org".replace(":", "")),
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code

    assert from_client("203.0.113.5") == 302
    assert from_client("203.0.113.6") == 302
    # A client cannot escape the limit by writing its own X-Forwarded-For entry.
    assert from_client("203.0.113.5", forged="198.51.100.1") == 429


@pytest.mark.django_db
def test_sign_up_without_email_waits_for_the_team(client):
    response = post(client, email="", phone="07700 900 982")
    assert response.status_code == 302 and response["Location"].endswith("/received/")
    person = Person.objects.get()
    assert person.status == Person.Status.PENDING and person.phone == "07700 900 982"
    assert not OutboxEmail.objects.exists()
    assert SignUpRequest.objects.get().confirmed_at is None
