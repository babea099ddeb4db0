"""Translations for tests, made through wagtail-localize as a translator's PO file
makes them: each text of the page or snippet given in the language."""

import copy

from wagtail.blocks import ListBlock
from wagtail.blocks.stream_block import StreamValue
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from infopages.translations.checking import send_for_check


def translated_raw(source_raw, block, value):
    """The block's stored value with the source's ids, so both versions share paths."""
    if isinstance(block, ListBlock):
        return [
            {
                "type": "item",
                "id": item["id"],
                "value": translated_raw(item["value"], block.child_block, new),
            }
            for item, new in zip(source_raw, value, strict=True)
        ]
    return block.get_prep_value(block.to_python(value))


def translated_stream(stream_value, items):
    block = stream_value.stream_block
    raw = []
    for source, (block_type, value) in zip(stream_value.raw_data, items, strict=True):
        if source["type"] != block_type:
            raise ValueError(f"Translated block {block_type} does not match {source['type']}")
        child = block.child_blocks[block_type]
        raw.append(
            {
                "type": block_type,
                "id": source["id"],
                "value": translated_raw(source["value"], child, value),
            }
        )
    return StreamValue(block, raw, is_lazy=True)


def translated_copy(instance, fields):
    translated = copy.copy(instance)
    for name, value in fields.items():
        current = getattr(instance, name)
        if isinstance(current, StreamValue):
            value = translated_stream(current, value)
        setattr(translated, name, value)
    return translated


def strings(instance):
    return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]


def prepared_translation(instance, locale, fields, user=None):
    """The translation into the locale, with every text filled in from `fields`, as
    a translator's PO file would fill it."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    pairs = zip(strings(instance), strings(translated_copy(instance, fields)), strict=True)
    translated_text = {(s.path, s.string.data): t.string.data for s, t in pairs}
    po = translation.export_po()
    for entry in po:
        entry.msgstr = translated_text.get((entry.msgctxt, entry.msgid), entry.msgid)
    translation.import_po(po, user=user, tool_name="Tests")
    return translation


def translate(instance, language_code, fields, user=None, checker=None):
    """Translate a page or snippet through wagtail-localize. With a checker, a page's
    translation is sent for its translation check and the checker approves it, which
    publishes it; without, it is published directly, as a publisher can."""
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = prepared_translation(instance, locale, fields, user)
    if checker is None:
        translation.save_target(user=user, publish=True)
        return instance.get_translation(locale)
    translated = send_for_check(translation, user)
    translated.current_workflow_task_state.approve(user=checker)
    return translated


def translate_page(page, language_code, fields, user=None, checker=None):
    return translate(page.specific, language_code, fields, user, checker)
