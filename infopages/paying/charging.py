"""An estimate of what a person pays each week towards their care, by the national
charging rules for England: the Care and Support (Charging and Assessment of
Resources) Regulations 2014 and Annexes B (income) and C (capital) of the Care
and Support Statutory Guidance.

Pure: the figures of the year and the household's answers come in, the outcome
and every step of the working come out, with nothing read from the database.

Left out, and said so on the result page: deprivation of assets (Annex E), the
treatment of particular kinds of capital and income a financial assessment looks
into (trusts, annuities, notional income), and a couple's joint assessment — a
person in a couple answers for their own income and their share of what they own
together, as the financial assessment treats them (Annex C: jointly owned capital
is divided equally).
"""

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

PENNY = Decimal("0.01")
ZERO = Decimal("0.00")
# Annex C: a property's value is taken less 10% where selling it would cost something.
SALE_COSTS = Decimal("0.10")


class Setting(StrEnum):
    HOME = "home"
    CARE_HOME = "care_home"


class AgeBand(StrEnum):
    AGE_18_TO_24 = "18_to_24"
    AGE_25_TO_PENSION = "25_to_pension"
    PENSION_AGE = "pension_age"


class Occupant(StrEnum):
    """Who else lives in the home a care home resident owns (Schedule 2 para 4:
    the home is disregarded while one of these lives there)."""

    NOBODY = "nobody"
    PARTNER = "partner"
    RELATIVE_60_OR_OVER = "relative_60_or_over"
    RELATIVE_INCAPACITATED = "relative_incapacitated"
    CHILD_UNDER_18 = "child_under_18"


class Outcome(StrEnum):
    FULL_COST = "full_cost"
    CONTRIBUTION = "contribution"
    COUNCIL_PAYS = "council_pays"
    FIGURES_MISSING = "figures_missing"


@dataclass(frozen=True)
class Figures:
    """The figures of one financial year. A figure the year's record does not hold
    yet is None; an estimate that needs it is never given."""

    upper_capital_limit: Decimal | None
    lower_capital_limit: Decimal | None
    tariff_step: Decimal | None = Decimal("250")
    personal_expenses_allowance: Decimal | None = None
    mig_single_18_to_24: Decimal | None = None
    mig_single_25_to_pension: Decimal | None = None
    mig_single_pension_age: Decimal | None = None
    mig_couple_18_to_pension: Decimal | None = None
    mig_couple_pension_age: Decimal | None = None
    disability_premium_single: Decimal | None = None
    disability_premium_couple: Decimal | None = None
    enhanced_disability_premium_single: Decimal | None = None
    enhanced_disability_premium_couple: Decimal | None = None
    carer_premium: Decimal | None = None
    dependent_child: Decimal | None = None
    # The council's own choices where the rules allow them.
    home_upper_capital_limit: Decimal | None = None
    disability_related_spending_limit: Decimal | None = None


@dataclass(frozen=True)
class Household:
    """The answers, weekly amounts in pounds. For a couple, the person's own income
    and their half of anything owned together."""

    setting: Setting
    age_band: AgeBand
    couple: bool = False
    savings: Decimal = ZERO
    # A care home resident's share of their home, less any mortgage on it.
    property_value: Decimal = ZERO
    occupant: Occupant = Occupant.NOBODY
    first_twelve_weeks: bool = False
    state_pension: Decimal = ZERO
    other_pensions: Decimal = ZERO
    benefits: Decimal = ZERO
    earnings: Decimal = ZERO
    housing_costs: Decimal = ZERO
    disability_related_spending: Decimal = ZERO
    disability_premium: bool = False
    enhanced_disability_premium: bool = False
    carer_premium: bool = False
    dependent_children: int = 0
    # The weekly cost of the care, when known: the contribution never exceeds it.
    cost_of_care: Decimal | None = None


@dataclass(frozen=True)
class Step:
    """One line of the working: a key the result page words in the reader's
    language, and the amounts it names, in order."""

    key: str
    amounts: tuple[Decimal, ...] = ()


@dataclass(frozen=True)
class Estimate:
    outcome: Outcome
    # Pounds a week; None for the full cost (or when figures are missing).
    weekly_contribution: Decimal | None
    steps: tuple[Step, ...]
    missing_figures: tuple[str, ...] = ()


class FiguresMissing(Exception):
    def __init__(self, names):
        super().__init__(", ".join(names))
        self.names = tuple(names)


def money(amount) -> Decimal:
    return Decimal(amount).quantize(PENNY, rounding=ROUND_HALF_UP)


def tariff_income(capital: Decimal, lower: Decimal, upper: Decimal, step: Decimal) -> Decimal:
    """Regulation 25: £1 a week for every £250, or part of £250, of capital above
    the lower limit and below the upper limit."""
    if capital <= lower:
        return ZERO
    over = min(capital, upper) - lower
    return money(math.ceil(over / step))


def estimate(household: Household, figures: Figures) -> Estimate:
    try:
        return _estimate(household, figures)
    except FiguresMissing as missing:
        return Estimate(Outcome.FIGURES_MISSING, None, (), missing.names)


def _needed(figures: Figures, *names: str) -> list[Decimal]:
    missing = [name for name in names if getattr(figures, name) is None]
    if missing:
        raise FiguresMissing(missing)
    return [getattr(figures, name) for name in names]


def _estimate(household: Household, figures: Figures) -> Estimate:
    at_home = household.setting == Setting.HOME
    lower, step = _needed(figures, "lower_capital_limit", "tariff_step")
    (upper,) = _needed(figures, "upper_capital_limit")
    steps = []
    if at_home and figures.home_upper_capital_limit is not None:
        upper = figures.home_upper_capital_limit
        steps.append(Step("council_home_upper_limit", (money(upper),)))

    capital = money(household.savings)
    steps.append(Step("savings", (capital,)))
    capital += _counted_property(household, steps)
    if capital != money(household.savings):
        steps.append(Step("capital_total", (capital,)))

    if capital >= upper:
        steps.append(Step("capital_over_upper_limit", (capital, money(upper))))
        return Estimate(Outcome.FULL_COST, None, tuple(steps))

    income_floor = _income_floor(household, figures, steps)
    income = money(household.state_pension + household.other_pensions + household.benefits)
    steps.append(Step("income_counted", (income,)))
    if household.earnings:
        steps.append(Step("earnings_disregarded", (money(household.earnings),)))

    tariff = tariff_income(capital, lower, upper, step)
    if tariff:
        steps.append(Step("tariff_income", (money(capital - lower), tariff)))
    else:
        steps.append(Step("capital_under_lower_limit", (capital, money(lower))))

    available = income + tariff - income_floor
    contribution = max(ZERO, money(available))
    steps.append(Step("weekly_contribution", (contribution,)))
    return _outcome(household, contribution, steps)


def _counted_property(household: Household, steps: list[Step]) -> Decimal:
    """Schedule 2: the main home is disregarded for care at home (para 1), while a
    partner, a relative aged 60 or over or incapacitated, or a child under 18 lives
    there (para 4), and for the first 12 weeks in a care home (para 2)."""
    if household.setting == Setting.HOME or household.property_value <= 0:
        return ZERO
    value = money(household.property_value)
    if household.occupant != Occupant.NOBODY:
        steps.append(Step(f"property_disregarded_{household.occupant}", (value,)))
        return ZERO
    if household.first_twelve_weeks:
        steps.append(Step("property_disregarded_twelve_weeks", (value,)))
        return ZERO
    counted = money(value * (1 - SALE_COSTS))
    steps.append(Step("property_counted", (value, counted)))
    return counted


def _income_floor(household: Household, figures: Figures, steps: list[Step]) -> Decimal:
    """What the person keeps: the Personal Expenses Allowance in a care home
    (regulation 6), and at home the Minimum Income Guarantee (regulation 7) plus
    housing costs and disability-related spending (Annex C, 'Treatment of income':
    costs disregarded for care at home)."""
    if household.setting == Setting.CARE_HOME:
        (allowance,) = _needed(figures, "personal_expenses_allowance")
        steps.append(Step("personal_expenses_allowance", (money(allowance),)))
        return money(allowance)

    floor = _minimum_income_guarantee(household, figures, steps)
    if household.housing_costs:
        steps.append(Step("housing_costs", (money(household.housing_costs),)))
        floor += money(household.housing_costs)
    if household.disability_related_spending:
        spending = money(household.disability_related_spending)
        limit = figures.disability_related_spending_limit
        if limit is not None and spending > limit:
            spending = money(limit)
            steps.append(Step("disability_related_spending_limited", (spending,)))
        else:
            steps.append(Step("disability_related_spending", (spending,)))
        floor += spending
    return floor


def _minimum_income_guarantee(household, figures, steps) -> Decimal:
    couple = household.couple
    base_name = {
        (False, AgeBand.AGE_18_TO_24): "mig_single_18_to_24",
        (False, AgeBand.AGE_25_TO_PENSION): "mig_single_25_to_pension",
        (False, AgeBand.PENSION_AGE): "mig_single_pension_age",
        (True, AgeBand.AGE_18_TO_24): "mig_couple_18_to_pension",
        (True, AgeBand.AGE_25_TO_PENSION): "mig_couple_18_to_pension",
        (True, AgeBand.PENSION_AGE): "mig_couple_pension_age",
    }[couple, household.age_band]
    names = [base_name]
    suffix = "couple" if couple else "single"
    if household.disability_premium and household.age_band != AgeBand.PENSION_AGE:
        # The disability premium is for people under Pension Credit age (regulation 7).
        names.append(f"disability_premium_{suffix}")
    if household.enhanced_disability_premium:
        names.append(f"enhanced_disability_premium_{suffix}")
    if household.carer_premium:
        names.append("carer_premium")
    amounts = _needed(figures, *names)
    total = money(sum(amounts, ZERO))
    if household.dependent_children:
        (child,) = _needed(figures, "dependent_child")
        total += money(child * household.dependent_children)
    steps.append(Step("minimum_income_guarantee", (total,)))
    return total


def _outcome(household: Household, contribution: Decimal, steps: list[Step]) -> Estimate:
    cost = household.cost_of_care
    if cost is not None and contribution >= cost:
        steps.append(Step("contribution_reaches_cost", (money(cost),)))
        return Estimate(Outcome.FULL_COST, money(cost), tuple(steps))
    if contribution == 0:
        return Estimate(Outcome.COUNCIL_PAYS, ZERO, tuple(steps))
    return Estimate(Outcome.CONTRIBUTION, contribution, tuple(steps))
