"""The estimate through the test client: both routes, check your answers, the result
in words and figures, errors in the reader's language, and nothing personal kept."""

from datetime import date
from io import BytesIO

import pytest
import time_machine
from pypdf import PdfReader

from infopages.paying.models import EstimateCount

IN_2025 = date(2025, 10, 1)
CARE_HOME = [
    ("where", {"setting": "care_home"}),
    ("age", {"age_band": "pension_age"}),
    ("partner", {"couple": "no"}),
    ("savings", {"savings": "£20,000"}),
    ("home", {"property_value": "150,000"}),
    ("who-lives-there", {"occupant": "partner"}),
    (
        "income",
        {"state_pension": "230", "other_pensions": "20", "benefits": "0", "earnings": "0"},
    ),
]
AT_HOME = [
    ("where", {"setting": "home"}),
    ("age", {"age_band": "25_to_pension"}),
    ("partner", {"couple": "no"}),
    ("savings", {"savings": "0"}),
    (
        "income",
        {"state_pension": "0", "other_pensions": "0", "benefits": "200", "earnings": "120"},
    ),
    ("housing-costs", {"housing_costs": "10"}),
    ("disability-costs", {"disability_related_spending": "20"}),
    ("extra-amounts", {"premiums": ["disability"], "dependent_children": "0"}),
]


def shown(response):
    """The page's text, without the marks that keep amounts left to right."""
    return response.content.decode().replace("\u2066", "").replace("\u2069", "")


def url(page, tail=""):
    return page.url + tail


def answer(client, page, answers):
    for name, data in answers:
        response = client.post(url(page, f"question/{name}/"), data)
        assert response.status_code == 302, (name, response.content.decode()[:2000])
    return response


@pytest.fixture(autouse=True)
def in_2025():
    with time_machine.travel(IN_2025, tick=False):
        yield


def test_care_home_route(client, estimate_page, figures_2025):
    start = shown(client.get(url(estimate_page)))
    assert "Start now" in start
    last = answer(client, estimate_page, CARE_HOME)
    assert last["Location"] == url(estimate_page, "check/")
    check = shown(client.get(last["Location"]))
    assert "Check your answers" in check
    assert "£20,000" in check
    assert "My partner" in check
    result = shown(client.get(url(estimate_page, "result/")))
    # £250 income + £23 tariff income - £30.65 Personal Expenses Allowance
    assert "You will probably pay up to about £242.35 a week towards your care." in result
    assert "Your home (£150,000) is left out because your partner lives there." in result
    assert "add £23 a week" in result
    assert "This is an estimate, not the financial assessment." in result
    assert "£30.65" in result


def test_at_home_route_skips_the_home_questions(client, estimate_page, figures_2025):
    response = client.post(url(estimate_page, "question/where/"), {"setting": "home"})
    assert response["Location"] == url(estimate_page, "question/age/")
    answer(client, estimate_page, AT_HOME)
    assert client.get(url(estimate_page, "question/home/"))["Location"] == url(
        estimate_page, "check/"
    )
    result = shown(client.get(url(estimate_page, "result/")))
    # £200 - (£112.50 + £49.65) - £10 - £20
    assert "up to about £7.85 a week" in result
    assert "Your earnings (£120 a week) are not counted." in result


def test_savings_over_the_limit_and_the_council_paying(client, estimate_page, figures_2025):
    answer(client, estimate_page, [*AT_HOME[:3], ("savings", {"savings": "30000"}), *AT_HOME[4:]])
    result = shown(client.get(url(estimate_page, "result/")))
    assert "You will probably pay the full cost of your care." in result
    client.post(url(estimate_page, "question/savings/?change=1"), {"savings": "0"})
    client.post(
        url(estimate_page, "question/income/?change=1"),
        {"state_pension": "0", "other_pensions": "0", "benefits": "100", "earnings": "0"},
    )
    result = shown(client.get(url(estimate_page, "result/")))
    assert "The council will probably pay for your care." in result


def test_questions_come_in_order(client, estimate_page, figures_2025):
    response = client.get(url(estimate_page, "question/income/"))
    assert response["Location"] == url(estimate_page, "question/where/")
    assert client.get(url(estimate_page, "result/"))["Location"] == url(
        estimate_page, "question/where/"
    )


def test_back_link_goes_to_the_question_before(client, estimate_page, figures_2025):
    answer(client, estimate_page, AT_HOME[:3])
    page = shown(client.get(url(estimate_page, "question/savings/")))
    assert f'href="{url(estimate_page, "question/partner/")}"' in page
    assert "govuk-back-link" in page


def test_errors_in_urdu_keep_what_was_typed(client, estimate_page, figures_2025):
    answer(client, estimate_page, AT_HOME[:3])
    urdu_page = estimate_page.url.replace("/en/", "/ur/")
    response = client.post(urdu_page + "question/savings/", {"savings": "بہت زیادہ"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="بہت زیادہ"' in html
    assert "govuk-error-summary" in html
    assert "Enter an amount in pounds and pence" not in html


def test_refusals_name_the_problem(client, estimate_page, figures_2025):
    answer(client, estimate_page, AT_HOME[:3])
    for typed, message in [
        ("-5", "Enter an amount that is 0 or more"),
        ("lots", "Enter an amount in pounds and pence, like 150 or 150.50"),
        ("200000000", "Enter an amount of £100,000,000 or less"),
        ("", "Enter an amount in pounds, or 0 if none"),
    ]:
        html = shown(client.post(url(estimate_page, "question/savings/"), {"savings": typed}))
        assert message in html
        assert f'value="{typed}"' in html or typed == ""


def test_typed_text_is_escaped(client, estimate_page, figures_2025):
    answer(client, estimate_page, AT_HOME[:3])
    typed = '<script>alert("x")</script>'
    html = shown(client.post(url(estimate_page, "question/savings/"), {"savings": typed}))
    assert typed not in html
    assert "&lt;script&gt;" in html


def test_no_estimate_without_this_years_figures(client, estimate_page, figures_2025):
    with time_machine.travel(date(2026, 4, 1), tick=False):
        answer(client, estimate_page, CARE_HOME)
        result = shown(client.get(url(estimate_page, "result/")))
    assert "We cannot give an estimate at the moment" in result
    assert "This tool is being updated with this year" in result
    assert "a week towards your care" not in result


def test_counts_by_month_only(client, estimate_page, figures_2025):
    answer(client, estimate_page, CARE_HOME)
    client.get(url(estimate_page, "result/"))
    client.get(url(estimate_page, "result/"))
    counts = {c.event: c.count for c in EstimateCount.objects.filter(month=date(2025, 10, 1))}
    assert counts == {"started": 1, "completed": 1, "outcome_contribution": 1}


@pytest.mark.parametrize("size", ["", "?format=large"])
def test_result_as_a_pdf(client, estimate_page, figures_2025, size):
    answer(client, estimate_page, CARE_HOME)
    response = client.get(url(estimate_page, "result/pdf/" + size))
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
    assert "£242.35" in text
    assert "not the financial assessment" in text
