"""The real-time experience survey, asked after a review of someone's care. The
questions follow the Adult Social Care Outcomes Framework (ASCOF) measures so the
answers can be compared with the national surveys."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Question:
    slug: str
    text: str
    choices: tuple
    ascof: str = ""

    @property
    def answer_labels(self):
        return dict(self.choices)


YES_NO = (("yes", _("Yes")), ("no", _("No")))

QUESTIONS = (
    Question(
        "finding_information",
        _("How easy was it to find information and advice about support, services or benefits?"),
        (
            ("very_easy", _("Very easy")),
            ("fairly_easy", _("Fairly easy")),
            ("fairly_difficult", _("Fairly difficult")),
            ("very_difficult", _("Very difficult")),
            ("did_not_look", _("I did not look for information")),
        ),
        ascof="3D",
    ),
    Question(
        "listened_to",
        _("Did you feel listened to?"),
        (
            ("completely", _("Yes, completely")),
            ("partly", _("Yes, partly")),
            ("not", _("No")),
        ),
    ),
    Question(
        "control",
        _("How much control do you have over your daily life?"),
        (
            ("as_much", _("As much control as I want")),
            ("adequate", _("Enough control")),
            ("some", _("Some control, but not enough")),
            ("none", _("No control")),
        ),
        ascof="1B",
    ),
    Question(
        "safe",
        _("Does the care and support you get help you to feel safe?"),
        (("yes", _("Yes")), ("no", _("No")), ("not_sure", _("I am not sure"))),
        ascof="4B",
    ),
    Question(
        "quality_of_life",
        _("Has the support you get made your life better?"),
        (
            ("a_lot", _("Yes, a lot")),
            ("a_little", _("Yes, a little")),
            ("no_difference", _("It has made no difference")),
            ("worse", _("It has made my life worse")),
        ),
        ascof="1A",
    ),
    Question(
        "satisfaction",
        _("Overall, how satisfied are you with the care and support you get?"),
        (
            ("very_satisfied", _("Very satisfied")),
            ("quite_satisfied", _("Quite satisfied")),
            ("neither", _("Neither satisfied nor dissatisfied")),
            ("quite_dissatisfied", _("Quite dissatisfied")),
            ("very_dissatisfied", _("Very dissatisfied")),
        ),
        ascof="3A",
    ),
    Question("get_involved", _("Would you like to get involved?"), YES_NO),
)

QUESTIONS_BY_SLUG = {question.slug: question for question in QUESTIONS}
GET_INVOLVED = "get_involved"
