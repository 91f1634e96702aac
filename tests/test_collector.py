"""The garbage collector during batch work (kg.collector): ``kg ingest`` and ``kg extract`` run
with far fewer young-generation collections and give the interpreter back its settings after;
a collector switched off by the caller stays off."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import collector
from kg.config import DEFAULT_BASE_IRI
from kg.extract.batch import extract_documents
from kg.ingest import Outcome, ingest
from kg.rdf.iris import Minter
from kg.store.embedded import EmbeddedStore


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_ingest_collects_in_larger_steps_and_restores_the_settings(
        seed_doc: dict, tmp_path: Path, default_thresholds: tuple[int, int, int]) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(json.dumps(seed_doc) + "\n", encoding="utf-8")
    seen: list[tuple[int, int, int]] = []

    def progress(_outcome: Outcome) -> None:
        seen.append(gc.get_threshold())

    store = EmbeddedStore(str(tmp_path / "store"), base_iri=DEFAULT_BASE_IRI)
    try:
        summary = ingest([src], store, Minter(DEFAULT_BASE_IRI), 1 << 24, progress=progress)
    finally:
        store.close()
    assert summary.count("stored") == 1
    assert seen == [(collector.BATCH_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == default_thresholds


def test_extraction_batches_collect_in_larger_steps(
        tmp_path: Path, default_thresholds: tuple[int, int, int]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("The weather was mild in the town on Monday.", encoding="utf-8")
    results = extract_documents([src], 1 << 24, None)
    next(results)
    assert gc.get_threshold()[0] == collector.BATCH_THRESHOLD
    assert list(results) == []
    assert gc.get_threshold() == default_thresholds


def test_a_collector_switched_off_stays_off() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(0, 10, 10)
        with collector.batch_collection():
            assert gc.get_threshold() == (0, 10, 10)
        gc.set_threshold(90_000, 10, 10)  # already coarser than the batch setting: kept
        collector.for_batches()
        assert gc.get_threshold() == (90_000, 10, 10)
    finally:
        gc.set_threshold(*before)
