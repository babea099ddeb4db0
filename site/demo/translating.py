"""Demo translations go through wagtail-localize's PO import, the path a
translator's file takes, so the admin shows them as translations that can be
synced and edited."""

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from .loader import TRANSLATIONS, DemoDataError


def imported_translation(seeder, key, instance, language_code, user=None):
    """The translation of the page or snippet made from the data file `key`, with
    every text imported from the language's PO file."""
    po = seeder.data.translations(language_code).get(key)
    if po is None:
        raise DemoDataError(f"{po_path(seeder, language_code)}: has no entries for “{key}”")
    return translation_from_po(seeder, po, instance, language_code, key, user=user)


def po_path(seeder, language_code):
    return seeder.data_dir / TRANSLATIONS / f"{language_code}.po"


def translation_from_po(seeder, po, instance, language_code, name, user=None):
    """The translation of `instance` with every text imported from `po` (entries with
    wagtail-localize's own contexts); `name` says which entries, in errors."""
    where = po_path(seeder, language_code)
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    warnings = translation.import_po(po, user=user, tool_name="Demo content")
    if warnings:
        raise DemoDataError(f"{where}: entries for “{name}” do not fit its page: {warnings}")
    total, translated = translation.get_progress()
    if translated < total:
        raise DemoDataError(f"{where}: {total - translated} texts of “{name}” are not translated")
    return translation
