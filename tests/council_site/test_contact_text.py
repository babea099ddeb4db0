import pytest

from council_site.contact_text import (
    find_contacts,
    isolated_in_plain_text,
    linked_in_html,
    tel_uri,
)

LINK = '<bdi dir="ltr" class="app-phone-number"><a class="govuk-link" href="{}">{}</a></bdi>'


@pytest.mark.parametrize(
    ("text", "number", "uri"),
    [
        ("Call 024 7683 2222 today", "024 7683 2222", "tel:+442476832222"),
        ("Call 02476 832222.", "02476 832222", "tel:+442476832222"),
        ("Mobile: 07700 900123", "07700 900123", "tel:+447700900123"),
        ("From abroad +44 24 7683 2222", "+44 24 7683 2222", "tel:+442476832222"),
        ("From abroad +44 (0)24 7683 2222", "+44 (0)24 7683 2222", "tel:+442476832222"),
        ("Free on 0800 123 4567, any time", "0800 123 4567", "tel:+448001234567"),
        ("Phone (024) 7683 2222", "(024) 7683 2222", "tel:+442476832222"),
        ("Dial 18001 024 7683 2222 for text relay", "18001 024 7683 2222", "tel:1800102476832222"),
        ("In danger, call 999.", "999", "tel:999"),
        ("اتصل بالرقم 111 الآن", "111", "tel:111"),
        ("For the police when it is not an emergency, call 101.", "101", "tel:101"),
        ("Samaritans: 116 123", "116 123", "tel:116123"),
        ("اتصل على 024 7683 3003 من الاثنين", "024 7683 3003", "tel:+442476833003"),
    ],
)
def test_uk_phone_numbers_are_found_whole_with_a_number_to_dial(text, number, uri):
    assert [(found.text, found.uri) for found in find_contacts(text)] == [(number, uri)]


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed on 2026-11-04",
        "Write to us at CV1 5RR",
        "The limit is £23,250 in savings",
        "It costs £999 a year",
        "Reference 12345 678",
        "Ring 024 7683",
        "Account 01234567890123",
        "Open 09:00 to 17:00",
        "Version 0.5 of 2026",
    ],
)
def test_dates_postcodes_prices_and_other_figures_are_not_phone_numbers(text):
    assert find_contacts(text) == []


def test_a_group_after_a_whole_number_is_not_part_of_it():
    assert [found.text for found in find_contacts("Call 0800 123 4567 24 hours a day")] == [
        "0800 123 4567"
    ]


def test_email_addresses_are_found_without_the_full_stop_after_them():
    found = find_contacts("Email ascdirect@coventry.gov.uk. Or 024 7683 3003.")
    assert [(f.text, f.uri) for f in found] == [
        ("ascdirect@coventry.gov.uk", "mailto:ascdirect@coventry.gov.uk"),
        ("024 7683 3003", "tel:+442476833003"),
    ]


def test_a_phone_field_dials_the_same_number_from_anywhere():
    assert tel_uri("024 7683 3003") == "tel:+442476833003"
    assert tel_uri("+44 24 7683 3003") == "tel:+442476833003"
    assert tel_uri("999") == "tel:999"


def test_numbers_in_html_text_become_isolated_links_that_do_not_wrap():
    html = linked_in_html("<p>Phone 024 7683 3003 or email a@example.org &amp; ask.</p>")
    assert html == (
        "<p>Phone "
        + LINK.format("tel:+442476833003", "024 7683 3003")
        + ' or email <bdi dir="ltr"><a class="govuk-link" href="mailto:a@example.org">'
        "a@example.org</a></bdi> &amp; ask.</p>"
    )


def test_links_isolated_numbers_and_attributes_are_left_as_they_are():
    html = (
        '<p><a href="tel:02476833003" title="024 7683 3003">024 7683 3003</a>'
        ' <bdi dir="ltr">024 7683 2222</bdi> <span dir="ltr">0800 123 4567</span></p>'
    )
    assert linked_in_html(html) == html


def test_html_already_linked_is_not_linked_twice():
    once = linked_in_html("Call 18001 024 7683 2222<br>then wait")
    assert linked_in_html(once) == once
    assert once.count("<bdi") == 1


def test_plain_text_numbers_sit_between_unicode_isolates():
    assert isolated_in_plain_text("اتصل على 024 7683 3003 أو 999.") == (
        "اتصل على \u2066024 7683 3003\u2069 أو \u2066999\u2069."
    )
