from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class TranslationRequest(models.Model):
    """A reader asked for a page in their language. No personal data is kept: the
    council counts these to decide what to translate next."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_requests"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    requested_on = models.DateField(_("requested on"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("translation request")
        permissions = [("view_translation_status", "Can see which pages need translating")]

    def __str__(self):
        return f"{self.page_id} in {self.locale_id} on {self.requested_on}"


class TranslationCheckTask(GroupApprovalTask):
    """A fluent reader checks a translation against the English page before it is
    published; the published translation then says when it was checked."""

    class Meta:
        verbose_name = _("translation check task")
        verbose_name_plural = _("translation check tasks")

    @classmethod
    def get_description(cls):
        return _("A member of the chosen groups checks the translation against the English page.")
