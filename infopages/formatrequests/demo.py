"""Five demo requests in the accessible formats team's queue, one overdue, from
their data file (site/demo/content/format-requests/requests.yaml). Each has a fixed
submission id made from its key, so seeding again changes them back rather than
adding more; dates are counted back from today, so the overdue one stays overdue."""

import uuid
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from council_site.demo import registry

from .models import CONSENT_VERSION, FormatRequest, Status, due_date

DATA_KEY = "format-requests/requests"
ID_NAMESPACE = uuid.UUID("5c1f9e0a-2b7d-4e83-a6c4-8d9e0f1a2b3c")
COPIED = ("format", "language", "delivery", "name", "email", "phone", "address", "postcode")


def days_ago(days):
    return timezone.now() - timedelta(days=days) if days is not None else None


def page_in(seeder, key, language):
    page = seeder.page(key)
    if not language:
        return page
    return (
        Page.objects.filter(
            translation_key=page.translation_key, locale__language_code=language
        ).first()
        or page
    )


def step(seeder):
    data = seeder.data.file(DATA_KEY).fields
    handler = seeder.user(data["handler"])
    for entry in data["requests"]:
        status = Status(entry["status"])
        page = page_in(seeder, entry["page"], entry.get("page_language"))
        received_at = days_ago(entry["received_days_ago"])
        format_request, created = FormatRequest.objects.update_or_create(
            submission_id=uuid.uuid5(ID_NAMESPACE, entry["key"]),
            defaults={
                **{field: entry.get(field, "") for field in COPIED},
                "reference": entry["reference"],
                "page": page,
                "page_language": page.locale.language_code,
                "needs": entry.get("needs", ""),
                "site_language": entry["site_language"],
                "consent_version": CONSENT_VERSION,
                "status": status,
                "handler": handler if status != Status.NEW else None,
                "received_at": received_at,
                "due_on": due_date(received_at),
                "sent_at": days_ago(entry.get("sent_days_ago")),
                "closed_at": days_ago(entry.get("closed_days_ago")),
                "erased_at": None,
            },
        )
        seeder.log(
            f"{'Made' if created else 'Kept'} demo format request {format_request.reference}"
        )


def register():
    registry.register("format-requests", step, after=["logins", "page-translations"])
