"""What this process has already read of the page cache, kept in its own memory for
as long as Redis says none of it has changed: a page from the cache then costs no
round trip to Redis.

A connection of the process's own asks Redis to tell it of every change to the page
cache's keys (RESP3 client tracking, broadcast mode, by the keys' prefix). Before
each look-up the messages waiting on that connection are read, without waiting for
more, and the copies they name are forgotten; a message that every key changed
(the cache emptied) forgets them all. Redis sends those messages as it makes each
change, so a process serves a copy only while no change to it has reached Redis,
less the time a message takes to cross to it.

Copies are trusted only while the connection has answered a PING sent within the
last second: a connection lost without a word costs at most that second, and one
that fails turns the copies off (forgotten) until it connects again. redis-py's own
client-side caching would do the same but needs Redis 7.4 or later.

Used when the cache is Redis and PAGE_CACHE_LOCAL_ENTRIES is above 0."""

import os
import threading
import time

import redis
from django.conf import settings
from django.core.cache import cache

TRUSTED_FOR_SECONDS = 1.0
RETRY_AFTER_SECONDS = 1.0


class TrackedCopies:
    def __init__(self, shared_cache, url, max_entries):
        self.cache = shared_cache
        self.url = url
        self.max_entries = max_entries
        self.prefix = shared_cache.make_key("page")
        self.lock = threading.Lock()
        self.pid = None
        self.reset()

    def reset(self):
        self.copies = {}
        self.connection = None
        self.ping_sent_at = None
        self.answered_at = float("-inf")  # when the last answered PING was sent
        self.failed_at = float("-inf")

    def get_many(self, keys):
        """The values the shared cache holds for keys (those it holds), from this
        process's copies when they are all there and still good."""
        with self.lock:
            trusted = self.refresh()
            full_keys = {key: self.cache.make_key(key) for key in keys}
            if trusted and all(full in self.copies for full in full_keys.values()):
                return {key: self.copies[full] for key, full in full_keys.items()}
            found = self.cache.get_many(keys)
            if trusted and len(found) == len(keys):
                if len(self.copies) + len(keys) > self.max_entries:
                    self.copies.clear()
                self.copies.update((full_keys[key], value) for key, value in found.items())
            return found

    def refresh(self):
        """Reads every change Redis has told of; whether the copies may be used."""
        if self.pid != os.getpid():  # a forked process has none of its parent's connection
            self.pid = os.getpid()
            self.reset()
        now = time.monotonic()
        try:
            if self.connection is None:
                if now - self.failed_at < RETRY_AFTER_SECONDS:
                    return False
                self.connect()
            self.read_messages()
            if self.ping_sent_at is None and now - self.answered_at > TRUSTED_FOR_SECONDS / 2:
                self.connection.send_command("PING")
                self.ping_sent_at = now
        except (redis.RedisError, OSError):
            self.disconnect(now)
            return False
        return now - self.answered_at < TRUSTED_FOR_SECONDS

    def connect(self):
        connection = redis.ConnectionPool.from_url(self.url, protocol=3).get_connection()
        # redis-py hands each change Redis tells of to the parser's handler.
        connection._parser.set_invalidation_push_handler(self.forget)
        connection.send_command("CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", self.prefix)
        if connection.read_response() != b"OK":
            raise redis.ConnectionError("Redis refused to track the page cache's keys")
        self.connection = connection

    def read_messages(self):
        while self.connection.can_read(timeout=0):
            if self.connection.read_response(push_request=True) == b"PONG":
                self.answered_at, self.ping_sent_at = self.ping_sent_at, None

    def forget(self, message):
        changed = message[1]
        if changed is None:
            self.copies.clear()
            return
        for key in changed:
            self.copies.pop(key.decode() if isinstance(key, bytes) else key, None)

    def disconnect(self, now):
        if self.connection is not None:
            self.connection.disconnect()
        self.reset()
        self.failed_at = now


_tracked = {}


def shared_cache_get_many(keys):
    """cache.get_many, through this process's tracked copies where they are on."""
    location = settings.CACHES["default"]
    entries = settings.PAGE_CACHE_LOCAL_ENTRIES
    if not (entries and location["BACKEND"].endswith(".RedisCache")):
        return cache.get_many(keys)
    url = location["LOCATION"]
    if (url, entries) not in _tracked:
        _tracked[url, entries] = TrackedCopies(cache, url, entries)
    return _tracked[url, entries].get_many(keys)
