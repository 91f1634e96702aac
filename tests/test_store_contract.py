"""The store contract: the embedded store and a real ``oxigraph serve`` give the same answers.

Every test that takes ``store`` runs twice, once per backend (see ``store_location`` in
conftest.py); the ``both`` tests fill one store of each kind the same way and compare their
answers byte for byte.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import SEED_FACTS, mutated
from kg.config import DEFAULT_BASE_IRI, Settings
from kg.errors import InputError, StoreError
from kg.ingest import ingest, prepare
from kg.rdf.iris import Minter
from kg.rdf.namespaces import ONTOLOGY_IRI
from kg.store import open_store
from kg.store.base import DUMP_FORMATS, Store
from kg.store.updates import ontology_statements
from kg.validate import validate_graph

MINTER = Minter(DEFAULT_BASE_IRI)
SEED_GRAPH = f"{DEFAULT_BASE_IRI}id/graph/dj-566899"
ENTITIES_GRAPH = f"{DEFAULT_BASE_IRI}id/dataset/entities"


def open_at(location: str) -> Store:
    return open_store(location, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=location))


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    s = open_at(store_location)
    yield s
    s.close()


@pytest.fixture
def both(tmp_path: Path, remote_url: str) -> Iterator[tuple[Store, Store]]:
    """An empty embedded store and the empty remote store, side by side."""
    embedded, remote = open_at(str(tmp_path / "embedded")), open_at(remote_url)
    yield embedded, remote
    embedded.close()
    remote.close()


def publish(store: Store, doc: dict) -> bool:
    _facts, rdf, report = prepare(doc, MINTER)
    assert report.conforms
    return store.replace_article(rdf)


def dump_bytes(store: Store, fmt: str = "nquads") -> bytes:
    out = io.BytesIO()
    store.dump(out, fmt)
    return out.getvalue()


def rows(store: Store, sparql: str) -> list[tuple[str | None, ...]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [tuple(None if s[n] is None else str(s[n]) for n in names) for s in result]


# -- per backend ----------------------------------------------------------------------------------
def test_ingest_then_stats(store: Store) -> None:
    summary = ingest([SEED_FACTS], store, MINTER, 1 << 26)
    assert summary.as_dict()["stored"] == 1
    stats = store.stats()
    assert (stats.articles, stats.events, stats.casualty_reports, stats.entities) == (1, 5, 4, 16)
    assert stats.linked_entities == len(stats.wikidata_links) == 7
    assert stats.graphs == 3  # the article, the entities, the ontology


def test_reingest_unchanged_writes_nothing(store: Store, seed_doc: dict) -> None:
    assert publish(store, seed_doc) is True
    before = dump_bytes(store)
    assert publish(store, seed_doc) is False
    assert dump_bytes(store) == before
    again = ingest([SEED_FACTS], store, MINTER, 1 << 26)
    assert again.as_dict()["unchanged"] == 1 and again.as_dict()["triples_written"] == 0


def test_source_checksum_is_found_for_a_derived_article(store: Store, seed_doc: dict) -> None:
    """What lets a resumed batch skip an unchanged article without extracting it again."""
    assert store.article_source_sha256(SEED_GRAPH) is None
    assert publish(store, seed_doc) is True
    assert store.article_source_sha256(SEED_GRAPH) is None  # gold facts: no source recorded
    sha = "ab" * 32
    derived = mutated(seed_doc, lambda d: d["article"].update(
        derived_from={"name": "article dj-566899", "sha256": sha, "date": "2020-02-10"}))
    assert publish(store, derived) is True
    assert store.article_source_sha256(SEED_GRAPH) == sha


def test_replace_removes_the_old_version(store: Store, seed_doc: dict) -> None:
    publish(store, seed_doc)
    dropped = seed_doc["events"][-1]["id"]
    fixed = mutated(seed_doc, lambda d: d["events"][0].update(date="2020-02-09"))
    fixed = mutated(fixed, lambda d: d["events"].pop())
    assert publish(store, fixed) is True
    dates = rows(store, "SELECT ?d WHERE { ?e ckg:date ?d FILTER(CONTAINS(STR(?e), "
                        "'evt-aleis')) }")
    assert dates == [("\"2020-02-09\"^^<http://www.w3.org/2001/XMLSchema#date>",)]
    assert not rows(store, f"SELECT ?e WHERE {{ ?e a ckg:Event "
                           f"FILTER(CONTAINS(STR(?e), '{dropped}')) }}")
    assert store.stats().events == 4


def test_ontology_is_kept_equal(store: Store) -> None:
    assert store.ensure_ontology(ontology_statements()) is True
    assert store.ensure_ontology(ontology_statements()) is False
    assert store.graph_exists(ONTOLOGY_IRI)


def test_an_ontology_with_non_canonical_literals_is_written_once(store: Store,
                                                                 tmp_path: Path) -> None:
    """Literals the store keeps in another form ("01"^^xsd:integer is stored as "1") compare
    equal with what was written: the ontology graph is not rewritten on every start."""
    path = tmp_path / "ontology.ttl"
    path.write_text('@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                    '<https://example.org/o> <https://example.org/version> "01"^^xsd:integer ;\n'
                    '    <https://example.org/label> "Ontology"@EN-gb .\n', encoding="utf-8")
    assert store.ensure_ontology(ontology_statements(path)) is True
    assert store.ensure_ontology(ontology_statements(path)) is False


def test_validation_of_the_stored_article(store: Store, seed_doc: dict) -> None:
    publish(store, seed_doc)
    assert list(store.article_graphs()) == [SEED_GRAPH]
    report = validate_graph(store.article_validation_graph(SEED_GRAPH))
    assert report.conforms


def test_query_forms(store: Store, seed_doc: dict) -> None:
    publish(store, seed_doc)
    battles = rows(store, "SELECT ?e WHERE { ?e a ckg:Battle } ORDER BY ?e")
    assert len(battles) == 3
    assert bool(store.query("ASK { ?e a ckg:Event }")) is True
    assert isinstance(store.query("ASK { ?e a ckg:Event }"), ox.QueryBoolean)
    graph = store.query("CONSTRUCT { ?e a ckg:Event } WHERE { ?e a ckg:Event }")
    nt = graph.serialize(format=ox.RdfFormat.N_TRIPLES)
    assert len(nt.decode().strip().splitlines()) == 5
    with pytest.raises(InputError, match="malformed SPARQL"):
        store.query("SELECT ?e WHERE { ?e a }")


def test_dump_load_roundtrip(store: Store, seed_doc: dict, tmp_path: Path) -> None:
    publish(store, seed_doc)
    dump = dump_bytes(store)
    path = tmp_path / "dump.nq.gz"
    path.write_bytes(gzip.compress(dump))
    store.update("DROP ALL")
    assert store.stats().triples == 0
    store.load(path)
    assert dump_bytes(store) == dump


def test_load_of_a_bad_file_loads_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> .\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match="nothing was loaded"):
        store.load(bad)
    assert store.stats().triples == 0


def test_load_of_triples_goes_to_the_default_graph(store: Store, tmp_path: Path) -> None:
    ttl = tmp_path / "extra.ttl"
    ttl.write_text("<http://a/s> <http://a/p> 'x' .\n", encoding="utf-8")
    store.load(ttl)
    assert store.stats().triples == 1
    assert store.graph_bytes(None, ox.RdfFormat.N_TRIPLES) == b'<http://a/s> <http://a/p> "x" .\n'
    assert rows(store, "SELECT ?o WHERE { <http://a/s> ?p ?o }") == [('"x"',)]


def test_update_and_its_errors(store: Store) -> None:
    store.update("INSERT DATA { GRAPH <http://a/g> { <http://a/s> rdfs:label 'x' } }")
    assert rows(store, "SELECT ?l WHERE { <http://a/s> rdfs:label ?l }") == [('"x"',)]
    store.update("INSERT DATA { GRAPH <g2> { <s> <p> <o> } }", base_iri="http://b/")
    assert store.graph_exists("http://b/g2")
    with pytest.raises(InputError, match="malformed SPARQL Update"):
        store.update("INSERT DATA { <http://a/s> }")
    with pytest.raises(InputError, match="the update failed"):
        store.update("CLEAR GRAPH <http://a/missing>")
    assert store.stats().triples == 2  # the refused updates changed nothing


def test_graph_store_operations(store: Store) -> None:
    g = "http://example.org/graph/1"
    assert not store.graph_exists(g)
    store.write_graph(g, b"<http://a/s> <http://a/p> 1 .", ox.RdfFormat.TURTLE, replace=True)
    assert store.graph_exists(g)
    store.write_graph(g, b"<http://a/s> <http://a/p> 2 .", ox.RdfFormat.TURTLE, replace=False)
    assert len(store.graph_bytes(g, ox.RdfFormat.N_TRIPLES).splitlines()) == 2
    store.write_graph(g, b"<http://a/s> <http://a/p> 3 .", ox.RdfFormat.TURTLE, replace=True)
    assert store.graph_bytes(g, ox.RdfFormat.N_TRIPLES) == (
        b'<http://a/s> <http://a/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    with pytest.raises(InputError, match="not valid Turtle"):
        store.write_graph(g, b"<http://a/s> <http://a/p> .", ox.RdfFormat.TURTLE, replace=True)
    assert len(store.graph_bytes(g, ox.RdfFormat.N_TRIPLES).splitlines()) == 1
    store.drop_graph(g)
    assert not store.graph_exists(g)
    assert store.graph_exists(None)


TWO_GRAPHS = ("INSERT DATA { GRAPH <http://a/g1> { <http://a/x> <http://a/p> 1 } "
              "GRAPH <http://a/g2> { <http://a/y> <http://a/p> 2 } }")


def test_a_query_from_names_its_dataset(store: Store) -> None:
    """Without FROM the default graph is the union of the graphs; with FROM / FROM NAMED the
    query's own dataset (SPARQL 1.1 Query §13.2), not the union."""
    store.update(TWO_GRAPHS)
    assert rows(store, "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s") == [
        ("<http://a/x>",), ("<http://a/y>",)]
    assert rows(store, "SELECT ?s FROM <http://a/g1> WHERE { ?s ?p ?o }") == [("<http://a/x>",)]
    assert bool(store.query("ASK FROM <http://a/g1> { <http://a/y> ?p ?o }")) is False
    assert rows(store, "SELECT ?g ?s FROM NAMED <http://a/g2> WHERE { GRAPH ?g { ?s ?p ?o } }"
                ) == [("<http://a/g2>", "<http://a/y>")]
    # FROM NAMED alone: the default graph is empty
    assert bool(store.query("ASK FROM NAMED <http://a/g1> { ?s ?p ?o }")) is False


def test_an_update_reads_the_default_graph_or_its_using(store: Store) -> None:
    """An update's WHERE reads the store's real default graph (empty here: all data is in named
    graphs), or the dataset its USING / USING NAMED clauses name."""
    store.update(TWO_GRAPHS)
    store.update("INSERT { GRAPH <http://a/t0> { ?s ?p ?o } } WHERE { ?s ?p ?o }")
    assert not store.graph_exists("http://a/t0")
    store.update("INSERT { GRAPH <http://a/t1> { ?s ?p ?o } } USING <http://a/g1> "
                 "WHERE { ?s ?p ?o }")
    assert rows(store, "SELECT ?s WHERE { GRAPH <http://a/t1> { ?s ?p ?o } }") == [
        ("<http://a/x>",)]
    store.update("INSERT { GRAPH <http://a/t2> { ?s <http://a/in> ?g } } "
                 "USING NAMED <http://a/g2> WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert rows(store, "SELECT ?s ?g WHERE { GRAPH <http://a/t2> { ?s ?p ?g } }") == [
        ("<http://a/y>", "<http://a/g2>")]


# -- both backends side by side -------------------------------------------------------------------
def _fill(store: Store, seed_doc: dict) -> None:
    store.ensure_ontology(ontology_statements())
    publish(store, seed_doc)
    other = mutated(seed_doc, lambda d: d["article"].update(id="dj-copy"))
    other = mutated(other, lambda d: d["events"].pop(0))
    publish(store, other)


@pytest.mark.parametrize("fmt", list(DUMP_FORMATS))
def test_same_dump_on_both_backends(both: tuple[Store, Store], seed_doc: dict,
                                    fmt: str) -> None:
    for s in both:
        _fill(s, seed_doc)
    embedded, remote = (dump_bytes(s, fmt) for s in both)
    assert embedded == remote
    assert len(embedded) > 10_000


def test_same_stats_graphs_and_graph_bytes(both: tuple[Store, Store], seed_doc: dict) -> None:
    for s in both:
        _fill(s, seed_doc)
    embedded, remote = both
    assert embedded.stats() == remote.stats()
    assert list(embedded.article_graphs()) == list(remote.article_graphs())
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD):
        assert embedded.graph_bytes(ENTITIES_GRAPH, fmt) == remote.graph_bytes(ENTITIES_GRAPH,
                                                                               fmt)
    assert validate_graph(embedded.article_validation_graph(SEED_GRAPH)).text() == \
        validate_graph(remote.article_validation_graph(SEED_GRAPH)).text()


def test_dump_of_one_backend_loads_into_the_other(both: tuple[Store, Store], seed_doc: dict,
                                                  tmp_path: Path) -> None:
    embedded, remote = both
    _fill(embedded, seed_doc)
    path = tmp_path / "from-embedded.trig"
    path.write_bytes(dump_bytes(embedded, "trig"))
    remote.load(path)
    assert dump_bytes(remote) == dump_bytes(embedded)


# -- remote only: the engine's failures become errors a person can act on ------------------------
def test_unreachable_engine_is_a_store_error() -> None:
    from conftest import free_port

    url = f"http://127.0.0.1:{free_port()}/"
    store = open_store(url, base_iri=DEFAULT_BASE_IRI,
                       settings=Settings(store=url, store_retries=1))
    with pytest.raises(StoreError, match=r"cannot reach the SPARQL store .*connection refused"):
        store.stats()
    assert store.engine.retried == 1  # one retry, then the error
    ok, why = store.reachable()
    assert not ok and "cannot reach" in why


def test_wrong_endpoint_names_the_setting(remote_url: str) -> None:
    url = remote_url + "nowhere/"
    store = open_store(url, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=url))
    with pytest.raises(StoreError, match="KG_STORE_QUERY_URL"):
        store.stats()
    fixed = open_store(url, base_iri=DEFAULT_BASE_IRI, settings=Settings(
        store=url, store_query_url=remote_url + "query", store_update_url=remote_url + "update",
        store_gsp_url=remote_url + "store"))
    assert fixed.stats().triples == 0


def test_union_default_graph_is_detected(tmp_path: Path, remote_url: str,
                                         seed_doc: dict) -> None:
    """auto: a plain ``oxigraph serve`` gets the union per query (its union-default-graph
    parameter), one started with ``--union-default-graph`` has it natively; an empty store
    decides nothing until it holds data."""
    from conftest import OxigraphServer

    plain = open_at(remote_url)
    assert rows(plain, "SELECT ?s WHERE { ?s ?p ?o }") == []
    assert plain.union_mode is None  # type: ignore[attr-defined]
    publish(plain, seed_doc)
    assert len(rows(plain, "SELECT ?e WHERE { ?e a ckg:Battle }")) == 3
    assert plain.union_mode == "parameter"  # type: ignore[attr-defined]
    server = OxigraphServer(tmp_path / "union", union=True)
    try:
        native = open_at(server.url)
        publish(native, seed_doc)
        assert len(rows(native, "SELECT ?e WHERE { ?e a ckg:Battle }")) == 3
        assert native.union_mode == "native"  # type: ignore[attr-defined]
        assert dump_bytes(native) == dump_bytes(plain)
    finally:
        server.stop()


def test_an_engine_without_the_configured_union_is_refused(remote_url: str,
                                                            seed_doc: dict) -> None:
    """KG_STORE_UNION=native in front of a plain Oxigraph server (whose default graph is not
    the union): user queries are refused with the fix instead of silently finding nothing."""
    store = open_store(remote_url, base_iri=DEFAULT_BASE_IRI,
                       settings=Settings(store=remote_url, store_union="native"))
    publish(store, seed_doc)
    with pytest.raises(StoreError, match=r"KG_STORE_UNION=native.*docs/deploy\.md"):
        store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
    forced = open_store(remote_url, base_iri=DEFAULT_BASE_IRI,
                        settings=Settings(store=remote_url, store_union="parameter"))
    assert len(rows(forced, "SELECT ?e WHERE { ?e a ckg:Battle }")) == 3


def test_both_bearer_and_basic_credentials_are_refused() -> None:
    with pytest.raises(StoreError, match="not both"):
        open_store("http://127.0.0.1:9/", base_iri=DEFAULT_BASE_IRI, settings=Settings(
            store="http://127.0.0.1:9/", store_token="t", store_user="u", store_password="p"))
