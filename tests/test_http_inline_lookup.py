"""Lookups by IRI answered by the server's own store (kg.web.lookup), without a query worker.

Over real HTTP, two `kg serve` processes on two copies of the seed store: one answers lookups
inline (the default), the other sends every query to a worker (``--inline-lookup-kb 0``); their
answers must agree. Whether a query was answered inline is read from ``/health``
(``inline_lookups``), so a test that says "inline" fails when the path is not taken. The
response cache is off on both, so that no answer comes from it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process
from kg.web.lookup import bounded_lookup

TOKEN = "inline-token"
CKG = "https://w3id.org/conflict-kg/ontology#"
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Served]]:
    made = []
    for name, extra in (("inline", ()), ("workers", ("--inline-lookup-kb", "0"))):
        store = tmp_path_factory.mktemp(f"inline-{name}") / "store"
        assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
        made.append(Served(store, "--workers", "1", "--query-cache-mb", "0", *extra,
                           env={"KG_WRITE_TOKEN": TOKEN}))
    yield made[0], made[1]
    for s in made:
        s.stop()


def inline_count(served: Served) -> int | None:
    return requests.get(served.base + "/health", timeout=30).json()["inline_lookups"]


def ask(served: Served, query: str, accept: str = "application/sparql-results+json",
        **params: str) -> requests.Response:
    return requests.post(served.base + "/sparql", data={"query": query, **params},
                         headers={"Accept": accept}, timeout=30)


def an_event(served: Served) -> str:
    resp = ask(served, f"SELECT ?e WHERE {{ ?e a <{CKG}Event> }} ORDER BY ?e LIMIT 1")
    return resp.json()["results"]["bindings"][0]["e"]["value"]


#: the RDF syntaxes a DESCRIBE is asked for here, by media type: rdflib's parser names
GRAPH_SYNTAX = {"text/turtle": "turtle", "application/n-triples": "nt",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


def rows(resp: requests.Response) -> object:
    """The answer in a form independent of the order of its rows (SPARQL leaves it undefined):
    sorted rows of a SELECT, a graph compared up to blank-node renaming for a DESCRIBE."""
    ctype = resp.headers["Content-Type"].split(";")[0]
    if ctype in GRAPH_SYNTAX:
        from rdflib import Graph
        from rdflib.compare import to_isomorphic

        return to_isomorphic(Graph().parse(data=resp.content, format=GRAPH_SYNTAX[ctype]))
    if ctype == "application/sparql-results+json":
        doc = resp.json()
        bindings = doc["results"]["bindings"]
        return [repr(doc["head"]), *sorted(repr(sorted(b.items())) for b in bindings)]
    if ctype == "application/sparql-results+xml":
        text = resp.text
        head, _, body = text.partition("<results>")
        return [head, *sorted(re.findall(r"<result>.*?</result>", body, re.DOTALL))]
    delimiter = "\t" if ctype == "text/tab-separated-values" else ","
    lines = list(csv.reader(io.StringIO(resp.text), delimiter=delimiter))
    return [repr(lines[0]), *sorted(repr(r) for r in lines[1:])]


LOOKUPS = [
    "SELECT ?p ?o WHERE {{ <{e}> ?p ?o }}",
    "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT * {{ <{e}> ckg:evidence ?o . }}",
    "SELECT ?type WHERE {{ <{e}> a ?type }}",
    "select ?o where {{ <{e}> rdf:type ?o }}",  # a predeclared prefix
    "SELECT ?p WHERE {{ <{e}> ?p ?o }}",  # a variable not projected: one row per triple
    "SELECT ?p ?o WHERE {{ ckg:Event ?p ?o }}",  # a predeclared prefix in the subject
    "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nSELECT ?p ?o {{ ckg:Event ?p ?o }}",
]


def inline_and_workers(servers: tuple[Served, Served], template: str,
                       accept: str) -> tuple[requests.Response, requests.Response]:
    """The query (``template`` with an event IRI) asked of both servers: the inline server
    answered it without a worker (its count grew by one), both with 200 and the same
    Content-Type; returns (inline answer, worker answer)."""
    inline, workers = servers
    query = template.format(e=an_event(inline))
    before = inline_count(inline)
    got, want = ask(inline, query, accept), ask(workers, query, accept)
    assert inline_count(inline) == before + 1  # type: ignore[operator]
    assert got.status_code == want.status_code == 200
    assert got.headers["Content-Type"] == want.headers["Content-Type"]
    return got, want


@pytest.mark.parametrize("accept", ["application/sparql-results+json",
                                    "application/sparql-results+xml", "text/csv",
                                    "text/tab-separated-values"])
@pytest.mark.parametrize("template", LOOKUPS)
def test_a_lookup_is_answered_inline_with_the_workers_answer(
        servers: tuple[Served, Served], template: str, accept: str) -> None:
    got, want = inline_and_workers(servers, template, accept)
    assert rows(got) == rows(want) and len(rows(got)) > 1
    # of the same store version (the rest of the tag hashes the query and the endpoint URL)
    assert got.headers["ETag"].split("-")[0] == want.headers["ETag"].split("-")[0]
    assert int(got.headers["Content-Length"]) == len(got.content)


@pytest.mark.parametrize("accept", list(GRAPH_SYNTAX))
@pytest.mark.parametrize("template", [
    "DESCRIBE <{e}>",
    "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>\nDESCRIBE ckg:Event",
    "describe ckg:Event",  # a predeclared prefix
])
def test_a_describe_is_answered_inline_with_the_workers_graph(
        servers: tuple[Served, Served], template: str, accept: str) -> None:
    got, want = inline_and_workers(servers, template, accept)
    assert rows(got) == rows(want) and len(rows(got)) > 3  # type: ignore[arg-type]


@pytest.mark.parametrize(("template", "accept"), [
    ("SELECT DISTINCT ?p WHERE {{ <{e}> ?p ?o }}", JSON),
    ("SELECT ?p ?o WHERE {{ <{e}> ?p ?o }} OFFSET 1", JSON),
    ("SELECT ?p ?o WHERE {{ <{e}> ?p ?o }} LIMIT 5", JSON),  # a page: all pages to workers
    ("SELECT ?p ?o WHERE {{ <{e}> ?p ?o }} LIMIT 5 OFFSET 5", JSON),
    ("SELECT ?p ?o WHERE {{ <{e}> ?p ?o }} ORDER BY ?p", JSON),
    ("SELECT ?p ?o WHERE {{ <{e}> ?p ?o FILTER(isIRI(?o)) }}", JSON),
    ("SELECT ?o WHERE {{ <{e}> ?p ?o . ?o ?q ?r }}", JSON),
    ("SELECT ?s WHERE {{ ?s ?p <{e}> }}", JSON),
    ("SELECT ?p ?o FROM <urn:x> WHERE {{ <{e}> ?p ?o }}", JSON),
    ("DESCRIBE ?e WHERE {{ BIND(<{e}> AS ?e) }}", "text/turtle"),
    ("DESCRIBE <{e}> <{e}>", "text/turtle"),
])
def test_other_queries_go_to_a_worker(servers: tuple[Served, Served], template: str,
                                      accept: str) -> None:
    inline, workers = servers
    query = template.format(e=an_event(inline))
    before = inline_count(inline)
    got, want = ask(inline, query, accept), ask(workers, query, accept)
    assert inline_count(inline) == before
    assert got.status_code == want.status_code == 200
    assert rows(got) == rows(want)


def test_a_relative_iri_resolves_against_the_endpoint_as_a_workers_does(
        servers: tuple[Served, Served]) -> None:
    inline, workers = servers
    query = "SELECT ?p ?o WHERE { <sparql> ?p ?o }"  # (the endpoint's own IRI: no triples)
    before = inline_count(inline)
    got, want = ask(inline, query), ask(workers, query)
    assert inline_count(inline) == before + 1  # type: ignore[operator]
    assert got.status_code == want.status_code == 200
    assert rows(got) == rows(want)


def test_the_protocol_dataset_and_html_go_to_a_worker(servers: tuple[Served, Served]) -> None:
    inline, _workers = servers
    query = f"SELECT ?p ?o WHERE {{ <{an_event(inline)}> ?p ?o }}"
    before = inline_count(inline)
    assert ask(inline, query, **{"default-graph-uri": "urn:nothing"}).json()[
        "results"]["bindings"] == []
    assert ask(inline, query, format="html").status_code == 200
    assert inline_count(inline) == before


def test_an_error_is_the_workers_error(servers: tuple[Served, Served]) -> None:
    inline, workers = servers
    query = "SELECT ?p ?o WHERE { undeclared:thing ?p ?o }"
    before = inline_count(inline)
    got, want = ask(inline, query), ask(workers, query)
    assert got.status_code == want.status_code == 400
    assert got.text == want.text and "Prefix not found" in got.text
    assert inline_count(inline) == before


def test_a_refused_write_leaves_lookups_inline(servers: tuple[Served, Served]) -> None:
    inline, _workers = servers
    query = f"SELECT ?p ?o WHERE {{ <{an_event(inline)}> ?p ?o }}"
    for update in ("INSERT DATA { this is not SPARQL }", "CLEAR GRAPH <urn:test:absent>"):
        resp = requests.post(inline.base + "/update", data={"update": update},
                             headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert resp.status_code == 400
        before = inline_count(inline)
        assert ask(inline, query).status_code == 200
        assert inline_count(inline) == before + 1  # type: ignore[operator]


def test_a_lookup_after_a_write_sees_it(servers: tuple[Served, Served]) -> None:
    inline, _workers = servers
    event = an_event(inline)
    query = f"SELECT ?o WHERE {{ <{event}> <urn:test:note> ?o }}"
    assert ask(inline, query).json()["results"]["bindings"] == []
    resp = requests.post(inline.base + "/update", data={
        "update": f'INSERT DATA {{ GRAPH <urn:test:notes> {{ <{event}> <urn:test:note> "x" }} }}'},
        headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert resp.status_code == 204
    before = inline_count(inline)
    after = ask(inline, query)
    assert inline_count(inline) == before + 1
    assert [b["o"]["value"] for b in after.json()["results"]["bindings"]] == ["x"]


def test_an_answer_over_the_cap_comes_from_a_worker(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    small = Served(store, "--workers", "1", "--query-cache-mb", "0",
                   "--inline-lookup-kb", "0.5")
    try:
        event = an_event(small)
        short = f"SELECT ?t WHERE {{ <{event}> a ?t }}"
        long = f"SELECT ?p ?o WHERE {{ <{event}> ?p ?o }}"
        before = inline_count(small)
        assert ask(small, short).status_code == 200
        assert inline_count(small) == before + 1
        resp = ask(small, long)
        assert inline_count(small) == before + 1  # abandoned at 512 bytes, a worker answered
        assert resp.status_code == 200 and len(resp.content) > 512
        assert len(resp.json()["results"]["bindings"]) > 5
    finally:
        small.stop()


# -- the store's data must be the published snapshot's (in process, a real store) -----------

@pytest.fixture
def app_parts(tmp_path: Path):  # type: ignore[no-untyped-def]
    from kg.config import Settings
    from kg.web import create_app

    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    app = create_app(replace(Settings(), store=str(store), query_workers=1, rate_limit="off",
                             query_cache_mb=0))
    yield app, app.config["KG_LOOKUPS"], app.config["KG_STORE"], app.config["KG_SNAPSHOTS"]
    app.config["KG_POOL"].close()
    app.config["KG_STORE"].close()


def inline_answer(lookups, snapshots, query: str) -> bytes | None:  # type: ignore[no-untyped-def]
    lookup = bounded_lookup(query)
    assert lookup is not None
    return lookups.answer(query, lookup, "json", "http://localhost/sparql", snapshots.version)


def test_a_store_ahead_of_the_snapshot_is_not_read(app_parts) -> None:  # type: ignore[no-untyped-def]
    """A write committed but not published (its snapshot failed, say): the lookup is the
    workers', of the version the validators name, not the store's newer data."""
    app, lookups, store, snapshots = app_parts
    event = next(iter(store.query(f"SELECT ?e WHERE {{ ?e a <{CKG}Event> }} LIMIT 1")))["e"].value
    query = f"SELECT ?o WHERE {{ <{event}> <urn:test:note> ?o }}"
    assert inline_answer(lookups, snapshots, query) is not None
    store.update(f'INSERT DATA {{ <{event}> <urn:test:note> "unpublished" }}')
    assert inline_answer(lookups, snapshots, query) is None
    resp = app.test_client().get("/sparql", query_string={"query": query},
                                 headers={"Accept": "application/sparql-results+json"})
    assert resp.status_code == 200 and resp.get_json()["results"]["bindings"] == []


def test_a_write_during_the_lookup_discards_its_answer(app_parts) -> None:  # type: ignore[no-untyped-def]
    _app, lookups, store, snapshots = app_parts
    event = next(iter(store.query(f"SELECT ?e WHERE {{ ?e a <{CKG}Event> }} LIMIT 1")))["e"].value
    query = f"SELECT ?p ?o WHERE {{ <{event}> ?p ?o }}"
    read = store.query_options

    def read_while_writing(sparql: str, **options: object):  # type: ignore[no-untyped-def]
        result = read(sparql, **options)
        store.update(f'INSERT DATA {{ <{event}> <urn:test:note> "meanwhile" }}')
        return result

    store.query_options = read_while_writing
    assert inline_answer(lookups, snapshots, query) is None
    del store.query_options
    assert inline_answer(lookups, snapshots, query) is None


# -- the recogniser --------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o }",
    "SELECT * { <http://example.org/e> ?p ?o . }",
    "PREFIX ex: <http://example.org/>\nPREFIX : <http://example.org/v#>\n"
    "select ?o where { ex:e :p ?o }",
    "SELECT ?o WHERE{<e> a ?o}",
    "SELECT ?p $o WHERE { <http://example.org/e> $p ?o }",
    "SELECT ?o WHERE {\r\n\t<http://example.org/e> <http://example.org/p> ?o\r\n}",
    "DESCRIBE <http://example.org/e>",
    "PREFIX ex: <http://example.org/>\ndescribe ex:e ",
])
def test_bounded_lookups(query: str) -> None:
    assert bounded_lookup(query) is not None


@pytest.mark.parametrize(("query", "prefixes", "relative"), [
    ("SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o }", {}, False),
    ("SELECT ?o WHERE { <e> a ?o }", {}, True),
    ("PREFIX e: <x/>\nSELECT ?o WHERE { e:a a ?o }", {}, True),
    ("SELECT ?o WHERE { ckg:Event rdfs:label ?o }",
     {"ckg": "https://w3id.org/conflict-kg/ontology#",
      "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, False),
    ("PREFIX ckg: <http://example.org/>\nSELECT ?o WHERE { ckg:Event rdfs:label ?o }",
     {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, False),  # its own ckg: wins
    ("SELECT ?o WHERE { nope:Event ?p ?o }", {}, False),  # unknown: the engine will say
    ("DESCRIBE ckg:Event", {"ckg": "https://w3id.org/conflict-kg/ontology#"}, False),
    ("DESCRIBE <e>", {}, True),
])
def test_what_a_lookup_needs_told(query: str, prefixes: dict[str, str], relative: bool) -> None:
    lookup = bounded_lookup(query)
    assert lookup is not None
    assert (lookup.prefixes, lookup.relative) == (prefixes, relative)


@pytest.mark.parametrize("query", [
    "SELECT ?p ?o WHERE { ?s ?p ?o }",  # no constant subject
    "SELECT ?p WHERE { <http://example.org/e> ?p ?p }",  # scans triples it never writes
    "SELECT ?p WHERE { <http://example.org/e> $p ?p }",  # the same variable, other sigils
    "SELECT DISTINCT ?p WHERE { <http://example.org/e> ?p ?o }",
    "SELECT REDUCED ?p WHERE { <http://example.org/e> ?p ?o }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o } OFFSET 100000",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o } LIMIT 10",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o } ORDER BY ?o",
    "SELECT (COUNT(*) AS ?n) WHERE { <http://example.org/e> ?p ?o }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o FILTER(?o > 1) }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o . ?o ?q ?r }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o } # a comment",
    "SELECT ?p ?o WHERE { GRAPH ?g { <http://example.org/e> ?p ?o } }",
    "SELECT ?p ?o FROM <http://example.org/g> WHERE { <http://example.org/e> ?p ?o }",
    "SELECT ?p ?o WHERE { SERVICE <http://example.org/s> { <http://example.org/e> ?p ?o } }",
    "BASE <http://example.org/>\nSELECT ?p ?o WHERE { <e> ?p ?o }",
    "SELECT ?o WHERE { <http://example.org/e> <http://example.org/p> \"x\" }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o } VALUES ?p { <http://x/> }",
    "ASK { <http://example.org/e> ?p ?o }",
    "DESCRIBE <http://example.org/e> <http://example.org/f>",
    "DESCRIBE ?e WHERE { ?e ?p ?o }",
    "DESCRIBE *",
    "DESCRIBE <http://example.org/e> LIMIT 1",
    "DESCRIBE <http://example.org/e> FROM <http://example.org/g>",
    "CONSTRUCT { <http://example.org/e> ?p ?o } WHERE { <http://example.org/e> ?p ?o }",
    "SELECT ?p ?o WHERE { <http://example.org/e> ?p ?o }\n} UNION { ?s ?p ?o }",
    "SELECT ?p ?o WHERE { ex:a\\.b ?p ?o }",  # an escape in a local name
    "SELECT ?p ?o WHERE { <http://example.org/\\u0065> ?p ?o }",
    "SELECT ?x WHERE { <http://example.org/e> ?p ?o }",  # a variable the pattern lacks
    "SELECT ?p ?o ?p WHERE { <http://example.org/e> ?p ?o }",  # more than two
    # the engine's parse of a long projection grows with the square of its length (review)
    "SELECT " + " ".join(f"?v{i}" for i in range(20_000)) + " { <http://example.org/e> ?p ?o }",
    "SELECT ?o WHERE { <http://example.org/e> A ?o }",  # "a" is lower case only
    "SELECT ?p ?o WHERE {\f<http://example.org/e> ?p ?o }",  # no SPARQL white space
])
def test_unbounded_or_unusual_queries_are_not_lookups(query: str) -> None:
    assert bounded_lookup(query) is None


def test_an_inline_answer_is_kept_by_the_response_cache(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    cached = Served(store, "--workers", "1", "--query-cache-mb", "1")
    try:
        query = f"SELECT ?p ?o WHERE {{ <{an_event(cached)}> ?p ?o }}"
        health = requests.get(cached.base + "/health", timeout=30).json()
        first = ask(cached, query)
        middle = requests.get(cached.base + "/health", timeout=30).json()
        second = ask(cached, query)
        after = requests.get(cached.base + "/health", timeout=30).json()
        assert middle["inline_lookups"] == health["inline_lookups"] + 1
        assert after["inline_lookups"] == middle["inline_lookups"]  # the second: from the cache
        assert after["query_cache"]["hits"] == middle["query_cache"]["hits"] + 1
        assert second.content == first.content and second.headers["ETag"] == first.headers["ETag"]
    finally:
        cached.stop()
