"""Referrals for a needs assessment under load, through a PostgreSQL restart.

16 concurrent clients send 500 referrals to gunicorn (production settings) on
loopback; 10% are sent twice (a double click: the same form again) and 5% are
invalid. When 40% are done, PostgreSQL is restarted. Clients retry what failed (a
refused connection or a 5xx) with the same form, as a browser's resend would. A
database task worker sends the emails as production's does, and the outbox's cron
command (`send_queued_email`) then sends any it could not. Then the database is
checked: every valid referral stored exactly once, every invalid one refused with
4xx, no 5xx once the database was back, and every confirmation email sent.

Usage: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/council_bench_referrals \\
       .venv/bin/python bench/referrals_load.py [referrals] [clients]
Set BENCH_RESTART_POSTGRES=0 to skip the restart (it restarts the whole server,
so run it when nobody else is using that server)."""

import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_speed import manage, start_server, wait_until_serving  # noqa: E402
from signup_load import (  # noqa: E402
    Results,
    database_url,
    percentile,
    recreate_database,
    restart_postgres_when,
    server_env,
    worker,
)

ROOT = Path(__file__).resolve().parent.parent
TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 500
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 16
DOUBLE_SHARE = 0.10
INVALID_SHARE = 0.05
CONFIRM_SUBJECT = "We have your request for a needs assessment"
TEAM_SUBJECTS = (
    "New referral for a needs assessment",
    "New urgent referral for a needs assessment",
)
MAKE_SELF_ASSESSMENT = """
import django; django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from home.models import HomePage
from infopages.selfassessment.models import SelfAssessmentPage
home = HomePage.objects.filter(locale__language_code="en").first()
page = SelfAssessmentPage(title="Check what help you could get", slug="check",
                          introduction="Bench.", questions=[])
home.add_child(instance=page)
team = get_user_model().objects.create_user("bench-team", "team@example.org", "x" * 20)
team.groups.add(Group.objects.get(name="Adult Social Care Direct"))
print(page.pk)
"""


@dataclass
class Referral:
    number: int
    email: str
    valid: bool
    submission_id: str


def plan(total):
    """Each referral once, some a second time (the same form), some invalid, shuffled."""
    invalid = int(total * INVALID_SHARE)
    doubles = int(total * DOUBLE_SHARE)
    referrals = [
        Referral(n, f"resident{n}@example.org", n < total - invalid, str(uuid.uuid4()))
        for n in range(total)
    ]
    sent = referrals + random.sample(referrals[: total - invalid], doubles)
    random.shuffle(sent)
    return referrals, sent


INVALID_CHANGES = [
    {"postcode": "NOT A POSTCODE"},
    {"date_of_birth_year": "2999"},
    {"phone": "call me"},
    {"email": "not-an-email"},
    {"consent": None},
]


def form_data(referral, csrf_token, started):
    data = {
        "csrfmiddlewaretoken": csrf_token,
        "form_started": started,
        "submission_id": referral.submission_id,
        "website": "",
        "referred_for": "self",
        "name": f"Bench Resident {referral.number}",
        "date_of_birth_day": "12",
        "date_of_birth_month": "5",
        "date_of_birth_year": "1944",
        "address": f"{referral.number} Example Road\nCoventry",
        "postcode": "CV1 5RR",
        "contact_methods": ["phone", "email"],
        "phone": "024 7683 3003",
        "email": referral.email,
        "language": "en",
        "format": "standard",
        "communication_needs": ["hearing_loop"],
        "urgent": "yes" if referral.number % 7 == 0 else "no",
        "consent": "on",
    }
    if not referral.valid:
        data.update(INVALID_CHANGES[referral.number % len(INVALID_CHANGES)])
    return {key: value for key, value in data.items() if value is not None}


def stored(url):
    connection = psycopg2.connect(url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT submission_id::text, email FROM selfassessment_referral")
        referrals = cursor.fetchall()
        counts = {}
        for name, subjects in [("confirmations", (CONFIRM_SUBJECT,)), ("team", TEAM_SUBJECTS)]:
            cursor.execute(
                "SELECT COUNT(*), COUNT(sent_at) FROM outbox_outboxemail WHERE subject = ANY(%s)",
                [list(subjects)],
            )
            counts[name] = cursor.fetchone()
    connection.close()
    return referrals, counts


def sent_emails(url):
    connection = psycopg2.connect(url)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(sent_at) FROM outbox_outboxemail")
        sent = cursor.fetchone()[0]
    connection.close()
    return sent


def main():
    url = database_url()
    recreate_database(url)
    env = server_env()
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    page_id = subprocess.run(
        [sys.executable, "-c", MAKE_SELF_ASSESSMENT],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    path = f"/en/self-assessment/{page_id}/ask-for-an-assessment/"
    server, base = start_server(env, 3, "-k", "gthread", "--threads", "4")
    tasks = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    port = int(base.rsplit(":", 1)[1])
    try:
        wait_until_serving(f"http://127.0.0.1:{port}{path}")
        referrals, sent = plan(TOTAL)
        queue = list(sent)
        results = Results()
        window = {}
        restarter = threading.Thread(
            target=restart_postgres_when, args=(results, len(sent), window)
        )
        threads = [
            threading.Thread(target=worker, args=(port, queue, results, path, form_data))
            for _ in range(CLIENTS)
        ]
        began = time.monotonic()
        restarter.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        restarter.join(timeout=60)
        time.sleep(5)  # the worker's last tasks
    finally:
        server.terminate()
        server.wait(timeout=10)
        tasks.terminate()
        tasks.wait(timeout=20)
    by_worker = sent_emails(url)
    manage(env, "send_queued_email")
    report(url, referrals, sent, results, window, elapsed, by_worker)


def report(url, referrals, sent, results, window, elapsed, by_worker):
    rows, counts = stored(url)
    valid = [r for r in referrals if r.valid]
    invalid = [r for r in referrals if not r.valid]
    stored_ids = [submission_id for submission_id, _email in rows]
    back_at = window.get("end", float("inf"))
    failed = [
        (at, status) for at, status in results.statuses if status == "refused" or status >= 500
    ]
    errors_after = [status for at, status in failed if at > back_at]
    confirmations, confirmations_sent = counts["confirmations"]
    team, team_sent = counts["team"]
    checks = {
        "every valid referral answered 302 (each send of it)": (
            len(results.stored) == len([r for r in sent if r.valid])
        ),
        "every valid referral stored exactly once": (
            sorted(stored_ids) == sorted(r.submission_id for r in valid)
        ),
        "every invalid referral refused with 4xx": len(results.refused)
        == len([r for r in sent if not r.valid]),
        "no 5xx once PostgreSQL was back": errors_after == [],
        "one confirmation email per referral": confirmations == len(valid),
        "every confirmation email sent": confirmations_sent == confirmations,
        "the team told of each referral, each email sent": team == team_sent == len(valid),
        "no unexpected answers": results.unexpected == [],
    }
    restart = f"{window['end'] - window['start']:.1f} s" if "end" in window else "not restarted"
    print(
        f"Referrals: {len(referrals)} ({len(valid)} valid, {len(invalid)} invalid), "
        f"{len(sent) - len(referrals)} sent twice; {len(sent)} forms from {CLIENTS} clients"
    )
    print(f"PostgreSQL restart: {restart}; failed requests: {len(failed)} (all retried)")
    print(f"Elapsed: {elapsed:.1f} s; throughput: {len(sent) / elapsed:.0f} forms/s")
    print(
        f"Latency per request: p50 {statistics.median(results.latencies) * 1000:.0f} ms, "
        f"p99 {percentile(results.latencies, 0.99) * 1000:.0f} ms"
    )
    print(
        f"Stored: {len(rows)} referrals; confirmation emails {confirmations} "
        f"({confirmations_sent} sent), team emails {team} ({team_sent} sent); "
        f"{by_worker} sent by the task worker, the rest by send_queued_email"
    )
    for name, passed in checks.items():
        print(f"  {'PASS' if passed else 'FAIL'}  {name}")
    if results.unexpected:
        print("Unexpected:", results.unexpected[:5])
    sys.exit(0 if all(checks.values()) else 1)


if __name__ == "__main__":
    main()
