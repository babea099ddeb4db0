from django.test import Client
from django.urls import reverse

from infopages.review.models import ReviewVote
from infopages.review.queries import drafts_waiting_for
from infopages.review.voting import record_vote
from tests.factories import InformationPageFactory, sign_in
from tests.infopages.review.conftest import submit_for_review


def login(user):
    client = Client()
    sign_in(client, user)
    return client


def to_stakeholder_step(page, people):
    submit_for_review(page, people["editor"])
    page.current_workflow_task_state.approve(user=people["practice"])
    return page


def test_dashboard_lists_drafts_waiting_with_date_sent_and_votes_needed(
    draft_at_stakeholder_step, people
):
    record_vote(
        draft_at_stakeholder_step.current_workflow_task_state,
        outcome=ReviewVote.APPROVED,
        reviewer=people["expert1"],
    )
    html = login(people["expert2"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "Drafts waiting for your review" in html
    assert "Review “How to report abuse”" in html
    state = draft_at_stakeholder_step.current_workflow_task_state
    assert state.started_at.strftime("%-d %B %Y") in html
    assert "<td>1</td>" in html  # one more approval needed
    assert "Awaiting your review" not in html  # Wagtail's technical panel is replaced
    assert "Reports" not in html  # nothing there they could open

    html = login(people["expert1"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "There are no drafts waiting for you" in html  # already reviewed


def test_other_roles_do_not_get_the_reviewer_panel(draft_at_stakeholder_step, people):
    html = login(people["editor"]).get(reverse("wagtailadmin_home")).content.decode()
    assert "Drafts waiting for your review" not in html


def test_dashboard_queries_do_not_grow_with_drafts_in_review(
    topic, people, django_assert_num_queries
):
    for _ in range(3):
        to_stakeholder_step(InformationPageFactory(parent=topic), people)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert len(drafts_waiting_for(people["expert1"])) == 3
    for _ in range(12):
        to_stakeholder_step(InformationPageFactory(parent=topic), people)
    with CaptureQueriesContext(connection) as many:
        assert len(drafts_waiting_for(people["expert1"])) == 15
    assert len(few) == len(many) == 2


def test_reviewer_approves_from_the_review_page(draft_at_stakeholder_step, people):
    client = login(people["expert1"])
    url = reverse("review:decide", args=[draft_at_stakeholder_step.current_workflow_task_state.pk])
    page = client.get(url).content.decode()
    assert "Read the draft as residents will see it" in page
    assert "It needs 2 more approvals." in page
    response = client.post(url, {"outcome": "approved", "comment": "Clear."})
    assert response.status_code == 302
    assert ReviewVote.objects.get(reviewer=people["expert1"]).comment == "Clear."
    again = client.get(url).content.decode()
    assert "You have already reviewed this draft" in again
    assert "Send my review" not in again


def test_review_page_explains_a_missing_choice_and_keeps_the_comment(
    draft_at_stakeholder_step, people
):
    client = login(people["expert1"])
    url = reverse("review:decide", args=[draft_at_stakeholder_step.current_workflow_task_state.pk])
    html = client.post(url, {"comment": "Half written thought"}).content.decode()
    assert "Choose whether you approve the draft or it needs changes" in html
    assert "Half written thought</textarea>" in html
    assert not ReviewVote.objects.filter(reviewer=people["expert1"]).exists()


def test_reviewer_can_preview_the_draft_under_review(draft_at_stakeholder_step, people):
    task = draft_at_stakeholder_step.current_workflow_task
    response = login(people["expert1"]).get(
        reverse("wagtailadmin_pages:workflow_preview", args=[draft_at_stakeholder_step.pk, task.pk])
    )
    assert response.status_code == 200
    assert "A clearer summary." in response.content.decode()
