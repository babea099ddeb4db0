"""Three demo referrals in Adult Social Care Direct's queue, from their data file
(site/demo/content/self-assessment/referrals.yaml). Each has a fixed submission id
made from its key, so seeding again changes them back rather than adding more."""

import uuid
from datetime import timedelta

from django.utils import timezone

from .models.referral import CONSENT_VERSION, Referral, Status

DATA_KEY = "self-assessment/referrals"
ID_NAMESPACE = uuid.UUID("0b7d3f4a-6c1e-4f59-9d2a-3e8b5a7c9f10")
COPIED = (
    "referred_for",
    "name",
    "date_of_birth",
    "address",
    "postcode",
    "contact_methods",
    "phone",
    "email",
    "language",
    "format",
    "communication_needs",
    "interpreter_language",
    "urgent",
    "urgent_reason",
    "site_language",
    "answers",
)
REFERRER = ("referrer_name", "referrer_relationship", "referrer_contact")


def days_ago(days):
    return timezone.now() - timedelta(days=days) if days is not None else None


def step(seeder):
    data = seeder.data.file(DATA_KEY).fields
    page = seeder.page(data["self_assessment"])
    handler = seeder.user(data["handler"])
    for entry in data["referrals"]:
        status = Status(entry["status"])
        fields = {field: entry[field] for field in COPIED}
        fields.update({field: entry.get(field, "") for field in REFERRER})
        referral, created = Referral.objects.update_or_create(
            submission_id=uuid.uuid5(ID_NAMESPACE, entry["key"]),
            defaults={
                **fields,
                "reference": entry["reference"],
                "self_assessment": page,
                "consent_version": CONSENT_VERSION,
                "status": status,
                "handler": handler if status != Status.NEW else None,
                "received_at": days_ago(entry["received_days_ago"]),
                "closed_at": days_ago(entry.get("closed_days_ago")),
                "erased_at": None,
            },
        )
        seeder.log(f"{'Made' if created else 'Kept'} demo referral {referral.reference}")
