"""Complete `/sparql` answers kept in memory, keyed by store version and request.

A query's answer is a pure function of the data and the request, and the data only changes with
the store version (:mod:`kg.web.caching`), so a repeated query can be answered from memory
without the round trip to a query worker (~0.25 ms of the ~0.5 ms a tiny query costs in
process, bench/README.md). The cache is LRU with two bounds: an entry larger than
``entry_bytes`` is never kept (large results are streamed from files anyway) and all entries
together stay under ``budget_bytes``. It holds entries of one store version at a time: the first
lookup or insertion with a newer version empties it, and an insertion for an older version (a
query that was answered by a replica the data has since moved past) is dropped.

What the key must hold: everything a miss reads from the request to make its answer — method
(HEAD answers like GET), URL query string, ``Content-Type``, body, ``Accept`` and the endpoint's
URL (relative IRIs in a query resolve against it) — and nothing a client can vary without
changing the answer is left out, so an entry can only ever be served to a request that would
have got the very same bytes. Nothing in `/sparql` depends on who asks (no credentials are
read; writes go to other routes), so one client's answer is every client's answer; the
per-client parts of a response (rate-limit headers, ``Date``) are added after the cache, per
request. Errors, timeouts, streamed results and ``SERVICE`` queries (their data lives elsewhere
and changes without our version) are not stored.

In front of a remote engine, other machines write to the engine without our version changing,
so entries there also expire ``max_age`` seconds after they were stored (the service only uses
the cache there when ``KG_QUERY_CACHE_REMOTE_TTL`` is set).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from flask import Request, Response

from kg.config import Settings
from kg.errors import KgError
from kg.web.caching import Validators
from kg.web.protocol import query_body

#: what one entry costs beyond its body and key: the headers, the objects, the LRU links
ENTRY_OVERHEAD = 768

#: the request parts an answer depends on (see the module docstring)
Key = tuple[str, bytes, str, bytes, str, str]


@dataclass(frozen=True)
class CachedAnswer:
    """A complete 200 answer: body, media type, the endpoint's own headers, its validators."""

    body: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...]
    validators: Validators
    size: int  # what it counts against the budget (body, key, overhead)
    stored_at: float  # time.monotonic() when stored

    def response(self) -> Response:
        """A fresh response object (after-request hooks add per-client headers to it)."""
        resp = Response(self.body, status=200, content_type=self.content_type)
        resp.headers.extend(self.headers)
        return resp


class ResponseCache:
    """A thread-safe LRU of :class:`CachedAnswer` for one store version at a time."""

    def __init__(self, budget_bytes: int, entry_bytes: int, max_age: float | None = None
                 ) -> None:
        self.budget_bytes = budget_bytes
        self.entry_bytes = min(entry_bytes, budget_bytes)
        self.max_age = max_age
        self._entries: OrderedDict[tuple[int, Key], CachedAnswer] = OrderedDict()
        self._version = -1
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _move_to(self, version: int) -> bool:
        """Start holding ``version`` when it is newer (dropping the old entries); False when
        ``version`` is older than the one held. Called with the lock held."""
        if version > self._version:
            self._entries.clear()
            self._bytes = 0
            self._version = version
        return version == self._version

    def get(self, version: int, key: Key) -> CachedAnswer | None:
        with self._lock:
            entry = self._entries.get((version, key)) if self._move_to(version) else None
            if entry is not None and self.max_age is not None and \
                    time.monotonic() - entry.stored_at > self.max_age:
                del self._entries[(version, key)]
                self._bytes -= entry.size
                entry = None
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end((version, key))
            self.hits += 1
            return entry

    def put(self, version: int, key: Key, body: bytes, content_type: str,
            headers: Sequence[tuple[str, str]], validators: Validators) -> bool:
        """Keep an answer of ``version``; False when it is too large or the version is old."""
        size = len(body) + sum(len(part) for part in key) + ENTRY_OVERHEAD
        if size > self.entry_bytes:
            return False
        entry = CachedAnswer(body, content_type, tuple(headers), validators, size,
                             time.monotonic())
        with self._lock:
            if not self._move_to(version):
                return False
            old = self._entries.pop((version, key), None)
            if old is not None:
                self._bytes -= old.size
            self._entries[(version, key)] = entry
            self._bytes += size
            while self._bytes > self.budget_bytes:
                _k, evicted = self._entries.popitem(last=False)
                self._bytes -= evicted.size
        return True

    def stats(self) -> dict[str, int]:
        """Entries, bytes held and the bounds, hits and misses (for /health)."""
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._bytes,
                    "budget_bytes": self.budget_bytes, "entry_bytes": self.entry_bytes,
                    "hits": self.hits, "misses": self.misses}


def request_key(request: Request, base_url: str, body_limit: int) -> Key | None:
    """The raw request as a cache key, or None when it cannot be one without reading more than
    the endpoint would (a POST without a declared length, or longer than the query body limit:
    the normal path answers those). Raw bytes rather than the parsed query: a hit then costs no
    parsing at all, and two spellings of one query simply miss each other."""
    method = request.method
    if method == "HEAD":
        method = "GET"  # HEAD is GET without the body (Werkzeug drops it)
    environ = request.environ
    if method == "POST":
        length = request.content_length
        if length is None or length > body_limit:
            return None
        body = query_body(request, body_limit)
    elif method == "GET":
        body = b""
    else:
        return None
    return (method, request.query_string, environ.get("CONTENT_TYPE", ""), body,
            environ.get("HTTP_ACCEPT", ""), base_url)


def cache_for(settings: Settings, remote: bool) -> ResponseCache | None:
    """The service's cache as configured, or None when it is off: ``KG_QUERY_CACHE_MB`` 0, or
    a remote engine without a positive ``KG_QUERY_CACHE_REMOTE_TTL``."""
    mb, kb, ttl = (settings.query_cache_mb, settings.query_cache_entry_kb,
                   settings.query_cache_remote_ttl)
    if mb < 0 or kb < 0 or ttl < 0:
        raise KgError("KG_QUERY_CACHE_MB, KG_QUERY_CACHE_ENTRY_KB and "
                      "KG_QUERY_CACHE_REMOTE_TTL may not be negative (0 turns the cache off)")
    if mb == 0 or kb == 0 or (remote and ttl == 0):
        return None
    return ResponseCache(int(mb * 1024 * 1024), int(kb * 1024),
                         max_age=ttl if remote else None)
