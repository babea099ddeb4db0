from tests.browser.pages import PUBLIC_PAGES


def test_resident_searches_reads_a_page_and_says_it_was_useful(page, served_site, artifacts):
    page.goto(served_site + "/en/")
    page.get_by_label("Search this site").fill("report abuse")
    page.get_by_role("button", name="Search").click()
    page.get_by_role("link", name="How to report abuse").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "How to report abuse"

    page.get_by_role("link", name="How to tell us about a concern").click()
    assert page.url.endswith("#how-to-tell-us-about-a-concern")

    page.get_by_label("Yes").check()
    page.get_by_label("How could we improve this page? (optional)").fill("The phone number helped.")
    page.get_by_role("button", name="Send feedback").click()
    assert page.get_by_role("heading", name="Thank you for your feedback").is_visible()
    page.screenshot(path=artifacts / "feedback-thanks.png")


def test_print_this_page_prints_every_section_open(page, served_site, artifacts):
    page.goto(served_site + PUBLIC_PAGES["information-page"])
    button = page.get_by_role("button", name="Print this page")
    assert button.is_visible()

    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details:not([open])").count() == 0
    assert not page.get_by_role("button", name="Send feedback").is_visible()
    assert not button.is_visible()
    page.pdf(path=artifacts / "information-page-print.pdf")


def test_unknown_address_shows_the_friendly_not_found_page(page, served_site):
    response = page.goto(served_site + "/en/safeguarding-adults/no-such-page/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
