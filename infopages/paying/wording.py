"""The steps of an estimate in plain words, in the reader's language, with amounts
in pounds written with the reader's number formatting."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

STEPS = {
    "council_home_upper_limit": _(
        "For care at home, the council lets you keep up to %(0)s in savings before you pay "
        "the full cost."
    ),
    "savings": _("Your savings and investments: %(0)s."),
    "property_counted": _(
        "Your home is worth %(0)s. Less 10%% for the costs of selling it, %(1)s is counted."
    ),
    "property_disregarded_partner": _(
        "Your home (%(0)s) is left out because your partner lives there."
    ),
    "property_disregarded_relative_60_or_over": _(
        "Your home (%(0)s) is left out because a relative aged 60 or over lives there."
    ),
    "property_disregarded_relative_incapacitated": _(
        "Your home (%(0)s) is left out because a relative who is ill or disabled lives there."
    ),
    "property_disregarded_child_under_18": _(
        "Your home (%(0)s) is left out because a child under 18 whom you look after lives there."
    ),
    "property_disregarded_twelve_weeks": _(
        "Your home (%(0)s) is left out for your first 12 weeks in a care home. After that "
        "it may be counted, and you may be able to defer paying."
    ),
    "capital_total": _("Everything counted together: %(0)s."),
    "capital_over_upper_limit": _(
        "%(0)s is at or over the limit of %(1)s, so you pay the full cost of your care."
    ),
    "income_counted": _("Your weekly income from pensions and benefits: %(0)s."),
    "earnings_disregarded": _("Your earnings (%(0)s a week) are not counted."),
    "tariff_income": _(
        "Your savings over the lower limit (%(0)s) add %(1)s a week: £1 for every £250."
    ),
    "capital_under_lower_limit": _(
        "%(0)s is not more than the lower limit of %(1)s, so your savings add nothing."
    ),
    "personal_expenses_allowance": _(
        "You keep %(0)s a week for personal expenses (the Personal Expenses Allowance)."
    ),
    "minimum_income_guarantee": _(
        "You keep at least %(0)s a week to live on (the Minimum Income Guarantee)."
    ),
    "housing_costs": _("You also keep %(0)s a week for your housing costs."),
    "disability_related_spending": _(
        "You also keep %(0)s a week for costs because of a disability or illness."
    ),
    "disability_related_spending_limited": _(
        "You also keep up to %(0)s a week, the council's limit, for costs because of a "
        "disability or illness."
    ),
    "weekly_contribution": _("What is left is %(0)s a week."),
    "contribution_reaches_cost": _("That is as much as your care costs, %(0)s a week."),
}


def money(amount: Decimal) -> str:
    """Pounds in the active language's number formatting: £23,250 or £30.65, kept
    left to right (isolated) so that £0.50 does not read 0.50£ in Arabic or Urdu."""
    places = 0 if amount == amount.to_integral_value() else 2
    number = number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True)
    return f"\u2066£{number}\u2069"


def step_in_words(step) -> str:
    return STEPS[step.key] % {str(i): money(amount) for i, amount in enumerate(step.amounts)}
