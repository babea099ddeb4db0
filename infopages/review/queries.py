"""Read-side queries for the review, each a fixed number of SQL queries however
many drafts are in review."""

from django.db.models import Count, Q
from wagtail.models import TaskState

from .models import ReviewVote, StakeholderReviewTask

STAKEHOLDER_APPROVALS = Count(
    "review_votes",
    filter=Q(review_votes__outcome=ReviewVote.APPROVED, review_votes__is_stakeholder=True),
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
        .annotate(approvals=STAKEHOLDER_APPROVALS)
        .order_by("started_at")
    )
    return [
        {
            "state": state,
            "title": state.revision.object_str,
            "sent": state.started_at,
            "still_needed": max(tasks[state.task_id].required_approvals - state.approvals, 0),
        }
        for state in states
    ]


def review_record(page):
    return ReviewVote.objects.filter(page=page).select_related("revision").order_by("-created_at")
