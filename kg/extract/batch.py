"""Extraction over many inputs, in input order, optionally in worker processes.

Each worker process loads spaCy and the gazetteer once and then extracts many articles; a
failure in one article is reported with its label and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.inputs import Document

Result = tuple[str, dict[str, Any] | None, str | None, list[str]]


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
        merged = {**(meta or {}), **{k: v for k, v in value.items() if v is not None}}
        facts, warnings = extract(from_json(merged))
        return doc.label, facts, None, warnings
    except KgError as exc:
        return doc.label, None, str(exc), []
    except Exception as exc:
        return doc.label, None, f"extraction failed: {type(exc).__name__}: {exc}", []


def extract_documents(paths: list[str | Path], max_bytes: int, meta: dict[str, str] | None,
                      jobs: int = 1) -> Iterator[Result]:
    from kg.ingest import iter_documents

    docs = iter_documents(paths, max_bytes)
    if jobs <= 1:
        for doc in docs:
            yield extract_one(doc, meta)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= 16 * jobs:
                yield from pool.map(extract_one, batch, [meta] * len(batch))
                batch = []
        if batch:
            yield from pool.map(extract_one, batch, [meta] * len(batch))
