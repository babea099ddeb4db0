import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from infopages.feedback.models import PageFeedback
from tests.factories import UserFactory, sign_in


@pytest.fixture
def answers(information_page):
    PageFeedback.objects.create(
        page=information_page, useful=True, submission_id="8f0c0a6e-1d7e-4e35-9a57-3f1c6a0f0001"
    )
    PageFeedback.objects.create(
        page=information_page,
        useful=False,
        comment="The phone number was hard to find",
        submission_id="8f0c0a6e-1d7e-4e35-9a57-3f1c6a0f0002",
    )


def admin_client(*groups):
    user = UserFactory()
    user.groups.add(*Group.objects.filter(name__in=groups))
    client = Client()
    sign_in(client, user)
    return client


def test_editors_see_counts_per_page_and_each_comment(answers, information_page):
    client = admin_client("Editors")
    summary = client.get(reverse("page_feedback_summary")).content.decode()
    assert "How to report abuse" in summary
    detail = client.get(
        reverse("page_feedback_for_page", args=[information_page.pk])
    ).content.decode()
    assert "The phone number was hard to find" in detail


def test_summary_exports_csv(answers):
    response = admin_client("Editors").get(reverse("page_feedback_summary") + "?export=csv")
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0].split(",")[:3] == ["Page", "Yes", "No"]
    assert rows[1].startswith("How to report abuse,1,1,1")


def test_admin_users_without_the_permission_are_refused(answers):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    sign_in(client, user)
    assert client.get(reverse("page_feedback_summary")).status_code in (302, 403)
