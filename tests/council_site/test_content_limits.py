"""No raw HTML anywhere editors type, and rich text limited to bold, links and
lists: checked over every model, so new apps' fields are included."""

from django.apps import apps
from django.conf import settings
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

ALLOWED_FEATURES = {"bold", "link", "ol", "ul"}


def child_blocks(block):
    if hasattr(block, "child_blocks"):
        yield from block.child_blocks.values()
    if hasattr(block, "child_block"):
        yield block.child_block


def every_block(block):
    yield block
    for child in child_blocks(block):
        yield from every_block(child)


def stream_and_rich_text_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField | RichTextField):
                yield f"{model._meta.label}.{field.name}", field


def test_no_raw_html_block_and_only_limited_rich_text():
    problems = []
    for label, field in stream_and_rich_text_fields():
        if isinstance(field, RichTextField):
            features = (
                field.features
                or settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
            )
            if not set(features) <= ALLOWED_FEATURES:
                problems.append(f"{label} allows {sorted(set(features) - ALLOWED_FEATURES)}")
            continue
        for block in every_block(field.stream_block):
            if isinstance(block, blocks.RawHTMLBlock):
                problems.append(f"{label} has a raw HTML block")
            if isinstance(block, blocks.RichTextBlock):
                features = block.features or ALLOWED_FEATURES
                if not set(features) <= ALLOWED_FEATURES:
                    problems.append(f"{label} allows {sorted(set(features) - ALLOWED_FEATURES)}")
    assert problems == []


def test_the_check_finds_stream_fields():
    assert any("InformationPage.body" in label for label, _f in stream_and_rich_text_fields())
