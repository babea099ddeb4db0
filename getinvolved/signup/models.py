"""People who asked to get involved, what they agreed to and how.

The data may be about vulnerable adults, and the support someone needs to take
part can reveal their health: it is special-category data under UK GDPR. Only
the involvement team reaches it (see wagtail_hooks.py), every look at it is
logged, and retention (retention.py) removes what is no longer needed."""

import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel

from council_site.languages import LANGUAGE_INFO, TRANSLATED_LANGUAGES

NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 300
SUPPORT_MAX_LENGTH = 1000
ANONYMISED_NAME = "—"


class Way(models.TextChoices):
    ASC_BULLETIN = "asc_bulletin", _("Adult Social Care bulletin")
    CARERS_BULLETIN = "carers_bulletin", _("Carers bulletin")
    STAKEHOLDER_GROUP = "stakeholder_group", _("Adult Social Care Stakeholder Group")
    REVIEWING = "reviewing", _("Reviewing our public information")
    SURVEYS = "surveys", _("Surveys")
    RECRUITMENT = "recruitment", _("Recruitment panels")
    COPRODUCTION = "coproduction", _("Co-producing new services")


class Format(models.TextChoices):
    STANDARD = "standard", _("Standard print or email")
    LARGE_PRINT = "large_print", _("Large print")
    EASY_READ = "easy_read", _("Easy read")
    AUDIO = "audio", _("Audio")
    BRAILLE = "braille", _("Braille")
    BSL = "bsl", _("British Sign Language (BSL) interpreter")
    OTHER_LANGUAGE = "other_language", _("Another language")


class Role(models.TextChoices):
    USES_SERVICES = "uses_services", _("A person who uses services")
    CARER = "carer", _("A carer")
    PROFESSIONAL = "professional", _("A professional")
    VOLUNTARY = "voluntary", _("From a voluntary organisation")
    OTHER = "other", _("Other")


class ConsentMethod(models.TextChoices):
    WEB = "web", _("Web form")
    SURVEY = "survey", _("Web form after the experience survey")
    PHONE = "phone", _("By phone")
    POST = "post", _("By post")
    IN_PERSON = "in_person", _("In person")


OTHER_LANGUAGE = "other"
LANGUAGE_CHOICES = [
    *((code, info["name_local"]) for code, info in LANGUAGE_INFO.items()),
    (OTHER_LANGUAGE, _("Another language")),
]

# Each version of the consent wording is kept, so a record says exactly what was agreed to.
CONSENT_VERSION = "2026-11"
CONSENT_WORDINGS = {
    CONSENT_VERSION: _(
        "I agree that Coventry City Council's Adult Social Care involvement team can keep my "
        "details and contact me about the ways of getting involved I have chosen. I can "
        "withdraw at any time."
    ),
}


class InvolvementTopic(ClusterableModel, TagBase):
    """A subject people can follow, such as "carers" or "mental health". The
    involvement team keeps the list, with the topic's name in each community
    language; it is separate from page tags."""

    panels = [
        FieldPanel("name"),
        InlinePanel(
            "names",
            heading=_("The topic in other languages"),
            label=_("Name in another language"),
            help_text=_("Shown on the sign-up form to people reading it in that language."),
        ),
    ]

    class Meta:
        verbose_name = _("topic of interest")
        verbose_name_plural = _("topics of interest")
        ordering = ["name"]

    def name_in(self, language_code):
        """The topic's name in the language, or in English where it has none."""
        for translated in self.names.all():
            if translated.language == language_code:
                return translated.name
        return self.name


TOPIC_NAME_LANGUAGES = [(code, LANGUAGE_INFO[code]["name_local"]) for code in TRANSLATED_LANGUAGES]


class InvolvementTopicName(models.Model):
    topic = ParentalKey(InvolvementTopic, on_delete=models.CASCADE, related_name="names")
    language = models.CharField(_("language"), max_length=10, choices=TOPIC_NAME_LANGUAGES)
    name = models.CharField(_("name in that language"), max_length=100)

    panels = [
        FieldPanel("language"),
        # Arabic or Urdu reads from the right as it is typed, English from the left.
        FieldPanel("name", widget=forms.TextInput(attrs={"dir": "auto"})),
    ]

    class Meta:
        verbose_name = _("name in another language")
        verbose_name_plural = _("names in other languages")
        unique_together = [("topic", "language")]
        ordering = ["language"]

    def __str__(self):
        return self.name


class PersonTopic(ItemBase):
    tag = models.ForeignKey(InvolvementTopic, on_delete=models.CASCADE, related_name="people")
    content_object = ParentalKey(
        "signup.Person", on_delete=models.CASCADE, related_name="tagged_topics"
    )


class PersonQuerySet(models.QuerySet):
    def identifiable(self):
        return self.filter(anonymised_at__isnull=True)

    def never_confirmed_before(self, moment):
        return self.filter(status=Person.Status.PENDING, created_at__lt=moment)

    def not_contacted_since(self, moment):
        return self.filter(status=Person.Status.SUBSCRIBED, review_flagged_at__isnull=True).filter(
            models.Q(last_contacted_at__lt=moment)
            | models.Q(last_contacted_at__isnull=True, confirmed_at__lt=moment)
        )


class Person(ClusterableModel):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        SUBSCRIBED = "subscribed", _("Subscribed")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        ERASED = "erased", _("Erased")

    name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    email = models.EmailField(_("email address"), null=True, blank=True, unique=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    address = models.TextField(_("postal address"), max_length=ADDRESS_MAX_LENGTH, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=10, choices=LANGUAGE_CHOICES, default="en"
    )
    language_other = models.CharField(_("other language"), max_length=60, blank=True)
    format = models.CharField(
        _("preferred format"), max_length=20, choices=Format.choices, default=Format.STANDARD
    )
    role = models.CharField(_("I am"), max_length=20, choices=Role.choices)
    support_needed = models.TextField(
        _("support needed to take part"),
        max_length=SUPPORT_MAX_LENGTH,
        blank=True,
        help_text=_("Special-category data: only for arranging support."),
    )
    topics = ClusterTaggableManager(
        through=PersonTopic, blank=True, verbose_name=_("topics of interest")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    assisted = models.BooleanField(
        _("assisted sign-up"),
        default=False,
        help_text=_("Entered by the involvement team from a phone call, letter or meeting."),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, editable=False)
    last_contacted_at = models.DateTimeField(_("last contacted"), null=True, blank=True)
    review_flagged_at = models.DateTimeField(
        _("flagged for review"), null=True, blank=True, editable=False
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("person getting involved")
        verbose_name_plural = _("people getting involved")
        ordering = ["-created_at"]
        permissions = [
            ("export_person", "Can export mailing lists and everything held about a person"),
            ("erase_person", "Can erase (anonymise) a person"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_identifiable(self):
        return self.anonymised_at is None

    @property
    def way_values(self):
        chosen = {way.way for way in self.ways.all()}
        return [value for value in Way.values if value in chosen]

    def ways_display(self):
        labels = dict(Way.choices)
        return ", ".join(str(labels[way]) for way in self.way_values)

    def topics_display(self):
        return ", ".join(topic.name for topic in self.topics.all())

    def language_display(self):
        if self.language == OTHER_LANGUAGE and self.language_other:
            return self.language_other
        return self.get_language_display()

    def email_language(self):
        """The language to write to them in: theirs when the site has it, else English."""
        return self.language if self.language in LANGUAGE_INFO else "en"


class PersonWay(models.Model):
    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="ways")
    way = models.CharField(_("way to get involved"), max_length=30, choices=Way.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "way"], name="one_row_per_person_and_way")
        ]

    def __str__(self):
        return self.way


class ConsentRecord(models.Model):
    """What a person agreed to, when, and how: kept while they are subscribed and,
    without anything identifying, after they withdraw."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    given_at = models.DateTimeField(_("consent given"), default=timezone.now)
    wording_version = models.CharField(_("wording version"), max_length=20)
    method = models.CharField(_("method"), max_length=20, choices=ConsentMethod.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(_("consent withdrawn"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent record")

    def __str__(self):
        return f"{self.wording_version} ({self.method})"

    @property
    def wording(self):
        return CONSENT_WORDINGS.get(self.wording_version, "")


class SignUpRequest(models.Model):
    """One submitted sign-up form. It changes the person only once confirmed (by
    their email link, or by the team for a phone or postal address), so nobody can
    change someone else's preferences by typing their email address."""

    submission_id = models.UUIDField(unique=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="requests")
    details = models.JSONField(default=dict)
    method = models.CharField(max_length=20, choices=ConsentMethod.choices)
    consent_version = models.CharField(max_length=20, default=CONSENT_VERSION)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.submission_id}"
