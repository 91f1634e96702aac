"""The query worker pool: which worker answers, and when replicas of old data go away.

Real worker processes on tiny N-Quads snapshots; no HTTP.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.web.workers import QueryJob, WorkerPool

COUNT = QueryJob("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "csv")


def _snapshot(path: Path, triples: int) -> Path:
    path.write_text("".join(f"<http://x/s{i}> <http://x/p> <http://x/o> <http://x/g> .\n"
                            for i in range(triples)), encoding="utf-8")
    return path


@pytest.fixture
def pool(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = WorkerPool(_snapshot(tmp_path / "v0.nq", 1), size=2, timeout=30)
    yield p
    p.close()


def test_the_worker_that_answered_takes_the_next_query(pool: WorkerPool) -> None:
    """Below full load one warm worker answers every query (last in, first out)."""
    bottom, top = list(pool._idle.queue)
    for _ in range(3):
        assert pool.run(COUNT).status == 200
        assert list(pool._idle.queue) == [bottom, top]


def test_reload_retires_idle_old_replicas_at_once(pool: WorkerPool, tmp_path: Path) -> None:
    old = list(pool._idle.queue)
    pool.reload(_snapshot(tmp_path / "v1.nq", 3))
    assert all(not w.process.is_alive() for w in old)  # their memory is freed now
    reply = pool.run(COUNT)  # waits for a fresh replica
    assert reply.status == 200 and reply.body.split() == [b"n", b"3"]
    assert pool.restarts == 0  # a reload is not a lost worker


def test_a_reply_names_the_data_version_it_was_computed_from(pool: WorkerPool,
                                                             tmp_path: Path) -> None:
    """The response cache keeps an answer only under the version it is of (kg.web.sparql)."""
    assert pool.run(COUNT).version == 0
    pool.reload(_snapshot(tmp_path / "v7.nq", 2), version=7)
    reply = pool.run(COUNT)
    assert reply.version == 7 and reply.body.split() == [b"n", b"2"]
    with pytest.raises(ValueError, match="not newer"):
        pool.reload(_snapshot(tmp_path / "v6.nq", 2), version=6)
