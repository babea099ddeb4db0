"""Easy Read pages are made of rows: one idea to a row, a picture beside a few
short sentences, as Easy Read guidance (Mencap, CHANGE) sets them out."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

MAX_SENTENCES = 3


class PictureAndWordsValue(blocks.StructValue):
    def sentences(self):
        """The row's sentences, one to a line as the editor typed them."""
        return [line.strip() for line in (self.get("words") or "").splitlines() if line.strip()]


class PictureAndWordsBlock(blocks.StructBlock):
    picture = SnippetChooserBlock(
        "easyread.EasyReadPicture",
        label=_("Picture"),
        help_text=_("A picture from the Easy Read picture library that shows the idea."),
    )
    words = blocks.TextBlock(
        label=_("Words"),
        max_length=400,
        rows=3,
        help_text=_("One idea. Short sentences, each on its own line, at most three."),
    )

    def clean(self, value):
        value = super().clean(value)
        if len(value.sentences()) > MAX_SENTENCES:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "words": ValidationError(
                        _("Keep to one idea: at most three sentences in a row.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "components/streamfield/picture_and_words_block.html"
        value_class = PictureAndWordsValue
        label = _("Picture and words")
        description = _("One idea: a picture beside a few short sentences.")
        preview_value = {
            "words": "Abuse is when someone hurts you.\nIt is not your fault.",
        }


class EasyReadBodyBlock(blocks.StreamBlock):
    picture_and_words = PictureAndWordsBlock()


class GlossaryTermBlock(blocks.StructBlock):
    word = blocks.CharBlock(label=_("Word"), max_length=60)
    meaning = blocks.TextBlock(label=_("What it means"), max_length=300, rows=2)

    class Meta:
        icon = "help"
        template = "components/streamfield/glossary_term_block.html"
        label = _("Word and meaning")
        description = _("A hard word the page uses, and what it means in easy words.")
        preview_value = {
            "word": "Safeguarding",
            "meaning": "Keeping adults safe from abuse and neglect.",
        }


class GlossaryBlock(blocks.StreamBlock):
    term = GlossaryTermBlock()
