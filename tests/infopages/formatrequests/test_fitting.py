"""Which deliveries fit which formats, and which contact details each delivery needs."""

import pytest

from infopages.formatrequests import fitting
from infopages.formatrequests.models import Delivery, Format


@pytest.mark.parametrize(
    "format, delivery, fits",
    [
        ("braille", "post", True),
        ("braille", "collect", True),
        ("braille", "email", False),
        ("braille", "phone", False),
        ("paper_copy", "post", True),
        ("paper_copy", "email", False),
        ("audio", "email", True),
        ("audio", "post", True),
        ("audio", "phone", False),
        ("bsl", "email", True),
        ("bsl", "collect", True),
        ("bsl", "post", False),
        ("large_print", "email", True),
        ("easy_read", "post", True),
        ("another_language", "collect", True),
        ("another_language", "phone", False),
    ],
)
def test_deliveries_that_fit(format, delivery, fits):
    assert fitting.fits(format, delivery) is fits


def test_every_format_has_a_way_to_reach_the_reader_and_phone_delivers_none():
    for format in Format.values:
        assert fitting.deliveries_for(format)
        assert not fitting.fits(format, Delivery.PHONE)


def test_unknown_choices_fit_nothing():
    assert not fitting.fits("smoke signals", "post")
    assert fitting.contact_needed("pigeon") == ()


def test_each_delivery_asks_only_for_what_it_needs():
    assert fitting.contact_needed("email") == ("email",)
    assert fitting.contact_needed("post") == ("name", "address", "postcode")
    assert fitting.contact_needed("phone") == ("name", "phone")
    assert fitting.contact_needed("collect") == ("name", "phone_or_email")
