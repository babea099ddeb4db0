import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from infopages.easyread.models import EasyReadPage
from tests.factories import EasyReadPageFactory, EasyReadPictureFactory, InformationPageFactory

TOGGLE = re.compile(r'<nav class="app-version-toggle" aria-label="([^"]+)">(.*?)</nav>', re.S)


def toggle_of(html):
    match = TOGGLE.search(html)
    assert match, "no toggle between the versions"
    return match.group(1), match.group(2)


def test_the_page_shows_each_row_with_its_picture_and_alternative_text(easy_read_page):
    html = Client().get(easy_read_page.url).content.decode()
    rows = html.split('class="app-easy-read-row"')[1:]
    assert len(rows) == 2
    assert 'alt="A red warning light"' in rows[0]
    assert '<p class="app-easy-read-row__sentence">Abuse is when someone hurts you.</p>' in rows[0]
    assert '<p class="app-easy-read-row__sentence">It is wrong.</p>' in rows[0]
    assert 'alt="A telephone"' in rows[1]
    assert ".svg" in rows[1]


def test_the_page_credits_its_pictures_once(easy_read_page):
    html = Client().get(easy_read_page.url).content.decode()
    # The credit is in English: set apart, so it reads whole on a right-to-left page.
    credit = (
        'Pictures: <bdi lang="en">OpenMoji \u2013 the open-source emoji and icon project. '
        "License: CC BY-SA 4.0</bdi>"
    )
    assert html.count(credit) == 1


def test_the_glossary_explains_its_words(easy_read_page):
    html = Client().get(easy_read_page.url).content.decode()
    assert "Words we explain" in html
    assert "Keeping adults safe from harm." in html
    assert easy_read_page.glossary_words() == ["Safeguarding"]


def test_the_easy_read_page_marks_itself_current_and_links_to_the_standard_page(
    easy_read_page, information_page
):
    label, toggle = toggle_of(Client().get(easy_read_page.url).content.decode())
    assert label == "Versions of this page"
    assert '<span aria-current="page">Easy Read</span>' in toggle
    assert f'<a class="govuk-link" href="{information_page.url}">Standard version</a>' in toggle
    assert toggle.count("aria-current") == 1


def test_the_standard_page_marks_itself_current_and_links_to_its_easy_read_version(
    easy_read_page, information_page
):
    _label, toggle = toggle_of(Client().get(information_page.url).content.decode())
    assert '<span aria-current="page">Standard version</span>' in toggle
    assert f'<a class="govuk-link" href="{easy_read_page.url}">Easy Read</a>' in toggle
    assert toggle.count("aria-current") == 1


def test_a_page_without_an_easy_read_version_has_no_toggle(information_page):
    assert "app-version-toggle" not in Client().get(information_page.url).content.decode()


def test_the_link_goes_when_the_easy_read_version_is_unpublished(easy_read_page, information_page):
    client = Client()
    assert easy_read_page.url in client.get(information_page.url).content.decode()
    easy_read_page.unpublish()
    assert "app-version-toggle" not in client.get(information_page.url).content.decode()


def test_an_information_page_has_one_easy_read_version(easy_read_page, information_page):
    assert not EasyReadPage.can_create_at(information_page)
    other = InformationPageFactory(parent=information_page.get_parent())
    assert EasyReadPage.can_create_at(other)


def test_an_easy_read_page_goes_only_below_an_information_page(information_page):
    assert EasyReadPage.allowed_parent_page_models() == [type(information_page)]
    assert not EasyReadPage.can_create_at(information_page.get_parent())


@pytest.mark.parametrize(
    "content,name",
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "x.svg"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "x.svg"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://e.org/a)"/></svg>',
            "x.svg",
        ),
        (b"<html><body>not a picture</body></html>", "x.png"),
        (b"GIF89a", "x.gif"),
    ],
)
def test_the_picture_library_refuses_what_is_not_a_plain_picture(db, content, name):
    from django.core.files.base import ContentFile

    picture = EasyReadPictureFactory.build(file=ContentFile(content, name=name))
    with pytest.raises(ValidationError, match="This file cannot be used"):
        picture.full_clean()


def test_a_row_holds_one_idea(easy_read_page):
    block = easy_read_page.body.stream_block.child_blocks["picture_and_words"]
    value = block.to_python({"picture": None, "words": "One.\nTwo.\nThree.\nFour."})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_the_easy_read_page_makes_few_queries(
    easy_read_page, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    client = Client()
    client.get(easy_read_page.url)
    with django_assert_max_num_queries(7):
        assert client.get(easy_read_page.url).status_code == 200


def test_factory_makes_a_page_below_an_information_page(db):
    page = EasyReadPageFactory()
    assert type(page.get_parent().specific).__name__ == "InformationPage"


def test_the_link_to_the_easy_read_version_costs_the_standard_page_no_query(
    easy_read_page, information_page, settings
):
    from tests.infopages.test_information_page import counted

    settings.PAGE_CACHE_SECONDS = 0
    queries, in_template, html = counted(Client(), information_page.url)
    assert f'href="{easy_read_page.url}">Easy Read</a>' in html
    assert in_template == 0
    assert queries <= 5
