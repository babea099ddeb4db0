"""How many self-assessments were started, completed, suggested eligibility and led to
a referral, by month: counts only, never who."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JourneyEvent(models.TextChoices):
    STARTED = "started", _("Started")
    COMPLETED = "completed", _("Completed")
    ELIGIBLE = "eligible", _("Suggesting eligibility")
    REFERRAL = "referral", _("Asked for an assessment")


class JourneyCount(models.Model):
    # The self-assessment in every language: its translation key outlives the page.
    assessment = models.UUIDField(db_index=True)
    language = models.CharField(max_length=10)
    month = models.DateField(help_text=_("The first day of the month."))
    event = models.CharField(max_length=20, choices=JourneyEvent.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "language", "month", "event"], name="one_count_per_month"
            )
        ]
        verbose_name = _("self-assessment count")

    def __str__(self):
        return f"{self.month:%Y-%m} {self.event}: {self.count}"

    @classmethod
    def add_one(cls, event, page):
        key = {
            "assessment": page.translation_key,
            "language": page.locale.language_code,
            "month": timezone.localdate().replace(day=1),
            "event": JourneyEvent(event),
        }
        if cls.objects.filter(**key).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(**key, count=1)
        except IntegrityError:  # another request made this month's row meanwhile
            cls.objects.filter(**key).update(count=F("count") + 1)


def monthly_totals(since):
    """Each month from `since` on, newest first, with its total of each event over
    every self-assessment and language."""
    totals = {}
    rows = (
        JourneyCount.objects.filter(month__gte=since)
        .values_list("month", "event")
        .annotate(total=models.Sum("count"))
    )
    for month, event, total in rows:
        totals.setdefault(month, dict.fromkeys(JourneyEvent.values, 0))[event] = total
    return sorted(totals.items(), reverse=True)
