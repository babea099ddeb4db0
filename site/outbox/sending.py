"""Queue emails with the database change that causes them; send them after commit."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from council_site.contact_text import isolated_in_plain_text

from .models import OutboxEmail

logger = logging.getLogger(__name__)


def queue_email(to, subject, body):
    """Store the email now; a task sends it once the surrounding transaction commits.
    Its phone numbers keep their digit groups in order in right-to-left languages."""
    email = OutboxEmail.objects.create(to=to, subject=subject, body=isolated_in_plain_text(body))
    transaction.on_commit(lambda: send_queued_email.enqueue(email.pk))
    return email


@task()
def send_queued_email(email_id):
    with transaction.atomic():
        email = OutboxEmail.objects.select_for_update().filter(pk=email_id, sent_at=None).first()
        if email is None:
            return
        try:
            send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to])
        except Exception as error:  # any failure of the mail server is retried later
            logger.warning("Email %s not sent, will retry: %s", email.pk, type(error).__name__)
            email.record_failure(error)
            return
        email.sent_at = timezone.now()
        email.save(update_fields=["sent_at"])


def send_due_emails():
    sent = 0
    for email_id in OutboxEmail.objects.due().values_list("pk", flat=True):
        send_queued_email.call(email_id)
        sent += 1
    return sent
