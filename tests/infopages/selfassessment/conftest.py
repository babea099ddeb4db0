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

    def send(page, question_text, *answer_texts, language="en", change=False, at=None):
        """`at`: the language version answered, when not `page` itself."""
        url = address("question", at or page, question_id(page, question_text), language=language)
        data = {"answer": [answer_id(page, question_text, text) for text in answer_texts]}
        return client.post(url + ("?change=1" if change else ""), data)

    return send


@pytest.fixture
def completed(client, answer):
    """Starts and answers every question asked of someone asking for themselves."""

    def complete(page, *hard, effect="Yes, a big effect", safe="Yes", language="en", at=None):
        client.get(address("start", at or page, language=language))
        where = {"language": language, "at": at}
        answer(page, "Who are you asking for?", "For myself", **where)
        answer(page, "Which of these are hard without help?", *hard, **where)
        answer(page, "Does this have a big effect on your life?", effect, **where)
        return answer(page, "Are you safe at home?", safe, **where)

    return complete
