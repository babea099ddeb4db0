"""The words a page shows, taken from its fields and from every text of its StreamField
blocks, whatever blocks a page type has: rich text without its markup (each paragraph,
list item and heading on a line of its own), and plain and short text fields. Choices,
links, email addresses and pictures are not words to check."""

from html.parser import HTMLParser

from wagtail import blocks
from wagtail.blocks import StreamValue

# Elements that start a new line of text in rich text, so a list item or heading
# without a full stop is never run into the next.
LINE_ELEMENTS = {"p", "li", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}


class TextOfHtml(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in LINE_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in LINE_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def text_of_html(html):
    parser = TextOfHtml()
    parser.feed(html or "")
    parser.close()
    return "".join(parser.parts).strip()


def texts_of_block(block, value):
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield text_of_html(value.source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield str(value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from texts_of_block(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from texts_of_block(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        yield from texts_of_stream(value)


def texts_of_stream(stream):
    for child in stream:
        yield from texts_of_block(child.block, child.value)


def texts_of_page(page, field_names):
    """Each text of the named fields that the page has, in order."""
    for name in field_names:
        value = getattr(page, name, None)
        if isinstance(value, StreamValue):
            yield from texts_of_stream(value)
        elif isinstance(value, str):
            yield value


def glossary_of(page):
    """The words the page itself explains, for page types that have a glossary."""
    glossary_words = getattr(page, "glossary_words", None)
    return list(glossary_words()) if callable(glossary_words) else []
