"""Finding the Wagtail site for a request, and its home page in the reader's
language, are the costliest queries on every page, and they almost never change:
the answers are cached, and dropped the moment a site or a home page changes."""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished

from .caching import get_or_compute
from .internals import raw_host, remember_site

SITE_CACHE_SECONDS = 300
# A change to a site (its host name or root page) reaches every process within this.
SITE_LOCAL_SECONDS = 5
GENERATION_KEY = "wagtail-site-generation"
NO_SITE = "no-site"


def site_generation():
    """Changes whenever a site or a site's root page changes, for caches that depend on sites."""
    return cache.get_or_set(GENERATION_KEY, 1, None)


def site_cache_key(hostname, port):
    return f"wagtail-site:{site_generation()}:{hostname}:{port}"


def forget_sites(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def forget_sites_if_root(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth <= 2:
        forget_sites()


def site_address(url):
    """The host name and port of a Wagtail site served at url. Wagtail writes the
    addresses of a site on port 443 with https, and on any other port with http."""
    parts = urlsplit(url)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def serve_default_site_at(url):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = site_address(url)
    site.save()
    return site


def site_with_specific_root(request):
    """The site, its root page loaded as its own type, so that routing can use the
    root page's own (cached) way to find itself in the reader's language."""
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(raw_host(request))[0]
        site = get_or_compute(
            site_cache_key(hostname, request.get_port()),
            lambda: site_with_specific_root(request) or NO_SITE,
            SITE_CACHE_SECONDS,
            local_seconds=SITE_LOCAL_SECONDS,
        )
        remember_site(request, None if site == NO_SITE else site)
        return self.get_response(request)


post_save.connect(forget_sites, sender=Site, dispatch_uid="forget_sites_on_save")
post_delete.connect(forget_sites, sender=Site, dispatch_uid="forget_sites_on_delete")
page_published.connect(forget_sites_if_root, dispatch_uid="forget_sites_on_root_publish")
page_unpublished.connect(forget_sites_if_root, dispatch_uid="forget_sites_on_root_unpublish")
post_delete.connect(forget_sites_if_root, dispatch_uid="forget_sites_on_root_delete")
