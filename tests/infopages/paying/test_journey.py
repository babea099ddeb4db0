from decimal import Decimal

from infopages.paying.charging import Occupant, Setting
from infopages.paying.journey import household_from, next_question, previous_question, questions_for

AT_HOME = {
    "setting": "home",
    "age_band": "pension_age",
    "couple": "no",
    "savings": "1000",
    "state_pension": "230",
    "other_pensions": "0",
    "benefits": "0",
    "earnings": "50",
    "housing_costs": "10",
    "disability_related_spending": "5",
    "premiums": ["carer"],
    "dependent_children": "0",
}


def test_care_at_home_asks_about_costs_at_home_and_never_the_home():
    assert questions_for(AT_HOME) == [
        "where",
        "age",
        "partner",
        "savings",
        "income",
        "housing-costs",
        "disability-costs",
        "extra-amounts",
    ]
    assert next_question(AT_HOME) is None


def test_a_care_home_asks_who_lives_in_the_home_only_when_there_is_one():
    answers = {"setting": "care_home", "property_value": "0"}
    assert "who-lives-there" not in questions_for(answers)
    answers["property_value"] = "150000"
    assert "who-lives-there" in questions_for(answers)
    assert "first-weeks" not in questions_for({**answers, "occupant": Occupant.PARTNER})
    assert "first-weeks" in questions_for({**answers, "occupant": Occupant.NOBODY})


def test_next_and_previous():
    assert next_question({}) == "where"
    assert next_question({"setting": "home", "age_band": "pension_age"}) == "partner"
    assert previous_question("where", {}) is None
    assert previous_question("income", AT_HOME) == "savings"


def test_household_leaves_out_answers_of_the_other_route():
    answers = {**AT_HOME, "property_value": "200000", "occupant": "nobody"}
    household = household_from(answers)
    assert household.setting == Setting.HOME
    assert household.property_value == 0
    assert household.carer_premium
    assert household.earnings == Decimal("50")
    care_home = household_from({**answers, "setting": "care_home", "first_twelve_weeks": "no"})
    assert care_home.property_value == Decimal("200000")
    assert care_home.housing_costs == 0
    assert not care_home.carer_premium
