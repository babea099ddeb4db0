import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from infopages.review.models import ReviewInvitation, ReviewVote, invitation_signer
from infopages.review.voting import record_vote
from tests.factories import sign_in

NOT_VALID = "This link is no longer valid"


def invite(page, editor, is_member=True, **fields):
    return ReviewInvitation.objects.create(
        page=page,
        task_state=page.current_workflow_task_state,
        name="Morgan Carer",
        email="morgan@example.org",
        is_stakeholder_member=is_member,
        invited_by=editor,
        **fields,
    )


def link(invitation, view="review"):
    return reverse(f"review_invitation:{view}", args=[invitation.token])


@pytest.fixture
def invitation(draft_at_stakeholder_step, people):
    return invite(draft_at_stakeholder_step, people["editor"])


def test_invited_reviewer_sees_the_form_and_the_draft_as_residents_will(invitation):
    page = Client().get(link(invitation)).content.decode()
    assert "Review “<bdi>How to report abuse</bdi>”" in page
    assert "Send my review" in page
    draft = Client().get(link(invitation, "draft"))
    assert draft.status_code == 200
    assert "A clearer summary." in draft.content.decode()  # the draft, not the live page


def test_in_arabic_the_english_title_is_set_apart_from_the_arabic_around_it(invitation):
    page = Client(HTTP_ACCEPT_LANGUAGE="ar").get(link(invitation)).content.decode()
    heading = re.search(r'<h1 class="govuk-heading-xl">(.*?)</h1>', page).group(1)
    assert heading == "مراجعة «<bdi>How to report abuse</bdi>»"


def test_a_members_approval_counts_and_the_link_cannot_be_used_again(invitation, people):
    client = Client()
    response = client.post(link(invitation), {"outcome": "approved", "comment": "Clear."})
    assert "Thank you for your review" in response.content.decode()
    vote = ReviewVote.objects.get(invitation=invitation)
    assert (vote.reviewer_name, vote.is_stakeholder, vote.comment) == (
        "Morgan Carer",
        True,
        "Clear.",
    )
    replay = client.post(link(invitation), {"outcome": "approved"})
    assert replay.status_code == 410
    assert NOT_VALID in replay.content.decode()
    assert ReviewVote.objects.filter(invitation=invitation).count() == 1
    record_vote(invitation.task_state, outcome=ReviewVote.APPROVED, reviewer=people["expert1"])
    invitation.page.refresh_from_db()
    assert invitation.page.current_workflow_task.name == "Final sign-off"


def test_someone_outside_the_group_is_recorded_but_does_not_count(
    draft_at_stakeholder_step, people
):
    outsider = invite(draft_at_stakeholder_step, people["editor"], is_member=False)
    Client().post(link(outsider), {"outcome": "changes_requested", "comment": "Use simpler words."})
    vote = ReviewVote.objects.get(invitation=outsider)
    assert not vote.is_stakeholder
    assert draft_at_stakeholder_step.current_workflow_task.name == "Stakeholder review"


def test_requesting_changes_needs_a_comment_and_keeps_what_was_typed(invitation):
    response = Client().post(link(invitation), {"outcome": "changes_requested", "comment": "  "})
    html = response.content.decode()
    assert "Tell the editor what needs to change" in html
    assert 'value="changes_requested" checked' in html
    assert not ReviewVote.objects.filter(invitation=invitation).exists()


@pytest.mark.parametrize("problem", ["expired", "revoked", "tampered", "edited", "unknown"])
def test_a_link_that_is_no_longer_valid_shows_no_draft(invitation, people, problem):
    url, draft_url = link(invitation), link(invitation, "draft")
    if problem == "expired":
        ReviewInvitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
    elif problem == "revoked":
        ReviewInvitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    elif problem == "tampered":
        url = url.replace(invitation.token, invitation.token[:-2] + "xx")
        draft_url = draft_url.replace(invitation.token, invitation.token[:-2] + "xx")
    elif problem == "edited":
        page = invitation.page.specific
        page.summary = "Changed again."
        page.save_revision(user=people["editor"])
    else:
        token = invitation_signer().sign_object({"invitation": 999999, "revision": 1})
        url, draft_url = f"/review/{token}/", f"/review/{token}/draft/"
    for address in (url, draft_url):
        response = Client().get(address)
        assert response.status_code == 410
        assert NOT_VALID in response.content.decode()
        assert "A clearer summary." not in response.content.decode()
    assert Client().post(url, {"outcome": "approved"}).status_code == 410
    assert not ReviewVote.objects.filter(invitation=invitation).exists()


def test_editor_invites_and_revokes_from_the_admin(
    draft_at_stakeholder_step, people, mailoutbox, django_capture_on_commit_callbacks
):
    client = Client()
    sign_in(client, people["editor"])
    page = draft_at_stakeholder_step
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("review:invite", args=[page.pk]),
            {
                "name": "Morgan Carer",
                "email": "morgan@example.org",
                "is_stakeholder_member": "on",
                "days_valid": "7",
            },
        )
    assert response.status_code == 302
    invitation = ReviewInvitation.objects.get()
    assert (
        timedelta(days=7, minutes=-5) < invitation.expires_at - timezone.now() <= timedelta(days=7)
    )
    assert mailoutbox[-1].to == ["morgan@example.org"]
    emailed_link = re.search(r"https?://\S+/review/\S+/", mailoutbox[-1].body).group()
    assert page.title in Client().get(urlparse(emailed_link).path).content.decode()

    client.post(reverse("review:revoke", args=[invitation.pk]))
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert Client().get(link(invitation)).status_code == 410


def test_invitations_only_at_the_stakeholder_step(information_page, people):
    client = Client()
    sign_in(client, people["editor"])
    response = client.post(
        reverse("review:invite", args=[information_page.pk]),
        {"name": "A", "email": "a@example.org", "days_valid": "14"},
    )
    assert response.status_code == 302
    assert not ReviewInvitation.objects.exists()


def test_invalid_invitation_form_is_explained(draft_at_stakeholder_step, people):
    client = Client()
    sign_in(client, people["editor"])
    response = client.post(
        reverse("review:invite", args=[draft_at_stakeholder_step.pk]),
        {"name": "", "email": "not-an-email", "days_valid": "500"},
    )
    html = response.content.decode()
    assert "Enter a valid email address." in html
    assert "Ensure this value is less than or equal to 60." in html
    assert not ReviewInvitation.objects.exists()
