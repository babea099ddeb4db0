"""A resident's way through the self-assessment in Chromium: in English, in Arabic
(right to left), without JavaScript; every step checked with axe-core and the Nu
Html Checker, in English, Arabic and Tigrinya."""

import json
import subprocess

import pytest

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import axe_violations
from tests.browser.self_assessment_site import SLUG
from tests.browser.test_html_validity import VNU_JAR

ERRORS = {"en": "Select an answer", "ar": "اختر إجابة", "ti": "መልሲ ምረጽ"}
RESULT = {
    "en": "You can ask for an assessment whatever your answers.",
    "ar": "يمكنك طلب تقييم مهما كانت إجاباتك.",
    "ti": "መልስታትካ ዝኾነ ይኹን ግምገማ ክትሓትት ትኽእል ኢኻ።",
}


@pytest.fixture(scope="session")
def self_assessment(served_site, served_site_shell):
    return served_site_shell(
        "from tests.browser.self_assessment_site import publish; print(publish())"
    )


class Journey:
    """Goes through the steps, checking each with axe and keeping its HTML."""

    def __init__(self, tab, artifacts, name, check=True):
        self.tab, self.artifacts, self.name, self.check = tab, artifacts, name, check
        self.steps = []

    def step(self, label):
        number = len(self.steps) + 1
        self.tab.screenshot(
            path=self.artifacts / f"self-assessment-{self.name}-{number:02}-{label}.png",
            full_page=True,
        )
        html = self.tab.evaluate("fetch(location.href).then(response => response.text())")
        self.steps.append((f"{self.name}-{number:02}-{label}", html))
        if self.check:
            assert axe_violations(self.tab) == [], label

    def choose(self, *positions):
        for position in positions:
            self.tab.locator(".govuk-radios__input, .govuk-checkboxes__input").nth(position).check()
        self.submit()

    def submit(self):
        self.tab.locator("main form .govuk-button").first.click()


def go_through(journey, served_site, language):
    tab = journey.tab
    tab.goto(f"{served_site}/{language}/{SLUG}/")
    journey.step("start")
    tab.locator("a.govuk-button--start").click()
    journey.step("who-for")
    journey.submit()  # nothing chosen
    assert ERRORS[language] in tab.locator(".govuk-error-summary").inner_text()
    journey.step("who-for-error")
    journey.choose(1)  # for someone I care for
    journey.step("carer")
    journey.choose(1)
    journey.step("daily-tasks")
    journey.choose(0, 1)  # preparing meals, washing
    journey.step("wellbeing")
    journey.choose(0)  # a big effect
    journey.step("safety")
    journey.choose(1)  # someone is hurting me
    assert "999" in tab.locator(".app-urgent-help").inner_text()
    journey.step("check-answers")
    tab.locator(".govuk-summary-list__actions a").first.click()
    assert tab.locator(".govuk-back-link").get_attribute("href").endswith("/check-your-answers/")
    journey.choose(0)  # for myself: the carer's question is no longer asked
    assert tab.locator(".govuk-summary-list__row").count() == 4
    journey.submit()
    assert RESULT[language] in tab.locator("main").inner_text()
    journey.step("result")


def nu_errors(steps, tmp_path):
    files = []
    for name, html in steps:
        file = tmp_path / f"{name}.html"
        file.write_text(html)
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in json.loads(result.stderr)["messages"]
        if m["type"] == "error"
    ]


@pytest.mark.parametrize("language", ["en", "ar", "ti"])
def test_every_step_passes_axe_and_the_nu_html_checker(
    page, served_site, self_assessment, artifacts, tmp_path, language
):
    journey = Journey(page, artifacts, language)
    go_through(journey, served_site, language)
    direction = "rtl" if language == "ar" else "ltr"
    assert page.locator("html").get_attribute("dir") == direction
    assert nu_errors(journey.steps, tmp_path) == []


def test_the_same_journey_without_javascript(browser, served_site, self_assessment, artifacts):
    context = browser.new_context(java_script_enabled=False, **LET_CHECKERS_IN)
    tab = context.new_page()
    journey = Journey(tab, artifacts, "no-javascript", check=False)
    journey.step = lambda label: None  # nothing to run in the page without scripts
    go_through(journey, served_site, "en")
    tab.screenshot(path=artifacts / "self-assessment-no-javascript-result.png", full_page=True)
    links = tab.locator("main a").evaluate_all("links => links.map(link => link.href)")
    assert any(link.endswith("/safeguarding-adults/how-to-report-abuse/") for link in links)
    assert any(link.endswith("/result/large.pdf") for link in links)
    context.close()
