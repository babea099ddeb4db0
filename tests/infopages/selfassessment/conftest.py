import pytest
from django.urls import reverse
from django.utils import translation

from .factories import SelfAssessmentPageFactory, every_kind_of_question, questions


@pytest.fixture
def assessment(information_page):
    """A self-assessment with every kind of question; preparing meals leads to the
    information page."""
    return SelfAssessmentPageFactory(
        questions=questions(every_kind_of_question([information_page.pk]))
    )


def address(name, page, *args, language="en"):
    with translation.override(language):
        return reverse(f"selfassessment:{name}", args=[page.pk, *args])


def question_id(page, text):
    return next(block.id for block in page.questions if block.value["question"] == text)


def answer_id(page, question_text, answer_text):
    block = next(b for b in page.questions if b.value["question"] == question_text)
    return next(
        item.id for item in block.value["answers"].bound_blocks if item.value["text"] == answer_text
    )


@pytest.fixture
def answer(client):
    """Answers a question as a resident does, by sending its form."""

    def send(page, question_text, *answer_texts, language="en", change=False):
        url = address("question", page, question_id(page, question_text), language=language)
        data = {"answer": [answer_id(page, question_text, text) for text in answer_texts]}
        return client.post(url + ("?change=1" if change else ""), data)

    return send


@pytest.fixture
def completed(client, answer):
    """Starts and answers every question asked of someone asking for themselves."""

    def complete(page, *hard, effect="Yes, a big effect", safe="Yes", language="en"):
        client.get(address("start", page, language=language))
        answer(page, "Who are you asking for?", "For myself", language=language)
        answer(page, "Which of these are hard without help?", *hard, language=language)
        answer(page, "Does this have a big effect on your life?", effect, language=language)
        return answer(page, "Are you safe at home?", safe, language=language)

    return complete
