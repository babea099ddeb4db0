"""The council's contact details: read by every page, the footer, the print editions
and the emails, so they live here, where every app may import them."""

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from council_site.core.caching import forget, get_or_compute
from council_site.languages import LANGUAGE_INFO, SOURCE_LANGUAGE

from .blocks import LinkBlock

CONTACT_DETAILS_CACHE_SECONDS = 300
# A change reaches every process within this, even without Redis.
CONTACT_DETAILS_LOCAL_SECONDS = 5


def contact_details_cache_key(language_code):
    return f"contact-details:{language_code}"


class ContactDetails(TranslatableMixin, models.Model):
    """The council's names, contact numbers and footer links, shown on every page and
    in every printed edition. Translated like pages, with wagtail-localize: the
    words are translated, and numbers and addresses are kept in step with the
    English version unless a language needs its own (a line with interpreters)."""

    council_name = models.CharField(max_length=100, default="Coventry City Council")
    service_name = models.CharField(
        max_length=100,
        default="Adult social care information",
        help_text=_("Shown in the header next to the council's name."),
    )
    asc_direct_phone = models.CharField(
        _("Adult Social Care Direct phone"), max_length=30, default="024 7683 3003"
    )
    asc_direct_email = models.EmailField(
        _("Adult Social Care Direct email"), default="ascdirect@coventry.gov.uk"
    )
    asc_direct_hours = models.CharField(
        _("Adult Social Care Direct opening hours"),
        max_length=200,
        blank=True,
        default="Until 5pm Monday to Thursday, until 4.30pm on Friday",
    )
    out_of_hours_phone = models.CharField(
        _("Emergency out-of-hours phone"), max_length=30, default="024 7683 2222"
    )
    out_of_hours_hours = models.CharField(
        _("When the out-of-hours service is open"),
        max_length=200,
        blank=True,
        default="After 5pm Monday to Thursday, after 4.30pm on Friday, and all weekend",
    )
    text_relay = models.CharField(
        _("Text relay"),
        max_length=100,
        blank=True,
        default="Relay UK: dial 18001 then 024 7683 3003",
    )
    other_formats_email = models.EmailField(
        _("Email to ask for another language or format"),
        default="getinvolvedasc@coventry.gov.uk",
    )
    other_formats_phone = models.CharField(
        _("Phone to ask for another language or format"),
        max_length=30,
        blank=True,
        default="024 7683 3003",
    )
    footer_links = StreamField([("link", LinkBlock())], blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("council_name"), FieldPanel("service_name")], heading=_("Names")
        ),
        MultiFieldPanel(
            [
                FieldPanel("asc_direct_phone"),
                FieldPanel("asc_direct_email"),
                FieldPanel("asc_direct_hours"),
                FieldPanel("out_of_hours_phone"),
                FieldPanel("out_of_hours_hours"),
                FieldPanel("text_relay"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [FieldPanel("other_formats_email"), FieldPanel("other_formats_phone")],
            heading=_("Other languages and formats"),
        ),
        FieldPanel("footer_links"),
    ]

    translatable_fields = [
        TranslatableField("council_name"),
        TranslatableField("service_name"),
        SynchronizedField("asc_direct_phone", overridable=True),
        SynchronizedField("asc_direct_email", overridable=True),
        TranslatableField("asc_direct_hours"),
        SynchronizedField("out_of_hours_phone", overridable=True),
        TranslatableField("out_of_hours_hours"),
        TranslatableField("text_relay"),
        SynchronizedField("other_formats_email", overridable=True),
        SynchronizedField("other_formats_phone", overridable=True),
        TranslatableField("footer_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        # Made when the home page held them: the label keeps their table, migrations
        # and content type (which their translations and revisions point to).
        app_label = "home"
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self):
        return f"{self.service_name} ({self.locale.get_display_name()})"

    @classmethod
    def for_language(cls, language_code):
        """The English contact details in the language, where translated. The first
        English entry is the site's: any other is ignored."""
        source = cls.objects.filter(locale__language_code=SOURCE_LANGUAGE).order_by("pk").first()
        if source is None:
            return cls()
        if language_code == SOURCE_LANGUAGE:
            return source
        translated = cls.objects.filter(
            translation_key=source.translation_key, locale__language_code=language_code
        ).first()
        return translated or source

    @classmethod
    def for_request(cls, request):
        """Every public page shows these: they are cached, and dropped when saved."""
        if not hasattr(request, "_contact_details"):
            language_code = translation.get_language()
            request._contact_details = get_or_compute(
                contact_details_cache_key(language_code),
                lambda: cls.for_language(language_code),
                CONTACT_DETAILS_CACHE_SECONDS,
                local_seconds=CONTACT_DETAILS_LOCAL_SECONDS,
            )
        return request._contact_details


@receiver([post_save, post_delete], sender=ContactDetails)
def forget_contact_details(sender, instance, **kwargs):
    # A change to the English entry shows in every language that falls back to it.
    for language_code in LANGUAGE_INFO:
        forget(contact_details_cache_key(language_code))
