"""The words of a page that the plain English check reads: every text of its blocks,
rich text without its markup, and nothing that is not words for people to read."""

from wagtail.blocks import StreamValue

from infopages.blocks import InformationBodyBlock
from infopages.plainlanguage.page_text import glossary_of, text_of_html, texts_of_page
from tests.factories import body


class Draft:
    def __init__(self, **fields):
        self.__dict__.update(fields)


def test_rich_text_loses_its_markup_and_keeps_each_paragraph_and_item_on_a_line():
    html = (
        '<p>Call <b>us</b> or read <a href="https://www.gov.uk/">GOV.UK</a>.</p>'
        "<ul><li>One</li><li>Two &amp; three</li></ul>"
    )
    assert text_of_html(html).split("\n") == [
        "Call us or read GOV.UK.",
        "",
        "One",
        "",
        "Two & three",
    ]


def test_every_text_of_the_body_is_read_and_nothing_else():
    draft = Draft(
        title="Reporting abuse",
        summary="How to tell us.",
        body=StreamValue(
            InformationBodyBlock(),
            body(
                [
                    ("heading", {"text": "Who can help", "level": "h2"}),
                    ("warning", {"text": "Call 999."}),
                    (
                        "steps",
                        [
                            {"title": "We listen", "text": "We ask."},
                            {"title": "We act", "text": ""},
                        ],
                    ),
                    ("details", {"summary": "Can I stay anonymous?", "text": "<p>Yes.</p>"}),
                    (
                        "contact",
                        {"name": "Adult Social Care Direct", "email": "ascdirect@coventry.gov.uk"},
                    ),
                    (
                        "related_links",
                        [{"title": "Care Act guidance", "url": "https://www.gov.uk/"}],
                    ),
                ]
            ),
        ),
    )
    texts = [text for text in texts_of_page(draft, ("title", "summary", "body")) if text]
    assert texts == [
        "Reporting abuse",
        "How to tell us.",
        "Who can help",
        "Call 999.",
        "We listen",
        "We ask.",
        "We act",
        "Can I stay anonymous?",
        "Yes.",
        "Adult Social Care Direct",
        "Care Act guidance",
    ]


def test_a_field_the_page_type_lacks_is_skipped():
    assert list(texts_of_page(Draft(title="Help"), ("title", "summary", "body"))) == ["Help"]


def test_the_glossary_comes_from_the_page_type_when_it_has_one():
    assert glossary_of(Draft()) == []
    assert glossary_of(Draft(glossary_words=lambda: ["advocate", "NHS"])) == ["advocate", "NHS"]
