from django import forms
from django.utils.translation import gettext_lazy as _


class QuestionForm(forms.Form):
    """One question of a self-assessment: its answers are the choices."""

    def __init__(self, question, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        choices = [(answer.id, answer.text) for answer in question.answers]
        if question.is_multiple:
            field = forms.MultipleChoiceField(
                choices=choices,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"required": _("Select at least one answer")},
            )
        else:
            field = forms.ChoiceField(
                choices=choices,
                widget=forms.RadioSelect,
                error_messages={"required": _("Select an answer")},
            )
        field.label = question.text
        field.help_text = question.hint
        field.error_messages["invalid_choice"] = _("Select one of the answers shown")
        self.fields["answer"] = field

    def chosen_ids(self):
        answer = self.cleaned_data["answer"]
        return answer if isinstance(answer, list) else [answer]
