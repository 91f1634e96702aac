"""The response cache's own rules, in process on a real ResponseCache (HTTP: test_http_query_cache).

Over HTTP a reply of an old replica racing with a write cannot be provoked on demand, so the rule
that makes it harmless — an answer of an older version is never stored, a newer version empties
the cache — is checked here directly.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kg.config import Settings
from kg.web.caching import Validators
from kg.web.response_cache import ENTRY_OVERHEAD, ResponseCache, cache_for

VALID = Validators("1-abc", datetime(2026, 1, 1, tzinfo=UTC), 0)
KEY = ("GET", b"query=x", "", b"", "application/sparql-results+json", "http://h/sparql")


def test_an_answer_of_an_older_version_is_not_stored() -> None:
    cache = ResponseCache(1 << 20, 1 << 16)
    assert cache.put(2, KEY, b"new", "text/csv", (), VALID)
    assert not cache.put(1, KEY, b"old", "text/csv", (), VALID)  # a stale replica's answer
    hit = cache.get(2, KEY)
    assert hit is not None and hit.body == b"new"
    assert cache.get(1, KEY) is None


def test_a_newer_version_empties_the_cache() -> None:
    cache = ResponseCache(1 << 20, 1 << 16)
    cache.put(1, KEY, b"a", "text/csv", (("ETag", 'W/"1-abc"'),), VALID)
    assert cache.get(2, KEY) is None
    assert cache.stats()["entries"] == 0 and cache.stats()["bytes"] == 0


def test_sizes_count_body_key_and_overhead() -> None:
    cache = ResponseCache(10_000, 10_000)
    body = b"x" * 1000
    cache.put(1, KEY, body, "text/csv", (), VALID)
    assert cache.stats()["bytes"] == len(body) + sum(map(len, KEY)) + ENTRY_OVERHEAD
    assert not cache.put(1, KEY, b"x" * 10_000, "text/csv", (), VALID)  # over the entry cap


def test_configuration() -> None:
    assert cache_for(Settings(query_cache_mb=0), remote=False) is None
    assert cache_for(Settings(), remote=True) is None  # remote: off unless a TTL is given
    remote = cache_for(Settings(query_cache_remote_ttl=5), remote=True)
    assert remote is not None and remote.max_age == 5
    local = cache_for(Settings(query_cache_mb=2, query_cache_entry_kb=4), remote=False)
    assert local is not None and local.max_age is None
    assert (local.budget_bytes, local.entry_bytes) == (2 << 20, 4096)
