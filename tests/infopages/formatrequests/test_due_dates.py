"""Due dates in working days: weekends and the bank holidays of England and Wales
(substitute days too) are skipped."""

from datetime import date

import pytest
from django.test import override_settings
from django.utils import timezone

from infopages.formatrequests.due_dates import is_overdue, is_working_day, working_days_after
from infopages.formatrequests.models import due_date


def test_five_working_days_over_a_weekend():
    # Wednesday 4 March 2026: Thursday, Friday, Monday, Tuesday, Wednesday.
    assert working_days_after(date(2026, 3, 4), 5) == date(2026, 3, 11)


def test_a_request_sent_at_the_weekend_counts_from_monday():
    assert working_days_after(date(2026, 3, 7), 5) == date(2026, 3, 13)


def test_christmas_and_the_substitute_boxing_day_are_skipped():
    # Boxing Day 2026 is a Saturday: Monday 28 December is its substitute.
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 28))
    # Thursday 24 December 2026: 29, 30, 31 December, then New Year's Day is skipped.
    assert working_days_after(date(2026, 12, 24), 5) == date(2027, 1, 5)


def test_easter_monday_is_skipped():
    # Good Friday 3 April and Easter Monday 6 April 2026.
    assert working_days_after(date(2026, 4, 2), 1) == date(2026, 4, 7)


@pytest.mark.parametrize("days, due", [(1, date(2026, 3, 5)), (10, date(2026, 3, 18))])
def test_the_turnaround_is_the_councils_to_set(days, due):
    received = timezone.make_aware(timezone.datetime(2026, 3, 4, 16, 0))
    with override_settings(FORMAT_REQUEST_TURNAROUND_DAYS=days):
        assert due_date(received) == due


def test_overdue_only_after_the_due_day():
    assert not is_overdue(date(2026, 3, 11), date(2026, 3, 11))
    assert is_overdue(date(2026, 3, 11), date(2026, 3, 12))
    assert not is_overdue(None, date(2026, 3, 12))
