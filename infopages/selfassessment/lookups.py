"""Referrals seen from another team's record with the same email (see
council_site.core.held_about): the communication needs they recorded, read-only,
for those who may already see referrals."""

from django.urls import reverse
from django.utils.translation import gettext as _

from council_site.core.held_about import HeldRecord

from .models import Referral


def referrals_about(email, user):
    if not user.has_perm("selfassessment.view_referral"):
        return []
    return [
        HeldRecord(
            kind=_("Referral for a needs assessment"),
            reference=referral.reference,
            needs=[
                referral.language_display(),
                referral.get_format_display(),
                *referral.communication_needs_display(),
                *([referral.communication_other] if referral.communication_other else []),
            ],
            url=reverse("selfassessment_referral:inspect", args=[referral.pk]),
        )
        for referral in Referral.objects.about_email(email)
    ]
