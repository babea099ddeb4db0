import pytest
from django.contrib.auth.models import Group
from wagtail.models import TaskState, WorkflowState

from infopages.review.models import ReviewVote
from infopages.review.voting import ReviewRefused, record_vote
from tests.conftest import person
from tests.infopages.review.conftest import submit_for_review

APPROVE = ReviewVote.APPROVED
CHANGES = ReviewVote.CHANGES_REQUESTED


def current_step(page):
    return page.current_workflow_task.name if page.current_workflow_task else None


def vote(page, user, outcome=APPROVE, comment=""):
    return record_vote(
        page.current_workflow_task_state, outcome=outcome, reviewer=user, comment=comment
    )


def test_every_information_section_uses_the_co_production_workflow(information_page):
    workflow = information_page.get_workflow()
    assert workflow.name == "Co-produced information review"
    assert [task.name for task in workflow.tasks] == [
        "Practice review",
        "Stakeholder review",
        "Final sign-off",
    ]


def test_one_approval_is_not_enough_and_two_different_members_pass_the_step(
    draft_at_stakeholder_step, people
):
    page = draft_at_stakeholder_step
    assert current_step(page) == "Stakeholder review"
    vote(page, people["expert1"])
    assert current_step(page) == "Stakeholder review"
    vote(page, people["expert2"], comment="Much clearer now.")
    assert current_step(page) == "Final sign-off"
    completing = ReviewVote.objects.get(reviewer=people["expert2"])
    assert completing.completes_stakeholder_review
    assert completing.comment == "Much clearer now."


def test_the_same_person_approving_twice_counts_once(draft_at_stakeholder_step, people):
    page = draft_at_stakeholder_step
    state = page.current_workflow_task_state
    vote(page, people["expert1"])
    with pytest.raises(ReviewRefused, match="already reviewed"):
        record_vote(state, outcome=APPROVE, reviewer=people["expert1"])
    assert state.review_votes.filter(outcome=APPROVE).count() == 1
    assert current_step(page) == "Stakeholder review"


def test_someone_outside_the_group_is_refused_with_a_clear_message(
    draft_at_stakeholder_step, people
):
    with pytest.raises(ReviewRefused, match="Only members of the stakeholder group"):
        vote(draft_at_stakeholder_step, people["publisher"])
    assert not ReviewVote.objects.filter(reviewer=people["publisher"]).exists()


def test_the_pages_last_editor_can_never_count_as_a_reviewer(information_page, people):
    expert_editor = person("expert_editor", "Stakeholder reviewers")
    expert_editor.groups.add(Group.objects.get(name="Editors"))
    submit_for_review(information_page, expert_editor)
    information_page.current_workflow_task_state.approve(user=people["practice"])
    with pytest.raises(ReviewRefused, match="You made the latest changes"):
        vote(information_page, expert_editor)
    task = information_page.current_workflow_task
    assert task.get_actions(information_page, expert_editor) == []
    assert [
        name for name, _label, _modal in task.get_actions(information_page, people["expert1"])
    ] == [
        "reject",
        "approve",
        "approve",
    ]


def test_request_changes_returns_the_page_to_its_editor_with_the_comment(
    draft_at_stakeholder_step, people
):
    page = draft_at_stakeholder_step
    vote(page, people["expert1"], outcome=CHANGES, comment="Explain what 'safeguarding' means.")
    workflow_state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk)
    )
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.get(status=TaskState.STATUS_REJECTED)
    assert rejected.comment == "Explain what 'safeguarding' means."


def test_required_approvals_is_set_per_task(draft_at_stakeholder_step, people):
    task = draft_at_stakeholder_step.current_workflow_task
    task.required_approvals = 3
    task.save()
    for name in ["expert1", "expert2"]:
        vote(draft_at_stakeholder_step, people[name])
    assert current_step(draft_at_stakeholder_step) == "Stakeholder review"
    vote(draft_at_stakeholder_step, people["expert3"])
    assert current_step(draft_at_stakeholder_step) == "Final sign-off"


def test_editing_the_draft_means_approvals_are_needed_again(draft_at_stakeholder_step, people):
    page = draft_at_stakeholder_step
    vote(page, people["expert1"])
    page.summary = "Edited after the first approval."
    new_revision = page.save_revision(user=people["publisher"])

    state = page.current_workflow_task_state
    assert page.current_workflow_task.name == "Stakeholder review"
    assert state.revision == new_revision
    assert state.review_votes.count() == 0
    vote(page, people["expert1"])  # may approve the new version
    vote(page, people["expert2"])
    # the earlier practice approval was of the old version, so it is needed again
    assert current_step(page) == "Practice review"
    assert ReviewVote.objects.filter(reviewer=people["expert1"]).count() == 2  # both on record


def test_cancelling_the_workflow_keeps_the_record(draft_at_stakeholder_step, people):
    page = draft_at_stakeholder_step
    vote(page, people["expert1"], comment="Good.")
    page.current_workflow_state.cancel(user=people["editor"])
    steps = list(
        ReviewVote.objects.filter(page=page).values_list("step", "reviewer_name", "outcome")
    )
    assert ("Stakeholder review", "Expert1", APPROVE) in steps
    assert ("Practice review", "Practice", APPROVE) in steps


def test_the_whole_review_is_on_record_with_reviewer_revision_time_and_outcome(
    draft_at_stakeholder_step, people
):
    page = draft_at_stakeholder_step
    vote(page, people["expert1"])
    vote(page, people["expert2"])
    page.current_workflow_task_state.approve(user=people["publisher"], comment="Publish.")
    page.refresh_from_db()
    assert page.live_revision_id == page.latest_revision_id
    record = ReviewVote.objects.filter(page=page).order_by("created_at")
    assert [(v.step, v.reviewer, v.outcome) for v in record] == [
        ("Practice review", people["practice"], APPROVE),
        ("Stakeholder review", people["expert1"], APPROVE),
        ("Stakeholder review", people["expert2"], APPROVE),
        ("Final sign-off", people["publisher"], APPROVE),
    ]
    assert all(v.revision_id == page.latest_revision_id and v.created_at for v in record)


def test_a_reviewers_comment_is_also_a_page_comment_for_the_editor(
    draft_at_stakeholder_step, people
):
    from wagtail.models import Comment

    vote(draft_at_stakeholder_step, people["expert1"], comment="Say who to call at night.")
    comment = Comment.objects.get(page=draft_at_stakeholder_step)
    assert (comment.user, comment.text) == (
        people["expert1"],
        "Approved: Say who to call at night.",
    )
    latest = draft_at_stakeholder_step.get_latest_revision_as_object()
    assert [c.text for c in latest.wagtail_admin_comments.all()] == [comment.text]
