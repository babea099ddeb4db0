"""The demo's Get involved pages, the topics people can sign up for (named in every
language from the PO files) and three months of survey answers
(site/demo/content/get-involved/)."""

from dateutil.relativedelta import relativedelta
from django.utils import timezone
from django.utils.text import slugify

from council_site.demo import registry
from council_site.demo.loader import DemoDataError
from council_site.languages import TRANSLATED_LANGUAGES
from infopages.blocks import InformationBodyBlock

from .blocks import ChangesBlock
from .models import GetInvolvedPage, WeAskedYouSaidWeDidPage
from .signup.models import InvolvementTopic, InvolvementTopicName
from .survey.models import SurveyAnswer, SurveyResponse
from .survey.questions import QUESTIONS

TOPICS_OF_INTEREST = "get-involved/topics-of-interest"


def get_involved(seeder):
    data = seeder.data.file("get-involved")
    page = seeder.child_page(
        seeder.page("home"),
        GetInvolvedPage,
        "get-involved",
        title=data.require("title"),
        introduction=data.require("introduction"),
        body=data.stream("body", InformationBodyBlock()),
    )
    key = "get-involved/we-asked-you-said-we-did"
    data = seeder.data.file(key)
    seeder.child_page(
        page,
        WeAskedYouSaidWeDidPage,
        key,
        title=data.require("title"),
        introduction=data.require("introduction"),
        changes=data.stream("changes", ChangesBlock()),
    )
    topics_of_interest(seeder)
    survey_answers(seeder)


def topic_names(seeder, code):
    entries = seeder.data.translations(code).get(TOPICS_OF_INTEREST, [])
    return {entry.msgid: entry.msgstr for entry in entries}


def topics_of_interest(seeder):
    names = {code: topic_names(seeder, code) for code in TRANSLATED_LANGUAGES}
    for name in seeder.data.file(TOPICS_OF_INTEREST).texts("topics"):
        topic, _created = InvolvementTopic.objects.get_or_create(
            name=name, defaults={"slug": slugify(name)}
        )
        for code in TRANSLATED_LANGUAGES:
            if not names[code].get(name):
                raise DemoDataError(f"{code}.po: the topic of interest “{name}” has no translation")
            InvolvementTopicName.objects.get_or_create(
                topic=topic, language=code, defaults={"name": names[code][name]}
            )


def survey_answers(seeder):
    """Three months of answers, so the survey dashboard has something to show."""
    if SurveyResponse.objects.exists():
        return
    this_month = timezone.localdate().replace(day=1)
    for months_ago in range(3):
        month = this_month - relativedelta(months=months_ago)
        for number in range(8 + 3 * months_ago):
            response = SurveyResponse.objects.create(month=month)
            SurveyAnswer.objects.bulk_create(
                SurveyAnswer(
                    response=response,
                    question=question.slug,
                    # A spread of answers that leans to the first ones, as real ones do.
                    answer=question.choices[
                        (number * number + months_ago) % 7 % len(question.choices)
                    ][0],
                )
                for question in QUESTIONS
            )
    seeder.log("Added demo answers to the experience survey.")


def register():
    registry.register("get-involved", get_involved, after=["home-page", "topics"])
