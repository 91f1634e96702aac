"""Large query results leave the workers as files and are streamed, never held whole."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import requests

from conftest import SEED_FACTS, Served, kg_process
from kg.web.workers import SPILL_BYTES, QueryJob, WorkerPool

#: about 2.7 MB of CSV on the seed data: every triple, 40 times over
BIG = ("SELECT ?a ?b WHERE { VALUES ?a { " + " ".join(map(str, range(40)))
       + " } ?s ?p ?o BIND(STR(?o) AS ?b) }")


def _snapshot(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    path = tmp_path / "snapshot.nq"
    assert kg_process("dump", "--format", "nquads", "-o", str(path), store=store).returncode == 0
    return path


def test_a_large_result_comes_back_as_a_file_only_when_allowed(tmp_path: Path) -> None:
    spill = tmp_path / "spill"
    spill.mkdir()
    pool = WorkerPool(_snapshot(tmp_path), size=1, timeout=60, spill_dir=spill)
    try:
        big = pool.run(QueryJob(BIG, "csv", spill=True))
        assert big.status == 200 and big.body == b"" and big.path is not None
        assert big.path.parent == spill and big.path.stat().st_size > SPILL_BYTES
        rows = list(csv.reader(io.StringIO(big.path.read_text(encoding="utf-8"))))
        inline = pool.run(QueryJob(BIG, "csv"))  # callers that need bytes still get them
        assert inline.path is None and len(inline.body) == big.path.stat().st_size
        small = pool.run(QueryJob("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "csv", spill=True))
        assert small.path is None and small.body.count(b"\r\n") == 4
    finally:
        pool.close()
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "snapshot.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(rows) - 1 == 40 * len(store)


def test_a_large_result_is_streamed_over_http(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    server = Served(store, "--workers", "1")
    try:
        with requests.get(server.base + "/sparql", params={"query": BIG},
                          headers={"Accept": "text/csv"}, stream=True, timeout=60) as r:
            assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv")
            length = int(r.headers["Content-Length"])
            body = b"".join(r.iter_content(1 << 16))
        assert length == len(body) > SPILL_BYTES
        count = requests.get(server.base + "/sparql", timeout=60, params={
            "query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
            headers={"Accept": "text/csv"}).text.split()[1]
        assert body.count(b"\r\n") - 1 == 40 * int(count)
    finally:
        server.stop()
