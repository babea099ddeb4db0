from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        help_text=_("The 6-digit code from your authenticator app, or one of your recovery codes"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
        error_messages={"required": _("Enter the code")},
    )

    def clean_code(self):
        # People copy codes with the spaces and hyphens apps put in to make them readable.
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()

    def refuse(self):
        self.add_error("code", _("That code is not right, or has been used. Try again."))
