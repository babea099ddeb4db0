"""Anonymous readers get public pages from the shared cache, whole. A response is
kept only when it is the same for everyone: a live public page, no query string,
no cookie set, no CSRF token, nothing marked private. Each reader still gets a
fresh CSP nonce (the page is kept with a placeholder where its nonce was), and its
forms fresh submission numbers, so that two readers' answers are never taken for
one sent twice."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from council_site.core.forms import with_fresh_submission_ids
from council_site.core.internals import csp_nonce_made

from .invalidation import SITE_VERSION_KEY, address_version_key, versions_to_keep_with
from .local import shared_cache_get_many

NONCE_PLACEHOLDER = "page-cache-nonce-0d5e9b1f"
LEFT_OUT_HEADERS = {"set-cookie", "content-security-policy", "content-length"}


def cache_is_on():
    # Without a cache every process shares, a change could not reach the others.
    return settings.PAGE_CACHE_SECONDS > 0 and settings.CACHE_IS_SHARED


def may_use_cache(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def page_cache_key(request):
    # The path starts with the language, so it tells languages apart too.
    return f"page:{request.get_host()}:{request.path}"


def look_up(request, key):
    """What the cache holds for this address, with the site's and the address's
    versions: one round trip to the cache, or none when this process's copies of
    them are still good (see local.py)."""
    return shared_cache_get_many([SITE_VERSION_KEY, address_version_key(request.path_info), key])


def still_good(request, entry, found):
    versions = (found.get(SITE_VERSION_KEY), found.get(address_version_key(request.path_info)))
    return entry is not None and None not in versions and entry["versions"] == versions


def may_keep(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        getattr(request, "serves_public_page", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def stored_form(request, response, versions):
    content = response.content.decode(response.charset)
    nonce = csp_nonce_made(request)
    if nonce is not None:
        content = content.replace(nonce, NONCE_PLACEHOLDER)
    headers = [(k, v) for k, v in response.items() if k.lower() not in LEFT_OUT_HEADERS]
    return {"versions": versions, "content": content, "headers": headers}


def response_from(request, stored):
    content = with_fresh_submission_ids(stored["content"])
    if NONCE_PLACEHOLDER in content:
        content = content.replace(NONCE_PLACEHOLDER, str(request.csp_nonce))
    response = HttpResponse(content)
    for name, value in stored["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (cache_is_on() and may_use_cache(request)):
            return self.get_response(request)
        key = page_cache_key(request)
        found = look_up(request, key)
        stored = found.get(key)
        if still_good(request, stored, found):
            return response_from(request, stored)
        # Read before the page is made: a change while it is being made leaves
        # this entry behind the new versions, never ahead of them.
        versions = versions_to_keep_with(request.path_info, found)
        response = self.get_response(request)
        if may_keep(request, response):
            cache.set(key, stored_form(request, response, versions), settings.PAGE_CACHE_SECONDS)
        return response
