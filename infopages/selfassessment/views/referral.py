"""Asking for a needs assessment, from a self-assessment's result or straight from its
page: anyone may ask whatever their answers. The form is never cached, checked
against robots like every public form, and stored once however often it is sent."""

import uuid

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from council_site.antispam import rate_limited, started_token_to_keep

from ..forms.referral import ReferralForm
from ..journey import answers_for_referral, record
from ..referrals import submit
from .journey import in_reader_language

SENT_REFERENCE = "selfassessment_referral_sent"


def back_url(page, journey):
    if journey.exists and journey.is_complete:
        return reverse("selfassessment:result", args=[page.pk])
    return page.url


def too_many_forms(request):
    return render(
        request,
        "selfassessment/referral_message.html",
        {
            "title": _("You have sent this form too many times"),
            "paragraphs": [
                _("Please wait an hour and try again, or phone Adult Social Care Direct.")
            ],
        },
    )


@in_reader_language
@rate_limited("referral", too_many_forms)
@require_http_methods(["GET", "POST"])
def referral(request, page, journey):
    if request.method == "POST":
        form = ReferralForm(request.POST)
        if form.is_valid():
            sent = submit(
                form.details(),
                answers_for_referral(request, page),
                page,
                get_language(),
                form.cleaned_data["submission_id"],
            )
            if sent.new:
                record("referral", page)
            request.session[SENT_REFERENCE] = sent.record.reference
            return redirect("selfassessment:referral_sent", page_id=page.pk)
        status = 400
    else:
        form = ReferralForm(initial={"submission_id": uuid.uuid4(), "language": get_language()})
        status = 200
    return render(
        request,
        "selfassessment/referral.html",
        {
            "page": page,
            "form": form,
            "form_started": started_token_to_keep(form),
            "has_answers": journey.exists,
            "back_url": back_url(page, journey),
            "retention_days": settings.REFERRAL_RETENTION_DAYS,
        },
        status=status,
    )


@in_reader_language
@require_http_methods(["GET"])
def referral_sent(request, page, journey):
    reference = request.session.get(SENT_REFERENCE)
    if reference is None:
        return redirect("selfassessment:referral", page_id=page.pk)
    return render(
        request, "selfassessment/referral_sent.html", {"page": page, "reference": reference}
    )
