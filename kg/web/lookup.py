"""Lookups answered in the request thread: no worker round trip for a query that cannot run away.

Why: a lookup by IRI (``SELECT ?p ?o WHERE { <event> ?p ?o }``) costs the engine about a tenth
of a millisecond, but the hand-off to a query worker and back about a third of a millisecond
over HTTP (bench/README.md, "The miss path again"), so lookups, the commonest Linked Data query,
paid mostly for the hand-off. The workers exist for queries that can run for long (pyoxigraph
cannot cancel one; a process can be killed). A query of the shape below cannot run for long, so
the server's own store answers it in the thread that read the request.

The shape, recognised from the text alone (:func:`bounded_lookup`): an optional prologue of
``PREFIX`` declarations, then ``SELECT`` with ``*`` or one or two of the pattern's variables (no
``DISTINCT``/``REDUCED``, no expressions), one triple pattern whose subject is an IRI or a
prefixed name, whose predicate is an IRI, a prefixed name, ``a`` or a variable, and whose object
is a variable other than the predicate's, and nothing after it (no ``LIMIT``, whose pages would
otherwise come in two orders, this one's and a worker's). Every solution of such a query is one
stored triple of the subject, and every solution is written out: nothing filters, skips
(``OFFSET``), deduplicates or sorts. So the engine's work is proportional to the bytes it
writes, and the answer is abandoned (and the query sent to a worker like any other) once it
passes a byte cap. ``DESCRIBE`` of one IRI or prefixed name, with nothing after it, is bounded
the same way: Oxigraph writes every triple of the resource and of each blank node they reach,
each node once. Anything else, and any error (a prefix the query does not declare, a malformed
IRI), goes to a worker, which words the error as before.

Consistency: the workers answer from the snapshot of a store version, and the response's
validators (ETag, Last-Modified, the response cache's key) name that version, while the store
itself may be ahead of it (a write is committed before its snapshot is published). An answer
from the store is used only when the store is exactly the snapshot's data: the store's write
generation (:attr:`kg.store.embedded.EmbeddedStore.generation`, odd while a write runs) equals
the one the snapshot was taken at, before the query and after it. Otherwise the worker answers.
The order of rows may differ from a worker's (SPARQL leaves it undefined without ORDER BY; the
validators are weak ETags); a given store answers the same query in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.query_text import QueryFacts
from kg.rdf.namespaces import PREFIXES
from kg.web.formats import serialize_result
from kg.web.workers import CappedBuffer

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore

_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*+>"
_PN_PREFIX = r"(?:[A-Za-z][A-Za-z0-9_-]*+)?"  # no dots: a prefix never ends in one
_PNAME = rf"{_PN_PREFIX}:[A-Za-z0-9_][A-Za-z0-9_-]*+"  # no dots, escapes or %-encoding
_VARNAME = r"[A-Za-z_][A-Za-z0-9_]*+"
_WS = r"[ \t\r\n]"  # SPARQL's white space (not \f or \v, which \s would take)
_PROLOGUE = rf"(?:{_WS}*+PREFIX{_WS}++{_PN_PREFIX}:{_WS}*+{_IRI})*+{_WS}*+"
_LOOKUP = re.compile(
    rf"{_PROLOGUE}(?P<form>SELECT){_WS}++"
    # at most two projected variables: the engine's parse of a projection grows with the
    # square of its length (20,000 variables: 0.5 s, found in review), and a lookup needs two
    rf"(?:\*{_WS}*+|[?$](?P<v1>{_VARNAME}){_WS}*+(?:[?$](?P<v2>{_VARNAME}){_WS}*+)?)"
    rf"(?:WHERE{_WS}*+)?\{{{_WS}*+(?P<subject>{_IRI}|{_PNAME}){_WS}++"
    rf"(?P<pterm>[?$](?P<predicate>{_VARNAME})|{_IRI}|{_PNAME}|(?-i:a)){_WS}++"
    # no LIMIT either: pages (LIMIT, then LIMIT with OFFSET) all go to the workers, so every
    # page of a lookup is cut from the same order
    rf"[?$](?P<object>{_VARNAME}){_WS}*+\.?{_WS}*+\}}{_WS}*+",
    re.IGNORECASE | re.ASCII)
#: ``DESCRIBE <iri>``: Oxigraph writes every triple of the resource, and of each blank node
#: they reach (each node once), so here too every triple read is a triple written.
_DESCRIBE = re.compile(rf"{_PROLOGUE}(?P<form>DESCRIBE){_WS}++(?P<subject>{_IRI}|{_PNAME}){_WS}*+",
                       re.IGNORECASE | re.ASCII)
_DECLARED = re.compile(rf"PREFIX{_WS}++({_PN_PREFIX}):", re.IGNORECASE | re.ASCII)
#: An IRI without a scheme (a lookup has "<" nowhere else): resolved against the base IRI.
_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]*+:)", re.ASCII)


#: What :func:`kg.query_text.query_facts` finds in a bounded lookup, known from its shape.
LOOKUP_FACTS = {form: QueryFacts(form=form, service=False, from_clause=False)
                for form in ("SELECT", "DESCRIBE")}


@dataclass(frozen=True)
class Lookup:
    """A recognised lookup and what the engine needs to be told to read it as a worker
    would: the predeclared prefixes its names use and it does not declare itself, and whether
    it has a relative IRI to resolve against the endpoint's URL. (A worker passes every
    predeclared prefix whose name occurs in the text, ~10 µs of parsing for q01's six
    declared ones; the answers are the same.)"""

    prefixes: dict[str, str]
    relative: bool
    facts: QueryFacts  # what query_facts would find: its form, no SERVICE, no FROM


def bounded_lookup(query: str) -> Lookup | None:
    """The :class:`Lookup` if ``query`` has one of the shapes described above (every triple
    read is one written out), else None."""
    m = _LOOKUP.fullmatch(query) or _DESCRIBE.fullmatch(query)
    if m is None:
        return None
    pterm = None
    if m.re is _LOOKUP:
        predicate = m.group("predicate")  # its variable's name; None for a constant
        pattern_vars = {predicate, m.group("object")}
        if predicate == m.group("object") or not {m.group("v1"), m.group("v2")} <= {
                *pattern_vars, None}:
            return None  # a repeated variable, or a projected one the pattern does not bind
        pterm = m.group("pterm")
    declared = set(_DECLARED.findall(query, 0, m.start("form")))
    prefixes = {}
    for term in (m.group("subject"), pterm):
        if term is not None and term[0] not in "<?$" and term not in ("a", "A"):
            name = term.partition(":")[0]
            if name not in declared and name in PREFIXES:
                prefixes[name] = PREFIXES[name]
    return Lookup(prefixes, _RELATIVE_IRI.search(query) is not None,
                  LOOKUP_FACTS[m.group("form").upper()])


class InlineLookups:
    """Bounded lookups evaluated on the server's store, when it holds the published snapshot's
    data; :meth:`answer` returns the serialised answer, or None for "ask a worker"."""

    def __init__(self, store: EmbeddedStore, snapshots: object, max_bytes: int) -> None:
        self.store = store
        self.snapshots = snapshots  # kg.web.Snapshots: .synced = (version, store generation)
        self.max_bytes = max_bytes
        self.answered = 0  # for /health and the benchmarks

    def answer(self, query: str, lookup: Lookup, result_format: str, base_iri: str,
               version: int) -> bytes | None:
        """The answer to ``query`` (``lookup`` is what :func:`bounded_lookup` made of it) from
        the store if it holds store version ``version``'s data, in ``result_format`` (a
        RESULT_FORMATS or, for DESCRIBE, GRAPH_FORMATS name)."""
        store = self.store
        generation = store.generation
        if generation & 1 or self.snapshots.synced != (version, generation):  # type: ignore[attr-defined]
            return None  # a write is running, or its snapshot is not the one published yet
        out = CappedBuffer(self.max_bytes)  # in memory: past the cap, a worker answers
        try:
            result = store.query_options(query, prefixes=lookup.prefixes,
                                         base_iri=base_iri if lookup.relative else None,
                                         use_default_graph_as_union=True)
            serialize_result(result, result_format, out)
        except Exception:  # too large, malformed, an unknown prefix: a worker says
            return None
        if store.generation != generation:
            return None  # a write began meanwhile: the answer may hold some of it
        self.answered += 1
        return out.buf.getvalue()
