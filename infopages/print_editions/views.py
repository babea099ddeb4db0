"""Residents download the current edition of a page. Editions are asked for like
static files, so they are served before the rest of the site's middleware, with
what to serve kept between requests."""

import re

from django.core.files.storage import default_storage
from django.db.models.signals import post_delete, post_save
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.signals import page_unpublished

from council_site.core.caching import forget, get_or_compute

from .models import PrintEdition, PrintFormat

# Residents may keep a PDF for a while; a new edition gets a new name and link.
CACHE_SECONDS = 300
# A view restriction added to a page stops its downloads within this.
SHARED_CACHE_SECONDS = 60
# Without a shared cache, a new edition reaches every process within this.
LOCAL_SECONDS = 5
DOWNLOAD_PATH = re.compile(r"^/print-editions/(\d+)/([a-z]+)/$")
NO_EDITION = ()


def edition_cache_key(page_id, format):
    return f"print-edition:{page_id}:{format}"


def editions_of_page_cache_key(page_id):
    return f"print-editions-of-page:{page_id}"


def forget_current_edition(page_id):
    for format in PrintFormat.values:
        forget(edition_cache_key(page_id, format))
    forget(editions_of_page_cache_key(page_id))


def current_editions_of(page):
    """The page's current editions, the newest of each format. Every reader of the
    page is shown them, so they are kept like the downloads themselves."""
    return get_or_compute(
        editions_of_page_cache_key(page.pk),
        lambda: page.print_editions.select_related("locale").newest_of_each_format(),
        SHARED_CACHE_SECONDS,
        LOCAL_SECONDS,
    )


def public_edition_file(page_id, format):
    """(stored file name, download name) of the current edition of a live page that
    anyone may read, or NO_EDITION."""

    def compute():
        edition = (
            PrintEdition.objects.current()
            .filter(page_id=page_id, format=format, page__live=True)
            .select_related("page", "locale")
            .first()
        )
        if edition is None or edition.page.get_view_restrictions().exists():
            return NO_EDITION
        return (edition.file.name, edition.download_name)

    return get_or_compute(
        edition_cache_key(page_id, format), compute, SHARED_CACHE_SECONDS, LOCAL_SECONDS
    )


@require_safe
def download(request, page_id, format):
    found = public_edition_file(page_id, format) if format in PrintFormat.values else NO_EDITION
    if found == NO_EDITION:
        raise Http404
    stored_name, download_name = found
    response = FileResponse(
        default_storage.open(stored_name, "rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=download_name,
    )
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class PrintEditionDownloadMiddleware:
    """Answers edition downloads before sessions, languages and authentication,
    which a download has no use for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = DOWNLOAD_PATH.match(request.path_info)
        if match is None:
            return self.get_response(request)
        try:
            return download(request, int(match[1]), match[2])
        except Http404:
            return self.get_response(request)


def forget_on_unpublish(sender, instance, **kwargs):
    forget_current_edition(instance.pk)


page_unpublished.connect(forget_on_unpublish, dispatch_uid="print_editions_forget_on_unpublish")


def forget_on_edition_change(sender, instance, **kwargs):
    forget_current_edition(instance.page_id)


for signal in (post_save, post_delete):
    signal.connect(
        forget_on_edition_change,
        sender=PrintEdition,
        dispatch_uid=f"print_editions_forget_on_edition_change_{signal}",
    )
