"""The ingest progress bar's total (what gives it an ETA) counts what ingest will read."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import count_documents, iter_documents


def test_count_matches_the_documents_ingest_reads(tmp_path: Path) -> None:
    (tmp_path / "batch.jsonl").write_text('{"text": "a"}\n\n  \n{"text": "b"}\nnot json\n',
                                          encoding="utf-8")
    (tmp_path / "one.json").write_text('{"text": "c"}', encoding="utf-8")
    (tmp_path / "article.txt").write_text("d", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.ndjson").write_text('{"text": "e"}\n', encoding="utf-8")
    read = list(iter_documents([tmp_path], 1 << 20))
    assert count_documents([tmp_path]) == len(read) == 6  # the bad line is a document too


def test_count_of_an_unreadable_input_is_unknown(tmp_path: Path) -> None:
    assert count_documents([tmp_path / "missing.jsonl"]) is None
