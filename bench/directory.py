"""The directory at 100 and at 10,000 services (two locations each, so 20,000 services
at locations), on SQLite or, with BENCH_DATABASE_URL, PostgreSQL: SQL queries and
p50/p99 latency, in process, of a postcode search within 5 miles on the directory page
and of /openreferral/v3/services?per_page=50, which must make the same queries at both
sizes; then, at the largest size, the same two served by gunicorn (production
settings, no page cache) under wrk with as many connections as workers, whose p99
must stay under 200 ms.
BENCH_DIRECTORY_SIZES (e.g. "100,1000") measures other sizes."""

import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

from page_speed import (
    DURATION,
    ROOT,
    WORKERS,
    bench_env,
    gunicorn,
    manage,
    wait_until_serving,
    wrk,
)

# The server measured later reads the same database as the measurements in process.
SERVED = bench_env("directory")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council_site.settings.test")
os.environ["DATABASE_URL"] = SERVED["DATABASE_URL"]
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from infopages.directory.importing import refresh_planner_statistics  # noqa: E402
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

SIZES = [int(n) for n in os.environ.get("BENCH_DIRECTORY_SIZES", "100,10000").split(",")]
RUNS = 50
P99_TARGET_MS = 200
SEARCH = {"postcode": "CV1 5RR", "distance": "5"}
API = "/openreferral/v3/services"
HERE = (52.4068, -1.5197)


def fresh_database():
    if connection.vendor == "sqlite":
        connection.close()  # the next query opens the new file, not the deleted one
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        Path(connection.settings_dict["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    else:
        # Not flush: it would also empty what the migrations put in (locales, home page).
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
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
    # As import_openreferral does after an import, so the planner knows the sizes.
    refresh_planner_statistics()
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


def served(page):
    """(req/s, p50 ms, p99 ms) of each request from gunicorn under wrk."""
    manage(SERVED, "collectstatic", "--no-input", "-v0")
    targets = {
        "postcode search, 5 miles": f"{page.url}?{urlencode(SEARCH)}",
        "API services, 50 a page": f"{API}?per_page=50",
    }
    with gunicorn(SERVED) as (base, _css):
        # Each worker's first request compiles templates and fills caches: not measured.
        for path in targets.values():
            for _ in range(4 * WORKERS):
                wait_until_serving(base + path)
        # One request at a time per worker: the latency of a request, not of a queue.
        return {name: wrk(base + path, connections=WORKERS) for name, path in targets.items()}


def main():
    rows = []
    for size in SIZES:
        fresh_database()
        page = fill(size)
        client = Client()
        search = measure(client, page.url, SEARCH)
        api = measure(client, API, {"per_page": "50"})
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
    results = served(page)
    print()
    print(
        f"Served by gunicorn ({WORKERS} workers, production settings, no page cache), "
        f"{SIZES[-1]} services, {2 * SIZES[-1]} services at locations, {connection.vendor}; "
        f"wrk -c{WORKERS} for {DURATION}s each"
    )
    print(f"{'request':<28}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for name, (rate, p50, p99) in results.items():
        print(f"{name:<28}{rate:>8.1f}{p50:>9.1f}{p99:>9.1f}")
    fast = all(p99 < P99_TARGET_MS for _rate, _p50, p99 in results.values())
    print(f"p99 under {P99_TARGET_MS} ms:", "yes" if fast else "NO")
    return 0 if same and fast else 1


if __name__ == "__main__":
    sys.exit(main())
