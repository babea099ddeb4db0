"""Load that production must survive, against gunicorn with production settings
and Redis (BENCH_REDIS_URL) as the shared cache:

1. A soak: a steady rate of requests (pages, translations, searches) for
   SOAK_SECONDS (600 by default); the workers' memory must not grow more than
   10% between the end of the warm-up and the end.
2. A rush: 200 concurrent readers on the safeguarding pages while 5 editors
   keep publishing them for RUSH_SECONDS (60 by default): p99 under 500 ms, and
   every page read straight after a publish completes shows that publish.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_speed import (  # noqa: E402
    ROOT,
    WORK,
    bench_env,
    empty_database,
    latency,
    manage,
    start_server,
    wait_until_serving,
    with_page_cache,
)

SOAK_SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
SOAK_RATE = int(os.environ.get("SOAK_RATE", "40"))
RUSH_SECONDS = int(os.environ.get("RUSH_SECONDS", "60"))
WORKERS = 4
SAFEGUARDING = [
    "/en/safeguarding-adults/",
    "/en/safeguarding-adults/what-is-abuse/",
    "/en/safeguarding-adults/how-to-report-abuse/",
    "/en/safeguarding-adults/what-happens-after-you-report/",
    "/en/safeguarding-adults/keeping-safe-and-avoiding-scams/",
]
SOAK_PATHS = [
    *SAFEGUARDING,
    "/en/",
    "/ar/safeguarding-adults/how-to-report-abuse/",
    "/pl/safeguarding-adults/",
    "/en/advocacy/what-an-advocate-does/",
    "/en/search/?q=abuse",
    "/en/search/?q=advocate",
    "/en/search/?q=capacity",
    "/en/no-such-page/",
]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def worker_memory_kb(master_pid):
    """Resident memory of each gunicorn worker (the master's children)."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(
            int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1])
        )
    return sizes


def soak(env):
    server, base = start_server(env, WORKERS)
    errors = []
    try:
        wait_until_serving(base + "/en/")
        warm_up = max(30, SOAK_SECONDS // 10)
        samples = []
        interval = 1 / SOAK_RATE
        started = time.monotonic()
        with ThreadPoolExecutor(16) as pool:
            for number in range(SOAK_SECONDS * SOAK_RATE):
                time.sleep(max(0, started + number * interval - time.monotonic()))
                path = SOAK_PATHS[number % len(SOAK_PATHS)]
                expected = 404 if "no-such-page" in path else 200
                pool.submit(lambda p=path, e=expected: get(base + p)[0] == e or errors.append(p))
                elapsed = time.monotonic() - started
                if number % (SOAK_RATE * 10) == 0 and elapsed >= warm_up:
                    samples.append(sum(worker_memory_kb(server.pid)))
        samples.append(sum(worker_memory_kb(server.pid)))
    finally:
        server.terminate()
        server.wait()
    growth = samples[-1] / samples[0] - 1
    print()
    print(
        f"Soak: {SOAK_RATE} requests/s for {SOAK_SECONDS}s, {WORKERS} workers, "
        f"memory sampled every 10s after {warm_up}s of warm-up"
    )
    print(f"  workers' memory after warm-up: {samples[0] / 1024:.1f} MB")
    print(f"  workers' memory at the end:    {samples[-1] / 1024:.1f} MB ({growth:+.1%})")
    print(f"  failed requests: {len(errors)}")
    return growth <= 0.10 and not errors


EDITORS = """
import django, json, sys, threading, time, urllib.request
django.setup()
from django.db import connection
from wagtail.models import Page
base, seconds, paths = sys.argv[1], float(sys.argv[2]), json.loads(sys.argv[3])
results = []

def editor(path):
    page = Page.objects.get(url_path="/home" + path[3:], locale__language_code="en").specific
    title = page.title
    number = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        number += 1
        page.title = f"{title} (edition {number})"
        page.save_revision().publish()
        with urllib.request.urlopen(base + path, timeout=10) as response:
            results.append(f"(edition {number})" in response.read().decode())
        time.sleep(1)
    page.title = title
    page.save_revision().publish()
    connection.close()

editors = [threading.Thread(target=editor, args=(path,)) for path in paths]
for thread in editors: thread.start()
for thread in editors: thread.join()
print(json.dumps({"publishes": len(results), "stale": results.count(False)}))
"""

READERS_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def rush(env):
    script = WORK / "readers.lua"
    script.write_text(READERS_SCRIPT % ", ".join(f'"{path}"' for path in SAFEGUARDING))
    server, base = start_server(env, WORKERS)
    try:
        for path in SAFEGUARDING:
            wait_until_serving(base + path)
        readers = subprocess.Popen(
            ["wrk", "-t2", "-c200", f"-d{RUSH_SECONDS}s", "--latency", "-s", script, base],
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(2)
        editors = subprocess.run(
            [sys.executable, "-c", EDITORS, base, str(RUSH_SECONDS - 6), json.dumps(SAFEGUARDING)],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        output, _ = readers.communicate()
    finally:
        server.terminate()
        server.wait()
    edits = json.loads(editors.stdout.strip().splitlines()[-1])
    p99 = latency(output, "99%")
    errors = [line for line in output.splitlines() if "Non-2xx" in line or "Socket errors" in line]
    print()
    print(
        f"Rush: 200 concurrent readers on {len(SAFEGUARDING)} safeguarding pages for "
        f"{RUSH_SECONDS}s, 5 editors publishing them, {WORKERS} workers"
    )
    print(
        f"  readers: p50 {latency(output, '50%'):.1f} ms, p99 {p99:.1f} ms; "
        + (" ".join(errors) or "no errors")
    )
    print(
        f"  publishes: {edits['publishes']}, stale pages read straight after one: {edits['stale']}"
    )
    return p99 < 500 and edits["stale"] == 0 and edits["publishes"] > 0 and not errors


def main():
    env = with_page_cache(bench_env("load"))
    WORK.mkdir(parents=True, exist_ok=True)
    empty_database(env)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input", "-v0")
    rush_met = rush(env)
    soak_met = soak(env)
    print()
    print(
        "Targets (soak: memory growth at most 10%, no failures; rush: p99 under 500 ms, "
        "no stale page after a publish): " + ("met" if rush_met and soak_met else "NOT met")
    )
    return 0 if rush_met and soak_met else 1


if __name__ == "__main__":
    sys.exit(main())
