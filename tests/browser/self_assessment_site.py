"""The self-assessment the browser tests go through, with every kind of question,
published on the served site beside the demo's own (whose questions are the
council's, and may change) in English, and in Arabic and Tigrinya with the first
question translated. Run in the served site's database through its shell."""

from infopages.models import InformationPage
from infopages.selfassessment.models import SelfAssessmentPage
from tests.factories import home_page
from tests.infopages.selfassessment.factories import (
    SelfAssessmentPageFactory,
    every_kind_of_question,
    questions,
)
from tests.translating import translate_page

SLUG = "every-kind-of-question"
TRANSLATED = {
    "ar": ("تحقق من المساعدة التي يمكنك الحصول عليها", "لمن تطلب المساعدة؟", "لنفسي"),
    "ti": ("እንታይ ሓገዝ ክትረክብ ከም ትኽእል ፈትሽ", "ንመን ኢኻ ትሓትት ዘለኻ?", "ንገዛእ ርእሰይ"),
}


def translated_questions(page, question, answer):
    items = []
    for number, block in enumerate(page.questions):
        value = block.block.get_prep_value(block.value)
        if number == 0:
            value["question"] = question
            value["answers"][0]["value"]["text"] = answer
        items.append(("question", value))
    return items


def publish():
    existing = SelfAssessmentPage.objects.filter(slug=SLUG, locale__language_code="en").first()
    if existing is not None:
        return existing.pk
    report_abuse = InformationPage.objects.get(
        slug="how-to-report-abuse", locale__language_code="en"
    )
    page = SelfAssessmentPageFactory(
        slug=SLUG, questions=questions(every_kind_of_question([report_abuse.pk]))
    )
    page.save_revision().publish()
    for code, (title, question, answer) in TRANSLATED.items():
        translate_page(home_page(), code, {"title": title})  # the demo has it already
        translate_page(
            page, code, {"title": title, "questions": translated_questions(page, question, answer)}
        )
    return page.pk
