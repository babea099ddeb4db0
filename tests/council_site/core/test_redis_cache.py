"""The Redis cache keeps one client for all its commands: Django's own makes a
new one, with its table of reply handlers, for every command."""

import os
from unittest import mock

import pytest
import redis

from council_site.core.redis_cache import RedisCache

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_server():
    try:
        redis.Redis.from_url(REDIS_TEST_URL).ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"No Redis answers at {REDIS_TEST_URL}; CI runs this test.")


def test_values_go_in_and_out_through_one_client(redis_server):
    cache = RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "redis-cache-test"})
    with mock.patch.object(redis, "Redis", wraps=redis.Redis) as clients_made:
        cache._cache._client = redis.Redis
        cache.set("page", "How to report abuse", 60)
        found = cache.get_many(["page", "missing"])
        cache.delete("page")
        gone = cache.get("page")
    assert found == {"page": "How to report abuse"}
    assert gone is None
    assert clients_made.call_count == 1
