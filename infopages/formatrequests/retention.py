"""How long format requests are kept: closed requests are deleted
FORMAT_REQUEST_RETENTION_DAYS after they were closed (90 days unless set). Open
and sent requests are kept while the team may still be asked about them."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import FormatRequest
from .receiving import forget_traces


def delete_closed_format_requests(now=None):
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.FORMAT_REQUEST_RETENTION_DAYS)
    deleted = 0
    for format_request in FormatRequest.objects.closed_before(cutoff):
        with transaction.atomic():
            forget_traces(format_request)
            format_request.delete()
        deleted += 1
    return deleted
