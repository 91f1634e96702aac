"""Articles or facts in, validated article graphs out: the publish pipeline for one batch.

Each document goes (extraction →) facts → RDF → SHACL → store, in batches: a batch is validated
in one SHACL run and written in one request, but every article is judged and written atomically
on its own — a bad one is reported and skipped while the good ones are stored, and an unchanged
article is not rewritten. Extraction and validation can run in worker processes; there is one
writer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from kg import collector
from kg.config import DEFAULT_INGEST_BATCH
from kg.errors import InputError, KgError
from kg.extract.batch import parse_documents_ahead
from kg.facts import Facts, is_facts_document, parse_facts
from kg.inputs import ARTICLE_SUFFIXES, Document, expand_paths, read_documents, read_text
from kg.rdf.iris import Minter
from kg.rdf.mapping import ArticleRdf, facts_to_rdf
from kg.store.base import Store
from kg.store.updates import ontology_statements
from kg.validate import Report, validate_batch, validate_graph


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


def prepare(doc: object, minter: Minter, article_meta: dict[str, str] | None = None,
            engine: str | None = None) -> tuple[Facts, ArticleRdf, Report]:
    """Extract (articles), parse, convert and validate one document (no store access)."""
    facts_doc, _warnings = facts_of(doc, article_meta)
    facts = parse_facts(facts_doc)
    rdf = facts_to_rdf(facts, minter)
    return facts, rdf, validate_graph(rdf.triples, engine)


@dataclass(frozen=True)
class Prepared:
    """A document that passed conversion and validation, ready for the single writer."""

    label: str
    article_id: str
    events: int
    rdf: ArticleRdf
    warnings: tuple[str, ...]


def _convert(doc: Document, minter: Minter, article_meta: dict[str, str] | None
             ) -> tuple[Facts, ArticleRdf] | Outcome:
    """Extract (articles), parse and convert one document, or say why it is rejected."""
    if doc.error is not None:
        return Outcome(doc.label, "rejected", message=str(doc.error))
    try:
        facts_doc, _warnings = facts_of(doc.value, article_meta)
        facts = parse_facts(facts_doc)
        return facts, facts_to_rdf(facts, minter)
    except KgError as exc:
        return Outcome(doc.label, "rejected", message=str(exc))


def _judged(label: str, facts: Facts, rdf: ArticleRdf, report: Report) -> Prepared | Outcome:
    art = facts.article.id
    warnings = tuple(f.line().strip() for f in report.warnings)
    if not report.conforms:
        return Outcome(label, "rejected", art, message=(
            f"article {art!r} rejected by SHACL validation; nothing was written:\n"
            + "\n".join(f.line() for f in report.violations)), warnings=warnings)
    return Prepared(label, art, len(facts.events), rdf, warnings)


def prepare_batch(docs: Sequence[Document], base_iri: str,
                  article_meta: dict[str, str] | None = None, engine: str | None = None
                  ) -> list[Prepared | Outcome]:
    """Everything but the write for several documents, in their order: each is converted on
    its own, then all are validated in one SHACL run (:func:`kg.validate.validate_batch`:
    one article's violation rejects that article only, with its own report). Runs in worker
    processes when ``jobs > 1``."""
    minter = Minter(base_iri)
    out: list[Prepared | Outcome | tuple[Facts, ArticleRdf]] = [
        _convert(doc, minter, article_meta) for doc in docs]
    pending = [(i, item) for i, item in enumerate(out) if isinstance(item, tuple)]
    reports = validate_batch([rdf.triples for _i, (_f, rdf) in pending], engine)
    for (i, (facts, rdf)), report in zip(pending, reports, strict=True):
        out[i] = _judged(docs[i].label, facts, rdf, report)
    return out  # type: ignore[return-value]  # every tuple was replaced above


def prepare_document(doc: Document, base_iri: str,
                     article_meta: dict[str, str] | None = None,
                     engine: str | None = None) -> Prepared | Outcome:
    """Everything but the write for one document."""
    return prepare_batch([doc], base_iri, article_meta, engine)[0]


def write_batch(store: Store, items: Sequence[Prepared | Outcome]) -> list[Outcome]:
    """Write the prepared articles of a batch (one request where the store can: see
    :meth:`Store.replace_articles`) and return every item's outcome in order. An article the
    store refuses is rejected on its own; the others are written."""
    prepared = [x for x in items if isinstance(x, Prepared)]
    many = getattr(store, "replace_articles", None)
    if many is not None:
        results: list[bool | str] = many([p.rdf for p in prepared]) if prepared else []
    else:  # a Store without batch writes: one request per article
        results = [store.replace_article(p.rdf) for p in prepared]
    written = iter(results)
    outcomes = []
    for item in items:
        if isinstance(item, Prepared):
            result = next(written)
            if isinstance(result, str):
                item = Outcome(item.label, "rejected", item.article_id, message=(
                    f"article {item.article_id!r} was refused by the store; nothing of it was "
                    f"written: {result}"), warnings=item.warnings)
            else:
                item = Outcome(item.label, "stored" if result else "unchanged",
                               item.article_id, events=item.events,
                               triples=len(item.rdf.article_triples)
                               + len(item.rdf.entity_triples),
                               warnings=item.warnings)
        outcomes.append(item)
    return outcomes


def prepare_parsed_batch(docs: Sequence[Document], base_iri: str,
                         article_meta: dict[str, str] | None = None,
                         engine: str | None = None) -> list[Prepared | Outcome]:
    """:func:`prepare_batch` with the batch's articles parsed in one spaCy run first (in the
    process that prepares them: a worker, or the writer when ``jobs`` is 1)."""
    parse_documents_ahead(list(docs), article_meta)
    return prepare_batch(docs, base_iri, article_meta, engine)


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
           article_meta: dict[str, str] | None = None, reextract: bool = False,
           batch: int = DEFAULT_INGEST_BATCH, engine: str | None = None) -> Summary:
    """Publish every document under ``paths``; one writer, ``jobs`` preparing processes.

    Documents go in batches of ``batch``: validated together and written in one request, each
    article still atomic and judged on its own. A writer thread stores each batch while the
    next one is prepared (by this process, or with ``jobs > 1`` by worker processes that
    extract, convert and validate), in input order; at most one batch is being written.
    Articles already stored from the same input are skipped unless ``reextract`` (e.g. after
    an extractor upgrade)."""
    summary = Summary()
    store.ensure_ontology(ontology_statements())
    docs = iter_documents(paths, max_bytes)
    if not reextract:
        docs = _skipping_stored(docs, store, minter, article_meta, summary, progress)

    def report(outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            summary.outcomes.append(outcome)
            if progress is not None:
                progress(outcome)

    batches = _batches(docs, max(1, batch))
    # one writer thread: the store's write runs in native code without the GIL, so it
    # overlaps the preparation of the next batch (or, with workers, the hand-off of their
    # results); batches are still written one at a time, in input order
    with collector.batch_collection(), \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer") as writer:
        pending: Future[list[Outcome]] | None = None

        def write(items: Sequence[Prepared | Outcome]) -> None:
            nonlocal pending
            if pending is not None:
                report(pending.result())
            pending = writer.submit(write_batch, store, items)

        if jobs <= 1:
            for docs_batch in batches:
                write(prepare_parsed_batch(docs_batch, minter.base, article_meta, engine))
        else:
            # spawn, not fork: the parent holds the store (RocksDB threads) open
            with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"),
                                     initializer=collector.for_batches) as pool:
                in_flight: deque[Future[list[Prepared | Outcome]]] = deque()
                for docs_batch in batches:
                    in_flight.append(pool.submit(prepare_parsed_batch, docs_batch, minter.base,
                                                 article_meta, engine))
                    if len(in_flight) > 2 * jobs:  # bounded look-ahead: memory stays flat
                        write(in_flight.popleft().result())
                while in_flight:
                    write(in_flight.popleft().result())
        if pending is not None:
            report(pending.result())
    return summary
