"""The Open Referral UK API against the UK profile of the specification, version 3.0
(OpenReferralUK/uk-profile: schema/openapi.json and the JSON schemas in schema/).

The required fields below are copied from those schemas' "required" lists. The
profile's phone, language, contact and cost_option schemas also list "url" as
required without defining such a field; these tests leave that slip out."""

import uuid

import pytest
from django.test import Client

from infopages.directory.places import distance_metres

API = "/openreferral/v3"
SPEC_VERSION = "3.0"

PAGE_FIELDS = {
    "total_items": int,
    "total_pages": int,
    "page_number": int,
    "size": int,
    "first_page": bool,
    "last_page": bool,
    "empty": bool,
    "contents": list,
}
REQUIRED = {
    "service": ["id", "name", "status", "url"],  # schema/service.json
    "organization": ["id", "name", "description"],  # schema/organization.json
    "service_at_location": ["id"],  # schema/service_at_location.json
    "location": ["id"],  # schema/location.json
    "address": [
        "id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],  # schema/address.json
    "accessibility": ["id"],
    "phone": ["id", "number"],
    "schedule": ["id"],
    "cost_option": ["id"],
    "language": ["id"],
    "service_area": ["id"],
    "contact": ["id"],
    "attribute": ["id"],
    "taxonomy": ["id", "name", "description"],  # schema/taxonomy.json
    "taxonomy_term": ["id", "taxonomy"],  # schema/taxonomy_term.json
}
STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
STRING_FIELDS = {
    "name", "description", "url", "email", "status", "byday", "opens_at", "closes_at",
    "number", "address_1", "city", "postal_code", "country", "term", "taxonomy", "website",
}  # fmt: skip
NUMBER_FIELDS = {"latitude", "longitude", "amount", "minimum_age", "maximum_age"}


def get(path, **params):
    response = Client().get(f"{API}{path}", params)
    return response, response.json()


def assert_uuid(value):
    assert isinstance(value, str)
    uuid.UUID(value)


def assert_object(kind, data):
    """Required fields present; every id a UUID; types as the schema says; no empty
    optional field (the compliance rules ask for them to be left out)."""
    assert isinstance(data, dict)
    missing = [name for name in REQUIRED[kind] if name not in data]
    assert missing == [], f"{kind} lacks {missing}"
    for name, value in data.items():
        assert value not in (None, "", [], {}), f"{kind}.{name} is empty"
        if name == "id" or name.endswith("_id"):
            assert_uuid(value)
        elif name in NUMBER_FIELDS:
            assert isinstance(value, int | float) and not isinstance(value, bool)
        elif name in STRING_FIELDS and kind != "attribute":
            assert isinstance(value, str), f"{kind}.{name} is not text"
    if kind == "service":
        assert data["status"] in STATUSES
        if "organization" in data:
            assert_object("organization", data["organization"])
    if kind == "location":
        for address in data.get("addresses", []):
            assert_object("address", address)
            assert address["address_type"] in {"physical", "postal", "virtual"}
        for item in data.get("accessibility", []):
            assert_object("accessibility", item)


def assert_page(data, kind):
    for name, expected in PAGE_FIELDS.items():
        assert isinstance(data[name], expected), name
    assert data["size"] == len(data["contents"])
    for item in data["contents"]:
        assert_object(kind, item)


def test_index_names_the_version_and_profile(directory):
    response, data = get("/")
    assert response.status_code == 200
    assert data["version"] == SPEC_VERSION
    assert data["profile"].startswith("https://")
    assert data["openapi_url"].endswith("openapi.json")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_services_are_paged_and_list_only_active_services(directory):
    response, data = get("/services", per_page=2)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert_page(data, "service")
    assert (data["total_items"], data["total_pages"], data["page_number"]) == (4, 2, 1)
    assert (data["first_page"], data["last_page"], data["empty"]) == (True, False, False)
    _response, second = get("/services", per_page=2, page=2)
    names = [s["name"] for s in data["contents"] + second["contents"]]
    assert names == ["Advice line", "Birmingham befriending", "Carers centre", "Memory café"]
    assert (second["first_page"], second["last_page"]) == (False, True)


def test_services_by_search_and_taxonomy_term(directory):
    _response, data = get("/services", search="DEMENTIA")
    assert [s["name"] for s in data["contents"]] == ["Memory café"]
    _response, data = get("/services", taxonomy_term_id=str(directory.carers.translation_key))
    assert [s["name"] for s in data["contents"]] == ["Carers centre", "Memory café"]
    _response, data = get("/services", day="monday")
    assert [s["name"] for s in data["contents"]] == ["Carers centre"]


def test_an_empty_answer_is_still_a_page(directory):
    _response, data = get("/services", search="no such thing")
    assert_page(data, "service")
    summary = (data["total_items"], data["total_pages"], data["empty"], data["size"])
    assert summary == (0, 0, True, 0)


def test_a_service_in_full(directory):
    service = directory.carers_centre
    response, data = get(f"/services/{service.translation_key}")
    assert response.status_code == 200
    assert_object("service", data)
    assert data["id"] == str(service.translation_key)
    assert data["organization_id"] == str(service.organization.translation_key)
    for kind, field in [
        ("phone", "phones"),
        ("schedule", "schedules"),
        ("cost_option", "cost_options"),
        ("language", "languages"),
        ("service_at_location", "service_at_locations"),
        ("attribute", "attributes"),
    ]:
        assert data[field], field
        for item in data[field]:
            assert_object(kind, item)
    assert data["schedules"][0]["byday"] == "MO,WE"
    assert data["schedules"][0]["opens_at"] == "09:00:00"
    assert data["cost_options"][0]["amount"] == 0
    place = data["service_at_locations"][0]
    assert_object("location", place["location"])
    assert place["location"]["latitude"] == 52.43
    term = data["attributes"][0]["taxonomy_term"]
    assert_object("taxonomy_term", term)
    assert term["id"] == str(directory.carers.translation_key)
    # Nothing empty is sent: the service has no contacts or areas.
    assert "contacts" not in data and "service_areas" not in data and "email" not in data


def test_service_at_locations_nearest_first_within_the_proximity(directory):
    response, data = get("/service_at_locations", postcode="cv15rr", proximity="20000")
    assert response.status_code == 200
    assert_page(data, "service_at_location")
    here = (directory.postcode.latitude, directory.postcode.longitude)
    expected = sorted(
        (distance_metres(*here, loc.latitude, loc.longitude), loc.name)
        for loc in [directory.near, directory.middle, directory.far]
        if distance_metres(*here, loc.latitude, loc.longitude) <= 20000
    )
    got = [(item["distance"], item["location"]["name"]) for item in data["contents"]]
    assert [name for _d, name in got] == [name for _d, name in expected]
    assert [d for d, _name in got] == [round(d) for d, _name in expected]
    # The inactive service at the nearest hall is not listed.
    assert "Closed lunch club" not in [item["service"]["name"] for item in data["contents"]]
    for item in data["contents"]:
        assert_object("service", item["service"])
        assert_object("location", item["location"])


def test_service_at_locations_without_a_postcode(directory):
    _response, data = get("/service_at_locations", per_page=10)
    assert_page(data, "service_at_location")
    assert data["total_items"] == 4


def test_a_service_at_location_in_full(directory):
    place = directory.memory_cafe.service_at_locations.first()
    response, data = get(f"/service_at_locations/{place.uuid}")
    assert response.status_code == 200
    assert_object("service_at_location", data)
    assert_object("service", data["service"])
    assert data["service"]["attributes"]


def test_taxonomies_and_terms(directory):
    _response, data = get("/taxonomies")
    assert_page(data, "taxonomy")
    taxonomy_id = data["contents"][0]["id"]
    response, data = get(f"/taxonomies/{taxonomy_id}")
    assert response.status_code == 200
    assert_object("taxonomy", data)
    assert [t["name"] for t in data["taxonomy_terms"]] == ["Carers", "Dementia"]
    _response, data = get("/taxonomy_terms")
    assert_page(data, "taxonomy_term")
    assert data["total_items"] == 2
    response, data = get(f"/taxonomy_terms/{directory.dementia.translation_key}")
    assert response.status_code == 200
    assert_object("taxonomy_term", data)
    assert data["taxonomy_id"] == taxonomy_id


NO_RECORD = uuid.UUID("00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize(
    "path",
    [
        # Fixed ids no record has, so every test worker collects the same tests.
        f"/services/{NO_RECORD}",
        "/services/not-a-uuid",
        f"/service_at_locations/{NO_RECORD}",
        "/taxonomies/1",
        f"/taxonomy_terms/{NO_RECORD}",
    ],
)
def test_unknown_ids_are_a_json_404(directory, path):
    response, data = get(path)
    assert response.status_code == 404
    assert data["error"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    ("path", "params", "names"),
    [
        ("/services", {"page": "two"}, "page"),
        ("/services", {"page": "0"}, "page"),
        ("/services", {"page": "-1"}, "page"),
        ("/services", {"per_page": "100000"}, "per_page"),
        ("/services", {"per_page": "1.5"}, "per_page"),
        ("/services", {"search": "x" * 10_000}, "search"),
        ("/services", {"taxonomy_term_id": "'; DROP TABLE x; --"}, "taxonomy_term_id"),
        ("/services", {"day": "someday"}, "day"),
        ("/service_at_locations", {"postcode": "not a postcode"}, "postcode"),
        ("/service_at_locations", {"postcode": "ZZ9 9ZZ"}, "postcode"),
        ("/service_at_locations", {"postcode": "CV1 5RR", "proximity": "0"}, "proximity"),
        ("/service_at_locations", {"postcode": "CV1 5RR", "proximity": "-5"}, "proximity"),
        ("/service_at_locations", {"postcode": "CV1 5RR", "proximity": "1e308"}, "proximity"),
        ("/service_at_locations", {"postcode": "CV1 5RR", "proximity": "nan"}, "proximity"),
        ("/service_at_locations", {"postcode": "CV1 5RR", "proximity": "far"}, "proximity"),
        ("/service_at_locations", {"proximity": "1000"}, "proximity"),
        ("/taxonomies", {"per_page": "0"}, "per_page"),
    ],
)
def test_bad_parameters_are_a_json_400_naming_them(directory, path, params, names):
    response, data = get(path, **params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert data["error"].startswith(names)


@pytest.mark.parametrize(
    "search", ["<script>alert(1)</script>", "' OR 1=1 --", "%_%", "رعاية", "opieka", "\u200f"]
)
def test_odd_searches_are_answered_safely(directory, search):
    response, data = get("/services", search=search)
    assert response.status_code == 200
    assert data["total_items"] == 0


def test_a_page_past_the_end_is_empty(directory):
    _response, data = get("/services", page=99)
    assert (data["page_number"], data["size"], data["contents"], data["last_page"]) == (
        99,
        0,
        [],
        True,
    )


def test_the_api_is_read_only(directory):
    assert Client().post(f"{API}/services").status_code == 405
    assert Client().delete(f"{API}/services").status_code == 405
