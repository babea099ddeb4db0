"""The rules of the stakeholder review, in one place: who may decide, and what a
decision does. Every decision is recorded before it changes the workflow."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Comment, TaskState

from .access import EASY_READ_REVIEWERS
from .outcomes import APPROVED, CHANGES_REQUESTED


class ReviewRefused(PermissionDenied):
    """A decision that cannot be accepted, with a message for the person who tried."""


def last_editor_id(task_state):
    return task_state.revision.user_id


def refusal_for_account(task_state, task, user):
    """Why this signed-in person cannot decide on this draft now, or None if they can."""
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return _("This draft is no longer waiting for review.")
    if not task.is_member(user):
        return _("Only members of the stakeholder group can review drafts at this step.")
    if last_editor_id(task_state) == user.pk:
        return _("You made the latest changes to this draft, so someone else must review it.")
    if task_state.review_votes.filter(reviewer=user).exists():
        return _("You have already reviewed this draft. Thank you.")
    return None


@dataclass(frozen=True)
class StillNeeded:
    """What a draft still needs before the stakeholder step passes; false when nothing."""

    approvals: int = 0
    easy_read_approval: bool = False

    def __bool__(self):
        return self.approvals > 0 or self.easy_read_approval


def needs_easy_read_approval(task, page_class):
    """Whether this step needs an Easy Read reviewer's approval of this kind of page:
    the task asks for one, and the page type says it is read by people who need Easy
    Read (its class attribute `needs_easy_read_approval`)."""
    return bool(
        getattr(task, "easy_read_approval_required", False)
        and getattr(page_class, "needs_easy_read_approval", False)
    )


def what_is_still_needed(*, required_approvals, approvals, easy_read_needed, easy_read_approvals):
    """The step passes when enough members approve and, where an Easy Read reviewer's
    approval is needed, at least one approval is theirs, even once the count is reached."""
    return StillNeeded(
        approvals=max(required_approvals - approvals, 0),
        easy_read_approval=easy_read_needed and easy_read_approvals < 1,
    )


def approvals_so_far(task_state):
    return task_state.review_votes.filter(outcome=APPROVED, is_stakeholder=True).count()


def easy_read_approvals_so_far(task_state):
    return task_state.review_votes.filter(outcome=APPROVED, is_easy_read_reviewer=True).count()


def page_class_of(task_state):
    return ContentType.objects.get_for_id(task_state.revision.content_type_id).model_class()


def still_needed_for(task_state, task, *, approving=False, counts=False, easy_read=False):
    """What the draft at this step still needs, after the approval being made if any."""
    easy_read_needed = needs_easy_read_approval(task, page_class_of(task_state))
    return what_is_still_needed(
        required_approvals=task.required_approvals,
        approvals=approvals_so_far(task_state) + int(approving and counts),
        easy_read_needed=easy_read_needed,
        easy_read_approvals=(
            easy_read_approvals_so_far(task_state) + int(approving and easy_read)
            if easy_read_needed
            else 0
        ),
    )


def is_easy_read_reviewer(reviewer, invitation):
    if invitation is not None:
        return invitation.is_easy_read_reviewer
    return reviewer.groups.filter(name=EASY_READ_REVIEWERS).exists()


def record_vote(task_state, *, outcome, comment="", reviewer=None, invitation=None):
    """Store one decision and move the workflow on when it completes the step.

    The task state row is locked first, so that two reviewers deciding at the same
    moment are counted one after the other and the count can never pass the truth."""
    with transaction.atomic():
        state = (
            TaskState.objects.select_for_update().select_related("revision").get(pk=task_state.pk)
        )
        task = state.task.specific
        if not getattr(task, "decided_by_votes", False):
            raise ReviewRefused(_("This draft is not at the stakeholder review step."))
        counts = check_decider(state, task, reviewer, invitation)
        vote = store(
            state,
            task,
            outcome=outcome,
            comment=comment,
            reviewer=reviewer,
            invitation=invitation,
            counts=counts,
        )
        apply_to_workflow(state.specific, task, vote)
    return vote


def check_decider(state, task, reviewer, invitation):
    """Refuse a decision that must not count; say whether it counts towards the approvals."""
    if invitation is not None:
        if not invitation.is_usable() or invitation.task_state_id != state.pk:
            raise ReviewRefused(_("This link is no longer valid."))
        return invitation.is_stakeholder_member
    refusal = refusal_for_account(state, task, reviewer)
    if refusal:
        raise ReviewRefused(refusal)
    return True


def store(state, task, *, outcome, comment, reviewer, invitation, counts):
    easy_read = is_easy_read_reviewer(reviewer, invitation)
    approving = outcome == APPROVED
    completes = (
        approving
        and (counts or easy_read)
        and not still_needed_for(
            state, task, approving=approving, counts=counts, easy_read=easy_read
        )
    )
    try:
        with transaction.atomic():
            vote = state.review_votes.create(
                page_id=state.revision.object_id,
                revision=state.revision,
                step=task.name,
                reviewer=reviewer,
                invitation=invitation,
                reviewer_name=invitation.name
                if invitation
                else reviewer.get_full_name() or reviewer.get_username(),
                is_stakeholder=counts,
                is_easy_read_reviewer=easy_read,
                outcome=outcome,
                comment=comment.strip(),
                completes_stakeholder_review=completes,
            )
    except IntegrityError as error:
        raise ReviewRefused(_("You have already reviewed this draft. Thank you.")) from error
    if invitation is not None:
        invitation.responded_at = timezone.now()
        invitation.save(update_fields=["responded_at"])
    elif vote.comment:
        share_as_page_comment(vote)
    return vote


def share_as_page_comment(vote):
    """The editor also finds the reviewer's words among the page's comments, where
    they can reply to them and mark them resolved."""
    Comment.objects.create(
        page_id=vote.page_id,
        user=vote.reviewer,
        text=f"{vote.get_outcome_display()}: {vote.comment}",
        contentpath="title",
        revision_created=vote.revision,
    )


def apply_to_workflow(state, task, vote):
    actor = vote.reviewer
    if vote.outcome == CHANGES_REQUESTED and vote.is_stakeholder:
        state.reject(user=actor, comment=vote.comment)
    elif vote.completes_stakeholder_review:
        state.approve(user=actor, comment=vote.comment)
