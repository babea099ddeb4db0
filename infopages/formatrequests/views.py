"""Asking for information in another format or language, from any page's footer or
the address printed in an edition. The form is never cached, checked against
robots like every public form, and stored once however often it is sent."""

import uuid

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from council_site.antispam import rate_limited, started_token_to_keep

from .forms import FormatRequestForm
from .receiving import submit

SENT_REFERENCE = "format_request_sent"


def requested_page(value):
    """The page the reader asked from, if it is one anyone may read."""
    try:
        page_id = int(value)
    except (TypeError, ValueError):
        return None
    return Page.objects.live().public().filter(pk=page_id).select_related("locale").first()


def too_many_forms(request):
    return render(
        request,
        "formatrequests/message.html",
        {
            "title": _("You have sent this form too many times"),
            "paragraphs": [_("Please wait an hour and try again, or email us.")],
        },
    )


@never_cache
@rate_limited("format_request", too_many_forms)
@require_http_methods(["GET", "POST"])
def ask(request):
    if request.method == "POST":
        page = requested_page(request.POST.get("page"))
        form = FormatRequestForm(request.POST)
        if form.is_valid():
            sent = submit(form.details(), page, get_language(), form.cleaned_data["submission_id"])
            request.session[SENT_REFERENCE] = sent.record.reference
            return redirect("formatrequests:sent")
        status = 400
    else:
        page = requested_page(request.GET.get("page"))
        form = FormatRequestForm(initial={"submission_id": uuid.uuid4()})
        status = 200
    return render(
        request,
        "formatrequests/ask.html",
        {
            "requested_page": page,
            "form": form,
            "form_started": started_token_to_keep(form),
            "retention_days": settings.FORMAT_REQUEST_RETENTION_DAYS,
            "turnaround_days": settings.FORMAT_REQUEST_TURNAROUND_DAYS,
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET"])
def sent(request):
    reference = request.session.get(SENT_REFERENCE)
    if reference is None:
        return redirect("formatrequests:ask")
    return render(
        request,
        "formatrequests/sent.html",
        {"reference": reference, "turnaround_days": settings.FORMAT_REQUEST_TURNAROUND_DAYS},
    )
