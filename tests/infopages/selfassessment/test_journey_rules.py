"""The journey's rules on a session of its own, without the web pages."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from infopages.selfassessment.journey import (
    Journey,
    answers_for_referral,
    journey_result,
)

from .factories import SelfAssessmentPageFactory


@pytest.fixture(autouse=True)
def in_english():
    # Labels are in the language active at the time, whatever a test before left.
    with translation.override("en"):
        yield


@pytest.fixture
def page(db):
    return SelfAssessmentPageFactory()


@pytest.fixture
def request_():
    return SimpleNamespace(session={})


def answer_ids(question, *texts):
    return [a.id for a in question.answers if a.text in texts]


def answer(journey, question_text, *texts):
    question = next(q for q in journey.questions if q.text == question_text)
    journey.answer(question, answer_ids(question, *texts))
    return question


def texts(questions):
    return [q.text for q in questions]


def test_a_question_shown_only_for_an_earlier_answer(page, request_):
    journey = Journey(request_, page)
    journey.start()
    assert "How many hours a week do you care for them?" not in texts(journey.visible())
    answer(journey, "Who are you asking for?", "For someone I care for")
    assert texts(journey.visible())[1] == "How many hours a week do you care for them?"
    answer(journey, "Who are you asking for?", "For myself")
    assert "How many hours a week do you care for them?" not in texts(journey.visible())


def test_next_and_previous_follow_the_questions_asked(page, request_):
    journey = Journey(request_, page)
    journey.start()
    first = answer(journey, "Who are you asking for?", "For myself")
    following = journey.next_after(first)
    assert following.text == "Which of these are hard without help?"
    assert journey.before(following) == first
    assert journey.before(first) is None


def test_answers_to_questions_no_longer_asked_do_not_count(page, request_):
    journey = Journey(request_, page)
    journey.start()
    answer(journey, "Who are you asking for?", "For someone I care for")
    answer(journey, "How many hours a week do you care for them?", "More than 20 hours")
    answer(journey, "Who are you asking for?", "For myself")
    assert "More than 20 hours" not in [a.text for a in journey.chosen_answers()]


def test_resumes_at_the_first_question_still_to_answer(page, request_):
    journey = Journey(request_, page)
    assert journey.start() is True
    answer(journey, "Who are you asking for?", "For myself")
    assert journey.start() is False  # coming back keeps what was answered
    assert journey.where_to_resume().text == "Which of these are hard without help?"


def test_an_answer_not_offered_is_not_kept(page, request_):
    journey = Journey(request_, page)
    journey.start()
    question = journey.questions[0]
    journey.answer(question, ["not-an-answer"])
    assert journey.chosen(question) == []


def complete(journey, *hard, safe="Yes", effect="Yes, a big effect"):
    answer(journey, "Who are you asking for?", "For myself")
    answer(journey, "Which of these are hard without help?", *hard)
    answer(journey, "Does this have a big effect on your life?", effect)
    answer(journey, "Are you safe at home?", safe)


def test_the_result_and_the_answers_for_a_referral(page, request_):
    journey = Journey(request_, page)
    journey.start()
    complete(journey, "Preparing meals", "Washing", safe="No, someone is hurting me")
    assert journey.is_complete
    assert journey_result(request_, page) == {
        "suggestion": "may_be_eligible",
        "outcomes_not_achieved": 2,
        "wellbeing_affected": True,
        "urgent": True,
        "complete": True,
    }
    answers = answers_for_referral(request_, page)
    assert [a["question"] for a in answers] == [
        "Who are you asking for?",
        "Which of these are hard without help?",
        "Does this have a big effect on your life?",
        "Are you safe at home?",
    ]
    assert answers[1] == {
        "section": "Managing and maintaining nutrition",
        "question": "Which of these are hard without help?",
        "answers": ["Preparing meals", "Washing"],
        "outcome": "Managing and maintaining nutrition; Maintaining personal hygiene",
        "urgent": False,
    }
    assert answers[3]["urgent"] is True
    assert answers[0]["outcome"] is None


def test_one_outcome_suggests_other_help(page, request_):
    journey = Journey(request_, page)
    journey.start()
    complete(journey, "Preparing meals")
    assert journey_result(request_, page)["suggestion"] == "other_help"


def test_no_result_without_a_journey(page, request_):
    assert journey_result(request_, page) is None
    assert answers_for_referral(request_, page) == []
