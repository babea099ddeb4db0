"""Asking for a needs assessment: who it is for, how to reach them, the support they
need to communicate, and their consent. Every answer is checked here, so the page
can say in the reader's language what to fix while keeping what was typed."""

import re
from datetime import date

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from council_site.antispam import SpamChecksMixin
from council_site.core.forms import ErrorSummaryMixin, SubmissionIdField
from council_site.core.validators import (
    no_control_characters,
    no_control_characters_but_line_breaks,
    validate_phone,
)

from ..models.referral import (
    ADDRESS_MAX_LENGTH,
    CONSENT_VERSION,
    CONSENT_WORDINGS,
    LANGUAGE_CHOICES,
    NAME_MAX_LENGTH,
    OTHER_LANGUAGE,
    TEXT_MAX_LENGTH,
    CommunicationNeed,
    ContactMethod,
    Format,
    ReferredFor,
)

# The shapes of a UK postcode (BS 7666), with or without its space, and the Girobank's.
POSTCODE = re.compile(r"^(GIR ?0AA|[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})$")
OLDEST_AGE = 130


def normalise_postcode(value):
    compact = re.sub(r"\s+", "", value).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


class DateOfBirthWidget(forms.MultiWidget):
    """Day, month and year as three boxes, GOV.UK's date input: `date_of_birth_day`,
    `date_of_birth_month` and `date_of_birth_year`."""

    def __init__(self, attrs=None):
        text = forms.TextInput
        super().__init__({"day": text, "month": text, "year": text}, attrs)

    def decompress(self, value):
        return [value.day, value.month, value.year] if value else [None, None, None]


class DateOfBirthField(forms.MultiValueField):
    widget = DateOfBirthWidget
    default_error_messages = {
        "required": _("Enter their date of birth"),
        "incomplete": _("Date of birth must include a day, month and year"),
        "invalid": _("Date of birth must be a real date"),
        "future": _("Date of birth must be in the past"),
        "too_old": _("Date of birth must be after %(year)d"),
    }

    def __init__(self, **kwargs):
        part = forms.CharField(max_length=4, required=False)
        super().__init__(fields=(part, part, part), require_all_fields=False, **kwargs)

    def compress(self, values):
        if not values or not any(values):
            return None
        if not all(values):
            raise forms.ValidationError(self.error_messages["incomplete"], code="incomplete")
        try:
            day, month, year = (int(value) for value in values)
            born = date(year, month, day)
        except (TypeError, ValueError):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        today = timezone.localdate()
        if born > today:
            raise forms.ValidationError(self.error_messages["future"], code="future")
        if born.year < today.year - OLDEST_AGE:
            raise forms.ValidationError(
                self.error_messages["too_old"],
                code="too_old",
                params={"year": today.year - OLDEST_AGE},
            )
        return born


class ReferralForm(ErrorSummaryMixin, SpamChecksMixin, forms.Form):
    referred_for = forms.ChoiceField(
        label=_("Who are you asking for an assessment for?"),
        choices=ReferredFor.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select who the assessment is for"),
            "invalid_choice": _("Select who the assessment is for"),
        },
    )
    referrer_name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={"max_length": _("Your name must be %(limit_value)d characters or fewer")},
    )
    referrer_relationship = forms.CharField(
        label=_("Your relationship to them, or your organisation"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={"max_length": _("Your answer must be %(limit_value)d characters or fewer")},
    )
    referrer_contact = forms.CharField(
        label=_("Your phone number or email address"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={"max_length": _("Your answer must be %(limit_value)d characters or fewer")},
    )
    name = forms.CharField(
        label=_("Full name of the person the assessment is for"),
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={
            "required": _("Enter the full name of the person the assessment is for"),
            "max_length": _("The name must be %(limit_value)d characters or fewer"),
        },
    )
    date_of_birth = DateOfBirthField(
        label=_("Their date of birth"), help_text=_("For example, 27 3 1948")
    )
    address = forms.CharField(
        label=_("Their address"),
        max_length=ADDRESS_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Enter their address"),
            "max_length": _("The address must be %(limit_value)d characters or fewer"),
        },
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=10,
        error_messages={
            "required": _("Enter their postcode"),
            "max_length": _("Enter a real postcode, like CV1 5RR"),
        },
    )
    contact_methods = forms.MultipleChoiceField(
        label=_("How can we contact them?"),
        help_text=_("Select all that apply. We will write to the address above by post."),
        choices=ContactMethod.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Select at least one way to contact them: phone, email or post"),
            "invalid_choice": _("Select at least one way to contact them: phone, email or post"),
        },
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        validators=[validate_phone],
        error_messages={
            "max_length": _("Enter a phone number, like 024 7683 3003 or 07700 900 982")
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We will send a confirmation to this address."),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("The email address must be %(limit_value)d characters or fewer"),
        },
    )
    language = forms.ChoiceField(
        label=_("Which language should we use?"),
        choices=LANGUAGE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the language we should use"),
            "invalid_choice": _("Select the language we should use"),
        },
    )
    language_other = forms.CharField(
        label=_("Which other language?"),
        help_text=_("Only if you chose another language."),
        required=False,
        max_length=60,
        validators=[no_control_characters],
        error_messages={
            "max_length": _("The language must be %(limit_value)d characters or fewer")
        },
    )
    format = forms.ChoiceField(
        label=_("Which format should we write in?"),
        choices=Format.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the format we should write in"),
            "invalid_choice": _("Select the format we should write in"),
        },
    )
    communication_needs = forms.MultipleChoiceField(
        label=_("Do they need any support to communicate with us?"),
        help_text=_("Select all that apply, or none."),
        choices=CommunicationNeed.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Select the support from the list")},
    )
    interpreter_language = forms.CharField(
        label=_("Which language should the interpreter speak?"),
        required=False,
        max_length=60,
        validators=[no_control_characters],
        error_messages={
            "max_length": _("The language must be %(limit_value)d characters or fewer")
        },
    )
    communication_other = forms.CharField(
        label=_("Anything else that helps them communicate (optional)"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Your answer must be %(limit_value)d characters or fewer")},
    )
    urgent = forms.ChoiceField(
        label=_("Is it urgent?"),
        help_text=_("Urgent means they could come to harm in the next few days without help."),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select yes if it is urgent"),
            "invalid_choice": _("Select yes if it is urgent"),
        },
    )
    urgent_reason = forms.CharField(
        label=_("Why is it urgent? (optional)"),
        required=False,
        max_length=TEXT_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Your answer must be %(limit_value)d characters or fewer")},
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Tick the box to agree that we can use these details")},
    )
    submission_id = SubmissionIdField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, auto_id="referral-%s", **kwargs)
        self.fields["consent"].label = CONSENT_WORDINGS[CONSENT_VERSION]

    def clean_postcode(self):
        postcode = normalise_postcode(self.cleaned_data["postcode"])
        if not POSTCODE.match(postcode):
            raise forms.ValidationError(_("Enter a real postcode, like CV1 5RR"), code="postcode")
        return postcode

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        for field, message in self.missing_answers(cleaned):
            if field not in self.errors:
                self.add_error(field, message)
        return cleaned

    def missing_answers(self, cleaned):
        """Answers that another answer makes necessary."""
        methods = cleaned.get("contact_methods") or []
        if ContactMethod.PHONE in methods and not cleaned.get("phone"):
            yield "phone", _("Enter a phone number, or untick phone")
        if ContactMethod.EMAIL in methods and not cleaned.get("email"):
            yield "email", _("Enter an email address, or untick email")
        if cleaned.get("referred_for") in (ReferredFor.CARED_FOR, ReferredFor.PROFESSIONAL):
            if not cleaned.get("referrer_name"):
                yield "referrer_name", _("Enter your name, as you are asking for someone else")
            if not cleaned.get("referrer_contact"):
                yield "referrer_contact", _("Enter your phone number or email address")
        if cleaned.get("language") == OTHER_LANGUAGE and not cleaned.get("language_other"):
            yield "language_other", _("Enter the language we should use")
        needs = cleaned.get("communication_needs") or []
        if CommunicationNeed.INTERPRETER in needs and not cleaned.get("interpreter_language"):
            yield "interpreter_language", _("Enter the language the interpreter should speak")

    def details(self):
        """The answers as they are stored."""
        data = self.cleaned_data
        methods = data["contact_methods"]
        return {
            "referred_for": data["referred_for"],
            "referrer_name": data["referrer_name"],
            "referrer_relationship": data["referrer_relationship"],
            "referrer_contact": data["referrer_contact"],
            "name": data["name"],
            "date_of_birth": data["date_of_birth"],
            "address": data["address"],
            "postcode": data["postcode"],
            "contact_methods": [value for value in ContactMethod.values if value in methods],
            "phone": data["phone"],
            "email": data["email"],
            "language": data["language"],
            "language_other": data["language_other"].strip(),
            "format": data["format"],
            "communication_needs": [
                value for value in CommunicationNeed.values if value in data["communication_needs"]
            ],
            "interpreter_language": data["interpreter_language"].strip(),
            "communication_other": data["communication_other"],
            "urgent": data["urgent"] == "yes",
            "urgent_reason": data["urgent_reason"],
        }
