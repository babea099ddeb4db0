import copy
import json
import re
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from infopages.directory.models import Location, Postcode, Service, ServiceStatus

ORG = str(uuid.uuid4())


def full_service(name, **extra):
    service_id = str(uuid.uuid4())
    location_id = str(uuid.uuid4())
    term_id = str(uuid.uuid4())
    return {
        "id": service_id,
        "name": name,
        "description": f"{name}: what it does.",
        "url": "https://partner.example.org/",
        "status": "active",
        "assured_date": "2026-03-01",
        "organization": {"id": ORG, "name": "Partner charity", "description": "A partner."},
        "phones": [{"id": str(uuid.uuid4()), "number": "024 7600 0000"}],
        "schedules": [
            {"id": str(uuid.uuid4()), "byday": "MO,FR", "opens_at": "09:30", "closes_at": "16:00"}
        ],
        "cost_options": [{"id": str(uuid.uuid4()), "amount": 0}],
        "languages": [{"id": str(uuid.uuid4()), "name": "Polish", "code": "pl"}],
        "service_at_locations": [
            {
                "id": str(uuid.uuid4()),
                "location": {
                    "id": location_id,
                    "name": f"{name} hall",
                    "latitude": 52.41,
                    "longitude": -1.51,
                    "addresses": [
                        {"address_1": "2 Hill Street", "city": "Coventry", "postal_code": "CV1 4AN"}
                    ],
                },
            }
        ],
        "attributes": [
            {
                "id": str(uuid.uuid4()),
                "taxonomy_term": {
                    "id": term_id,
                    "name": "Befriending",
                    "taxonomy": "Partner kinds",
                },
            }
        ],
        **extra,
    }


@pytest.fixture
def feed(tmp_path):
    records = [full_service("Lunch club"), full_service("Walking group")]

    def write(items=None, data=None):
        path = tmp_path / "feed.json"
        path.write_text(json.dumps(data if data is not None else {"contents": items or records}))
        return str(path)

    write.records = records
    return write


def api_snapshot():
    client = Client()
    listing = client.get("/openreferral/v3/services").json()["contents"]
    return [client.get(f"/openreferral/v3/services/{s['id']}").json() for s in listing]


def test_a_feed_is_imported_whole(db, feed):
    call_command("import_openreferral", feed(), "--name", "partner")
    services = Service.objects.english().order_by("name")
    assert [s.name for s in services] == ["Lunch club", "Walking group"]
    lunch = services[0]
    assert str(lunch.translation_key) == feed.records[0]["id"]
    assert lunch.source == "partner"
    assert lunch.schedules.get().byday == "MO,FR"
    assert lunch.service_at_locations.get().location.postal_code == "CV1 4AN"
    assert [t.name for t in lunch.terms.all()] == ["Befriending"]
    assert lunch.organization.services.count() == 2


def test_importing_twice_changes_nothing(db, feed):
    path = feed()
    call_command("import_openreferral", path)
    before = api_snapshot()
    counts = {model: model.objects.count() for model in (Service, Location, Postcode)}
    call_command("import_openreferral", path)
    assert api_snapshot() == before
    assert {model: model.objects.count() for model in counts} == counts


def test_a_changed_record_is_updated(db, feed):
    call_command("import_openreferral", feed())
    changed = copy.deepcopy(feed.records)
    changed[0]["name"] = "Lunch club (Tuesdays)"
    changed[0]["schedules"][0]["byday"] = "TU"
    call_command("import_openreferral", feed(changed))
    service = Service.objects.get(translation_key=feed.records[0]["id"])
    assert service.name == "Lunch club (Tuesdays)"
    assert service.schedules.get().byday == "TU"


def test_services_no_longer_listed_are_made_inactive_not_deleted(db, feed):
    call_command("import_openreferral", feed(), "--name", "partner")
    own = Service.objects.english().first()
    call_command("import_openreferral", feed(feed.records[1:]), "--name", "partner")
    gone = Service.objects.get(translation_key=feed.records[0]["id"])
    assert gone.status == ServiceStatus.INACTIVE
    assert Service.objects.get(translation_key=feed.records[1]["id"]).status == "active"
    assert Service.objects.filter(pk=own.pk).exists()


def test_services_of_another_feed_are_left_alone(db, feed):
    call_command("import_openreferral", feed(), "--name", "partner")
    call_command("import_openreferral", feed([full_service("Other")]), "--name", "other")
    assert set(Service.objects.values_list("status", flat=True)) == {"active"}


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda r: r.pop("name"), "field name: is required"),
        (lambda r: r.update(id="forty-two"), "field id: must be an identifier"),
        (lambda r: r.update(status="open"), "field status: must be one of"),
        (
            lambda r: r["service_at_locations"][0]["location"].update(latitude="north"),
            "field latitude: must be a number",
        ),
        (
            lambda r: r["service_at_locations"][0]["location"].update(latitude=123),
            "field latitude: must be a number between -90 and 90",
        ),
        (lambda r: r["schedules"][0].update(byday="MO,XX"), "field schedules.byday: 'XX'"),
        (lambda r: r["schedules"][0].update(opens_at="nine"), "field opens_at: must be a time"),
        (lambda r: r.update(phones="024"), "field phones: must be a list"),
        (lambda r: r["cost_options"][0].pop("amount"), "field amount: is required"),
        (lambda r: r.update(organization=None), "field organization: must be an object"),
        (lambda r: r.update(name="x" * 201), "field name: is longer than 200"),
    ],
)
def test_a_malformed_feed_is_refused_whole_naming_record_and_field(db, feed, break_it, message):
    records = copy.deepcopy(feed.records)
    break_it(records[1])
    # The second record is named by its place in the feed and its id.
    named = rf"Nothing was imported: service 2 \({records[1].get('id')}\), {re.escape(message)}"
    with pytest.raises(CommandError, match=named):
        call_command("import_openreferral", feed(records))
    assert Service.objects.count() == 0
    assert Location.objects.count() == 0


def test_a_failure_part_way_leaves_nothing_and_keeps_what_was_there(db, feed):
    call_command("import_openreferral", feed(), "--name", "partner")
    before = api_snapshot()
    records = copy.deepcopy(feed.records)
    records[0]["name"] = "Renamed"
    records.append(dict(records[1]))  # the same id twice
    with pytest.raises(CommandError, match="same service id twice"):
        call_command("import_openreferral", feed(records), "--name", "partner")
    assert api_snapshot() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "is not JSON"), ('{"services": 1}', "neither a list of services")],
)
def test_what_is_not_a_feed_is_refused(db, tmp_path, content, message):
    path = tmp_path / "feed.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_openreferral", str(path))


def test_a_missing_file_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_openreferral", str(tmp_path / "nowhere.json"))


def test_our_own_feed_imports_into_another_directory(db, feed, directory_feed_in_full):
    """What the API gives can be read back: the two ends agree on the format."""
    records, expected_names = directory_feed_in_full
    Service.objects.all().delete()
    call_command("import_openreferral", feed(records))
    assert sorted(Service.objects.values_list("name", flat=True)) == expected_names


@pytest.fixture
def directory_feed_in_full(directory):
    client = Client()
    listing = client.get("/openreferral/v3/services").json()["contents"]
    records = [client.get(f"/openreferral/v3/services/{s['id']}").json() for s in listing]
    return records, sorted(s["name"] for s in listing)


def test_postcodes_are_imported_from_the_ons_directory_columns(db, tmp_path):
    path = tmp_path / "ONSPD_extract.csv"
    path.write_text(
        "pcd,pcd2,pcds,dointr,lat,long\n"
        "CV1 5RR,CV1  5RR,CV1 5RR,198001,52.406800,-1.519700\n"
        "CV6 1AA,CV6  1AA,CV6 1AA,198001,52.430000,-1.500000\n"
        "B33 8TH,B33  8TH,B33 8TH,198001,52.480000,-1.780000\n"
        "ZZ99 9ZZ,,ZZ99 9ZZ,198001,99.999999,0.000000\n"
    )
    call_command("import_postcodes", str(path), "--prefix", "cv")
    assert dict(Postcode.objects.values_list("postcode", "latitude")) == {
        "CV1 5RR": 52.4068,
        "CV6 1AA": 52.43,
    }
    path.write_text("pcds,lat,long\ncv15rr,52.5,-1.5\n")
    call_command("import_postcodes", str(path))
    assert Postcode.objects.get(postcode="CV1 5RR").latitude == 52.5
    assert Postcode.objects.count() == 2


def test_a_postcode_file_without_the_columns_is_refused(db, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("code,x,y\nCV1 5RR,1,2\n")
    with pytest.raises(CommandError, match="no column named pcds or postcode"):
        call_command("import_postcodes", str(path))
