"""How long referrals are kept: closed referrals are deleted REFERRAL_RETENTION_DAYS
after they were closed (the council's retention schedule; 90 days unless set).
Open referrals are kept while Adult Social Care Direct works on them."""

from django.conf import settings

from council_site.core.personal_records import delete_closed

from .models.referral import Referral
from .referrals import forget_traces


def delete_closed_referrals(now=None):
    return delete_closed(Referral, settings.REFERRAL_RETENTION_DAYS, forget_traces, now)
