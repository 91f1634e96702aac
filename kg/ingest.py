"""Articles or facts in, validated article graphs out: the publish pipeline for one batch.

Each document goes (extraction →) facts → RDF → SHACL → one atomic store write on its own; a bad
one is reported and skipped while the good ones are stored, and an unchanged article is not
rewritten. Extraction and validation can run in worker processes; there is one writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from kg.errors import InputError, KgError
from kg.extract.batch import WORKER_CHUNK, parse_documents_ahead, read_ahead
from kg.facts import Facts, is_facts_document, parse_facts
from kg.inputs import ARTICLE_SUFFIXES, Document, expand_paths, read_documents, read_text
from kg.rdf.iris import Minter
from kg.rdf.mapping import ArticleRdf, facts_to_rdf
from kg.store.base import Store
from kg.validate import Report, ontology_graph, validate_graph


@dataclass(frozen=True)
class Outcome:
    """What happened to one input document."""

    label: str
    status: str  # "stored" | "unchanged" | "rejected"
    article_id: str | None = None
    events: int = 0
    triples: int = 0
    message: str = ""
    warnings: tuple[str, ...] = ()


@dataclass
class Summary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rejected(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "rejected"]

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": len(self.outcomes),
            "stored": self.count("stored"),
            "unchanged": self.count("unchanged"),
            "rejected": self.count("rejected"),
            "events": sum(o.events for o in self.outcomes if o.status != "rejected"),
            "triples_written": sum(o.triples for o in self.outcomes if o.status == "stored"),
            "rejections": [{"input": o.label, "article": o.article_id, "reason": o.message}
                           for o in self.rejected],
        }


def iter_documents(paths: Iterable[str | Path], max_bytes: int) -> Iterator[Document]:
    """Every input document: facts or articles (a .txt file is one article)."""
    for path in expand_paths(paths):
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            try:
                yield Document(str(path), {"text": read_text(path, max_bytes)})
            except InputError as exc:
                yield Document(str(path), error=exc)
            continue
        yield from read_documents(path, max_bytes)


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents ``iter_documents`` will yield (one per file, one per non-blank line
    of a .jsonl file), from a quick pass over the bytes: the total that gives the progress bar
    its ETA. None when a path cannot be read (the ingest itself then reports it)."""
    total = 0
    try:
        for path in expand_paths(paths):
            if path.suffix.lower() not in (".jsonl", ".ndjson"):
                total += 1
                continue
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
    except (OSError, InputError):
        return None
    return total


def is_article(doc: object) -> bool:
    return isinstance(doc, dict) and not is_facts_document(doc) and "text" in doc


def _article_input(doc: dict, article_meta: dict[str, str] | None):  # type: ignore[no-untyped-def, type-arg]
    from kg.extract.article import from_json

    merged = {**(article_meta or {}), **{k: v for k, v in doc.items() if v is not None}}
    return from_json(merged)


def facts_of(doc: object, article_meta: dict[str, str] | None = None) -> tuple[object, list[str]]:
    """The facts document for an input: itself, or the extraction of an article."""
    if not is_article(doc):
        return doc, []
    from kg.extract.pipeline import extract

    assert isinstance(doc, dict)
    return extract(_article_input(doc, article_meta))


def already_stored(doc: Document, store: Store, minter: Minter,
                   article_meta: dict[str, str] | None = None) -> Outcome | None:
    """An "unchanged" outcome when ``doc`` is an article whose exact input (text and
    metadata, by SHA-256) the store's graph for it was derived from: resuming a batch then
    costs one lookup per done article instead of an extraction."""
    if doc.error is not None or not is_article(doc.value):
        return None
    try:
        article = _article_input(doc.value, article_meta)  # type: ignore[arg-type]
    except KgError:
        return None  # the normal path reports the problem
    graph = str(minter.article_graph(str(article.id)))
    if store.article_source_sha256(graph) != article.digest():
        return None
    return Outcome(doc.label, "unchanged", article.id)


def prepare(doc: object, minter: Minter, article_meta: dict[str, str] | None = None
            ) -> tuple[Facts, ArticleRdf, Report]:
    """Extract (articles), parse, convert and validate one document (no store access)."""
    facts_doc, _warnings = facts_of(doc, article_meta)
    facts = parse_facts(facts_doc)
    rdf = facts_to_rdf(facts, minter)
    return facts, rdf, validate_graph(rdf.combined())


@dataclass(frozen=True)
class Prepared:
    """A document that passed conversion and validation, ready for the single writer."""

    label: str
    article_id: str
    events: int
    rdf: ArticleRdf
    warnings: tuple[str, ...]


def prepare_document(doc: Document, base_iri: str,
                     article_meta: dict[str, str] | None = None) -> Prepared | Outcome:
    """Everything but the write; runs in worker processes when ``jobs > 1``."""
    if doc.error is not None:
        return Outcome(doc.label, "rejected", message=str(doc.error))
    try:
        facts, rdf, report = prepare(doc.value, Minter(base_iri), article_meta)
    except KgError as exc:
        return Outcome(doc.label, "rejected", message=str(exc))
    art = facts.article.id
    warnings = tuple(f.line().strip() for f in report.warnings)
    if not report.conforms:
        return Outcome(doc.label, "rejected", art, message=(
            f"article {art!r} rejected by SHACL validation; nothing was written:\n"
            + "\n".join(f.line() for f in report.violations)), warnings=warnings)
    return Prepared(doc.label, art, len(facts.events), rdf, warnings)


def prepare_documents(docs: list[Document], base_iri: str,
                      article_meta: dict[str, str] | None = None) -> list[Prepared | Outcome]:
    """:func:`prepare_document` for a group, its articles parsed in one spaCy batch first
    (what a worker process is given: batching needs more than one article at a time)."""
    parse_documents_ahead(docs, article_meta)
    return [prepare_document(doc, base_iri, article_meta) for doc in docs]


def _skipping_stored(docs: Iterator[Document], store: Store, minter: Minter,
                     article_meta: dict[str, str] | None, summary: Summary,
                     progress: Callable[[Outcome], None] | None) -> Iterator[Document]:
    for doc in docs:
        done = already_stored(doc, store, minter, article_meta)
        if done is None:
            yield doc
            continue
        summary.outcomes.append(done)
        if progress is not None:
            progress(done)


def _batches(docs: Iterator[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(paths: Iterable[str | Path], store: Store, minter: Minter, max_bytes: int,
           progress: Callable[[Outcome], None] | None = None, jobs: int = 1,
           article_meta: dict[str, str] | None = None, reextract: bool = False) -> Summary:
    """Publish every document under ``paths``; one writer, ``jobs`` preparing processes.
    Articles already stored from the same input are skipped unless ``reextract`` (e.g. after
    an extractor upgrade)."""
    summary = Summary()
    store.ensure_ontology(ontology_graph())
    docs = iter_documents(paths, max_bytes)
    if not reextract:
        docs = _skipping_stored(docs, store, minter, article_meta, summary, progress)

    def write(item: Prepared | Outcome) -> None:
        if isinstance(item, Prepared):
            written = store.replace_article(item.rdf)
            item = Outcome(item.label, "stored" if written else "unchanged", item.article_id,
                           events=item.events,
                           triples=len(item.rdf.article_graph) + len(item.rdf.entity_graph),
                           warnings=item.warnings)
        summary.outcomes.append(item)
        if progress is not None:
            progress(item)

    if jobs <= 1:
        for group in read_ahead(docs):  # articles parsed in one spaCy batch, written one by one
            parse_documents_ahead(group, article_meta)
            for doc in group:
                write(prepare_document(doc, minter.base, article_meta))
        return summary
    # spawn, not fork: the parent holds the store (RocksDB threads) open
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        for batch in _batches(docs, 32 * jobs):
            groups = list(read_ahead(batch, WORKER_CHUNK))
            n = len(groups)
            for items in pool.map(prepare_documents, groups, [minter.base] * n,
                                  [article_meta] * n):
                for item in items:
                    write(item)
    return summary
