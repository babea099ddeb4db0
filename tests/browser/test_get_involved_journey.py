"""From the experience survey's last question to a confirmed sign-up, in Chromium."""

import re

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import axe_violations, sign_in_tab

EMAIL = "journey.person@example.org"
# The forms refuse what is sent faster than a person can fill them in.
HUMAN_PAUSE_MS = 3200


def last_email_to(served_site_shell, address):
    return served_site_shell(
        "from council_site.outbox.models import OutboxEmail;"
        f"print(repr(OutboxEmail.objects.filter(to='{address}').latest('created_at').body))"
    )


def test_survey_to_confirmed_sign_up(browser, served_site, served_site_shell, artifacts):
    context = browser.new_context(
        viewport={"width": 1100, "height": 900}, locale="en-GB", **LET_CHECKERS_IN
    )
    tab = context.new_page()
    tab.goto(served_site + "/en/experience-survey/")
    assert axe_violations(tab) == []
    for question in (
        "finding_information",
        "listened_to",
        "control",
        "safe",
        "quality_of_life",
        "satisfaction",
    ):
        tab.check(f"#survey-{question}-2")
    tab.get_by_role("group", name="Would you like to get involved?").get_by_label("Yes").check()
    tab.screenshot(path=artifacts / "survey-last-question.png", full_page=True)
    tab.wait_for_timeout(HUMAN_PAUSE_MS)
    tab.get_by_role("button", name="Send my answers").click()

    tab.wait_for_url(re.compile(r".*/en/get-involved/sign-up/\?from=survey$"))
    tab.get_by_role("button", name="Sign up").click()
    summary = tab.get_by_role("alert")
    assert "Enter your full name" in summary.inner_text()
    tab.screenshot(path=artifacts / "sign-up-errors.png", full_page=True)
    assert axe_violations(tab) == []

    tab.get_by_label("Full name").fill("Journey Person")
    tab.get_by_label("Email address").fill(EMAIL)
    tab.get_by_role("group", name="Which format would you like information in?").get_by_label(
        "Large print"
    ).check()
    tab.get_by_label("Reviewing our public information").check()
    tab.get_by_label("Recruitment panels").check()
    tab.get_by_label("A carer", exact=True).check()
    tab.get_by_label("Is there any support you need to take part? (optional)").fill(
        "A hearing loop, please"
    )
    tab.locator("#signup-consent").check()
    tab.wait_for_timeout(HUMAN_PAUSE_MS)
    tab.get_by_role("button", name="Sign up").click()

    assert tab.get_by_role("heading", name="Check your email").is_visible()
    assert axe_violations(tab) == []
    body = last_email_to(served_site_shell, EMAIL)
    link = re.search(r"(http://127\.0\.0\.1:\d+/en/get-involved/sign-up/confirm/[^\s\\]+/)", body)
    assert "/withdraw/" in body

    tab.goto(link.group(1))
    assert axe_violations(tab) == []
    tab.get_by_role("button", name="Confirm my sign-up").click()
    assert tab.get_by_role("heading", name="You are signed up").is_visible()
    tab.screenshot(path=artifacts / "sign-up-confirmed.png", full_page=True)
    assert axe_violations(tab) == []

    stored = served_site_shell(
        "from getinvolved.signup.models import Person;"
        f"p = Person.objects.get(email='{EMAIL}');"
        "print(p.status, p.format, ','.join(p.way_values), p.consents.get().method)"
    )
    assert stored == "subscribed large_print reviewing,recruitment survey"
    context.close()


def test_the_survey_dashboard_draws_charts_beside_tables(browser, served_site, artifacts):
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    tab = context.new_page()
    sign_in_tab(tab, served_site, "involvement")
    tab.goto(served_site + "/admin/get-involved/experience-survey/")
    tab.wait_for_function("Object.keys(window.Chart.instances).length === 7")
    table = tab.get_by_role("table", name="Answers to “Did you feel listened to?” by month")
    assert table.is_visible()
    tab.screenshot(path=artifacts / "survey-dashboard.png", full_page=True)
    context.close()
