from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .checks import MAX_SENTENCE_WORDS, check
from .page_text import glossary_of, texts_of_page

CHECKED_FIELDS = ("title", "summary", "body")


def report_for(page, field_names=CHECKED_FIELDS):
    """The plain language report of the page as it is being edited, in its language,
    with its own glossary where its type has one."""
    locale = getattr(page, "locale", None)
    language = locale.language_code if locale else "en"
    return check(texts_of_page(page, field_names), language, glossary_of(page))


def has_plain_language_check(page_class):
    """Whether the page type's editor shows the plain English check."""

    def panels(panel):
        yield panel
        for child in getattr(panel, "children", ()):
            yield from panels(child)

    return any(
        isinstance(panel, PlainLanguagePanel) for panel in panels(page_class.get_edit_handler())
    )


class PlainLanguagePanel(Panel):
    """The draft's reading age and plain language warnings, shown in the editor. They
    help; they never stop a save or a publish."""

    def __init__(self, field_names=CHECKED_FIELDS, **kwargs):
        kwargs.setdefault("heading", _("Plain English check"))
        super().__init__(**kwargs)
        self.field_names = field_names

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "field_names": self.field_names}

    class BoundPanel(Panel.BoundPanel):
        template_name = "plainlanguage/panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report"] = report_for(self.instance, self.panel.field_names)
            context["max_words"] = MAX_SENTENCE_WORDS
            return context
