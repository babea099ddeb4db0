"""Sign-ups under load, through a PostgreSQL restart.

16 concurrent clients send 2,000 sign-ups to gunicorn (production settings) on
loopback: 10% repeat an email address already used, 5% are invalid. When 40% are
done, PostgreSQL is restarted. Clients retry what failed (a refused connection or
a 5xx) with the same form, as a browser's resend would. Then the database is
checked: every valid sign-up stored exactly once, every invalid one refused with
4xx, no 5xx once the database was back, and a confirmation email in the outbox
for every sign-up.

Usage: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/council_bench_signup \\
       .venv/bin/python bench/signup_load.py [sign-ups] [clients]
Set BENCH_RESTART_POSTGRES=0 to skip the restart (it restarts the whole server,
so run it when nobody else is using that server)."""

import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import dj_database_url
import psycopg2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_speed import bench_env, manage, start_server, wait_until_serving  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 16
REPEAT_SHARE = 0.10
INVALID_SHARE = 0.05
RESTART_AT_SHARE = 0.40
SIGN_UP_PATH = "/en/get-involved/sign-up/"
CONFIRM_SUBJECT = "Confirm that you want to get involved"
RETRY_PAUSE = 0.2
GIVE_UP_AFTER = 60.0


def database_url():
    url = os.environ.get("BENCH_DATABASE_URL", "")
    if not url.startswith("postgres"):
        sys.exit("Set BENCH_DATABASE_URL to a PostgreSQL database of its own (it is recreated).")
    return url


def recreate_database(url):
    config = dj_database_url.parse(url)
    admin = psycopg2.connect(
        dbname="postgres", user=config["USER"], host=config["HOST"], port=config["PORT"] or 5432
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{config["NAME"]}"')
    admin.close()


def server_env():
    return {
        **bench_env(),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        # One loopback address sends everything and no person types here: the
        # defences against robots are measured by the tests, not here.
        "GETINVOLVED_RATE_LIMIT": "1000000",
        "GETINVOLVED_MIN_FILL_SECONDS": "0",
        "LOG_LEVEL": "ERROR",
    }


@dataclass
class SignUp:
    number: int
    email: str
    valid: bool
    data: dict = field(default_factory=dict)


def plan(total):
    """Unique valid sign-ups, repeats of earlier addresses and invalid ones, shuffled."""
    invalid = int(total * INVALID_SHARE)
    repeats = int(total * REPEAT_SHARE)
    unique = total - invalid - repeats
    sign_ups = [SignUp(n, f"person{n}@example.org", True) for n in range(unique)]
    sign_ups += [
        SignUp(unique + n, f"person{random.randrange(unique)}@example.org", True)
        for n in range(repeats)
    ]
    sign_ups += [SignUp(unique + repeats + n, f"bad{n}@example.org", False) for n in range(invalid)]
    random.shuffle(sign_ups)
    return sign_ups


INVALID_CHANGES = [
    {"email": "not-an-email"},
    {"name": ""},
    {"consent": None},
    {"ways": []},
    {"name": "x" * 5000},
]


def form_data(sign_up, csrf_token, started):
    data = {
        "csrfmiddlewaretoken": csrf_token,
        "form_started": started,
        "submission_id": str(uuid.uuid4()),
        "website": "",
        "name": f"Bench Person {sign_up.number}",
        "email": sign_up.email,
        "language": "en",
        "format": "standard",
        "ways": ["asc_bulletin", "surveys"],
        "role": "carer",
        "consent": "on",
    }
    if not sign_up.valid:
        change = INVALID_CHANGES[sign_up.number % len(INVALID_CHANGES)]
        data.update(change)
        if sign_up.number % len(INVALID_CHANGES) == 0:
            # The invalid address must not be mistaken for a stored one.
            sign_up.email = data["email"]
    return {key: value for key, value in data.items() if value is not None}


@dataclass
class Results:
    latencies: list = field(default_factory=list)
    time_to_success: list = field(default_factory=list)
    statuses: list = field(default_factory=list)  # (finished at, status)
    stored: list = field(default_factory=list)  # submission ids answered with 302
    refused: list = field(default_factory=list)  # (sign-up, status) for invalid ones
    unexpected: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    done: int = 0


class Client:
    def __init__(self, port):
        self.port = port
        self.connection = None
        self.cookie = ""

    def request(self, method, path, body=None):
        headers = {"Cookie": self.cookie, "Host": "127.0.0.1"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = None
            raise
        cookie = response.getheader("Set-Cookie")
        if cookie and "csrftoken=" in cookie:
            self.cookie = cookie.split(";", 1)[0]
        return response.status, content.decode("utf-8", "replace")

    def form_tokens(self, path=SIGN_UP_PATH):
        status, html = self.request("GET", path)
        assert status == 200, status
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        started = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
        return csrf, started


def send(client, sign_up, tokens, results, path=SIGN_UP_PATH, make_form=form_data):
    """Send one form until it gets a final answer, resending the same form."""
    body = urlencode(make_form(sign_up, *tokens), doseq=True)
    submission_id = re.search(r"submission_id=([0-9a-f-]+)", body).group(1)
    began = time.monotonic()
    while True:
        started = time.monotonic()
        try:
            status, _html = client.request("POST", path, body)
        except (OSError, http.client.HTTPException):
            status = "refused"
        finished = time.monotonic()
        with results.lock:
            results.statuses.append((finished, status))
            if status != "refused":
                results.latencies.append(finished - started)
        if status == "refused" or status >= 500:
            if finished - began > GIVE_UP_AFTER:
                with results.lock:
                    results.unexpected.append((sign_up, status))
                return
            time.sleep(RETRY_PAUSE)
            continue
        with results.lock:
            results.done += 1
            if sign_up.valid and status == 302:
                results.stored.append((sign_up, submission_id))
                results.time_to_success.append(finished - began)
            elif not sign_up.valid and 400 <= status < 500:
                results.refused.append((sign_up, status))
            else:
                results.unexpected.append((sign_up, status))
        return


def worker(port, queue, results, path=SIGN_UP_PATH, make_form=form_data):
    client = Client(port)
    tokens = None
    while True:
        with results.lock:
            if not queue:
                return
            sign_up = queue.pop()
        while tokens is None:
            try:
                tokens = client.form_tokens(path)
            except (OSError, http.client.HTTPException, AssertionError):
                time.sleep(RETRY_PAUSE)
        send(client, sign_up, tokens, results, path, make_form)


def restart_postgres_when(results, total, window):
    if os.environ.get("BENCH_RESTART_POSTGRES", "1") == "0":
        return
    while results.done < total * RESTART_AT_SHARE:
        time.sleep(0.05)
    cluster = sorted(os.listdir("/etc/postgresql"))[-1]
    window["start"] = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "restart"],
        check=True,
        capture_output=True,
    )
    window["end"] = time.monotonic()


def stored_counts(url):
    connection = psycopg2.connect(url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT submission_id::text FROM signup_signuprequest")
        requests = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT email FROM signup_person")
        people = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT COUNT(*) FROM outbox_outboxemail WHERE subject = %s", [CONFIRM_SUBJECT]
        )
        confirmation_emails = cursor.fetchone()[0]
    connection.close()
    return requests, people, confirmation_emails


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def main():
    url = database_url()
    recreate_database(url)
    env = server_env()
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    server, base = start_server(env, 3, "-k", "gthread", "--threads", "4")
    port = int(base.rsplit(":", 1)[1])
    try:
        wait_until_serving(f"http://127.0.0.1:{port}{SIGN_UP_PATH}")
        sign_ups = plan(TOTAL)
        queue = list(sign_ups)
        results = Results()
        window = {}
        restarter = threading.Thread(target=restart_postgres_when, args=(results, TOTAL, window))
        threads = [
            threading.Thread(target=worker, args=(port, queue, results)) for _ in range(CLIENTS)
        ]
        began = time.monotonic()
        restarter.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        restarter.join(timeout=60)
    finally:
        server.terminate()
        server.wait(timeout=10)
    report(url, sign_ups, results, window, elapsed)


def report(url, sign_ups, results, window, elapsed):
    requests, people, confirmation_emails = stored_counts(url)
    valid = [s for s in sign_ups if s.valid]
    invalid = [s for s in sign_ups if not s.valid]
    expected_ids = {submission_id for _sign_up, submission_id in results.stored}
    unique_emails = {s.email for s in valid}
    back_at = window.get("end", float("inf"))
    errors_after = [
        status
        for at, status in results.statuses
        if at > back_at and status != 302 and (status == "refused" or status >= 500)
    ]
    errors_during = [
        status
        for at, status in results.statuses
        if at <= back_at and (status == "refused" or status >= 500)
    ]
    checks = {
        "every valid sign-up answered 302": len(results.stored) == len(valid),
        "every valid sign-up stored exactly once": (
            sorted(requests) == sorted(expected_ids) and len(requests) == len(valid)
        ),
        "one person per email address": sorted(people) == sorted(unique_emails),
        "every invalid sign-up refused with 4xx": len(results.refused) == len(invalid),
        "no invalid sign-up stored": not ({s.email for s in invalid} & set(people)),
        "no 5xx once PostgreSQL was back": errors_after == [],
        "a confirmation email for every sign-up": confirmation_emails == len(requests),
        "no unexpected answers": results.unexpected == [],
    }
    restart = f"{window['end'] - window['start']:.1f} s" if "end" in window else "not restarted"
    print(
        f"Sign-ups: {len(sign_ups)} ({len(valid)} valid, of which "
        f"{len(valid) - len(unique_emails)} repeat an address; {len(invalid)} invalid), "
        f"{CLIENTS} clients"
    )
    print(
        f"PostgreSQL restart: {restart}; errors while it was down: {len(errors_during)} (retried)"
    )
    print(f"Elapsed: {elapsed:.1f} s; throughput: {len(sign_ups) / elapsed:.0f} sign-ups/s")
    print(
        f"Latency per request: p50 {statistics.median(results.latencies) * 1000:.0f} ms, "
        f"p99 {percentile(results.latencies, 0.99) * 1000:.0f} ms"
    )
    print(
        f"Time to a stored sign-up, retries included: "
        f"p99 {percentile(results.time_to_success, 0.99) * 1000:.0f} ms, "
        f"max {max(results.time_to_success) * 1000:.0f} ms"
    )
    print(
        f"Stored: {len(requests)} sign-ups, {len(people)} people, "
        f"{confirmation_emails} confirmation emails in the outbox"
    )
    for name, passed in checks.items():
        print(f"  {'PASS' if passed else 'FAIL'}  {name}")
    if results.unexpected:
        print("Unexpected:", results.unexpected[:5])
    sys.exit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
