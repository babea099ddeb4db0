import smtplib
from datetime import timedelta
from unittest import mock

from django.core.management import call_command
from django.utils import timezone

from council_site.outbox.models import OutboxEmail
from council_site.outbox.sending import queue_email


def test_email_is_sent_after_the_transaction_commits(
    db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = queue_email("a@example.org", "Hello", "Body")
        assert mailoutbox == []  # nothing leaves before commit
    for callback in callbacks:
        callback()
    assert [m.subject for m in mailoutbox] == ["Hello"]
    email.refresh_from_db()
    assert email.sent_at is not None


def test_a_mail_server_failure_keeps_the_email_and_it_is_sent_later(
    db, mailoutbox, django_capture_on_commit_callbacks
):
    with (
        mock.patch(
            "council_site.outbox.sending.send_mail",
            side_effect=smtplib.SMTPServerDisconnected("down"),
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        email = queue_email("a@example.org", "Kept", "Body")
    email.refresh_from_db()
    assert (email.sent_at, email.attempts) == (None, 1)
    assert "down" in email.last_error
    assert email.next_attempt_at > timezone.now()

    call_command("send_queued_email")  # not yet due: waits before retrying
    assert mailoutbox == []
    OutboxEmail.objects.filter(pk=email.pk).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    call_command("send_queued_email")
    assert [m.subject for m in mailoutbox] == ["Kept"]
    email.refresh_from_db()
    assert email.sent_at is not None


def test_an_email_is_never_sent_twice(db, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("a@example.org", "Once", "Body")
    OutboxEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_queued_email")
    assert len(mailoutbox) == 1
