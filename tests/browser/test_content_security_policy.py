"""Chromium reports no Content-Security-Policy violation on public pages or in the
admin screens people use most: dashboard, page editor and translation editor."""

import pytest

from tests.browser.pages import PUBLIC_PAGES, sign_in_tab

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


def violations_on(tab, url):
    tab.goto(url)
    tab.wait_for_load_state("networkidle")
    return tab.evaluate("window.cspViolations")


@pytest.fixture
def recording_page(browser):
    """A tab that enforces the policy, unlike the other tests' tabs."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.add_init_script(RECORD_VIOLATIONS)
    yield tab
    context.close()


def test_no_violations_on_public_pages(recording_page, served_site):
    found = {
        name: violations_on(recording_page, served_site + path)
        for name, path in PUBLIC_PAGES.items()
    }
    assert {name: v for name, v in found.items() if v} == {}
    assert recording_page.evaluate("document.body.classList.contains('js-enabled')")


def test_no_violations_in_the_admin(recording_page, served_site, served_site_shell, artifacts):
    english_id, arabic_id = served_site_shell(
        "from wagtail.models import Page; print(*(Page.objects.get("
        "url_path__endswith='/safeguarding-adults/how-to-report-abuse/', "
        "locale__language_code=code).pk for code in ('en', 'ar')))"
    ).split()
    sign_in_tab(recording_page, served_site, "admin")
    screens = {
        "dashboard": "/admin/",
        "page editor": f"/admin/pages/{english_id}/edit/",
        "translation editor": f"/admin/pages/{arabic_id}/edit/",
    }
    found = {}
    for name, path in screens.items():
        found[name] = violations_on(recording_page, served_site + path)
        recording_page.screenshot(path=artifacts / f"admin-{name.replace(' ', '-')}.png")
    assert {name: v for name, v in found.items() if v} == {}
    # The editors really ran their scripts: the page editor's form and the
    # translation editor's own interface are on screen.
    recording_page.goto(served_site + screens["page editor"])
    assert recording_page.get_by_role("button", name="More actions").is_visible()
