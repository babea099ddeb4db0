import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def this_month():
    return timezone.localdate().replace(day=1)


class SurveyResponse(models.Model):
    """One person's answers, with nothing that could identify them: no name, address
    or time of day, only the month."""

    month = models.DateField(_("month"), default=this_month, db_index=True)
    # Random for each form shown, so sending the same form twice counts once.
    submission_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("experience survey response")

    def __str__(self):
        return f"{self.month:%Y-%m}"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.CharField(max_length=40)
    answer = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["response", "question"], name="one_answer_per_question")
        ]

    def __str__(self):
        return f"{self.question}: {self.answer}"
