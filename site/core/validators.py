"""Text typed into the forms is stored as plain text and always shown escaped; these
refuse what plain text never contains."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LINE_BREAKS = {"\n", "\r", "\t"}
# Joiners and direction marks belong in names written in Arabic, Urdu and the Indic
# scripts; other format characters (such as direction overrides) can disguise text.
WRITING_MARKS = {"\u200c", "\u200d", "\u200e", "\u200f"}
PHONE_CHARACTERS = re.compile(r"^[0-9 ()+\-]+$")


def has_control_characters(value, allow_line_breaks=False):
    allowed = WRITING_MARKS | (LINE_BREAKS if allow_line_breaks else set())
    return any(
        unicodedata.category(character) in ("Cc", "Cf", "Cs", "Co") and character not in allowed
        for character in value
    )


def no_control_characters(value):
    if has_control_characters(value):
        raise ValidationError(_("Remove the special characters you cannot see"), code="control")


def no_control_characters_but_line_breaks(value):
    if has_control_characters(value, allow_line_breaks=True):
        raise ValidationError(_("Remove the special characters you cannot see"), code="control")


def validate_phone(value):
    digits = sum(character.isdigit() for character in value)
    if not PHONE_CHARACTERS.match(value) or not 10 <= digits <= 15:
        raise ValidationError(
            _("Enter a phone number, like 024 7683 3003 or 07700 900 982"), code="phone"
        )
