"""The resident's journey through the web pages, as a browser without JavaScript
would go: links and forms only."""

import pytest
from bs4 import BeautifulSoup

from infopages.selfassessment.models import JourneyCount
from tests.factories import home_page

from .conftest import address, answer_id, question_id
from .factories import SelfAssessmentPageFactory, question, questions
from .factories import answer as answer_choice


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def heading(response):
    return " ".join(soup(response).h1.get_text().split())


def legend(response):
    return " ".join(soup(response).legend.get_text().split())


def back_link(response):
    return soup(response).select_one(".govuk-back-link")["href"]


def counts(page):
    return {
        row.event: row.count for row in JourneyCount.objects.filter(assessment=page.translation_key)
    }


def test_the_start_page_leads_to_the_first_question(client, assessment):
    response = client.get(assessment.url)
    assert response.status_code == 200
    start = soup(response).select_one("a.govuk-button--start")
    assert start["href"] == address("start", assessment)
    response = client.get(start["href"])
    assert response.status_code == 302
    assert response["Location"] == address(
        "question", assessment, question_id(assessment, "Who are you asking for?")
    )
    assert counts(assessment) == {"started": 1}


def test_one_question_a_page_with_a_back_link(client, assessment, answer):
    client.get(address("start", assessment))
    first = client.get(
        address("question", assessment, question_id(assessment, "Who are you asking for?"))
    )
    assert heading(first).endswith("Who are you asking for?")
    assert legend(first).startswith("Question 1 of 4 – About you")
    assert back_link(first) == assessment.url
    assert [i["value"] for i in soup(first).select("input[type=radio]")] == [
        answer_id(assessment, "Who are you asking for?", "For myself"),
        answer_id(assessment, "Who are you asking for?", "For someone I care for"),
    ]
    assert first["Cache-Control"].count("no-cache") == 1 and "private" in first["Cache-Control"]
    response = answer(assessment, "Who are you asking for?", "For myself")
    second_url = address(
        "question", assessment, question_id(assessment, "Which of these are hard without help?")
    )
    assert response["Location"] == second_url
    second = client.get(second_url)
    assert back_link(second) == address(
        "question", assessment, question_id(assessment, "Who are you asking for?")
    )
    # Several answers: checkboxes, each answer's hint shown with it.
    boxes = soup(second).select("input[type=checkbox]")
    assert len(boxes) == 4
    assert (
        "Including getting in the bath" in soup(second).select_one(".govuk-checkboxes").get_text()
    )
    assert "Choose all that apply." in soup(second).select_one("fieldset .govuk-hint").get_text()


def test_a_previous_answer_is_shown_chosen(client, assessment, answer):
    client.get(address("start", assessment))
    answer(assessment, "Who are you asking for?", "For someone I care for")
    page = client.get(
        address("question", assessment, question_id(assessment, "Who are you asking for?"))
    )
    checked = soup(page).select_one("input[checked]")
    assert checked["value"] == answer_id(
        assessment, "Who are you asking for?", "For someone I care for"
    )


def test_a_question_only_for_carers(client, assessment, answer):
    client.get(address("start", assessment))
    carers_question = address(
        "question",
        assessment,
        question_id(assessment, "How many hours a week do you care for them?"),
    )
    # Not asked yet: the resident is taken to where they are.
    assert client.get(carers_question)["Location"] == address(
        "question", assessment, question_id(assessment, "Who are you asking for?")
    )
    response = answer(assessment, "Who are you asking for?", "For someone I care for")
    assert response["Location"] == carers_question
    assert "Question 2 of 5" in legend(client.get(carers_question))


@pytest.mark.parametrize(
    ("question_text", "data", "message"),
    [
        ("Who are you asking for?", {}, "Select an answer"),
        ("Which of these are hard without help?", {}, "Select at least one answer"),
        ("Who are you asking for?", {"answer": "not-an-answer"}, "Select one of the answers shown"),
    ],
)
def test_no_answer_is_an_error_in_a_summary(
    client, assessment, answer, question_text, data, message
):
    client.get(address("start", assessment))
    answer(assessment, "Who are you asking for?", "For myself")
    response = client.post(
        address("question", assessment, question_id(assessment, question_text)), data
    )
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text().startswith("Error:")
    summary = page.select_one(".govuk-error-summary")
    assert message in summary.get_text()
    link = summary.select_one("a")["href"]
    assert page.select_one(link)  # the link reaches the first answer
    assert message in page.select_one(".govuk-error-message").get_text()


def test_check_your_answers_and_change_one(client, assessment, answer, completed):
    response = completed(assessment, "Preparing meals", "Washing")
    assert response["Location"] == address("check", assessment)
    check = client.get(address("check", assessment))
    rows = soup(check).select(".govuk-summary-list__row")
    assert [
        " ".join(r.select_one(".govuk-summary-list__key").get_text().split()) for r in rows
    ] == [
        "Who are you asking for?",
        "Which of these are hard without help?",
        "Does this have a big effect on your life?",
        "Are you safe at home?",
    ]
    assert "Preparing meals" in rows[1].get_text() and "Washing" in rows[1].get_text()
    change = rows[0].select_one("a")["href"]
    assert change.endswith("?change=1")
    assert back_link(client.get(change)) == address("check", assessment)
    # A change that opens a new question leads to it before the answers are checked again.
    response = answer(assessment, "Who are you asking for?", "For someone I care for", change=True)
    assert response["Location"] == address("check", assessment)
    response = client.get(address("check", assessment))
    assert response["Location"] == address(
        "question",
        assessment,
        question_id(assessment, "How many hours a week do you care for them?"),
    )
    answer(assessment, "How many hours a week do you care for them?", "More than 20 hours")
    rows = soup(client.get(address("check", assessment))).select(".govuk-summary-list__row")
    assert len(rows) == 5
    assert client.post(address("check", assessment))["Location"] == address("result", assessment)


def test_the_result_when_answers_suggest_eligibility(
    client, assessment, completed, information_page
):
    completed(assessment, "Preparing meals", "Washing")
    response = client.get(address("result", assessment))
    text = " ".join(soup(response).get_text().split())
    assert "you may be eligible for care and support from the council" in text
    assert "You can ask for an assessment whatever your answers." in text
    links = [a["href"] for a in soup(response).select("main a")]
    assert information_page.url in links
    assert address("referral", assessment) in links
    assert address("result_pdf", assessment, "large") in links
    client.get(address("result", assessment))
    assert counts(assessment) == {"started": 1, "completed": 1, "eligible": 1}


@pytest.mark.parametrize(
    ("hard", "effect"),
    [(["Preparing meals"], "Yes, a big effect"), (["Preparing meals", "Washing"], "No")],
    ids=["one-outcome", "no-wellbeing-effect"],
)
def test_the_result_otherwise_says_where_else_to_find_help(
    client, assessment, completed, hard, effect
):
    completed(assessment, *hard, effect=effect)
    text = " ".join(soup(client.get(address("result", assessment))).get_text().split())
    assert "may be eligible" not in text
    assert "there is other help" in text
    assert "You can ask for an assessment whatever your answers." in text
    assert counts(assessment) == {"started": 1, "completed": 1}


def test_an_urgent_answer_shows_the_urgent_help_panel_at_once(
    client, assessment, answer, completed
):
    client.get(address("start", assessment))
    first = client.get(
        address("question", assessment, question_id(assessment, "Who are you asking for?"))
    )
    assert not soup(first).select(".app-urgent-help")
    completed(assessment, "Washing", safe="No, someone is hurting me")
    for name in ("check", "result"):
        panel = soup(client.get(address(name, assessment))).select_one(".app-urgent-help")
        assert "call 999" in panel.get_text()


def test_an_unfinished_assessment_has_no_result_yet(client, assessment, answer):
    client.get(address("start", assessment))
    answer(assessment, "Who are you asking for?", "For myself")
    assert client.get(address("result", assessment))["Location"] == address(
        "question", assessment, question_id(assessment, "Which of these are hard without help?")
    )


def test_coming_back_within_the_session_resumes(client, assessment, answer):
    client.get(address("start", assessment))
    answer(assessment, "Who are you asking for?", "For myself")
    response = client.get(address("start", assessment))
    assert response["Location"] == address(
        "question", assessment, question_id(assessment, "Which of these are hard without help?")
    )
    assert counts(assessment) == {"started": 1}


def test_starting_again_forgets_the_answers(client, assessment, completed):
    completed(assessment, "Washing")
    response = client.post(address("start_again", assessment))
    assert response["Location"] == address(
        "question", assessment, question_id(assessment, "Who are you asking for?")
    )
    assert not soup(client.get(response["Location"])).select("input[checked]")


@pytest.mark.parametrize("name", ["question", "check", "result"])
def test_an_ended_session_says_so_and_starts_again(client, assessment, name):
    args = [question_id(assessment, "Who are you asking for?")] if name == "question" else []
    for response in (
        client.get(address(name, assessment, *args)),
        client.post(address(name, assessment, *args), {"answer": "x"}),
    ):
        if name == "result" and response.status_code == 405:
            continue
        assert response.status_code == 200
        assert heading(response) == "Your answers were not kept"
        restart = soup(response).select_one("main a.govuk-button")["href"]
        assert restart == address("start", assessment)


def test_answers_and_questions_are_shown_escaped(client, information_page):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = SelfAssessmentPageFactory(
        questions=questions(
            [
                question(
                    payload,
                    [answer_choice(payload + "a"), answer_choice(payload + "b", outcome="hygiene")],
                    hint=payload,
                ),
                question(
                    "Second",
                    [
                        answer_choice("Yes", outcome="nutrition", affects_wellbeing=True),
                        answer_choice("No"),
                    ],
                ),
            ]
        )
    )
    client.get(address("start", page))
    first = client.get(address("question", page, question_id(page, payload)))
    client.post(
        address("question", page, question_id(page, payload)),
        {"answer": answer_id(page, payload, payload + "b")},
    )
    client.post(
        address("question", page, question_id(page, "Second")),
        {"answer": answer_id(page, "Second", "Yes")},
    )
    for response in (
        first,
        client.get(address("check", page)),
        client.get(address("result", page)),
    ):
        html = response.content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert (
            "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
            or "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        )


def test_an_unknown_assessment_or_format_is_not_found(client, assessment, completed):
    completed(assessment, "Washing")
    unknown = address("start", assessment).replace(f"/{assessment.pk}/", f"/{assessment.pk + 99}/")
    assert client.get(unknown).status_code == 404
    assert client.get(address("result_pdf", assessment, "huge")).status_code == 404


def test_errors_in_the_readers_language(client, assessment):
    client.get(address("start", assessment, language="ar"))
    response = client.post(
        address(
            "question",
            assessment,
            question_id(assessment, "Who are you asking for?"),
            language="ar",
        ),
        {},
    )
    page = soup(response)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert page.title.get_text().startswith("خطأ:")
    assert "اختر إجابة" in page.select_one(".govuk-error-summary").get_text()
    assert "اختر إجابة" in page.select_one(".govuk-error-message").get_text()
    assert "السؤال 1 من 4" in legend(response)


def test_answers_follow_the_reader_into_another_language(client, assessment, answer, translate):
    translate(home_page(), "pl", {"title": "Opieka"})
    polish = translate(assessment, "pl", {"title": "Sprawdź, jaką pomoc możesz otrzymać"})
    client.get(address("start", assessment))
    answer(assessment, "Who are you asking for?", "For myself")
    # The language switcher leads to the same step of the Polish version.
    response = client.get(address("check", assessment, language="pl"))
    assert response["Location"] == address("check", polish, language="pl")
    response = client.get(address("start", polish, language="pl"))
    assert response["Location"] == address(
        "question",
        polish,
        question_id(assessment, "Which of these are hard without help?"),
        language="pl",
    )
