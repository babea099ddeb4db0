"""Postcodes and distances: pure rules, with no database."""

import math
import re

EARTH_RADIUS_METRES = 6_371_008.8
METRES_PER_MILE = 1609.344
# Royal Mail's shapes of an outward code and the inward code (BS 7666), e.g. CV1 5RR,
# B33 8TH, W1A 0AX, EC1A 1BB; plus the one postcode that breaks them, GIR 0AA.
POSTCODE = re.compile(r"^(GIR0AA|[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2})$")


def normalise_postcode(text):
    """The postcode in its written form ("CV1 5RR"), or None when it cannot be one."""
    compact = re.sub(r"\s+", "", str(text or "")).upper()
    if not POSTCODE.match(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def distance_metres(lat1, lon1, lat2, lon2):
    """The great-circle (haversine) distance between two points on a spherical Earth."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    delta_phi = math.radians(lat2 - lat1)
    delta_lambda = math.radians(lon2 - lon1)
    a = (
        math.sin(delta_phi / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(delta_lambda / 2) ** 2
    )
    return 2 * EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat, lon, radius_metres):
    """(south, north, west, east): every point within the radius lies inside, so a
    database can keep to the box before distances are worked out exactly."""
    angular = radius_metres / EARTH_RADIUS_METRES
    delta_lat = math.degrees(angular)
    south, north = max(-90.0, lat - delta_lat), min(90.0, lat + delta_lat)
    if north >= 90.0 or south <= -90.0 or angular >= math.pi / 2:
        return south, north, -180.0, 180.0
    delta_lon = math.degrees(math.asin(min(1.0, math.sin(angular) / math.cos(math.radians(lat)))))
    return south, north, lon - delta_lon, lon + delta_lon


def miles(metres):
    return metres / METRES_PER_MILE


def metres(miles_):
    return miles_ * METRES_PER_MILE
