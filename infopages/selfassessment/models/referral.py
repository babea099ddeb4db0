"""Requests for a needs assessment (Care Act 2014, section 9), sent from a
self-assessment's result, and the queue Adult Social Care Direct works through.

A referral holds health and care information about possibly vulnerable adults:
special-category data under UK GDPR. Only the Adult Social Care Direct group
reaches it (see admin_views.py), every look at it is logged, and retention
(retention.py) deletes closed referrals after REFERRAL_RETENTION_DAYS."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from council_site.languages import LANGUAGE_INFO

NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 300
TEXT_MAX_LENGTH = 1000
ERASED_NAME = "—"
# Easy to read out over the phone: no 0/O, 1/I/L or 5/S to mix up.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXY2346789"
REFERENCE_LENGTH = 8


class ReferredFor(models.TextChoices):
    SELF = "self", _("Me")
    CARED_FOR = "cared_for", _("Someone I care for, with their agreement")
    PROFESSIONAL = "professional", _("Someone I work with as a professional, with their consent")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("Email")
    POST = "post", _("Post")


class Format(models.TextChoices):
    STANDARD = "standard", _("Standard print or email")
    LARGE_PRINT = "large_print", _("Large print")
    EASY_READ = "easy_read", _("Easy Read")
    BRAILLE = "braille", _("Braille")
    AUDIO = "audio", _("Audio")


class CommunicationNeed(models.TextChoices):
    """The support the NHS Accessible Information Standard (DCB1605) asks services
    to record, so the first conversation can be had in a way that works."""

    INTERPRETER = "interpreter", _("A spoken language interpreter")
    BSL = "bsl", _("A British Sign Language (BSL) interpreter")
    LARGE_PRINT = "large_print", _("Information in large print")
    EASY_READ = "easy_read", _("Information in Easy Read")
    HEARING_LOOP = "hearing_loop", _("A hearing loop")
    SOMEONE_TO_HELP = "someone_to_help", _("Someone to help, such as a family member or advocate")


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


OTHER_LANGUAGE = "other"
LANGUAGE_CHOICES = [
    *((code, info["name_local"]) for code, info in LANGUAGE_INFO.items()),
    (OTHER_LANGUAGE, _("Another language")),
]

# Each version of the consent wording is kept, so a referral says exactly what was agreed to.
CONSENT_VERSION = "2026-12"
CONSENT_WORDINGS = {
    CONSENT_VERSION: _(
        "I agree that Coventry City Council's Adult Social Care can use these details and "
        "answers to contact the person named and arrange a needs assessment, as the privacy "
        "notice explains."
    ),
}


def new_reference():
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


class ReferralQuerySet(models.QuerySet):
    def identifiable(self):
        return self.filter(erased_at__isnull=True)

    def closed_before(self, moment):
        return self.filter(status=Status.CLOSED, closed_at__lt=moment)

    def about_email(self, email):
        return self.identifiable().filter(email__iexact=email) if email else self.none()


class Referral(models.Model):
    submission_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(_("reference"), max_length=12, unique=True, editable=False)
    self_assessment = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("self-assessment"),
    )
    site_language = models.CharField(_("language of the form"), max_length=10, editable=False)
    referred_for = models.CharField(_("who it is for"), max_length=20, choices=ReferredFor.choices)
    referrer_name = models.CharField(
        _("name of the person asking"), max_length=NAME_MAX_LENGTH, blank=True
    )
    referrer_relationship = models.CharField(
        _("relationship or organisation"), max_length=NAME_MAX_LENGTH, blank=True
    )
    referrer_contact = models.CharField(
        _("contact details of the person asking"), max_length=NAME_MAX_LENGTH, blank=True
    )
    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    address = models.TextField(_("address"), max_length=ADDRESS_MAX_LENGTH, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    contact_methods = models.JSONField(_("ways to contact"), default=list, blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    language = models.CharField(
        _("preferred language"), max_length=10, choices=LANGUAGE_CHOICES, default="en"
    )
    language_other = models.CharField(_("other language"), max_length=60, blank=True)
    format = models.CharField(
        _("preferred format"), max_length=20, choices=Format.choices, default=Format.STANDARD
    )
    communication_needs = models.JSONField(_("communication needs"), default=list, blank=True)
    interpreter_language = models.CharField(_("interpreter's language"), max_length=60, blank=True)
    communication_other = models.TextField(
        _("other communication needs"), max_length=TEXT_MAX_LENGTH, blank=True
    )
    urgent = models.BooleanField(_("urgent"), default=False)
    urgent_reason = models.TextField(_("why it is urgent"), max_length=TEXT_MAX_LENGTH, blank=True)
    consent_version = models.CharField(_("consent wording version"), max_length=20, editable=False)
    answers = models.JSONField(
        _("self-assessment answers"), default=list, blank=True, editable=False
    )
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
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    erased_at = models.DateTimeField(_("erased"), null=True, blank=True, editable=False)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-received_at"]
        permissions = [
            ("export_referral", "Can export a referral as PDF or JSON, and everything held"),
            ("erase_referral", "Can erase the personal data of a referral"),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_identifiable(self):
        return self.erased_at is None

    def language_display(self):
        if self.language == OTHER_LANGUAGE and self.language_other:
            return self.language_other
        return self.get_language_display()

    def email_language(self):
        """The language to write to them in: the one they read the form in."""
        return self.site_language if self.site_language in LANGUAGE_INFO else "en"

    def handler_display(self):
        if self.handler is None:
            return "—"
        return self.handler.get_full_name() or self.handler.get_username()

    def contact_methods_display(self):
        return labels_of(ContactMethod, self.contact_methods)

    def communication_needs_display(self):
        return labels_of(CommunicationNeed, self.communication_needs)

    def set_status(self, status):
        """Closing starts the retention clock; reopening stops it."""
        self.status = status
        if status == Status.CLOSED:
            self.closed_at = self.closed_at or timezone.now()
        else:
            self.closed_at = None


def labels_of(choices, values):
    labels = dict(choices.choices)
    return [str(labels[value]) for value in choices.values if value in values]
