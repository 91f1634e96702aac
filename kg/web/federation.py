"""SPARQL 1.1 Federated Query (``SERVICE``), evaluated here rather than by the engine.

pyoxigraph — and a remote store behind ``--store http(s)://`` — would fetch a SERVICE IRI with
an HTTP client we cannot control, so neither ever sees a SERVICE clause. With federation off
(``KG_SERVICE_ALLOW`` empty, the default) a query that has one is refused. With endpoints
allowed, each ``SERVICE [SILENT] <iri> { P }`` of the query text is, before the query is run:

1. found lexically (:mod:`kg.query_text`: outside strings, IRIs and comments, its braces
   matched the same way); ``SERVICE ?var``, a SERVICE inside a SERVICE, and more than
   ``KG_SERVICE_MAX_CALLS`` clauses are refused (400);
2. given its endpoint IRI as the engine itself reads it — the IRI or prefixed name is resolved
   by pyoxigraph against the query's own PREFIX and BASE declarations, the predeclared
   prefixes and the endpoint's URL as base (escapes included), on an empty in-memory store;
3. checked against the allow-list (400 when not allowed) and ``P`` checked for syntax (400);
4. sent to the endpoint as ``SELECT * WHERE { P }`` with the query's prologue, through the
   SSRF-safe client of :mod:`kg.web.egress` (the address rules are there);
5. replaced, in place, by ``VALUES (?v …) { (…) … }`` holding the endpoint's solutions.

Step 5 keeps the query's meaning: SPARQL evaluates a SERVICE pattern on its own at the endpoint
and joins its solutions in place (Federated Query §3.2), which is what inline data in the same
position does. Details:

* the endpoint's solutions keep their IRIs, literals with language tags (and base direction)
  and datatypes — numeric ones normalised as the engine normalises stored data (``"01"^^xsd:int``
  is ``1``, an ``xsd:integer``); variables the pattern does not mention are dropped;
* its blank nodes become Skolem IRIs, ``{this server}/.well-known/genid/{hash}`` (RDF 1.1 §3.5;
  VALUES cannot hold blank nodes): one per label within one answer, different between answers
  (the hash covers the endpoint, the clause's position and the label) and the same when the
  same query gets the same answer;
* SILENT: when the endpoint fails (unreachable, too slow, an error or a redirect, an answer too
  large or unreadable), the clause becomes ``VALUES () { () }``, the single empty solution
  that the standard prescribes; without SILENT the client gets **502** naming the endpoint and
  the failure. A refusal (not allowed, an address that is not public) is the request's fault
  and is **400** with or without SILENT;
* all SERVICE calls of one query share ``KG_QUERY_TIMEOUT``, each at most
  ``KG_SERVICE_TIMEOUT``, and their answers together are at most ``KG_SERVICE_MAX_BYTES`` (so
  the rewritten query stays of that order); it then has its own ``KG_QUERY_TIMEOUT``.

Every clause is checked before the first call is made, so a refused clause costs no request.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.config import Settings
from kg.query_text import blanked, has_keyword, keyword_pattern, query_form
from kg.rdf.namespaces import PREFIXES
from kg.store.remote import prologue
from kg.web.egress import (
    SPARQL_JSON,
    EgressFailed,
    EgressRefused,
    IPAddress,
    ip_literal,
    post_query,
)
from kg.web.protocol import ProtocolError

DISABLED = "SERVICE (federated query) is disabled on this endpoint"
#: the standard's answer of a failed SILENT service: one solution binding nothing
EMPTY_SOLUTION = "VALUES () { () }"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

_SKIP = re.compile(r"(?:[ \t\r\n]|#[^\r\n]*)*")  # white space and comments between tokens
_SILENT = re.compile(r"SILENT(?![\w:-])", re.IGNORECASE)
_IRIREF = re.compile(r'<(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>')
_VAR = re.compile(r"[?$]\w+")
#: a prefixed name: PN_PREFIX? ':' PN_LOCAL, loosely (the engine judges it in step 2), but
#: never holding a character that could end the BIND it is put into
_PNAME = re.compile(r"(?:[^\W\d_][\w.-]*)?:(?:[\w:.%-]|\\[_~.\-!$&'()*+,;=/?#@%])*")
_SERVICE = keyword_pattern("SERVICE")
_MENTIONED_VAR = re.compile(r"[?$](\w+)")
_LANG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_EMPTY_STORE: ox.Store | None = None  # for resolving IRIs and checking syntax: holds nothing


@dataclass(frozen=True)
class ServiceClause:
    """One ``SERVICE [SILENT] endpoint { pattern }`` of a query text."""

    start: int  # of the SERVICE keyword
    end: int  # just after the pattern's closing brace
    silent: bool
    endpoint: str  # the IRI or prefixed name as written
    pattern: str  # ``{ … }``, braces included
    line: int  # 1-based, for messages


class BadAnswer(Exception):
    """The endpoint's results cannot be written into the query."""


def federate(query: str, settings: Settings, base_iri: str,
             has_service: bool | None = None) -> str:
    """``query`` with every SERVICE clause replaced by its endpoint's solutions; the query
    itself when it has none. Raises ProtocolError (400 refused, 502 an endpoint failed).
    ``has_service``: the caller's own scan for the keyword (:func:`query_facts`), so the query
    is not scanned twice; None scans here."""
    if has_service is None:
        has_service = has_keyword(query, "SERVICE")
    if not has_service:
        return query
    if not settings.service_allow:
        raise ProtocolError(400, DISABLED)
    clauses = service_clauses(query)
    if len(clauses) > settings.service_max_calls:
        raise ProtocolError(400, f"the query has {len(clauses)} SERVICE clauses; this endpoint "
                                 f"calls at most {settings.service_max_calls} per query")
    head = query_prologue(query)
    if clauses[0].start < len(head):
        raise ProtocolError(400, "malformed query: SERVICE before the query form")
    planned = []
    for clause in clauses:  # every clause is judged before the first call
        iri = endpoint_iri(clause, head, base_iri)
        entry = allowed_entry(iri, settings.service_allow)
        if entry is None:
            raise ProtocolError(400, f"SERVICE <{iri}> (line {clause.line}): this endpoint "
                                     f"may not be called from here (not in the server's "
                                     f"allow-list)")
        _check_pattern(clause, head, base_iri)
        literal = ip_literal(urlsplit(entry).hostname)
        planned.append((clause, iri, frozenset([literal]) if literal else frozenset()))
    skolem = _skolem_base(base_iri)
    budget = _Budget(time.monotonic() + settings.query_timeout, settings.service_max_bytes)
    out: list[str] = []
    last = 0
    for index, (clause, iri, literals) in enumerate(planned):
        out += [query[last:clause.start], " ",
                _evaluate(clause, iri, literals, head, base_iri, settings, budget,
                          lambda label, i=index, e=iri: _skolem_iri(skolem, e, i, label)),
                " "]
        last = clause.end
    out.append(query[last:])
    rewritten = "".join(out)
    if has_keyword(rewritten, "SERVICE"):  # cannot happen: VALUES hold IRIs and literals only
        raise ProtocolError(400, DISABLED)
    return rewritten


def service_clauses(query: str) -> list[ServiceClause]:
    """The top-level SERVICE clauses of ``query``, in order (400 for what cannot be
    federated: a variable endpoint, SERVICE inside SERVICE, an unreadable clause)."""
    bare = blanked(query)
    clauses: list[ServiceClause] = []
    for m in _SERVICE.finditer(bare):
        line = query.count("\n", 0, m.start()) + 1
        if clauses and m.start() < clauses[-1].end:
            raise ProtocolError(400, f"SERVICE inside SERVICE (line {line}) is not supported "
                                     f"here; give the inner pattern its own SERVICE clause")
        pos = _SKIP.match(query, m.end()).end()
        silent = _SILENT.match(query, pos)
        if silent:
            pos = _SKIP.match(query, silent.end()).end()
        if _VAR.match(query, pos):
            raise ProtocolError(400, f"SERVICE with a variable endpoint (line {line}) is not "
                                     f"supported here; name the endpoint's IRI")
        token = _IRIREF.match(query, pos) or _PNAME.match(query, pos)
        if token is None or not token.group(0):
            raise ProtocolError(400, f"malformed query: SERVICE (line {line}) must be followed "
                                     f"by an endpoint IRI")
        pos = _SKIP.match(query, token.end()).end()
        if not query.startswith("{", pos):
            raise ProtocolError(400, f"malformed query: SERVICE (line {line}) needs a group "
                                     f"pattern {{ … }} after its endpoint")
        end = _matching_brace(bare, pos)
        if end is None:
            raise ProtocolError(400, f"malformed query: the SERVICE pattern of line {line} is "
                                     f"not closed")
        clauses.append(ServiceClause(m.start(), end, bool(silent), token.group(0),
                                     query[pos:end], line))
    return clauses


def _matching_brace(bare: str, start: int) -> int | None:
    """The position just after the ``}`` closing the ``{`` at ``start`` of the blanked text
    (braces inside strings, IRIs and comments were blanked, so they do not count)."""
    depth = 0
    for m in re.finditer(r"[{}]", bare[start:]):
        depth += 1 if m.group(0) == "{" else -1
        if depth == 0:
            return start + m.end()
    return None


def query_prologue(query: str) -> str:
    """The query's PREFIX and BASE declarations: its text before the query form keyword."""
    bare = blanked(query)
    form = query_form(query)
    if form is None:
        raise ProtocolError(400, "malformed query: no SELECT, CONSTRUCT, ASK or DESCRIBE")
    found = keyword_pattern(form).search(bare)
    return query[:found.start()] if found else ""


def _engine() -> ox.Store:
    global _EMPTY_STORE
    if _EMPTY_STORE is None:
        _EMPTY_STORE = ox.Store()
    return _EMPTY_STORE


def _run_locally(text: str, base_iri: str) -> ox.QuerySolutions:
    """``text`` on an empty in-memory store with the endpoint's prefixes and base. It never
    holds a SERVICE clause (checked again here: this must never fetch anything)."""
    if has_keyword(text, "SERVICE"):
        raise ProtocolError(400, DISABLED)
    result = _engine().query(text, prefixes=PREFIXES, base_iri=base_iri)
    assert isinstance(result, ox.QuerySolutions)
    return result


def endpoint_iri(clause: ServiceClause, head: str, base_iri: str) -> str:
    """The endpoint IRI of ``clause`` exactly as the engine reads it."""
    try:
        rows = list(_run_locally(f"{head}\nSELECT ?iri WHERE {{ BIND({clause.endpoint} AS "
                                 f"?iri) }}", base_iri))
    except (SyntaxError, ValueError) as exc:
        raise ProtocolError(400, f"malformed query: the endpoint of SERVICE (line "
                                 f"{clause.line}) or the prologue: {exc}") from None
    term = rows[0][0] if rows else None
    if not isinstance(term, ox.NamedNode):
        raise ProtocolError(400, f"malformed query: the endpoint of SERVICE (line "
                                 f"{clause.line}) is not an IRI")
    return term.value


def allowed_entry(iri: str, allow: tuple[str, ...]) -> str | None:
    """The allow-list entry that admits ``iri``: equal to it, or a prefix of it ending in
    ``/`` (so the whole scheme and authority are the entry's)."""
    for entry in allow:
        if iri == entry or (entry.endswith("/") and iri.startswith(entry)):
            return entry
    return None


def _check_pattern(clause: ServiceClause, head: str, base_iri: str) -> None:
    """A syntax error in the pattern is the query's, not the endpoint's failure (and SILENT
    must not hide it): the engine parses the pattern here; LIMIT 0 on an empty store, and the
    answer is never read."""
    try:
        _run_locally(f"{head}\nSELECT * WHERE {clause.pattern} LIMIT 0", base_iri)
    except (SyntaxError, ValueError) as exc:
        raise ProtocolError(400, f"malformed query: in the SERVICE pattern of line "
                                 f"{clause.line}: {exc}") from None


def remote_query(clause: ServiceClause, head: str, base_iri: str) -> str:
    """What the endpoint is sent: the pattern as a SELECT, with the predeclared prefixes, this
    endpoint's URL as base and the query's own prologue (which wins over both)."""
    return f"{prologue(base_iri)}{head}\nSELECT * WHERE {clause.pattern}"


@dataclass
class _Budget:
    """What the SERVICE calls of one query may still spend: time and answer bytes."""

    deadline: float  # time.monotonic() value
    bytes_left: int


def _evaluate(clause: ServiceClause, iri: str, literals: frozenset[IPAddress], head: str,
              base_iri: str, settings: Settings, budget: _Budget,
              skolem: Callable[[str], str]) -> str:
    """The clause's replacement: its solutions as VALUES, the empty solution when SILENT and
    failed; ProtocolError otherwise."""
    try:
        remaining = budget.deadline - time.monotonic()
        if remaining <= 0:
            raise EgressFailed(f"the query's SERVICE calls used up KG_QUERY_TIMEOUT "
                               f"({settings.query_timeout:g} s)")
        if budget.bytes_left <= 0:
            raise EgressFailed(f"the query's SERVICE answers used up KG_SERVICE_MAX_BYTES "
                               f"({settings.service_max_bytes:,} bytes)")
        answer = post_query(iri, remote_query(clause, head, base_iri), allowed_literals=literals,
                            timeout=min(settings.service_timeout, remaining),
                            max_bytes=budget.bytes_left)
        budget.bytes_left -= len(answer.body)
        fmt = ox.QueryResultsFormat.JSON if answer.media_type == SPARQL_JSON \
            else ox.QueryResultsFormat.XML
        try:
            results = ox.parse_query_results(answer.body, format=fmt)
        except (SyntaxError, ValueError) as exc:
            raise BadAnswer(f"its results are unreadable: {exc}") from None
        if not isinstance(results, ox.QuerySolutions):
            raise BadAnswer("it answered a boolean where solutions were asked for")
        return values_clause(results, _MENTIONED_VAR.findall(blanked(clause.pattern)),
                             skolem)
    except EgressRefused as exc:
        raise ProtocolError(400, f"SERVICE <{iri}> (line {clause.line}) refused: {exc}"
                            ) from None
    except (EgressFailed, BadAnswer) as exc:
        if clause.silent:
            return EMPTY_SOLUTION
        raise ProtocolError(502, f"SERVICE <{iri}> (line {clause.line}) failed: {exc}"
                            ) from None


def values_clause(results: ox.QuerySolutions, mentioned: list[str],
                  skolem: Callable[[str], str]) -> str:
    """``VALUES (?v …) { (…) … }`` of the solutions, restricted to the variables the
    pattern mentions; unbound values are UNDEF."""
    wanted = set(mentioned)
    variables = [v for v in results.variables if v.value in wanted]
    rows = []
    for solution in results:
        cells = [solution[v] for v in variables]
        rows.append("(" + " ".join("UNDEF" if t is None else term_text(t, skolem)
                                   for t in cells) + ")")
    names = " ".join(f"?{v.value}" for v in variables)
    return f"VALUES ({names}) {{ " + " ".join(rows) + " }"


def term_text(term: object, skolem: Callable[[str], str]) -> str:
    """An RDF term of the endpoint's answer in SPARQL syntax."""
    if isinstance(term, ox.NamedNode):
        return _iri_text(term.value)
    if isinstance(term, ox.BlankNode):
        return _iri_text(skolem(term.value))
    if isinstance(term, ox.Literal):
        text = '"' + _NEEDS_ESCAPE.sub(_escape, term.value) + '"'
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise BadAnswer(f"its results hold a malformed language tag "
                                f"{term.language[:40]!r}")
            direction = term.direction  # RDF 1.2 base direction: ltr or rtl
            return f"{text}@{term.language}" + (f"--{direction.value}" if direction else "")
        datatype = term.datatype.value
        return text if datatype == XSD_STRING else f"{text}^^{_iri_text(datatype)}"
    raise BadAnswer("its results hold a triple term, which cannot be joined here")


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def _iri_text(iri: str) -> str:
    if _NOT_IN_IRI.search(iri):
        raise BadAnswer(f"its results hold an IRI SPARQL cannot write: {iri[:80]!r}")
    return f"<{iri}>"


def _skolem_base(base_iri: str) -> str:
    """``{scheme}://{authority}/.well-known/genid/`` of this endpoint (RFC 5785 / RDF 1.1)."""
    parts = urlsplit(base_iri)
    return f"{parts.scheme}://{parts.netloc}/.well-known/genid/"


def _skolem_iri(base: str, endpoint: str, index: int, label: str) -> str:
    digest = hashlib.sha256(f"{endpoint}\n{index}\n{label}".encode()).hexdigest()[:32]
    return f"{base}{digest}"
