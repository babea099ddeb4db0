from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from council_site.core.demo_content import DemoContentMixin
from infopages.blocks import PARAGRAPH_FEATURES
from infopages.models import BreadcrumbsMixin, IntroducedPageMixin
from infopages.review.panels import tabs_with_review_record
from infopages.translations.pages import MultilingualPageMixin

from ..blocks import QuestionsBlock


class SelfAssessmentPage(
    DemoContentMixin, IntroducedPageMixin, BreadcrumbsMixin, MultilingualPageMixin, Page
):
    """The start page of a self-assessment, with its questions. Residents answer them
    one a page (views/journey.py); the answers stay in their session."""

    introduction = models.TextField(
        max_length=500,
        help_text=_("What the self-assessment is for, in one or two plain sentences."),
    )
    before_you_start = RichTextField(features=PARAGRAPH_FEATURES, blank=True)
    questions = StreamField(QuestionsBlock())
    other_help = RichTextField(
        features=PARAGRAPH_FEATURES,
        blank=True,
        help_text=_("Where else to find help, shown when the answers do not suggest eligibility."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("before_you_start"),
        FieldPanel("questions"),
        FieldPanel("other_help"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction", boost=1.5),
        index.SearchField("before_you_start"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "pages/self_assessment_page.html"

    class Meta:
        verbose_name = _("self-assessment")


SelfAssessmentPage.edit_handler = tabs_with_review_record(SelfAssessmentPage)
