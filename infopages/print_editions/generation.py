"""Editions are made when a page or translation is published: by a background task,
after the publish has committed, so that a slow or failing PDF never holds up or
undoes a publish. Content that prints the same is never made again."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page
from wagtail.signals import page_published

from infopages.page_types import easy_read_model, information_page_model, topic_model

from .documents import (
    base_url,
    can_print,
    content_hash,
    edition_html,
    folders_to_read,
    formats_of,
    stamp_for,
)
from .models import EditionFailure, PrintEdition
from .pdf import GenerationFailed, GenerationTimedOut, make_pdf
from .views import forget_current_edition

logger = logging.getLogger(__name__)
_made_afterwards = ContextVar("print_editions_made_afterwards", default=False)


def make_edition_now(page_id, format):
    """The current edition of a live page in one format: the one already made when
    the content is unchanged, otherwise a new one. None when it could not be made."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None or not can_print(page) or format not in formats_of(page):
        return None
    page = page.specific
    digest = content_hash(edition_html(page, format))
    existing = PrintEdition.objects.filter(page=page, format=format, content_hash=digest).first()
    if existing is not None:
        make_current(existing)
        return existing
    made_at = timezone.now()
    stamp = stamp_for(page, made_at)
    try:
        rendered = make_pdf(edition_html(page, format, stamp), folders_to_read(), base_url(page))
    except (GenerationTimedOut, GenerationFailed) as error:
        logger.warning("Print edition of page %s (%s) not made: %s", page.pk, format, error)
        failure = EditionFailure.record(
            page.pk, format, error, timed_out=isinstance(error, GenerationTimedOut)
        )
        try_again_later(failure)
        return None
    return store(page, format, digest, rendered, stamp, made_at)


def make_current(edition):
    """Content changed and then changed back: its edition is the current one again."""
    newer = PrintEdition.objects.filter(
        page_id=edition.page_id, format=edition.format, made_at__gt=edition.made_at
    )
    if newer.exists():
        edition.made_at = timezone.now()
        edition.save(update_fields=["made_at"])
        forget_current_edition(edition.page_id)
    EditionFailure.objects.filter(page_id=edition.page_id, format=edition.format).delete()


def store(page, format, digest, rendered, stamp, made_at):
    edition = PrintEdition(
        page=page,
        locale=page.locale,
        revision_id=page.live_revision_id,
        format=format,
        content_hash=digest,
        page_count=rendered.page_count,
        published_at=stamp.published_at,
        made_at=made_at,
    )
    edition.file.save(edition.download_name, ContentFile(rendered.content), save=False)
    try:
        with transaction.atomic():
            edition.save()
    except IntegrityError:
        # Another worker made the same edition meanwhile: keep theirs.
        edition.file.delete(save=False)
        return PrintEdition.objects.get(page=page, format=format, content_hash=digest)
    EditionFailure.objects.filter(page=page, format=format).delete()
    forget_current_edition(page.pk)
    return edition


def try_again_later(failure):
    backend = make_edition.get_backend()
    if failure.gives_up or not backend.supports_defer:
        return  # `manage.py make_print_editions` tries again when it is due
    make_edition.using(run_after=failure.next_attempt_at).enqueue(failure.page_id, failure.format)


@task()
def make_edition(page_id, format):
    edition = make_edition_now(page_id, format)
    return edition.pk if edition else None


def pages_to_print_after_publishing(page):
    """The page itself, and the booklet of the topic it belongs to."""
    pages = [page] if can_print(page) else []
    parent = page.get_parent()
    # An Easy Read page's parent is its standard page, which does not print it.
    if parent is not None and parent.specific_class is topic_model():
        pages.append(parent)
    return pages


def enqueue_edition(page_id, format):
    try:
        make_edition.enqueue(page_id, format)
    except Exception:  # the page is published whatever happens to its edition
        logger.exception("Print edition of page %s (%s) could not be queued", page_id, format)


@contextmanager
def editions_made_afterwards():
    """Publishing many pages at once (the demo) makes no editions: the caller makes
    each one once at the end, instead of a topic's booklet once for every page."""
    token = _made_afterwards.set(True)
    try:
        yield
    finally:
        _made_afterwards.reset(token)


def make_editions_after_publish(sender, instance, **kwargs):
    if not settings.PRINT_EDITIONS_ON_PUBLISH or _made_afterwards.get():
        return
    for page in pages_to_print_after_publishing(instance):
        for format in formats_of(page):
            transaction.on_commit(partial(enqueue_edition, page.pk, format), robust=True)


page_published.connect(make_editions_after_publish, dispatch_uid="print_editions_on_publish")


def due_for_an_edition():
    """Every live page and topic with its formats, except those that failed recently
    or too often."""
    waiting = {
        (failure.page_id, failure.format)
        for failure in EditionFailure.objects.all()
        if failure.gives_up or failure.next_attempt_at > timezone.now()
    }
    printed = [information_page_model(), topic_model(), easy_read_model()]
    for model in filter(None, printed):
        formats = formats_of(model)
        for page_id in model.objects.live().order_by("path").values_list("pk", flat=True):
            for format in formats:
                if (page_id, format) not in waiting:
                    yield page_id, format
