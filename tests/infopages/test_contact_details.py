"""The council's contact details are translated like pages: the words in each
language, the numbers kept in step with the English unless a language has its own."""

import pytest
from django.test import Client
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from infopages.contact_details import ContactDetails
from tests.factories import ContactDetailsFactory
from tests.translating import translate

POLISH = {
    "council_name": "Rada Miasta Coventry",
    "service_name": "Informacje o opiece społecznej",
    "asc_direct_hours": "Do 17:00 od poniedziałku do czwartku",
    "out_of_hours_hours": "Po 17:00 i przez cały weekend",
    "text_relay": "Relay UK: proszę wybrać 18001",
}


@pytest.fixture
def polish_contacts(db):
    english = ContactDetailsFactory()
    return english, translate(english, "pl", POLISH)


def footer(path):
    html = Client().get(path).content.decode()
    return html[html.index("<footer") :]


def test_each_language_shows_its_own_words_and_the_same_numbers(polish_contacts):
    polish = footer("/pl/")
    assert "Do 17:00 od poniedziałku do czwartku" in polish
    assert "© Rada Miasta Coventry" in polish
    assert 'href="tel:+442476833003"' in polish
    assert "Until 5pm Monday to Thursday" in footer("/en/")


def test_a_language_without_a_translation_shows_the_english_details(polish_contacts):
    assert "Until 5pm Monday to Thursday" in footer("/ar/")


def test_a_new_english_number_reaches_every_language_when_synced(polish_contacts):
    english, _polish = polish_contacts
    english.asc_direct_phone = "024 7600 0000"
    english.save()
    translation = Translation.objects.get(target_locale__language_code="pl")
    translation.source.update_from_db()
    translation.save_target()
    assert 'href="tel:+442476000000"' in footer("/pl/")


def test_a_language_can_have_its_own_number(polish_contacts):
    translation = Translation.objects.get(target_locale__language_code="pl")
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path="other_formats_phone"
    )
    SegmentOverride.objects.create(
        locale=translation.target_locale, context=segment.context, data_json='"024 7600 1234"'
    )
    translation.save_target()
    assert "024 7600 1234" in footer("/pl/")
    assert "024 7600 1234" not in footer("/en/")
    assert ContactDetails.objects.count() == 2
