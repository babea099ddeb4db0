import pytest

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import PUBLIC_PAGES, axe_violations


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_axe_finds_no_wcag_22_aa_violations(page, served_site, artifacts, name):
    page.goto(served_site + PUBLIC_PAGES[name])
    page.screenshot(path=artifacts / f"{name}.png", full_page=True)
    assert axe_violations(page) == []


def test_feedback_errors_pass_axe(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    page.get_by_role("button", name="Send feedback").click()
    assert page.get_by_text("There is a problem").is_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize("name", ["home", "information-page"])
def test_page_reflows_at_400_percent_zoom(browser, served_site, artifacts, name):
    # 400% zoom of a 1280px-wide window is the same layout as a 320px-wide one.
    context = browser.new_context(viewport={"width": 320, "height": 256}, **LET_CHECKERS_IN)
    zoomed = context.new_page()
    zoomed.goto(served_site + PUBLIC_PAGES[name])
    overflow = zoomed.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    zoomed.screenshot(path=artifacts / f"{name}-400-percent.png", full_page=True)
    context.close()
    assert overflow <= 0


def test_skip_link_is_the_first_stop_and_focus_is_visible(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const el = document.activeElement; const style = getComputedStyle(el);"
        " return {text: el.textContent.trim(), background: style.backgroundColor,"
        " outline: style.outlineStyle}; }"
    )
    assert focused["text"] == "Skip to main content"
    assert focused["background"] == "rgb(255, 221, 0)"  # the focus yellow


def test_content_keeps_its_order_with_css_off(page, served_site):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    page.evaluate(
        "() => document.querySelectorAll('link[rel=stylesheet], style')"
        ".forEach(sheet => sheet.remove())"
    )
    text = page.inner_text("body")
    order = ["Skip to main content", "How to report abuse", "Contents", "Is this page useful?"]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
