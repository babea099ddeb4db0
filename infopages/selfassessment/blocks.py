"""The questions of a self-assessment, as editors build them: each question is a
block with its answers; an answer can lead to information pages, count towards one
of the regulations' ten outcomes, say the person's wellbeing is affected, or be
urgent (the urgent-help panel then shows at once)."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError

from infopages.directory.blocks import SupportKindsBlock

from .eligibility import OUTCOMES

OUTCOME_LABELS = dict(
    zip(
        OUTCOMES,
        (
            _("Managing and maintaining nutrition"),
            _("Maintaining personal hygiene"),
            _("Managing toilet needs"),
            _("Being appropriately clothed"),
            _("Being able to make use of the home safely"),
            _("Maintaining a habitable home environment"),
            _("Developing and maintaining family or other personal relationships"),
            _("Accessing and engaging in work, training, education or volunteering"),
            _("Making use of facilities or services in the local community"),
            _("Carrying out any caring responsibilities for a child"),
        ),
        strict=True,
    )
)
SECTION_LABELS = {
    "about_you": _("About you"),
    "who_helps": _("Who helps you now"),
    **OUTCOME_LABELS,
    "wellbeing": _("Your wellbeing"),
    "staying_safe": _("Staying safe"),
}
SINGLE, MULTIPLE = "single", "multiple"
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class AnswerKeyBlock(blocks.FieldBlock):
    """A short name for an answer that later questions can depend on. The same in
    every language, so it is never sent out to translate."""

    def __init__(self, **kwargs):
        self.field = forms.RegexField(
            regex=KEY_PATTERN,
            required=False,
            max_length=40,
            error_messages={
                "invalid": _("Use lower-case letters, digits and hyphens, like cares-for-someone.")
            },
        )
        super().__init__(**kwargs)

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Answer"))
    hint = blocks.CharBlock(max_length=300, required=False)
    key = AnswerKeyBlock(
        label=_("Short name"),
        help_text=_("Only if a later question is shown when this answer is chosen."),
    )
    outcome = blocks.ChoiceBlock(
        choices=list(OUTCOME_LABELS.items()),
        required=False,
        label=_("Outcome not achieved"),
        help_text=_(
            "The outcome of the eligibility regulations this answer says the person cannot achieve."
        ),
    )
    affects_wellbeing = blocks.BooleanBlock(
        required=False,
        label=_("Significant impact on wellbeing"),
        help_text=_(
            "This answer says the person's needs have a significant impact on their wellbeing."
        ),
    )
    urgent = blocks.BooleanBlock(
        required=False,
        help_text=_("Shows the urgent-help panel (999, how to report abuse) at once."),
    )
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["infopages.InformationPage", "infopages.InformationIndexPage"]
        ),
        default=[],
        label=_("Information pages and topics"),
        help_text=_("Shown in the result to people who chose this answer."),
    )
    support_kinds = SupportKindsBlock(
        required=False,
        label=_("Kinds of local support"),
        help_text=_("The result lists services of these kinds from the directory."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    section = blocks.ChoiceBlock(choices=list(SECTION_LABELS.items()), default="about_you")
    question = blocks.CharBlock(max_length=200)
    hint = blocks.TextBlock(max_length=500, required=False)
    kind = blocks.ChoiceBlock(
        choices=[(SINGLE, _("One answer")), (MULTIPLE, _("Any number of answers"))],
        default=SINGLE,
        label=_("Answers to choose"),
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2)
    show_when = AnswerKeyBlock(
        label=_("Show only when"),
        help_text=_("The short name of an answer to an earlier question; empty to always show."),
    )

    class Meta:
        icon = "help"
        template = "components/streamfield/self_assessment_question_block.html"
        description = _("A question with the answers a resident chooses from.")
        preview_value = {
            "section": "about_you",
            "question": "Who are you asking for?",
            "kind": SINGLE,
            "answers": [{"text": "For myself"}, {"text": "For someone I care for"}],
        }


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

    def clean(self, value):
        value = super().clean(value)
        errors, keys = {}, set()
        for index, child in enumerate(value):
            condition = child.value["show_when"]
            if condition and condition not in keys:
                errors[index] = ErrorList(
                    [
                        ValidationError(
                            _("No earlier answer has the short name “%(key)s”.")
                            % {"key": condition}
                        )
                    ]
                )
            keys.update(answer["key"] for answer in child.value["answers"] if answer["key"])
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
