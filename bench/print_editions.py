"""Print editions: median time and peak memory to make the standard edition of a
typical information page and a topic booklet of about 20 pages, and the throughput
of serving a stored edition against a static file in the same run (gunicorn, 2
workers, production settings)."""

import os
import shutil
import sys

from page_speed import ROOT, bench_env, gunicorn, manage, python, wrk

WORK = ROOT / "var" / "bench-print"
RUNS = int(os.environ.get("BENCH_PRINT_RUNS", "7"))
TYPICAL_PAGE = "what-is-abuse"
BOOKLET_TOPIC = "safeguarding-adults"

MEASURE = """import django; django.setup()
import statistics, time
from infopages.models import InformationIndexPage, InformationPage
from infopages.print_editions.documents import base_url, edition_html, folders_to_read, stamp_for
from infopages.print_editions.pdf import make_pdf
from django.utils import timezone
english = {{"locale__language_code": "en"}}
targets = {{
    "typical page, standard": (InformationPage.objects.get(slug="{page}", **english), "standard"),
    "topic booklet, large print": (
        InformationIndexPage.objects.get(slug="{topic}", **english), "large"
    ),
}}
for name, (page, format) in targets.items():
    times, memory, pages = [], [], 0
    for _ in range({runs}):
        started = time.perf_counter()
        html = edition_html(page, format, stamp_for(page, timezone.now()))
        rendered = make_pdf(html, folders_to_read(), base_url(page))
        times.append(time.perf_counter() - started)
        memory.append(rendered.peak_memory)
        pages = rendered.page_count
    print(f"{{name}}|{{pages}}|{{statistics.median(times)}}|{{max(memory)}}")
"""

MAKE_ONE = """import django; django.setup()
from infopages.models import InformationPage
from infopages.print_editions.generation import make_edition_now
page = InformationPage.objects.get(slug="{page}", locale__language_code="en")
print(make_edition_now(page.pk, "standard").get_absolute_url())
"""


def print_env():
    env = bench_env()
    return {
        **env,
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}"),
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        # Editions are made below, one at a time, where they can be measured.
        "PRINT_EDITIONS_ON_PUBLISH": "false",
    }


def measure_generation(env):
    output = python(env, MEASURE.format(page=TYPICAL_PAGE, topic=BOOKLET_TOPIC, runs=RUNS))
    results = {}
    for line in output.splitlines():
        name, pages, seconds, memory = line.split("|")
        results[name] = (int(pages), float(seconds), int(memory))
    return results


def measure_serving(env, edition_url):
    with gunicorn(env) as (base, css):
        return {"static CSS file": wrk(base + css), "stored edition (PDF)": wrk(base + edition_url)}


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    env = print_env()
    if "sqlite" not in env["DATABASE_URL"]:
        manage(env, "flush", "--no-input")
    print("Setting up: migrate, demo content, static files…")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")

    generation = measure_generation(env)
    edition_url = python(env, MAKE_ONE.format(page=TYPICAL_PAGE))
    serving = measure_serving(env, edition_url)

    print()
    print(f"Making an edition (HTML, then PDF in its own process), median of {RUNS}:")
    print(f"{'edition':<30}{'pages':>6}{'median s':>10}{'peak MB':>9}")
    for name, (pages, seconds, memory) in generation.items():
        print(f"{name:<30}{pages:>6}{seconds:>10.2f}{memory / 2**20:>9.0f}")
    print()
    print("Serving: gunicorn, 2 workers, production settings; wrk -c8")
    static_rate = serving["static CSS file"][0]
    print(f"{'target':<24}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'vs static':>12}")
    for name, (rate, p50, p99) in serving.items():
        print(f"{name:<24}{rate:>10.1f}{p50:>10.2f}{p99:>10.2f}{rate / static_rate:>11.1%}")

    _pages, typical_seconds, typical_memory = generation["typical page, standard"]
    serving_ratio = serving["stored edition (PDF)"][0] / static_rate
    met = typical_seconds < 1.5 and typical_memory < 300 * 2**20 and serving_ratio >= 0.5
    print()
    print(
        "Targets (a typical page's edition under 1.5 s and 300 MB; a stored edition served at "
        "at least 50% of a static file's throughput): " + ("met" if met else "NOT met")
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
