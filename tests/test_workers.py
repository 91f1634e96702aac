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


def _typed_snapshot(path: Path) -> Path:
    path.write_text(
        "<http://x/e1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/conflict-kg/ontology#Battle> <http://x/g> .\n"
        "<http://x/e1> <http://www.w3.org/2000/01/rdf-schema#label> \"ckg: in a string\" "
        "<http://x/g> .\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("query", [
    # predeclared prefixes, one or several, as clients write them
    "SELECT ?e WHERE { ?e a ckg:Battle }",
    "SELECT ?l WHERE { ?e a ckg:Battle ; rdfs:label ?l }",
    # the query's own declaration of a predeclared name wins
    "PREFIX ckg: <http://other/> SELECT ?e WHERE { ?e a ckg:Battle }",
    # an escape in the text: every prefix is passed
    'SELECT ?e WHERE { ?e a ckg:Battle . FILTER(STR(?e) != "\\u0041") }',
    # errors: an undeclared prefix, a prefix spelt with an escape, a syntax error after a prefix
    "SELECT ?e WHERE { ?e a nope:Battle }",
    "SELECT ?e WHERE { ?e a ckg\\u003ABattle }",
    "SELECT ?e WHERE { ?e a ckg:Battle ",
])
def test_predeclared_prefixes_answer_as_the_full_set_does(tmp_path: Path, query: str) -> None:
    """The worker gives the engine only the predeclared prefixes a query's text names
    (kg.web.workers._prefixes_used): answers and error messages are those of all of them."""
    import pyoxigraph as ox

    from kg.rdf.namespaces import PREFIXES

    snapshot = _typed_snapshot(tmp_path / "t.nq")
    reference = ox.Store()
    reference.bulk_load(path=str(snapshot), format=ox.RdfFormat.N_QUADS)
    try:
        expected = (200, reference.query(query, prefixes=PREFIXES,
                                         use_default_graph_as_union=True)
                    .serialize(format=ox.QueryResultsFormat.CSV), "")
    except SyntaxError as exc:
        expected = (400, b"", f"malformed query: {exc}")
    p = WorkerPool(snapshot, size=1, timeout=30)
    try:
        reply = p.run(QueryJob(query, "csv"))
    finally:
        p.close()
    assert (reply.status, reply.body, reply.message) == expected


def test_prefixes_used_is_a_superset_of_the_prefixes_a_query_writes() -> None:
    from kg.rdf.namespaces import PREFIXES
    from kg.web.workers import _prefixes_used

    declared = [(name + ":", name, iri) for name, iri in PREFIXES.items()]
    assert _prefixes_used("SELECT * { ?s a ckg:Battle ; rdfs:label ?l }", declared) == {
        "ckg": PREFIXES["ckg"], "rdfs": PREFIXES["rdfs"]}
    assert _prefixes_used("SELECT * { ?s ?p ?o }", declared) == {}
    assert _prefixes_used('SELECT * { ?s ?p "\\u0041" }', declared) == dict(PREFIXES)
