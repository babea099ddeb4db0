from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from infopages.models import InformationPage
from infopages.review.models import ReviewVote
from infopages.review.voting import record_vote
from tests.factories import InformationIndexPageFactory, InformationPageFactory, is_refused, sign_in


def login(user):
    client = Client()
    sign_in(client, user)
    return client


def csv_rows(response):
    return b"".join(response.streaming_content).decode().splitlines()


@pytest.fixture
def due_pages(topic, people):
    today = timezone.localdate()
    other_topic = InformationIndexPageFactory(title="Advocacy")
    return {
        "overdue": InformationPageFactory(
            parent=topic,
            title="Overdue page",
            next_review_due=today - timedelta(days=10),
            owner=people["editor"],
        ),
        "soon": InformationPageFactory(
            parent=other_topic,
            title="Due soon page",
            next_review_due=today + timedelta(days=30),
            owner=people["editor"],
        ),
        "later": InformationPageFactory(
            parent=topic,
            title="Later page",
            next_review_due=today + timedelta(days=200),
            owner=people["editor"],
        ),
    }


def test_review_schedule_lists_overdue_and_soon_due_pages(due_pages, people):
    html = login(people["editor"]).get(reverse("review_schedule")).content.decode()
    assert "Overdue page" in html and "Overdue by 10 days" in html
    assert "Due soon page" in html and "Due in 30 days" in html
    assert "Later page" not in html


def test_review_schedule_filters_by_topic_and_exports_csv(due_pages, people, topic):
    client = login(people["publisher"])
    html = client.get(reverse("review_schedule"), {"topic": topic.pk}).content.decode()
    assert "Overdue page" in html
    assert "Due soon page" not in html
    rows = csv_rows(client.get(reverse("review_schedule"), {"export": "csv"}))
    assert rows[0] == "Page,Topic,Next review due,Status,Owner"
    assert rows[1].startswith("Overdue page,Safeguarding adults,")


def test_review_schedule_is_not_for_stakeholder_reviewers(due_pages, people):
    assert is_refused(login(people["expert1"]).get(reverse("review_schedule")))


def test_reminders_send_each_owner_one_digest(
    due_pages, people, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mailoutbox) == 1
    digest = mailoutbox[0]
    assert digest.to == [people["editor"].email]
    assert digest.subject == "Pages due for review: 2"
    assert "Overdue page: overdue since" in digest.body
    assert "Due soon page: due on" in digest.body
    assert "Later page" not in digest.body


def test_next_review_defaults_to_twelve_months_when_left_empty(topic, people):
    client = login(people["publisher"])
    data = nested_form_data(
        {
            "title": "New page",
            "slug": "new-page",
            "summary": "A summary.",
            "body": streamfield([("heading", {"text": "First", "level": "h2"})]),
            "tags": "",
            "action-publish": "publish",
        }
    )
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["infopages", "informationpage", topic.pk]), data
    )
    assert response.status_code == 302
    page = InformationPage.objects.get(slug="new-page")
    assert page.next_review_due == timezone.localdate() + relativedelta(months=12)


def test_involvement_record_counts_reviews_per_reviewer_per_month(
    draft_at_stakeholder_step, people
):
    record_vote(
        draft_at_stakeholder_step.current_workflow_task_state,
        outcome=ReviewVote.APPROVED,
        reviewer=people["expert1"],
    )
    record_vote(
        draft_at_stakeholder_step.current_workflow_task_state,
        outcome=ReviewVote.APPROVED,
        reviewer=people["expert2"],
    )
    client = login(people["involvement"])
    html = client.get(reverse("involvement_record")).content.decode()
    assert "Expert1" in html and "Expert2" in html
    assert timezone.localtime().strftime("%B %Y") in html
    assert "Practice" not in html  # staff reviews are not paid involvement
    rows = csv_rows(client.get(reverse("involvement_record"), {"export": "csv"}))
    assert rows[0] == "Month,Reviewer,Email,Reviews completed"
    month = timezone.localtime().strftime("%Y-%m")
    assert f"{month},Expert1,{people['expert1'].email},1" in rows


@pytest.mark.parametrize("role", ["editor", "expert1", "practice", "publisher"])
def test_involvement_record_is_for_the_involvement_team_only(people, role):
    assert is_refused(login(people[role]).get(reverse("involvement_record")))
