"""The embedded store: a pyoxigraph (Oxigraph/RocksDB) directory.

Article writes are single SPARQL Update requests, which Oxigraph applies in one transaction:
either the whole article is replaced or nothing changes, even if the process is killed midway.
Queries use Oxigraph's own engine with the union of all graphs as the default graph, so consumers
need no GRAPH clauses; rdflib's pure-Python SPARQL engine is never used here.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator, Sequence, Set
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Graph

from kg.config import STORE_FLUSH_QUADS
from kg.errors import InputError, StoreError, StoreLockedError
from kg.query_text import has_keyword
from kg.rdf.iris import Minter
from kg.rdf.mapping import ArticleRdf
from kg.rdf.namespaces import CKG, ONTOLOGY_IRI, PREFIXES, SCHEMA
from kg.store import batch
from kg.store.base import DUMP_FORMATS, StoreStats
from kg.store.updates import (
    article_hashes_query,
    article_sha256_query,
    article_source_query,
    drop_graph_update,
    entity_statements_query,
    ontology_update,
    parse_graph_body,
    replace_article_update,
    write_graph_update,
)

_SUFFIX_FORMATS: dict[str, ox.RdfFormat] = {
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
}


def _refusal(exc: Exception) -> str | None:
    """Oxigraph refusing an update text (syntax) or failing while it runs: the request's
    fault, not the store's (disk problems arrive as StoreError and stop the ingest)."""
    if isinstance(exc, (SyntaxError, ValueError, RuntimeError)) \
            and not isinstance(exc, StoreError):
        return f"the store refused the write: {exc}"
    return None


def rdf_format_for(path: Path, fmt: str | None = None) -> ox.RdfFormat:
    if fmt:
        if fmt in DUMP_FORMATS:
            return getattr(ox.RdfFormat, DUMP_FORMATS[fmt][0])
        raise InputError(f"unknown RDF format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}")
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffixes[-1]]
    raise InputError(f"{path}: cannot tell the RDF format from the file name; pass --format")


class EmbeddedStore:
    """A pyoxigraph store in a directory (created on first use)."""

    def __init__(self, location: str, *, base_iri: str, read_only: bool = False) -> None:
        self.location = location
        self.minter = Minter(base_iri)
        self.entities_graph = str(self.minter.entities_graph())
        self.graph_prefix = f"{base_iri}id/graph/"
        path = Path(location)
        try:
            if read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
            self._unflushed = 0  # quads the batch writes have added since the last flush
            #: odd while a write runs, one more when it starts and when it ends (back to
            #: where it was when a one-transaction write fails: nothing changed): a reader
            #: that sees the same even value before and after it read the data the writes
            #: left (kg.web.lookup answers from the store only then)
            self.generation = 0
        except OSError as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreLockedError(
                    f"store {location} is locked: another kg process (ingest or serve) is using "
                    f"it; wait for it to finish or stop it") from None
            reason = exc.strerror or text
            raise StoreError(f"cannot open store {location}: {reason}") from None

    # -- articles -----------------------------------------------------------------------------
    def article_sha256(self, graph_iri: str) -> str | None:
        rows = list(self._store.query(article_sha256_query(graph_iri)))
        return rows[0]["h"].value if rows else None

    def article_source_sha256(self, graph_iri: str) -> str | None:
        rows = list(self._store.query(article_source_query(graph_iri)))
        return rows[0]["h"].value if rows else None

    def replace_article(self, rdf: ArticleRdf) -> bool:
        if self.article_sha256(str(rdf.graph_iri)) == rdf.facts_sha256:
            return False
        self._write(replace_article_update(rdf))
        return True

    def replace_articles(self, rdfs: Sequence[ArticleRdf]) -> list[bool | str]:
        """Several articles in one update (one transaction); see :mod:`kg.store.batch`.

        Every :data:`~kg.config.STORE_FLUSH_QUADS` quads written this way, RocksDB's write
        buffers go to files: left to grow (to 128 MiB per index) they make every insert dearer
        (measured: 7.5 µs per quad into a fresh store, 16–20 µs at 300,000 quads; with a flush
        every ~25,000 quads a bulk ingest ran 1.2–1.5× faster and used less CPU)."""
        results = batch.replace_articles(rdfs, self._stored_hashes, self._send_articles,
                                         _refusal, self._entity_statements, self._absent)
        self._unflushed += sum(len(rdf.article_triples) + len(rdf.entity_triples)
                               for rdf, done in zip(rdfs, results, strict=True) if done is True)
        if self._unflushed >= STORE_FLUSH_QUADS:
            self.flush()
            self._unflushed = 0
        return results

    def _absent(self, graphs: Sequence[str]) -> set[str]:
        return {g for g in graphs if not self._store.contains_named_graph(ox.NamedNode(g))}

    def _entity_statements(self, subjects: Sequence[str]) -> dict[str, set[tuple[str, str]]]:
        """What the entities graph says about ``subjects``, read as one N-Triples text, not
        row by row: pyoxigraph lets go of the GIL for each result row, and on the writer
        thread every row then waits for the thread preparing the next batch to hand the GIL
        back (measured: 40 s instead of 0.4 s for 7,000 rows beside a busy thread). Oxigraph's
        N-Triples write each term as ``str()`` of the term does."""
        found: dict[str, set[tuple[str, str]]] = {}
        text = self._store.query(entity_statements_query(self.entities_graph, subjects)).serialize(
            format=ox.RdfFormat.N_TRIPLES)
        for line in text.decode("utf-8").splitlines():
            x, p, o = line.removesuffix(" .").split(" ", 2)
            found.setdefault(x, set()).add((p, o))
        return found

    def _stored_hashes(self, graphs: Sequence[str]) -> dict[str, str]:
        """One SPARQL JSON text rather than rows, for the reason :meth:`_entity_statements`
        gives (a batch of changed articles has a row each)."""
        text = self._store.query(article_hashes_query(graphs)).serialize(
            format=ox.QueryResultsFormat.JSON)
        return {row["g"]["value"]: row["h"]["value"]
                for row in json.loads(text)["results"]["bindings"]}

    def _send_articles(self, update: str, _count: int) -> None:
        self._write(update)

    def ensure_ontology(self, statements: Set[str]) -> bool:
        wanted = set(statements)
        have = {f"{q.subject} {q.predicate} {q.object}" for q in self._store.quads_for_pattern(
            None, None, None, ox.NamedNode(ONTOLOGY_IRI))}
        if wanted == have:
            return False
        self._write(ontology_update(wanted))
        return True

    def _write(self, update: str) -> None:
        self.generation += 1
        try:
            self._store.update(update)
        except BaseException as exc:
            self.generation -= 1  # one transaction, not applied: the data is as it was
            if isinstance(exc, OSError):
                raise StoreError(f"writing to store {self.location} failed: {exc}") from None
            raise
        self.generation += 1

    def article_graphs(self) -> Iterator[str]:
        names = sorted(
            g.value for g in self._graph_names()
            if isinstance(g, ox.NamedNode) and g.value.startswith(self.graph_prefix)
        )
        yield from names

    def _graph_names(self) -> list[Any]:
        """The store's graph names, read to the end in this call. pyoxigraph's graph-name
        iterator may only be dropped by the thread that made it: held by a generator's frame
        it can end up in a reference cycle that the collector frees on another thread, which
        pyo3 refuses (the iterator, and the snapshot it reads, then stay alive for good)."""
        return list(self._store.named_graphs())

    def article_validation_graph(self, graph_iri: str) -> Graph:
        triples = self._store.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ "
            f"{{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }} UNION "
            f"{{ GRAPH <{graph_iri}> {{ ?a a <{CKG.Article}> ; <{SCHEMA.mentions}> ?s }} "
            f"GRAPH <{self.entities_graph}> {{ ?s ?p ?o }} }} }}")
        data = triples.serialize(format=ox.RdfFormat.N_TRIPLES)
        return Graph().parse(data=data, format="nt")

    # -- whole dataset ------------------------------------------------------------------------
    def dump(self, output: IO[bytes], fmt: str) -> None:
        self.open_dump(fmt)(output)

    def open_dump(self, fmt: str) -> Callable[[IO[bytes]], None]:
        """Fix the data now, write it when called. Quad formats are one ``Store.dump`` call,
        a snapshot of its own. Triple formats are the union of the graphs, each triple once
        (:mod:`kg.rdf.union`), read from the store's N-Quads as ``Store.dump`` writes them to a
        temporary file in another thread; that dump starts here, and this call returns once it
        has taken its snapshot.

        Why not the CONSTRUCT of the union that this used to be: Oxigraph's CONSTRUCT only
        deduplicates within a window of about a million triples and never triples with blank
        nodes, so a triple held by two graphs was written twice (issue #6). Read behind the
        dump, the union takes about as long as the CONSTRUCT did when a second core is free,
        and more CPU (bench/README.md)."""
        if fmt not in DUMP_FORMATS:
            raise InputError(f"unknown dump format {fmt!r}; use one of {', '.join(DUMP_FORMATS)}")
        attr, _suffix, quads = DUMP_FORMATS[fmt]
        rdf_format = getattr(ox.RdfFormat, attr)
        prefixes = PREFIXES if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if quads:
            return lambda output: self._store.dump(output, rdf_format, prefixes=prefixes)
        from kg.rdf.union import QuadsFile  # numpy: not imported by every kg command

        source = QuadsFile(self._dump_nquads)
        source.wait_begun()
        # full IRIs, no prefixes: the triple dumps have always been written so (by the
        # CONSTRUCT's serialiser, which took none), and their bytes stay the same
        return lambda output: source.write_union(output, rdf_format)

    def _dump_nquads(self, path: str) -> None:
        """The whole store as N-Quads to ``path`` (one snapshot; runs without the GIL)."""
        try:
            self._store.dump(path, ox.RdfFormat.N_QUADS)
        except OSError as exc:
            raise StoreError(f"dumping store {self.location} to the temporary file {path} "
                             f"failed: {exc}") from None

    def load(self, path: Path, fmt: str | None = None, *, bulk: bool = False) -> None:
        rdf_format = rdf_format_for(path, fmt)
        opener = gzip.open if path.suffix.lower() == ".gz" else open
        self.generation += 1
        try:
            with opener(path, "rb") as fh:
                if bulk:
                    self._store.bulk_load(fh, rdf_format)
                else:
                    self._store.load(fh, rdf_format)
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid {rdf_format.name}: {exc}; nothing was loaded"
                             ) from None
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot load: {exc}") from None
        finally:
            self.generation += 1

    def stats(self) -> StoreStats:
        def count(where: str) -> int:
            rows = list(self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
            return int(rows[0]["n"].value)

        ent = self.entities_graph
        links = sorted(
            row["w"].value for row in self._store.query(
                f"SELECT DISTINCT ?w WHERE {{ GRAPH <{ent}> {{ ?x <{CKG.wikidata}> ?w }} }}")
        )
        return StoreStats(
            triples=len(self._store),
            graphs=len(self._graph_names()),
            articles=count(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?a a <{CKG.Article}> }} }}"),
            events=count(f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?e a <{CKG.Event}> }} }}"),
            casualty_reports=count(
                f"SELECT DISTINCT ?c WHERE {{ GRAPH ?g {{ ?c a <{CKG.CasualtyReport}> }} }}"),
            entities=count(f"SELECT DISTINCT ?x WHERE {{ GRAPH <{ent}> {{ "
                           f"{{ ?x a <{CKG.Actor}> }} UNION {{ ?x a <{CKG.Place}> }} }} }}"),
            linked_entities=count(
                f"SELECT DISTINCT ?x WHERE {{ GRAPH <{ent}> {{ ?x <{CKG.wikidata}> ?w }} }}"),
            wikidata_links=tuple(links),
        )

    def query(self, sparql: str):  # type: ignore[no-untyped-def]
        """Run SPARQL with the union of all graphs as the default graph (Oxigraph's engine),
        unless the query names its own dataset with FROM / FROM NAMED: Oxigraph's union option
        would replace it, and the standard says it is the dataset (SPARQL 1.1 Query §13.2)."""
        try:
            return self._store.query(sparql, prefixes=PREFIXES,
                                     use_default_graph_as_union=not has_keyword(sparql, "FROM"))
        except SyntaxError as exc:
            raise InputError(f"malformed SPARQL: {exc}") from None

    def query_options(self, sparql: str, **options: object):  # type: ignore[no-untyped-def]
        """Run SPARQL with pyoxigraph's own options (``prefixes``, ``base_iri``,
        ``use_default_graph_as_union``, …) as given: for the endpoint, which decides them as a
        query worker does (kg.web.lookup)."""
        return self._store.query(sparql, **options)

    # -- raw graph access (SPARQL Update, Graph Store Protocol) ----------------------------------
    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update in one transaction (Oxigraph's engine)."""
        self.generation += 1
        try:
            self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except BaseException as exc:
            # one transaction, not applied: the data is as it was, and so is the generation
            # (else a refused update would keep kg.web.lookup off until the next write)
            self.generation -= 1
            if isinstance(exc, SyntaxError):
                raise InputError(f"malformed SPARQL Update: {exc}") from None
            if isinstance(exc, RuntimeError):  # e.g. CLEAR GRAPH of a graph that is not there
                raise InputError(f"the update failed: {exc}") from None
            if isinstance(exc, OSError):
                raise StoreError(f"update failed: {exc}") from None
            raise
        self.generation += 1

    def graph_exists(self, graph: str | None) -> bool:
        """True for a named graph with at least one quad (or declared); the default graph always."""
        if graph is None:
            return True
        node = ox.NamedNode(graph)
        return self._store.contains_named_graph(node) or next(
            iter(self._store.quads_for_pattern(None, None, None, node)), None) is not None

    def graph_bytes(self, graph: str | None, fmt: ox.RdfFormat) -> bytes:
        source = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
        return self._store.dump(format=fmt, from_graph=source, prefixes=(
            PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None))

    def write_graph(self, graph: str | None, data: bytes, fmt: ox.RdfFormat, *,
                    replace: bool) -> None:
        """Replace (PUT) or merge into (POST) a graph from RDF bytes, in one transaction.

        The body is parsed completely before anything is written, so malformed RDF changes
        nothing.
        """
        try:
            triples = parse_graph_body(data, fmt, graph)
        except SyntaxError as exc:
            raise InputError(f"the request body is not valid {fmt.name}: {exc}") from None
        update = write_graph_update(graph, triples, replace=replace)
        if update:
            self._write(update)

    def drop_graph(self, graph: str | None) -> None:
        self._write(drop_graph_update(graph))

    def flush(self) -> None:
        """Move what was written from RocksDB's in-memory write buffers to its files.

        Why: a long-running writer (``kg serve``) would otherwise keep every write in the
        memtables until they reach RocksDB's write-buffer size (128 MiB per index): replacing
        articles over and over, the data not growing, grew the process 0.36 MiB per write
        without a flush and 0.13 MiB with one (bench/results/load.md). A disk that cannot take
        the flush gives a StoreError like any failed write."""
        try:
            self._store.flush()
        except OSError as exc:
            raise StoreError(f"writing to store {self.location} failed: {exc}") from None

    def close(self) -> None:
        """Flush and release the store. A flush that cannot write (disk full) is a StoreError
        like any failed write, not an internal error; what was committed before stays."""
        store = getattr(self, "_store", None)
        if store is not None:
            try:
                store.flush()
            except OSError as exc:
                raise StoreError(f"writing to store {self.location} failed: {exc}") from None
            finally:
                del self._store
