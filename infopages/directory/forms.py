"""The resident's search of the directory, and "Is something wrong on this page?"."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

from .models import DAYS, AccessibilityFeature, Suggestion
from .places import metres
from .search import Criteria, find_postcode

MAX_KEYWORDS = 200
DISTANCES_MILES = [1, 3, 5, 10, 20]
DEFAULT_MILES = 5
TOO_LONG = _("Enter %(limit_value)d characters or fewer")


def spoken_languages():
    """The community languages the site is written in, each named in its own words."""
    return [
        (code, info["name_local"])
        for code, info in LANGUAGE_INFO.items()
        if code != SOURCE_LANGUAGE
    ]


class DirectorySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Keywords"),
        required=False,
        max_length=MAX_KEYWORDS,
        error_messages={"max_length": TOO_LONG},
        help_text=_("For example: carers, dementia, lunch club"),
    )
    support = forms.MultipleChoiceField(
        label=_("Kind of support"), required=False, widget=forms.CheckboxSelectMultiple
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        required=False,
        max_length=20,
        error_messages={"max_length": TOO_LONG},
        help_text=_("To see the nearest first, for example CV1 5RR"),
    )
    distance = forms.TypedChoiceField(
        label=_("Distance"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_MILES,
        choices=[],
        error_messages={"invalid_choice": _("Choose a distance from the list")},
    )
    day = forms.ChoiceField(
        label=_("Open on"),
        required=False,
        choices=[("", _("Any day")), *DAYS],
        error_messages={"invalid_choice": _("Choose a day from the list")},
    )
    free = forms.BooleanField(label=_("Free of charge only"), required=False)
    language = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=spoken_languages,
    )
    access = forms.MultipleChoiceField(
        label=_("Accessibility"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=AccessibilityFeature.choices,
    )

    def __init__(self, *args, terms=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["support"].choices = list(terms)
        self.fields["distance"].choices = [
            (
                miles,
                ngettext("Within %(miles)d mile", "Within %(miles)d miles", miles)
                % {"miles": miles},
            )
            for miles in DISTANCES_MILES
        ]
        self.fields["support"].error_messages["invalid_choice"] = _(
            "Choose kinds of support from the list"
        )
        for name in ("language", "access"):
            self.fields[name].error_messages["invalid_choice"] = _("Choose from the list")
        self.place = None

    def clean_q(self):
        # A NUL character cannot be stored or searched for; nothing else is refused.
        return self.cleaned_data["q"].replace("\x00", "").strip()

    def clean_postcode(self):
        typed = self.cleaned_data["postcode"].strip()
        if not typed:
            return ""
        postcode, self.place = find_postcode(typed)
        if postcode is None:
            raise forms.ValidationError(_("Enter a full UK postcode, like CV1 5RR"))
        if self.place is None:
            raise forms.ValidationError(
                _(
                    "We could not find %(postcode)s in the area this directory covers. "
                    "Check the postcode, or search without one."
                ),
                params={"postcode": postcode},
            )
        return postcode

    def criteria(self):
        data = self.cleaned_data
        criteria = Criteria(
            keyword=data["q"],
            term_keys=data["support"],
            day=data["day"],
            free=data["free"],
            languages=data["language"],
            accessibility=data["access"],
        )
        if self.place is not None:
            criteria.latitude = self.place.latitude
            criteria.longitude = self.place.longitude
            criteria.radius_metres = metres(data["distance"])
        return criteria


class SuggestionForm(forms.ModelForm):
    class Meta:
        model = Suggestion
        fields = ["text"]
        labels = {"text": _("What is wrong?")}
        help_texts = {
            "text": _(
                "For example: a new phone number, or it has moved. Do not include your name or "
                "any other personal details."
            )
        }
        error_messages = {
            "text": {
                "required": _("Tell us what is wrong on this page"),
                "max_length": TOO_LONG,
            }
        }
