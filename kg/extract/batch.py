"""Extraction over many inputs, in input order, optionally in worker processes.

Each worker process loads spaCy and the gazetteer once and then extracts many articles; a
failure in one article is reported with its label and the batch goes on.

Articles are read a few at a time and parsed together (:func:`parse_documents_ahead`): spaCy's
``nlp.pipe`` shares the neural network's matrix work across texts, which is markedly faster
than parsing each text on its own and yields the very same annotations. Worker processes get
such groups, not single articles, so they batch too.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from kg import collector
from kg.errors import KgError
from kg.inputs import Document

Result = tuple[str, dict[str, Any] | None, str | None, list[str]]

#: Articles read ahead and parsed in one spaCy batch in the main process…
READ_AHEAD = 32
#: … and per task handed to a worker process (small enough to keep every worker busy).
WORKER_CHUNK = 8
#: A group closes once its texts reach this many characters: a run of very long articles is
#: parsed a few at a time, so the Docs held at once stay bounded.
READ_AHEAD_CHARS = 400_000


def _merged(value: dict[str, Any], meta: dict[str, str] | None) -> dict[str, Any]:
    """The article's fields over the command line's metadata (a null field does not count)."""
    return {**(meta or {}), **{k: v for k, v in value.items() if v is not None}}


def extract_one(doc: Document, meta: dict[str, str] | None) -> Result:
    """(label, facts or None, problem or None, warnings) for one input document."""
    from kg.extract.article import from_json
    from kg.extract.pipeline import extract
    from kg.facts import is_facts_document

    if doc.error is not None:
        return doc.label, None, str(doc.error), []
    value = doc.value
    if is_facts_document(value):
        return doc.label, None, "already a facts document (nothing to extract)", []
    try:
        if not isinstance(value, dict):
            raise KgError("an article must be a JSON object with a 'text' field")
        facts, warnings = extract(from_json(_merged(value, meta)))
        return doc.label, facts, None, warnings
    except KgError as exc:
        return doc.label, None, str(exc), []
    except Exception as exc:
        return doc.label, None, f"extraction failed: {type(exc).__name__}: {exc}", []


def parse_documents_ahead(docs: Iterable[Document], meta: dict[str, str] | None) -> None:
    """Parse the articles among ``docs`` in one spaCy batch for the extractions that follow.

    Only an optimisation: documents that are not articles, or that cannot be read as one, are
    left to the normal path (which reports them), and should the batched parse itself fail,
    each article is simply parsed on its own when it is extracted. Inputs without articles
    (facts documents) never load spaCy.
    """
    from kg.facts import is_facts_document

    values = [d.value for d in docs if d.error is None and isinstance(d.value, dict)
              and isinstance(d.value.get("text"), str) and not is_facts_document(d.value)]
    if not values:
        return
    from kg.extract.article import from_json
    from kg.extract.nlp import parse_ahead
    from kg.extract.pipeline import _caseless, looks_english, nlp_text

    texts = []
    for value in values:
        try:
            article = from_json(_merged(value, meta))
        except KgError:
            continue
        # what extract() parses: the cleaned text of an English, non-empty body (recased by
        # _caseless when all caps); a text predicted wrongly is just parsed again by extract
        body = article.text[article.body_start:]
        if body.strip() and looks_english(body):
            texts.append(nlp_text(article)[0])
    try:
        parse_ahead(texts, _caseless)
    except Exception:
        parse_ahead([])  # forget a half-done batch: every article gets parsed on its own


def extract_chunk(docs: list[Document], meta: dict[str, str] | None) -> list[Result]:
    """:func:`extract_one` for each of ``docs``, their articles parsed together first."""
    parse_documents_ahead(docs, meta)
    return [extract_one(doc, meta) for doc in docs]


def read_ahead(docs: Iterable[Document], size: int = READ_AHEAD,
               max_chars: int = READ_AHEAD_CHARS) -> Iterator[list[Document]]:
    """Consecutive documents in groups of at most ``size`` and about ``max_chars`` of text
    (a group always takes at least one document)."""
    group: list[Document] = []
    chars = 0
    for doc in docs:
        group.append(doc)
        value = doc.value
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            chars += len(value["text"])
        if len(group) >= size or chars >= max_chars:
            yield group
            group, chars = [], 0
    if group:
        yield group


def extract_documents(paths: list[str | Path], max_bytes: int, meta: dict[str, str] | None,
                      jobs: int = 1) -> Iterator[Result]:
    from kg.ingest import iter_documents

    docs = iter_documents(paths, max_bytes)
    if jobs <= 1:
        with collector.batch_collection():
            for group in read_ahead(docs):
                yield from extract_chunk(group, meta)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"),
                             initializer=collector.for_batches) as pool:
        # a bounded number of groups in flight, results in input order
        pending: deque[Future[list[Result]]] = deque()
        for group in read_ahead(docs, WORKER_CHUNK):
            pending.append(pool.submit(extract_chunk, group, meta))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
