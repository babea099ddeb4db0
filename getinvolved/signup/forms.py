import uuid

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from council_site.antispam import SpamChecksMixin
from council_site.core.forms import ErrorSummaryMixin
from council_site.core.validators import (
    no_control_characters,
    no_control_characters_but_line_breaks,
    validate_phone,
)

from .models import (
    ADDRESS_MAX_LENGTH,
    LANGUAGE_CHOICES,
    NAME_MAX_LENGTH,
    OTHER_LANGUAGE,
    SUPPORT_MAX_LENGTH,
    Format,
    InvolvementTopic,
    Role,
    Way,
)

CAME_FROM_SURVEY = "survey"


class ContactDetailsMixin(forms.Form):
    """How to reach someone: at least one of email, phone and address, each checked."""

    name = forms.CharField(
        label=_("Full name"),
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={
            "required": _("Enter your full name"),
            "max_length": _("Your name must be %(limit_value)d characters or fewer"),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Your email address must be %(limit_value)d characters or fewer"),
        },
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        error_messages={
            "max_length": _("Enter a phone number, like 024 7683 3003 or 07700 900 982"),
        },
    )
    address = forms.CharField(
        label=_("Postal address"),
        required=False,
        max_length=ADDRESS_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Your address must be %(limit_value)d characters or fewer"),
        },
    )

    def clean_email(self):
        # Addresses differ only in case far more often by mistake than on purpose.
        return self.cleaned_data["email"].strip().lower() or None

    def clean(self):
        cleaned = super().clean()
        contact_fields = ("email", "phone", "address")
        has_errors = any(field in self.errors for field in contact_fields)
        if not has_errors and not any(cleaned.get(field) for field in contact_fields):
            self.add_error(
                "email", _("Enter at least one way to contact you: email, phone or address")
            )
        return cleaned


class TopicsField(forms.ModelMultipleChoiceField):
    """Each topic by its name in the reader's language."""

    def label_from_instance(self, topic):
        return topic.name_in(get_language())


class SignUpForm(ErrorSummaryMixin, ContactDetailsMixin, SpamChecksMixin, forms.Form):
    error_anchors = {
        "name": "signup-name",
        "email": "signup-email",
        "phone": "signup-phone",
        "address": "signup-address",
        "language": "signup-language-1",
        "format": "signup-format-1",
        "language_other": "signup-language-other",
        "ways": "signup-ways-1",
        "topics": "signup-topics-1",
        "role": "signup-role-1",
        "support_needed": "signup-support-needed",
        "consent": "signup-consent",
        "__all__": "signup-name",
    }

    language = forms.ChoiceField(
        label=_("Which language would you like us to use?"),
        choices=LANGUAGE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the language you would like us to use"),
            "invalid_choice": _("Select the language you would like us to use"),
        },
    )
    format = forms.ChoiceField(
        label=_("Which format would you like information in?"),
        choices=Format.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the format you would like"),
            "invalid_choice": _("Select the format you would like"),
        },
    )
    # Asked after the format, as on the page, so its error comes after the format's.
    language_other = forms.CharField(
        label=_("Which language?"),
        required=False,
        max_length=60,
        validators=[no_control_characters],
        error_messages={
            "max_length": _("The language must be %(limit_value)d characters or fewer"),
        },
    )
    ways = forms.MultipleChoiceField(
        label=_("How would you like to get involved?"),
        choices=Way.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Select at least one way to get involved"),
            "invalid_choice": _("Select at least one way to get involved"),
        },
    )
    topics = TopicsField(
        label=_("Which topics interest you? (optional)"),
        queryset=InvolvementTopic.objects.prefetch_related("names"),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Select topics from the list")},
    )
    role = forms.ChoiceField(
        label=_("Which of these describes you best?"),
        choices=Role.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the description that fits you best"),
            "invalid_choice": _("Select the description that fits you best"),
        },
    )
    support_needed = forms.CharField(
        label=_("Is there any support you need to take part? (optional)"),
        help_text=_(
            "For example, transport, a carer to come with you, or an interpreter. Only the "
            "involvement team sees this, to arrange the support."
        ),
        required=False,
        max_length=SUPPORT_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Your answer must be %(limit_value)d characters or fewer"),
        },
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree that we can contact you")},
    )
    submission_id = forms.UUIDField(widget=forms.HiddenInput, required=False)
    came_from = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="signup-%s", **kwargs)

    def clean_language_other(self):
        return self.cleaned_data["language_other"].strip()

    def clean_submission_id(self):
        # A missing id must not cost the person their form: it then counts as new.
        return self.cleaned_data["submission_id"] or uuid.uuid4()

    def clean(self):
        cleaned = super().clean()
        wants_other = (
            cleaned.get("language") == OTHER_LANGUAGE
            or cleaned.get("format") == Format.OTHER_LANGUAGE
        )
        if (
            wants_other
            and not cleaned.get("language_other")
            and "language_other" not in self.errors
        ):
            self.add_error("language_other", _("Enter the language you would like us to use"))
        return cleaned

    @property
    def came_from_survey(self):
        return self.cleaned_data.get("came_from") == CAME_FROM_SURVEY

    def details(self):
        """The answers as plain data, to be applied when the sign-up is confirmed."""
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "phone": data["phone"],
            "address": data["address"],
            "language": data["language"],
            "language_other": data["language_other"],
            "format": data["format"],
            "role": data["role"],
            "support_needed": data["support_needed"],
            "ways": list(data["ways"]),
            "topics": [topic.name for topic in data["topics"]],
        }
