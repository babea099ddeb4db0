"""Reading another directory's Open Referral UK feed into this one.

The whole feed is checked before anything is written, and written in one transaction:
a malformed feed is refused with the record and field named, and nothing of it stays.
Importing the same feed again changes nothing; a service the feed no longer lists is
marked inactive, never deleted (readers and other tools may link to it)."""

import datetime
import json
import uuid
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.db import connection, transaction
from wagtail.models import Locale

from council_site.languages import SOURCE_LANGUAGE

from .models import (
    DAYS,
    Contact,
    CostOption,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    ServiceStatus,
    Taxonomy,
    TaxonomyTerm,
)

FETCH_TIMEOUT_SECONDS = 30
MAX_PAGES = 1000
DAY_CODES = {code for code, _label in DAYS}


class FeedError(Exception):
    """A feed that cannot be imported, and where it went wrong."""


def read_feed(source):
    """Every service record of a file or a URL (following an API's pages)."""
    if urlsplit(source).scheme in ("http", "https"):
        return _fetch_all(source)
    try:
        with open(source, encoding="utf-8") as feed:
            return _records(json.load(feed))
    except OSError as problem:
        raise FeedError(f"cannot read {source}: {problem.strerror}") from None
    except json.JSONDecodeError as problem:
        raise FeedError(f"{source} is not JSON: {problem}") from None


def _fetch(url):
    request = Request(url, headers={"Accept": "application/json"})  # noqa: S310 (only http(s) reaches here)
    try:
        with urlopen(request, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310
            return json.load(response)
    except (OSError, ValueError) as problem:
        raise FeedError(f"cannot read {url}: {problem}") from None


def _fetch_all(url):
    first = _fetch(url)
    records = _records(first)
    pages = first.get("total_pages", 1) if isinstance(first, dict) else 1
    parts = urlsplit(url)
    for number in range(2, min(int(pages or 1), MAX_PAGES) + 1):
        query = dict(parse_qsl(parts.query))
        query["page"] = str(number)
        records += _records(_fetch(urlunsplit(parts._replace(query=urlencode(query)))))
    return records


def _records(data):
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, list):
        return data
    raise FeedError("the feed is neither a list of services nor a paged answer with contents")


class Checker:
    """Reads one record's fields, naming the record and field in any refusal."""

    def __init__(self, where):
        self.where = where

    def fail(self, field, message):
        raise FeedError(f"{self.where}, field {field}: {message}")

    def record(self, data, field):
        if not isinstance(data, dict):
            self.fail(field, "must be an object")
        return data

    def items(self, data, field):
        value = data.get(field) or []
        if not isinstance(value, list):
            self.fail(field, "must be a list")
        return [self.record(item, f"{field}[{index}]") for index, item in enumerate(value)]

    def uuid(self, data, field, label=None, required=True):
        value = data.get(field)
        if value in (None, "") and not required:
            return None
        try:
            return uuid.UUID(str(value))
        except ValueError:
            self.fail(label or field, "must be an identifier (UUID)")

    def text(self, data, field, required=False, max_length=None):
        value = data.get(field)
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(field, "must be text")
        value = value.strip()
        if required and not value:
            self.fail(field, "is required")
        if max_length and len(value) > max_length:
            self.fail(field, f"is longer than {max_length} characters")
        return value

    def number(self, data, field, lowest=None, highest=None, required=False):
        value = data.get(field)
        if value in (None, ""):
            if required:
                self.fail(field, "is required")
            return None
        if isinstance(value, bool):
            self.fail(field, "must be a number")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.fail(field, "must be a number")
        if (
            not number.is_finite()
            or (lowest is not None and number < lowest)
            or (highest is not None and number > highest)
        ):
            self.fail(field, f"must be a number between {lowest} and {highest}")
        return number

    def choice(self, data, field, choices, default):
        value = data.get(field) or default
        if value not in choices:
            self.fail(field, f"must be one of {', '.join(sorted(choices))}")
        return value

    def date(self, data, field):
        value = data.get(field)
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(str(value)[:10])
        except ValueError:
            self.fail(field, "must be a date (YYYY-MM-DD)")

    def time(self, data, field):
        value = data.get(field)
        if not value:
            return None
        try:
            return datetime.time.fromisoformat(str(value)).replace(tzinfo=None)
        except ValueError:
            self.fail(field, "must be a time (HH:MM)")


def parse_service(data, index):
    """One service record, checked, as the values to store."""
    where = f"service {index + 1}"
    check = Checker(where)
    check.record(data, "service")
    check.where = where = f"service {index + 1} ({data.get('id', 'no id')})"
    organization = check.record(data.get("organization"), "organization")
    service = {
        "key": check.uuid(data, "id"),
        "name": check.text(data, "name", required=True, max_length=200),
        "description": check.text(data, "description"),
        "eligibility_description": check.text(data, "eligibility_description"),
        "application_process": check.text(data, "application_process"),
        "fees_description": check.text(data, "fees_description"),
        "url": check.text(data, "url", max_length=200),
        "email": check.text(data, "email", max_length=254),
        "status": check.choice(data, "status", set(ServiceStatus.values), None),
        "minimum_age": check.number(data, "minimum_age", 0, 150),
        "maximum_age": check.number(data, "maximum_age", 0, 150),
        "assured_date": check.date(data, "assured_date"),
        "organization": {
            "key": check.uuid(organization, "id", "organization.id"),
            "name": check.text(organization, "name", required=True, max_length=200),
            "description": check.text(organization, "description"),
            "email": check.text(organization, "email", max_length=254),
            "website": check.text(organization, "website", max_length=200),
        },
    }
    service["places"] = [
        _place(check, place) for place in check.items(data, "service_at_locations")
    ]
    service["phones"] = [
        {
            "uuid": check.uuid(p, "id", "phones.id"),
            "number": check.text(p, "number", True, 50),
            "description": check.text(p, "description", max_length=200),
        }
        for p in check.items(data, "phones")
    ]
    service["contacts"] = [
        {
            "uuid": check.uuid(c, "id", "contacts.id"),
            "name": check.text(c, "name", max_length=200),
            "title": check.text(c, "title", max_length=200),
            "email": check.text(c, "email", max_length=254),
        }
        for c in check.items(data, "contacts")
    ]
    service["schedules"] = [_schedule(check, s) for s in check.items(data, "schedules")]
    service["cost_options"] = [
        {
            "uuid": check.uuid(c, "id", "cost_options.id"),
            "option": check.text(c, "option", max_length=200),
            "amount": check.number(c, "amount", 0, 999999, required=True),
            "amount_description": check.text(c, "amount_description", max_length=200),
        }
        for c in check.items(data, "cost_options")
    ]
    service["languages"] = [
        {
            "uuid": check.uuid(lang, "id", "languages.id"),
            "name": check.text(lang, "name", True, 100),
            "code": check.text(lang, "code", max_length=10),
        }
        for lang in check.items(data, "languages")
    ]
    service["service_areas"] = [
        {
            "uuid": check.uuid(a, "id", "service_areas.id"),
            "name": check.text(a, "name", max_length=200)
            or check.text(a, "service_area", True, 200),
            "uri": check.text(a, "uri", max_length=200),
        }
        for a in check.items(data, "service_areas")
    ]
    service["terms"] = [_term(check, a) for a in check.items(data, "attributes")]
    return service


def _place(check, place):
    location = check.record(place.get("location"), "service_at_locations.location")
    addresses = check.items(location, "addresses")
    address = addresses[0] if addresses else {}
    return {
        "uuid": check.uuid(place, "id", "service_at_locations.id"),
        "location": {
            "id": check.uuid(location, "id", "location.id"),
            "name": check.text(location, "name", required=True, max_length=200),
            "description": check.text(location, "description"),
            "latitude": float(check.number(location, "latitude", -90, 90, required=True)),
            "longitude": float(check.number(location, "longitude", -180, 180, required=True)),
            "address_1": check.text(address, "address_1", max_length=200),
            "city": check.text(address, "city", max_length=100),
            "state_province": check.text(address, "state_province", max_length=100),
            "postal_code": check.text(address, "postal_code", max_length=8),
            "country": check.text(address, "country", max_length=2) or "GB",
        },
    }


def _schedule(check, schedule):
    days = [day.strip() for day in check.text(schedule, "byday").split(",") if day.strip()]
    for day in days:
        if day not in DAY_CODES:
            check.fail("schedules.byday", f"{day!r} is not a day code (MO to SU)")
    return {
        "uuid": check.uuid(schedule, "id", "schedules.id"),
        "byday": ",".join(days),
        "opens_at": check.time(schedule, "opens_at"),
        "closes_at": check.time(schedule, "closes_at"),
        "description": check.text(schedule, "description", max_length=200),
    }


def _term(check, attribute):
    term = check.record(attribute.get("taxonomy_term"), "attributes.taxonomy_term")
    return {
        "key": check.uuid(term, "id", "taxonomy_term.id"),
        "name": check.text(term, "name") or check.text(term, "term", required=True),
        "description": check.text(term, "description"),
        "code": check.text(term, "code", max_length=50),
        "taxonomy_id": check.uuid(term, "taxonomy_id", "taxonomy_term.taxonomy_id", required=False),
        "taxonomy": check.text(term, "taxonomy", required=True, max_length=200),
    }


class Importer:
    def __init__(self, source):
        self.source = source
        self.english = Locale.objects.get(language_code=SOURCE_LANGUAGE)
        self.counts = {"added": 0, "changed": 0, "unchanged": 0, "made inactive": 0}

    def run(self, records):
        parsed = [parse_service(record, index) for index, record in enumerate(records)]
        keys = [service["key"] for service in parsed]
        if len(set(keys)) != len(keys):
            raise FeedError("the feed lists the same service id twice")
        with transaction.atomic():
            for service in parsed:
                self.save_service(service)
            gone = (
                Service.objects.english()
                .filter(source=self.source, status=ServiceStatus.ACTIVE)
                .exclude(translation_key__in=keys)
            )
            for service in gone:
                service.status = ServiceStatus.INACTIVE
                service.save(update_fields=["status", "last_modified"])
                self.counts["made inactive"] += 1
        refresh_planner_statistics()
        return self.counts

    def upsert(self, model, lookup, values):
        """The object, saved only when something differs (so a second run changes nothing)."""
        instance = model.objects.filter(**lookup).first()
        created = instance is None
        if created:
            instance = model(**lookup)
        changed = created or any(getattr(instance, name) != value for name, value in values.items())
        if changed:
            for name, value in values.items():
                setattr(instance, name, value)
            instance.save()
        return instance, changed

    def save_service(self, data):
        organization_data = dict(data["organization"])
        organization, _ = self.upsert(
            Organization,
            {"translation_key": organization_data.pop("key"), "locale": self.english},
            organization_data,
        )
        fields = {
            name: data[name]
            for name in [
                "name",
                "description",
                "eligibility_description",
                "application_process",
                "fees_description",
                "url",
                "email",
                "status",
                "assured_date",
            ]
        }
        fields["minimum_age"] = _whole(data["minimum_age"])
        fields["maximum_age"] = _whole(data["maximum_age"])
        existing = Service.objects.filter(translation_key=data["key"], locale=self.english).exists()
        service, fields_changed = self.upsert(
            Service,
            {"translation_key": data["key"], "locale": self.english},
            {**fields, "organization": organization, "source": self.source},
        )
        changed = False
        places = []
        for place in data["places"]:
            location_data = dict(place["location"])
            location, _ = self.upsert(Location, {"id": location_data.pop("id")}, location_data)
            places.append({"uuid": place["uuid"], "location_id": location.pk})
        changed |= self.sync(service, ServiceAtLocation, places)
        for model, name in [
            (Phone, "phones"),
            (Contact, "contacts"),
            (Schedule, "schedules"),
            (CostOption, "cost_options"),
            (Language, "languages"),
            (ServiceArea, "service_areas"),
        ]:
            changed |= self.sync(service, model, data[name])
        terms = [self.term(term) for term in data["terms"]]
        if {term.pk for term in terms} != set(service.terms.values_list("pk", flat=True)):
            service.terms.set(terms)
            service.save()  # a cluster's many-to-many is written when it is saved
            changed = True
        if changed and not fields_changed:
            service.save(update_fields=["last_modified"])
        outcome = "changed" if changed or fields_changed else "unchanged"
        self.counts[outcome if existing else "added"] += 1

    def sync(self, service, model, wanted):
        """Replace a service's list of one kind only when the feed's list differs."""
        fields = list(wanted[0]) if wanted else []
        current = (
            list(model.objects.filter(service=service).order_by("sort_order", "pk").values(*fields))
            if fields
            else []
        )
        if current == wanted and len(current) == model.objects.filter(service=service).count():
            return False
        model.objects.filter(service=service).delete()
        model.objects.bulk_create(
            model(service=service, sort_order=order, **values)
            for order, values in enumerate(wanted)
        )
        return True

    def term(self, data):
        taxonomy_id = data["taxonomy_id"] or uuid.uuid5(uuid.NAMESPACE_URL, data["taxonomy"])
        taxonomy, _ = self.upsert(Taxonomy, {"id": taxonomy_id}, {"name": data["taxonomy"]})
        if not taxonomy.description:
            taxonomy.description = data["taxonomy"]
            taxonomy.save()
        term, _ = self.upsert(
            TaxonomyTerm,
            {"translation_key": data["key"], "locale": self.english},
            {
                "name": data["name"],
                "description": data["description"],
                "code": data["code"],
                "taxonomy": taxonomy,
            },
        )
        return term


def _whole(number):
    return None if number is None else int(number)


def refresh_planner_statistics():
    """After a large import, PostgreSQL's planner believes the tables still hold what
    they held until autovacuum next analyses them, and may then search by distance
    with a nested loop over every service (seconds, not milliseconds): analyse now.
    The locales too: every search joins them to keep to English records, and with a
    handful of rows autovacuum never analyses them, so the planner would guess that
    few services are English and loop over all of them instead of keeping to the box."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in (Service, ServiceAtLocation, Location, TaxonomyTerm, Organization, Locale):
            cursor.execute(f'ANALYZE "{model._meta.db_table}"')


def import_feed(source, name=None):
    return Importer(name or source).run(read_feed(source))
