from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

from council_site.core.caching import get_or_compute
from council_site.core.demo_content import DemoContentMixin
from council_site.core.internals import remember_parent, wagtail_localized
from council_site.core.routing import ROUTED_FIELDS, RoutedPageMixin
from council_site.core.sites import SITE_CACHE_SECONDS, SITE_LOCAL_SECONDS, site_generation
from getinvolved.models import GetInvolvedPage
from infopages.blocks import PARAGRAPH_FEATURES, KeyContactsBlock
from infopages.models import InformationIndexPage, IntroducedPageMixin
from infopages.page_types import tool_models
from infopages.review.panels import tabs_with_review_record
from infopages.translations.pages import (
    LanguageHomeMixin,
    MultilingualPageMixin,
    children_of_kinds,
    tools_among,
)


def localized_home_cache_key(page_id, language_code):
    return f"localized-home:{site_generation()}:{page_id}:{language_code}"


class HomePage(
    DemoContentMixin,
    IntroducedPageMixin,
    RoutedPageMixin,
    LanguageHomeMixin,
    MultilingualPageMixin,
    Page,
):
    introduction = models.TextField(max_length=500, blank=True)
    urgent_help_heading = models.CharField(max_length=100, default="Get help now")
    urgent_help_text = RichTextField(
        features=PARAGRAPH_FEATURES,
        help_text=_("What to do in an emergency and how to report abuse."),
    )
    urgent_help_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how to report abuse."),
    )
    key_contacts = StreamField(KeyContactsBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("urgent_help_heading"),
                FieldPanel("urgent_help_text"),
                FieldPanel("urgent_help_page"),
            ],
            heading=_("Urgent help"),
        ),
        FieldPanel("key_contacts"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "infopages.InformationIndexPage",
        "getinvolved.GetInvolvedPage",
        "selfassessment.SelfAssessmentPage",
        "directory.DirectoryPage",
    ]
    max_count_per_parent = 1
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """The home page in the reader's language. Every request for a page starts
        here, so the answer is kept as long as the site itself is (see council_site.core.sites)."""
        return get_or_compute(
            localized_home_cache_key(self.pk, translation.get_language()),
            lambda: wagtail_localized(self).specific,
            SITE_CACHE_SECONDS,
            local_seconds=SITE_LOCAL_SECONDS,
        )

    def route(self, request, path_components):
        """A page not yet translated into the reader's language is shown in English
        (its template then says so, in the reader's language)."""
        try:
            return self.route_in_this_language(request, path_components)
        except Http404:
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                raise
            return source.specific.route_in_this_language(request, path_components)

    def route_in_this_language(self, request, path_components):
        """Find every page on the requested path in one query, not two queries a level.

        Wagtail walks the tree one level at a time; information pages sit two levels
        below the home page and are what residents read most. The deepest page found
        routes whatever is left of the path, as it would in Wagtail's own routing."""
        if not path_components:
            return super().route(request, path_components)
        levels = Q()
        for offset, slug in enumerate(path_components, start=1):
            levels |= Q(depth=self.depth + offset, slug=slug)
        # The page found is loaded whole as its own type afterwards.
        candidates = Page.objects.filter(levels, path__startswith=self.path).only(*ROUTED_FIELDS)
        children_of = {page.path[: -Page.steplen]: page for page in candidates}
        parent, matched = self, 0
        while matched < len(path_components):
            child = children_of.get(parent.path)
            if child is None or child.slug != path_components[matched]:
                break
            remember_parent(child, parent)
            parent, matched = child, matched + 1
        if matched == 0:
            raise Http404
        return parent.specific.route(request, path_components[matched:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = children_of_kinds(
            self,
            {
                InformationIndexPage: ("introduction",),
                GetInvolvedPage: ("introduction",),
                **dict.fromkeys(tool_models(), ("introduction",)),
            },
        )
        context["topics"] = children[InformationIndexPage]
        context["get_involved_pages"] = children[GetInvolvedPage]
        context["tools"] = tools_among(children)
        context["report_page"] = self.urgent_help_page.localized if self.urgent_help_page else None
        return context


HomePage.edit_handler = tabs_with_review_record(HomePage)
