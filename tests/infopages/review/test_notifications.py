from infopages.review.models import ReviewVote
from infopages.review.voting import record_vote
from tests.infopages.review.conftest import submit_for_review


def subjects_to(mailoutbox, user):
    return [m.subject for m in mailoutbox if m.to == [user.email]]


def test_reviewers_are_told_when_a_draft_reaches_them(
    information_page, people, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_review(information_page, people["editor"])
    assert subjects_to(mailoutbox, people["practice"]) == [
        "A draft is waiting for your review: How to report abuse"
    ]
    assert subjects_to(mailoutbox, people["expert1"]) == []

    with django_capture_on_commit_callbacks(execute=True):
        information_page.current_workflow_task_state.approve(user=people["practice"])
    for expert in ("expert1", "expert2", "expert3"):
        assert subjects_to(mailoutbox, people[expert]) == [
            "A draft is waiting for your review: How to report abuse"
        ]
    body = [m.body for m in mailoutbox if m.to == [people["expert1"].email]][0]
    assert "/admin/review/" in body
    assert subjects_to(mailoutbox, people["editor"]) == []


def test_editor_is_told_when_changes_are_requested(
    draft_at_stakeholder_step, people, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        record_vote(
            draft_at_stakeholder_step.current_workflow_task_state,
            outcome=ReviewVote.CHANGES_REQUESTED,
            reviewer=people["expert1"],
            comment="Say who to call at night.",
        )
    editor_mail = [m for m in mailoutbox if m.to == [people["editor"].email]]
    assert [m.subject for m in editor_mail] == ["Changes requested: How to report abuse"]
    assert "Say who to call at night." in editor_mail[0].body


def test_editor_is_told_when_the_page_is_approved(
    draft_at_stakeholder_step, people, mailoutbox, django_capture_on_commit_callbacks
):
    for expert in ("expert1", "expert2"):
        record_vote(
            draft_at_stakeholder_step.current_workflow_task_state,
            outcome=ReviewVote.APPROVED,
            reviewer=people[expert],
        )
    with django_capture_on_commit_callbacks(execute=True):
        draft_at_stakeholder_step.current_workflow_task_state.approve(user=people["publisher"])
    assert "Approved: How to report abuse" in subjects_to(mailoutbox, people["editor"])
