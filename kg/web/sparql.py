"""The SPARQL 1.1 query endpoint: protocol in, pyoxigraph-serialised results out.

The Flask layer only reads the request, keeps from the engine what must never reach it (SERVICE
clauses, refused or evaluated by :mod:`kg.web.federation`; oversized queries), picks the result
format by content negotiation and hands the query to a worker process. The one exception is a
lookup by IRI whose work is bounded by its answer's size, which the server's own store answers
in the request's thread (:mod:`kg.web.lookup`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Request, Response, current_app, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header
from werkzeug.sansio.utils import get_current_url

from kg.query_text import query_facts
from kg.web.caching import query_validators
from kg.web.federation import federate
from kg.web.formats import FORMAT_PARAM, GRAPH_FORMATS, RESULT_FORMATS, media_type, offers
from kg.web.lookup import InlineLookups, bounded_lookup
from kg.web.protocol import ProtocolError, body_limit, read_query_request
from kg.web.remote import RemoteQueries
from kg.web.response_cache import ResponseCache, request_key
from kg.web.service_description import service_description_response
from kg.web.workers import PoolBusy, QueryJob, QueryTimeout

bp = Blueprint("sparql", __name__)

READ_HEADERS = {"Access-Control-Allow-Origin": "*", "Vary": "Accept",
                "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, "
                                                 "X-RateLimit-Limit, X-RateLimit-Remaining, "
                                                 "X-RateLimit-Reset"}
ERROR_HEADERS = {**READ_HEADERS, "X-Content-Type-Options": "nosniff"}


def error(status: int, message: str, **headers: str) -> Response:
    resp = Response(message.rstrip() + "\n", status=status,
                    content_type="text/plain; charset=utf-8")
    resp.headers.update(ERROR_HEADERS)
    resp.headers.update(headers)
    return resp


def accept_without_params() -> MIMEAccept:
    """The Accept header with media-type parameters dropped: Werkzeug matches parameters
    exactly, so ``text/turtle; charset=utf-8`` would otherwise match nothing."""
    return MIMEAccept([(v.split(";")[0].strip(), q) for v, q in request.accept_mimetypes])


@lru_cache(maxsize=64)
def _base_url(scheme: str, host: str, root_path: str, path: str) -> str:
    """``request.base_url``, memoised: Werkzeug rebuilds it (IRI conversion included, ~30 µs)
    on every access, and an endpoint sees the same few (scheme, host, path) all day."""
    return get_current_url(scheme, host, root_path, path)


@lru_cache(maxsize=256)
def _negotiate(form: str, format_param: str | None, accept: str) -> str | None:
    """The result format for a query form, ``format=`` value and Accept header: a pure
    function of the three, memoised because clients send the same few combinations and parsing
    and matching an Accept header costs ~0.1 ms per request (bench/results/http-load.md)."""
    table = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
    if format_param and format_param.lower() == "html":
        return "html"
    if format_param:
        name = FORMAT_PARAM.get(format_param.lower()) or FORMAT_PARAM.get(
            format_param.lower().split(";")[0].strip())
        if name is None:
            for mt, offered in offers(form):  # format=<media type> is common too
                if mt == format_param.lower():
                    name = offered
        if name is None:
            raise ProtocolError(400, f"unknown format {format_param!r}; use one of "
                                     f"{', '.join(table)}")
        if name not in table:
            raise ProtocolError(406, f"format {format_param!r} does not fit a {form} query; "
                                     f"use one of {', '.join(table)}")
        return name
    if not accept.strip():
        return next(iter(table))
    pairs = offers(form)
    parsed = parse_accept_header(accept, MIMEAccept)
    best = MIMEAccept([(v.split(";")[0].strip(), q) for v, q in parsed]).best_match(
        [mt for mt, _ in pairs])
    if best is None:
        return None
    return dict(pairs)[best]


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS"], provide_automatic_options=False)
def sparql() -> Response:
    # the request object itself, not Flask's context-local proxy: each attribute read through
    # the proxy looks the context up again (~1 µs), and a query request reads some twenty
    http: Request = request._get_current_object()  # type: ignore[attr-defined]
    if http.method == "OPTIONS":
        return _preflight()
    config = current_app.config
    cfg = config["KG_SETTINGS"]
    snapshots = config["KG_SNAPSHOTS"]
    base_url = _base_url(http.scheme, http.host, http.root_path, http.path)
    cache: ResponseCache | None = config["KG_QUERY_CACHE"]
    key = None
    if cache is not None:  # a repeated request of this store version: no parsing, no worker
        try:
            key = request_key(http, base_url, body_limit(cfg.max_query_bytes))
        except ProtocolError as exc:  # a body shorter than its Content-Length
            return error(exc.status, exc.message)
        hit = cache.get(snapshots.version, key) if key is not None else None
        if hit is not None:
            if hit.validators.not_modified(http):
                return hit.validators.response_304(READ_HEADERS)
            return hit.response()
    try:
        req = read_query_request(http, cfg.max_query_bytes)
        if req.query is None:
            return service_description_response()
        lookups: InlineLookups | None = config["KG_LOOKUPS"]
        lookup = bounded_lookup(req.query) if lookups is not None else None
        if lookup is not None:
            # a lookup by IRI: its shape has no room for SERVICE or FROM (kg.web.lookup)
            facts, query = lookup.facts, req.query
        else:
            facts = query_facts(req.query)  # one lexical pass for form, SERVICE and FROM
            # SERVICE → VALUES, or refused; the rewrite adds no FROM (VALUES hold terms only)
            query = federate(req.query, cfg, base_url, has_service=facts.service)
        form = facts.form or "SELECT"
        name = _negotiate(form, req.format, http.environ.get("HTTP_ACCEPT", ""))
        if name == "html" and form in ("CONSTRUCT", "DESCRIBE"):  # html: SELECT/ASK tables
            raise ProtocolError(406, "format=html shows SELECT and ASK results; use "
                                     "format=turtle for graphs")
        if name is None:
            acceptable = ", ".join(dict.fromkeys(mt for mt, _ in offers(form)))
            raise ProtocolError(406, f"none of the accepted media types can carry a {form} "
                                     f"result; acceptable: {acceptable}")
    except ProtocolError as exc:
        return error(exc.status, exc.message)
    pool = config["KG_POOL"]
    as_html = name == "html"
    version, published = snapshots.version, snapshots.created
    valid = query_validators(version, published, cfg.cache_max_age, query, name,
                             req.default_graphs, req.named_graphs, base_url)
    if valid.not_modified(http):  # the client's copy is of this store version: no query
        return valid.response_304(READ_HEADERS)
    read_headers = {**READ_HEADERS, **valid.headers()}
    # SERVICE answers come from elsewhere and change without our version: never kept
    keep = cache is not None and key is not None and not facts.service

    def keep_answer(body: bytes, content_type: str, of_version: int | None) -> None:
        """Store a complete answer, if it is of the version its validators name (a replica or
        engine that moved on meanwhile gives an answer of another version: not kept)."""
        current = snapshots.version if of_version is None else of_version
        if keep and current == version:
            cache.put(version, key, body, content_type,  # type: ignore[union-attr, arg-type]
                      tuple(read_headers.items()), valid)

    if lookup is not None and not as_html and req.default_graphs is None \
            and req.named_graphs is None:
        # a lookup by IRI: answered by the store here when it holds this version's data
        body = lookups.answer(query, lookup, name, base_url, version)  # type: ignore[union-attr]
        if body is not None:
            mt = _content_type(name)
            keep_answer(body, mt, version)
            return _answer(body, mt, read_headers)
    job = QueryJob(query, "json" if as_html else name, req.default_graphs,
                   req.named_graphs, base_iri=base_url, spill=not as_html,
                   from_clause=facts.from_clause)
    if not as_html and isinstance(pool, RemoteQueries):  # the engine's answer, streamed
        mt = _content_type(job.result_format)
        return pool.stream(job, error, read_headers,
                           keep=(lambda body: keep_answer(body, mt, None)) if keep else None,
                           keep_limit=cache.entry_bytes if cache is not None else 0)
    try:
        reply = pool.run(job)
    except QueryTimeout as exc:
        return error(503, str(exc))
    except PoolBusy as exc:
        return error(503, str(exc), **{"Retry-After": "1"})
    if reply.status != 200:
        return error(reply.status, reply.message)
    if as_html:
        from kg.web.pages import results_html

        resp = results_html(reply.body, req.query)
        resp.headers.update(read_headers)
        keep_answer(resp.get_data(), resp.content_type or "", reply.version)
        return resp
    mt = _content_type(reply.format_name)
    if reply.path is not None:  # a large result: streamed from the worker's file
        resp = Response(_stream_file(reply.path), status=200, content_type=mt)
        resp.headers["Content-Length"] = str(reply.path.stat().st_size)
        resp.headers.update(read_headers)
        return resp
    keep_answer(reply.body, mt, reply.version)
    return _answer(reply.body, mt, read_headers)


class _Answer(Response):
    """A complete 200 answer with its length: Werkzeug's ``get_wsgi_headers`` copies the
    headers (validating each again, ~10 µs for an answer's eight) to absolutise a Location or
    Content-Location and to drop lengths of 1xx/204/304 responses, and an answer has none of
    those, so the headers go out as they are (after-request hooks have added theirs by then)."""

    def get_wsgi_headers(self, environ):  # type: ignore[no-untyped-def]
        return self.headers


def _answer(body: bytes, content_type: str, read_headers: dict[str, str]) -> Response:
    # every header in one list, in the order the headers would be added one by one (Werkzeug
    # sets Content-Length in place): one Headers object built, not eight look-ups and appends
    return _Answer(body, status=200,
                   headers=[("Content-Type", content_type), ("Content-Length", str(len(body))),
                            *read_headers.items()])


def _content_type(format_name: str) -> str:
    """The Content-Type of a result format, with the charset of the textual ones."""
    mt = media_type(format_name)
    if mt.startswith("text/") or mt.endswith(("+xml", "+json", "json", "triples", "quads",
                                               "trig")):
        mt += "; charset=utf-8"
    return mt


def _stream_file(path: Path, chunk: int = 1 << 16) -> Iterator[bytes]:
    """The file in chunks, removed once sent or once the client goes away."""
    try:
        with path.open("rb") as fh:
            while block := fh.read(chunk):
                yield block
    finally:
        path.unlink(missing_ok=True)


def _preflight() -> Response:
    """CORS preflight: any origin may read; credentials are never allowed."""
    resp = Response(status=204)
    resp.headers.update({
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept, If-None-Match, "
                                        "If-Modified-Since",
        "Access-Control-Max-Age": "86400",
        "Allow": "GET, HEAD, POST, OPTIONS",
    })
    return resp
