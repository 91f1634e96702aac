"""Bad input: one clear message, a non-zero exit, and nothing lost or half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from conftest import SEED_FACTS, kg_process, mutated, write_json


def _assert_store_empty_or_absent(store: Path) -> None:
    if not store.exists():
        return
    s = ox.Store(str(store))
    try:
        n = sum(1 for q in s if "/id/graph/" in str(q.graph_name))
        assert n == 0
    finally:
        del s


def test_empty_file(kg, tmp_path, store_dir) -> None:
    f = tmp_path / "empty.json"
    f.write_bytes(b"")
    r = kg("ingest", f)
    assert r.code == 1 and "the file is empty" in r.out
    _assert_store_empty_or_absent(store_dir)


def test_not_json(kg, tmp_path) -> None:
    f = tmp_path / "x.json"
    f.write_text("{this is not json", encoding="utf-8")
    r = kg("ingest", f)
    assert r.code == 1 and "not JSON" in r.out and "line 1" in r.out


def test_json_that_is_not_facts(kg, tmp_path) -> None:
    r = kg("ingest", write_json(tmp_path / "x.json", {"hello": "world"}))
    assert r.code == 1 and "not a facts document" in r.out


def test_unknown_format_version(kg, seed_doc, tmp_path) -> None:
    doc = mutated(seed_doc, lambda d: d.update(format="conflict-kg/facts@2"))
    r = kg("ingest", write_json(tmp_path / "x.json", doc))
    assert r.code == 1 and "unsupported version 'conflict-kg/facts@2'" in r.out


def test_binary_file(kg, tmp_path) -> None:
    f = tmp_path / "x.json"
    f.write_bytes(bytes(range(256)) * 4)
    r = kg("ingest", f)
    assert r.code == 1 and "binary data" in r.out


def test_non_utf8(kg, seed_doc, tmp_path) -> None:
    f = tmp_path / "latin1.json"
    text = json.dumps(mutated(seed_doc, lambda d: d["article"].update(author="Ken Hanlé")),
                      ensure_ascii=False)
    f.write_bytes(text.encode("latin-1"))
    r = kg("ingest", f)
    assert r.code == 1 and "not valid UTF-8" in r.out and "0xe9" in r.out


def test_huge_file_refused_without_reading(kg, tmp_path) -> None:
    f = tmp_path / "huge.json"
    with f.open("wb") as fh:  # a sparse 1 GB file: reading it would take seconds and 1 GB
        fh.truncate(1024 ** 3)
    r = kg("ingest", f)
    assert r.code == 1 and "over the input limit" in r.out and "nothing was read" in r.out


def test_text_article_without_conflict_content_is_stored_with_no_events(kg, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("The library reopened on Tuesday after renovation works.", encoding="utf-8")
    r = kg("ingest", f)
    assert r.code == 0, r.out + r.err
    assert "events: 0" in r.out


def test_batch_with_one_bad_article_stores_the_good_ones(kg, seed_doc, tmp_path) -> None:
    good2 = mutated(seed_doc, lambda d: d["article"].update(id="dj-second"))
    bad = mutated(seed_doc, lambda d: d["article"].update(id="dj-bad"))
    bad["events"][2]["location"] = "ent-nowhere"
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(json.dumps(d) for d in (seed_doc, bad, good2)) + "\n",
                 encoding="utf-8")
    r = kg("ingest", f)
    assert r.code == 1
    assert "stored: 2" in r.out and "rejected: 1" in r.out
    assert "batch.jsonl:2" in r.out and "dangling" in r.out
    stats = json.loads(kg("stats", "--json").out)
    assert stats["articles"] == 2 and stats["events"] == 10


def test_directory_argument_reads_every_facts_file(kg, seed_doc, tmp_path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    write_json(d / "a.json", seed_doc)
    write_json(d / "b.json", mutated(seed_doc, lambda x: x["article"].update(id="other")))
    assert kg("ingest", d).code == 0
    assert json.loads(kg("stats", "--json").out)["articles"] == 2


def test_missing_path(kg, tmp_path) -> None:
    r = kg("ingest", tmp_path / "nope.json")
    assert r.code == 4 and "no such file" in r.err


def test_store_locked_by_another_process(tmp_path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import pyoxigraph, sys, time; s = pyoxigraph.Store({str(store)!r}); "
         f"print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        r = kg_process("ingest", SEED_FACTS, store=store)
        assert r.returncode == 3
        assert "is locked" in r.stderr and "Traceback" not in r.stderr
    finally:
        holder.kill()
        holder.wait()
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0


def test_store_location_not_writable(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    r = kg_process("ingest", SEED_FACTS, store=blocker / "store")
    assert r.returncode == 3
    assert "cannot open store" in r.stderr and "Traceback" not in r.stderr


def test_kill_during_ingest_leaves_a_consistent_store(seed_doc, tmp_path) -> None:
    """kill -9 in the middle of a batch: every stored article is whole; a re-run completes."""
    n = 120
    batch = tmp_path / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = mutated(seed_doc, lambda d, i=i: d["article"].update(id=f"gen-{i:04d}"))
            fh.write(json.dumps(doc) + "\n")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "--store", str(store), "ingest", str(batch)],
        stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    seen = 0
    for line in proc.stderr:
        if line.startswith("stored"):
            seen += 1
            if seen >= 10:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    s = ox.Store(str(store))
    per_article = {
        row["g"].value: int(row["n"].value)
        for row in s.query("SELECT ?g (COUNT(?e) AS ?n) WHERE { GRAPH ?g { "
                           "?e a <https://w3id.org/conflict-kg/ontology#Event> } } GROUP BY ?g")
    }
    graphs = [g.value for g in s.named_graphs() if "/id/graph/gen-" in g.value]
    del s
    assert seen <= len(graphs) < n  # killed midway, everything reported stored is there
    assert all(per_article[g] == 5 for g in graphs)  # no half-written article

    r = kg_process("ingest", batch, "-q", store=store)
    assert r.returncode == 0, r.stderr
    assert f"articles: {n}" in r.stdout
    assert kg_process("validate", store=store).returncode == 0
    stats = json.loads(kg_process("stats", "--json", store=store).stdout)
    assert stats["articles"] == n and stats["events"] == 5 * n
