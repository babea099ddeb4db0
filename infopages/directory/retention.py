"""How long readers' suggested corrections are kept: once the team has dealt with
one, it is deleted SUGGESTION_RETENTION_DAYS after it was sent (30 unless set).
Suggestions ask for no personal data, but a reader may type some anyway."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import Suggestion


def delete_handled_suggestions(now=None):
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.SUGGESTION_RETENTION_DAYS)
    deleted, _by_model = Suggestion.objects.filter(done=True, created_at__lt=cutoff).delete()
    return deleted
