"""Requests for information in another format or language, as the NHS Accessible
Information Standard (DCB1605) asks: the need is recorded, the team meets it by a
date, and the request is kept only as long as the council's schedule says.

A request can reveal a disability (Braille, BSL, Easy Read): special-category data.
Only the Accessible formats team reaches it (see admin_views.py), every look at it
is logged by number only, and retention (retention.py) deletes closed requests
after FORMAT_REQUEST_RETENTION_DAYS."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from council_site.languages import LANGUAGE_INFO
from infopages.selfassessment.models.referral import new_reference

from . import due_dates, fitting

NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 300
TEXT_MAX_LENGTH = 1000
ERASED_NAME = "—"


class Format(models.TextChoices):
    LARGE_PRINT = fitting.LARGE_PRINT, _("Large print")
    EASY_READ = fitting.EASY_READ, _("Easy Read")
    AUDIO = fitting.AUDIO, _("Audio")
    BRAILLE = fitting.BRAILLE, _("Braille")
    BSL = fitting.BSL, _("British Sign Language (BSL) video")
    PAPER_COPY = fitting.PAPER_COPY, _("A paper copy by post")
    ANOTHER_LANGUAGE = fitting.ANOTHER_LANGUAGE, _("Another language")


class Delivery(models.TextChoices):
    EMAIL = fitting.EMAIL, _("By email")
    POST = fitting.POST, _("By post")
    PHONE = fitting.PHONE, _("By phone")
    COLLECT = fitting.COLLECT, _("I will collect it in person")


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    SENT = "sent", _("Sent")
    CLOSED = "closed", _("Closed")


OTHER_LANGUAGE = "other"
# The site's languages, then others many people in Coventry speak (2021 Census),
# each named in itself so that its readers find it.
MORE_LANGUAGES = {
    "bn": ("Bengali", "বাংলা"),
    "bg": ("Bulgarian", "Български"),
    "zh": ("Chinese", "中文"),
    "fa": ("Farsi", "فارسی"),
    "hi": ("Hindi", "हिन्दी"),
    "ku": ("Kurdish", "Kurdî"),
    "lt": ("Lithuanian", "Lietuvių"),
    "pt": ("Portuguese", "Português"),
    "so": ("Somali", "Soomaali"),
    "ta": ("Tamil", "தமிழ்"),
}
LANGUAGE_CHOICES = [
    *((code, info["name_local"]) for code, info in LANGUAGE_INFO.items()),
    *((code, local) for code, (_english, local) in MORE_LANGUAGES.items()),
    (OTHER_LANGUAGE, _("Other: say which")),
]
ENGLISH_NAMES = {
    **{code: info["name"] for code, info in LANGUAGE_INFO.items()},
    **{code: english for code, (english, _local) in MORE_LANGUAGES.items()},
}

CONSENT_VERSION = "2026-12"
CONSENT_WORDINGS = {
    CONSENT_VERSION: _(
        "I agree that Coventry City Council can use these details to send me this "
        "information, as the privacy notice explains."
    ),
}


class FormatRequestQuerySet(models.QuerySet):
    def identifiable(self):
        return self.filter(erased_at__isnull=True)

    def open(self):
        return self.filter(status__in=[Status.NEW, Status.IN_PROGRESS])

    def overdue(self, today=None):
        return self.open().filter(due_on__lt=today or timezone.localdate())

    def closed_before(self, moment):
        return self.filter(status=Status.CLOSED, closed_at__lt=moment)

    def about_email(self, email):
        return self.identifiable().filter(email__iexact=email) if email else self.none()


class FormatRequest(models.Model):
    submission_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("page"),
    )
    page_language = models.CharField(
        _("language of the page"), max_length=10, blank=True, editable=False
    )
    format = models.CharField(_("format"), max_length=20, choices=Format.choices)
    language = models.CharField(
        _("language wanted"), max_length=10, choices=LANGUAGE_CHOICES, blank=True
    )
    language_other = models.CharField(_("other language"), max_length=60, blank=True)
    delivery = models.CharField(_("how to get it to them"), max_length=20, choices=Delivery.choices)
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    address = models.TextField(_("address"), max_length=ADDRESS_MAX_LENGTH, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    needs = models.TextField(_("communication needs"), max_length=TEXT_MAX_LENGTH, blank=True)
    consent_version = models.CharField(_("consent wording version"), max_length=20, editable=False)
    site_language = models.CharField(_("language the reader used"), max_length=10, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("handled by"),
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    due_on = models.DateField(_("due"), db_index=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True, editable=False)

    objects = FormatRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("format request")
        verbose_name_plural = _("format requests")
        ordering = ["due_on", "-received_at"]
        permissions = [
            ("export_formatrequest", "Can export everything held for a format request"),
            ("erase_formatrequest", "Can erase the personal data of a format request"),
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        if self.due_on is None:
            self.due_on = due_date(self.received_at)
        if not self.reference:
            self.reference = new_reference()
        super().save(*args, **kwargs)

    @property
    def is_identifiable(self):
        return self.erased_at is None

    def is_overdue(self, today=None):
        return self.status in (Status.NEW, Status.IN_PROGRESS) and due_dates.is_overdue(
            self.due_on, today or timezone.localdate()
        )

    def language_display(self):
        if self.language == OTHER_LANGUAGE:
            return self.language_other
        return ENGLISH_NAMES.get(self.language, "")

    def format_display(self):
        if self.format == Format.ANOTHER_LANGUAGE and self.language:
            return f"{self.get_format_display()}: {self.language_display()}"
        return self.get_format_display()

    def due_display(self):
        # A date to meet, not a time since: "11 December 2026", never "in 3 days".
        return date_format(self.due_on, "j F Y") if self.due_on else ""

    def site_language_display(self):
        return ENGLISH_NAMES.get(self.site_language, self.site_language)

    def email_language(self):
        """The language to write to them in: the one they read the form in."""
        return self.site_language if self.site_language in LANGUAGE_INFO else "en"

    def handler_display(self):
        if self.handler is None:
            return "—"
        return self.handler.get_full_name() or self.handler.get_username()

    def set_status(self, status):
        """Closing starts the retention clock; reopening stops it."""
        self.status = status
        if status == Status.SENT:
            self.sent_at = self.sent_at or timezone.now()
        if status == Status.CLOSED:
            self.closed_at = self.closed_at or timezone.now()
        else:
            self.closed_at = None


def due_date(received_at):
    return due_dates.working_days_after(
        timezone.localtime(received_at).date(), settings.FORMAT_REQUEST_TURNAROUND_DAYS
    )
