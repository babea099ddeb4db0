from django.db import models
from django.utils.translation import gettext_lazy as _


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
