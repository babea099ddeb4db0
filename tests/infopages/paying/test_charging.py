"""The charging calculation alone. Worked examples follow the rules they name (the
Care and Support (Charging and Assessment of Resources) Regulations 2014, "the
Regulations", and the statutory guidance's Annex B, income, and Annex C, capital),
with the 2025/26 capital limits and Personal Expenses Allowance."""

from dataclasses import replace
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from infopages.paying.charging import (
    AgeBand,
    Figures,
    Household,
    Occupant,
    Outcome,
    Setting,
    Step,
    estimate,
    tariff_income,
)

FIGURES = Figures(
    upper_capital_limit=D("23250"),
    lower_capital_limit=D("14250"),
    tariff_step=D("250"),
    personal_expenses_allowance=D("30.65"),
    mig_single_18_to_24=D("89.15"),
    mig_single_25_to_pension=D("112.50"),
    mig_single_pension_age=D("230.00"),
    mig_couple_18_to_pension=D("88.00"),
    mig_couple_pension_age=D("175.00"),
    disability_premium_single=D("49.65"),
    disability_premium_couple=D("35.00"),
    enhanced_disability_premium_single=D("24.25"),
    enhanced_disability_premium_couple=D("17.40"),
    carer_premium=D("52.00"),
    dependent_child=D("100.00"),
)
CARE_HOME = Household(
    setting=Setting.CARE_HOME,
    age_band=AgeBand.PENSION_AGE,
    state_pension=D("230.00"),
    other_pensions=D("20.00"),
)
AT_HOME = Household(setting=Setting.HOME, age_band=AgeBand.AGE_25_TO_PENSION)


def keys(result):
    return [step.key for step in result.steps]


class TestTariffIncome:
    def test_one_pound_for_every_250_between_the_limits(self):
        # Regulation 25; Annex C, "Tariff income": £20,000 is £5,750 over the lower
        # limit, 23 steps of £250.
        assert tariff_income(D("20000"), D("14250"), D("23250"), D("250")) == D("23.00")

    def test_part_of_250_counts_as_a_whole_pound(self):
        # Regulation 25: "or part of £250".
        assert tariff_income(D("14250.01"), D("14250"), D("23250"), D("250")) == D("1.00")
        assert tariff_income(D("14500.01"), D("14250"), D("23250"), D("250")) == D("2.00")

    def test_nothing_at_or_below_the_lower_limit(self):
        assert tariff_income(D("14250"), D("14250"), D("23250"), D("250")) == 0


class TestCareHome:
    def test_income_and_tariff_less_the_personal_expenses_allowance(self):
        # Regulation 6 (the Personal Expenses Allowance) and regulation 25 (tariff);
        # Annex B, "Personal Expenses Allowance": £250 income + £23 tariff - £30.65.
        result = estimate(replace(CARE_HOME, savings=D("20000")), FIGURES)
        assert result.outcome == Outcome.CONTRIBUTION
        assert result.weekly_contribution == D("242.35")
        assert Step("tariff_income", (D("5750.00"), D("23.00"))) in result.steps
        assert Step("personal_expenses_allowance", (D("30.65"),)) in result.steps

    def test_capital_at_the_upper_limit_pays_the_full_cost(self):
        # Regulation 12 (upper capital limit): £23,250 and above.
        result = estimate(replace(CARE_HOME, savings=D("23250")), FIGURES)
        assert result.outcome == Outcome.FULL_COST
        assert result.weekly_contribution is None

    def test_home_counts_less_ten_percent_for_the_costs_of_selling(self):
        # Annex C, "Valuing capital" (less 10% for the expenses of sale) and
        # Schedule 2 of the Regulations: nobody who protects the home lives there.
        result = estimate(replace(CARE_HOME, property_value=D("150000")), FIGURES)
        assert result.outcome == Outcome.FULL_COST
        assert Step("property_counted", (D("150000.00"), D("135000.00"))) in result.steps

    def test_home_left_out_while_a_partner_or_relative_lives_there(self):
        # Schedule 2, paragraph 4 of the Regulations; Annex C, "Property disregards"
        # (mandatory disregards: partner, relative aged 60 or over or
        # incapacitated, child under 18).
        for occupant in (
            Occupant.PARTNER,
            Occupant.RELATIVE_60_OR_OVER,
            Occupant.RELATIVE_INCAPACITATED,
            Occupant.CHILD_UNDER_18,
        ):
            household = replace(CARE_HOME, property_value=D("200000"), occupant=occupant)
            result = estimate(household, FIGURES)
            assert result.outcome == Outcome.CONTRIBUTION
            assert result.weekly_contribution == D("219.35")
            assert f"property_disregarded_{occupant}" in keys(result)

    def test_home_left_out_for_the_first_twelve_weeks(self):
        # Schedule 2, paragraph 2 of the Regulations; Annex C, "12-week property
        # disregard" on first permanent admission.
        household = replace(CARE_HOME, property_value=D("200000"), first_twelve_weeks=True)
        result = estimate(household, FIGURES)
        assert result.weekly_contribution == D("219.35")
        assert "property_disregarded_twelve_weeks" in keys(result)

    def test_earnings_are_disregarded(self):
        # Schedule 1, paragraph 1 of the Regulations; Annex B, "Earned income".
        result = estimate(replace(CARE_HOME, earnings=D("100")), FIGURES)
        assert result.weekly_contribution == D("219.35")
        assert Step("earnings_disregarded", (D("100.00"),)) in result.steps

    def test_income_below_the_allowance_leaves_the_council_to_pay(self):
        result = estimate(replace(CARE_HOME, state_pension=D("30"), other_pensions=0), FIGURES)
        assert result.outcome == Outcome.COUNCIL_PAYS
        assert result.weekly_contribution == 0

    def test_never_more_than_the_cost_of_the_care(self):
        result = estimate(replace(CARE_HOME, cost_of_care=D("150")), FIGURES)
        assert result.outcome == Outcome.FULL_COST
        assert result.weekly_contribution == D("150.00")


class TestAtHome:
    def test_income_less_the_guarantee_housing_and_disability_spending(self):
        # Regulation 7 (Minimum Income Guarantee, with the disability premium);
        # Annex C, "Treatment of income": housing costs and disability-related
        # expenditure disregarded. £200 - (£112.50 + £49.65) - £10 - £20 = £7.85.
        household = replace(
            AT_HOME,
            benefits=D("200"),
            disability_premium=True,
            housing_costs=D("10"),
            disability_related_spending=D("20"),
        )
        result = estimate(household, FIGURES)
        assert result.outcome == Outcome.CONTRIBUTION
        assert result.weekly_contribution == D("7.85")
        assert Step("minimum_income_guarantee", (D("162.15"),)) in result.steps

    def test_the_home_is_never_counted_for_care_at_home(self):
        # Schedule 2, paragraph 1 of the Regulations.
        result = estimate(replace(AT_HOME, property_value=D("500000")), FIGURES)
        assert result.outcome == Outcome.COUNCIL_PAYS

    def test_savings_over_the_upper_limit(self):
        result = estimate(replace(AT_HOME, savings=D("30000")), FIGURES)
        assert result.outcome == Outcome.FULL_COST

    def test_a_higher_limit_the_council_chose_for_care_at_home(self):
        # Regulation 12 lets the council set a higher upper limit for care at home.
        figures = replace(FIGURES, home_upper_capital_limit=D("30000"))
        result = estimate(replace(AT_HOME, savings=D("25000"), benefits=D("112.50")), figures)
        assert result.outcome == Outcome.CONTRIBUTION
        assert result.weekly_contribution == D("43.00")

    def test_disability_related_spending_up_to_the_council_limit(self):
        figures = replace(FIGURES, disability_related_spending_limit=D("25"))
        household = replace(AT_HOME, benefits=D("200"), disability_related_spending=D("40"))
        result = estimate(household, figures)
        assert result.weekly_contribution == D("62.50")
        assert "disability_related_spending_limited" in keys(result)

    def test_couple_premiums_and_children(self):
        household = replace(
            AT_HOME,
            couple=True,
            enhanced_disability_premium=True,
            carer_premium=True,
            dependent_children=2,
            benefits=D("400"),
        )
        result = estimate(household, FIGURES)
        # £88 + £17.40 + £52 + 2 x £100 = £357.40
        assert Step("minimum_income_guarantee", (D("357.40"),)) in result.steps
        assert result.weekly_contribution == D("42.60")


class TestMissingFigures:
    def test_no_estimate_without_the_figures_it_needs(self):
        figures = replace(FIGURES, mig_single_pension_age=None)
        household = replace(AT_HOME, age_band=AgeBand.PENSION_AGE)
        result = estimate(household, figures)
        assert result.outcome == Outcome.FIGURES_MISSING
        assert result.missing_figures == ("mig_single_pension_age",)
        assert result.weekly_contribution is None

    def test_other_routes_still_answer(self):
        figures = replace(FIGURES, mig_single_pension_age=None)
        assert estimate(CARE_HOME, figures).outcome == Outcome.CONTRIBUTION


amounts = st.decimals(min_value=0, max_value=2000, places=2)
capital = st.decimals(min_value=0, max_value=100000, places=2)
households = st.builds(
    Household,
    setting=st.sampled_from(Setting),
    age_band=st.sampled_from(AgeBand),
    couple=st.booleans(),
    savings=capital,
    property_value=capital,
    occupant=st.sampled_from(Occupant),
    first_twelve_weeks=st.booleans(),
    state_pension=amounts,
    other_pensions=amounts,
    benefits=amounts,
    earnings=amounts,
    housing_costs=amounts,
    disability_related_spending=amounts,
    disability_premium=st.booleans(),
    enhanced_disability_premium=st.booleans(),
    carer_premium=st.booleans(),
    dependent_children=st.integers(0, 4),
    cost_of_care=st.none() | st.decimals(min_value=1, max_value=3000, places=2),
)


def rank(result):
    """Contributions in order, the full cost above any amount."""
    if result.outcome == Outcome.FULL_COST:
        return D("Infinity")
    return result.weekly_contribution


@given(households, capital)
def test_more_capital_never_lowers_the_contribution(household, more):
    richer = replace(household, savings=household.savings + more)
    assert rank(estimate(richer, FIGURES)) >= rank(estimate(household, FIGURES))


@given(households, st.decimals(min_value=23250, max_value=10**8, places=2))
def test_capital_at_or_above_the_upper_limit_pays_the_full_cost(household, savings):
    result = estimate(replace(household, savings=savings), FIGURES)
    assert result.outcome == Outcome.FULL_COST


@given(households)
def test_income_within_the_guarantee_gives_no_contribution_at_home(household):
    household = replace(household, setting=Setting.HOME, savings=D("14250"), benefits=0)
    guarantee = next(
        step.amounts[0]
        for step in estimate(household, FIGURES).steps
        if step.key == "minimum_income_guarantee"
    )
    share = guarantee / 3
    within = replace(household, state_pension=share, other_pensions=share, benefits=share)
    assert estimate(within, FIGURES).weekly_contribution == 0


@given(households)
def test_never_negative_nor_above_the_cost_of_care(household):
    result = estimate(household, FIGURES)
    if result.weekly_contribution is not None:
        assert result.weekly_contribution >= 0
        if household.cost_of_care is not None:
            assert result.weekly_contribution <= household.cost_of_care
