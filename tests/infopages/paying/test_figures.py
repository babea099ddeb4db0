"""The charging figures of each year: the year in force on the day, four-eyes
approval, the finance team's rights and the warning when figures are missing."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from infopages.paying.models import ChargingYear
from infopages.paying.years import YearOnRecord, missing_year_warning, year_in_force
from tests.factories import UserFactory, sign_in


def on_record(start_year, effective_from=None, approved=True):
    return YearOnRecord(start_year, effective_from or date(start_year, 4, 1), approved)


class TestYearInForce:
    def test_the_year_changes_on_1_april(self):
        years = [on_record(2025), on_record(2026)]
        assert year_in_force(years, date(2026, 3, 31)) == 2025
        assert year_in_force(years, date(2026, 4, 1)) == 2026

    def test_no_year_when_this_years_figures_are_not_approved(self):
        years = [on_record(2025), on_record(2026, approved=False)]
        assert year_in_force(years, date(2026, 4, 1)) is None

    def test_last_years_figures_until_the_date_of_effect(self):
        years = [on_record(2024), on_record(2025, date(2025, 4, 7))]
        assert year_in_force(years, date(2025, 4, 6)) == 2024
        assert year_in_force(years, date(2025, 4, 7)) == 2025


class TestWarning:
    def test_from_march_when_next_aprils_figures_are_missing(self):
        years = [on_record(2025)]
        assert missing_year_warning(years, date(2026, 2, 28)) is None
        assert missing_year_warning(years, date(2026, 3, 1)) == 2026

    def test_none_once_next_year_is_approved(self):
        assert missing_year_warning([on_record(2025), on_record(2026)], date(2026, 3, 1)) is None

    def test_this_year_missing(self):
        assert missing_year_warning([on_record(2025)], date(2026, 4, 1)) == 2026


def make_year(start_year, **values):
    defaults = {
        "effective_from": date(start_year, 4, 1),
        "source": f"Social care charging for local authorities: {start_year} to {start_year + 1}",
        "upper_capital_limit": Decimal("23250"),
        "lower_capital_limit": Decimal("14250"),
        "tariff_step": Decimal("250"),
        "personal_expenses_allowance": Decimal("30.65"),
    }
    return ChargingYear.objects.create(start_year=start_year, **{**defaults, **values})


@pytest.fixture
def finance(db):
    team = Group.objects.get(name="Finance team")
    people = {}
    for name in ("ayesha", "ben"):
        user = UserFactory(username=name)
        user.groups.add(team)
        people[name] = sign_in(Client(), user), user
    return people


def approve(client, year):
    return client.post(reverse("charging_years:approve", args=[year.pk]))


@pytest.mark.django_db
class TestInForceFromTheDatabase:
    def test_frozen_clock_across_1_april(self, django_user_model):
        approver = UserFactory()
        for start_year in (2025, 2026):
            make_year(start_year).approve(approver)
        with time_machine.travel(date(2026, 3, 31), tick=False):
            assert ChargingYear.objects.in_force().start_year == 2025
        with time_machine.travel(date(2026, 4, 1), tick=False):
            assert ChargingYear.objects.in_force().start_year == 2026

    def test_an_unapproved_year_is_never_used(self):
        make_year(2025).approve(UserFactory())
        make_year(2026)
        with time_machine.travel(date(2026, 4, 1), tick=False):
            assert ChargingYear.objects.in_force() is None


@pytest.mark.django_db
class TestFourEyes:
    def test_the_person_who_entered_the_figures_cannot_approve_them(self, finance):
        (ayesha, _user), (ben, ben_user) = finance["ayesha"], finance["ben"]
        response = ayesha.post(
            reverse("charging_years:add"),
            {
                "start_year": 2026,
                "effective_from": "2026-04-06",
                "source": "Social care charging for local authorities: 2026 to 2027",
                "notes": "",
                "upper_capital_limit": "23,250",
                "lower_capital_limit": "14250",
                "tariff_step": "250",
                "personal_expenses_allowance": "31.00",
            },
        )
        assert response.status_code == 302, response.content
        year = ChargingYear.objects.get(start_year=2026)
        assert year.changed_by.username == "ayesha"

        approve(ayesha, year)
        year.refresh_from_db()
        assert not year.approved

        approve(ben, year)
        year.refresh_from_db()
        assert year.approved_by == ben_user

    def test_a_change_needs_approving_again(self, finance):
        (ayesha, ayesha_user), (ben, _user) = finance["ayesha"], finance["ben"]
        year = make_year(2026, changed_by=ayesha_user)
        approve(ben, year)
        response = ben.get(reverse("charging_years:edit", args=[year.pk]))
        assert response.status_code == 200
        form = response.context["form"]
        data = {name: value for name, value in form.initial.items() if value is not None}
        data["personal_expenses_allowance"] = "31.50"
        response = ben.post(reverse("charging_years:edit", args=[year.pk]), data)
        assert response.status_code == 302
        year.refresh_from_db()
        assert not year.approved
        assert year.changed_by.username == "ben"
        approve(ayesha, year)
        year.refresh_from_db()
        assert year.approved_by == ayesha_user

    def test_only_those_who_may_approve(self, people):
        year = make_year(2026, changed_by=UserFactory())
        editor = sign_in(Client(), people["editor"])
        assert approve(editor, year).status_code == 403
        assert editor.get(reverse("charging_years:index")).status_code == 403
        year.refresh_from_db()
        assert not year.approved

    def test_finance_team_sees_only_the_figures(self, finance):
        ayesha, _user = finance["ayesha"]
        assert ayesha.get(reverse("charging_years:index")).status_code == 200
        assert ayesha.get(reverse("wagtailadmin_explore_root")).status_code == 403
        assert ayesha.get(reverse("signup_person:index")).status_code == 403


@pytest.mark.django_db
def test_the_list_warns_from_march(finance):
    ayesha, _user = finance["ayesha"]
    make_year(2025).approve(UserFactory())
    with time_machine.travel(date(2026, 3, 2), tick=False):
        response = ayesha.get(reverse("charging_years:index"), follow=True)
    assert "no approved charging figures for 2026/27" in response.content.decode()


@pytest.mark.django_db
def test_the_approval_page_shows_the_figures_to_check(finance):
    (ayesha, ayesha_user), (ben, _user) = finance["ayesha"], finance["ben"]
    year = make_year(2026, changed_by=ayesha_user, notes="Carer premium not confirmed.")
    edit = ben.get(reverse("charging_years:edit", args=[year.pk])).content.decode()
    assert reverse("charging_years:approve", args=[year.pk]) in edit
    page = ben.get(reverse("charging_years:approve", args=[year.pk])).content.decode()
    assert "£30.65" in page
    assert "Carer premium not confirmed." in page
    assert "Approve these figures" in page
    own = ayesha.get(reverse("charging_years:approve", args=[year.pk])).content.decode()
    assert "Approve these figures" not in own
