import factory
import wagtail_factories

from home.management.commands.seed_demo import stream_data
from infopages.selfassessment.blocks import QuestionsBlock
from infopages.selfassessment.models import SelfAssessmentPage
from tests.factories import home_page

QUESTIONS_BLOCK = QuestionsBlock()


def answer(text, **extra):
    return {"text": text, "hint": "", "key": "", "outcome": "", "pages": [], **extra}


def question(text, answers, section="about_you", kind="single", show_when="", hint=""):
    return (
        "question",
        {
            "section": section,
            "question": text,
            "hint": hint,
            "kind": kind,
            "answers": answers,
            "show_when": show_when,
        },
    )


def questions(items):
    return stream_data(QUESTIONS_BLOCK, items)


def every_kind_of_question(information_page_ids=()):
    """Who for (single), a carer's question shown only for carers, daily tasks
    (multiple, with outcomes), wellbeing, and staying safe (with an urgent answer)."""
    return [
        question(
            "Who are you asking for?",
            [
                answer("For myself"),
                answer("For someone I care for", key="carer"),
            ],
        ),
        question(
            "How many hours a week do you care for them?",
            [answer("Up to 20 hours"), answer("More than 20 hours")],
            section="who_helps",
            show_when="carer",
        ),
        question(
            "Which of these are hard without help?",
            [
                answer("Preparing meals", outcome="nutrition", pages=list(information_page_ids)),
                answer("Washing", outcome="hygiene", hint="Including getting in the bath"),
                answer("Getting dressed", outcome="clothing"),
                answer("None of these"),
            ],
            section="nutrition",
            kind="multiple",
            hint="Choose all that apply.",
        ),
        question(
            "Does this have a big effect on your life?",
            [answer("Yes, a big effect", affects_wellbeing=True), answer("No")],
            section="wellbeing",
        ),
        question(
            "Are you safe at home?",
            [answer("Yes"), answer("No, someone is hurting me", urgent=True)],
            section="staying_safe",
        ),
    ]


class SelfAssessmentPageFactory(wagtail_factories.PageFactory):
    title = "Check what help you could get"
    slug = "check-what-help-you-could-get"
    introduction = "Answer some questions about your situation."
    questions = factory.LazyFunction(lambda: questions(every_kind_of_question()))
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = SelfAssessmentPage
