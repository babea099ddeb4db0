"""Easy Read pages as a reader's browser lays them out: each picture on the side the
reading starts from, large type, one column, and the toggle between the versions."""

import pytest

from tests.browser.pages import PUBLIC_PAGES

ROWS = """() => [...document.querySelectorAll('.app-easy-read-row')].map(row => {
    const box = element => {
        const {left, right, top, bottom} = element.getBoundingClientRect();
        return {left, right, top, bottom};
    };
    const sentence = row.querySelector('.app-easy-read-row__sentence');
    return {
        picture: box(row.querySelector('.app-easy-read-row__picture img')),
        words: box(row.querySelector('.app-easy-read-row__words')),
        fontSize: parseFloat(getComputedStyle(sentence).fontSize),
        fontStyle: getComputedStyle(sentence).fontStyle,
        alt: row.querySelector('img').alt,
    };
})"""


def overlaps_vertically(a, b):
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize(
    "name,picture_side",
    [
        ("easy-read-page", "left"),
        ("arabic-easy-read-page", "right"),
        ("punjabi-easy-read-page", "left"),
    ],
)
def test_each_picture_stands_on_the_side_the_reading_starts_from(
    page, served_site, artifacts, name, picture_side
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served_site + PUBLIC_PAGES[name])
    page.screenshot(path=artifacts / f"{name}-layout.png", full_page=True)
    rows = page.evaluate(ROWS)
    assert len(rows) >= 8
    for row in rows:
        picture, words = row["picture"], row["words"]
        # Beside, not above: one row, one idea.
        assert overlaps_vertically(picture, words), row
        if picture_side == "left":
            assert picture["right"] <= words["left"], row
        else:
            assert picture["left"] >= words["right"], row
        # 16pt is 21.33 CSS pixels.
        assert row["fontSize"] >= 21.33, row
        assert row["fontStyle"] == "normal"
        assert row["alt"]


def test_easy_read_text_is_larger_than_the_standard_pages(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    # The largest type of the standard page's text: its lead paragraph and its body.
    standard = page.evaluate(
        "Math.max(...[...document.querySelectorAll('main .govuk-body-l, main .app-prose p')]"
        ".map(p => parseFloat(getComputedStyle(p).fontSize)))"
    )
    page.goto(served_site + PUBLIC_PAGES["easy-read-page"])
    easy_read = page.evaluate(ROWS)[0]["fontSize"]
    assert easy_read > standard


def test_the_toggle_leads_both_ways_and_marks_the_version_being_read(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["easy-read-page"])
    versions = page.get_by_role("navigation", name="Versions of this page")
    assert versions.locator("[aria-current=page]").inner_text() == "Easy Read"
    versions.get_by_role("link", name="Standard version").click()
    assert page.url.endswith("/en/safeguarding-adults/what-is-abuse/")
    versions = page.get_by_role("navigation", name="Versions of this page")
    assert versions.locator("[aria-current=page]").inner_text() == "Standard version"
    versions.get_by_role("link", name="Easy Read").click()
    assert page.url.endswith("/en/safeguarding-adults/what-is-abuse/easy-read/")
