"""Pages about getting involved: how to, and what changed because people did."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from council_site.core.demo_content import DemoContentMixin
from infopages.blocks import InformationBodyBlock
from infopages.models import BreadcrumbsMixin, IntroducedPageMixin
from infopages.review.panels import tabs_with_review_record
from infopages.translations.pages import MultilingualPageMixin, children_in_reader_language

from .blocks import ChangesBlock


class WeAskedYouSaidWeDidPage(
    DemoContentMixin, IntroducedPageMixin, BreadcrumbsMixin, MultilingualPageMixin, Page
):
    introduction = models.TextField(max_length=500, blank=True)
    changes = StreamField(ChangesBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("changes")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("changes"),
    ]

    parent_page_types = ["getinvolved.GetInvolvedPage"]
    subpage_types = []
    template = "pages/we_asked_you_said_we_did_page.html"

    class Meta:
        verbose_name = _("we asked, you said, we did page")


class GetInvolvedPage(
    DemoContentMixin, IntroducedPageMixin, BreadcrumbsMixin, MultilingualPageMixin, Page
):
    """The ways to get involved and what people can expect, leading to the sign-up."""

    introduction = models.TextField(max_length=500, blank=True)
    body = StreamField(InformationBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["getinvolved.WeAskedYouSaidWeDidPage"]
    max_count_per_parent = 1
    template = "pages/get_involved_page.html"

    class Meta:
        verbose_name = _("get involved page")

    def changes_pages(self):
        return children_in_reader_language(self, WeAskedYouSaidWeDidPage, "introduction")


GetInvolvedPage.edit_handler = tabs_with_review_record(GetInvolvedPage)
WeAskedYouSaidWeDidPage.edit_handler = tabs_with_review_record(WeAskedYouSaidWeDidPage)
