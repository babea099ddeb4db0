"""Easy Read pages need an approval from an Easy Read reviewer (a person with a
learning disability, or their supporter) at the stakeholder review, when the task
asks for one: the rule on its own, then through the workflow and the admin screens."""

from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse

from infopages.review.models import ReviewVote
from infopages.review.voting import (
    StillNeeded,
    needs_easy_read_approval,
    record_vote,
    what_is_still_needed,
)
from tests.factories import sign_in
from tests.infopages.review.conftest import submit_for_review
from tests.infopages.review.test_invitations import invite, link

NEEDS_EASY_READ = "Needs an approval from an Easy Read reviewer."


def approve(page, reviewer):
    return record_vote(
        page.current_workflow_task_state, outcome=ReviewVote.APPROVED, reviewer=reviewer
    )


def current_step(page):
    page.refresh_from_db()
    return page.current_workflow_task.name


class EasyReadType:
    needs_easy_read_approval = True


class StandardType:
    pass


@pytest.mark.parametrize(
    ("required", "page_class", "needed"),
    [
        (True, EasyReadType, True),
        (True, StandardType, False),
        (False, EasyReadType, False),
    ],
)
def test_an_easy_read_approval_is_needed_only_for_easy_read_pages_when_the_task_asks(
    required, page_class, needed
):
    task = SimpleNamespace(easy_read_approval_required=required)
    assert needs_easy_read_approval(task, page_class) is needed


def test_the_count_reached_without_an_easy_read_approval_is_not_enough():
    still = what_is_still_needed(
        required_approvals=2, approvals=3, easy_read_needed=True, easy_read_approvals=0
    )
    assert still == StillNeeded(approvals=0, easy_read_approval=True)
    assert still


def test_an_easy_read_approval_without_the_count_is_not_enough():
    still = what_is_still_needed(
        required_approvals=2, approvals=1, easy_read_needed=True, easy_read_approvals=1
    )
    assert still == StillNeeded(approvals=1, easy_read_approval=False)
    assert still


def test_the_count_and_an_easy_read_approval_pass_the_step():
    assert not what_is_still_needed(
        required_approvals=2, approvals=2, easy_read_needed=True, easy_read_approvals=1
    )


def test_without_the_need_the_count_alone_passes():
    assert not what_is_still_needed(
        required_approvals=2, approvals=2, easy_read_needed=False, easy_read_approvals=0
    )


def test_two_approvals_are_not_enough_until_an_easy_read_reviewer_approves(
    easy_read_draft, people, easy_read_reviewer
):
    approve(easy_read_draft, people["expert1"])
    approve(easy_read_draft, people["expert2"])
    assert current_step(easy_read_draft) == "Stakeholder review"
    approve(easy_read_draft, easy_read_reviewer)
    assert current_step(easy_read_draft) == "Final sign-off"
    completing = ReviewVote.objects.get(reviewer=easy_read_reviewer)
    assert completing.is_easy_read_reviewer
    assert completing.completes_stakeholder_review
    assert not ReviewVote.objects.get(reviewer=people["expert1"]).is_easy_read_reviewer


def test_an_easy_read_approval_first_still_needs_the_count(
    easy_read_draft, people, easy_read_reviewer
):
    approve(easy_read_draft, easy_read_reviewer)
    assert current_step(easy_read_draft) == "Stakeholder review"
    approve(easy_read_draft, people["expert1"])
    assert current_step(easy_read_draft) == "Final sign-off"


def test_an_invited_easy_read_reviewer_completes_the_step(easy_read_draft, people):
    approve(easy_read_draft, people["expert1"])
    approve(easy_read_draft, people["expert2"])
    supporter = invite(
        easy_read_draft, people["editor"], is_member=False, is_easy_read_reviewer=True
    )
    Client().post(link(supporter), {"outcome": "approved", "comment": "Easy to read."})
    vote = ReviewVote.objects.get(invitation=supporter)
    assert (vote.is_stakeholder, vote.is_easy_read_reviewer) == (False, True)
    assert current_step(easy_read_draft) == "Final sign-off"


def test_without_the_tasks_requirement_the_count_alone_passes(easy_read_page, people):
    submit_for_review(easy_read_page, people["editor"])
    easy_read_page.current_workflow_task_state.approve(user=people["practice"])
    approve(easy_read_page, people["expert1"])
    approve(easy_read_page, people["expert2"])
    assert current_step(easy_read_page) == "Final sign-off"


def test_standard_pages_pass_with_the_count_when_the_task_asks(
    draft_at_stakeholder_step, easy_read_approval_required, people
):
    approve(draft_at_stakeholder_step, people["expert1"])
    approve(draft_at_stakeholder_step, people["expert2"])
    assert current_step(draft_at_stakeholder_step) == "Final sign-off"


def test_the_editor_and_reviewers_are_told_what_is_still_needed(
    easy_read_draft, people, easy_read_reviewer
):
    editor = sign_in(Client(), people["editor"])
    edit_view = reverse("wagtailadmin_pages:edit", args=[easy_read_draft.pk])
    approve(easy_read_draft, people["expert1"])
    # The noun agrees with the number needed, not the number given.
    assert "1 of 2 approvals" in editor.get(edit_view).content.decode()
    approve(easy_read_draft, people["expert2"])
    state = easy_read_draft.current_workflow_task_state

    editing = editor.get(edit_view)
    assert f"2 of 2 approvals. {NEEDS_EASY_READ}" in editing.content.decode()

    reviewer = sign_in(Client(), easy_read_reviewer)
    dashboard = reviewer.get(reverse("wagtailadmin_home")).content.decode()
    assert NEEDS_EASY_READ in dashboard
    deciding = reviewer.get(reverse("review:decide", args=[state.pk])).content.decode()
    assert NEEDS_EASY_READ in deciding
    assert "more approval" not in deciding


def test_the_record_shows_who_reviewed_as_an_easy_read_reviewer(
    easy_read_draft, people, easy_read_reviewer
):
    approve(easy_read_draft, easy_read_reviewer)
    editor = sign_in(Client(), people["editor"])
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[easy_read_draft.pk])).content
    assert "Easyreader (stakeholder group) (Easy Read reviewer)" in html.decode()


def test_an_editor_invites_an_easy_read_reviewer(easy_read_draft, people):
    editor = sign_in(Client(), people["editor"])
    editor.post(
        reverse("review:invite", args=[easy_read_draft.pk]),
        {
            "name": "Robin Supporter",
            "email": "robin@example.org",
            "is_easy_read_reviewer": "on",
            "days_valid": "14",
        },
    )
    invitation = easy_read_draft.review_invitations.get()
    assert (invitation.is_easy_read_reviewer, invitation.is_stakeholder_member) == (True, False)


def test_an_easy_read_reviewer_reaches_only_what_a_stakeholder_reviewer_does(
    easy_read_reviewer,
):
    client = sign_in(Client(), easy_read_reviewer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 403
