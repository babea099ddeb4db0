from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from council_site.core.retries import Retried


class OutboxEmailQuerySet(models.QuerySet):
    def due(self, now=None):
        return self.filter(sent_at__isnull=True, next_attempt_at__lte=now or timezone.now())


class OutboxEmail(Retried):
    """An email that must not be lost: it is stored with the change that causes it,
    in the same transaction, and stays here until the mail server has accepted it."""

    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)

    # Waits between attempts grow so a mail server that is down for hours is not hammered.
    retry_delays = [timedelta(minutes=m) for m in (1, 5, 15, 60, 240)]

    objects = OutboxEmailQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("queued email")

    def __str__(self):
        return f"{self.subject} → {self.to}"

    def record_failure(self, error):
        self.note_failure(error)
        self.save(update_fields=["attempts", "last_error", "next_attempt_at"])
