"""StreamField blocks for information pages, modelled on printed council leaflets.

Each block has a template under templates/components/streamfield/ and a preview
so editors can see what it looks like before choosing it."""

import re

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import OverridableSegmentValue

from infopages.directory.blocks import SupportNearYouBlock

# Editors get the formatting leaflets need and nothing that could break the design.
PARAGRAPH_FEATURES = ["bold", "link", "ol", "ul"]


class HeadingValue(blocks.StructValue):
    # Set by InformationPage.body_with_anchors, which makes anchors unique on the page.
    unique_anchor = None

    @property
    def anchor(self):
        return self.unique_anchor or slugify(self.get("text"), allow_unicode=True) or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        help_text=_("Section headings appear in the page's contents list."),
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"
        value_class = HeadingValue
        description = _("A section heading or sub-heading.")
        preview_value = {"text": "How to report abuse", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/paragraph_block.html"
        description = _("Text with bold, links and lists.")
        preview_value = (
            "<p>Abuse is when someone hurts you or treats you badly. It can happen "
            "<b>anywhere</b>, including at home.</p>"
        )


class WarningBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=400)

    class Meta:
        icon = "warning"
        template = "components/streamfield/warning_block.html"
        description = _("An urgent warning, such as when to call 999.")
        preview_value = {"text": "If you or someone else is in immediate danger, call 999."}


class InsetTextBlock(blocks.TextBlock):
    class Meta:
        icon = "openquote"
        template = "components/streamfield/inset_block.html"
        description = _("A short note set apart from the text around it.")
        preview_value = "You do not have to give your name when you report a concern."


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), min_num=2, **kwargs)

    class Meta:
        icon = "list-ol"
        template = "components/streamfield/steps_block.html"
        description = _("Numbered steps someone follows in order.")
        preview_value = [
            {"title": "Call Adult Social Care Direct", "text": "Tell us what is happening."},
            {"title": "We listen", "text": "We ask what you would like to happen."},
        ]


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(max_length=120, label=_("Summary (what the reader clicks)"))
    text = blocks.RichTextBlock(features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "collapse-down"
        template = "components/streamfield/details_block.html"
        description = _("Extra detail that the reader can open if they need it.")
        preview_value = {
            "summary": "What if the person does not want help?",
            "text": "<p>We will respect their wishes unless others are at risk.</p>",
        }


PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ()-]{6,20}$")


def validate_phone(value):
    if value and not PHONE_CHARACTERS.match(value):
        raise ValidationError(
            _("Enter a phone number using only digits, spaces and brackets, like 024 7683 3003.")
        )


class PhoneNumberBlock(blocks.CharBlock):
    """A number is the same in every language: translators can give a different one
    for their language, but it is never sent out as text to translate."""

    def __init__(self, **kwargs):
        super().__init__(max_length=20, validators=[validate_phone], **kwargs)

    def get_translatable_segments(self, value):
        return [OverridableSegmentValue("", value)] if value else []

    def restore_translated_segments(self, value, segments):
        overrides = [
            segment.data for segment in segments if isinstance(segment, OverridableSegmentValue)
        ]
        return overrides[0] if overrides else value


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120, help_text=_("For example: Adult Social Care Direct"))
    phone = PhoneNumberBlock(required=False)
    email = blocks.EmailBlock(required=False)
    text_relay = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text=_("For example: Relay UK 18001 024 7683 3003"),
    )
    opening_hours = blocks.TextBlock(required=False)
    address = blocks.TextBlock(required=False)

    class Meta:
        icon = "mail"
        template = "components/streamfield/contact_block.html"
        description = _("How to contact a service: phone, email, text relay, hours, address.")
        preview_value = {
            "name": "Adult Social Care Direct",
            "phone": "024 7683 3003",
            "email": "ascdirect@coventry.gov.uk",
            "text_relay": "18001 024 7683 3003",
            "opening_hours": "Monday to Thursday, 8.30am to 5pm\nFriday, 8.30am to 4.30pm",
            "address": "",
        }


class OptionalPageChooserBlock(blocks.PageChooserBlock):
    """Most links are web addresses: don't ask the database about pages when none are chosen."""

    def bulk_to_python(self, values):
        if all(value is None for value in values):
            return list(values)
        return super().bulk_to_python(values)


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        return page.url if page else self.get("url")

    @property
    def label(self):
        page = self.get("page")
        return self.get("title") or (page.title if page else self.get("url"))

    @property
    def is_external(self):
        return not self.get("page")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Words that say where the link goes. Leave blank to use the page title."),
    )
    page = OptionalPageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label=_("Web address"))

    class Meta:
        icon = "link"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page == has_url:
            message = _("Choose a page or enter a web address, but not both.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([message]), "url": ErrorList([message])}
            )
        if has_url and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={
                    "title": ErrorList([_("Give the link words that say where it goes.")])
                }
            )
        return value


class RelatedLinksBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(LinkBlock(), min_num=1, **kwargs)

    class Meta:
        icon = "link"
        template = "components/streamfield/related_links_block.html"
        description = _("Links to other pages that help the reader.")
        preview_value = [
            {
                "title": "Care Act 2014 guidance",
                "url": "https://www.gov.uk/government/publications/care-act-statutory-guidance",
            },
        ]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe the image for someone who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/streamfield/image_block.html"
        description = _("A picture, with a description for people who cannot see it.")


class InformationBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    warning = WarningBlock()
    inset = InsetTextBlock(label=_("Inset text"))
    steps = StepsBlock(label=_("Numbered steps"))
    details = DetailsBlock(label=_("Details (expandable)"))
    contact = ContactBlock()
    related_links = RelatedLinksBlock()
    image = ImageBlock()
    support_near_you = SupportNearYouBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = {}
        for index, child in enumerate(value):
            if child.block_type != "heading":
                continue
            anchor = child.value.anchor
            if anchor in seen:
                raise blocks.StreamBlockValidationError(
                    block_errors={
                        index: ValidationError(
                            _(
                                "Another heading on this page has the same words. "
                                "Give each heading different words."
                            )
                        )
                    }
                )
            seen[anchor] = index
        return value


class KeyContactsBlock(blocks.StreamBlock):
    contact = ContactBlock()
