from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChangeBlock(blocks.StructBlock):
    """One change made after listening to people: what we asked, what they said, what we did."""

    title = blocks.CharBlock(max_length=120, label=_("Title"))
    date = blocks.DateBlock(label=_("When"), required=False)
    we_asked = blocks.TextBlock(label=_("We asked"))
    you_said = blocks.TextBlock(label=_("You said"))
    we_did = blocks.TextBlock(label=_("We did"))

    class Meta:
        icon = "comment"
        template = "components/streamfield/change_block.html"
        description = _("A change made after feedback, in three parts.")


class ChangesBlock(blocks.StreamBlock):
    change = ChangeBlock()
