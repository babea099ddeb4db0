from django import forms
from django.utils.translation import gettext_lazy as _

from .amounts import AmountError, parse_amount
from .charging import AgeBand, Occupant, Setting
from .journey import YES


class AmountField(forms.CharField):
    """Pounds as readers type them (see amounts.parse_amount); what was typed stays
    in the box when it is refused."""

    default_error_messages = {
        "required": _("Enter an amount in pounds, or 0 if none"),
        AmountError.NOT_A_NUMBER: _("Enter an amount in pounds and pence, like 150 or 150.50"),
        AmountError.NEGATIVE: _("Enter an amount that is 0 or more"),
        AmountError.TOO_LARGE: _("Enter an amount of £100,000,000 or less"),
    }

    def __init__(self, **kwargs):
        kwargs.pop("max_digits", None)
        kwargs.pop("decimal_places", None)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_amount(value)
        except AmountError as refused:
            raise forms.ValidationError(
                self.error_messages[refused.code], code=refused.code
            ) from refused


NO = "no"
YES_NO = [(YES, _("Yes")), (NO, _("No"))]


def radios(label, choices, required_message):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
    )


def amount(label, required_message=None):
    field = AmountField(label=label)
    if required_message:
        field.error_messages = {**field.error_messages, "required": required_message}
    return field


class WhereForm(forms.Form):
    setting = radios(
        _("Where will you get care?"),
        [
            (Setting.HOME, _("At home or in the community")),
            (Setting.CARE_HOME, _("In a care home")),
        ],
        _("Select where you will get care"),
    )


class AgeForm(forms.Form):
    age_band = radios(
        _("How old are you?"),
        [
            (AgeBand.AGE_18_TO_24, _("18 to 24")),
            (AgeBand.AGE_25_TO_PENSION, _("25 or over, but under Pension Credit age")),
            (AgeBand.PENSION_AGE, _("Pension Credit age or over")),
        ],
        _("Select your age"),
    )


class PartnerForm(forms.Form):
    couple = radios(_("Do you have a partner?"), YES_NO, _("Select yes if you have a partner"))


class SavingsForm(forms.Form):
    savings = amount(_("How much do you have in savings and investments?"))


class HomeForm(forms.Form):
    property_value = amount(_("How much is your share of your home worth?"))


class WhoLivesThereForm(forms.Form):
    occupant = radios(
        _("Who else will live in your home?"),
        [
            (Occupant.PARTNER, _("My partner")),
            (Occupant.RELATIVE_60_OR_OVER, _("A relative aged 60 or over")),
            (Occupant.RELATIVE_INCAPACITATED, _("A relative who is ill or disabled")),
            (Occupant.CHILD_UNDER_18, _("A child under 18 whom I look after")),
            (Occupant.NOBODY, _("None of these")),
        ],
        _("Select who else will live in your home"),
    )


class FirstWeeksForm(forms.Form):
    first_twelve_weeks = radios(
        _("Is this your first 12 weeks living permanently in a care home?"),
        YES_NO,
        _("Select yes if this is your first 12 weeks in a care home"),
    )


class IncomeForm(forms.Form):
    state_pension = amount(_("State Pension, a week"))
    other_pensions = amount(_("Other pensions, a week"))
    benefits = amount(_("Benefits, a week"))
    earnings = amount(_("Earnings from work, a week"))

    heading = _("What is your weekly income?")


class HousingCostsForm(forms.Form):
    housing_costs = amount(_("How much do you pay for your home each week?"))


class DisabilityCostsForm(forms.Form):
    disability_related_spending = amount(
        _("How much do you spend each week because of a disability or illness?")
    )


class ExtraAmountsForm(forms.Form):
    premiums = forms.MultipleChoiceField(
        label=_("Do any of these apply to you?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[
            ("disability", _("I get a disability benefit, such as Personal Independence Payment")),
            (
                "enhanced_disability",
                _(
                    "I get the highest rate of the daily living or care part of a "
                    "disability benefit"
                ),
            ),
            ("carer", _("I get Carer's Allowance")),
        ],
    )
    dependent_children = forms.IntegerField(
        label=_("How many children under 16 live with you and depend on you?"),
        min_value=0,
        max_value=20,
        error_messages={
            "required": _("Enter the number of children, or 0 if none"),
            "invalid": _("Enter the number of children as a whole number, like 0 or 2"),
            "min_value": _("Enter the number of children, or 0 if none"),
            "max_value": _("Enter a number of children of 20 or fewer"),
        },
    )


FORMS = {
    "where": WhereForm,
    "age": AgeForm,
    "partner": PartnerForm,
    "savings": SavingsForm,
    "home": HomeForm,
    "who-lives-there": WhoLivesThereForm,
    "first-weeks": FirstWeeksForm,
    "income": IncomeForm,
    "housing-costs": HousingCostsForm,
    "disability-costs": DisabilityCostsForm,
    "extra-amounts": ExtraAmountsForm,
}
