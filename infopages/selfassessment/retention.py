"""How long referrals are kept: closed referrals are deleted REFERRAL_RETENTION_DAYS
after they were closed (the council's retention schedule; 90 days unless set).
Open referrals are kept while Adult Social Care Direct works on them."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models.referral import Referral
from .referrals import forget_traces


def delete_closed_referrals(now=None):
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.REFERRAL_RETENTION_DAYS)
    deleted = 0
    for referral in Referral.objects.closed_before(cutoff):
        with transaction.atomic():
            forget_traces(referral)
            referral.delete()
        deleted += 1
    return deleted
