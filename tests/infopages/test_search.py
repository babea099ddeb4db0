import re

import pytest
from django.test import Client

from tests.factories import InformationPageFactory


@pytest.fixture
def pages(topic):
    InformationPageFactory(
        parent=topic,
        title="Lasting power of attorney",
        summary="Choosing someone to decide for you.",
    )
    InformationPageFactory(
        parent=topic, title="Direct payments", summary="Money to arrange your own care."
    )
    draft = InformationPageFactory(parent=topic, title="Secret attorney draft")
    draft.unpublish()


def search(query):
    return Client().get("/en/search/", {"q": query})


def test_finds_pages_by_title_and_summary(pages):
    html = search("attorney").content.decode()
    assert "Lasting power of attorney" in html
    assert "Choosing someone to decide for you." in html
    assert "Direct payments" not in html
    assert "Secret attorney draft" not in html
    assert "1 result for “attorney”" in html


def test_no_results_suggests_other_words(pages):
    html = search("xylophone").content.decode()
    assert "0 results for “xylophone”" in html
    assert "Check your spelling or try different words." in html


def test_search_page_without_a_query_shows_the_form(db):
    response = Client().get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert "There is a problem" not in response.content.decode()


@pytest.mark.parametrize("query", ["   ", "!!! ???"])
def test_empty_query_asks_for_words(db, query):
    response = search(query)
    assert response.status_code == 200
    assert "Enter a word or words to search for" in response.content.decode()


def test_very_long_query_is_refused_safely(pages):
    response = search("attorney " * 1200)
    assert response.status_code == 200
    assert "Search words must be 200 characters or fewer" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "' OR 1=1 --",
        '"; DROP TABLE wagtailcore_page; --',
        "<script>alert(1)</script>",
        "%_\\",
        "a & b | !c",
        "(((",
        ":*",
        "NOT",
        "NEAR(a b)",
        "attorney AND OR",
    ],
)
def test_metacharacters_give_a_safe_page(pages, query):
    response = search(query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_results_are_paginated(topic):
    for number in range(12):
        InformationPageFactory(parent=topic, title=f"Advocacy page {number}")
    first = search("advocacy").content.decode()
    assert "12 results" in first
    assert 'rel="next"' in first
    second = Client().get("/en/search/", {"q": "advocacy", "page": 2}).content.decode()
    assert 'aria-current="page"' in second and re.search(r">\s*2\s*</a>", second)
    assert Client().get("/en/search/", {"q": "advocacy", "page": "junk"}).status_code == 200


def test_words_in_other_scripts_are_kept_whole():
    from infopages.forms import search_words

    assert search_words("ਸੁਰੱਖਿਆ; ochrona!") == "ਸੁਰੱਖਿਆ ochrona"
    assert search_words("الحماية") == "الحماية"
