"""Reading a SPARQL 1.1 Protocol query request (https://www.w3.org/TR/sparql11-protocol/).

Three ways in — GET with ``query=``, POST form-encoded, POST ``application/sparql-query`` — and
one way out: the query text, the protocol dataset and the requested ``format=``, or a
ProtocolError whose status and message the endpoint returns as they are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from urllib.parse import parse_qsl

from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Request

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class QueryRequest:
    query: str | None  # None: no query at all (a bare GET: the service description)
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    format: str | None


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"the {what} is not valid UTF-8 (byte {exc.start})") from None


def _form(raw: bytes) -> MultiDict[str, str]:
    try:
        pairs = _percent_pairs(raw)
        if pairs is None:
            text = raw.decode("ascii")
            pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request parameters are not valid UTF-8") from None
    return MultiDict(pairs)


def _percent_pairs(raw: bytes) -> list[tuple[str, str]] | None:
    """``parse_qsl(raw, keep_blank_values=True, errors="strict")``, decoded by C codecs, or
    None when it cannot be (then parse_qsl decodes it).

    Why: a query is mostly %-escapes when form-encoded (q01: 74 in 537 bytes), and
    ``urllib.parse.unquote`` decodes them one by one in Python: ~16 µs of a ~260 µs lookup
    request, against ~3 µs here. Each escape ``%XX`` becomes the ``\\xXX`` escape of Python's
    documented ``unicode_escape`` codec, which yields the byte as a code point below 256;
    ``latin-1`` gives the bytes back and UTF-8 decodes them (strictly, as the endpoint asks of
    parse_qsl). That codec also reads other backslash escapes, so a body holding a backslash
    (never sent by a client that encodes its form, but possible) goes to parse_qsl, and so
    does any malformed escape ("%4G", a "%" at the end), which parse_qsl keeps as text while
    the codec raises. Pairs are split on "&" and "=" before decoding, as parse_qsl does;
    empty pairs are skipped and a name without "=" gets the empty value."""
    if b"\\" in raw or not raw.isascii():
        return None
    pairs = []
    try:
        for part in raw.split(b"&"):
            if part:
                name, _, value = part.partition(b"=")
                pairs.append((_unquote_plus(name), _unquote_plus(value)))
    except UnicodeDecodeError:
        if b"%" in raw:  # a malformed escape, or bytes that are no UTF-8: parse_qsl says which
            return None
        raise
    return pairs


def _unquote_plus(raw: bytes) -> str:
    if b"%" not in raw:
        return raw.replace(b"+", b" ").decode("ascii")
    return raw.replace(b"+", b" ").replace(b"%", b"\\x").decode("unicode_escape").encode(
        "latin-1").decode("utf-8")


def _one(params: MultiDict[str, str], name: str) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise ProtocolError(400, f"the request has {len(values)} '{name}' parameters; "
                                 f"send exactly one")
    return values[0] if values else None


def body_limit(max_query_bytes: int) -> int:
    """The largest body a query request needs: the query percent-encoded (up to three bytes
    per byte) plus room for the other parameters. The endpoint is public, so it must not read
    the uploads' much larger limit into memory for a parameter it will refuse anyway."""
    return max_query_bytes * 3 + 4096


#: where :func:`query_body` keeps the body it read, in the request's WSGI environ
BODY_KEY = "kg.query_body"


def query_body(request: Request, limit: int) -> bytes:
    """The body of a query request (at most ``limit`` bytes), read once per request: the
    response cache's key and the protocol parser both need it.

    A body of declared length within the limit is read from the server's input in one call and
    the input replaced by the same bytes, so anything reading it afterwards reads them again;
    Werkzeug's ``get_data`` wraps the input in a limiting stream read in 8 KiB pieces, ~20 µs
    for a 1 kB query against ~8 µs (bench/README.md). A short body (the client went away) is a
    400, as Werkzeug answers it. Without a declared length (chunked), or over the limit,
    ``get_data`` reads it under the request's ``max_content_length``."""
    environ = request.environ
    body: bytes | None = environ.get(BODY_KEY)
    if body is not None:
        return body
    declared = environ.get("CONTENT_LENGTH", "")
    if declared.isdigit() and int(declared) <= limit:
        length = int(declared)
        body = environ["wsgi.input"].read(length) if length else b""
        if len(body) != length:
            raise ProtocolError(400, f"the request body ended after {len(body):,} of its "
                                     f"{length:,} bytes")
        environ["wsgi.input"] = io.BytesIO(body)
    else:
        body = request.get_data(cache=True)
    environ[BODY_KEY] = body
    return body


def read_query_request(request: Request, max_query_bytes: int) -> QueryRequest:
    if request.method == "POST":
        limit = body_limit(max_query_bytes)
        if (request.content_length or 0) > limit:
            raise ProtocolError(413, f"the request body is longer than {limit:,} bytes")
        request.max_content_length = limit  # type: ignore[misc]  # a chunked body: cut off there
    # a POST usually has no URL parameters: skip parsing an empty string
    url_params = _form(request.query_string) if request.query_string else MultiDict()
    if request.method in ("GET", "HEAD"):
        params = url_params
        query = _one(params, "query")
    elif request.method == "POST":
        mimetype = request.mimetype
        if mimetype == FORM:
            params = _form(query_body(request, limit))
            if "query" in url_params:
                raise ProtocolError(400, "the query is given both in the URL and in the body")
            query = _one(params, "query")
            for name in ("default-graph-uri", "named-graph-uri"):  # may also be in the URL
                for value in url_params.getlist(name):
                    params.add(name, value)
            if query is None and "update" in params:
                raise ProtocolError(400, "this is the query endpoint; send updates to /update")
            if query is None:
                raise ProtocolError(400, "the form-encoded body has no 'query' parameter")
        elif mimetype == DIRECT:
            params = url_params
            if "query" in params:
                raise ProtocolError(400, "a direct POST carries the query in the body, "
                                         "not in a 'query' URL parameter")
            query = _decode(query_body(request, limit), "query")
        else:
            raise ProtocolError(415, f"POST a query as {FORM} or {DIRECT}, not "
                                     f"{mimetype or 'an unlabelled body'}")
    else:
        raise ProtocolError(405, f"{request.method} is not allowed here")
    if query is None and "update" in params:
        raise ProtocolError(400, "this is the query endpoint; send updates to /update")
    if query is not None and len(query.encode("utf-8")) > max_query_bytes:
        raise ProtocolError(413, f"the query is longer than {max_query_bytes:,} bytes")
    defaults = tuple(params.getlist("default-graph-uri")) or None
    named = tuple(params.getlist("named-graph-uri")) or None
    return QueryRequest(query, defaults, named, _one(params, "format"))
