"""Amounts of money as readers type them: with commas, spaces or a pound sign, with a
comma for pence as many languages write it, and in any script's digits (Arabic-
Indic, Gurmukhi, Gujarati, Ethiopic...). Pure: text in, pounds or a reason out."""

import re
import unicodedata
from decimal import Decimal

LARGEST = Decimal("100000000")
SPACES = re.compile(r"[\s\u00a0\u2009\u202f\u066c']")
CURRENCY = re.compile(r"£|gbp|pounds?|p/w|a week|per week", re.IGNORECASE)
MINUS = ("-", "\u2212", "\u2013")
AMOUNT = re.compile(r"(\d+)(?:\.(\d{1,2}))?")
THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


class AmountError(ValueError):
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def latin_digits(text: str) -> str:
    return "".join(
        str(unicodedata.decimal(char)) if unicodedata.decimal(char, None) is not None else char
        for char in text
    )


def parse_amount(text: str) -> Decimal:
    """Pounds as a Decimal with pence, or AmountError saying why not."""
    text = latin_digits(unicodedata.normalize("NFKC", text or ""))
    text = CURRENCY.sub("", SPACES.sub("", text)).replace("\u066b", ".").replace("\u060c", ",")
    if text.startswith(MINUS):
        raise AmountError(AmountError.NEGATIVE)
    text = _without_grouping(text)
    match = AMOUNT.fullmatch(text)
    if not match:
        raise AmountError(AmountError.NOT_A_NUMBER)
    amount = Decimal(text)
    if amount > LARGEST:
        raise AmountError(AmountError.TOO_LARGE)
    return amount


def _without_grouping(text: str) -> str:
    """A comma between groups of three digits separates thousands; a last comma
    before one or two digits is the decimal point of languages that write it so."""
    if THOUSANDS.fullmatch(text):
        return text.replace(",", "")
    if text.count(",") == 1 and "." not in text and re.fullmatch(r"\d+,\d{1,2}", text):
        return text.replace(",", ".")
    return text
