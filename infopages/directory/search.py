"""Finding services: the filters residents and the API share, and "nearest first".

Every search costs the same few queries however many services there are: the database
filters, measures distances, groups places by service and counts, so only one page of
identifiers is read, then one query per kind of detail shown for that page."""

import math
from dataclasses import dataclass, field

from django.db.models import Exists, ExpressionWrapper, F, FloatField, Min, OuterRef, Q, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

from .models import (
    Accessibility,
    CostOption,
    Language,
    Postcode,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
)
from .places import EARTH_RADIUS_METRES, bounding_box, normalise_postcode


@dataclass
class Criteria:
    """What a search asks for, already checked."""

    keyword: str = ""
    term_keys: list = field(default_factory=list)
    taxonomy_ids: list = field(default_factory=list)
    day: str = ""
    free: bool = False
    languages: list = field(default_factory=list)
    accessibility: list = field(default_factory=list)
    # Where from, and how far: set together or not at all.
    latitude: float | None = None
    longitude: float | None = None
    radius_metres: float | None = None

    @property
    def near(self):
        return self.latitude is not None


def find_postcode(text):
    """(normalised postcode, Postcode or None); the postcode is None when malformed."""
    postcode = normalise_postcode(text)
    if postcode is None:
        return None, None
    return postcode, Postcode.objects.filter(postcode=postcode).first()


def filtered_services(criteria):
    """The English records of listed services meeting every filter but distance."""
    services = Service.objects.english().filter(status=ServiceStatus.ACTIVE)
    if criteria.keyword:
        # A match in any language's words finds the service.
        words = Service.objects.filter(
            Q(name__icontains=criteria.keyword) | Q(description__icontains=criteria.keyword)
        ).values("translation_key")
        services = services.filter(
            Q(translation_key__in=words) | Q(organization__name__icontains=criteria.keyword)
        )
    if criteria.term_keys:
        services = services.filter(
            Exists(
                Service.terms.through.objects.filter(
                    service_id=OuterRef("pk"), taxonomyterm__translation_key__in=criteria.term_keys
                )
            )
        )
    if criteria.taxonomy_ids:
        services = services.filter(
            Exists(
                Service.terms.through.objects.filter(
                    service_id=OuterRef("pk"), taxonomyterm__taxonomy_id__in=criteria.taxonomy_ids
                )
            )
        )
    if criteria.day:
        services = services.filter(
            Exists(Schedule.objects.filter(service_id=OuterRef("pk"), byday__contains=criteria.day))
        )
    if criteria.free:
        costs = CostOption.objects.filter(service_id=OuterRef("pk"))
        services = services.filter(Exists(costs.filter(amount=0))).exclude(
            Exists(costs.filter(amount__gt=0))
        )
    if criteria.languages:
        services = services.filter(
            Exists(Language.objects.filter(service_id=OuterRef("pk"), code__in=criteria.languages))
        )
    for feature in criteria.accessibility:
        services = services.filter(
            Exists(
                ServiceAtLocation.objects.filter(service_id=OuterRef("pk")).filter(
                    Exists(
                        Accessibility.objects.filter(
                            location_id=OuterRef("location_id"), feature=feature
                        )
                    )
                )
            )
        )
    return services


def nearest(criteria):
    """(service id, metres to its nearest location) for services with a location within
    the radius, nearest first: a query to count or slice, so only one page is read."""
    return (
        within_radius(criteria)
        .values("service_id")
        .annotate(metres=Min("place_metres"))
        .order_by("metres", "service_id")
        .values_list("service_id", "metres")
    )


def nearest_places(criteria):
    """(service at location id, metres), nearest first, every place within the radius:
    a query to count or slice."""
    return (
        within_radius(criteria)
        .annotate(metres=F("place_metres"))
        .order_by("metres", "pk")
        .values_list("pk", "metres")
    )


def within_radius(criteria):
    """The listed services' places within the radius, each with its distance as
    place_metres. The indexed box of latitudes and longitudes keeps the database to
    nearby places before it works out their distances."""
    south, north, west, east = bounding_box(
        criteria.latitude, criteria.longitude, criteria.radius_metres
    )
    return (
        ServiceAtLocation.objects.filter(
            service__in=filtered_services(criteria),
            location__latitude__range=(south, north),
            location__longitude__range=(west, east),
        )
        .alias(
            place_metres=distance_metres_expression(
                criteria.latitude, criteria.longitude, "location__latitude", "location__longitude"
            )
        )
        .filter(place_metres__lte=criteria.radius_metres)
    )


def distance_metres_expression(latitude, longitude, latitude_field, longitude_field):
    """places.distance_metres from a point to the fields' position, in SQL (Django gives
    SQLite the trigonometry PostgreSQL has), so the database filters and sorts by it."""
    number = FloatField()

    def half_angle_sine_squared(field, origin):
        return Power(Sin(Radians(F(field) - Value(origin, output_field=number)) / 2), 2)

    haversine = half_angle_sine_squared(latitude_field, latitude) + Value(
        math.cos(math.radians(latitude)), output_field=number
    ) * Cos(Radians(F(latitude_field))) * half_angle_sine_squared(longitude_field, longitude)
    return ExpressionWrapper(
        2 * EARTH_RADIUS_METRES * ASin(Sqrt(Least(Value(1.0, output_field=number), haversine))),
        output_field=number,
    )
