"""SQL queries for a self-assessment's question page, check-your-answers page and
result page, with 10 and with 200 questions: the counts must not grow with the
number of questions. Then the server's time for one resident's whole journey
(every question answered, answers checked, result shown), measured in one run."""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "var" / "bench"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "council_site.settings.test")
os.environ.setdefault(
    "DATABASE_URL",
    os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{WORK / 'selfassessment.sqlite3'}"),
)
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from infopages.models import InformationIndexPage, InformationPage  # noqa: E402
from infopages.selfassessment.eligibility import OUTCOMES  # noqa: E402
from infopages.selfassessment.journey import questions_of  # noqa: E402
from infopages.selfassessment.models import SelfAssessmentPage  # noqa: E402
from tests.factories import home_page  # noqa: E402

SIZES = (10, 200)


def fresh_database():
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        WORK.mkdir(parents=True, exist_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)


def information_pages(count):
    topic = InformationIndexPage(title="Topic", slug="topic", introduction="A topic.")
    home_page().add_child(instance=topic)
    pages = []
    for number in range(count):
        page = InformationPage(title=f"Page {number}", slug=f"page-{number}", summary="A page.")
        topic.add_child(instance=page)
        pages.append(page.pk)
    return pages


def questions(count, page_ids):
    """`count` questions of four answers each, every fifth one shown only when the
    question before it was answered "Sometimes", every answer linked to a page."""
    stored = []
    for number in range(count):
        answers = [
            {
                "text": text,
                "key": f"sometimes-{number}" if text == "Sometimes" else "",
                "outcome": OUTCOMES[number % len(OUTCOMES)] if text == "No" else "",
                "affects_wellbeing": text == "No",
                "pages": [page_ids[(number + place) % len(page_ids)]],
            }
            for place, text in enumerate(("Yes", "Sometimes", "No", "I am not sure"))
        ]
        show_when = f"sometimes-{number - 1}" if number % 5 == 4 else ""
        stored.append(
            {
                "type": "question",
                "value": {
                    "section": "about_you",
                    "question": f"Question {number}?",
                    "hint": "",
                    "kind": "multiple" if number % 2 else "single",
                    "answers": [{"type": "item", "value": a} for a in answers],
                    "show_when": show_when,
                },
            }
        )
    return stored


def make_assessment(count, page_ids):
    page = SelfAssessmentPage(
        title=f"Self-assessment of {count}",
        slug=f"self-assessment-{count}",
        introduction="Questions.",
        questions=questions(count, page_ids),
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return SelfAssessmentPage.objects.get(pk=page.pk)


def timed(client, method, url, data=None):
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {})
    elapsed = time.perf_counter() - started
    assert response.status_code in (200, 302), (url, response.status_code)
    return response, len(queries), elapsed


def journey(page):
    """A resident's whole journey: the answer "No" (or "Sometimes", which opens the
    next conditional question) to everything. Returns the queries of each kind of
    page, the number of steps and the server's time."""
    client = Client()
    by_id = {question.id: question for question in questions_of(page)}
    queries, total_time, steps = {}, 0.0, 0
    response, _count, elapsed = timed(
        client, "get", reverse("selfassessment:start", args=[page.pk])
    )
    total_time += elapsed
    while "/question/" in response["Location"]:
        url = response["Location"]
        shown, count, elapsed = timed(client, "get", url)
        queries.setdefault("question page", []).append(count)
        total_time += elapsed
        question = by_id[url.rstrip("/").rsplit("/", 1)[1]]
        chosen = question.answers[1 + steps % 2].id  # "Sometimes", then "No"
        response, count, elapsed = timed(client, "post", url, {"answer": chosen})
        queries.setdefault("answer sent", []).append(count)
        total_time += elapsed
        steps += 1
    check_url = response["Location"]
    for name, method, url in (
        ("check your answers", "get", check_url),
        ("answers checked", "post", check_url),
        ("result page", "get", reverse("selfassessment:result", args=[page.pk])),
        ("result page again", "get", reverse("selfassessment:result", args=[page.pk])),
    ):
        _response, count, elapsed = timed(client, method, url)
        queries[name] = [count]
        total_time += elapsed
    # The first of each kind also fills the caches of sites and locales.
    return {kind: max(counts[1:] or counts) for kind, counts in queries.items()}, steps, total_time


def main():
    fresh_database()
    page_ids = information_pages(20)
    results = {size: journey(make_assessment(size, page_ids)) for size in SIZES}
    kinds = list(results[SIZES[0]][0])
    print("Self-assessment: SQL queries per request")
    print(f"{'page':<22}" + "".join(f"{f'{size} questions':>16}" for size in SIZES))
    same = True
    for kind in kinds:
        counts = [results[size][0][kind] for size in SIZES]
        same &= len(set(counts)) == 1
        print(f"{kind:<22}" + "".join(f"{count:>16}" for count in counts))
    print()
    print("Whole journey (server time, in process, one run)")
    for size in SIZES:
        _queries, steps, total = results[size]
        print(
            f"{size:>4} questions: {steps} questions answered, {steps * 2 + 5} requests, "
            f"{total * 1000:.0f} ms ({total * 1000 / (steps * 2 + 5):.1f} ms a request)"
        )
    print()
    print("Queries the same with 10 and 200 questions:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
