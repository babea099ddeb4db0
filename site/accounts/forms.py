from django import forms
from django.utils.translation import gettext_lazy as _

WRONG_CODE = _("That code is not right, or has been used. Try again.")


def code_field(label, help_text, **attrs):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", **attrs}),
        error_messages={"required": _("Enter the code")},
    )


def without_separators(code):
    # People copy codes with the spaces and hyphens apps put in to make them readable.
    return "".join(code.split()).replace("-", "").lower()


class CodeForm(forms.Form):
    code = code_field(
        _("Code"),
        _("The 6-digit code from your authenticator app, or one of your recovery codes"),
        autofocus=True,
    )

    def clean_code(self):
        return without_separators(self.cleaned_data["code"])

    def refuse(self):
        self.add_error("code", WRONG_CODE)


class CurrentCodeForm(forms.Form):
    """A change to the second factor of a signed-in account asks for the current
    one again, as a bank does: an open session alone is not enough."""

    current_code = code_field(
        _("Code from your current authenticator app, or a recovery code"),
        _("This shows it is you making the change"),
        autofocus=True,
    )

    def clean_current_code(self):
        return without_separators(self.cleaned_data["current_code"])

    def refuse_current_code(self):
        self.add_error("current_code", WRONG_CODE)


class ReplaceAuthenticatorForm(CurrentCodeForm, CodeForm):
    code = code_field(_("Code from the new app"), _("The 6-digit code the new app shows"))
    # The new app's code follows the steps for the new app; proof of the old one comes last.
    field_order = ["code", "current_code"]
