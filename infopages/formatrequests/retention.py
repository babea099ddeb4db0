"""How long format requests are kept: closed requests are deleted
FORMAT_REQUEST_RETENTION_DAYS after they were closed (90 days unless set). Open
and sent requests are kept while the team may still be asked about them."""

from django.conf import settings

from council_site.core.personal_records import delete_closed

from .models import FormatRequest
from .receiving import forget_traces


def delete_closed_format_requests(now=None):
    return delete_closed(FormatRequest, settings.FORMAT_REQUEST_RETENTION_DAYS, forget_traces, now)
