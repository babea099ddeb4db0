"""When a format request is due: FORMAT_REQUEST_TURNAROUND_DAYS working days after it
arrived (5 unless the council sets another number). Working days are Monday to
Friday, less the bank holidays of England and Wales, substitute days included, as
the `holidays` library keeps them. A request that arrives on a weekend or a bank
holiday starts counting from the next working day, as the team does."""

from datetime import timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=8)
def bank_holidays(year):
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_working_day(day):
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def working_days_after(start, days):
    day = start
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


def is_overdue(due_on, today):
    return due_on is not None and today > due_on
