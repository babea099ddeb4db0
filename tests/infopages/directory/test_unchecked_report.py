"""The directory team's report of services nobody has checked for a year."""

import csv
import datetime
import io
import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from infopages.directory.models import ServiceStatus
from tests.factories import OrganizationFactory, ServiceFactory, UserFactory, is_refused, sign_in

TODAY = datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.UTC)
REPORT = "directory_unchecked"


@pytest.fixture
def services(people):
    charity = OrganizationFactory(name="Age UK Coventry")
    amira = UserFactory(username="amira", first_name="Amira", last_name="Khan")
    made = {
        "Lunch club": {"owner": amira, "assured_date": datetime.date(2025, 6, 14)},
        "Day centre": {"owner": amira, "assured_date": None},
        "Befriending calls": {"owner": None, "assured_date": datetime.date(2024, 1, 2)},
        "Foot care": {"owner": people["directory"], "assured_date": datetime.date(2025, 6, 15)},
        "Old club": {
            "owner": amira,
            "assured_date": datetime.date(2020, 1, 1),
            "status": ServiceStatus.DEFUNCT,
        },
    }
    return {
        name: ServiceFactory(name=name, organization=charity, **kw) for name, kw in made.items()
    }


def report(user, **params):
    with time_machine.travel(TODAY, tick=False):
        return sign_in(Client(), user).get(reverse(REPORT), params)


def titles(html):
    return re.findall(
        r'<a href="/admin/snippets/directory/service/edit/[^"]+"[^>]*>\s*([^<]+?)\s*<', html
    )


def test_the_report_lists_services_not_checked_for_twelve_months_by_owner(people, services):
    html = report(people["directory"]).content.decode()
    # Never checked first within an owner; a year ago today is still recent enough;
    # a defunct service needs no checking.
    assert titles(html) == ["Befriending calls", "Day centre", "Lunch club"]
    assert "Amira Khan" in html
    assert "Foot care" not in html and "Old club" not in html


def test_the_csv_has_the_columns_headings_and_a_row_for_each_service(people, services):
    response = report(people["directory"], export="csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0] == ["Owner", "Service", "Organisation", "Last checked"]
    assert rows[1:] == [
        ["", "Befriending calls", "Age UK Coventry", "2024-01-02"],
        ["Amira Khan", "Day centre", "Age UK Coventry", ""],
        ["Amira Khan", "Lunch club", "Age UK Coventry", "2025-06-14"],
    ]


def test_a_day_later_the_service_checked_a_year_ago_is_due(people, services):
    with time_machine.travel(TODAY + datetime.timedelta(days=1), tick=False):
        html = sign_in(Client(), people["directory"]).get(reverse(REPORT)).content.decode()
    assert "Foot care" in titles(html)


@pytest.mark.parametrize("role", ["directory"])
def test_the_directory_editors_and_administrators_see_it(people, services, admin_user, role):
    assert report(people[role]).status_code == 200
    assert report(admin_user).status_code == 200


@pytest.mark.parametrize(
    "role", ["editor", "publisher", "involvement", "translator", "finance", "ascdirect"]
)
def test_nobody_else_sees_it(people, services, role):
    assert is_refused(report(people[role]))
    assert is_refused(report(people[role], export="csv"))


def test_a_stranger_is_sent_to_sign_in(services):
    with time_machine.travel(TODAY, tick=False):
        assert is_refused(Client().get(reverse(REPORT)))
