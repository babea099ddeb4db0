"""Every decision at every step goes into the review record, not only the
stakeholder votes: practice review and final sign-off are recorded here."""

from django.conf import settings
from django.db.models.signals import post_save
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Page, TaskState, WorkflowState
from wagtail.signals import task_approved, task_rejected

from infopages.translations.models import TranslationCheckTask
from infopages.translations.pages import LanguageHomeMixin

from .models import ReviewVote, StakeholderReviewTask
from .notifications import non_member_asked_for_changes


def record_group_decision(outcome):
    def handler(sender, instance, user=None, **kwargs):
        task = instance.task.specific
        if isinstance(task, StakeholderReviewTask):
            return  # its votes are recorded as they are cast
        ReviewVote.objects.create(
            page_id=instance.revision.object_id,
            revision=instance.revision,
            task_state=instance,
            step=task.name,
            reviewer=user,
            reviewer_name=(user.get_full_name() or user.get_username()) if user else "",
            outcome=outcome,
            comment=instance.comment,
            completes_translation_check=(
                isinstance(task, TranslationCheckTask) and outcome == ReviewVote.APPROVED
            ),
        )

    return handler


record_approval = record_group_decision(ReviewVote.APPROVED)
record_rejection = record_group_decision(ReviewVote.CHANGES_REQUESTED)
task_approved.connect(record_approval, dispatch_uid="review_record_approval")
task_rejected.connect(record_rejection, dispatch_uid="review_record_rejection")


def tell_editor_about_outside_suggestions(sender, instance, created, **kwargs):
    if (
        created
        and instance.invitation_id
        and not instance.is_stakeholder
        and (instance.outcome == ReviewVote.CHANGES_REQUESTED)
    ):
        non_member_asked_for_changes(instance)


post_save.connect(
    tell_editor_about_outside_suggestions,
    sender=ReviewVote,
    dispatch_uid="review_outside_suggestions",
)


def restart_current_step_on_edit(sender, instance, update_fields=None, **kwargs):
    """An approval is of one exact revision: a draft edited during a step (in a new
    revision, or by overwriting the one under review) starts that step again."""
    if not isinstance(instance, Page) or "latest_revision" not in (update_fields or ()):
        return
    workflow_state = (
        WorkflowState.objects.filter(
            base_content_type_id=instance.get_base_content_type().pk,
            object_id=str(instance.pk),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        .select_related("current_task_state")
        .first()
    )
    state = workflow_state.current_task_state if workflow_state else None
    if state is None or state.status != TaskState.STATUS_IN_PROGRESS:
        return
    if state.revision_id != instance.latest_revision_id or (
        instance.latest_revision_created_at > state.started_at
    ):
        state.specific.cancel(
            user=instance.latest_revision.user,
            resume=True,
            comment=_("The draft was edited, so this step starts again."),
        )


post_save.connect(restart_current_step_on_edit, dispatch_uid="review_restart_step_on_edit")


def same_roles_in_every_language(sender, instance, created, **kwargs):
    """A home page in a new language gets the roles' permissions of the English one,
    so editors and publishers can work on its translations."""
    if not created or not isinstance(instance, LanguageHomeMixin):
        return
    source = (
        instance.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if source is None:
        return
    for grant in GroupPagePermission.objects.filter(page=source):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=instance, permission_id=grant.permission_id
        )


post_save.connect(same_roles_in_every_language, dispatch_uid="review_roles_in_every_language")
