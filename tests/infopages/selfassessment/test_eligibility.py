import pytest

from infopages.selfassessment.eligibility import OUTCOMES, Suggestion, assess


@pytest.mark.parametrize(
    ("outcomes", "wellbeing", "expected"),
    [
        (set(), True, Suggestion.OTHER_HELP),
        ({"nutrition"}, True, Suggestion.OTHER_HELP),
        ({"nutrition", "hygiene"}, True, Suggestion.MAY_BE_ELIGIBLE),
        ({"nutrition", "hygiene", "community"}, True, Suggestion.MAY_BE_ELIGIBLE),
        (set(OUTCOMES), True, Suggestion.MAY_BE_ELIGIBLE),
        ({"nutrition", "hygiene"}, False, Suggestion.OTHER_HELP),
        (set(OUTCOMES), False, Suggestion.OTHER_HELP),
    ],
    ids=["none", "below", "at", "above", "all", "at-no-wellbeing", "all-no-wellbeing"],
)
def test_two_outcomes_and_wellbeing_suggest_eligibility(outcomes, wellbeing, expected):
    assessment = assess(outcomes, wellbeing)
    assert assessment.suggestion is expected
    assert assessment.suggests_eligibility == (expected is Suggestion.MAY_BE_ELIGIBLE)


def test_an_outcome_named_by_several_answers_counts_once():
    assessment = assess(["nutrition", "nutrition"], True)
    assert assessment.outcomes_not_achieved == 1
    assert assessment.suggestion is Suggestion.OTHER_HELP


def test_the_regulations_ten_outcomes():
    assert len(OUTCOMES) == 10
    assert len(set(OUTCOMES)) == 10


def test_an_outcome_not_in_the_regulations_is_refused():
    with pytest.raises(ValueError, match="housing"):
        assess({"housing"}, True)
