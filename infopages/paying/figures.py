"""The figures a year's record holds, named as the calculation names them."""

from dataclasses import fields

from django.utils.translation import gettext_lazy as _

from .charging import Figures

FIGURE_LABELS = {
    "upper_capital_limit": _("Upper capital limit (£)"),
    "lower_capital_limit": _("Lower capital limit (£)"),
    "tariff_step": _("Tariff income: £1 a week for every (£)"),
    "personal_expenses_allowance": _("Personal Expenses Allowance, care homes (£ a week)"),
    "mig_single_18_to_24": _("Minimum Income Guarantee: single, 18 to 24 (£ a week)"),
    "mig_single_25_to_pension": _(
        "Minimum Income Guarantee: single, 25 to Pension Credit age (£ a week)"
    ),
    "mig_single_pension_age": _(
        "Minimum Income Guarantee: single, Pension Credit age or over (£ a week)"
    ),
    "mig_couple_18_to_pension": _(
        "Minimum Income Guarantee: each of a couple, 18 to Pension Credit age (£ a week)"
    ),
    "mig_couple_pension_age": _(
        "Minimum Income Guarantee: each of a couple, Pension Credit age or over (£ a week)"
    ),
    "disability_premium_single": _("Disability premium, single (£ a week)"),
    "disability_premium_couple": _("Disability premium, each of a couple (£ a week)"),
    "enhanced_disability_premium_single": _("Enhanced disability premium, single (£ a week)"),
    "enhanced_disability_premium_couple": _(
        "Enhanced disability premium, each of a couple (£ a week)"
    ),
    "carer_premium": _("Carer premium (£ a week)"),
    "dependent_child": _("Each dependent child (£ a week)"),
    "home_upper_capital_limit": _("The council's upper capital limit for care at home (£)"),
    "disability_related_spending_limit": _(
        "The council's limit on disability-related spending disregarded (£ a week)"
    ),
}
FIGURE_NAMES = tuple(field.name for field in fields(Figures))
COUNCIL_CHOICES = ("home_upper_capital_limit", "disability_related_spending_limit")
