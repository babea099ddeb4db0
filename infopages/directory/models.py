"""The directory of local services, as Open Referral UK (version 3.0) models it.

Names and descriptions are translated with wagtail-localize; everything else (places,
times, numbers, costs) belongs to the English record, which the site and the API read,
and which its translations only lend their words to."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from council_site.core.demo_content import DemoContentMixin
from council_site.languages import SOURCE_LANGUAGE
from infopages.translations.pages import MultilingualPageMixin

__all__ = [
    "Accessibility",
    "AccessibilityFeature",
    "Contact",
    "CostOption",
    "DAYS",
    "DirectoryPage",
    "Language",
    "Location",
    "Organization",
    "Phone",
    "Postcode",
    "Schedule",
    "Service",
    "ServiceArea",
    "ServiceAtLocation",
    "ServiceStatus",
    "Suggestion",
    "Taxonomy",
    "TaxonomyTerm",
]

# iCalendar's day codes, as Open Referral's schedules use them, Monday first.
DAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    DEFUNCT = "defunct", _("Defunct")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")


class EnglishQuerySet(models.QuerySet):
    def english(self):
        return self.filter(locale__language_code=SOURCE_LANGUAGE)


class Taxonomy(models.Model):
    """A list of kinds of support that terms are taken from."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    uri = models.URLField(_("address of the taxonomy"), blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")

    def __str__(self):
        return self.name


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A kind of support (carers, dementia, advocacy...), which residents filter by."""

    taxonomy = models.ForeignKey(
        Taxonomy, on_delete=models.PROTECT, related_name="terms", verbose_name=_("taxonomy")
    )
    code = models.CharField(_("code"), max_length=50, blank=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    term_uri = models.URLField(_("address of the term"), blank=True)

    objects = EnglishQuerySet.as_manager()

    panels = [
        FieldPanel("taxonomy"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("term_uri")]),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("taxonomy"),
        SynchronizedField("code"),
        SynchronizedField("term_uri"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("kind of support")
        verbose_name_plural = _("kinds of support")

    def __str__(self):
        return self.name


class Organization(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)

    objects = EnglishQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("email"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Postcode(models.Model):
    """Where a postcode's centre is, from the ONS Postcode Directory, so a search by
    postcode needs no other service."""

    postcode = models.CharField(_("postcode"), max_length=8, primary_key=True)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")

    def __str__(self):
        return self.postcode


class Location(ClusterableModel):
    """A building where services are given, with its position for distances."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    address_1 = models.CharField(_("address"), max_length=200)
    city = models.CharField(_("town or city"), max_length=100, default="Coventry")
    state_province = models.CharField(_("county"), max_length=100, default="West Midlands")
    postal_code = models.CharField(_("postcode"), max_length=8)
    country = models.CharField(_("country"), max_length=2, default="GB")
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldPanel("city"),
                FieldPanel("state_province"),
                FieldPanel("postal_code"),
                FieldPanel("country"),
            ],
            heading=_("Address"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        InlinePanel("accessibility", label=_("Accessibility")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        # Searches by distance first keep to a box of latitudes and longitudes.
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self):
        return f"{self.name}, {self.address_1}"


class AccessibilityFeature(models.TextChoices):
    STEP_FREE = "step_free", _("Step-free access")
    ACCESSIBLE_TOILET = "accessible_toilet", _("Accessible toilet")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    BSL = "bsl", _("British Sign Language")
    PARKING = "parking", _("Disabled parking")


class Accessibility(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="accessibility")
    feature = models.CharField(_("feature"), max_length=30, choices=AccessibilityFeature.choices)
    details = models.TextField(_("details"), blank=True)
    url = models.URLField(_("web page about access"), blank=True)

    class Meta:
        verbose_name = _("accessibility")
        verbose_name_plural = _("accessibility")

    def __str__(self):
        return self.get_feature_display()


class Service(TranslatableMixin, ClusterableModel):
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("what it does"))
    eligibility_description = models.TextField(_("who it is for"), blank=True)
    application_process = models.TextField(_("how to get it"), blank=True)
    fees_description = models.TextField(_("cost"), blank=True)
    url = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    minimum_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    terms = ParentalManyToManyField(
        TaxonomyTerm, blank=True, related_name="services", verbose_name=_("kinds of support")
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("owner"),
        help_text=_("Who on the team keeps this service's details right."),
    )
    assured_date = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last checked every detail."),
    )
    # The feed a service was imported from; empty for services the team keeps here.
    source = models.CharField(_("imported from"), max_length=500, blank=True, editable=False)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EnglishQuerySet.as_manager()

    # Translations carry only words: the times, places and links are the English record's.
    exclude_fields_in_copy = [
        "terms",
        "service_at_locations",
        "phones",
        "contacts",
        "schedules",
        "cost_options",
        "languages",
        "service_areas",
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        TranslatableField("eligibility_description"),
        TranslatableField("application_process"),
        TranslatableField("fees_description"),
        SynchronizedField("organization"),
        SynchronizedField("url"),
        SynchronizedField("email"),
        SynchronizedField("status"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("organization"),
        FieldPanel("status"),
        FieldPanel("description"),
        FieldPanel("eligibility_description"),
        FieldPanel("application_process"),
        FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
        FieldPanel("terms"),
        MultiFieldPanel(
            [
                FieldPanel("url"),
                FieldPanel("email"),
                InlinePanel("phones", label=_("Phone numbers")),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("contacts", label=_("Named contacts")),
        InlinePanel("service_at_locations", label=_("Where it is given")),
        InlinePanel("schedules", label=_("Opening times")),
        MultiFieldPanel(
            [FieldPanel("fees_description"), InlinePanel("cost_options", label=_("Costs"))],
            heading=_("Cost"),
        ),
        InlinePanel("languages", label=_("Languages spoken")),
        InlinePanel("service_areas", label=_("Areas served")),
        MultiFieldPanel(
            [FieldPanel("owner"), FieldPanel("assured_date")], heading=_("Keeping it right")
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        indexes = [models.Index(fields=["status", "assured_date"])]

    def __str__(self):
        return self.name

    @property
    def oruk_id(self):
        return self.translation_key


class ServiceChild(models.Model):
    """What Open Referral lists under a service; each has its own identifier there."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    sort_order = models.IntegerField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]


class ServiceAtLocation(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(
        Location,
        on_delete=models.PROTECT,
        related_name="service_at_locations",
        verbose_name=_("location"),
    )

    class Meta(ServiceChild.Meta):
        verbose_name = _("service at a location")
        verbose_name_plural = _("services at locations")

    def __str__(self):
        return str(self.location)


class Phone(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("number"), max_length=50)
    description = models.CharField(_("description"), max_length=200, blank=True)

    class Meta(ServiceChild.Meta):
        verbose_name = _("phone number")

    def __str__(self):
        return self.number


class Contact(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200, blank=True)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)

    class Meta(ServiceChild.Meta):
        verbose_name = _("named contact")

    def __str__(self):
        return self.name or self.title or self.email


class Schedule(ServiceChild):
    """A weekly opening time: the days, and the hours on each of them."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules")
    byday = models.CharField(
        _("days"), max_length=20, help_text=_("Day codes separated by commas, e.g. MO,TU,WE")
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    description = models.CharField(_("description"), max_length=200, blank=True)

    class Meta(ServiceChild.Meta):
        verbose_name = _("opening time")

    def __str__(self):
        return f"{self.byday} {self.opens_at}-{self.closes_at}"

    def days(self):
        return [code for code in self.byday.split(",") if code]


class CostOption(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("who or what it is for"), max_length=200, blank=True)
    amount = models.DecimalField(_("amount in pounds"), max_digits=8, decimal_places=2)
    amount_description = models.CharField(_("for example: per session"), max_length=200, blank=True)

    class Meta(ServiceChild.Meta):
        verbose_name = _("cost")

    def __str__(self):
        return f"£{self.amount} {self.amount_description}".strip()


class Language(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(
        _("language code"), max_length=10, help_text=_("For example: pl, ur, ar")
    )
    name = models.CharField(_("language"), max_length=100)

    class Meta(ServiceChild.Meta):
        verbose_name = _("language spoken")

    def __str__(self):
        return self.name


class ServiceArea(ServiceChild):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_areas")
    name = models.CharField(_("area"), max_length=200)
    uri = models.URLField(_("address of the area"), blank=True)

    class Meta(ServiceChild.Meta):
        verbose_name = _("area served")

    def __str__(self):
        return self.name


class Suggestion(models.Model):
    """A reader's "Is something wrong on this page?" about a service, for the team to
    check. No personal data is asked for."""

    MAX_LENGTH = 1000

    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, related_name="suggestions", verbose_name=_("service")
    )
    text = models.TextField(_("what is wrong"), max_length=MAX_LENGTH)
    language = models.CharField(_("language of the page"), max_length=10)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)
    done = models.BooleanField(_("dealt with"), default=False)

    class Meta:
        ordering = ["done", "-created_at"]
        verbose_name = _("suggested correction")
        verbose_name_plural = _("suggested corrections")

    def __str__(self):
        return self.text[:50]


class DirectoryPage(DemoContentMixin, MultilingualPageMixin, RoutablePageMixin, Page):
    """Find support near you: the search of the directory, and a page for each service."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    template = "pages/directory_page.html"
    service_template = "pages/directory_service.html"
    parent_page_types = ["home.HomePage", "infopages.InformationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("directory page")

    # The views read these models; naming them by path keeps the imports one-way.
    @path("")
    def search(self, request):
        return import_string("infopages.directory.views.search_page")(self, request)

    @path("service/<uuid:key>/")
    def service(self, request, key):
        return import_string("infopages.directory.views.service_page")(self, request, key)

    def service_url(self, key):
        return self.url + self.reverse_subpage("service", kwargs={"key": key})
