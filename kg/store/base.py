"""The Store protocol: what the CLI and the web layer may ask of any backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from rdflib import Graph

from kg.rdf.mapping import ArticleRdf

#: Dump formats: name → (pyoxigraph RdfFormat attribute, file suffix, keeps named graphs).
DUMP_FORMATS: dict[str, tuple[str, str, bool]] = {
    "nquads": ("N_QUADS", ".nq", True),
    "trig": ("TRIG", ".trig", True),
    "jsonld": ("JSON_LD", ".jsonld", True),
    "turtle": ("TURTLE", ".ttl", False),
    "ntriples": ("N_TRIPLES", ".nt", False),
}


@dataclass(frozen=True)
class StoreStats:
    triples: int
    graphs: int
    articles: int
    events: int
    casualty_reports: int
    entities: int
    linked_entities: int
    wikidata_links: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["wikidata_links"] = list(self.wikidata_links)
        return d


class Store(Protocol):
    """An RDF dataset of per-article named graphs plus the shared entities graph."""

    location: str

    def article_sha256(self, graph_iri: str) -> str | None:
        """The facts hash stored with an article graph, or None when the article is absent."""

    def article_source_sha256(self, graph_iri: str) -> str | None:
        """The SHA-256 of the input (article or dataset file) an article graph was derived
        from, or None: lets a batch skip re-extracting an unchanged article."""

    def replace_article(self, rdf: ArticleRdf) -> bool:
        """Atomically replace the article's graph (and merge its entity descriptions).

        Returns False when the stored article already has the same facts hash (nothing written).
        """

    def replace_articles(self, rdfs: Sequence[ArticleRdf]) -> list[bool | str]:
        """Replace several articles in one request (:mod:`kg.store.batch`), each atomically.

        Per article: True (written), False (unchanged: same facts hash) or the store's reason
        for refusing it (nothing of it written; the others are)."""

    def ensure_ontology(self, statements: Set[str]) -> bool:
        """Keep the ontology graph in the store equal to ``statements`` (N-Triples without the
        final dot, :func:`kg.store.updates.ontology_statements`); True if it was rewritten."""

    def article_graphs(self) -> Iterator[str]:
        """IRIs of the stored article graphs, sorted."""

    def article_validation_graph(self, graph_iri: str) -> Graph:
        """An article graph plus the descriptions of the entities it mentions (what SHACL saw)."""

    def dump(self, output: IO[bytes], fmt: str) -> None:
        """Write the whole dataset from one consistent snapshot: quad formats with its named
        graphs, triple formats as the union of the graphs, each triple written once however
        many graphs hold it (:mod:`kg.rdf.union`; N-Triples consumers count lines)."""

    def open_dump(self, fmt: str) -> Callable[[IO[bytes]], None]:
        """Fix the data of a dump now and write it later: the embedded store takes its
        snapshot in this call, so a caller that holds its write lock here pairs the dump with a
        known version and may then write for seconds without blocking writers. Call the
        writer in the thread that opened it."""

    def load(self, path: Path, fmt: str | None = None, *, bulk: bool = False) -> None:
        """Load an RDF file (atomically unless ``bulk``)."""

    def stats(self) -> StoreStats: ...

    # raw graph access for the HTTP writes (SPARQL Update, Graph Store Protocol)
    def update(self, sparql: str, base_iri: str | None = None) -> None:
        """Run a SPARQL Update in one transaction."""

    def graph_exists(self, graph: str | None) -> bool:
        """Whether a named graph (None: the default graph) exists."""

    def graph_bytes(self, graph: str | None, fmt: Any) -> bytes:
        """One graph serialised in ``fmt``."""

    def write_graph(self, graph: str | None, data: bytes, fmt: Any, *, replace: bool) -> None:
        """Replace (PUT) or merge into (POST) a graph, atomically."""

    def drop_graph(self, graph: str | None) -> None:
        """Remove a graph."""

    def query(self, sparql: str): ...  # type: ignore[no-untyped-def]

    def close(self) -> None: ...
