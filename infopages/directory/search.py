"""Finding services: the filters residents and the API share, and "nearest first".

Every search costs the same few queries however many services there are: one for the
candidates (their identifiers and positions only), then one per kind of detail shown
for the page of results."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q

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
from .places import bounding_box, distance_metres, normalise_postcode


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
    """[(service id, metres to its nearest location, that service at location's id)],
    nearest first, for services with a location within the radius."""
    south, north, west, east = bounding_box(
        criteria.latitude, criteria.longitude, criteria.radius_metres
    )
    # Unordered: the rows are sorted by distance here, so the database need not sort.
    rows = (
        ServiceAtLocation.objects.filter(
            service__in=filtered_services(criteria),
            location__latitude__range=(south, north),
            location__longitude__range=(west, east),
        )
        .order_by()
        .values_list("service_id", "pk", "location__latitude", "location__longitude")
    )
    best = {}
    for service_id, place_id, latitude, longitude in rows:
        metres = distance_metres(criteria.latitude, criteria.longitude, latitude, longitude)
        if metres <= criteria.radius_metres and (
            service_id not in best or metres < best[service_id][0]
        ):
            best[service_id] = (metres, place_id)
    return sorted(
        ((service_id, metres, place_id) for service_id, (metres, place_id) in best.items()),
        key=lambda found: (found[1], found[0]),
    )


def nearest_places(criteria):
    """[(service at location id, metres)], nearest first, every place within the radius."""
    south, north, west, east = bounding_box(
        criteria.latitude, criteria.longitude, criteria.radius_metres
    )
    rows = (
        ServiceAtLocation.objects.filter(
            service__in=filtered_services(criteria),
            location__latitude__range=(south, north),
            location__longitude__range=(west, east),
        )
        .order_by()
        .values_list("pk", "location__latitude", "location__longitude")
    )
    found = []
    for place_id, latitude, longitude in rows:
        metres = distance_metres(criteria.latitude, criteria.longitude, latitude, longitude)
        if metres <= criteria.radius_metres:
            found.append((place_id, metres))
    return sorted(found, key=lambda pair: (pair[1], pair[0]))
