"""The triple dumps are the union of the graphs, each triple once, from one version's snapshot
file (kg/rdf/union.py, issue #6).

Real Oxigraph stores in which triples really are in several graphs (the default graph and named
ones, blank nodes, whole graphs copied, literals that differ only by datatype or language),
dumped to N-Quads as ``kg serve`` writes its snapshots; the union written from that file is
compared, as a set, with Oxigraph's own evaluation of the union on the store. The real hash runs,
and so do weak ones that make every collision path of the table run (equal hashes inside a
block and across blocks, fingerprints shared by different triples, long probe sequences)."""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.config import Settings
from kg.rdf.union import _Seen, union_triples, write_union
from kg.store import open_store
from kg.web import Snapshots
from kg.web.dumps import Superseded, _source

EX = "http://example.org/"
UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _n(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def _overlapping_quads(graphs: int = 40, per_graph: int = 120) -> list[ox.Quad]:
    """Graphs of their own triples, plus triples held by several graphs."""
    shared = ox.Triple(_n("shared"), _n("p"), _n("o"))
    blank = ox.Triple(ox.BlankNode("b1"), _n("p"), ox.Literal("in two graphs"))
    to_blank = ox.Triple(_n("s"), _n("p"), ox.BlankNode("b1"))
    long_literal = ox.Triple(_n("long"), _n("p"), ox.Literal("x" * 10_000))
    quads = [ox.Quad(*shared, ox.DefaultGraph()), ox.Quad(*long_literal, ox.DefaultGraph())]
    for g in range(graphs):
        graph = _n(f"g{g}")
        quads += [ox.Quad(_n(f"s{g}.{i}"), _n(f"p{i % 5}"), ox.Literal(f"value {g} {i}"), graph)
                  for i in range(per_graph)]
        # triples in every graph, and ones that differ only by datatype or language
        quads += [ox.Quad(_n(f"common{k}"), _n("p"), ox.Literal(str(k)), graph) for k in range(5)]
        quads.append(ox.Quad(_n("typed"), _n("p"), ox.Literal("1", datatype=XSD_INT), graph))
        quads.append(ox.Quad(_n("typed"), _n("p"), ox.Literal("1"), graph))
        quads.append(ox.Quad(_n("tagged"), _n("p"), ox.Literal("a", language="en"), graph))
        quads.append(ox.Quad(_n("tagged"), _n("p"), ox.Literal("a", language="fr"), graph))
        if g % 7 == 0:
            quads.append(ox.Quad(*shared, graph))
        if g in (1, 2):
            quads += [ox.Quad(*blank, graph), ox.Quad(*to_blank, graph)]
        if g == 5:
            quads.append(ox.Quad(*long_literal, graph))
    # a whole graph copied into another: a run of repeats
    quads += [ox.Quad(q.subject, q.predicate, q.object, _n("copy"))
              for q in quads if q.graph_name == _n("g3")]
    return quads


def _stored(tmp: Path, quads: list[ox.Quad]) -> tuple[ox.Store, Path]:
    """An on-disk store holding ``quads``, and its N-Quads dump (what Snapshots writes)."""
    store = ox.Store(str(tmp / "store"))
    store.extend(quads)
    nq = tmp / "snapshot.nq"
    with nq.open("wb") as fh:
        store.dump(fh, ox.RdfFormat.N_QUADS)
    return store, nq


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> tuple[ox.Store, Path]:
    return _stored(tmp_path_factory.mktemp("union"), _overlapping_quads())


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[ox.Store, Path]:
    """Fewer triples, for the weak hashes (a constant hash makes every lookup a scan)."""
    return _stored(tmp_path_factory.mktemp("union-small"), _overlapping_quads(12, 30))


def _expected(store: ox.Store) -> set[ox.Triple]:
    return set(store.query(UNION_CONSTRUCT))


def _union(nq: Path, **kw: object) -> list[ox.Triple]:
    with nq.open("rb") as src:
        return list(union_triples(src, **kw))  # type: ignore[arg-type]


def test_the_store_really_holds_triples_in_several_graphs(dataset) -> None:
    store, _nq = dataset
    assert len(store) - len(_expected(store)) > 200  # quads beyond the distinct triples
    shared = ox.Triple(_n("shared"), _n("p"), _n("o"))
    holders = {q.graph_name for q in store.quads_for_pattern(*shared, None)}
    assert ox.DefaultGraph() in holders and len(holders) == 7


@pytest.mark.parametrize("block_bytes", [1 << 20, 4096, 100])
def test_the_union_is_the_union_query_with_each_triple_once(dataset, block_bytes: int) -> None:
    store, nq = dataset
    got = _union(nq, block_bytes=block_bytes)
    assert len(got) == len(set(got))
    assert set(got) == _expected(store)


HASHERS: dict[str, Callable[[ox.Triple], int]] = {
    "constant": lambda t: 0,
    "16 values": lambda t: hash(t) & 0xF,
    "4 home slots": lambda t: (hash(t) & 0x3) << 61,
    "negative, 4 home slots": lambda t: -((hash(t) & 0x3) << 61) - 1,
    "same fingerprint, other low bits": lambda t: (1 << 40) | (hash(t) & 0xFFFFFF),
    "by subject": lambda t: hash(t.subject),
}


@pytest.mark.parametrize("name", HASHERS)
@pytest.mark.parametrize("block_bytes", [1 << 20, 2048])
def test_hash_collisions_never_drop_or_repeat_a_triple(small, name: str,
                                                        block_bytes: int) -> None:
    store, nq = small
    got = _union(nq, block_bytes=block_bytes, hasher=HASHERS[name])
    assert len(got) == len(set(got))
    assert set(got) == _expected(store)


def test_ntriples_and_turtle_parse_to_the_union(dataset) -> None:
    store, nq = dataset
    expected = _expected(store)
    out = io.BytesIO()
    with nq.open("rb") as src:
        write_union(src, out, ox.RdfFormat.N_TRIPLES)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(set(lines)) == len(expected)
    assert {q.triple for q in ox.parse(out.getvalue(), format=ox.RdfFormat.N_TRIPLES)} == expected

    ttl = io.BytesIO()
    with nq.open("rb") as src:
        write_union(src, ttl, ox.RdfFormat.TURTLE)
    construct = store.query(UNION_CONSTRUCT).serialize(format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(Graph().parse(data=ttl.getvalue(), format="turtle"),
                      Graph().parse(data=construct, format="nt"))


def test_without_repeats_the_output_is_the_construct_byte_for_byte(tmp_path: Path) -> None:
    """Data in which no triple is in two graphs: the same bytes as the CONSTRUCT the dumps
    used before, so cached files and their ETags do not change."""
    own = [q for q in _overlapping_quads() if q.graph_name != _n("copy")
           and re.fullmatch(r"s\d+\.\d+", q.subject.value.removeprefix(EX))]
    own.append(ox.Quad(ox.BlankNode("b"), _n("p"), ox.Literal("x" * 10_000), _n("g1")))
    store, nq = _stored(tmp_path, own)
    assert len(store) == len(_expected(store)) > 4000
    for fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
        out = io.BytesIO()
        with nq.open("rb") as src:
            write_union(src, out, fmt)
        assert out.getvalue() == store.query(UNION_CONSTRUCT).serialize(format=fmt)


def test_the_table_grows_and_still_finds_every_repeat(tmp_path: Path) -> None:
    """More distinct triples than the first table holds (its size is guessed from the file),
    with repeats before and after it grows."""
    store = ox.Store()
    store.extend(_overlapping_quads(graphs=400, per_graph=150))
    nq = tmp_path / "snapshot.nq"
    with nq.open("wb") as fh:
        store.dump(fh, ox.RdfFormat.N_QUADS)
    got = _union(nq, block_bytes=8192)
    assert len(got) == len(set(got)) and set(got) == _expected(store)
    guessed = _Seen(nq.stat().st_size // 200)
    assert len(got) > 0.7 * len(guessed.table)  # so the table did grow


def test_seen_reports_exactly_the_hashes_it_holds() -> None:
    rng = np.random.default_rng(6)
    seen = _Seen(1)
    batches = [rng.integers(0, 2**64, 5000, dtype=np.uint64) for _ in range(30)]
    for block, hashes in enumerate(batches):
        found, _where = seen.add(np.unique(hashes), block)
        assert found.size == 0
    assert seen.count == sum(np.unique(b).size for b in batches)
    assert len(seen.table) > seen.count / 0.7 and np.count_nonzero(seen.table) == seen.count
    for block, hashes in enumerate(batches):
        found, where = seen.add(np.unique(hashes), 100 + block)
        assert found.size == np.unique(hashes).size
        assert set(where.tolist()) == {block}


def test_the_dump_is_of_the_version_it_was_asked_for(tmp_path: Path) -> None:
    """The producer of a version's triple dump reads that version's snapshot file, opened when
    the build starts: writes and newer snapshots after that (the file itself is removed two
    versions later) change nothing in it."""
    settings = Settings.from_env()
    store = open_store(str(tmp_path / "store"), base_iri=settings.base_iri, settings=settings)
    try:
        store.update(f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}v0> <{EX}p> 1 }} "
                     f"GRAPH <{EX}b> {{ <{EX}v0> <{EX}p> 1 }} }}")
        snapshots = Snapshots(store)
        version = snapshots.version
        produce = _source("ntriples", version, snapshots, store)
        for i in (1, 2, 3):  # three writes, each publishing a version
            store.update(f"INSERT DATA {{ <{EX}v{i}> <{EX}p> {i} }}")
            snapshots.next()
        with pytest.raises(Superseded):
            _source("ntriples", version, snapshots, store)
        out = io.BytesIO()
        produce(out)
        assert out.getvalue() == f"<{EX}v0> <{EX}p> \"1\"^^<{XSD_INT.value}> .\n".encode()
        newest = io.BytesIO()
        _source("turtle", snapshots.version, snapshots, store)(newest)
        assert len({q.triple for q in ox.parse(newest.getvalue(),
                                               format=ox.RdfFormat.TURTLE)}) == 4
    finally:
        store.close()


def test_the_union_is_read_behind_a_writer_and_its_file_removed(
        dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """QuadsFile: the N-Quads are written in another thread, slowly and in pieces that cut
    lines anywhere, while the union is read behind them; the result is the union of the whole
    file, and the temporary directory is gone afterwards."""
    import time

    from kg.rdf.union import QuadsFile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store, nq = dataset
    data = nq.read_bytes()

    def produce(path: str) -> None:
        with open(path, "wb") as fh:
            for i in range(0, len(data), 100_003):
                fh.write(data[i:i + 100_003])
                fh.flush()
                time.sleep(0.002)

    out = io.BytesIO()
    source = QuadsFile(produce)
    source.wait_begun()
    source.write_union(out, ox.RdfFormat.N_TRIPLES)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(set(lines)) == len(_expected(store))
    with nq.open("rb") as src:
        assert out.getvalue() == ox.serialize(list(union_triples(src)),
                                              format=ox.RdfFormat.N_TRIPLES)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_writer_fails_the_union_and_leaves_no_file(
        dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.errors import StoreError
    from kg.rdf.union import QuadsFile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _store, nq = dataset

    def produce(path: str) -> None:
        with open(path, "wb") as fh:
            fh.write(nq.read_bytes()[:3_000_000])
        raise StoreError("the engine went away")

    with pytest.raises(StoreError, match="went away"):
        QuadsFile(produce).write_union(io.BytesIO(), ox.RdfFormat.N_TRIPLES)
    assert list(tmp_path.iterdir()) == []

    def refuse(path: str) -> None:
        raise StoreError("refused at once")

    with pytest.raises(StoreError, match="at once"):
        QuadsFile(refuse).wait_begun()
    assert list(tmp_path.iterdir()) == []
