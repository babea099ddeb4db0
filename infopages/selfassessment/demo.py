"""The demo self-assessment, made from its data file (site/demo/content/self-assessment/).

Block ids are made from the data key and the question's and answer's places, so the
same demo always has the same ids: its translations' PO entries name them."""

from council_site.demo import registry
from council_site.demo.loader import block_id

from . import referral_demo
from .blocks import QuestionsBlock
from .models import SelfAssessmentPage

KEY = "self-assessment/check-what-help-you-could-get"


def answer_value(seeder, answer):
    return {
        "text": answer["text"],
        "hint": answer.get("hint", ""),
        "key": answer.get("key", ""),
        "outcome": answer.get("outcome", ""),
        "affects_wellbeing": answer.get("affects_wellbeing", False),
        "urgent": answer.get("urgent", False),
        "pages": [seeder.page(key).pk for key in answer.get("pages", [])],
    }


def questions_raw(seeder, questions):
    """The StreamField's stored form, with the demo's own ids."""
    block = QuestionsBlock().child_blocks["question"]
    stored = []
    for number, question in enumerate(questions, start=1):
        value = block.get_prep_value(
            block.to_python(
                {
                    "section": question["section"],
                    "question": question["question"],
                    "hint": question.get("hint", ""),
                    "kind": question.get("kind", "single"),
                    "show_when": question.get("show_when", ""),
                    "answers": [answer_value(seeder, a) for a in question["answers"]],
                }
            )
        )
        for place, item in enumerate(value["answers"], start=1):
            item["id"] = block_id(KEY, number, place)
        stored.append({"type": "question", "id": block_id(KEY, number), "value": value})
    return stored


def step(seeder):
    """Makes and publishes the English demo self-assessment below the home page, once,
    for the translation step to translate from its PO entries."""
    data = seeder.data.file(KEY).fields
    seeder.child_page(
        seeder.page("home"),
        SelfAssessmentPage,
        KEY,
        title=data["title"],
        introduction=data["introduction"],
        before_you_start=data.get("before_you_start", ""),
        other_help=data.get("other_help", ""),
        questions=questions_raw(seeder, data["questions"]),
    )


def register():
    registry.register("self-assessment", step, after=["topics"], before=["page-translations"])
    registry.register("referrals", referral_demo.step, after=["self-assessment", "logins"])
