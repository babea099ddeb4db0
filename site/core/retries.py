"""One way to try again: the email outbox and the print editions both keep what
failed, with a growing wait between attempts, so a mail server or a PDF that
fails for hours is not hammered and nothing is lost meanwhile."""

from django.db import models
from django.utils import timezone

ERROR_LENGTH = 2000


def wait_before_attempt(attempts_so_far, delays):
    """The wait after the given number of failed attempts: each delay in turn, then
    the last one again."""
    return delays[min(attempts_so_far, len(delays) - 1)]


class Retried(models.Model):
    """Something tried again after a failure. Set `retry_delays` (timedeltas), and
    `max_attempts` where trying should stop."""

    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(default=timezone.now)

    retry_delays = ()
    max_attempts = None

    class Meta:
        abstract = True

    @property
    def gives_up(self):
        return self.max_attempts is not None and self.attempts >= self.max_attempts

    def note_failure(self, error, now=None):
        """Counts the attempt and sets the next one; the caller saves."""
        now = now or timezone.now()
        self.next_attempt_at = now + wait_before_attempt(self.attempts, self.retry_delays)
        self.attempts += 1
        self.last_error = str(error)[:ERROR_LENGTH]
