"""Each process keeps copies of what it read of the page cache, and forgets one the
moment any process changes it in Redis: no process serves a page after it changed."""

import os
import subprocess
import sys
import time
from unittest import mock

import pytest
import redis

from council_site.core.redis_cache import RedisCache
from council_site.pagecache.local import TrackedCopies

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
PREFIX = f"local-copies-test-{os.getpid()}"
KEYS = ["page-cache-site-version", "page:localhost:/en/advocacy/"]


@pytest.fixture
def shared_cache():
    try:
        redis.Redis.from_url(REDIS_TEST_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"No Redis answers at {REDIS_TEST_URL}; CI runs this test.")
    shared = RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": PREFIX})
    shared.set_many({KEYS[0]: "site version 1", KEYS[1]: "Advocacy, first version"})
    yield shared
    shared.delete_many(KEYS)


def in_another_process(code):
    """Runs code with the shared cache as `shared`, in a process of its own, set up as
    an app server's is (DJANGO_SETTINGS_MODULE comes from this process)."""
    setup = (
        "import django\n"
        "django.setup()\n"
        "from council_site.core.redis_cache import RedisCache\n"
        f"shared = RedisCache({REDIS_TEST_URL!r}, {{'KEY_PREFIX': {PREFIX!r}}})\n"
    )
    subprocess.run([sys.executable, "-c", setup + code], check=True)


@pytest.fixture
def slow_other_process(monkeypatch):
    """Starting another Python takes longer than the second the copies are trusted
    for without an answer from Redis; these tests are about the messages alone."""
    monkeypatch.setattr("council_site.pagecache.local.TRUSTED_FOR_SECONDS", 60)


def trusted(copies, shared_cache):
    """Read until the tracking connection has answered (one round trip on a quiet
    machine), as a process serving pages does on its next requests."""
    for _ in range(200):
        found = copies.get_many(KEYS)
        if copies.refresh():
            return found
        time.sleep(0.01)
    raise AssertionError("Redis never answered the tracking connection")


def test_a_page_read_once_is_served_from_memory_until_another_process_changes_it(
    shared_cache, slow_other_process
):
    copies = TrackedCopies(shared_cache, REDIS_TEST_URL, max_entries=10)
    trusted(copies, shared_cache)
    copies.get_many(KEYS)
    with mock.patch.object(shared_cache, "get_many", wraps=shared_cache.get_many) as asked:
        assert copies.get_many(KEYS)[KEYS[1]] == "Advocacy, first version"
        assert not asked.called

        in_another_process(f"shared.set({KEYS[1]!r}, 'Advocacy, second version')")
        assert copies.get_many(KEYS)[KEYS[1]] == "Advocacy, second version"
        assert asked.call_count == 1


def test_a_new_version_of_the_site_from_another_process_is_seen_at_once(
    shared_cache, slow_other_process
):
    copies = TrackedCopies(shared_cache, REDIS_TEST_URL, max_entries=10)
    trusted(copies, shared_cache)
    copies.get_many(KEYS)
    in_another_process(f"shared.set({KEYS[0]!r}, 'site version 2')")
    assert copies.get_many(KEYS)[KEYS[0]] == "site version 2"


def test_nothing_is_served_from_memory_while_the_tracking_connection_is_silent(shared_cache):
    copies = TrackedCopies(shared_cache, REDIS_TEST_URL, max_entries=10)
    trusted(copies, shared_cache)
    copies.get_many(KEYS)
    copies.answered_at -= 2  # its last answer is two seconds old, a PING on its way
    copies.ping_sent_at = time.monotonic()
    with (
        mock.patch.object(copies.connection, "can_read", return_value=False),
        mock.patch.object(shared_cache, "get_many", wraps=shared_cache.get_many) as asked,
    ):
        copies.get_many(KEYS)
    assert asked.called


def test_a_lost_connection_forgets_every_copy(shared_cache):
    copies = TrackedCopies(shared_cache, REDIS_TEST_URL, max_entries=10)
    trusted(copies, shared_cache)
    copies.get_many(KEYS)
    assert copies.copies
    with mock.patch.object(copies.connection, "can_read", side_effect=redis.ConnectionError):
        copies.get_many(KEYS)
    assert copies.copies == {}
    assert copies.connection is None
