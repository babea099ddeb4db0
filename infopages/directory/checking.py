"""When a service's details are due to be checked again."""

import datetime

CHECK_EVERY_MONTHS = 12


def checked_too_long_ago(today):
    """The earliest "last checked" date that is still recent enough on this day."""
    year = today.year - CHECK_EVERY_MONTHS // 12
    try:
        return today.replace(year=year)
    except ValueError:  # 29 February, in a year without one
        return datetime.date(year, 2, 28)
