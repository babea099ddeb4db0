import datetime
import math

import pytest

from infopages.directory.checking import checked_too_long_ago
from infopages.directory.places import (
    bounding_box,
    distance_metres,
    metres,
    miles,
    normalise_postcode,
)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("CV1 5RR", "CV1 5RR"),
        ("cv15rr", "CV1 5RR"),
        ("  cv1   5rr ", "CV1 5RR"),
        ("B33 8TH", "B33 8TH"),
        ("W1A 0AX", "W1A 0AX"),
        ("EC1A 1BB", "EC1A 1BB"),
        ("M1 1AE", "M1 1AE"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("gir 0aa", "GIR 0AA"),
    ],
)
def test_postcodes_are_written_the_royal_mail_way(typed, written):
    assert normalise_postcode(typed) == written


@pytest.mark.parametrize(
    "typed",
    ["", None, "CV1", "5RR", "CV1 5R", "CV1 5CI", "CVV1 5RR", "1CV 5RR", "CV1 5RR X", "ك ١", "';"],
)
def test_what_cannot_be_a_postcode_is_refused(typed):
    assert normalise_postcode(typed) is None


def test_one_degree_along_the_equator():
    # 2πR / 360 with the mean Earth radius, 6,371,008.8 m.
    assert distance_metres(0, 0, 0, 1) == pytest.approx(111_195.08, abs=0.5)


def test_london_to_paris():
    # The haversine distance between the two cities' usual reference points.
    assert distance_metres(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343_560, abs=500)


def test_coventry_to_birmingham_is_about_16_miles():
    coventry, birmingham = (52.4068, -1.5197), (52.4862, -1.8904)
    assert miles(distance_metres(*coventry, *birmingham)) == pytest.approx(16.4, abs=0.3)


def test_a_point_is_no_distance_from_itself_and_distance_is_symmetric():
    assert distance_metres(52.4, -1.5, 52.4, -1.5) == 0
    assert distance_metres(52.4, -1.5, 52.5, -1.4) == distance_metres(52.5, -1.4, 52.4, -1.5)


def test_miles_and_metres():
    assert metres(1) == 1609.344
    assert miles(1609.344) == 1


@pytest.mark.parametrize("bearing", range(0, 360, 15))
def test_every_point_within_the_radius_is_inside_the_box(bearing):
    lat, lon, radius = 52.4068, -1.5197, 8046.72
    south, north, west, east = bounding_box(lat, lon, radius)
    # A point just inside the radius on this bearing (small-distance approximation).
    d = (radius * 0.999) / 6_371_008.8
    theta = math.radians(bearing)
    point_lat = math.degrees(
        math.asin(
            math.sin(math.radians(lat)) * math.cos(d)
            + math.cos(math.radians(lat)) * math.sin(d) * math.cos(theta)
        )
    )
    point_lon = lon + math.degrees(
        math.atan2(
            math.sin(theta) * math.sin(d) * math.cos(math.radians(lat)),
            math.cos(d) - math.sin(math.radians(lat)) * math.sin(math.radians(point_lat)),
        )
    )
    assert distance_metres(lat, lon, point_lat, point_lon) < radius
    assert south <= point_lat <= north
    assert west <= point_lon <= east


def test_the_box_is_not_much_bigger_than_the_circle():
    south, north, west, east = bounding_box(52.4068, -1.5197, 8046.72)
    assert distance_metres(south, -1.5197, north, -1.5197) == pytest.approx(2 * 8046.72, rel=1e-6)
    assert distance_metres(52.4068, west, 52.4068, east) < 2 * 8046.72 * 1.01


def test_the_box_near_a_pole_takes_every_longitude():
    assert bounding_box(89.99, 0, 10_000)[2:] == (-180.0, 180.0)


def test_a_service_is_due_a_check_a_year_after_it_was_last_checked():
    assert checked_too_long_ago(datetime.date(2026, 12, 6)) == datetime.date(2025, 12, 6)
    assert checked_too_long_ago(datetime.date(2028, 2, 29)) == datetime.date(2027, 2, 28)
