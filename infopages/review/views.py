"""Reviewing a draft: for stakeholder reviewers with an account (in the admin) and
for invited reviewers without one (through a signed link)."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page, TaskState

from .forms import InvitationForm, ReviewDecisionForm
from .models import ReviewInvitation, StakeholderReviewTask
from .notifications import invitation_sent
from .voting import ReviewRefused, record_vote, refusal_for_account, still_needed_for


def stakeholder_task_state(task_state_id):
    state = get_object_or_404(
        TaskState.objects.select_related("revision", "task", "workflow_state"), pk=task_state_id
    )
    task = state.task.specific
    if not isinstance(task, StakeholderReviewTask):
        raise Http404
    return state, task


def draft_of(state):
    return state.revision.as_object()


@never_cache
def decide(request, task_state_id):
    """A signed-in stakeholder reviewer approves a draft or asks for changes."""
    state, task = stakeholder_task_state(task_state_id)
    if not task.is_member(request.user):
        raise PermissionDenied
    refusal = refusal_for_account(state, task, request.user)
    form = ReviewDecisionForm(request.POST or None)
    if request.method == "POST" and not refusal and form.is_valid():
        try:
            record_vote(state, reviewer=request.user, **form.cleaned_data)
        except ReviewRefused as refused:
            refusal = str(refused)
        else:
            messages.success(
                request,
                _("Thank you. Your review of “%(title)s” has been recorded.")
                % {"title": state.revision.object_str},
            )
            return redirect("wagtailadmin_home")
    return render(
        request,
        "review/decide.html",
        {
            "state": state,
            "task": task,
            "draft": draft_of(state),
            "form": form,
            "refusal": refusal,
            "still_needed": still_needed_for(state, task),
            "preview_url": reverse(
                "wagtailadmin_pages:workflow_preview", args=[state.revision.object_id, task.pk]
            ),
        },
    )


def editable_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def current_stakeholder_state(page):
    state = page.current_workflow_task_state
    if state is None or not isinstance(state.task.specific, StakeholderReviewTask):
        return None
    return state


@never_cache
def invite(request, page_id):
    """An editor invites a named person without an account to review this draft."""
    page = editable_page(request, page_id)
    state = current_stakeholder_state(page)
    if state is None:
        messages.error(
            request, _("You can invite reviewers when the draft is at the stakeholder review step.")
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            invitation = form.save(commit=False)
            invitation.page = page
            invitation.task_state = state
            invitation.invited_by = request.user
            invitation.expires_at = timezone.now() + timedelta(days=form.cleaned_data["days_valid"])
            invitation.save()
            invitation_sent(invitation)
        messages.success(
            request,
            _("%(name)s has been sent a link to review the draft.") % {"name": invitation.name},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return render(request, "review/invite.html", {"page": page, "form": form, "state": state})


def revoke(request, invitation_id):
    invitation = get_object_or_404(ReviewInvitation, pk=invitation_id)
    editable_page(request, invitation.page_id)
    if request.method != "POST":
        return render(request, "review/revoke.html", {"invitation": invitation})
    if invitation.revoked_at is None and invitation.responded_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        messages.success(
            request, _("The link sent to %(name)s no longer works.") % {"name": invitation.name}
        )
    return redirect("wagtailadmin_pages:edit", invitation.page_id)


def usable_invitation(token):
    invitation = ReviewInvitation.from_token(token)
    return invitation if invitation is not None and invitation.is_usable() else None


def link_no_longer_valid(request):
    return render(request, "pages/review_link_not_valid.html", status=410)


@never_cache
def invited_review(request, token):
    invitation = usable_invitation(token)
    if invitation is None:
        return link_no_longer_valid(request)
    form = ReviewDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record_vote(invitation.task_state, invitation=invitation, **form.cleaned_data)
        except ReviewRefused:
            return link_no_longer_valid(request)
        return render(request, "pages/invited_review_thanks.html", {"invitation": invitation})
    return render(
        request,
        "pages/invited_review.html",
        {
            "invitation": invitation,
            "form": form,
            "title": invitation.task_state.revision.object_str,
        },
    )


@never_cache
def invited_draft(request, token):
    """The draft exactly as residents would see it once published."""
    invitation = usable_invitation(token)
    if invitation is None:
        return link_no_longer_valid(request)
    draft = draft_of(invitation.task_state)
    return draft.make_preview_request(request, draft.default_preview_mode)
