"""A resident searching the directory in Chromium, in English and Arabic, with and
without JavaScript: every filter, nearest first, and the back button."""

import math
from pathlib import Path

import pytest

from tests.browser.directory_site import PLACES, POSTCODE, SERVICES, SLUG

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
EARTH_RADIUS_METRES = 6_371_008.8
METRES_PER_MILE = 1609.344


@pytest.fixture(scope="session")
def directory(served_site, served_site_shell):
    served_site_shell("from tests.browser.directory_site import publish; print(publish())")
    return {"en": f"{served_site}/en/{SLUG}/", "ar": f"{served_site}/ar/{SLUG}/"}


def haversine_miles(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin(math.radians(lat2 - lat1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a)) / METRES_PER_MILE


def miles_away(name):
    latitude, longitude, _features = PLACES[SERVICES[name][0]]
    return haversine_miles(POSTCODE[1], POSTCODE[2], latitude, longitude)


def nearest_first(within):
    found = [name for name in SERVICES if miles_away(name) <= within]
    return sorted(found, key=miles_away)


def listed(tab):
    return tab.locator(".app-directory-results__item h3").all_inner_texts()


def search_near(tab, distance="10"):
    tab.get_by_label("Postcode").fill(POSTCODE[0])
    tab.get_by_label("Distance").select_option(distance)


def more_filters(tab):
    tab.locator("summary", has_text="More ways to narrow the list").click()


def press_search(tab):
    tab.locator("main").get_by_role("button", name="Search", exact=True).click()
    tab.wait_for_load_state()


def test_nearest_first_with_the_distances_worked_out_here(page, directory):
    page.goto(directory["en"])
    search_near(page)
    press_search(page)
    expected = nearest_first(10)
    assert listed(page) == expected
    distances = page.locator(".app-directory-results__item").all_inner_texts()
    for name, text in zip(expected, distances, strict=True):
        assert f"{miles_away(name):.1f} miles away" in text
    page.screenshot(path=SCREENSHOTS / "directory-en-results.png", full_page=True)


def test_a_smaller_distance_leaves_out_what_is_further(page, directory):
    page.goto(directory["en"])
    search_near(page, "5")
    press_search(page)
    assert listed(page) == nearest_first(5)
    assert "Moor allotment club" not in listed(page)


@pytest.mark.parametrize(
    ("choose", "expected"),
    [
        (
            lambda tab: tab.get_by_label("Allotments").check(),
            ["Quay allotment group", "Moor allotment club"],
        ),
        (lambda tab: tab.get_by_label("Keywords").fill("knitting"), ["Lane knitting circle"]),
        (
            lambda tab: (more_filters(tab), tab.get_by_label("Open on").select_option("MO")),
            ["Quay allotment group", "Moor allotment club"],
        ),
        (
            lambda tab: (more_filters(tab), tab.get_by_label("Free of charge only").check()),
            ["Quay allotment group", "Lane knitting circle", "Moor allotment club"],
        ),
        (
            lambda tab: (more_filters(tab), tab.get_by_label("Polski").check()),
            ["Quay allotment group"],
        ),
        (
            lambda tab: (more_filters(tab), tab.get_by_label("Step-free access").check()),
            ["Quay allotment group"],
        ),
    ],
    ids=["kind of support", "keyword", "open on a day", "free", "language", "accessibility"],
)
def test_each_filter_narrows_the_nearest_first_list(page, directory, choose, expected):
    page.goto(directory["en"])
    search_near(page)
    choose(page)
    press_search(page)
    assert listed(page) == expected


def test_filters_survive_the_back_button(page, directory):
    page.goto(directory["en"])
    search_near(page)
    page.get_by_label("Allotments").check()
    press_search(page)
    assert "postcode=TR1+1AA" in page.url and "support=" in page.url
    page.get_by_role("link", name="Quay allotment group").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Quay allotment group"
    page.go_back()
    assert page.get_by_label("Postcode").input_value() == POSTCODE[0]
    assert page.get_by_label("Allotments").is_checked()
    assert listed(page) == ["Quay allotment group", "Moor allotment club"]


def test_the_whole_search_works_without_javascript(browser, directory):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1100, "height": 900}
    )
    tab = context.new_page()
    tab.goto(directory["en"])
    search_near(tab)
    tab.get_by_label("Allotments").check()
    more_filters(tab)
    tab.get_by_label("Open on").select_option("MO")
    tab.get_by_label("Free of charge only").check()
    press_search(tab)
    assert listed(tab) == ["Quay allotment group", "Moor allotment club"]
    tab.get_by_role("link", name="Quay allotment group").click()
    assert tab.get_by_role("heading", level=1).inner_text() == "Quay allotment group"
    context.close()


def test_the_search_in_arabic(page, directory):
    page.goto(directory["ar"])
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.get_by_label("الرمز البريدي").fill(POSTCODE[0])
    page.locator("select[name=distance]").select_option("10")
    page.get_by_label("البساتين").check()
    page.screenshot(path=SCREENSHOTS / "directory-ar-search.png", full_page=True)
    page.locator("main").get_by_role("button", name="بحث", exact=True).click()
    page.wait_for_load_state()
    # The translated name in Arabic; the untranslated one in English, marked as such.
    assert listed(page) == ["مجموعة بستان الرصيف", "Moor allotment club"]
    english = page.get_by_role("link", name="Moor allotment club")
    assert (english.get_attribute("lang"), english.get_attribute("dir")) == ("en", "ltr")
    page.screenshot(path=SCREENSHOTS / "directory-ar-results.png", full_page=True)
    page.get_by_role("link", name="Moor allotment club").click()
    assert page.locator("h1").get_attribute("lang") == "en"
    page.screenshot(path=SCREENSHOTS / "directory-ar-english-service.png", full_page=True)


def test_screenshots_of_a_service_page(page, directory):
    page.goto(directory["en"] + "?q=Quay")
    page.get_by_role("link", name="Quay allotment group").click()
    page.screenshot(path=SCREENSHOTS / "directory-en-service.png", full_page=True)
    page.goto(page.url.replace("/en/", "/ar/"))
    assert page.get_by_role("heading", level=1).inner_text() == "مجموعة بستان الرصيف"
    page.screenshot(path=SCREENSHOTS / "directory-ar-service.png", full_page=True)
