"""A remote SPARQL 1.1 store as the backend: the same Store protocol over HTTP.

Reads go through the SPARQL 1.1 Protocol (results parsed by pyoxigraph, so callers get the same
objects as from the embedded store); writes are the very SPARQL Update texts the embedded store
runs (:mod:`kg.store.updates`), each article in **one** update request — atomic on engines that
apply a request in one transaction, as Oxigraph server does (docs/deploy.md says what each
engine guarantees). A Graph Store Protocol PUT would not do: an article write also merges entity
descriptions into the shared entities graph, and Oxigraph server's PUT clears and loads in two
steps. The Graph Store Protocol is used where it is the standard way: reading one graph, the
whole dataset (dumps; SPARQL SELECT on engines that have no whole-dataset GET), and loading
files.

What the engine must provide for user queries to behave as on the embedded store: a default graph
that is the union of the graphs whenever the query names no dataset of its own (no ``FROM`` /
``FROM NAMED``, no protocol ``default-graph-uri`` / ``named-graph-uri``), and the query's own
dataset otherwise (SPARQL 1.1 Query §13.2). Two ways are known (``KG_STORE_UNION``):

* ``native`` — the engine's default graph is the union (Fuseki's ``unionDefaultGraph``, GraphDB,
  Virtuoso, QLever, Neptune, ``oxigraph serve --union-default-graph``); queries go unchanged.
* ``parameter`` — Oxigraph server started *without* ``--union-default-graph``: its default graph
  is the real default graph, and a query sent with its ``union-default-graph`` request parameter
  is evaluated on the union. We send that parameter only with queries that name no dataset, so
  ``FROM``, protocol datasets and updates' ``USING`` keep their standard meaning (with the
  server option, Oxigraph puts the union in place of a query's ``FROM`` and refuses ``USING``).

``auto`` (the default) tells them apart on the first stored triple found in a named graph: seen
without the parameter means ``native``, seen only with it ``parameter``, neither is refused with
the fix. Our own queries (lookups, statistics, dumps) name their graphs with ``GRAPH`` and never
need the union, as on the embedded store, where they run without it too; so do updates, which
the embedded store also evaluates on the real default graph.
"""

from __future__ import annotations

import gzip
import re
import uuid
from collections.abc import Callable, Iterator, Sequence, Set
from itertools import islice
from pathlib import Path
from typing import IO

import pyoxigraph as ox
import requests
from rdflib import Graph

from kg.config import Settings
from kg.errors import InputError, StoreError
from kg.query_text import has_keyword
from kg.rdf.iris import Minter
from kg.rdf.mapping import ArticleRdf
from kg.rdf.namespaces import CKG, ONTOLOGY_IRI, PREFIXES, SCHEMA
from kg.store import batch
from kg.store.base import DUMP_FORMATS, StoreStats
from kg.store.embedded import rdf_format_for
from kg.store.engine import (
    Endpoints,
    EngineClient,
    EngineFailed,
    EngineRefused,
    engine_message,
)
from kg.store.tsv_quads import TsvQuads
from kg.store.updates import (
    article_hashes_query,
    article_sha256_query,
    article_source_query,
    drop_graph_update,
    ontology_update,
    parse_graph_body,
    replace_article_update,
    write_graph_update,
)

SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
TSV = "text/tab-separated-values"
#: pyoxigraph RDF format → media type (Graph Store Protocol bodies and Accept headers)
MEDIA_TYPES: dict[ox.RdfFormat, str] = {
    ox.RdfFormat.N_QUADS: N_QUADS, ox.RdfFormat.TRIG: "application/trig",
    ox.RdfFormat.TURTLE: "text/turtle", ox.RdfFormat.N_TRIPLES: N_TRIPLES,
    ox.RdfFormat.JSON_LD: "application/ld+json", ox.RdfFormat.RDF_XML: "application/rdf+xml",
    ox.RdfFormat.N3: "text/n3",
}
_QUAD_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, ox.RdfFormat.JSON_LD)
_CHUNK = 1 << 16
#: Oxigraph server's request parameter for "this query's default graph is the union of all
#: graphs" (cli/src/main.rs of oxigraph; refused together with a protocol dataset)
UNION_PARAMETER = "union-default-graph"
#: answers to the whole-dataset Graph Store GET that mean "not offered here" (bad request, no
#: such resource, method or media type, not implemented): with KG_STORE_DUMP=auto the dumps then
#: read the dataset with SPARQL SELECT instead
NO_DATASET_GET = frozenset({400, 404, 405, 406, 415, 501})
#: the named graphs' quads, each once whatever the engine's default graph is (the default graph
#: proper is read with the Graph Store Protocol: :meth:`RemoteStore._select_nquads`)
DUMP_SELECT = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
#: its order when it is read a page at a time (KG_STORE_DUMP_PAGE)
DUMP_ORDER = " ORDER BY ?g ?s ?p ?o"


def prologue(base_iri: str | None = None) -> str:
    """PREFIX (and BASE) declarations put before a user's query or update text, so the remote
    engine sees the prefixes the embedded store predeclares (a later declaration in the text
    itself still wins)."""
    decls = [f"BASE <{base_iri}>"] if base_iri else []
    decls += [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()]
    return " ".join(decls) + "\n"  # one line: positions in engine messages shift by one line


def unshift_positions(message: str) -> str:
    """Engine messages locate errors as ``at LINE:COLUMN`` in the text it got, whose first line
    is our prologue: give the position in the user's own text."""
    return re.sub(r"\bat (\d+):(\d+)",
                  lambda m: f"at {max(1, int(m[1]) - 1)}:{m[2]}", message)


class RemoteTriples:
    """A CONSTRUCT/DESCRIBE answer from the engine: iterable Triples that serialise like
    pyoxigraph's own QueryTriples (what ``kg query`` and the web layer call)."""

    def __init__(self, triples: list[ox.Triple]) -> None:
        self._triples = triples

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self._triples)

    def serialize(self, output: IO[bytes] | None = None,
                  format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes | None:
        return ox.serialize(self._triples, output, format)


class RemoteStore:
    """The Store protocol against a SPARQL 1.1 engine (Query, Update, Graph Store Protocol)."""

    remote = True

    def __init__(self, location: str, *, base_iri: str, settings: Settings) -> None:
        self.location = location
        self.minter = Minter(base_iri)
        self.entities_graph = str(self.minter.entities_graph())
        self.graph_prefix = f"{base_iri}id/graph/"
        self.endpoints = Endpoints.from_settings(location, settings)
        self.engine = EngineClient(self.endpoints, settings)
        #: "native" or "parameter" (module docstring); None while "auto" has not decided
        self.union_mode: str | None = None if settings.store_union == "auto" \
            else settings.store_union
        self._union_checked = False
        #: how dumps read the dataset: "gsp" or "select", or "auto" until the first dump has
        #: found out (then one of the two for the rest of the process)
        self.dump_mode = settings.store_dump
        self.dump_page = max(0, settings.store_dump_page)

    # -- protocol helpers -----------------------------------------------------------------------
    def _query_response(self, sparql: str, accept: str, *, stream: bool = False,
                        what: str = "query", timeout: float | None = None,
                        extra: Sequence[tuple[str, str]] = ()) -> requests.Response:
        """POST a query (form-encoded: no URL length limit) and return the engine's answer;
        ``extra`` are further protocol parameters (dataset, union)."""
        data: list[tuple[str, str]] = [("query", sparql), *extra]
        return self.engine.send("POST", self.endpoints.query, idempotent=True, what=what,
                                data=data, headers={"Accept": accept}, stream=stream,
                                timeout=timeout)

    def _select(self, sparql: str, what: str = "query") -> list[ox.QuerySolution]:
        resp = self._query_response(sparql, SPARQL_JSON, what=what)
        return list(_parse_results(resp.content, what))

    def _ask(self, sparql: str, what: str = "query",
             extra: Sequence[tuple[str, str]] = ()) -> bool:
        resp = self._query_response(sparql, SPARQL_JSON, what=what, extra=extra)
        return bool(_parse_results(resp.content, what))

    def _construct(self, sparql: str, what: str = "query") -> list[ox.Triple]:
        resp = self._query_response(sparql, N_TRIPLES, what=what)
        try:
            return list(ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as exc:
            raise StoreError(f"the SPARQL store answered the {what} with unreadable "
                             f"N-Triples: {exc}") from None

    def _count(self, where: str) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", "count")
        return int(rows[0]["n"].value)

    def _update(self, text: str, what: str, *, idempotent: bool) -> None:
        self.engine.send("POST", self.endpoints.update, idempotent=idempotent, what=what,
                         data=text.encode("utf-8"),
                         headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _gsp_params(self, graph: str | None) -> dict[str, str]:
        return {"default": ""} if graph is None else {"graph": graph}

    # -- articles -----------------------------------------------------------------------------
    def article_sha256(self, graph_iri: str) -> str | None:
        rows = self._select(article_sha256_query(graph_iri), "facts-hash lookup")
        return rows[0]["h"].value if rows else None

    def article_source_sha256(self, graph_iri: str) -> str | None:
        rows = self._select(article_source_query(graph_iri), "source-hash lookup")
        return rows[0]["h"].value if rows else None

    def replace_article(self, rdf: ArticleRdf) -> bool:
        if self.article_sha256(str(rdf.graph_iri)) == rdf.facts_sha256:
            return False
        # idempotent: the same request twice leaves the same graphs, so a lost answer is retried
        self._update(replace_article_update(rdf), f"write of article {rdf.article_iri}",
                     idempotent=True)
        return True

    def replace_articles(self, rdfs: Sequence[ArticleRdf]) -> list[bool | str]:
        """Several articles in one update request over the pooled keep-alive session (one
        transaction on Oxigraph server); a refused request is split down to the article the
        engine cannot take (:mod:`kg.store.batch`)."""
        return batch.replace_articles(rdfs, self._stored_hashes, self._send_articles,
                                      _refusal)

    def _stored_hashes(self, graphs: Sequence[str]) -> dict[str, str]:
        return {row["g"].value: row["h"].value
                for row in self._select(article_hashes_query(graphs), "facts-hash lookup")}

    def _send_articles(self, update: str, count: int) -> None:
        # idempotent: the same request twice leaves the same graphs, so a lost answer is retried
        self._update(update, f"write of {count} article{'s' if count != 1 else ''}",
                     idempotent=True)

    def ensure_ontology(self, statements: Set[str]) -> bool:
        wanted = set(statements)
        have = {f"{t.subject} {t.predicate} {t.object}" for t in self._construct(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?p ?o }} }}",
            "ontology read")}
        if wanted == have:
            return False
        self._update(ontology_update(wanted), "ontology write", idempotent=True)
        return True

    def article_graphs(self) -> Iterator[str]:
        rows = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(STRSTARTS(STR(?g), \"{self.graph_prefix}\")) }}", "graph listing")
        yield from sorted(row["g"].value for row in rows)

    def article_validation_graph(self, graph_iri: str) -> Graph:
        triples = self._construct(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ "
            f"{{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} UNION "
            f"{{ GRAPH <{graph_iri}> {{ ?a a <{CKG.Article}> ; <{SCHEMA.mentions}> ?s }} "
            f"GRAPH <{self.entities_graph}> {{ ?s ?p ?o }} }} }}", "article read")
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return Graph().parse(data=data, format="nt")

    # -- whole dataset ------------------------------------------------------------------------
    def open_dump(self, fmt: str) -> Callable[[IO[bytes]], None]:
        """The engine has no snapshot to hold: the dump is asked for when it is written."""
        if fmt not in DUMP_FORMATS:
            raise InputError(f"unknown dump format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}")
        return lambda output: self.dump(output, fmt)

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """The dataset as the engine streams it from a Graph Store Protocol GET of the whole
        dataset as N-Quads: copied through as it arrives, or re-serialised for TriG and JSON-LD;
        the triple formats are the union of its graphs, each triple once (:mod:`kg.rdf.union`),
        read from that N-Quads answer as it is written to a temporary file.

        Why not one CONSTRUCT of the union, as before: Oxigraph's (server or library) only
        deduplicates within a window of about a million triples and never triples with blank
        nodes, so a triple held by two graphs was written twice (issue #6); on an engine whose
        default graph is the union, both halves of the UNION found every triple, and past that
        window every triple was written twice; other engines give no promise at all. The
        N-Quads answer is what the N-Quads dump already used.

        An engine without that GET (Virtuoso, GraphDB, Neptune: it answers one of
        :data:`NO_DATASET_GET`, or ``KG_STORE_DUMP=select``) is read with SPARQL SELECT instead
        (:meth:`_select_nquads`), into the same N-Quads; only slower."""
        if fmt not in DUMP_FORMATS:
            raise InputError(f"unknown dump format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}")
        attr, _suffix, quads = DUMP_FORMATS[fmt]
        rdf_format = getattr(ox.RdfFormat, attr)
        try:
            if not quads:
                from kg.rdf.union import QuadsFile  # numpy: not imported by every kg command

                # full IRIs, no prefixes: as the embedded store's triple dumps
                QuadsFile(self._nquads_to).write_union(output, rdf_format)
                return
            prefixes = PREFIXES if rdf_format == ox.RdfFormat.TRIG else None
            resp = self._dataset_get()
            if resp is None:
                # parsed and written again in N-Quads too: what the rows became is checked
                ox.serialize(ox.parse(_Blocks(self._select_nquads()),
                                      format=ox.RdfFormat.N_QUADS),
                             output, rdf_format, prefixes=prefixes)
                return
            with resp:
                try:
                    if rdf_format == ox.RdfFormat.N_QUADS:
                        for block in resp.iter_content(_CHUNK):
                            output.write(block)
                        return
                    resp.raw.decode_content = True
                    ox.serialize(ox.parse(resp.raw, format=ox.RdfFormat.N_QUADS), output,
                                 rdf_format, prefixes=prefixes)
                except requests.RequestException as exc:
                    raise StoreError(f"the dump from {resp.url} broke off: {exc}") from None
        except SyntaxError as exc:
            raise StoreError(f"the SPARQL store at {self.location} sent the dataset as "
                             f"unreadable RDF: {exc}") from None

    def _nquads_to(self, path: str) -> None:
        """The engine's N-Quads of the whole dataset to the file ``path``."""
        with open(path, "wb") as fh:
            resp = self._dataset_get()
            if resp is None:
                for block in self._select_nquads():
                    fh.write(block)
                return
            with resp:
                try:
                    for block in resp.iter_content(_CHUNK):
                        fh.write(block)
                except requests.RequestException as exc:
                    raise StoreError(f"the dump from {resp.url} broke off: {exc}") from None

    def _dataset_get(self) -> requests.Response | None:
        """The streamed answer to the whole-dataset Graph Store GET in N-Quads, or None when the
        dataset is to be read with SELECT: ``KG_STORE_DUMP=select``, or ``auto`` and the engine
        has no such GET (it answers one of :data:`NO_DATASET_GET`, or in another media type).
        What ``auto`` finds is kept for the rest of the process, as ``KG_STORE_UNION=auto``
        does: one probe, not one per dump."""
        if self.dump_mode == "select":
            return None
        try:
            resp = self.engine.send("GET", self.endpoints.gsp, idempotent=True, what="dump",
                                    headers={"Accept": N_QUADS}, stream=True)
        except (EngineFailed, EngineRefused) as exc:
            if self.dump_mode == "auto" and exc.status in NO_DATASET_GET:
                self.dump_mode = "select"
                return None
            raise
        media = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if self.dump_mode == "auto" and media and media != N_QUADS:
            resp.close()
            self.dump_mode = "select"
            return None
        _check_media(resp, N_QUADS, "dump")
        self.dump_mode = "gsp"
        return resp

    def _select_nquads(self) -> Iterator[bytes]:
        """The dataset as N-Quads without the whole-dataset GET, in blocks: the default graph
        proper from the Graph Store Protocol GET of ``?default`` (as ``kg stats`` reads it),
        then every named graph's quads from ``SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o
        } }`` in SPARQL TSV results (:mod:`kg.store.tsv_quads`).

        Why the two halves: a query's default graph is the union of all graphs on most engines
        (``KG_STORE_UNION=native``) and the real one on a plain Oxigraph server, so
        ``{ ?s ?p ?o }`` would read every triple a second time on the first kind; ``GRAPH ?g``
        means the named graphs everywhere, and the one-graph GET the real default graph (whose
        blank nodes are given labels of their own: they come from another document, whose
        labels need not mean the same nodes).

        One SELECT, not pages: one result is one consistent read on engines that have
        snapshots, its blank-node labels are one node each, and ``LIMIT``/``OFFSET`` pages
        need an ``ORDER BY`` of the whole dataset per page. ``KG_STORE_DUMP_PAGE=N`` reads it N
        rows at a time, for engines that cap a result's size (Virtuoso: ``ResultSetMaxRows``,
        and at most 1,048,576 rows over HTTP). A cap is not always announced, so the rows are
        counted against a ``COUNT`` made first: fewer is an error, never a short dump."""
        expected = self._count("GRAPH ?g { ?s ?p ?o }")
        yield from self._default_graph_nquads()
        rows, offset, page = 0, 0, self.dump_page
        while True:
            query = DUMP_SELECT + (f"{DUMP_ORDER} LIMIT {page} OFFSET {offset}" if page else "")
            resp = self._query_response(query, TSV, stream=True, what="dump")
            with resp:
                _check_media(resp, TSV, "dump")
                quads = TsvQuads(resp.iter_content(_CHUNK))
                try:
                    yield from quads
                except requests.RequestException as exc:
                    raise StoreError(f"the dump from {resp.url} broke off: {exc}") from None
            rows += quads.rows
            if not page or quads.rows < page:
                break
            offset += page
        if rows < expected:
            raise StoreError(
                f"the SPARQL store at {self.location} answered the dump's SELECT with {rows:,} "
                f"rows of the {expected:,} quads it counts in its named graphs: it caps the "
                f"size of a result (Virtuoso: ResultSetMaxRows), or the data changed during "
                f"the dump; raise the cap, or set KG_STORE_DUMP_PAGE to at most the cap "
                f"(docs/deploy.md), or dump again")

    def _default_graph_nquads(self) -> Iterator[bytes]:
        """The default graph proper (one-graph Graph Store GET) as N-Quads lines, its blank
        nodes relabelled apart from those of the SELECT's result."""
        resp = self.engine.send("GET", self.endpoints.gsp, idempotent=True, what="dump",
                                params={"default": ""}, headers={"Accept": N_TRIPLES},
                                stream=True)
        with resp:
            _check_media(resp, N_TRIPLES, "dump")
            resp.raw.decode_content = True
            prefix = f"kgdefault{uuid.uuid4().hex}"
            triples = map(lambda t: _relabelled(t, prefix),
                          ox.parse(resp.raw, format=ox.RdfFormat.N_TRIPLES))
            try:
                while batch := list(islice(triples, 10_000)):
                    yield ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
            except requests.RequestException as exc:
                raise StoreError(f"the dump from {resp.url} broke off: {exc}") from None

    def load(self, path: Path, fmt: str | None = None, *, bulk: bool = False) -> None:
        """Check the file parses completely (so a bad file loads nothing, as on the embedded
        store), then stream it to the Graph Store Protocol: quad formats to the dataset, triple
        formats to the default graph. One POST is one transaction on Oxigraph server; ``bulk``
        changes nothing here (docs/deploy.md: engines' own bulk loaders)."""
        rdf_format = rdf_format_for(path, fmt)
        is_gz = path.suffix.lower() == ".gz"
        opener = gzip.open if is_gz else open
        try:
            with opener(path, "rb") as fh:
                for _ in ox.parse(fh, format=rdf_format, base_iri=path.resolve().as_uri()):
                    pass
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid {rdf_format.name}: {exc}; nothing was loaded"
                             ) from None
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot load: {exc}") from None
        params = {} if rdf_format in _QUAD_FORMATS else {"default": ""}
        with opener(path, "rb") as fh:
            self.engine.send("POST", self.endpoints.gsp, idempotent=False,
                             what=f"load of {path.name}", params=params, data=fh,
                             headers={"Content-Type": MEDIA_TYPES[rdf_format]},
                             timeout=max(self.engine.timeout, 3600.0))

    def stats(self) -> StoreStats:
        ent = self.entities_graph
        links = sorted(row["w"].value for row in self._select(
            f"SELECT DISTINCT ?w WHERE {{ GRAPH <{ent}> {{ ?x <{CKG.wikidata}> ?w }} }}",
            "statistics"))

        def distinct(where: str) -> int:
            return self._count(f"SELECT DISTINCT ?x WHERE {{ {where} }}")

        return StoreStats(
            triples=self._count("GRAPH ?g { ?s ?p ?o }") + self._default_graph_size(),
            graphs=self._count("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"),
            articles=distinct(f"GRAPH ?g {{ ?x a <{CKG.Article}> }}"),
            events=distinct(f"GRAPH ?g {{ ?x a <{CKG.Event}> }}"),
            casualty_reports=distinct(f"GRAPH ?g {{ ?x a <{CKG.CasualtyReport}> }}"),
            entities=distinct(f"GRAPH <{ent}> {{ {{ ?x a <{CKG.Actor}> }} UNION "
                              f"{{ ?x a <{CKG.Place}> }} }}"),
            linked_entities=distinct(f"GRAPH <{ent}> {{ ?x <{CKG.wikidata}> ?w }}"),
            wikidata_links=tuple(links),
        )

    def _default_graph_size(self) -> int:
        """Triples in the default graph proper, which a union default graph hides from SPARQL:
        counted from a Graph Store Protocol GET (streamed; empty in this project's layout)."""
        resp = self.engine.send("GET", self.endpoints.gsp, idempotent=True, what="statistics",
                                params={"default": ""}, headers={"Accept": N_TRIPLES},
                                stream=True)
        with resp:
            resp.raw.decode_content = True
            try:
                return sum(1 for _ in ox.parse(resp.raw, format=ox.RdfFormat.N_TRIPLES))
            except SyntaxError as exc:
                raise StoreError(f"the default graph from {resp.url} is unreadable: {exc}"
                                 ) from None

    def query(self, sparql: str):  # type: ignore[no-untyped-def]
        """Run SPARQL on the engine with the predeclared prefixes; returns pyoxigraph result
        objects (QuerySolutions / QueryBoolean) or RemoteTriples, like the embedded store."""
        self.check_union_default_graph()
        try:
            resp = self._query_response(prologue() + sparql,
                                        f"{SPARQL_JSON}, {N_TRIPLES};q=0.9", what="query",
                                        extra=self.union_params(has_keyword(sparql, "FROM")))
        except EngineRefused as exc:
            raise InputError(f"malformed SPARQL: {unshift_positions(exc.engine_message)}"
                             ) from None
        media = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media == N_TRIPLES:
            return RemoteTriples(list(ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES)))
        return _parse_results(resp.content, "query")

    def union_params(self, own_dataset: bool) -> list[tuple[str, str]]:
        """The request parameters that make a user query's default graph the union of the
        graphs: Oxigraph's ``union-default-graph`` in ``parameter`` mode, unless the query names
        its own dataset (FROM / FROM NAMED, or a protocol dataset), whose meaning the standard
        fixes and the parameter would replace."""
        if own_dataset or self.union_mode != "parameter":
            return []
        return [(UNION_PARAMETER, "")]

    def check_union_default_graph(self) -> None:
        """Find out (``auto``) or confirm (``native``, ``parameter``) how user queries get the
        union of the graphs as their default graph, and refuse to answer them when they cannot:
        every query without GRAPH would silently find nothing.

        The test needs a stored triple in a named graph; while there is none, every way gives
        the same (empty) answers, so nothing is decided and the next query asks again."""
        if self._union_checked:
            return
        rows = self._select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                            "FILTER(!isBlank(?s) && !isBlank(?o)) } LIMIT 1", "setup check")
        if not rows:
            return
        s, p, o = rows[0]["s"], rows[0]["p"], rows[0]["o"]
        probe = f"ASK {{ {s} {p} {o} }}"
        wanted = self.union_mode
        if wanted in (None, "native") and self._ask(probe, "setup check"):
            found = "native"
        elif wanted in (None, "parameter") and self._ask(
                probe, "setup check", extra=[(UNION_PARAMETER, "")]):
            found = "parameter"
        else:
            raise StoreError(self._no_union_message(wanted))
        self.union_mode = found
        self._union_checked = True

    def _no_union_message(self, wanted: str | None) -> str:
        why = {
            None: "neither uses the union of its named graphs as the default graph nor takes "
                  f"Oxigraph server's {UNION_PARAMETER} parameter",
            "native": "does not use the union of its named graphs as the default graph "
                      "(KG_STORE_UNION=native)",
            "parameter": f"ignores Oxigraph server's {UNION_PARAMETER} parameter "
                         f"(KG_STORE_UNION=parameter)",
        }[wanted]
        return (f"the SPARQL store at {self.location} {why}, so queries without GRAPH would "
                f"find nothing; make the union the engine's default graph (docs/deploy.md, per "
                f"engine) and set KG_STORE_UNION=native, or, for Oxigraph server, leave "
                f"KG_STORE_UNION=auto")

    # -- raw graph access (SPARQL Update, Graph Store Protocol) ----------------------------------
    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Send a SPARQL Update in one request (one transaction on Oxigraph server).

        Oxigraph server answers an update that fails while running (e.g. CLEAR of a missing
        graph) with HTTP 500; like the embedded store's evaluation errors it is reported as the
        update's fault, with the engine's message."""
        try:
            self._update(prologue(base_iri) + sparql, "update", idempotent=False)
        except EngineRefused as exc:
            raise InputError(f"malformed SPARQL Update or refused by the store: "
                             f"{unshift_positions(exc.engine_message)}") from None
        except EngineFailed as exc:
            if exc.status == 500:
                raise InputError(f"the update failed: {exc.engine_message}") from None
            raise

    def graph_exists(self, graph: str | None) -> bool:
        """True for a named graph the engine knows (Graph Store Protocol HEAD: empty graphs
        count too); the default graph always."""
        if graph is None:
            return True
        try:
            self.engine.send("HEAD", self.endpoints.gsp, idempotent=True, what="graph lookup",
                             params={"graph": graph})
        except EngineFailed as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def graph_bytes(self, graph: str | None, fmt: ox.RdfFormat) -> bytes:
        """One graph from a Graph Store Protocol GET, re-serialised here so that prefixes and
        layout match the embedded store's."""
        resp = self.engine.send("GET", self.endpoints.gsp, idempotent=True, what="graph read",
                                params=self._gsp_params(graph), headers={"Accept": N_TRIPLES})
        _check_media(resp, N_TRIPLES, "graph read")
        triples = ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(triples, format=fmt, prefixes=prefixes)

    def write_graph(self, graph: str | None, data: bytes, fmt: ox.RdfFormat, *,
                    replace: bool) -> None:
        """Replace (PUT) or merge into (POST) a graph in one update request; the body is parsed
        here first, so malformed RDF changes nothing."""
        try:
            triples = parse_graph_body(data, fmt, graph)
        except SyntaxError as exc:
            raise InputError(f"the request body is not valid {fmt.name}: {exc}") from None
        update = write_graph_update(graph, triples, replace=replace)
        if update:
            self._update(update, "graph write", idempotent=False)

    def drop_graph(self, graph: str | None) -> None:
        self._update(drop_graph_update(graph), "graph removal", idempotent=True)

    def reachable(self) -> tuple[bool, str]:
        """Whether the engine answers a trivial query now (for /health), and why not."""
        try:
            self._ask("ASK { }", "health check")
        except (StoreError, InputError) as exc:
            return False, str(exc)
        return True, ""

    def close(self) -> None:
        self.engine.close()


def _refusal(exc: Exception) -> str | None:
    """The engine refusing a write request (4xx, or Oxigraph's 500 for an update failing
    while it runs) is the request's fault: its reason. Anything else (unreachable, timeouts,
    credentials, other 5xx) is the store's problem: None."""
    if isinstance(exc, EngineRefused):
        return f"the store refused the write (HTTP {exc.status}): {exc.engine_message}"
    if isinstance(exc, EngineFailed) and exc.status == 500:
        return f"the store failed on the write (HTTP 500): {exc.engine_message}"
    return None


def _parse_results(body: bytes, what: str):  # type: ignore[no-untyped-def]
    try:
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    except SyntaxError as exc:
        raise StoreError(f"the SPARQL store answered the {what} with unreadable JSON results: "
                         f"{exc}") from None


def _check_media(resp: requests.Response, expected: str, what: str) -> None:
    """Engines that ignore Accept would otherwise be parsed as the wrong syntax."""
    media = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media and media != expected:
        message = engine_message(resp)[:200]
        raise StoreError(f"the SPARQL store at {resp.url} answered the {what} with {media}, "
                         f"not {expected}: {message}")


def _relabelled(triple: ox.Triple, prefix: str) -> ox.Triple:
    """``triple`` with its blank nodes' labels prefixed."""
    s, o = triple.subject, triple.object
    if not isinstance(s, ox.BlankNode) and not isinstance(o, ox.BlankNode):
        return triple
    if isinstance(s, ox.BlankNode):
        s = ox.BlankNode(prefix + s.value)
    if isinstance(o, ox.BlankNode):
        o = ox.BlankNode(prefix + o.value)
    return ox.Triple(s, triple.predicate, o)


class _Blocks:
    """Blocks of bytes from an iterator, read as a binary file (``read`` only), for a parser."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._rest = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._rest) < size:
            block = next(self._blocks, None)
            if block is None:
                break
            self._rest += block
        if size < 0:
            data, self._rest = self._rest, b""
        else:
            data, self._rest = self._rest[:size], self._rest[size:]
        return data
