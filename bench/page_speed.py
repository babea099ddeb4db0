"""Serve the site with gunicorn (production settings, 2 workers, DEBUG off) and
measure an information page and the home page against a static CSS file in the
same run: without the page cache (no Redis), and with it (Redis from
BENCH_REDIS_URL, default redis://127.0.0.1:6379/3, emptied first); then, without
the page cache, the information page with its template's HTML already made, the
most that faster templates could give; plus SQL queries per render at the demo's
size and with N more pages. It ends with the table of targets: each page as a share
of the static file, with and without the page cache, and its queries."""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
DURATION = os.environ.get("BENCH_SECONDS", "10")
INFORMATION_PAGE = "/en/safeguarding-adults/how-to-report-abuse/"
TRANSLATED_PAGE = "/ar/safeguarding-adults/how-to-report-abuse/"


REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
WORKERS = 2
SITE = "council_site.wsgi"
# The same site with each page's HTML made once (see bench/prerendered.py).
SITE_WITHOUT_TEMPLATE_TIME = "bench.prerendered:application"
# The query target is the information pages': what residents read most.
INFORMATION_PAGES = ["information page", "same page in Arabic"]
PAGES = {
    "information page": INFORMATION_PAGE,
    "same page in Arabic": TRANSLATED_PAGE,
    "home page": "/en/",
}


def bench_env(database_name="bench"):
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{WORK / f'{database_name}.sqlite3'}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "council_site.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-only-secret-key-not-used-anywhere-else-0123456789",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "PYTHONPATH": str(ROOT),
        # Measured without Redis unless a benchmark asks for it (with_page_cache).
        "REDIS_URL": "",
    }


def with_page_cache(env):
    """The same site with Redis as the shared cache, so whole pages are cached."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    return {**env, "REDIS_URL": REDIS_URL, "CACHE_KEY_PREFIX": "bench"}


def start_server(env, workers=WORKERS, *gunicorn_options, app=SITE):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", app, "-w", str(workers)]
        + ["-b", f"127.0.0.1:{port}", *gunicorn_options],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    return server, f"http://127.0.0.1:{port}"


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def empty_database(env):
    """Each benchmark starts from an empty database of its own (or, on PostgreSQL,
    from the emptied BENCH_DATABASE_URL), so none measures what another added."""
    database_url = env["DATABASE_URL"]
    if database_url.startswith("sqlite:///"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    else:
        manage(env, "flush", "--no-input")


def python(env, code):
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout.strip()


SETUP = "import django; django.setup()\n"
COUNT_QUERIES = (
    SETUP
    + """
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="localhost")
client.get("{path}")
with CaptureQueriesContext(connection) as queries:
    assert client.get("{path}").status_code == 200
print(len(queries))
"""
)
ADD_PAGES = (
    SETUP
    + """
from infopages.models import InformationIndexPage, InformationPage
topic = InformationIndexPage.objects.get(slug="safeguarding-adults", locale__language_code="en")
template = InformationPage.objects.get(slug="how-to-report-abuse", locale__language_code="en")
for number in range({count}):
    page = InformationPage(
        title=f"Bench page {{number}}", slug=f"bench-page-{{number}}",
        summary=template.summary, body=template.body,
    )
    topic.add_child(instance=page)
    page.save_revision().publish()
"""
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url):
    for _ in range(100):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer at {url}")


def wrk(url, connections=8):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{DURATION}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        raise SystemExit(f"{url} answered {non_2xx.group(1)} errors:\n{output}")
    return rate, latency(output, "50%"), latency(output, "99%")


def latency(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


@contextmanager
def gunicorn(env, app=SITE):
    """The site served by gunicorn: its address and its CSS file's path."""
    server, base = start_server(env, app=app)
    try:
        home_html = wait_until_serving(base + "/en/")
        yield base, re.search(r'href="(/static/dist/main\.[0-9a-f]+\.css)"', home_html).group(1)
    finally:
        server.terminate()
        server.wait()


def measure(env, app=SITE, pages=PAGES):
    with gunicorn(env, app) as (base, css):
        targets = {"static CSS file": css, **pages}
        results = {}
        for name, path in targets.items():
            wait_until_serving(base + path)
            results[name] = wrk(base + path)
        return results


def print_table(title, results):
    static_rate = results["static CSS file"][0]
    print()
    print(title)
    print(f"{'target':<20}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'vs static':>12}")
    for name, (rate, p50, p99) in results.items():
        print(f"{name:<20}{rate:>10.1f}{p50:>10.2f}{p99:>10.2f}{rate / static_rate:>11.1%}")


UNCACHED_TARGET = 0.10
CACHED_TARGET = 0.60
QUERY_TARGET = 5


def share(results, name):
    return results[name][0] / results["static CSS file"][0]


def print_summary(results, cached, queries):
    """The table the targets are about: each page's throughput as a share of the
    static file's in the same run, and the queries it makes."""
    print("Each page as a share of the static file's throughput, and its SQL queries")
    print(f"{'page':<20}{'no page cache':>15}{'page cache':>12}{'queries':>9}")
    for name in PAGES:
        print(
            f"{name:<20}{share(results, name):>15.1%}{share(cached, name):>12.1%}{queries[name]:>9}"
        )


def main(pages):
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    env = bench_env()
    empty_database(env)
    print(f"Setting up: migrate, demo content, then {pages} more information pages…")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    queries_small = int(python(env, COUNT_QUERIES.format(path=INFORMATION_PAGE)))
    small_site = int(
        python(env, SETUP + "from wagtail.models import Page; print(Page.objects.count())")
    )
    python(env, ADD_PAGES.format(count=pages))
    queries = {name: int(python(env, COUNT_QUERIES.format(path=p))) for name, p in PAGES.items()}
    queries_large = queries["information page"]
    large_site = int(
        python(env, SETUP + "from wagtail.models import Page; print(Page.objects.count())")
    )

    results = measure(env)
    cached = measure(with_page_cache(env))
    without_template_time = measure(
        env, SITE_WITHOUT_TEMPLATE_TIME, {"information page": INFORMATION_PAGE}
    )
    static_rate = results["static CSS file"][0]
    print_table(
        f"gunicorn, {WORKERS} workers, production settings, no Redis so no page cache; "
        f"wrk -c8 for {DURATION}s each",
        results,
    )
    print_table(f"The same with Redis ({REDIS_URL}): anonymous pages from the page cache", cached)
    print_table(
        "The same without the page cache, each template's HTML made once and reused: "
        "the most a faster template engine, or templates asking no queries, could give",
        without_template_time,
    )
    print()
    print("SQL queries to render the information page:")
    print(f"  with {small_site} pages in the site: {queries_small}")
    print(f"  with {large_site} pages in the site: {queries_large}")
    print()
    print_summary(results, cached, queries)
    translated_ratio = results["same page in Arabic"][0] / results["information page"][0]
    print(f"Arabic page throughput as a share of the English page's: {translated_ratio:.1%}")
    print()
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "page_breakdown.py"), str(static_rate)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    targets_met = (
        queries_small == queries_large
        and all(
            share(results, name) >= UNCACHED_TARGET and share(cached, name) >= CACHED_TARGET
            for name in PAGES
        )
        and all(queries[name] <= QUERY_TARGET for name in INFORMATION_PAGES)
    )
    print()
    print(
        f"Targets (each page at least {UNCACHED_TARGET:.0%} of the static file without the "
        f"page cache and {CACHED_TARGET:.0%} with it; at most {QUERY_TARGET} queries an "
        "information page, the same at any size): " + ("met" if targets_met else "NOT met")
    )
    return 0 if targets_met else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
