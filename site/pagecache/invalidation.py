"""What a change puts out of date, so the page cache forgets just that.

A page is shown on others: its parent lists it, its children's breadcrumbs name it,
the language switcher of each of its language versions lists it, and pages that
link to it or choose it show its title or address. Publishing or unpublishing a
page forgets those pages, at every language's address (a page not yet translated
is shown in English at the other languages' addresses), and keeps every other
page. Changes that show on every page (the contact details, a site, a home page)
or that change addresses (a move, a new slug, a deletion) forget every page.
The apps say which of their models show on every page, or on one page, with
forget_every_page_on_change and forget_its_page_on_change.

The whole site and each address have a version: a random token, renewed by a
change. A kept page is good while both are the ones it was kept with. A token lost
from the cache is never drawn again, so losing one costs a miss, never a stale page."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from council_site.languages import LANGUAGE_INFO

SITE_VERSION_KEY = "page-cache-site-version"


def address_version_key(path):
    return f"page-cache-version:{path}"


def versions_to_keep_with(path, found):
    """The site's and the address's versions, from what the cache already gave
    (found), drawing any that are missing."""
    keys = [SITE_VERSION_KEY, address_version_key(path)]
    missing = [key for key in keys if found.get(key) is None]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, None)
        found = {**found, **cache.get_many(missing)}
    return tuple(found.get(key) for key in keys)


def renew(keys):
    """Now, and again once the change is committed: a reader who asked in between
    may have kept the page as it was before the change."""

    def draw_new_versions():
        cache.set_many({key: uuid.uuid4().hex for key in keys}, None)

    draw_new_versions()
    transaction.on_commit(draw_new_versions)


def forget_every_page(**kwargs):
    renew([SITE_VERSION_KEY])


def forget_addresses_of(pages):
    renew([address_version_key(path) for path in addresses_of(pages)])


def addresses_of(pages):
    """Every language's address of each page. A page's url_path starts with its
    home page's slug, which the address leaves out: /home/advocacy/ is /pl/advocacy/."""
    below_home = {"".join(f"{part}/" for part in page.url_path.split("/")[2:-1]) for page in pages}
    return {f"/{code}/{rest}" for code in LANGUAGE_INFO for rest in below_home}


def pages_showing(page):
    """The page, its parent, its descendants and the pages that refer to it, each in
    every language it has."""
    page_type = ContentType.objects.get_for_model(Page)
    versions = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", flat=True
    )
    referring = ReferenceIndex.objects.filter(
        base_content_type=page_type,
        to_content_type=page_type,
        to_object_id__in=[str(pk) for pk in versions],
    ).values_list("object_id", flat=True)
    related = Page.objects.filter(
        Q(pk=page.pk)
        | Q(path=page.path[: -page.steplen])
        | Q(path__startswith=page.path, depth__gt=page.depth)
        | Q(pk__in=[int(pk) for pk in referring])
    )
    return Page.objects.filter(translation_key__in=related.values("translation_key")).only(
        "url_path"
    )


def forget_pages_showing(instance, **kwargs):
    if instance.depth <= 2:
        forget_every_page()
        return
    pages = list(pages_showing(instance))
    forget_addresses_of(pages)
    if settings.WAGTAILFRONTENDCACHE:
        # Wagtail purges the page itself from a CDN in front; the others are purged here.
        purge_pages_from_cache([page for page in pages if page.pk != instance.pk])


def forget_page_of(instance, **kwargs):
    forget_addresses_of([instance.page])


def forget_every_page_if_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget_every_page()


for signal in (page_published, page_unpublished):
    signal.connect(forget_pages_showing, dispatch_uid=f"page_cache_forget_showing_{signal}")
for signal in (post_page_move, page_slug_changed):
    signal.connect(forget_every_page, dispatch_uid=f"page_cache_forget_all_{signal}")
post_delete.connect(forget_every_page_if_page, dispatch_uid="page_cache_forget_on_page_delete")


def forget_every_page_on_change(model):
    """Saving or deleting one of the model's objects changes every page."""
    for signal in (post_save, post_delete):
        signal.connect(
            forget_every_page, sender=model, dispatch_uid=f"page_cache_every_page_{signal}_{model}"
        )


def forget_its_page_on_change(model):
    """Saving or deleting one of the model's objects changes the page in its `page`."""
    for signal in (post_save, post_delete):
        signal.connect(
            forget_page_of, sender=model, dispatch_uid=f"page_cache_its_page_{signal}_{model}"
        )


forget_every_page_on_change(Site)
