"""Data kept between requests must not go stale behind a change made in another
app server process. A shared cache (Redis) is cleared for every process when a
change is signalled, so data can stay there long. Without one, a process keeps
only what may safely lag behind by a few seconds, and only for those seconds."""

import time

from django.conf import settings
from django.core.cache import cache

_process_cache = {}


def get_or_compute(key, compute, timeout, local_seconds=0):
    if settings.CACHE_IS_SHARED:
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout)
        return value
    if local_seconds:
        expires, value = _process_cache.get(key, (0, None))
        if expires < time.monotonic():
            value = compute()
            _process_cache[key] = (time.monotonic() + local_seconds, value)
        return value
    return compute()


def forget(key):
    _process_cache.pop(key, None)
    if settings.CACHE_IS_SHARED:
        cache.delete(key)
