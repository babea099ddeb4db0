"""Format requests under an email address, for the other teams' records of the
same person (see council_site.core.held_about)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from council_site.core.held_about import HeldRecord

from .models import FormatRequest


def format_requests_about(email, user):
    if not user.has_perm("formatrequests.view_formatrequest"):
        return []
    return [
        HeldRecord(
            kind=_("Request for another format"),
            reference=found.reference,
            needs=[need for need in (found.format_display(), found.needs) if need],
            url=reverse("formatrequest_queue:inspect", args=[found.pk]),
        )
        for found in FormatRequest.objects.about_email(email)
    ]
