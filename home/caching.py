"""Data cached between requests must be the same for every app server process:
a change signalled in one process clears it for all only when the cache is shared
(Redis). With a process-local cache, nothing is kept between requests."""

from django.conf import settings
from django.core.cache import cache


def get_or_compute(key, compute, timeout):
    if not settings.CACHE_IS_SHARED:
        return compute()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def forget(key):
    if settings.CACHE_IS_SHARED:
        cache.delete(key)
