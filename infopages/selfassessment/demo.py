"""The demo self-assessment, made from its data file (site/demo/content/self-assessment/).

Block ids are made from the data key and the question's and answer's places, so the
same demo always has the same ids: its translations' PO entries name them."""

import uuid

from wagtail.models import Page

from .blocks import QuestionsBlock
from .models import SelfAssessmentPage

KEY = "self-assessment/check-what-help-you-could-get"
ID_NAMESPACE = uuid.UUID("5c6f0f0e-3f0b-4b8e-9a57-6a8f3c1d2e40")


def block_id(*place):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join([KEY, *map(str, place)])))


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
            item["id"] = block_id(number, place)
        stored.append({"type": "question", "id": block_id(number), "value": value})
    return stored


def load(seeder):
    import yaml  # the demo loader's dependency, needed only to seed the demo

    with open(seeder.data_dir / f"{KEY}.yaml", encoding="utf-8") as data:
        return yaml.safe_load(data)


def step(seeder):
    """Makes and publishes the English demo self-assessment below the home page, once."""
    data = load(seeder)
    home = Page.objects.get(depth=2, locale__language_code="en")
    existing = SelfAssessmentPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if existing is not None:
        seeder.log(f"{data['title']}: already there")
        return existing
    page = SelfAssessmentPage(
        title=data["title"],
        slug=data["slug"],
        introduction=data["introduction"],
        before_you_start=data.get("before_you_start", ""),
        other_help=data.get("other_help", ""),
        questions=questions_raw(seeder, data["questions"]),
        is_demo_content=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    seeder.log(f"{data['title']}: made")
    return page
