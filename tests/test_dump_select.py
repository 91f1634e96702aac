"""Dumps of a remote store whose engine has no whole-dataset Graph Store Protocol GET
(Virtuoso, GraphDB, Neptune): the dataset is read with SPARQL SELECT in TSV results instead
(kg/store/remote.py, kg/store/tsv_quads.py), into the same N-Quads and the same union.

Real parts only: a real ``oxigraph serve`` on 127.0.0.1 (plain, and with
``--union-default-graph``: an engine whose default graph is the union), ``kg`` run in process
or as ``kg serve``, and, where an engine without the GET is needed, the tests' real loopback
proxy (tests/auth_proxy.py) in front of the server answering that GET itself with the status
such an engine gives (405 and the others of ``NO_DATASET_GET``), or cutting results off at a
number of rows as Virtuoso's ``ResultSetMaxRows`` does.

The data: the seed article, the overlapping triples of tests/test_dump_once.py (a triple in the
default graph and two named graphs, blank nodes in two graphs), and literals of every shape TSV
writes differently from N-Quads or not at all the same way (bare numbers and booleans, escapes,
language tags, datatypes), IRIs with non-ASCII characters, blank nodes as subject, object and
graph name. On Oxigraph the SELECT path must give the very bytes of the Graph Store path.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from test_dump_once import EX, _check_once, _expected, _load_overlaps

from auth_proxy import AuthProxy
from conftest import OxigraphServer, Served
from kg.config import DEFAULT_BASE_IRI, Settings
from kg.exchange.release import make_release
from kg.store import open_store
from kg.store.remote import NO_DATASET_GET, RemoteStore
from kg.store.tsv_quads import TsvQuads

XSD = "http://www.w3.org/2001/XMLSchema#"
FORMATS = ["ntriples", "turtle", "nquads", "trig", "jsonld"]
TRIPLE_FORMATS = {"ntriples": ox.RdfFormat.N_TRIPLES, "turtle": ox.RdfFormat.TURTLE}

#: terms whose TSV form is not their N-Quads form (bare numbers and booleans), or that only
#: survive with their escapes, language tags and datatypes intact; in named graphs, one of them
#: named by a blank node, and a few in the default graph
TERMS_NQ = f"""\
<{EX}t> <{EX}str> "tab\\there, newline\\nand return\\r" <{EX}g1> .
<{EX}t> <{EX}str> "quote \\" backslash \\\\ apostrophe ' end" <{EX}g1> .
<{EX}t> <{EX}str> "unicode \u00e9 \u00fc \u4e2d \U0001F600, escaped \\u00E9" <{EX}g2> .
<{EX}t> <{EX}str> "control \\u0001 and \\u007F chars" <{EX}g2> .
<{EX}t> <{EX}str> "" <{EX}g1> .
<{EX}t> <{EX}str> "42" <{EX}g1> .
<{EX}t> <{EX}str> "true" <{EX}g1> .
<{EX}t> <{EX}lang> "chat"@fr <{EX}g1> .
<{EX}t> <{EX}lang> "colour"@en-GB <{EX}g1> .
<{EX}t> <{EX}lang> ""@en <{EX}g1> .
<{EX}t> <{EX}lang> "it's \\"quoted\\""@en <{EX}g2> .
<{EX}t> <{EX}num> "42"^^<{XSD}integer> <{EX}g1> .
<{EX}t> <{EX}num> "+7"^^<{XSD}integer> <{EX}g1> .
<{EX}t> <{EX}num> "007"^^<{XSD}integer> <{EX}g1> .
<{EX}t> <{EX}num> "-0.50"^^<{XSD}decimal> <{EX}g1> .
<{EX}t> <{EX}num> "1.0E3"^^<{XSD}double> <{EX}g1> .
<{EX}t> <{EX}num> "1e3"^^<{XSD}double> <{EX}g1> .
<{EX}t> <{EX}num> "INF"^^<{XSD}double> <{EX}g1> .
<{EX}t> <{EX}num> "NaN"^^<{XSD}double> <{EX}g1> .
<{EX}t> <{EX}num> "not a number"^^<{XSD}integer> <{EX}g1> .
<{EX}t> <{EX}bool> "true"^^<{XSD}boolean> <{EX}g1> .
<{EX}t> <{EX}bool> "0"^^<{XSD}boolean> <{EX}g1> .
<{EX}t> <{EX}date> "2020-02-10"^^<{XSD}date> <{EX}g1> .
<{EX}t> <{EX}dt> "abc"^^<{EX}datatype> <{EX}g2> .
<{EX}t> <{EX}iri> <{EX}caf\u00e9/%20?q=1#frag> <{EX}g2> .
_:n1 <{EX}p> _:n2 <{EX}g3> .
_:n1 <{EX}p> _:n2 <{EX}g4> .
_:n2 <{EX}label> "second node"@en <{EX}g3> .
<{EX}t> <{EX}in> "a graph named by a blank node" _:graph .
<{EX}t> <{EX}num> "42"^^<{XSD}integer> .
<{EX}t> <{EX}str> "tab\\there, newline\\nand return\\r" .
"""


@pytest.fixture(scope="module")
def union_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    """An engine whose default graph is the union (KG_STORE_UNION=native), like Virtuoso,
    GraphDB and Neptune: the SELECT must read each graph once there too."""
    server = OxigraphServer(tmp_path_factory.mktemp("union-engine"), union=True)
    yield server
    server.stop()


@pytest.fixture(params=["plain", "union"])
def engine(request: pytest.FixtureRequest) -> str:
    """The URL of an empty engine of each kind."""
    if request.param == "plain":
        return request.getfixturevalue("remote_url")
    server: OxigraphServer = request.getfixturevalue("union_engine")
    server.clear()
    return server.url


def _load_all(kg, url: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    _load_overlaps(kg, url, tmp)
    terms = tmp / "terms.nq"
    terms.write_text(TERMS_NQ, encoding="utf-8")
    r = kg("load", terms, store=url)
    assert r.code == 0, r.err


@pytest.fixture
def loaded(kg, engine: str, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    _load_all(kg, engine, tmp_path)
    return engine


def _is_dataset_get(method: str, path: str) -> bool:
    """The whole-dataset Graph Store GET (``/store`` with no ``?graph=`` / ``?default``)."""
    return method == "GET" and path.split("?")[0] == "/store" and "?" not in path


def _refusing(url: str, status: int = 405) -> AuthProxy:
    """An engine without the whole-dataset GET: the server behind a proxy answering it."""
    return AuthProxy(url, refuse=lambda m, p: status if _is_dataset_get(m, p) else None)


def _dump(kg, url: str, fmt: str, *flags: str) -> bytes:  # type: ignore[no-untyped-def]
    r = kg(*flags, "dump", "--format", fmt, store=url)
    assert r.code == 0, r.err
    return r.out.encode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_select_dump_is_the_graph_store_dump_byte_for_byte(kg, loaded: str,  # type: ignore[no-untyped-def]
                                                               fmt: str) -> None:
    """KG_STORE_DUMP=select on an engine that also has the GET: the same bytes in every
    format, on a plain server and on one whose default graph is the union."""
    by_gsp = _dump(kg, loaded, fmt, "--store-dump", "gsp")
    recorder = AuthProxy(loaded)  # recording only: the SELECT path asks no whole-dataset GET
    try:
        by_select = _dump(kg, recorder.url, fmt, "--store-dump", "select")
        assert not any(_is_dataset_get(s.method, s.path) for s in recorder.seen)
        assert any(s.method == "POST" for s in recorder.seen)
    finally:
        recorder.stop()
    assert by_select == by_gsp
    if fmt in TRIPLE_FORMATS:
        nquads = _dump(kg, loaded, "nquads", "--store-dump", "gsp")
        _check_once(by_select, TRIPLE_FORMATS[fmt], _expected(nquads))
    # the data holds what this test is about: the engine writes numbers and booleans bare in
    # TSV, and every string, language-tagged literal and IRI of TERMS_NQ is in the dumps as
    # written (numbers are kept in their canonical form by Oxigraph, on either path)
    tsv = requests.post(loaded + "query", timeout=30,
                        data={"query": f"SELECT ?o WHERE {{ GRAPH ?g {{ <{EX}t> ?p ?o }} }}"},
                        headers={"Accept": "text/tab-separated-values"}).text
    assert sum(line[:1] not in '<_"' for line in tsv.splitlines()[1:]) >= 5
    quads = set(ox.parse(_dump(kg, loaded, "nquads", "--store-dump", "select"),
                         format=ox.RdfFormat.N_QUADS))
    kept = {q for q in ox.parse(TERMS_NQ, format=ox.RdfFormat.N_QUADS)
            if not isinstance(q.subject, ox.BlankNode)
            and not isinstance(q.graph_name, ox.BlankNode)
            and (not isinstance(q.object, ox.Literal)
                 or q.object.datatype.value.endswith(("#string", "#langString")))}
    assert len(kept) == 13 and kept <= quads


@pytest.mark.parametrize("status", [*sorted(NO_DATASET_GET), 200])
def test_without_the_dataset_get_dumps_fall_back_to_select(kg, loaded: str,  # type: ignore[no-untyped-def]
                                                           status: int) -> None:
    """The engine answers the whole-dataset GET with ``status`` (200: with a text/plain body,
    not N-Quads): `kg dump` (default KG_STORE_DUMP=auto) writes the bytes the GET would have
    given, in every format. Without the fallback these dumps fail (exit 3), as they did before
    it."""
    proxy = _refusing(loaded, status)
    try:
        for fmt in FORMATS:
            assert _dump(kg, proxy.url, fmt) == _dump(kg, loaded, fmt), fmt
        refused = [s for s in proxy.seen if _is_dataset_get(s.method, s.path)]
        assert refused and all(s.status == status for s in refused)
        assert any(s.method == "POST" and s.path.startswith("/query") for s in proxy.seen)
    finally:
        proxy.stop()


def test_the_decision_is_kept_for_the_process(loaded: str) -> None:
    """One probe per process (as KG_STORE_UNION=auto): the second dump of a store object goes
    straight to SELECT; and a store that found the GET keeps using it."""
    proxy = _refusing(loaded)
    store = open_store(proxy.url, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=proxy.url))
    direct = open_store(loaded, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=loaded))
    assert isinstance(store, RemoteStore) and isinstance(direct, RemoteStore)
    try:
        assert store.dump_mode == direct.dump_mode == "auto"
        outs = []
        for fmt in ("ntriples", "nquads", "ntriples"):
            out = io.BytesIO()
            store.dump(out, fmt)
            outs.append(out.getvalue())
            reference = io.BytesIO()
            direct.dump(reference, fmt)
            assert out.getvalue() == reference.getvalue()
        assert outs[0] == outs[2]
        assert sum(_is_dataset_get(s.method, s.path) for s in proxy.seen) == 1
        assert store.dump_mode == "select" and direct.dump_mode == "gsp"
    finally:
        store.close()
        direct.close()
        proxy.stop()


def test_kg_store_dump_gsp_never_falls_back(kg, loaded: str) -> None:  # type: ignore[no-untyped-def]
    """KG_STORE_DUMP=gsp: the engine's refusal is reported (exit 3), no SELECT is tried."""
    proxy = _refusing(loaded)
    try:
        r = kg("--store-dump", "gsp", "dump", "--format", "ntriples", store=proxy.url)
        assert r.code == 3 and "405" in r.err, r.err
        assert not any(s.method == "POST" for s in proxy.seen)  # no query: no SELECT
    finally:
        proxy.stop()


def test_other_refusals_are_errors_not_a_fallback(kg, loaded: str) -> None:  # type: ignore[no-untyped-def]
    """401/403 (credentials) and 500 are the engine's problem to report, not a missing GET."""
    for status in (401, 403, 500):
        proxy = _refusing(loaded, status)
        try:
            r = kg("dump", "--format", "ntriples", store=proxy.url)
            assert r.code == 3, r.err
            assert not any(s.method == "POST" for s in proxy.seen)
        finally:
            proxy.stop()


def _cut_after(rows: int):  # type: ignore[no-untyped-def]
    """A proxy transform: TSV results cut off after ``rows`` rows, silently (Virtuoso's
    ResultSetMaxRows sends no sign of it)."""
    def cut(content_type: str, body: bytes) -> bytes:
        if not content_type.startswith("text/tab-separated-values"):
            return body
        lines = body.splitlines(keepends=True)
        return b"".join(lines[:rows + 1])
    return cut


def test_a_result_cut_off_by_the_engine_is_an_error(kg, loaded: str) -> None:  # type: ignore[no-untyped-def]
    proxy = AuthProxy(loaded, transform=_cut_after(50))
    try:
        r = kg("--store-dump", "select", "dump", "--format", "ntriples", store=proxy.url)
        assert r.code == 3, r.err
        assert "rows of the" in r.err and "KG_STORE_DUMP_PAGE" in r.err
        assert r.out == ""
    finally:
        proxy.stop()


def test_pages_read_an_engine_that_caps_results(kg, loaded: str,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """KG_STORE_DUMP_PAGE at most the cap: every quad arrives (ordered by the SELECT's ORDER BY,
    so the same triples as the GET's dump, not in its order)."""
    proxy = AuthProxy(loaded, transform=_cut_after(400))
    monkeypatch.setenv("KG_STORE_DUMP_PAGE", "400")
    try:
        by_gsp = _dump(kg, loaded, "nquads", "--store-dump", "gsp")
        paged = _dump(kg, proxy.url, "nquads", "--store-dump", "select")
        assert sorted(paged.splitlines()) == sorted(by_gsp.splitlines())
        assert len(by_gsp.splitlines()) > 1000  # several pages, the last one short
        nt = _dump(kg, proxy.url, "ntriples", "--store-dump", "select")
        _check_once(nt, ox.RdfFormat.N_TRIPLES, _expected(by_gsp))
        pages = [s for s in proxy.seen if s.method == "POST" and s.path.startswith("/query")]
        assert len(pages) >= 2 * (len(by_gsp.splitlines()) // 400)
    finally:
        proxy.stop()


def test_the_default_graph_s_blank_nodes_are_labelled_apart(kg, remote_url: str,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """The default graph proper is another document (the one-graph GET) than the SELECT's
    result: its blank nodes get labels of their own, so they can never be taken for a named
    graph's node that an engine happens to label the same way. (Oxigraph labels one node the
    same in both, so there, a node in the default graph and in a named graph becomes two.)"""
    data = tmp_path / "default-bnodes.nq"
    data.write_text(f'_:d <{EX}p> "in the default graph" .\n'
                    f'_:n <{EX}p> "in a named graph" <{EX}g> .\n', encoding="utf-8")
    assert kg("load", data, store=remote_url).code == 0
    nt = _dump(kg, remote_url, "ntriples", "--store-dump", "select")
    triples = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
    assert sorted(t.object.value for t in triples) == ["in a named graph", "in the default graph"]
    default = next(t for t in triples if t.object.value == "in the default graph")
    named = next(t for t in triples if t.object.value == "in a named graph")
    assert default.subject.value.startswith("kgdefault") and default.subject != named.subject


def test_kg_release_and_the_served_dumps_without_the_dataset_get(kg, loaded: str,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    """`kg release` and `kg serve`'s /dumps/ through an engine without the GET: the files the
    GET gives."""
    proxy = _refusing(loaded)
    try:
        stores = {name: open_store(url, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=url))
                  for name, url in (("select", proxy.url), ("gsp", loaded))}
        try:
            releases = {name: make_release(store, tmp_path / name, "1.0", date(2026, 11, 30),
                                           base_iri=DEFAULT_BASE_IRI)
                        for name, store in stores.items()}
        finally:
            for store in stores.values():
                store.close()
        for name in ("conflict-kg.nq.gz", "conflict-kg.nt.gz", "conflict-kg.ttl.gz"):
            assert (gzip.decompress((releases["select"].path / name).read_bytes())
                    == gzip.decompress((releases["gsp"].path / name).read_bytes())), name
        served = Served(proxy.url)  # type: ignore[arg-type]
        try:
            for name, fmt in (("conflict-kg.nt.gz", "ntriples"), ("conflict-kg.ttl.gz", "turtle"),
                              ("conflict-kg.nq.gz", "nquads")):
                r = requests.get(f"{served.base}/dumps/{name}", timeout=60)
                assert r.status_code == 200, (name, r.text[:300])
                assert gzip.decompress(r.content) == _dump(kg, loaded, fmt), name
        finally:
            served.stop()
    finally:
        proxy.stop()


@pytest.mark.parametrize("split", [1, 7, 1 << 16])
def test_tsv_terms_in_the_rest_of_turtle_syntax(split: int) -> None:
    """TSV may write terms in any of Turtle's forms for them, not only N-Quads' (other engines
    than Oxigraph do): each becomes the same RDF term, however the answer is cut into chunks;
    columns in any order, CRLF line ends, ?g unbound or absent."""
    tsv = ("?o\t?g\t?s\t?p\r\n"
           f"1\t<{EX}g>\t<{EX}s>\t<{EX}p>\r\n"
           f"-2.50\t\t<{EX}s>\t<{EX}p>\r\n"
           f"3E1\t<{EX}g>\t_:b0\t<{EX}p>\r\n"
           f"false\t_:b1\t<{EX}s>\t<{EX}p>\r\n"
           f"'single \"quoted\"'@en\t<{EX}g>\t<{EX}s>\t<{EX}p>\r\n"
           f"\"\"\"long \"quoted\" \"\"\"\t<{EX}g>\t<{EX}s>\t<{EX}p>\r\n"
           f"'''x'''^^<{EX}dt>\t<{EX}g>\t<{EX}s>\t<{EX}p>\r\n"
           f"\"plain \\t \\\" \\\\\"\t<{EX}g>\t_:b0\t<{EX}p>").encode()
    chunks = [tsv[i:i + split] for i in range(0, len(tsv), split)]
    quads = TsvQuads(chunks)
    got = list(ox.parse(b"".join(quads), format=ox.RdfFormat.N_QUADS))
    assert quads.rows == 8
    s, p, g = ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "g")
    b0, b1 = ox.BlankNode("b0"), ox.BlankNode("b1")

    def typed(value: str, dt: str) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(dt))

    assert got == [
        ox.Quad(s, p, typed("1", XSD + "integer"), g),
        ox.Quad(s, p, typed("-2.50", XSD + "decimal"), ox.DefaultGraph()),
        ox.Quad(b0, p, typed("3E1", XSD + "double"), g),
        ox.Quad(s, p, typed("false", XSD + "boolean"), b1),
        ox.Quad(s, p, ox.Literal('single "quoted"', language="en"), g),
        ox.Quad(s, p, ox.Literal('long "quoted" '), g),
        ox.Quad(s, p, typed("x", EX + "dt"), g),
        ox.Quad(b0, p, ox.Literal('plain \t " \\'), g),
    ]
    no_graph = TsvQuads([f"?s\t?p\t?o\n<{EX}s>\t<{EX}p>\t2\n".encode()])
    assert b"".join(no_graph) == f'<{EX}s> <{EX}p> "2"^^<{XSD}integer> .\n'.encode()


@pytest.mark.parametrize("tsv, message", [
    (b"?s\t?p\n<a:s>\t<a:p>\n", "no ?o column"),
    (b"?s\t?p\t?o\t?g\n<a:s>\t<a:p>\t<a:o>\n", "a row of 3 fields under a header of 4"),
    (b"?s\t?p\t?o\n<a:s>\t<a:p>\t\n", "unbound"),
    (b"?s\t?p\t?o\n<a:s>\t<a:p>\tnot-a-term\n", "a term kg cannot read"),
])
def test_tsv_that_is_not_a_quad_is_an_error(tsv: bytes, message: str) -> None:
    from kg.errors import StoreError

    with pytest.raises(StoreError, match=re.escape(message)):
        b"".join(TsvQuads([tsv]))
