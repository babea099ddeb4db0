"""The questions of the estimate, in order, and which of them a person's answers so
far make relevant. Pure: answers are the plain values kept in the session."""

from decimal import Decimal

from .charging import AgeBand, Household, Occupant, Setting

YES = "yes"
# Each question: its address, and the answers it stores.
QUESTIONS = {
    "where": ("setting",),
    "age": ("age_band",),
    "partner": ("couple",),
    "savings": ("savings",),
    "home": ("property_value",),
    "who-lives-there": ("occupant",),
    "first-weeks": ("first_twelve_weeks",),
    "income": ("state_pension", "other_pensions", "benefits", "earnings"),
    "housing-costs": ("housing_costs",),
    "disability-costs": ("disability_related_spending",),
    "extra-amounts": ("premiums", "dependent_children"),
}
AMOUNTS = (
    "savings",
    "property_value",
    "state_pension",
    "other_pensions",
    "benefits",
    "earnings",
    "housing_costs",
    "disability_related_spending",
)
CARE_HOME_ONLY = {"home", "who-lives-there", "first-weeks"}
AT_HOME_ONLY = {"housing-costs", "disability-costs", "extra-amounts"}


def questions_for(answers: dict) -> list[str]:
    """The questions that apply, given the answers so far."""
    setting = answers.get("setting")
    owns_home = Decimal(answers.get("property_value") or 0) > 0
    nobody_else = answers.get("occupant") == Occupant.NOBODY
    asked = []
    for name in QUESTIONS:
        if name in CARE_HOME_ONLY and setting != Setting.CARE_HOME:
            continue
        if name in AT_HOME_ONLY and setting != Setting.HOME:
            continue
        if name == "who-lives-there" and not owns_home:
            continue
        if name == "first-weeks" and not (owns_home and nobody_else):
            continue
        asked.append(name)
    return asked


def is_answered(name: str, answers: dict) -> bool:
    return all(field in answers for field in QUESTIONS[name])


def next_question(answers: dict) -> str | None:
    """The first question that applies and is not answered yet; None when all are."""
    return next((name for name in questions_for(answers) if not is_answered(name, answers)), None)


def previous_question(name: str, answers: dict) -> str | None:
    asked = questions_for(answers)
    if name not in asked:
        return None
    index = asked.index(name)
    return asked[index - 1] if index else None


def household_from(answers: dict) -> Household:
    """The household the answers describe (they must all be given)."""
    asked = {field for name in questions_for(answers) for field in QUESTIONS[name]}
    amounts = {
        field: Decimal(answers[field]) for field in AMOUNTS if field in asked and answers[field]
    }
    at_home_extras = "premiums" in asked
    premiums = set(answers.get("premiums", ())) if at_home_extras else set()
    return Household(
        setting=Setting(answers["setting"]),
        age_band=AgeBand(answers["age_band"]),
        couple=answers["couple"] == YES,
        occupant=Occupant(answers.get("occupant", Occupant.NOBODY)),
        first_twelve_weeks=answers.get("first_twelve_weeks") == YES,
        disability_premium="disability" in premiums,
        enhanced_disability_premium="enhanced_disability" in premiums,
        carer_premium="carer" in premiums,
        dependent_children=int(answers.get("dependent_children") or 0) if at_home_extras else 0,
        **amounts,
    )
