"""Where an information page's time goes without the page cache: one process, no
server, the production settings and database that bench/page_speed.py set up (it
runs this). Each part is timed by taking it away and timing what is left, the
fastest of several rounds, so that other work on the machine counts for little.

Usage, after bench/page_speed.py: .venv/bin/python bench/page_breakdown.py [static req/s]"""

import os
import sys
import time
from contextlib import nullcontext
from unittest import mock

from page_speed import INFORMATION_PAGE, WORKERS, bench_env

ROUNDS = 8
REQUESTS_PER_ROUND = 50


def milliseconds_per_request(client, measures):
    """The fastest round of each measure (a path, and what is taken away while it is
    requested). Rounds take turns, so that a slower moment of the machine slows
    every measure alike."""
    fastest = dict.fromkeys(measures, float("inf"))
    for _ in range(ROUNDS):
        for name, (path, taken_away) in measures.items():
            with taken_away():
                for _ in range(10):
                    client.get(path)
                started = time.perf_counter()
                for _ in range(REQUESTS_PER_ROUND):
                    client.get(path)
                elapsed = (time.perf_counter() - started) / REQUESTS_PER_ROUND * 1000
            fastest[name] = min(fastest[name], elapsed)
    return fastest


def queries(client, path, taken_away):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with taken_away(), CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def main():
    os.environ.update(bench_env())
    from django.template.response import SimpleTemplateResponse
    from django.test import Client

    # Set up as each gunicorn worker is, its garbage collector settings included.
    import council_site.wsgi  # noqa: F401

    client = Client(HTTP_HOST="localhost")
    html = client.get(INFORMATION_PAGE).content.decode()

    def template_already_rendered():
        # The page is found, checked and served as before, but its HTML is already made.
        return mock.patch.object(
            SimpleTemplateResponse, "rendered_content", property(lambda _: html)
        )

    measures = {
        "whole": (INFORMATION_PAGE, nullcontext),
        "middleware": ("/robots.txt", nullcontext),
        "untemplated": (INFORMATION_PAGE, template_already_rendered),
    }
    ms = milliseconds_per_request(client, measures)
    whole, middleware, untemplated = ms["whole"], ms["middleware"], ms["untemplated"]
    whole_queries = queries(client, INFORMATION_PAGE, nullcontext)
    routing_queries = queries(client, INFORMATION_PAGE, template_already_rendered)

    print("Where the information page's time goes without the page cache")
    print(f"(one process, no server; fastest of {ROUNDS} rounds of {REQUESTS_PER_ROUND}):")
    print(f"  {'the whole request':<52}{whole:6.2f} ms  {whole_queries} queries")
    print(f"  {'middleware and URL dispatch (robots.txt)':<52}{middleware:6.2f} ms")
    print(
        f"  {'finding the page, checking its restrictions':<52}"
        f"{untemplated - middleware:6.2f} ms  {routing_queries} queries"
    )
    print(
        f"  {'its template, with the queries the template makes':<52}"
        f"{whole - untemplated:6.2f} ms  {whole_queries - routing_queries} queries"
    )
    if len(sys.argv) > 1:
        budget = WORKERS * 1000 / (float(sys.argv[1]) * 0.10)
        print(
            f"At 10% of the static file's throughput, each of the {WORKERS} workers may "
            f"spend {budget:.1f} ms on a page, gunicorn's own work included."
        )


if __name__ == "__main__":
    main()
