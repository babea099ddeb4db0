"""The directory at 100 and at 10,000 services (two locations each, so 20,000 services
at locations): SQL queries and p50/p99 latency, in process, of a postcode search within
5 miles on the directory page and of /openreferral/v3/services?per_page=50. The
queries must be the same at both sizes. Set BENCH_DATABASE_URL for PostgreSQL."""

import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council_site.settings.test")
os.environ.setdefault(
    "DATABASE_URL", os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'directory.sqlite3'}")
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from infopages.directory.models import (  # noqa: E402
    DirectoryPage,
    Location,
    Organization,
    Postcode,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)

SIZES = (100, 10_000)
RUNS = 50
HERE = (52.4068, -1.5197)


def fresh_database():
    if connection.vendor == "sqlite":
        connection.close()  # the next query opens the new file, not the deleted one
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", interactive=False, verbosity=0)


def fill(count):
    random.seed(count)
    english = Locale.objects.get(language_code="en")
    Postcode.objects.create(postcode="CV1 5RR", latitude=HERE[0], longitude=HERE[1])
    taxonomy = Taxonomy.objects.create(name="Kinds of support", description="Bench")
    term = TaxonomyTerm.objects.create(taxonomy=taxonomy, name="Carers", locale=english)
    organization = Organization.objects.create(name="Charity", description="Bench", locale=english)
    services = Service.objects.bulk_create(
        Service(
            organization=organization,
            name=f"Service {n:05d}",
            description="Help around Coventry",
            url="https://example.org/",
            locale=english,
            translation_key=uuid.uuid4(),
        )
        for n in range(count)
    )
    # Spread over about 15 miles around the city, so a 5-mile search finds many.
    locations = Location.objects.bulk_create(
        Location(
            name=f"Place {n}",
            address_1="1 Street",
            postal_code="CV1 1AA",
            latitude=HERE[0] + random.uniform(-0.2, 0.2),
            longitude=HERE[1] + random.uniform(-0.3, 0.3),
        )
        for n in range(count * 2)
    )
    ServiceAtLocation.objects.bulk_create(
        ServiceAtLocation(service=services[n // 2], location=location)
        for n, location in enumerate(locations)
    )
    Service.terms.through.objects.bulk_create(
        Service.terms.through(service=service, taxonomyterm=term) for service in services[::3]
    )
    home = Page.objects.get(depth=2, locale=english)
    page = DirectoryPage(title="Find support", slug="find-support")
    home.add_child(instance=page)
    return page


def measure(client, url, params):
    client.get(url, params)  # the first request of a process fills the site caches
    # Counted as they run: Django empties its own query log when a request starts.
    queries = []
    with connection.execute_wrapper(lambda execute, *args: queries.append(1) or execute(*args)):
        assert client.get(url, params).status_code == 200
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url, params)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return len(queries), statistics.median(times), times[int(len(times) * 0.99) - 1]


def main():
    rows = []
    for size in SIZES:
        fresh_database()
        page = fill(size)
        client = Client()
        search = measure(client, page.url, {"postcode": "CV1 5RR", "distance": "5"})
        api = measure(client, "/openreferral/v3/services", {"per_page": "50"})
        rows.append((size, search, api))
    print(f"Directory ({connection.vendor}), {RUNS} requests each, in process")
    print("services  search: queries  p50 ms  p99 ms   API: queries  p50 ms  p99 ms")
    for size, search, api in rows:
        print(
            f"{size:>8}  {search[0]:>15} {search[1]:>7.1f} {search[2]:>7.1f}"
            f"  {api[0]:>13} {api[1]:>7.1f} {api[2]:>7.1f}"
        )
    same = rows[0][1][0] == rows[-1][1][0] and rows[0][2][0] == rows[-1][2][0]
    print("Queries the same at every size:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
