from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from . import outcomes
from .voting import record_vote, refusal_for_account

INVITATION_SALT = "infopages.review.invitation"
INVITATION_DAYS = 14


def invitation_signer():
    return signing.Signer(salt=INVITATION_SALT)


class StakeholderReviewTask(Task):
    """Experts by experience review a draft: it passes when enough different
    members of the stakeholder group approve it; any one of them can send it
    back with a request for changes."""

    group = models.ForeignKey(
        Group,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("stakeholder group"),
        help_text=_("People in this group review drafts at this step."),
    )
    required_approvals = models.PositiveSmallIntegerField(
        _("approvals needed"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text=_("How many different members must approve before the draft moves on."),
    )
    easy_read_approval_required = models.BooleanField(
        _("Easy Read approval needed"),
        default=False,
        help_text=_(
            "For Easy Read pages, at least one approval must come from an Easy Read reviewer."
        ),
    )

    admin_form_fields = [
        *Task.admin_form_fields,
        "group",
        "required_approvals",
        "easy_read_approval_required",
    ]
    # How the voting rules know the step is theirs, without importing this model.
    decided_by_votes = True

    class Meta:
        verbose_name = _("stakeholder review task")
        verbose_name_plural = _("stakeholder review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Several members of the stakeholder group must approve; "
            "any one of them can request changes."
        )

    def is_member(self, user):
        cache = user.__dict__.setdefault("_stakeholder_task_membership", {})
        if self.pk not in cache:
            cache[self.pk] = user.is_active and user.groups.filter(pk=self.group_id).exists()
        return cache[self.pk]

    def get_actions(self, obj, user):
        state = obj.current_workflow_task_state
        if state is None or refusal_for_account(state, self, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        outcome = ReviewVote.APPROVED if action_name == "approve" else ReviewVote.CHANGES_REQUESTED
        record_vote(task_state, outcome=outcome, reviewer=user, comment=kwargs.get("comment", ""))

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.is_member(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()


class ReviewInvitation(models.Model):
    """A named person without an account, asked by email to review one draft."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="review_invitations"
    )
    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="review_invitations"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    is_stakeholder_member = models.BooleanField(
        _("member of the stakeholder group"),
        default=False,
        help_text=_("Only members' approvals count towards the approvals needed."),
    )
    is_easy_read_reviewer = models.BooleanField(
        _("Easy Read reviewer"),
        default=False,
        help_text=_(
            "A person with a learning disability, or their supporter: "
            "Easy Read pages need an approval from one."
        ),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("link expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def save(self, *args, **kwargs):
        if not self.expires_at:
            self.expires_at = timezone.now() + timedelta(days=INVITATION_DAYS)
        super().save(*args, **kwargs)

    @property
    def token(self):
        # Unlike signing.dumps, no timestamp: the expiry is kept here, so the same
        # invitation always has the same link, whenever it is written out.
        return invitation_signer().sign_object(
            {"invitation": self.pk, "revision": self.task_state.revision_id}
        )

    @classmethod
    def from_token(cls, token):
        """The invitation the link was made for, if the link is genuine; otherwise None."""
        try:
            data = invitation_signer().unsign_object(token)
        except signing.BadSignature:
            return None
        return (
            cls.objects.select_related("task_state__task", "task_state__revision", "page")
            .filter(pk=data.get("invitation"), task_state__revision_id=data.get("revision"))
            .first()
        )

    def is_usable(self, now=None):
        now = now or timezone.now()
        return (
            self.revoked_at is None
            and self.responded_at is None
            and self.expires_at > now
            and self.task_state.status == TaskState.STATUS_IN_PROGRESS
        )

    @property
    def status(self):
        if self.responded_at:
            return _("Responded")
        if self.revoked_at:
            return _("Revoked")
        if self.expires_at <= timezone.now():
            return _("Expired")
        if self.task_state.status != TaskState.STATUS_IN_PROGRESS:
            return _("Draft has moved on")
        return _("Waiting")


class ReviewVote(models.Model):
    """One person's decision on one revision at one step of the review. Kept for good,
    so the council can show who reviewed what and when."""

    APPROVED = outcomes.APPROVED
    CHANGES_REQUESTED = outcomes.CHANGES_REQUESTED
    OUTCOMES = outcomes.OUTCOMES

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="review_votes"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    task_state = models.ForeignKey(
        TaskState, on_delete=models.SET_NULL, null=True, related_name="review_votes"
    )
    step = models.CharField(_("step"), max_length=255)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="review_votes"
    )
    invitation = models.ForeignKey(
        ReviewInvitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="votes"
    )
    reviewer_name = models.CharField(_("reviewer"), max_length=150)
    is_stakeholder = models.BooleanField(
        _("stakeholder group member"),
        default=False,
        help_text=_("An expert by experience from the stakeholder group."),
    )
    is_easy_read_reviewer = models.BooleanField(_("Easy Read reviewer"), default=False)
    outcome = models.CharField(_("outcome"), max_length=20, choices=OUTCOMES)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    completes_stakeholder_review = models.BooleanField(default=False)
    completes_translation_check = models.BooleanField(default=False)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("review decision")
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "reviewer"],
                condition=models.Q(reviewer__isnull=False),
                name="one_decision_per_reviewer_per_step",
            ),
            models.UniqueConstraint(
                fields=["task_state", "invitation"],
                condition=models.Q(invitation__isnull=False),
                name="one_decision_per_invitation",
            ),
        ]
        permissions = [
            ("view_review_schedule", "Can see which pages are due for review"),
            ("view_involvement_record", "Can see the involvement record of stakeholder reviewers"),
        ]

    def __str__(self):
        return f"{self.reviewer_name}: {self.get_outcome_display()} ({self.step})"
