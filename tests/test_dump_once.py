"""`kg dump`, the stores' ``dump`` / ``open_dump`` and `kg release` write each triple of the
union of the graphs once (issue #6), on both backends.

A real store (a fresh directory, and a real ``oxigraph serve`` on 127.0.0.1) into which the seed
article is ingested and then, with ``kg load``, triples that really are in several graphs: one of
IRIs only, one with a literal, and blank-node ones, held by the default graph and named graphs.
The union they must give is computed here from the store's own N-Quads dump, as a set, without
:mod:`kg.rdf.union`. Before this change the triple formats came from one Oxigraph CONSTRUCT,
which never deduplicates a triple with a blank node (and forgets what it wrote after about a
million triples), so the blank-node triples were written once per graph.

Blank nodes: a blank node is scoped to the file it comes from. Within one N-Quads file the same
label in two graphs is one node (Oxigraph loads it as one node, and the union of the dump holds
its triple once); the same label in two files loaded one after the other is two nodes (Oxigraph
renames a file's blank nodes on every load), so their triples are two triples of the union, each
written once, as any consumer of the dump reads them.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SEED_FACTS, OxigraphServer
from kg.config import DEFAULT_BASE_IRI, Settings
from kg.exchange.release import make_release
from kg.rdf.union import union_triples
from kg.store import open_store
from kg.store.base import Store

EX = "http://example.org/"
UNION_CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"

#: one file: the same triples in the default graph and two named graphs; `_:b1` is one node
#: (one file), so its two triples are each one triple of the union
SHARED_NQ = f"""\
<{EX}s> <{EX}p> <{EX}o> .
<{EX}s> <{EX}p> <{EX}o> <{EX}g1> .
<{EX}s> <{EX}p> <{EX}o> <{EX}g2> .
<{EX}s> <{EX}label> "a literal in three graphs"@en .
<{EX}s> <{EX}label> "a literal in three graphs"@en <{EX}g1> .
<{EX}s> <{EX}label> "a literal in three graphs"@en <{EX}g2> .
_:b1 <{EX}p> "a blank node in two graphs" <{EX}g1> .
_:b1 <{EX}p> "a blank node in two graphs" <{EX}g2> .
<{EX}s> <{EX}q> _:b1 <{EX}g1> .
<{EX}s> <{EX}q> _:b1 <{EX}g2> .
"""


def _release_nq(n: int) -> str:
    """A data release loaded into its own graph: the same IRI and literal triples each time,
    and a blank node of its own (the label is scoped to this file)."""
    graph = f"<{EX}release/{n}>"
    return (f"<{EX}s> <{EX}p> <{EX}o> {graph} .\n"
            f"<{EX}s> <{EX}label> \"a literal in three graphs\"@en {graph} .\n"
            f"_:r <{EX}p> \"a node of each release\" {graph} .\n")


def _load_overlaps(kg, store: str | Path, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    r = kg("ingest", SEED_FACTS, store=store)
    assert r.code == 0, r.err
    files = [tmp / "shared.nq", tmp / "release-1.nq", tmp / "release-2.nq"]
    files[0].write_text(SHARED_NQ, encoding="utf-8")
    for n in (1, 2):
        files[n].write_text(_release_nq(n), encoding="utf-8")
    for f in files:
        r = kg("load", f, store=store)
        assert r.code == 0, r.err


def _expected(nquads: bytes) -> set[ox.Triple]:
    """The union of the graphs of an N-Quads dump, as a set (labels kept: one file)."""
    return {q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)}


def _check_once(data: bytes, fmt: ox.RdfFormat, expected: set[ox.Triple]) -> None:
    triples = [t.triple for t in ox.parse(data, format=fmt)]
    assert len(triples) == len(set(triples)), "a triple is written more than once"
    assert set(triples) == expected
    if fmt == ox.RdfFormat.N_TRIPLES:
        lines = data.splitlines()
        assert len(lines) == len(set(lines)) == len(expected)


def _check_overlaps(expected: set[ox.Triple], nquads: bytes) -> None:
    """The data really holds what the tests are about."""
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    blank = [q for q in quads if q.object == ox.Literal("a blank node in two graphs")]
    assert len(blank) == 2 and blank[0].subject == blank[1].subject  # one node, two graphs
    assert sum(t.object == ox.Literal("a blank node in two graphs") for t in expected) == 1
    assert sum(t.object == ox.Literal("a node of each release") for t in expected) == 2
    shared = ox.Triple(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "o"))
    assert sum(q.triple == shared for q in quads) == 5 and shared in expected
    assert len(quads) - len(expected) >= 10


FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}


@pytest.fixture
def overlapping(kg, store_location: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """A store of each backend holding the seed article and the overlapping triples."""
    _load_overlaps(kg, store_location, tmp_path)
    return store_location


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_kg_dump_writes_each_triple_once(kg, overlapping: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                          fmt: str) -> None:
    nquads = kg("dump", "--format", "nquads", store=overlapping)
    assert nquads.code == 0, nquads.err
    expected = _expected(nquads.out.encode())
    _check_overlaps(expected, nquads.out.encode())
    r = kg("dump", "--format", fmt, store=overlapping)
    assert r.code == 0, r.err
    _check_once(r.out.encode(), FORMATS[fmt], expected)
    # to a file, gzip'd: the same bytes
    out = tmp_path / f"dump.{fmt}.gz"
    r2 = kg("dump", "--format", fmt, "--gzip", "-o", out, store=overlapping)
    assert r2.code == 0, r2.err
    assert gzip.decompress(out.read_bytes()) == r.out.encode()
    assert not list(tmp_path.glob("*.part"))


@pytest.fixture(scope="module")
def union_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """``oxigraph serve --union-default-graph``: an engine whose default graph is the union
    (KG_STORE_UNION=native, like Fuseki, GraphDB, Virtuoso). The CONSTRUCT of
    ``{ ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }`` there finds every triple twice, and at 100k
    events (3.8M triples, past the CONSTRUCT's window) `kg dump --format ntriples` wrote each
    one twice: 1,213 MB instead of 606 (bench/results/dumps.md)."""
    server = OxigraphServer(tmp_path_factory.mktemp("union-engine"), union=True)
    yield server
    server.stop()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_an_engine_with_a_union_default_graph_gets_each_triple_once(
        kg, union_engine: OxigraphServer, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    union_engine.clear()
    _load_overlaps(kg, union_engine.url, tmp_path)
    nquads = kg("dump", "--format", "nquads", store=union_engine.url)
    assert nquads.code == 0, nquads.err
    expected = _expected(nquads.out.encode())
    _check_overlaps(expected, nquads.out.encode())
    r = kg("dump", "--format", fmt, store=union_engine.url)
    assert r.code == 0, r.err
    _check_once(r.out.encode(), FORMATS[fmt], expected)


@pytest.fixture
def opened(overlapping: str) -> Iterator[Store]:
    store = open_store(overlapping, base_iri=DEFAULT_BASE_IRI,
                       settings=Settings(store=overlapping))
    yield store
    store.close()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_store_api_writes_each_triple_once(opened: Store, fmt: str) -> None:
    quads = io.BytesIO()
    opened.dump(quads, "nquads")
    expected = _expected(quads.getvalue())
    out = io.BytesIO()
    opened.dump(out, fmt)
    _check_once(out.getvalue(), FORMATS[fmt], expected)
    later = io.BytesIO()
    opened.open_dump(fmt)(later)
    assert later.getvalue() == out.getvalue()


def test_release_triple_files_hold_each_triple_once(opened: Store, tmp_path: Path) -> None:
    release = make_release(opened, tmp_path / "releases", "1.0", date(2026, 11, 30),
                           base_iri=DEFAULT_BASE_IRI)
    expected = _expected(gzip.decompress((release.path / "conflict-kg.nq.gz").read_bytes()))
    _check_once(gzip.decompress((release.path / "conflict-kg.nt.gz").read_bytes()),
                ox.RdfFormat.N_TRIPLES, expected)
    _check_once(gzip.decompress((release.path / "conflict-kg.ttl.gz").read_bytes()),
                ox.RdfFormat.TURTLE, expected)


def test_open_dump_fixes_the_data_when_it_is_called(tmp_path: Path) -> None:
    """Embedded store: the snapshot of a triple dump is taken in ``open_dump``; what is written
    afterwards is not in it."""
    store = open_store(str(tmp_path / "store"), base_iri=DEFAULT_BASE_IRI,
                       settings=Settings(store=str(tmp_path / "store")))
    try:
        store.update(f"INSERT DATA {{ GRAPH <{EX}a> {{ _:x <{EX}p> 1 }} "
                     f"GRAPH <{EX}b> {{ _:x <{EX}p> 1 }} }}")
        writers = {fmt: store.open_dump(fmt) for fmt in FORMATS}
        store.update(f"INSERT DATA {{ <{EX}later> <{EX}p> 2 }}")
        for fmt, write in writers.items():
            out = io.BytesIO()
            write(out)
            triples = [t.triple for t in ox.parse(out.getvalue(), format=FORMATS[fmt])]
            assert len(triples) == 1 and triples[0].object == ox.Literal(
                "1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    finally:
        store.close()


def test_writes_during_a_dump_are_not_in_it(tmp_path: Path) -> None:
    """A store big enough that its N-Quads are still being written to the temporary file when
    the store changes: the dump is of the data as it was when ``open_dump`` returned."""
    location = str(tmp_path / "store")
    store = open_store(location, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=location))
    try:
        data = tmp_path / "bulk.nq"
        with data.open("w", encoding="utf-8") as fh:
            for i in range(60_000):
                fh.write(f"<{EX}s{i}> <{EX}p{i % 3}> \"value {i}\" <{EX}g{i % 7}> .\n")
                if i % 10 == 0:  # and again in another graph
                    fh.write(f"<{EX}s{i}> <{EX}p{i % 3}> \"value {i}\" <{EX}copy> .\n")
        store.load(data)
        before = io.BytesIO()
        store.dump(before, "nquads")
        expected = _expected(before.getvalue())
        write = store.open_dump("ntriples")
        store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{EX}p0> ?o }} }}; "
                     f"INSERT DATA {{ <{EX}later> <{EX}p> 2 }}")
        out = io.BytesIO()
        write(out)
        _check_once(out.getvalue(), ox.RdfFormat.N_TRIPLES, expected)
        assert len(expected) == 60_000
    finally:
        store.close()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_without_repeats_the_dump_is_the_construct_byte_for_byte(kg, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  fmt: str) -> None:
    """The seed store holds no triple in two graphs: `kg dump` writes the very bytes the
    CONSTRUCT of the union wrote before, so files and their checksums do not change."""
    store = tmp_path / "store"
    assert kg("ingest", SEED_FACTS, store=store).code == 0
    r = kg("dump", "--format", fmt, store=store)
    assert r.code == 0, r.err
    reference = ox.Store.read_only(str(store))
    try:
        construct = reference.query(UNION_CONSTRUCT).serialize(format=FORMATS[fmt])
    finally:
        del reference
    assert r.out.encode() == construct


def test_a_blank_node_label_is_one_node_across_the_blocks_of_one_file(tmp_path: Path) -> None:
    """union.py reads a file in blocks, each parsed on its own: the parser keeps labels, so
    `_:b1` in the first block and in the last is still one node and its triple is written once;
    two labels are two nodes even when their triples are otherwise equal."""
    lines = [f"_:b1 <{EX}p> \"x\" <{EX}g0> .\n", f"_:b2 <{EX}p> \"x\" <{EX}g0> .\n"]
    lines += [f"<{EX}s{i}> <{EX}p> \"filler {i}\" <{EX}g{i % 3}> .\n" for i in range(500)]
    lines += [f"_:b1 <{EX}p> \"x\" <{EX}g1> .\n", f"_:b2 <{EX}p> \"x\" <{EX}g2> .\n"]
    nq = tmp_path / "one-file.nq"
    nq.write_text("".join(lines), encoding="utf-8")
    for block_bytes in (1 << 20, 256):
        with nq.open("rb") as src:
            got = list(union_triples(src, block_bytes=block_bytes))
        blank = [t for t in got if isinstance(t.subject, ox.BlankNode)]
        assert sorted(t.subject.value for t in blank) == ["b1", "b2"]
        assert len(got) == len(set(got)) == 502
