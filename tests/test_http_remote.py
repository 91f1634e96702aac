"""``kg serve --store http://…`` in front of a real ``oxigraph serve``, over real HTTP.

The same requests go to a ``kg serve`` over the embedded store and to one in front of the
engine; the answers must be the same. Then what only the remote path has: streamed answers, the
engine's health, its failures, and our checks happening before anything reaches it.
"""

from __future__ import annotations

import gzip
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Graph
from rdflib.compare import isomorphic

from conftest import SEED_FACTS, OxigraphServer, Served, free_port, kg_process

TOKEN = "remote-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
RDF_SYNTAX = {"text/turtle": "turtle", "application/n-triples": "nt"}
EVENTS = "SELECT ?e ?d WHERE { ?e a ckg:Event OPTIONAL { ?e ckg:date ?d } } ORDER BY ?e"


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(embedded service, remote service), both holding the seed article."""
    tmp = tmp_path_factory.mktemp("remote-http")
    engine = OxigraphServer(tmp / "engine")
    for store in (tmp / "store", engine.url):
        r = kg_process("ingest", SEED_FACTS, store=store)  # type: ignore[arg-type]
        assert r.returncode == 0, r.stderr
    embedded = Served(tmp / "store", "--workers", "1")
    remote = Served(engine.url, env={"KG_WRITE_TOKEN": TOKEN})  # type: ignore[arg-type]
    yield embedded.base, remote.base
    for s in (embedded, remote):
        s.stop()
    engine.stop()


@pytest.mark.parametrize(("path", "params", "accept"), [
    ("/sparql", {"query": EVENTS}, "application/sparql-results+json"),
    ("/sparql", {"query": EVENTS}, "application/sparql-results+xml"),
    ("/sparql", {"query": EVENTS}, "text/csv"),
    ("/sparql", {"query": EVENTS}, "text/tab-separated-values"),
    ("/sparql", {"query": "ASK { ?e a ckg:Battle }"}, "application/sparql-results+json"),
    ("/sparql", {"query": "CONSTRUCT { ?e a ckg:Event } WHERE { ?e a ckg:Event }"},
     "application/n-triples"),
    ("/sparql", {"query": "DESCRIBE <https://w3id.org/conflict-kg/id/event/dj-566899.evt-aleis>"},
     "text/turtle"),
    ("/sparql", {"query": EVENTS, "format": "html"}, "text/html"),
    ("/sparql", {"query": "SELECT * WHERE { ?s ?p }"}, "application/sparql-results+json"),
    ("/sparql", {"query": "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }"}, ""),
    ("/id/event/dj-566899.evt-aleis", {}, "text/turtle"),
    ("/id/event/dj-566899.evt-aleis", {}, "text/html"),
    ("/id/graph/dj-566899", {}, "application/n-triples"),
    ("/id/event/no-such-event", {}, "text/turtle"),
    ("/store", {"graph": "https://w3id.org/conflict-kg/id/dataset/entities"}, "text/turtle"),
    ("/dumps/", {}, ""),
])
def test_same_answers_as_embedded(pair: tuple[str, str], path: str, params: dict[str, str],
                                  accept: str) -> None:
    embedded, remote = (requests.get(base + path, params=params, headers={"Accept": accept},
                                     timeout=60) for base in pair)
    assert remote.status_code == embedded.status_code
    assert remote.headers["Content-Type"] == embedded.headers["Content-Type"]
    if embedded.status_code == 400:  # the parsers' wording may differ; the kind may not
        assert remote.text.split(":")[0] == embedded.text.split(":")[0]
        return
    rdf = RDF_SYNTAX.get(embedded.headers["Content-Type"].split(";")[0])
    if rdf:  # a graph: the same triples, in whatever order the engine iterates them
        graphs = [Graph().parse(data=r.text, format=rdf) for r in (embedded, remote)]
        assert isomorphic(*graphs) and len(graphs[0]) > 0
        return
    assert remote.text.replace(pair[1], "BASE") == embedded.text.replace(pair[0], "BASE")


@pytest.mark.parametrize("name", ["conflict-kg.nq.gz", "conflict-kg.nt.gz", "conflict-kg.ttl.gz"])
def test_same_dumps(pair: tuple[str, str], name: str) -> None:
    """The first request streams the dump as it is made (from the engine, on the remote
    side); the second is served from the file it was written to: the same bytes."""
    for first in (True, False):
        embedded, remote = (requests.get(f"{base}/dumps/{name}", timeout=60) for base in pair)
        assert remote.status_code == embedded.status_code == 200
        assert gzip.decompress(remote.content) == gzip.decompress(embedded.content)
        assert remote.content == embedded.content  # the same compression, byte for byte
        if first:
            streamed = remote.content
            assert "Content-Length" not in remote.headers
        else:
            assert remote.content == streamed
            assert remote.headers["ETag"] == embedded.headers["ETag"]  # same content and tag


def test_answers_are_streamed(pair: tuple[str, str]) -> None:
    r = requests.get(pair[1] + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                     headers={"Accept": "application/sparql-results+xml"}, timeout=60)
    assert r.status_code == 200
    assert r.headers.get("Transfer-Encoding") == "chunked" and "Content-Length" not in r.headers
    assert r.headers["Access-Control-Allow-Origin"] == "*" and r.headers["Vary"] == "Accept"
    assert r.text.count("<result>") > 1000


def test_health_reports_the_engine(pair: tuple[str, str]) -> None:
    health = requests.get(pair[1] + "/health", timeout=30).json()
    assert health["status"] == "ok" and health["engine"]["reachable"] is True
    assert health["engine"]["query_url"].endswith("/query")
    assert (health["articles"], health["events"]) == (1, 5)


def test_service_never_reaches_the_engine(pair: tuple[str, str]) -> None:
    """The SERVICE refusal happens here: a listener the engine would call stays untouched."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        r = requests.post(pair[1] + "/sparql", timeout=30, data={
            "query": f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"})
        assert r.status_code == 400 and "SERVICE" in r.text
        with pytest.raises(TimeoutError):
            listener.accept()


def test_write_then_read_through_the_service(pair: tuple[str, str]) -> None:
    base = pair[1]
    ask = {"query": "ASK { <http://example.org/s> <http://example.org/p> 'written' }"}
    assert requests.get(base + "/sparql", params=ask, timeout=30).json()["boolean"] is False
    r = requests.post(base + "/update", headers={**AUTH, "Content-Type":
                                                 "application/sparql-update"}, timeout=30,
                      data="INSERT DATA { GRAPH <http://example.org/g> { "
                           "<http://example.org/s> <http://example.org/p> 'written' } }")
    assert r.status_code == 204, r.text
    assert requests.get(base + "/sparql", params=ask, timeout=30).json()["boolean"] is True
    before = requests.get(base + "/health", timeout=30).json()["graphs"]
    r = requests.delete(base + "/store", params={"graph": "http://example.org/g"}, headers=AUTH,
                        timeout=30)
    assert r.status_code == 204
    assert requests.get(base + "/health", timeout=30).json()["graphs"] == before - 1
    assert requests.get(base + "/sparql", params=ask, timeout=30).json()["boolean"] is False


def test_result_over_the_limit_breaks_the_transfer(tmp_path: Path) -> None:
    """Headers are gone when the limit is reached: the connection is dropped, so the client
    sees an incomplete answer instead of a short one that looks whole."""
    engine = OxigraphServer(tmp_path / "engine")
    try:
        assert kg_process("ingest", SEED_FACTS, store=engine.url).returncode == 0  # type: ignore[arg-type]
        served = Served(engine.url, env={"KG_MAX_RESULT_BYTES": "20000"})  # type: ignore[arg-type]
        try:
            r = requests.get(served.base + "/sparql", stream=True, timeout=30,
                             params={"query": "SELECT * WHERE { ?s ?p ?o }"})
            assert r.status_code == 200
            with pytest.raises(requests.exceptions.ChunkedEncodingError):
                r.content  # noqa: B018
            small = requests.get(served.base + "/sparql", timeout=30,
                                 params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
            assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 5
        finally:
            served.stop()
    finally:
        engine.stop()


def test_engine_gone_is_503_and_unhealthy(tmp_path: Path) -> None:
    engine = OxigraphServer(tmp_path / "engine")
    served = Served(engine.url, env={"KG_STORE_RETRIES": "0"})  # type: ignore[arg-type]
    try:
        engine.stop()
        r = requests.get(served.base + "/sparql", params={"query": EVENTS}, timeout=30)
        assert r.status_code == 503 and r.headers["Retry-After"] == "1"
        assert "unreachable" in r.text
        health = requests.get(served.base + "/health", timeout=30)
        assert health.status_code == 503
        assert health.json()["engine"]["reachable"] is False
        assert "cannot reach" in health.json()["engine"]["last_problem"]
    finally:
        served.stop()


def test_serve_refuses_an_engine_without_union_default_graph(tmp_path: Path) -> None:
    """``--store-union native`` promises an engine whose default graph is the union; a plain
    Oxigraph server is not one, and kg serve says so (at start it writes the ontology graph,
    so there is data to tell by) instead of serving queries that find nothing."""
    engine = OxigraphServer(tmp_path / "engine")
    try:
        r = kg_process("serve", "--port", str(free_port()), "--store-union", "native",
                       store=engine.url)  # type: ignore[arg-type]
        assert r.returncode == 3
        assert "KG_STORE_UNION=native" in r.stderr and "Traceback" not in r.stderr
    finally:
        engine.stop()


def test_standard_clients_read_through_the_remote_service(pair: tuple[str, str]) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(pair[1] + "/sparql")
    client.setQuery("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                    "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ckg:Event }")
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    assert answer["results"]["bindings"][0]["n"]["value"] == "5"  # type: ignore[index]
    store = SPARQLStore(pair[1] + "/sparql", returnFormat="json")
    battles = list(store.query("SELECT ?e WHERE { ?e a "
                               "<https://w3id.org/conflict-kg/ontology#Battle> }"))
    assert len(battles) == 3
