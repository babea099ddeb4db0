"""Email each page owner one digest of their pages that are overdue for review or
due within 60 days. Run daily by cron; see the README."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from council_site.outbox.sending import queue_email
from infopages.page_types import information_page_model
from infopages.review.admin_views import DUE_SOON_DAYS


def pages_due_by_owner(today):
    due = (
        information_page_model()
        .objects.live()
        .filter(next_review_due__lte=today + timedelta(days=DUE_SOON_DAYS), owner__is_active=True)
        .exclude(owner__email="")
        .select_related("owner")
        .order_by("next_review_due")
    )
    by_owner = defaultdict(list)
    for page in due:
        page.edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailadmin_pages:edit", args=[page.pk]
        )
        page.overdue = page.next_review_due < today
        by_owner[page.owner].append(page)
    return by_owner


class Command(BaseCommand):
    help = "Email page owners a digest of their pages overdue or due for review within 60 days."

    def handle(self, *args, **options):
        today = timezone.localdate()
        by_owner = pages_due_by_owner(today)
        with transaction.atomic():
            for owner, pages in by_owner.items():
                body = render_to_string(
                    "review/emails/review_reminder.txt", {"owner": owner, "pages": pages}
                )
                queue_email(
                    owner.email, _("Pages due for review: %(count)d") % {"count": len(pages)}, body
                )
        self.stdout.write(f"Queued reminders for {len(by_owner)} page owner(s).")
