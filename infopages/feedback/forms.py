from django import forms
from django.utils.translation import gettext_lazy as _

from council_site.core.forms import ErrorSummaryMixin, SubmissionIdField

from .models import COMMENT_MAX_LENGTH, PageFeedback


class PageFeedbackForm(ErrorSummaryMixin, forms.Form):
    error_anchors = {"useful": "feedback-useful-1", "comment": "feedback-comment"}

    useful = forms.TypedChoiceField(
        label=_("Is this page useful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda answer: answer == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select yes if this page is useful, or no if it is not"),
            "invalid_choice": _("Select yes if this page is useful, or no if it is not"),
        },
    )
    comment = forms.CharField(
        label=_("How could we improve this page? (optional)"),
        help_text=_("Do not include personal information like your name, address or phone number."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Your comment must be %(limit_value)d characters or fewer"),
        },
    )
    submission_id = SubmissionIdField()

    def save_once(self, page):
        """Store the answer; a repeat of the same form changes nothing."""
        feedback, _created = PageFeedback.objects.get_or_create(
            submission_id=self.cleaned_data["submission_id"],
            defaults={
                "page": page,
                "useful": self.cleaned_data["useful"],
                "comment": self.cleaned_data["comment"],
            },
        )
        return feedback
