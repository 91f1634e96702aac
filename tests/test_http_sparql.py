"""The SPARQL endpoint over real HTTP: `kg serve` (waitress) in a child process, real clients."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Namespace
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, SPARQLWrapper

from conftest import SEED_FACTS, Served, kg_process

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TIMEOUT = 3.0
COUNT_EVENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
           "?m ?n2 ?o }")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen]]:
    store = tmp_path_factory.mktemp("http") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    served = Served(store, "--workers", "2", "--timeout", str(TIMEOUT))
    yield served.base, served.proc
    served.stop()


@pytest.fixture
def base(server: tuple[str, subprocess.Popen]) -> str:
    return server[0]


def _count(resp: requests.Response) -> int:
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


def test_get_json_by_default(base) -> None:
    r = requests.get(base + "/sparql", params={"query": COUNT_EVENTS})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/sparql-results+json")
    assert _count(r) == 5
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Accept" in r.headers["Vary"]


def test_post_form_and_direct(base) -> None:
    r = requests.post(base + "/sparql", data={"query": COUNT_EVENTS})
    assert r.status_code == 200 and _count(r) == 5
    r = requests.post(base + "/sparql", data=COUNT_EVENTS.encode(),
                      headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and _count(r) == 5


@pytest.mark.parametrize(("accept", "media", "check"), [
    ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
    ("text/csv", "text/csv", "n\r\n5"),
    ("text/tab-separated-values", "text/tab-separated-values", "?n\n5"),
    ("text/html;q=0.9, text/csv;q=0.5, application/sparql-results+xml;q=0.1", "text/csv", "5"),
    ("application/json", "application/sparql-results+json", '"value":"5"'),
    ("*/*", "application/sparql-results+json", '"value":"5"'),
])
def test_select_content_negotiation(base, accept, media, check) -> None:
    r = requests.get(base + "/sparql", params={"query": COUNT_EVENTS},
                     headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == media
    assert check in r.text


@pytest.mark.parametrize(("accept", "fmt"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld"),
])
def test_construct_formats(base, accept, fmt) -> None:
    q = "CONSTRUCT { ?e a ckg:Event } WHERE { ?e a ckg:Event }"
    r = requests.get(base + "/sparql", params={"query": q}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == accept
    assert len(Graph().parse(data=r.content, format=fmt)) == 5


def test_format_parameter_overrides_accept(base) -> None:
    r = requests.get(base + "/sparql", params={"query": COUNT_EVENTS, "format": "csv"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert r.headers["Content-Type"].startswith("text/csv")
    bad = requests.get(base + "/sparql", params={"query": COUNT_EVENTS, "format": "pdf"})
    assert bad.status_code == 400 and "unknown format" in bad.text


def test_ask(base) -> None:
    r = requests.get(base + "/sparql", params={"query": "ASK { ?e a ckg:Battle }"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_not_acceptable(base) -> None:
    r = requests.get(base + "/sparql", params={"query": COUNT_EVENTS},
                     headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text


@pytest.mark.parametrize(("kwargs", "status", "text"), [
    ({"params": {"query": "SELECT * WHERE { ?s ?p "}}, 400, "malformed query"),
    ({"params": [("query", COUNT_EVENTS), ("query", COUNT_EVENTS)]}, 400, "2 'query'"),
    ({"params": {"update": "CLEAR ALL"}}, 400, "/update"),
    ({"params": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 400,
     "SERVICE"),
    ({"params": {"query": r"SELECT * { BIND(schema:x\#y AS ?z) "
                          "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 400, "SERVICE"),
    ({"params": {"query": "SELECT * { ?s ?p ?o } # " + "x" * 200_000}}, 413, "longer than"),
])
def test_get_errors(base, kwargs, status, text) -> None:
    r = requests.get(base + "/sparql", **kwargs)
    assert r.status_code == status
    assert text in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize(("data", "ctype", "status", "text"), [
    (COUNT_EVENTS.encode(), "text/plain", 415, "application/sparql-query"),
    (b"SELECT * WHERE { ?s ?p \xff\xfe }", "application/sparql-query", 400, "UTF-8"),
    (b"query=SELECT%20%3Fs%20%7B%3Fs%20%3Fp%20%FF%7D", "application/x-www-form-urlencoded",
     400, "UTF-8"),
    (b"nothing=here", "application/x-www-form-urlencoded", 400, "no 'query'"),
])
def test_post_errors(base, data, ctype, status, text) -> None:
    r = requests.post(base + "/sparql", data=data, headers={"Content-Type": ctype})
    assert r.status_code == status, r.text
    assert text in r.text


def test_protocol_dataset_is_honoured(base) -> None:
    graph = "https://w3id.org/conflict-kg/id/dataset/entities"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"
    r = requests.get(base + "/sparql", params={"query": q, "default-graph-uri": graph})
    assert r.status_code == 200 and _count(r) == 0  # events are not in the entities graph
    q2 = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = requests.get(base + "/sparql", params={"query": q2, "named-graph-uri": graph})
    assert _count(r) == 1


def test_service_description(base) -> None:
    r = requests.get(base + "/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    svc = next(g.subjects(SD.endpoint, None))
    assert str(svc) == base + "/sparql"
    assert (svc, SD.feature, SD.UnionDefaultGraph) in g
    assert (svc, SD.feature, SD.BasicFederatedQuery) not in g  # KG_SERVICE_ALLOW is empty
    assert (svc, SD.supportedLanguage, SD.SPARQL11Query) in g
    xml = requests.get(base + "/sparql", headers={"Accept": "application/rdf+xml"})
    assert len(Graph().parse(data=xml.content, format="xml")) == len(g)


def test_cors_preflight(base) -> None:
    r = requests.options(base + "/sparql", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers


def test_sparqlwrapper_client(base) -> None:
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                "SELECT ?e WHERE { ?e a ckg:Battle } ORDER BY ?e")
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert len(rows) == 3
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().count("\n") == 4
    sw.setQuery("CONSTRUCT WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Battle> }")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == 3
    sw.setMethod("POST")
    sw.setQuery("ASK { ?x ?y ?z }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True


def test_rdflib_sparqlstore_client(base) -> None:
    g = Graph(store=SPARQLStore(base + "/sparql", returnFormat="xml"))
    rows = list(g.query(
        "SELECT ?label WHERE { ?x <https://w3id.org/conflict-kg/ontology#wikidata> "
        "<http://www.wikidata.org/entity/Q858> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"))
    assert [str(r[0]) for r in rows] == ["Syria"]


def _children_cpu_seconds(pid: int) -> float:
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:  # ppid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return total


def test_runaway_query_is_stopped_and_others_are_answered(server) -> None:
    base, proc = server
    before = requests.get(base + "/health").json()["worker_restarts"]
    result: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        r = requests.get(base + "/sparql", params={"query": RUNAWAY}, timeout=60)
        result.update(status=r.status_code, text=r.text, took=time.monotonic() - started)

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.5)
    answered = []
    while t.is_alive():  # the other worker keeps answering meanwhile
        # a new query text each time: a repeated one would come from the response cache
        r = requests.get(base + "/sparql", params={"query": f"{COUNT_EVENTS} # {len(answered)}"},
                         timeout=10)
        answered.append(r.status_code == 200 and _count(r) == 5)
        time.sleep(0.2)
    t.join()
    assert result["status"] == 503 and "stopped" in str(result["text"])
    assert float(result["took"]) < TIMEOUT + 2  # type: ignore[arg-type]
    assert answered and all(answered)
    # the runaway worker was killed: its CPU is released (children now idle)
    time.sleep(1.5)
    cpu1 = _children_cpu_seconds(proc.pid)
    time.sleep(1.0)
    assert _children_cpu_seconds(proc.pid) - cpu1 < 0.3
    health = requests.get(base + "/health").json()
    assert health["worker_restarts"] == before + 1
    deadline = time.monotonic() + 30  # the replacement worker comes up and answers
    attempt = 0
    while time.monotonic() < deadline:
        attempt += 1
        ok = [requests.get(base + "/sparql",
                           params={"query": f"{COUNT_EVENTS} # {attempt}.{i}"}).status_code
              for i in range(4)]
        if ok == [200] * 4:
            break
    assert ok == [200] * 4


def test_health(base) -> None:
    h = requests.get(base + "/health").json()
    assert h["status"] == "ok" and h["articles"] == 1 and h["events"] == 5


def test_store_is_locked_while_serving(server, tmp_path) -> None:
    base, _proc = server
    store = Path(requests.get(base + "/health").json()["store"])
    r = kg_process("ingest", SEED_FACTS, store=store)
    assert r.returncode == 3 and "locked" in r.stderr
    assert json.loads(requests.get(base + "/health").text)["status"] == "ok"
