"""The directory's records in the reader's language: the words of their translations
where there are some, the English record's elsewhere, marked as English."""

from django.utils import translation

from council_site.languages import SOURCE_LANGUAGE


def translated_words(model, keys, fields):
    """{translation key: {field: words}} in the reader's language, where translated."""
    language = translation.get_language()
    if language == SOURCE_LANGUAGE or not keys:
        return {}
    rows = model.objects.filter(translation_key__in=keys, locale__language_code=language)
    return {row.translation_key: {name: getattr(row, name) for name in fields} for row in rows}


def in_reader_language(objects, model, fields):
    """Each object with its words in the reader's language where translated, and its
    content_language, which templates compare with the page's to mark English words."""
    words = translated_words(model, [o.translation_key for o in objects], fields)
    for item in objects:
        found = words.get(item.translation_key)
        item.content_language = translation.get_language() if found else SOURCE_LANGUAGE
        for name, value in (found or {}).items():
            if value:
                setattr(item, name, value)
    return objects
