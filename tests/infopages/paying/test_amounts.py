from decimal import Decimal

import pytest

from infopages.paying.amounts import AmountError, parse_amount


@pytest.mark.parametrize(
    ("typed", "pounds"),
    [
        ("150", "150"),
        ("150.50", "150.50"),
        ("£150.50", "150.50"),
        (" £ 1,250 ", "1250"),
        ("23,250.00", "23250.00"),
        ("1 250", "1250"),
        ("1\u00a0250,50", "1250.50"),
        ("12,5", "12.5"),
        ("١٥٠", "150"),  # Arabic-Indic digits
        ("۱۵۰٫۵۰", "150.50"),  # Eastern Arabic-Indic (Urdu) digits, Arabic decimal point
        ("٢٣٬٢٥٠", "23250"),  # Arabic thousands separator
        ("૧૫૦", "150"),  # Gujarati
        ("੧੫੦", "150"),  # Gurmukhi (Punjabi)
        ("100000000", "100000000"),
        ("0", "0"),
    ],
)
def test_understood(typed, pounds):
    assert parse_amount(typed) == Decimal(pounds)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("-5", AmountError.NEGATIVE),
        ("−5", AmountError.NEGATIVE),
        ("£-5", AmountError.NEGATIVE),
        ("five", AmountError.NOT_A_NUMBER),
        ("", AmountError.NOT_A_NUMBER),
        ("12.345", AmountError.NOT_A_NUMBER),
        ("1,2,3", AmountError.NOT_A_NUMBER),
        ("1e5", AmountError.NOT_A_NUMBER),
        ("NaN", AmountError.NOT_A_NUMBER),
        ("100000000.01", AmountError.TOO_LARGE),
        ("1" + "0" * 40, AmountError.TOO_LARGE),
    ],
)
def test_refused(typed, code):
    with pytest.raises(AmountError) as refused:
        parse_amount(typed)
    assert refused.value.code == code
