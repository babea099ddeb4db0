"""The charging figures of each financial year, entered by the finance team and
approved by a second member of it; the monthly counts of estimates; and the estimate
as a page, whose wording is edited, reviewed with the stakeholder group and
translated like any page, with its questions and result as routes below it."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from council_site.core.demo_content import DemoContentMixin
from infopages.models import BreadcrumbsMixin, IntroducedPageMixin
from infopages.review.panels import tabs_with_review_record
from infopages.translations.pages import MultilingualPageMixin

from . import charging, views
from .figures import COUNCIL_CHOICES, FIGURE_LABELS, FIGURE_NAMES
from .years import YearOnRecord, financial_year, year_in_force


def figure_field(name):
    help_text = (
        _("Leave empty to use the national rule.")
        if name in COUNCIL_CHOICES
        else _("Leave empty until the figure is confirmed: no estimate that needs it is given.")
    )
    return models.DecimalField(
        FIGURE_LABELS[name],
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=help_text,
    )


class ChargingYearQuerySet(models.QuerySet):
    def in_force(self, day=None):
        """The approved year whose figures apply today (or on `day`), or None."""
        day = day or timezone.localdate()
        this_year = financial_year(day)
        candidates = list(self.filter(start_year__in=(this_year, this_year - 1)))
        start_year = year_in_force([year.on_record() for year in candidates], day)
        return next((year for year in candidates if year.start_year == start_year), None)


class ChargingYear(models.Model):
    start_year = models.PositiveSmallIntegerField(
        _("financial year starting in April of"),
        unique=True,
        validators=[MinValueValidator(2015)],
        help_text=_("For example 2025 for the year 2025/26."),
    )
    effective_from = models.DateField(
        _("date of effect"), help_text=_("The day these figures start to apply.")
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        help_text=_("The Department of Health and Social Care's charging circular for the year."),
    )
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("Say here which figures could not be confirmed.")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entered or last changed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True, editable=False)

    objects = ChargingYearQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("charging figures for a year")
        verbose_name_plural = _("charging figures by year")
        permissions = [("approve_chargingyear", "Can approve a year's charging figures")]

    def __str__(self):
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"

    @property
    def approved(self):
        return self.approved_at is not None

    def on_record(self):
        return YearOnRecord(self.start_year, self.effective_from, self.approved)

    def figures(self):
        return charging.Figures(**{name: getattr(self, name) for name in FIGURE_NAMES})

    def record_change(self, user):
        """Any change needs approving again, by someone other than its author."""
        self.changed_by = user
        self.approved_by = None
        self.approved_at = None

    def approve(self, user):
        self.approved_by = user
        self.approved_at = timezone.now()
        self.save(update_fields=["approved_by", "approved_at"])


for _name in FIGURE_NAMES:
    ChargingYear.add_to_class(_name, figure_field(_name))


class EstimateCount(models.Model):
    """How many estimates were started and finished in a month, and their outcome.
    Nothing about the person is kept."""

    month = models.DateField(_("month"))
    event = models.CharField(_("event"), max_length=20)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["month", "event"], name="one_count_per_month_event")
        ]
        ordering = ["-month", "event"]
        verbose_name = _("estimate count")

    def __str__(self):
        return f"{self.month:%Y-%m} {self.event}: {self.count}"

    @classmethod
    def add(cls, event, day=None):
        month = (day or timezone.localdate()).replace(day=1)
        counter, _created = cls.objects.get_or_create(month=month, event=event)
        cls.objects.filter(pk=counter.pk).update(count=models.F("count") + 1)


HINTS = {
    "where": "Care at home includes care and support in the community, such as a day "
    "centre or supported living.",
    "age": "Pension Credit age is the same as State Pension age.",
    "partner": "A husband, wife, civil partner or someone you live with as a couple.",
    "savings": "Money in bank and building society accounts, cash, shares, premium bonds "
    "and property other than your home. If you have a partner, include your half of "
    "anything you own together. Enter 0 if you have none.",
    "home": "What your share of your home would sell for, less any mortgage on it. Enter 0 "
    "if you do not own your home.",
    "who-lives-there": "Your home is left out of the sums while one of these people lives there.",
    "first-weeks": "Your home is left out of the sums for your first 12 weeks living "
    "permanently in a care home.",
    "income": "Weekly amounts. Leave out the mobility part of Personal Independence "
    "Payment or Disability Living Allowance: it is never counted. Enter 0 for anything "
    "you do not get.",
    "housing-costs": "Rent, mortgage interest, service charges and Council Tax you pay "
    "yourself each week, after any Housing Benefit or Council Tax Reduction. Enter 0 if "
    "none.",
    "disability-costs": "Extra costs because of your disability or illness, such as "
    "extra heating, laundry, a community alarm or special clothing. Enter 0 if none.",
    "extra-amounts": "These add to the amount of income you keep.",
}
RESULTS = {
    "full_cost": "You will probably pay the full cost of your care.",
    "contribution": "You will probably pay up to about %(amount)s a week towards your care.",
    "council_pays": "The council will probably pay for your care.",
    "estimate_notice": "This is an estimate, not the financial assessment. What you pay is "
    "worked out in a financial assessment of everything you own and receive, after your "
    "needs have been assessed.",
    "next_steps": "If you have been assessed as needing care and support, the council's "
    "Financial Assessments Team will contact you to arrange a financial assessment. They "
    "will ask for proof of your income and savings.",
    "being_updated": "This tool is being updated with this year's figures. Please call "
    "us and we will tell you what you are likely to pay.",
}


def hint_field(name):
    return models.TextField(
        _("hint: %(question)s") % {"question": name}, blank=True, default=HINTS[name]
    )


def result_field(name, label):
    return models.TextField(label, default=RESULTS[name])


class EstimatePage(
    DemoContentMixin,
    IntroducedPageMixin,
    BreadcrumbsMixin,
    MultilingualPageMixin,
    RoutablePageMixin,
    Page,
):
    """'Will I have to pay towards my care?': its questions, hints and result texts."""

    introduction = models.TextField(
        max_length=500,
        default="Answer a few questions about your money to find out whether you are "
        "likely to pay towards your care, and roughly how much. It takes about 5 minutes. "
        "Your answers are not kept.",
    )
    hint_where = hint_field("where")
    hint_age = hint_field("age")
    hint_partner = hint_field("partner")
    hint_savings = hint_field("savings")
    hint_home = hint_field("home")
    hint_who_lives_there = hint_field("who-lives-there")
    hint_first_weeks = hint_field("first-weeks")
    hint_income = hint_field("income")
    hint_housing_costs = hint_field("housing-costs")
    hint_disability_costs = hint_field("disability-costs")
    hint_extra_amounts = hint_field("extra-amounts")
    result_full_cost = result_field("full_cost", _("result: full cost"))
    result_contribution = result_field(
        "contribution", _("result: a contribution (%(amount)s is the weekly amount)")
    )
    result_council_pays = result_field("council_pays", _("result: the council pays"))
    estimate_notice = result_field("estimate_notice", _("this is an estimate"))
    next_steps = result_field("next_steps", _("what happens next"))
    being_updated = result_field("being_updated", _("while the figures are being updated"))
    financial_assessment_page = models.ForeignKey(
        Page,
        verbose_name=_("financial assessment page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel(f"hint_{name.replace('-', '_')}") for name in HINTS],
            heading=_("Hints under the questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(name)
                for name in (
                    "result_full_cost",
                    "result_contribution",
                    "result_council_pays",
                    "estimate_notice",
                    "next_steps",
                    "being_updated",
                )
            ],
            heading=_("The result"),
        ),
        PageChooserPanel("financial_assessment_page"),
    ]

    parent_page_types = ["infopages.InformationIndexPage", "home.HomePage"]
    subpage_types = []
    template = "pages/estimate_page.html"

    class Meta:
        verbose_name = _("estimate page")

    def hint(self, question):
        return getattr(self, f"hint_{question.replace('-', '_')}")

    def charging_year(self):
        return ChargingYear.objects.in_force()

    def count(self, event):
        EstimateCount.add(event)

    @path("", name="start")
    def start_page(self, request):
        return views.start(self, request)

    @path("question/<slug:name>/", name="question")
    def question_page(self, request, name):
        return views.question(self, request, name)

    @path("check/", name="check")
    def check_page(self, request):
        return views.check(self, request)

    @path("result/", name="result")
    def result_page(self, request):
        return views.result(self, request)

    @path("result/pdf/", name="result_pdf")
    def result_pdf_page(self, request):
        return views.result_pdf(self, request)


EstimatePage.edit_handler = tabs_with_review_record(EstimatePage)
