import uuid

from django import forms
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from council_site.antispam import SpamChecksMixin
from council_site.core.forms import ErrorSummaryMixin

from .models import SurveyAnswer, SurveyResponse
from .questions import GET_INVOLVED, QUESTIONS


def question_field(question):
    message = _("Answer the question: %(question)s") % {"question": question.text}
    return forms.ChoiceField(
        label=question.text,
        choices=question.choices,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


class ExperienceSurveyForm(ErrorSummaryMixin, SpamChecksMixin, forms.Form):
    submission_id = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="survey-%s", **kwargs)
        for question in QUESTIONS:
            self.fields[question.slug] = question_field(question)
        self.error_anchors = {
            **{question.slug: f"survey-{question.slug}-1" for question in QUESTIONS},
            "__all__": f"survey-{QUESTIONS[0].slug}-1",
        }

    def question_fields(self):
        return [(question.slug, self[question.slug]) for question in QUESTIONS]

    @property
    def wants_to_get_involved(self):
        return self.cleaned_data[GET_INVOLVED] == "yes"

    def save_once(self):
        """Store the answers; the same form sent again changes nothing."""
        submission_id = self.cleaned_data["submission_id"] or uuid.uuid4()
        try:
            with transaction.atomic():
                response = SurveyResponse.objects.create(submission_id=submission_id)
                SurveyAnswer.objects.bulk_create(
                    SurveyAnswer(
                        response=response,
                        question=question.slug,
                        answer=self.cleaned_data[question.slug],
                    )
                    for question in QUESTIONS
                )
        except IntegrityError:
            response = SurveyResponse.objects.get(submission_id=submission_id)
        return response
