"""HTTP validators for query results, tied to the store's version.

A query's answer can only change when the store does, so an ETag made of the store version and
the request's identity (query, result format, protocol dataset, base IRI) lets browsers, proxies
and API clients revalidate with ``If-None-Match`` and get a 304 without the query being run
again; ``Last-Modified`` is when that version was published. ``Cache-Control`` says how long a
cache may reuse an answer without asking (``KG_CACHE_MAX_AGE``, 0 by default: always revalidate,
which is cheap). In front of a remote engine the version advances after local writes and every
``KG_REMOTE_REFRESH`` seconds, so other machines' writes are seen within that time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from flask import Request, Response
from werkzeug.http import http_date


@dataclass(frozen=True)
class Validators:
    etag: str  # the opaque tag, without quotes or W/
    last_modified: datetime
    max_age: int

    def headers(self) -> dict[str, str]:
        return {"ETag": f'W/"{self.etag}"', "Last-Modified": _http_date(self.last_modified),
                "Cache-Control": f"public, max-age={self.max_age}, must-revalidate"}

    def not_modified(self, request: Request) -> bool:
        """Whether the client's copy is current (RFC 9110 §13.1: If-None-Match wins over
        If-Modified-Since; weak comparison, as for GET)."""
        environ = request.environ
        if "HTTP_IF_NONE_MATCH" not in environ and "HTTP_IF_MODIFIED_SINCE" not in environ:
            return False  # most requests are unconditional: nothing to parse
        if request.if_none_match:
            return request.if_none_match.contains_weak(self.etag)
        since = request.if_modified_since
        return since is not None and self.last_modified <= since

    def response_304(self, extra: dict[str, str]) -> Response:
        resp = Response(status=304)
        resp.headers.update(extra)
        resp.headers.update(self.headers())
        return resp


@lru_cache(maxsize=8)
def _http_date(moment: datetime) -> str:
    """``Last-Modified`` of a store version: the same few instants are formatted on every
    request until the next write."""
    return http_date(moment)


def query_validators(version: int, published: datetime, max_age: int, query: str,
                     format_name: str, default_graphs: Sequence[str] | None,
                     named_graphs: Sequence[str] | None, base_iri: str) -> Validators:
    identity = json.dumps([query, format_name, default_graphs and list(default_graphs),
                           named_graphs and list(named_graphs),
                           base_iri], ensure_ascii=False)
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return Validators(f"{version}-{digest}", published, max_age)
