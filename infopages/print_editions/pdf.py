"""Turn an edition's HTML into a tagged PDF in a separate process, with a time limit.

WeasyPrint has no time limit of its own, and a pathological page (huge tables,
deeply nested lists) can keep it busy for a very long time. Each edition is made
in a child process forked from a small, single-threaded server that has already
imported WeasyPrint, so it starts in milliseconds and can be stopped safely.
This module imports nothing from Django."""

import multiprocessing
import resource
from dataclasses import dataclass

TIME_LIMIT_SECONDS = 60


class GenerationTimedOut(Exception):
    pass


class GenerationFailed(Exception):
    pass


@dataclass(frozen=True)
class RenderedPdf:
    content: bytes
    page_count: int
    refused_addresses: tuple
    # The largest resident memory of the process that made it, in bytes.
    peak_memory: int


def render_pdf(html, folders, base_url):
    """Runs in the child: HTML to PDF/UA-1 with the locked-down fetcher."""
    from weasyprint import HTML

    from .fetcher import LockedDownFetcher, origin_of

    fetcher = LockedDownFetcher(origin_of(base_url), folders)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        pdf_variant="pdf/ua-1"
    )
    content = document.write_pdf(pdf_variant="pdf/ua-1")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return RenderedPdf(content, len(document.pages), tuple(fetcher.refused), peak_kib * 1024)


def render_into(connection, html, folders, base_url):
    try:
        connection.send(("ok", render_pdf(html, folders, base_url)))
    except Exception as error:  # reported to the parent, which records it
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def forkserver():
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["weasyprint", __name__])
    return context


def make_pdf(html, folders, base_url, time_limit=None):
    """The PDF of `html`, or GenerationTimedOut / GenerationFailed."""
    time_limit = time_limit or TIME_LIMIT_SECONDS
    context = forkserver()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=render_into, args=(sender, html, folders, base_url))
    process.start()
    sender.close()
    try:
        if not receiver.poll(time_limit):
            raise GenerationTimedOut(f"Stopped after {time_limit} seconds.")
        try:
            outcome, value = receiver.recv()
        except EOFError as error:
            raise GenerationFailed("The process making the PDF stopped unexpectedly.") from error
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
    if outcome == "error":
        raise GenerationFailed(value)
    return value
