from django.db import models
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 500


class PageFeedback(models.Model):
    """An anonymous answer to "Is this page useful?". No personal data is asked for or kept."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    # A random value made for each form shown; a second submission of the same form is ignored.
    submission_id = models.UUIDField(unique=True, editable=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.useful else 'no'}"
