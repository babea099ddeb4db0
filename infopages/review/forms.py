from django import forms
from django.utils.translation import gettext_lazy as _

from council_site.core.forms import ErrorSummaryMixin

from .models import INVITATION_DAYS, ReviewInvitation, ReviewVote

COMMENT_MAX_LENGTH = 2000


class ReviewDecisionForm(ErrorSummaryMixin, forms.Form):
    error_anchors = {"outcome": "outcome-1", "comment": "comment"}

    outcome = forms.ChoiceField(
        label=_("What do you think of this draft?"),
        choices=[
            (ReviewVote.APPROVED, _("It is ready: I approve it")),
            (ReviewVote.CHANGES_REQUESTED, _("It needs changes before it is published")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you approve the draft or it needs changes")},
    )
    comment = forms.CharField(
        label=_("Your comments (optional if you approve)"),
        help_text=_("Say what is unclear, missing or wrong, and how it could be better."),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "max_length": _("Your comments must be %(limit_value)d characters or fewer")
        },
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("outcome") == ReviewVote.CHANGES_REQUESTED
            and not cleaned.get("comment", "").strip()
        ):
            self.add_error("comment", _("Tell the editor what needs to change"))
        return cleaned


class InvitationForm(forms.ModelForm):
    days_valid = forms.IntegerField(
        label=_("Days the link works"),
        min_value=1,
        max_value=60,
        initial=INVITATION_DAYS,
    )

    class Meta:
        model = ReviewInvitation
        fields = ["name", "email", "is_stakeholder_member", "is_easy_read_reviewer"]
