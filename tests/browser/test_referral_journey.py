"""From a self-assessment's result to a referral for a needs assessment, in English
and in Arabic (right to left), then the referral in Adult Social Care Direct's
queue; the form checked with axe-core and the Nu Html Checker in English, Arabic
and Tigrinya."""

import json
import re
import subprocess

import pytest

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import axe_violations, sign_in_tab
from tests.browser.test_html_validity import VNU_JAR, fetch

# The form refuses what is sent faster than a person can fill it in.
HUMAN_PAUSE_MS = 3200
TEAM_MEMBER = "ascdirect"
# The journey's own form, not the offer to translate the page into the reader's language.
STEP_BUTTON = "form[novalidate] button.govuk-button"
MAKE_SELF_ASSESSMENT = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from council_site.accounts.two_factor import AUTHENTICATOR_NAME
from tests.infopages.selfassessment.factories import SelfAssessmentPageFactory
member, _ = get_user_model().objects.get_or_create(
    username="{TEAM_MEMBER}", defaults={{"email": "ascdirect@example.org", "first_name": "Dana"}}
)
member.set_password("demo-password")
member.save()
member.groups.add(Group.objects.get(name="Adult Social Care Direct"))
TOTPDevice.objects.get_or_create(
    user=member, name=AUTHENTICATOR_NAME, defaults={{"confirmed": True}}
)
print(SelfAssessmentPageFactory(slug="check-what-help-you-could-get-referral").pk)
"""


@pytest.fixture(scope="module")
def self_assessment(served_site, served_site_shell):
    return served_site_shell(MAKE_SELF_ASSESSMENT)


def form_path(page_id, language):
    return f"/{language}/self-assessment/{page_id}/ask-for-an-assessment/"


def answer_every_question(tab, served_site, page_id, language):
    tab.goto(f"{served_site}/{language}/self-assessment/{page_id}/start/")
    while "/question/" in tab.url:
        tab.locator("input.govuk-radios__input, input.govuk-checkboxes__input").first.check()
        tab.locator(STEP_BUTTON).click()
        tab.wait_for_load_state()
    assert "/check-your-answers/" in tab.url
    tab.locator(STEP_BUTTON).click()
    tab.wait_for_url(re.compile(r".*/result/$"))
    tab.locator(f'a[href="{form_path(page_id, language)}"]').click()
    tab.wait_for_url(re.compile(r".*/ask-for-an-assessment/$"))


def fill_in(tab, name, postcode):
    tab.check("#referral-referred_for-2")
    tab.fill("#referral-referrer_name", "Omar Hassan")
    tab.fill("#referral-referrer_contact", "07700 900 982")
    tab.fill("#referral-name", name)
    tab.fill("#referral-date_of_birth-1", "12")
    tab.fill("#referral-date_of_birth-2", "5")
    tab.fill("#referral-date_of_birth-3", "1944")
    tab.fill("#referral-address", "14 Example Road\nCoventry")
    tab.fill("#referral-postcode", postcode)
    tab.check("#referral-contact_methods-1")
    tab.fill("#referral-phone", "024 7696 0123")
    tab.check("#referral-language-5")  # العربية
    tab.check("#referral-format-2")  # large print
    tab.check("#referral-communication_needs-1")  # a spoken language interpreter
    tab.fill("#referral-interpreter_language", "Arabic")
    tab.check("#referral-communication_needs-5")  # a hearing loop
    tab.check("#referral-urgent-1")
    tab.fill("#referral-urgent_reason", "Her son goes into hospital on Monday")
    tab.check("#referral-consent")


def send(tab):
    tab.wait_for_timeout(HUMAN_PAUSE_MS)
    tab.locator(STEP_BUTTON).click()
    tab.wait_for_load_state()


@pytest.mark.parametrize(
    ("language", "error_title", "sent_title", "name"),
    [
        ("en", "There is a problem", "Your request has been sent", "Amira Hassan"),
        ("ar", "توجد مشكلة", "أُرسل طلبك", "أميرة حسن"),
    ],
)
def test_a_referral_from_the_result_to_the_queue(
    browser,
    served_site,
    served_site_shell,
    self_assessment,
    artifacts,
    language,
    error_title,
    sent_title,
    name,
):
    context = browser.new_context(
        viewport={"width": 1100, "height": 900}, locale="en-GB", **LET_CHECKERS_IN
    )
    tab = context.new_page()
    answer_every_question(tab, served_site, self_assessment, language)
    assert tab.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert axe_violations(tab) == []
    tab.screenshot(path=artifacts / f"referral-form-{language}.png", full_page=True)

    fill_in(tab, name, "CV99 NOPE")
    send(tab)
    summary = tab.locator(".govuk-error-summary")
    assert error_title in summary.inner_text()
    # What was typed is kept; the postcode is the one thing to fix.
    assert tab.input_value("#referral-name") == name
    assert tab.input_value("#referral-urgent_reason") == "Her son goes into hospital on Monday"
    assert summary.locator("a").count() == 1
    assert axe_violations(tab) == []
    tab.screenshot(path=artifacts / f"referral-form-errors-{language}.png", full_page=True)

    tab.fill("#referral-postcode", "cv2 4ab")
    send(tab)
    panel = tab.locator(".govuk-panel")
    assert sent_title in panel.inner_text()
    reference = panel.locator("strong").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{8}", reference)
    assert axe_violations(tab) == []
    tab.screenshot(path=artifacts / f"referral-sent-{language}.png", full_page=True)
    context.close()

    stored = served_site_shell(
        "from infopages.selfassessment.models import Referral;"
        f"r = Referral.objects.get(reference='{reference}');"
        "print(r.postcode, r.site_language, len(r.answers), ','.join(r.communication_needs))"
    )
    assert stored == f"CV2 4AB {language} 4 interpreter,hearing_loop"

    staff = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = sign_in_tab(staff.new_page(), served_site, TEAM_MEMBER)
    admin.goto(served_site + "/admin/referrals/")
    row = admin.locator("tr", has_text=reference)
    assert name in row.inner_text() and "New" in row.inner_text()
    admin.screenshot(path=artifacts / f"referral-queue-{language}.png", full_page=True)
    row.get_by_role("link", name=reference).click()
    details = admin.locator("main").inner_text()
    for shown in [
        name,
        "CV2 4AB",
        "A spoken language interpreter; A hearing loop",
        "Arabic",
        "Her son goes into hospital on Monday",
        "Who are you asking for?",
    ]:
        assert shown in details
    admin.screenshot(path=artifacts / f"referral-in-queue-{language}.png", full_page=True)
    staff.close()


@pytest.mark.parametrize("language", ["en", "ar", "ti"])
def test_the_form_is_accessible(page, served_site, self_assessment, language):
    page.goto(served_site + form_path(self_assessment, language))
    assert axe_violations(page) == []


def test_the_form_is_valid_html(served_site, self_assessment, tmp_path):
    files = []
    for language in ["en", "ar", "ti"]:
        file = tmp_path / f"referral-{language}.html"
        file.write_bytes(fetch(served_site + form_path(self_assessment, language)))
        files.append(str(file))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in json.loads(result.stderr)["messages"]
        if m["type"] == "error"
    ]
    assert errors == []
