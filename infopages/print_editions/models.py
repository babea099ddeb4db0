"""Print editions: PDFs of a page's published content, made once and kept, and the
hard copies staff print from them."""

from datetime import timedelta

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from council_site.core.retries import Retried

# A page that keeps failing is not tried again and again: the waits grow.


class PrintFormat(models.TextChoices):
    STANDARD = "standard", _("Standard print")
    LARGE = "large", _("Large print")
    EASY_READ = "easyread", _("Easy Read")


# The sizes of print any page's words can be set in; Easy Read is a page of its own.
PRINT_SIZES = [PrintFormat.STANDARD, PrintFormat.LARGE]
PRINT_NAMES = {PrintFormat.LARGE: "large-print", PrintFormat.EASY_READ: "easy-read"}


def edition_file_path(edition, filename):
    return f"print-editions/{edition.page_id}/{edition.locale.language_code}/{filename}"


class PrintEditionQuerySet(models.QuerySet):
    def current(self):
        """The newest edition of each page and format: older ones are superseded."""
        newer = PrintEdition.objects.filter(
            page=OuterRef("page"), format=OuterRef("format"), made_at__gt=OuterRef("made_at")
        )
        return self.filter(~Exists(newer))

    def newest_of_each_format(self):
        """What current() keeps, chosen here rather than in SQL: for one page's few
        editions that costs less than building current()'s subquery."""
        newest = {}
        for edition in self.order_by("-made_at"):
            newest.setdefault(edition.format, edition)
        return list(newest.values())

    def of_live_pages(self):
        return self.filter(page__live=True)


class PrintEdition(models.Model):
    """One PDF of one page (or of a whole topic as a booklet) in one language and
    format, made from one published revision. Content that prints the same is
    never made twice: the hash of what is printed identifies it."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="print_editions"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.PROTECT, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    format = models.CharField(_("format"), max_length=20, choices=PrintFormat.choices)
    content_hash = models.CharField(max_length=64)
    file = models.FileField(upload_to=edition_file_path, max_length=255)
    page_count = models.PositiveSmallIntegerField(_("pages"))
    published_at = models.DateTimeField(_("published"))
    made_at = models.DateTimeField(_("made"), default=timezone.now, db_index=True)

    objects = PrintEditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("print edition")
        ordering = ["-made_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "format", "content_hash"], name="one_edition_per_content"
            )
        ]
        permissions = [("download_printedition", "Can see and download every print edition")]

    def __str__(self):
        return (
            f"{self.page.title} ({self.locale.language_code}, {self.get_format_display()}, "
            f"{self.edition_label})"
        )

    def get_absolute_url(self):
        return reverse("print_edition", args=[self.page_id, self.format])

    @property
    def edition_label(self):
        return f"{self.made_at:%Y-%m}"

    @property
    def link_text(self):
        if self.format == PrintFormat.LARGE:
            return _("Download a large print version (PDF)")
        if self.format == PrintFormat.EASY_READ:
            return _("Download the Easy Read version (PDF)")
        return _("Download a printable version (PDF)")

    @property
    def download_name(self):
        """Like safeguarding-adults-what-is-abuse-ar-large-print-2026-11.pdf: topic and
        page (or the topic alone for its booklet), language, format and edition."""
        below_home = self.page.url_path.strip("/").split("/")[1:]
        name = "-".join(slugify(part) for part in below_home) or slugify(self.page.slug)
        print_name = PRINT_NAMES.get(self.format, "standard-print")
        return f"{name}-{self.locale.language_code}-{print_name}-{self.edition_label}.pdf"


class EditionFailure(Retried):
    """A page and format whose edition could not be made: shown to staff, and tried
    again later."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    format = models.CharField(max_length=20, choices=PrintFormat.choices)
    timed_out = models.BooleanField(default=False)
    failed_at = models.DateTimeField(default=timezone.now)

    retry_delays = [timedelta(minutes=m) for m in (5, 30, 120, 720)]
    max_attempts = len(retry_delays) + 1

    class Meta:
        ordering = ["-failed_at"]
        constraints = [
            models.UniqueConstraint(fields=["page", "format"], name="one_failure_per_edition")
        ]

    def __str__(self):
        return f"{self.page_id} ({self.format}): {self.last_error[:80]}"

    @classmethod
    def record(cls, page_id, format, error, timed_out):
        failure, _created = cls.objects.get_or_create(page_id=page_id, format=format)
        failure.failed_at = timezone.now()
        failure.note_failure(error, now=failure.failed_at)
        failure.timed_out = timed_out
        failure.save()
        return failure


class PrintRunQuerySet(models.QuerySet):
    def out_of_date(self, today=None):
        """Copies still given out whose edition was superseded by a changed page, or
        whose page has passed its review date."""
        today = today or timezone.localdate()
        newer = PrintEdition.objects.filter(
            page=OuterRef("edition__page"),
            format=OuterRef("edition__format"),
            made_at__gt=OuterRef("edition__made_at"),
        )
        return (
            self.filter(withdrawn_on__isnull=True, edition__page__live=True)
            .annotate(superseded=Exists(newer))
            .filter(
                Q(superseded=True) | Q(edition__page__informationpage__next_review_due__lt=today)
            )
        )


class PrintRun(models.Model):
    """Hard copies printed from one edition, and where they went."""

    edition = models.ForeignKey(
        PrintEdition,
        on_delete=models.CASCADE,
        related_name="print_runs",
        verbose_name=_("edition"),
    )
    copies = models.PositiveIntegerField(_("number of copies"), validators=[MinValueValidator(1)])
    sent_to = models.CharField(
        _("where they went"),
        max_length=250,
        help_text=_("For example: Central Library, Jubilee Crescent GP surgery"),
    )
    printed_on = models.DateField(_("date printed"), default=timezone.localdate)
    withdrawn_on = models.DateField(
        _("reprinted or withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Fill in when these copies have been replaced or taken back."),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )

    objects = PrintRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("print run")
        ordering = ["-printed_on", "-pk"]

    def __str__(self):
        return f"{self.copies} × {self.edition} → {self.sent_to}"
