"""Asking for a page in another format from its footer, in English and in Arabic
(right to left), errors checked with axe-core, then the request in the accessible
formats team's queue. Screenshots of the form and the queue are left in
test-artifacts/."""

import re

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import PUBLIC_PAGES, axe_violations, sign_in_tab

# The form refuses what is sent faster than a person can fill it in.
HUMAN_PAUSE_MS = 3200
SEND = "form[novalidate] button.govuk-button"


def test_a_reader_asks_for_braille_from_a_page(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    page.get_by_role("link", name="Ask for this information in another format or language").click()
    page.wait_for_url(re.compile(r".*/ask-for-another-format/\?page=\d+$"))
    assert page.get_by_text("How to report abuse").first.is_visible()
    page.screenshot(path=artifacts / "format-request-en.png", full_page=True)
    page.get_by_label("Braille", exact=True).check()
    page.get_by_label("By email", exact=True).check()
    page.get_by_label("Email address").fill("reader@example.org")
    page.get_by_label("I agree").check()
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.locator(SEND).click()
    summary = page.locator(".govuk-error-summary")
    assert "Braille can only be sent by post or collected" in summary.inner_text()
    assert page.get_by_label("Email address").input_value() == "reader@example.org"
    assert axe_violations(page) == []
    page.screenshot(path=artifacts / "format-request-en-errors.png", full_page=True)

    page.get_by_label("By post", exact=True).check()
    page.get_by_label("Your name").fill("Reader (test)")
    page.get_by_label("Address", exact=True).fill("1 Example Road\nCoventry")
    page.get_by_label("Postcode").fill("CV1 5RR")
    page.locator(SEND).click()
    page.wait_for_url(re.compile(r".*/ask-for-another-format/sent/$"))
    assert re.search(
        r"Your reference number\s*[A-Z0-9]{8}", page.locator(".govuk-panel").inner_text()
    )


def test_the_arabic_form_reads_right_to_left_and_says_what_to_fix(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["arabic-format-request"])
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=artifacts / "format-request-ar.png", full_page=True)
    page.wait_for_timeout(HUMAN_PAUSE_MS)
    page.locator(SEND).click()
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    assert "Select the format you need" not in summary.inner_text()
    assert axe_violations(page) == []
    page.screenshot(path=artifacts / "format-request-ar-errors.png", full_page=True)


def test_the_team_sees_the_queue_with_the_overdue_demo_request(browser, served_site, artifacts):
    context = browser.new_context(**LET_CHECKERS_IN)
    tab = sign_in_tab(context.new_page(), served_site, "formats")
    panel = tab.locator('section[aria-labelledby="overdue-format-requests-heading"]')
    assert "1 request is overdue" in panel.inner_text()
    tab.screenshot(path=artifacts / "format-requests-dashboard.png", full_page=True)
    tab.goto(served_site + "/admin/format-requests/")
    assert tab.get_by_text("DEMOFMT1").is_visible()
    tab.screenshot(path=artifacts / "format-requests-queue.png", full_page=True)
    tab.get_by_role("link", name="DEMOFMT2").click()
    tab.wait_for_load_state()
    tab.screenshot(path=artifacts / "format-request-admin.png", full_page=True)
    context.close()
