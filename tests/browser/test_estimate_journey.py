"""'Will I have to pay towards my care?' in Chromium: both routes in English and in
Urdu (right to left, with JavaScript off as well), and axe-core and the Nu Html
Checker on every step and the result in English, Arabic and Gujarati."""

import json
import subprocess

import pytest

from tests.browser.conftest import LET_CHECKERS_IN
from tests.browser.pages import axe_violations
from tests.browser.test_html_validity import VNU_JAR

ADD_ESTIMATE = """
from datetime import date
from decimal import Decimal
from django.utils import timezone
from infopages.models import InformationIndexPage
from infopages.paying.models import ChargingYear, EstimatePage
from infopages.paying.years import financial_year
topic = InformationIndexPage.objects.get(slug="financial-assessment", locale__language_code="en")
if not EstimatePage.objects.exists():
    page = EstimatePage(title="Will I have to pay towards my care?", slug="will-i-have-to-pay")
    topic.add_child(instance=page)
    page.save_revision().publish()
year = financial_year(date.today())
figures = dict(
    upper_capital_limit=Decimal("23250"), lower_capital_limit=Decimal("14250"),
    tariff_step=Decimal("250"), personal_expenses_allowance=Decimal("30.65"),
    mig_single_18_to_24=Decimal("89.15"), mig_single_25_to_pension=Decimal("112.50"),
    disability_premium_single=Decimal("49.65"),
)
ChargingYear.objects.get_or_create(
    start_year=year,
    defaults=dict(effective_from=date(year, 4, 1), source="Test figures",
                  approved_at=timezone.now(), **figures),
)
from wagtail.models import Locale
page = EstimatePage.objects.get(locale__language_code="en")
# Readers of another language reach the page once it is translated (here, copied).
for code in ("ur", "ar", "gu"):
    if not page.has_translation(Locale.objects.get(language_code=code)):
        copy = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
        copy.save_revision().publish()
print(page.url)
"""
CARE_HOME = [
    ("radio", "In a care home"),
    ("radio", "Pension Credit age or over"),
    ("radio", "No"),
    ("fill", {"savings": "£20,000"}),
    ("fill", {"property_value": "150,000"}),
    ("radio", "My partner"),
    ("fill", {"state_pension": "230", "other_pensions": "20", "benefits": "0", "earnings": "0"}),
]
AT_HOME_URDU = [
    ("value", "home"),
    ("value", "25_to_pension"),
    ("value", "no"),
    # Urdu readers may type Eastern Arabic-Indic digits.
    ("fill", {"savings": "۰"}),
    ("fill", {"state_pension": "0", "other_pensions": "0", "benefits": "۲۰۰", "earnings": "0"}),
    ("fill", {"housing_costs": "10"}),
    ("fill", {"disability_related_spending": "20"}),
    ("checks", ("disability", {"dependent_children": "0"})),
]


@pytest.fixture(scope="module")
def estimate_path(served_site, served_site_shell):
    # The page's address without its language, to be read in any language.
    return served_site_shell(ADD_ESTIMATE).removeprefix("/en")


def tab_for(browser, javascript=True):
    context = browser.new_context(
        viewport={"width": 1100, "height": 900},
        locale="en-GB",
        java_script_enabled=javascript,
        **LET_CHECKERS_IN,
    )
    return context, context.new_page()


def answer(tab, kind, value):
    if kind == "radio":
        tab.get_by_label(value, exact=True).check()
    elif kind == "value":
        tab.locator(f"input[value='{value}']").check()
    elif kind == "checks":
        checked, typed = value
        tab.locator(f"input[value='{checked}']").check()
        answer_fields(tab, typed)
    else:
        answer_fields(tab, value)
    tab.locator("form button.govuk-button").click()


def answer_fields(tab, values):
    for name, typed in values.items():
        tab.locator(f"input[name='{name}']").fill(typed)


def walk(tab, url, answers, on_each_page=lambda tab, name: None, finish=True):
    tab.goto(url)
    on_each_page(tab, "start")
    tab.locator("a.govuk-button--start").click()
    for number, (kind, value) in enumerate(answers, start=1):
        on_each_page(tab, f"question-{number}")
        answer(tab, kind, value)
    if not finish:
        return
    on_each_page(tab, "check")
    tab.locator("a.govuk-button").last.click()
    on_each_page(tab, "result")


def test_care_home_in_english(browser, served_site, estimate_path, artifacts):
    context, tab = tab_for(browser)
    shots = lambda tab, name: tab.screenshot(  # noqa: E731
        path=artifacts / f"estimate-en-{name}.png", full_page=True
    )
    walk(tab, served_site + "/en" + estimate_path, CARE_HOME, shots)
    result = tab.inner_text("main").replace("\u2066", "").replace("\u2069", "")
    assert "You will probably pay up to about £242.35 a week towards your care." in result
    assert "This is an estimate, not the financial assessment." in result
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_at_home_in_urdu(browser, served_site, estimate_path, artifacts, javascript):
    context, tab = tab_for(browser, javascript)
    suffix = "js" if javascript else "no-js"
    shots = lambda tab, name: tab.screenshot(  # noqa: E731
        path=artifacts / f"estimate-ur-{suffix}-{name}.png", full_page=True
    )
    walk(tab, served_site + "/ur" + estimate_path, AT_HOME_URDU, shots)
    assert tab.locator("html").get_attribute("dir") == "rtl"
    result = tab.inner_text("main").replace("\u2066", "").replace("\u2069", "")
    # £200 - (£112.50 + £49.65) - £10 - £20, in Urdu.
    assert "7.85" in result
    assert "کم از کم آمدنی کی ضمانت" in result
    context.close()


def test_an_amount_refused_in_urdu(browser, served_site, estimate_path, artifacts):
    # axe-core needs JavaScript; the journey without it is walked above.
    context, tab = tab_for(browser)
    walk(tab, served_site + "/ur" + estimate_path, AT_HOME_URDU[:3], finish=False)
    tab.locator("input[name='savings']").fill("-5")
    tab.locator("form button.govuk-button").click()
    tab.screenshot(path=artifacts / "estimate-ur-error.png", full_page=True)
    assert "0 یا اس سے زیادہ رقم درج کریں" in tab.inner_text(".govuk-error-summary")
    assert tab.locator("input[name='savings']").input_value() == "-5"
    assert axe_violations(tab) == []
    context.close()


@pytest.mark.parametrize("language", ["en", "ar", "gu"])
def test_every_step_passes_axe_and_the_html_checker(
    browser, served_site, estimate_path, tmp_path, language
):
    context, tab = tab_for(browser)
    problems, files = [], []

    def check(tab, name):
        # The page as served, before axe-core's own script is added to it.
        file = tmp_path / f"{language}-{name}.html"
        file.write_text(tab.content())
        files.append(str(file))
        problems.extend((name, violation) for violation in axe_violations(tab))

    walk(tab, f"{served_site}/{language}{estimate_path}", CARE_HOME_BY_VALUE, check)
    context.close()
    assert problems == []
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


CARE_HOME_BY_VALUE = [
    ("value", "care_home"),
    ("value", "pension_age"),
    ("value", "no"),
    ("fill", {"savings": "20000"}),
    ("fill", {"property_value": "150000"}),
    ("value", "nobody"),
    ("value", "yes"),
    ("fill", {"state_pension": "230", "other_pensions": "20", "benefits": "0", "earnings": "0"}),
]
