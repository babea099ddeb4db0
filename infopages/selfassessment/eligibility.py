"""What a resident's answers suggest, by the Care and Support (Eligibility Criteria)
Regulations 2015, regulation 2: needs are eligible when the person cannot achieve two
or more of the ten outcomes and, as a result, there is or is likely to be a
significant impact on their wellbeing.

This is never a decision: only a needs assessment decides, and anyone may ask for one
whatever their answers. This module imports nothing from Django."""

from dataclasses import dataclass
from enum import StrEnum

# Regulation 2(2), in the regulation's order.
OUTCOMES = (
    "nutrition",
    "hygiene",
    "toilet",
    "clothing",
    "home_safety",
    "habitable_home",
    "relationships",
    "work_education",
    "community",
    "caring_for_child",
)
OUTCOMES_NEEDED = 2


class Suggestion(StrEnum):
    """The wording key of the result."""

    MAY_BE_ELIGIBLE = "may_be_eligible"
    OTHER_HELP = "other_help"


@dataclass(frozen=True)
class Assessment:
    suggestion: Suggestion
    outcomes_not_achieved: int
    wellbeing_affected: bool

    @property
    def suggests_eligibility(self):
        return self.suggestion is Suggestion.MAY_BE_ELIGIBLE


def assess(outcomes_not_achieved, wellbeing_affected):
    """`outcomes_not_achieved`: the outcomes (codes from OUTCOMES) that the answers say
    the person cannot achieve, each counted once however many answers name it."""
    unknown = set(outcomes_not_achieved) - set(OUTCOMES)
    if unknown:
        raise ValueError(f"Not an outcome of the regulations: {sorted(unknown)}")
    count = len(set(outcomes_not_achieved))
    eligible = count >= OUTCOMES_NEEDED and wellbeing_affected
    return Assessment(
        Suggestion.MAY_BE_ELIGIBLE if eligible else Suggestion.OTHER_HELP,
        count,
        bool(wellbeing_affected),
    )
