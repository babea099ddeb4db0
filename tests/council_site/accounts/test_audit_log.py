"""Sign-ins, failures, refusals and access to personal data are logged, and the
log lines name no one: no username, email or address."""

import logging

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

from council_site.accounts.audit import log_personal_data_access
from tests.factories import sign_in

PASSWORD = "a-long-test-password"
ADDRESS = "203.0.113.7"


@pytest.fixture
def audit_log(caplog):
    caplog.set_level(logging.INFO, logger="council_site.audit")
    return caplog


def lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "council_site.audit"]


def assert_names_no_one(caplog, user):
    for line in lines(caplog):
        for personal in (user.username, user.email, user.first_name, ADDRESS):
            assert personal not in line, line


def test_a_sign_in_and_a_failed_one_are_logged_by_account_number(people, audit_log):
    editor = people["editor"]
    client = Client(REMOTE_ADDR=ADDRESS)
    client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": "wrong"})
    client.post(reverse("wagtailadmin_login"), {"username": "nobody", "password": "wrong"})
    client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": PASSWORD})

    assert lines(audit_log) == [
        f"failed sign-in user={editor.pk}",
        "failed sign-in unknown account",
        f"sign-in user={editor.pk}",
    ]
    assert_names_no_one(audit_log, editor)


def test_a_permission_refusal_is_logged(people, audit_log):
    expert = people["expert1"]
    client = sign_in(Client(REMOTE_ADDR=ADDRESS), expert)
    audit_log.clear()

    client.get(reverse("wagtailusers_users:index"))

    assert lines(audit_log) == [f"permission refused user={expert.pk} GET /admin/users/"]
    assert_names_no_one(audit_log, expert)


@pytest.mark.parametrize(
    ("role", "url_name"),
    [
        ("editor", "wagtailusers_users:index"),
        ("editor", "signup_person:index"),
        ("involvement", "wagtailadmin_explore_root"),
        ("involvement", "review_schedule"),
    ],
)
def test_a_refusal_answers_403_and_is_logged(people, audit_log, role, url_name):
    user = people[role]
    client = sign_in(Client(), user)
    audit_log.clear()

    response = client.get(reverse(url_name))

    assert response.status_code == 403
    assert "You do not have permission to see this page" in response.content.decode()
    assert lines(audit_log) == [f"permission refused user={user.pk} GET {reverse(url_name)}"]
    # Wagtail's own "Sorry" message is not left waiting for the next page.
    assert "Sorry, you do not have permission" not in client.get("/admin/").content.decode()


def test_access_to_personal_data_is_logged_by_kind_and_count(people, audit_log):
    involvement = people["involvement"]
    request = RequestFactory().get("/admin/get-involved/sign-ups/")
    request.user = involvement

    log_personal_data_access(request, "sign-ups", records=12)

    assert lines(audit_log) == [
        f"personal data access user={involvement.pk} what=sign-ups records=12 "
        "path=/admin/get-involved/sign-ups/"
    ]
    assert_names_no_one(audit_log, involvement)
