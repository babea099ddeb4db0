import unicodedata

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from council_site.core.forms import ErrorSummaryMixin

REVIEW_INTERVAL = relativedelta(months=12)

SEARCH_QUERY_MAX_LENGTH = 200


def search_words(text):
    """Letters, marks and digits of any script; punctuation and symbols become spaces.

    Search engines give punctuation meanings of their own (SQLite's full-text
    search fails on a stray quote or semicolon), and residents never mean them."""
    kept = [
        char if unicodedata.category(char)[0] in "LMN" else " "
        for char in unicodedata.normalize("NFC", text)
    ]
    return " ".join("".join(kept).split())


class SearchForm(ErrorSummaryMixin, forms.Form):
    error_anchors = {"q": "search-q"}

    q = forms.CharField(
        label=_("Search this site"),
        max_length=SEARCH_QUERY_MAX_LENGTH,
        strip=True,
        error_messages={
            "required": _("Enter a word or words to search for"),
            "max_length": _("Search words must be %(limit_value)d characters or fewer"),
        },
    )

    def clean_q(self):
        words = search_words(self.cleaned_data["q"])
        if not words:
            raise forms.ValidationError(self.fields["q"].error_messages["required"])
        return words


class InformationPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Information is reviewed every year unless the editor chooses another date.
        if "next_review_due" in self.fields and not cleaned_data.get("next_review_due"):
            cleaned_data["next_review_due"] = timezone.localdate() + REVIEW_INTERVAL
        return cleaned_data
