import re

import pytest
from django.http import Http404
from django.test import Client

from infopages.directory.models import DirectoryPage, Suggestion
from infopages.directory.places import distance_metres, miles
from infopages.directory.views import service_page
from tests.factories import home_page


@pytest.fixture
def directory_page(directory):
    page = DirectoryPage(title="Find support near you", slug="find-support")
    home_page().add_child(instance=page)
    return page


def search(directory_page, **params):
    response = Client().get(directory_page.url, params)
    assert response.status_code == 200
    return response.content.decode()


def names(html):
    return re.findall(
        r'<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="[^"]+">([^<]+)</a>', html
    )


def test_the_page_offers_the_search_without_results(directory_page):
    html = search(directory_page)
    assert "Find support near you" in html
    assert "services found" not in html
    assert "Carers" in html and "Dementia" in html  # the kinds of support


def test_nearest_first_with_distances_in_miles(directory, directory_page):
    html = search(directory_page, postcode="cv1 5rr", distance="10")
    here = (directory.postcode.latitude, directory.postcode.longitude)
    nearest = {
        "Memory café": min(
            distance_metres(*here, loc.latitude, loc.longitude)
            for loc in (directory.near, directory.far)
        ),
        "Carers centre": distance_metres(
            *here, directory.middle.latitude, directory.middle.longitude
        ),
    }
    expected = sorted(nearest, key=nearest.get)
    assert names(html) == expected
    for name in expected:
        assert f"{miles(nearest[name]):.1f} miles away" in html
    assert "Birmingham befriending" not in html  # 16 miles away
    assert "Closed lunch club" not in html


def test_a_smaller_distance_leaves_out_what_is_further(directory_page):
    assert names(search(directory_page, postcode="CV1 5RR", distance="1")) == ["Memory café"]


def test_filters_combine_and_survive_in_the_page_links(directory, directory_page):
    carers = str(directory.carers.translation_key)
    assert names(search(directory_page, support=carers)) == ["Carers centre", "Memory café"]
    assert names(search(directory_page, support=carers, free="on")) == ["Carers centre"]
    assert names(search(directory_page, day="TU")) == ["Memory café"]
    assert names(search(directory_page, language="pa")) == ["Carers centre"]
    assert names(search(directory_page, access="step_free")) == ["Memory café"]
    assert names(search(directory_page, q="DEMENTIA")) == ["Memory café"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"postcode": "not a postcode"}, "Enter a full UK postcode, like CV1 5RR"),
        ({"postcode": "ZZ9 9ZZ"}, "We could not find ZZ9 9ZZ in the area this directory covers"),
        ({"postcode": "CV1 5RR", "distance": "-1"}, "Choose a distance from the list"),
        ({"postcode": "CV1 5RR", "distance": "0"}, "Choose a distance from the list"),
        ({"postcode": "CV1 5RR", "distance": "99999999999999999999"}, "Choose a distance"),
        ({"postcode": "CV1 5RR", "distance": "far"}, "Choose a distance from the list"),
        ({"q": "x" * 10_000}, "Enter 200 characters or fewer"),
        ({"day": "someday"}, "Choose a day from the list"),
        ({"support": "'; DROP TABLE x; --"}, "Choose kinds of support from the list"),
    ],
)
def test_bad_input_is_explained_and_kept(directory_page, params, message):
    html = search(directory_page, **params)
    assert "govuk-error-summary" in html
    assert message in html
    assert "<title>Error:" in html


@pytest.mark.parametrize(
    "keyword", ["<script>alert(1)</script>", "' OR 1=1 --", "%", "_", "رعاية", "\u200f", "", " "]
)
def test_odd_keywords_are_safe(directory_page, keyword):
    html = search(directory_page, q=keyword)
    assert "<script>alert(1)</script>" not in html
    if keyword.strip() in ("", " "):
        assert "4 services found" in html


@pytest.mark.parametrize("page", ["2", "99", "-3", "two", ""])
def test_any_page_number_is_safe(directory_page, page):
    html = search(directory_page, page=page, q="")
    assert "4 services found" in html


@pytest.mark.parametrize("page", ["1", "2", "99"])
def test_a_page_past_the_end_of_a_nearest_first_list_shows_its_last_page(directory_page, page):
    html = search(directory_page, postcode="CV1 5RR", distance="10", page=page)
    assert "2 services found" in html
    assert names(html) == ["Memory café", "Carers centre"]


def test_nothing_within_the_distance_is_said_on_any_page(directory, directory_page):
    directory.postcode.latitude += 1  # far north of every service
    directory.postcode.save()
    for page in ("1", "3"):
        html = search(directory_page, postcode="CV1 5RR", distance="1", page=page)
        assert "0 services found" in html
        assert "Try fewer filters" in html


def test_the_search_speaks_arabic(directory_page):
    client = Client()
    response = client.get("/ar/find-support/", {"postcode": "nonsense"})
    # The Arabic tree has no copy of the page: it is reached in English then.
    assert response.status_code in (200, 404)


def test_a_service_page_says_what_when_where_and_how(directory, directory_page):
    service = directory.carers_centre
    html = Client().get(directory_page.service_url(service.translation_key)).content.decode()
    assert "Carers centre" in html
    assert "Support for unpaid carers." in html
    assert 'Monday, Wednesday: <span dir="ltr">09:00–17:00</span>' in html
    assert "Free" in html
    assert 'href="tel:02476632972"' in html
    assert "openstreetmap.org/directions?to=52.43%2C-1.5" in html
    assert "Is something wrong on this page?" in html


def test_an_inactive_or_unknown_service_is_not_found(directory, directory_page, rf):
    with pytest.raises(Http404):
        service_page(directory_page, rf.get("/"), directory.closed.translation_key)
    with pytest.raises(Http404):
        directory_page.resolve_subpage("service/not-a-uuid/")


def test_editor_text_is_escaped(directory, directory_page):
    directory.carers_centre.description = '<img src=x onerror="alert(1)">'
    directory.carers_centre.save()
    html = Client().get(directory_page.service_url(directory.carers_centre.translation_key)).content
    assert b"<img src=x" not in html
    assert b"&lt;img src=x" in html


def test_something_wrong_is_queued_for_the_team(directory, directory_page):
    url = directory_page.service_url(directory.carers_centre.translation_key)
    client = Client()
    response = client.post(url, {"text": "The phone number has changed."})
    assert response.status_code == 302
    assert "Thank you" in client.get(response["Location"]).content.decode()
    suggestion = Suggestion.objects.get()
    assert (suggestion.service, suggestion.text, suggestion.language) == (
        directory.carers_centre,
        "The phone number has changed.",
        "en",
    )


@pytest.mark.parametrize(
    ("text", "message"), [("", "Tell us what is wrong"), ("x" * 1001, "Enter 1000 characters")]
)
def test_an_empty_or_overlong_suggestion_is_explained(directory, directory_page, text, message):
    url = directory_page.service_url(directory.carers_centre.translation_key)
    html = Client().post(url, {"text": text}).content.decode()
    assert message in html
    assert Suggestion.objects.count() == 0
