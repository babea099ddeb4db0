"""Easy Read versions of information pages, and the library of pictures they use."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from council_site.core.demo_content import DemoContentMixin
from infopages.models import (
    BreadcrumbsMixin,
    DescribedPageMixin,
    PublishedPageMixin,
)
from infopages.plainlanguage.panels import PlainLanguagePanel
from infopages.print_editions.panels import with_print_editions_tab
from infopages.review.panels import tabs_with_review_record
from infopages.translations.pages import MultilingualPageMixin

from .blocks import EasyReadBodyBlock, GlossaryBlock
from .pictures import PictureRefused, check_picture

__all__ = ["EasyReadPage", "EasyReadPicture"]


def validate_picture(uploaded):
    uploaded.seek(0)
    content = uploaded.read()
    uploaded.seek(0)
    try:
        check_picture(uploaded.name, content)
    except PictureRefused as refusal:
        raise ValidationError(
            _("This file cannot be used. %(reason)s"), params={"reason": refusal}
        ) from refusal


class EasyReadPicture(TranslatableMixin, models.Model):
    """A picture for Easy Read pages, with what it shows in words for people who
    cannot see it, and who made it."""

    title = models.CharField(_("name"), max_length=100)
    file = models.FileField(
        _("picture file"),
        upload_to="easy-read-pictures/",
        validators=[validate_picture],
        help_text=_("A PNG picture, or an SVG drawing of shapes only, at most 512 KB."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=200,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    credit = models.CharField(
        _("credit and licence"),
        max_length=300,
        help_text=_("Who made the picture and its licence, shown on every page that uses it."),
    )

    panels = [FieldPanel("title"), FieldPanel("file"), FieldPanel("alt_text"), FieldPanel("credit")]
    translatable_fields = [
        TranslatableField("alt_text"),
        SynchronizedField("title"),
        SynchronizedField("file"),
        SynchronizedField("credit"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Easy Read picture")
        verbose_name_plural = _("Easy Read pictures")
        ordering = ["title"]

    def __str__(self):
        return self.title


class EasyReadPage(
    DemoContentMixin,
    PublishedPageMixin,
    DescribedPageMixin,
    BreadcrumbsMixin,
    MultilingualPageMixin,
    Page,
):
    """The Easy Read version of the information page above it, in the same language."""

    # Read by the co-production review, which asks an Easy Read reviewer to approve.
    needs_easy_read_approval = True

    summary = models.TextField(
        max_length=300,
        help_text=_("One or two short sentences. Shown in search results and search engines."),
    )
    body = StreamField(EasyReadBodyBlock())
    glossary = StreamField(
        GlossaryBlock(),
        blank=True,
        verbose_name=_("words we explain"),
        help_text=_("The hard words the page uses, each with what it means in easy words."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("glossary"),
        PlainLanguagePanel(),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["infopages.InformationPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "pages/easy_read_page.html"

    class Meta:
        verbose_name = _("Easy Read page")

    def glossary_words(self):
        return [term.value["word"] for term in self.glossary if term.value["word"].strip()]

    def pictures(self):
        return [row.value["picture"] for row in self.body if row.value.get("picture")]

    def picture_credits(self):
        """Each credit once, in the order the pictures come."""
        return list(dict.fromkeys(picture.credit for picture in self.pictures()))

    def standard_version(self):
        ancestors = self.routed_ancestors()
        return ancestors[-1] if ancestors else self.get_parent()

    def load_what_the_template_shows(self):
        return (
            self.review_dates,
            self.current_print_editions,
            self.picture_credits(),
            self.standard_address,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.standard_address = self.standard_version().get_url(request)
        self.load_what_the_template_shows()
        return context


EasyReadPage.edit_handler = with_print_editions_tab(tabs_with_review_record(EasyReadPage))
