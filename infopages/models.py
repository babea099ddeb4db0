import copy
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from council_site.core.caching import get_or_compute
from council_site.core.demo_content import DemoContentMixin
from council_site.core.routing import RoutedPageMixin
from council_site.languages import SOURCE_LANGUAGE

from .blocks import InformationBodyBlock
from .contact_details import ContactDetails  # noqa: F401 - a model of the site's, loaded with these
from .easy_read import easy_read_address
from .forms import InformationPageForm
from .page_types import register as register_page_types
from .plainlanguage.panels import PlainLanguagePanel
from .print_editions.models import PrintFormat
from .print_editions.panels import with_print_editions_tab
from .print_editions.views import current_editions_of
from .review.models import ReviewVote
from .review.panels import tabs_with_review_record
from .translations.pages import MultilingualPageMixin, children_in_reader_language, tools_below

COMPLETING_VOTE_FIELDS = (
    "page_id",
    "revision_id",
    "completes_stakeholder_review",
    "completes_translation_check",
    "created_at",
)


def last_completion(votes, kind, page_id, live_revision_id):
    """When the last of the votes that completed this kind of review of the page's live
    version, or of an earlier one, was cast."""
    if live_revision_id is None:
        return None
    return max(
        (
            vote.created_at
            for vote in votes
            if getattr(vote, kind)
            and vote.page_id == page_id
            and vote.revision_id <= live_revision_id
        ),
        default=None,
    )


@dataclass(frozen=True)
class ReviewDates:
    co_produced: datetime | None = None
    translation_checked: datetime | None = None


class BreadcrumbsMixin(RoutedPageMixin):
    def breadcrumbs(self):
        """Ancestors a resident can navigate back to, from the home page down."""
        ancestors = self.routed_ancestors()
        if ancestors is not None:
            return ancestors
        return self.get_ancestors().filter(depth__gt=1).only("title", "url_path", "path", "depth")


class DescribedPageMixin:
    """A page's summary describes it in lists, search results and search engines
    (see templates/pages/page_with_summary.html), unless an editor wrote another."""

    def get_meta_description(self):
        return self.search_description or self.summary


class IntroducedPageMixin(DescribedPageMixin):
    """A page whose introduction is its summary."""

    @property
    def summary(self):
        return self.introduction


REVIEW_DATES_CACHE_SECONDS = 60 * 60


class PublishedPageMixin:
    """What a published page shows below its content: when it was co-produced and
    its translation checked, and its print editions to download."""

    @cached_property
    def review_dates(self):
        """When the stakeholder group last approved a version of the English page that
        is now live (translations say the same, as they are made from it) and, for a
        translation, when its live version was last checked: one query for both."""
        if self.content_language.code == SOURCE_LANGUAGE:
            source_id, source_live_revision_id = self.pk, self.live_revision_id
        else:
            source = self.version_in(SOURCE_LANGUAGE)
            source_id, source_live_revision_id = (
                (source.page_id, source.live_revision_id) if source else (None, None)
            )
        if source_live_revision_id is None and self.live_revision_id is None:
            return ReviewDates()

        def compute():
            # The few votes that completed a review of either page; the dates are
            # picked out here, which costs less than an aggregate query for them.
            votes = list(
                ReviewVote.objects.filter(
                    Q(completes_stakeholder_review=True) | Q(completes_translation_check=True),
                    page_id__in={source_id, self.pk},
                ).values_list(*COMPLETING_VOTE_FIELDS, named=True)
            )
            return ReviewDates(
                co_produced=last_completion(
                    votes, "completes_stakeholder_review", source_id, source_live_revision_id
                ),
                translation_checked=last_completion(
                    votes, "completes_translation_check", self.pk, self.live_revision_id
                )
                if source_id != self.pk
                else None,
            )

        # The votes that completed the reviews of live versions are cast before they
        # are published, so the dates are the same until either page is published again.
        return get_or_compute(
            f"review-dates:{self.pk}:{self.live_revision_id}:{source_id}:{source_live_revision_id}",
            compute,
            REVIEW_DATES_CACHE_SECONDS,
            local_seconds=REVIEW_DATES_CACHE_SECONDS,
        )

    def last_reviewed_with_stakeholders(self):
        return self.review_dates.co_produced

    def translation_checked(self):
        return self.review_dates.translation_checked

    @cached_property
    def current_print_editions(self):
        """This page's current print editions, standard print first."""
        # Copies: the kept editions are shared by every request for the page.
        editions = [copy.copy(edition) for edition in current_editions_of(self)]
        for edition in editions:
            edition.page = self
        return sorted(editions, key=lambda e: e.format != PrintFormat.STANDARD)

    def print_editions_to_download(self):
        return self.current_print_editions


class InformationIndexPage(
    DemoContentMixin, IntroducedPageMixin, BreadcrumbsMixin, MultilingualPageMixin, Page
):
    """A topic, such as "Safeguarding adults", listing its information pages."""

    introduction = models.TextField(max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "infopages.InformationPage",
        "paying.EstimatePage",
        "directory.DirectoryPage",
    ]
    template = "pages/information_index_page.html"

    class Meta:
        verbose_name = _("topic")

    def information_pages(self):
        return children_in_reader_language(self, InformationPage, "summary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["information_pages"] = self.information_pages()
        context["tools"] = tools_below(self)
        return context


class InformationPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "infopages.InformationPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class InformationPage(
    DemoContentMixin,
    PublishedPageMixin,
    DescribedPageMixin,
    BreadcrumbsMixin,
    MultilingualPageMixin,
    Page,
):
    summary = models.TextField(
        max_length=300,
        help_text=_(
            "One or two plain sentences. Shown in lists, search results and search engines."
        ),
    )
    body = StreamField(InformationBodyBlock())
    tags = ClusterTaggableManager(through=InformationPageTag, blank=True, verbose_name=_("topics"))
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        PlainLanguagePanel(),
    ]
    promote_panels = [
        *Page.promote_panels,
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading=_("Review"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["infopages.InformationIndexPage"]
    subpage_types = ["easyread.EasyReadPage"]
    template = "pages/information_page.html"
    base_form_class = InformationPageForm

    class Meta:
        verbose_name = _("information page")

    @cached_property
    def easy_read_address(self):
        """The address of this page's Easy Read version, "" when it has none."""
        return easy_read_address(self)

    @cached_property
    def body_with_anchors(self):
        """The body, with an id for every heading that no other heading on the page has.

        Editors are asked for distinct headings, but a translation can still make two
        alike, and scripts such as Arabic or Gujarati do not make readable slugs."""
        seen = set()
        for block in self.body:
            if block.block_type == "heading":
                anchor, number = block.value.anchor, 1
                while anchor in seen:
                    number += 1
                    anchor = f"{block.value.anchor}-{number}"
                block.value.unique_anchor = anchor
                seen.add(anchor)
        return self.body

    def load_what_the_template_shows(self):
        """The review dates, the print editions and the pages the body links to, in
        three queries at most (none when there is nothing to find), and the Easy Read
        version (cached), so that the template asks the database nothing however
        many pages the site has."""
        return (
            self.review_dates,
            self.current_print_editions,
            self.body_with_anchors,
            self.easy_read_address,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.load_what_the_template_shows()
        return context

    def contents(self):
        """The page's section headings, for the automatic contents list."""
        return [
            block.value
            for block in self.body_with_anchors
            if block.block_type == "heading" and block.value["level"] == "h2"
        ]


InformationIndexPage.edit_handler = with_print_editions_tab(
    tabs_with_review_record(InformationIndexPage)
)
InformationPage.edit_handler = with_print_editions_tab(tabs_with_review_record(InformationPage))
register_page_types(topic=InformationIndexPage, information_page=InformationPage)
