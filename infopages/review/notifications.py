"""Plain-language emails about the review, queued in the outbox with the change
that causes them so that a mail server failure never loses one."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from council_site.outbox.sending import queue_email

from .models import StakeholderReviewTask


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(users, subject, template, context):
    for user in users:
        if user.email:
            body = render_to_string(template, {**context, "recipient": user})
            queue_email(user.email, subject, body)


def reviewers_for(task, task_state):
    """People who can decide at this step, except whoever made the latest changes."""
    # A stakeholder task has one group; Wagtail's group approval tasks have several.
    groups = [task.group_id] if isinstance(task, StakeholderReviewTask) else task.groups.all()
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=groups)
        .exclude(pk=task_state.revision.user_id)
        .distinct()
    )


def review_link(task, task_state):
    if isinstance(task, StakeholderReviewTask):
        return absolute(reverse("review:decide", args=[task_state.pk]))
    return absolute(reverse("wagtailadmin_pages:edit", args=[task_state.revision.object_id]))


def draft_reached_reviewers(sender, instance, user=None, **kwargs):
    task = instance.task.specific
    title = instance.revision.object_str
    send(
        reviewers_for(task, instance),
        _("A draft is waiting for your review: %(title)s") % {"title": title},
        "review/emails/draft_waiting.txt",
        {"title": title, "step": task.name, "link": review_link(task, instance), "task": task},
    )


def editor_of(workflow_state):
    revision = (
        workflow_state.current_task_state.revision if workflow_state.current_task_state else None
    )
    editors = {workflow_state.requested_by, revision.user if revision else None}
    return [editor for editor in editors if editor is not None and editor.is_active]


def changes_requested(sender, instance, user=None, **kwargs):
    task_state = instance.current_task_state
    title = task_state.revision.object_str
    send(
        editor_of(instance),
        _("Changes requested: %(title)s") % {"title": title},
        "review/emails/changes_requested.txt",
        {
            "title": title,
            "step": task_state.task.name,
            "comment": task_state.comment,
            "link": absolute(
                reverse("wagtailadmin_pages:edit", args=[task_state.revision.object_id])
            ),
        },
    )


def draft_approved(sender, instance, user=None, **kwargs):
    revision = instance.current_task_state.revision if instance.current_task_state else None
    title = revision.object_str if revision else str(instance.content_object)
    send(
        editor_of(instance),
        _("Approved: %(title)s") % {"title": title},
        "review/emails/approved.txt",
        {
            "title": title,
            "link": absolute(reverse("wagtailadmin_pages:edit", args=[instance.object_id])),
        },
    )


def invitation_sent(invitation, request=None):
    link = absolute(reverse("review_invitation:review", args=[invitation.token]))
    body = render_to_string(
        "review/emails/invitation.txt",
        {
            "invitation": invitation,
            "title": invitation.task_state.revision.object_str,
            "link": link,
        },
    )
    queue_email(
        invitation.email,
        _("Please review a draft: %(title)s")
        % {"title": invitation.task_state.revision.object_str},
        body,
    )


def non_member_asked_for_changes(vote):
    editors = (
        [vote.task_state.revision.user] if vote.task_state and vote.task_state.revision.user else []
    )
    send(
        editors,
        _("%(name)s suggested changes: %(title)s")
        % {"name": vote.reviewer_name, "title": vote.task_state.revision.object_str},
        "review/emails/suggestion.txt",
        {"vote": vote, "link": absolute(reverse("wagtailadmin_pages:edit", args=[vote.page_id]))},
    )


task_submitted.connect(draft_reached_reviewers, dispatch_uid="review_draft_reached_reviewers")
workflow_rejected.connect(
    changes_requested, sender=WorkflowState, dispatch_uid="review_changes_requested"
)
workflow_approved.connect(
    draft_approved, sender=WorkflowState, dispatch_uid="review_draft_approved"
)
