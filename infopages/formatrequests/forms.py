"""Asking for information in another format or language. Every field is on the page
whatever is chosen (nothing depends on JavaScript); the checks here ask only for the
contact details the chosen delivery needs, and refuse a delivery the format cannot
go by, in the reader's language, keeping everything typed."""

from django import forms
from django.utils.translation import gettext_lazy as _

from council_site.antispam import SpamChecksMixin
from council_site.core.forms import ErrorSummaryMixin, SubmissionIdField
from council_site.core.validators import (
    no_control_characters,
    no_control_characters_but_line_breaks,
    validate_phone,
)
from infopages.selfassessment.forms.referral import POSTCODE, normalise_postcode

from . import fitting
from .models import (
    ADDRESS_MAX_LENGTH,
    CONSENT_VERSION,
    CONSENT_WORDINGS,
    LANGUAGE_CHOICES,
    NAME_MAX_LENGTH,
    OTHER_LANGUAGE,
    TEXT_MAX_LENGTH,
    Delivery,
    Format,
)

MISFIT_MESSAGES = {
    fitting.BRAILLE: _("Braille can only be sent by post or collected. Choose post or collect"),
    fitting.PAPER_COPY: _("A paper copy can only be sent by post or collected"),
    fitting.BSL: _("A BSL video can be sent by email or watched when you collect it"),
}
MISFIT_PHONE = _("We cannot send this format by phone. Choose email, post or collect")
MISSING = {
    fitting.EMAIL_ADDRESS: _("Enter your email address"),
    fitting.NAME: _("Enter your name"),
    fitting.ADDRESS: _("Enter your address"),
    fitting.POSTCODE: _("Enter your postcode"),
    fitting.PHONE_NUMBER: _("Enter your phone number"),
}
PHONE_OR_EMAIL_MISSING = _("Enter a phone number or email address, so we can tell you it is ready")


class FormatRequestForm(ErrorSummaryMixin, SpamChecksMixin, forms.Form):
    format = forms.ChoiceField(
        label=_("Which format do you need?"),
        choices=Format.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select the format you need"),
            "invalid_choice": _("Select the format you need"),
        },
    )
    language = forms.ChoiceField(
        label=_("Which language?"),
        help_text=_("Only if you chose another language."),
        choices=[("", _("Choose a language")), *LANGUAGE_CHOICES],
        required=False,
        error_messages={"invalid_choice": _("Select a language from the list")},
    )
    language_other = forms.CharField(
        label=_("Other language: say which"),
        required=False,
        max_length=60,
        validators=[no_control_characters],
        error_messages={
            "max_length": _("The language must be %(limit_value)d characters or fewer")
        },
    )
    delivery = forms.ChoiceField(
        label=_("How should we get it to you?"),
        choices=Delivery.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select how we should get it to you"),
            "invalid_choice": _("Select how we should get it to you"),
        },
    )
    name = forms.CharField(
        label=_("Your name"),
        help_text=_("Needed for post, phone or collecting in person."),
        required=False,
        max_length=NAME_MAX_LENGTH,
        validators=[no_control_characters],
        error_messages={"max_length": _("Your name must be %(limit_value)d characters or fewer")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("Needed for email. We will send a confirmation to this address."),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("The email address must be %(limit_value)d characters or fewer"),
        },
    )
    phone = forms.CharField(
        label=_("Phone number"),
        help_text=_("Needed for phone. For collecting, give a phone number or an email address."),
        required=False,
        max_length=30,
        validators=[validate_phone],
        error_messages={
            "max_length": _("Enter a phone number, like 024 7683 3003 or 07700 900 982")
        },
    )
    address = forms.CharField(
        label=_("Address"),
        help_text=_("Needed for post."),
        required=False,
        max_length=ADDRESS_MAX_LENGTH,
        validators=[no_control_characters_but_line_breaks],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("The address must be %(limit_value)d characters or fewer"),
        },
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=10,
        error_messages={"max_length": _("Enter a real postcode, like CV1 5RR")},
    )
    needs = forms.CharField(
        label=_("Anything else we should know about how you communicate (optional)"),
        help_text=_("For example, you use a hearing loop, or someone helps you read letters."),
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
        super().__init__(*args, auto_id="format-request-%s", **kwargs)
        self.fields["consent"].label = CONSENT_WORDINGS[CONSENT_VERSION]

    def clean_postcode(self):
        postcode = normalise_postcode(self.cleaned_data["postcode"])
        if postcode and not POSTCODE.match(postcode):
            raise forms.ValidationError(_("Enter a real postcode, like CV1 5RR"), code="postcode")
        return postcode

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        for field, message in self.problems(cleaned):
            if field not in self.errors:
                self.add_error(field, message)
        return cleaned

    def problems(self, cleaned):
        format, delivery = cleaned.get("format"), cleaned.get("delivery")
        if format == fitting.ANOTHER_LANGUAGE:
            language = cleaned.get("language")
            if not language:
                yield "language", _("Select the language you need")
            elif language == OTHER_LANGUAGE and not cleaned.get("language_other"):
                yield "language_other", _("Enter the language you need")
        if format and delivery and not fitting.fits(format, delivery):
            yield "delivery", MISFIT_MESSAGES.get(format, MISFIT_PHONE)
            return
        for needed in fitting.contact_needed(delivery):
            if needed == fitting.PHONE_OR_EMAIL:
                if not (cleaned.get("phone") or cleaned.get("email")):
                    yield "phone", PHONE_OR_EMAIL_MISSING
            elif not cleaned.get(needed):
                yield needed, MISSING[needed]

    def details(self):
        """Only what the delivery needs is kept: details typed for another delivery
        and then left behind are not stored."""
        data = self.cleaned_data
        delivery = data["delivery"]
        needed = set(fitting.contact_needed(delivery))
        if fitting.PHONE_OR_EMAIL in needed:
            needed |= {fitting.PHONE_NUMBER, fitting.EMAIL_ADDRESS}
        # A confirmation goes to any email address given.
        needed.add(fitting.EMAIL_ADDRESS)
        another_language = data["format"] == fitting.ANOTHER_LANGUAGE
        language = data["language"] if another_language else ""
        return {
            "format": data["format"],
            "language": language,
            "language_other": data["language_other"].strip() if language == OTHER_LANGUAGE else "",
            "delivery": delivery,
            **{
                field: data[field] if field in needed else ""
                for field in ("name", "email", "phone", "address", "postcode")
            },
            "needs": data["needs"],
        }
