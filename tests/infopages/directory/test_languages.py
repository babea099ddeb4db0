"""The directory in another language: translated words where there are some, and
English words marked as English where there are none."""

import re

import pytest
from django.test import Client

from infopages.directory.models import DirectoryPage
from tests.factories import home_page
from tests.translating import translate as translate_snippet

ENGLISH = 'lang="en" dir="ltr"'


@pytest.fixture
def arabic(directory, translate):
    page = DirectoryPage(
        title="Find support near you", slug="find-support", introduction="Find groups and services."
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    translate(home_page(), "ar", {"title": "معلومات الرعاية الاجتماعية للبالغين"})
    arabic_page = translate(
        page, "ar", {"title": "ابحث عن دعم قريب منك", "introduction": "ابحث عن مجموعات وخدمات."}
    )
    translate_snippet(
        directory.carers_centre,
        "ar",
        {"name": "مركز مقدمي الرعاية", "description": "دعم لمقدمي الرعاية غير مدفوعي الأجر."},
    )
    translate_snippet(directory.carers, "ar", {"name": "مقدمو الرعاية"})
    return page, arabic_page


def get(url, **params):
    response = Client().get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_directory_page_is_in_arabic_with_its_switcher(arabic):
    english, page = arabic
    html = get(page.url)
    assert "ابحث عن دعم قريب منك" in html
    assert "ابحث عن مجموعات وخدمات." in html
    assert f'href="{english.url}" rel="alternate" lang="en" hreflang="en"' in html


def test_kinds_of_support_not_translated_are_marked_english(arabic):
    _english, page = arabic
    html = get(page.url)
    assert re.search(
        r'<label class="govuk-label govuk-checkboxes__label"[^>]*>\s*مقدمو الرعاية', html
    )
    assert re.search(
        rf'<label class="govuk-label govuk-checkboxes__label"[^>]*{ENGLISH}[^>]*>\s*Dementia', html
    )
    # Each language a service may speak is named in its own words, in its own script.
    assert re.search(r'<label[^>]*lang="pl"[^>]*>\s*Polski', html)


def test_results_show_translated_words_and_mark_english_ones(directory, arabic):
    _english, page = arabic
    html = get(page.url, q="")
    assert "مركز مقدمي الرعاية" in html
    assert "دعم لمقدمي الرعاية غير مدفوعي الأجر." in html
    assert re.search(rf"<a [^>]*{ENGLISH}>Memory café</a>", html)
    assert re.search(rf"<p [^>]*{ENGLISH}>A friendly café for people living with dementia.", html)
    assert not re.search(r'lang="en"[^>]*>مركز', html)


def test_a_service_page_in_arabic(directory, arabic):
    english, page = arabic
    key = directory.carers_centre.translation_key
    html = get(page.service_url(key))
    assert '<h1 class="govuk-heading-xl">مركز مقدمي الرعاية</h1>' in html
    # Its English record's place is English; its kinds of support are marked as needed.
    assert f'<p class="govuk-body" {ENGLISH}>Middle hall<br>' in html
    assert "<li>مقدمو الرعاية</li>" in html
    assert '<span lang="pa" dir="ltr">ਪੰਜਾਬੀ</span>' in html
    # The switcher leads to the same service in English.
    assert f'href="{english.service_url(key)}" rel="alternate" lang="en"' in html


def test_an_untranslated_service_page_in_arabic_is_marked_english(directory, arabic):
    _english, page = arabic
    html = get(page.service_url(directory.memory_cafe.translation_key))
    assert f'<h1 class="govuk-heading-xl" {ENGLISH}>Memory café</h1>' in html
    assert f"<li {ENGLISH}>Dementia</li>" in html
    assert f"<span {ENGLISH}>Far hall</span>" in html
