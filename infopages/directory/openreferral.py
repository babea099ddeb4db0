"""The directory as Open Referral UK 3.0 writes it (the UK profile's JSON schemas).

Optional fields that are empty are left out, as the standard's compliance rules ask;
translations lend their words only on the site, so the API speaks English."""

import uuid

from django.db.models import Prefetch

from .models import Service, ServiceAtLocation

ORUK_VERSION = "3.0"
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"
CURRENCY = "GBP"


def compact(value):
    """The value with every empty optional field (None, "", [] or {}) left out."""
    if isinstance(value, dict):
        kept = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def _date(value):
    return value.isoformat() if value else None


def _time(value):
    # Opening times are local to the United Kingdom; Open Referral's example leaves
    # the zone out the same way.
    return value.strftime("%H:%M:%S") if value else None


def taxonomy_json(taxonomy, with_terms=None):
    data = {
        "id": str(taxonomy.pk),
        "name": taxonomy.name,
        "description": taxonomy.description,
        "uri": taxonomy.uri,
        "version": taxonomy.version,
    }
    if with_terms is not None:
        data["taxonomy_terms"] = [term_json(term) for term in with_terms]
    return data


def term_json(term):
    return {
        "id": str(term.translation_key),
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "taxonomy": term.taxonomy.name,
        "taxonomy_id": str(term.taxonomy_id),
        "term_uri": term.term_uri,
        "term": term.name,
    }


def organization_json(organization):
    return {
        "id": str(organization.translation_key),
        "name": organization.name,
        "description": organization.description,
        "email": organization.email,
        "website": organization.website,
    }


def location_json(location):
    return {
        "id": str(location.pk),
        "name": location.name,
        "description": location.description,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "addresses": [
            {
                "id": str(location.pk),
                "location_id": str(location.pk),
                "address_1": location.address_1,
                "city": location.city,
                "state_province": location.state_province,
                "postal_code": location.postal_code,
                "country": location.country,
                "address_type": "physical",
            }
        ],
        "accessibility": [
            {
                "id": str(item.pk),
                "location_id": str(location.pk),
                "description": item.get_feature_display(),
                "details": item.details,
                "url": item.url,
            }
            for item in location.accessibility.all()
        ],
    }


def service_list_json(service):
    """A service with its one-to-one fields, as the paged list of services gives it."""
    return {
        "id": str(service.translation_key),
        "organization_id": str(service.organization.translation_key),
        "name": service.name,
        "description": service.description,
        "url": service.url,
        "email": service.email,
        "status": service.status,
        "fees_description": service.fees_description,
        "eligibility_description": service.eligibility_description,
        "application_process": service.application_process,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": _date(service.assured_date),
        "last_modified": service.last_modified.isoformat(timespec="milliseconds"),
        "organization": organization_json(service.organization),
    }


def service_full_json(service):
    """A service with everything related to it, as /services/{id} gives it."""
    service_id = str(service.translation_key)
    data = service_list_json(service)
    data.update(
        {
            "phones": [
                {
                    "id": str(phone.uuid),
                    "service_id": service_id,
                    "number": phone.number,
                    "description": phone.description,
                }
                for phone in service.phones.all()
            ],
            "contacts": [
                {
                    "id": str(contact.uuid),
                    "service_id": service_id,
                    "name": contact.name,
                    "title": contact.title,
                    "email": contact.email,
                }
                for contact in service.contacts.all()
            ],
            "schedules": [
                {
                    "id": str(schedule.uuid),
                    "service_id": service_id,
                    "freq": "WEEKLY",
                    "byday": schedule.byday,
                    "opens_at": _time(schedule.opens_at),
                    "closes_at": _time(schedule.closes_at),
                    "description": schedule.description,
                }
                for schedule in service.schedules.all()
            ],
            "cost_options": [
                {
                    "id": str(cost.uuid),
                    "service_id": service_id,
                    "option": cost.option,
                    "amount": float(cost.amount),
                    "currency": CURRENCY,
                    "amount_description": cost.amount_description,
                }
                for cost in service.cost_options.all()
            ],
            "languages": [
                {
                    "id": str(language.uuid),
                    "service_id": service_id,
                    "name": language.name,
                    "code": language.code,
                }
                for language in service.languages.all()
            ],
            "service_areas": [
                {
                    "id": str(area.uuid),
                    "service_id": service_id,
                    "name": area.name,
                    "service_area": area.name,
                    "uri": area.uri,
                }
                for area in service.service_areas.all()
            ],
            "service_at_locations": [
                {
                    "id": str(place.uuid),
                    "service_id": service_id,
                    "location_id": str(place.location_id),
                    "location": location_json(place.location),
                }
                for place in service.service_at_locations.all()
            ],
            "attributes": [
                {
                    "id": str(uuid.uuid5(service.translation_key, str(term.translation_key))),
                    "link_id": service_id,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": str(term.translation_key),
                    "taxonomy_term": term_json(term),
                }
                for term in service.terms.all()
            ],
        }
    )
    return data


def service_at_location_json(place, distance_metres=None):
    """A service at a location, as the paged list gives it (one-to-one fields)."""
    data = {
        "id": str(place.uuid),
        "service_id": str(place.service.translation_key),
        "location_id": str(place.location_id),
        "service": service_list_json(place.service),
        "location": location_json(place.location),
    }
    if distance_metres is not None:
        data["distance"] = round(distance_metres)
    return data


def services_for_listing():
    return Service.objects.select_related("organization")


def services_in_full():
    return Service.objects.select_related("organization").prefetch_related(
        "phones",
        "contacts",
        "schedules",
        "cost_options",
        "languages",
        "service_areas",
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                "location__accessibility"
            ),
        ),
        "terms__taxonomy",
    )


def places_for_listing():
    return ServiceAtLocation.objects.select_related(
        "service__organization", "location"
    ).prefetch_related("location__accessibility")
