"""The city's community languages. Django knows some of them only partly: it has
no entry for Tigrinya or Gujarati and no native name for Punjabi, so every
language is declared here with its code, direction and endonym."""

from django.conf import locale


def gettext_noop(message):
    # Marks a string for the catalogues. Django's own gettext_noop reads settings,
    # which must not happen while the settings module itself is being imported.
    return message


SOURCE_LANGUAGE = "en"

LANGUAGE_INFO = {
    "en": {"code": "en", "name": "English", "name_local": "English", "bidi": False},
    "pl": {"code": "pl", "name": "Polish", "name_local": "Polski", "bidi": False},
    "pa": {"code": "pa", "name": "Punjabi", "name_local": "ਪੰਜਾਬੀ", "bidi": False},
    "ur": {"code": "ur", "name": "Urdu", "name_local": "اردو", "bidi": True},
    "ar": {"code": "ar", "name": "Arabic", "name_local": "العربية", "bidi": True},
    "ro": {"code": "ro", "name": "Romanian", "name_local": "Română", "bidi": False},
    "ti": {"code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ", "bidi": False},
    "gu": {"code": "gu", "name": "Gujarati", "name_local": "ગુજરાતી", "bidi": False},
}

LANGUAGES = [(code, info["name"]) for code, info in LANGUAGE_INFO.items()]
# The languages that English pages, texts and names are translated into.
TRANSLATED_LANGUAGES = [code for code in LANGUAGE_INFO if code != SOURCE_LANGUAGE]


def register_languages():
    locale.LANG_INFO.update(LANGUAGE_INFO)


# Month names are translated here too, so dates read correctly in languages
# Django itself has no translations for.
MONTH_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
