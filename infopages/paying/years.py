"""Which year's charging figures are in force on a day, and when the finance team is
warned that next April's are missing. Pure: the years come in as plain values."""

from dataclasses import dataclass
from datetime import date

# The financial year starts on 1 April; the figures of a year may take effect a few
# days later (with the benefit uprating), when the year before still applies.
APRIL = 4
# The warning starts on 1 March, a month before the new year's figures are needed.
WARNING_MONTH = 3


@dataclass(frozen=True)
class YearOnRecord:
    start_year: int
    effective_from: date
    approved: bool


def financial_year(day: date) -> int:
    """The calendar year in which the financial year holding `day` began."""
    return day.year if day.month >= APRIL else day.year - 1


def year_in_force(years, day: date) -> int | None:
    """The approved year whose figures apply on `day`, or None when the current
    financial year has no approved figures yet (the tool then gives no estimate).
    Before the current year's date of effect, last year's figures still apply."""
    approved = {year.start_year: year for year in years if year.approved}
    current = approved.get(financial_year(day))
    if current is None:
        return None
    if current.effective_from <= day:
        return current.start_year
    earlier = approved.get(current.start_year - 1)
    return earlier.start_year if earlier else None


def missing_year_warning(years, today: date) -> int | None:
    """The start year whose approved figures are missing and should be entered now:
    this financial year's at any time, or from March next April's."""
    approved = {year.start_year for year in years if year.approved}
    this_year = financial_year(today)
    if this_year not in approved:
        return this_year
    if today.month == WARNING_MONTH and this_year + 1 not in approved:
        return this_year + 1
    return None


def may_approve(changed_by_id: int | None, approver_id: int) -> bool:
    """Four eyes: the person who last entered or changed the figures never approves
    them."""
    return changed_by_id is not None and changed_by_id != approver_id
