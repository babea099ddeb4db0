"""Read-side queries for the review, each a fixed number of SQL queries however
many drafts are in review."""

from django.db.models import Count, Q
from wagtail.models import TaskState

from .models import ReviewVote, StakeholderReviewTask
from .voting import needs_easy_read_approval, page_class_of, what_is_still_needed

STAKEHOLDER_APPROVALS = Count(
    "review_votes",
    filter=Q(review_votes__outcome=ReviewVote.APPROVED, review_votes__is_stakeholder=True),
)
EASY_READ_APPROVALS = Count(
    "review_votes",
    filter=Q(review_votes__outcome=ReviewVote.APPROVED, review_votes__is_easy_read_reviewer=True),
)


def still_needed(state, task):
    """What the draft still needs, from the counts annotated on its task state."""
    return what_is_still_needed(
        required_approvals=task.required_approvals,
        approvals=state.approvals,
        easy_read_needed=needs_easy_read_approval(task, page_class_of(state)),
        easy_read_approvals=state.easy_read_approvals,
    )


def drafts_waiting_for(user):
    """Drafts at a stakeholder step this person can still decide on, oldest first."""
    tasks = {
        task.pk: task
        for task in StakeholderReviewTask.objects.filter(active=True, group__user=user)
    }
    if not tasks:
        return []
    states = (
        TaskState.objects.filter(task__in=tasks, status=TaskState.STATUS_IN_PROGRESS)
        .exclude(revision__user=user)
        .exclude(review_votes__reviewer=user)
        .select_related("revision")
        .annotate(approvals=STAKEHOLDER_APPROVALS, easy_read_approvals=EASY_READ_APPROVALS)
        .order_by("started_at")
    )
    return [
        {
            "state": state,
            "title": state.revision.object_str,
            "sent": state.started_at,
            "still_needed": still_needed(state, tasks[state.task_id]),
        }
        for state in states
    ]


def review_record(page):
    return ReviewVote.objects.filter(page=page).select_related("revision").order_by("-created_at")
