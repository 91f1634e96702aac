"""SPARQL federation (``SERVICE``) through an allow-list, over real HTTP.

A real ``oxigraph serve`` is the federated endpoint; a real ``kg serve`` (embedded store, and in
front of a remote engine) joins its answers with local data. Loopback responders stand in for
misbehaving endpoints (redirecting, stalling, answering HTML or too much) and record every
request, so each test can say that nothing reached where nothing may go. Each SSRF rule of
kg/web/egress.py and each refusal of kg/web/federation.py has a test here that fails when the
rule is removed.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
import pytest
import requests
import trustme
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Namespace
from SPARQLWrapper import JSON, SPARQLWrapper

from conftest import SEED_FACTS, OxigraphServer, Served, free_port, kg_process
from kg.config import parse_service_allow
from kg.errors import KgError
from kg.web.egress import (
    EgressFailed,
    EgressRefused,
    _PinnedHTTPConnection,
    checked_addresses,
    is_public,
    post_query,
)
from kg.web.federation import service_clauses, term_text
from kg.web.protocol import ProtocolError

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
TOKEN = "federation-token"
EX = "http://example.org/fed#"
PROLOGUE = f"PREFIX ex: <{EX}>\n"
#: literals that must come back exactly as the endpoint has them
TRICKY = [
    'quote " and \'single\' and a backslash \\ and """ triple',
    "new\nline, carriage\rreturn, tab\t, bell \u0007, nul \u0000 and del \u007f",
    "SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } # } { not code",
    "\\u0041 is not an escape here, nor \\n",
    "emoji \U0001F600 and right-to-left هجوم على المدينة",
]
FED_DATA = PROLOGUE + """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {
  wd:Q858 ex:capital "Damascus" ; ex:population 22125249 .
  wd:Q43 ex:capital "Ankara" .
  wd:Q999 ex:capital "Nowhere" .
  ex:tricky ex:text TRICKY ,
      "coup d'État"@fr , "attack"@en-GB , "hujum"@ar-Latn ,
      "2020-02-10T08:00:00Z"^^xsd:dateTime , "-5.0E2"^^xsd:double , "x y"^^ex:custom ,
      <http://example.org/é/ünïcode> .
  ex:bnodes ex:has _:a , _:b . _:a ex:v 1 . _:b ex:v 2 .
}""".replace("TRICKY", " , ".join(json.dumps(t, ensure_ascii=False) for t in TRICKY))


class Responder:
    """A loopback HTTP server that records every request it gets and answers each with fixed
    bytes, or never answers (``answer=None``: it holds the connection until the client
    leaves)."""

    def __init__(self, answer: bytes | None, tls: ssl.SSLContext | None = None) -> None:
        self.answer = answer
        self.tls = tls
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(32)
        self.port = self.sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/"
        self.hits: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(30)
            try:
                if self.tls is not None:
                    conn = self.tls.wrap_socket(conn, server_side=True)
                data = b""
                while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
                    data += chunk
                head, _, body = data.partition(b"\r\n\r\n")
                length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), 0)
                while len(body) < length and (chunk := conn.recv(65536)):
                    body += chunk
                self.hits.append(head + b"\r\n\r\n" + body)
                if self.answer is None:
                    while conn.recv(65536):  # until the client gives up
                        pass
                else:
                    conn.sendall(self.answer)
            except OSError:
                pass

    def close(self) -> None:
        self.sock.close()


def http_answer(body: bytes, content_type: str, status: str = "200 OK",
                extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: "
            f"{len(body)}\r\n{extra}Connection: close\r\n\r\n").encode() + body


def results_json(rows: list[dict[str, dict[str, str]]], variables: list[str]) -> bytes:
    return json.dumps({"head": {"vars": variables},
                       "results": {"bindings": rows}}).encode()


class Endpoints:
    """The federated endpoint (real oxigraph) and the misbehaving responders."""

    def __init__(self, tmp: Path) -> None:
        self.fed = OxigraphServer(tmp / "fed", union=False)
        r = requests.post(self.fed.url + "update", data=FED_DATA.encode(), timeout=30,
                          headers={"Content-Type": "application/sparql-update"})
        assert r.status_code == 204, r.text
        self.query = self.fed.url + "query"
        self.target = Responder(http_answer(b"{}", "application/sparql-results+json"))
        self.canned = Responder(http_answer(results_json(
            [{"c": {"type": "literal", "value": "canned"}}], ["c"]),
            "application/sparql-results+json"))
        self.named = Responder(self.canned.answer)  # allowed as http://localhost:PORT/
        self.redirect = Responder(http_answer(b"", "text/plain", "302 Found",
                                              f"Location: {self.target.url}sparql\r\n"))
        self.html = Responder(http_answer(b"<html>hello</html>", "text/html"))
        self.big = Responder(http_answer(results_json(
            [{"c": {"type": "literal", "value": "x" * 1000}}] * 200, ["c"]),
            "application/sparql-results+json"))
        self.stall = Responder(None)
        self.dead = f"http://127.0.0.1:{free_port()}/"  # nothing listens there

    def allow(self) -> str:
        return " ".join([self.query, f"http://localhost:{self.named.port}/", self.dead,
                         self.canned.url, self.redirect.url, self.html.url, self.big.url,
                         self.stall.url])

    def close(self) -> None:
        for r in (self.target, self.canned, self.named, self.redirect, self.html, self.big,
                  self.stall):
            r.close()
        self.fed.stop()


@pytest.fixture(scope="module")
def ends(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoints]:
    e = Endpoints(tmp_path_factory.mktemp("federation"))
    yield e
    e.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, ends: Endpoints) -> Iterator[Served]:
    store = tmp_path_factory.mktemp("federation-store") / "store"
    r = kg_process("ingest", SEED_FACTS, store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    served = Served(store, "--workers", "1", "--timeout", "3", "--service-allow", ends.allow(),
                    env={"KG_WRITE_TOKEN": TOKEN, "KG_SERVICE_TIMEOUT": "2",
                         "KG_SERVICE_MAX_BYTES": "65536", "KG_SERVICE_MAX_CALLS": "4"})
    yield served
    served.stop()


def ask(site: Served, query: str, **params: str) -> requests.Response:
    return requests.post(site.base + "/sparql", data={"query": query, **params}, timeout=60,
                         headers={"Accept": "application/sparql-results+json"})


def bindings(r: requests.Response) -> list[dict]:
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


# -- what federation gives ------------------------------------------------------------------------
def test_service_join_with_local_data(site: Served, ends: Endpoints) -> None:
    """The endpoint's rows are joined with the local ones: only the places linked to a
    Wikidata item that the endpoint knows, each with its remote value."""
    local = bindings(ask(site, "SELECT ?entity ?wd WHERE { ?entity ckg:wikidata ?wd }"))
    remote = requests.post(ends.query, data={"query": PROLOGUE + "SELECT ?wd ?capital WHERE "
                                             "{ ?wd ex:capital ?capital }"}, timeout=30,
                           headers={"Accept": "application/sparql-results+json"}).json()
    capitals = {b["wd"]["value"]: b["capital"]["value"] for b in remote["results"]["bindings"]}
    expected = sorted((b["entity"]["value"], capitals[b["wd"]["value"]]) for b in local
                      if b["wd"]["value"] in capitals)
    assert len(expected) == 2  # Syria and Turkey are in the seed article; Q999 is not
    query = PROLOGUE + f"""SELECT ?entity ?capital WHERE {{
      ?entity ckg:wikidata ?wd .
      SERVICE <{ends.query}> {{ ?wd ex:capital ?capital }}
    }}"""
    got = sorted((b["entity"]["value"], b["capital"]["value"]) for b in bindings(ask(site, query)))
    assert got == expected
    sw = SPARQLWrapper(site.base + "/sparql")  # a standard client sees the same
    sw.setQuery(query)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert sorted((b["entity"]["value"], b["capital"]["value"]) for b in rows) == expected


def test_literals_and_iris_round_trip(site: Served, ends: Endpoints) -> None:
    """Quotes, backslashes, newlines, control characters, language tags, datatypes and
    non-ASCII IRIs come back from the endpoint exactly as it has them."""
    pattern = "{ ex:tricky ex:text ?t }"
    direct = requests.post(ends.query, data={"query": PROLOGUE + f"SELECT ?t WHERE {pattern}"},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30)
    expected = sorted(json.dumps(b, sort_keys=True) for b in direct.json()["results"]["bindings"])
    assert len(expected) == len(TRICKY) + 7
    got = bindings(ask(site, PROLOGUE + f"SELECT ?t WHERE {{ SERVICE <{ends.query}> {pattern} }}"))
    assert sorted(json.dumps(b, sort_keys=True) for b in got) == expected


def test_blank_nodes_become_skolem_iris(site: Served, ends: Endpoints) -> None:
    query = PROLOGUE + (f"SELECT ?b ?v WHERE {{ SERVICE <{ends.query}> "
                        f"{{ ex:bnodes ex:has ?b . ?b ex:v ?v }} }} ORDER BY ?v")
    rows = bindings(ask(site, query))
    assert [r["v"]["value"] for r in rows] == ["1", "2"]
    iris = [r["b"]["value"] for r in rows]
    assert all(r["b"]["type"] == "uri" for r in rows) and len(set(iris)) == 2
    assert all(i.startswith(site.base + "/.well-known/genid/") for i in iris)
    assert [r["b"]["value"] for r in bindings(ask(site, query))] == iris  # deterministic
    # the same label in two answers is not the same node (blank nodes are local to an answer)
    split = PROLOGUE + (f"SELECT ?b WHERE {{ SERVICE <{ends.query}> {{ ex:bnodes ex:has ?b }} "
                        f"SERVICE <{ends.query}> {{ ?b ex:v ?v }} }}")
    assert bindings(ask(site, split)) == []


def test_prefixed_names_base_and_escapes_name_the_endpoint(site: Served,
                                                          ends: Endpoints) -> None:
    """The endpoint IRI is read as the engine reads it: prefixes, BASE, \\u escapes."""
    root = ends.fed.url
    body = "{ wd:Q858 ex:capital ?c }"
    escaped = ends.query[:-1] + "\\u0079"  # …/quer\u0079 is …/query
    for query in (f"PREFIX f: <{root}> SELECT ?c WHERE {{ SERVICE f:query {body} }}",
                  f"BASE <{root}> SELECT ?c WHERE {{ SERVICE <query> {body} }}",
                  f"SELECT ?c WHERE {{ SERVICE\n# a comment\nSILENT <{escaped}> {body} }}"):
        rows = bindings(ask(site, PROLOGUE + query))
        assert [r["c"]["value"] for r in rows] == ["Damascus"], query


def test_every_query_form_and_result_format(site: Served, ends: Endpoints) -> None:
    service = f"SERVICE <{ends.query}> {{ ?wd ex:capital ?c }}"
    r = requests.get(site.base + "/sparql", timeout=30, params={
        "query": PROLOGUE + f"ASK {{ ?x ckg:wikidata ?wd {service} }}"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    r = requests.get(site.base + "/sparql", timeout=30, params={
        "query": PROLOGUE + f"CONSTRUCT {{ ?x ex:capital ?c }} WHERE {{ ?x ckg:wikidata ?wd "
                            f"{service} }}", "format": "turtle"})
    assert r.status_code == 200 and len(Graph().parse(data=r.text, format="turtle")) == 2
    r = requests.get(site.base + "/sparql", timeout=30, params={
        "query": PROLOGUE + f"SELECT ?c WHERE {{ {service} }} ORDER BY ?c", "format": "csv"})
    assert r.status_code == 200 and r.text.split() == ["c", "Ankara", "Damascus", "Nowhere"]
    r = requests.get(site.base + "/sparql", timeout=30, params={
        "query": PROLOGUE + f"SELECT ?c WHERE {{ {service} }}", "format": "html"})
    assert r.status_code == 200 and "Damascus" in r.text


def test_silent_unreachable_endpoint_keeps_the_local_results(site: Served,
                                                             ends: Endpoints) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event %s }"
    alone = bindings(ask(site, count % ""))[0]["n"]["value"]
    assert alone == "5"
    silent = count % f"SERVICE SILENT <{ends.dead}sparql> {{ ?s ?p ?o }}"
    assert bindings(ask(site, silent))[0]["n"]["value"] == alone
    r = ask(site, count % f"SERVICE <{ends.dead}sparql> {{ ?s ?p ?o }}")
    assert r.status_code == 502 and "refused the connection" in r.text, r.text


def test_service_description_advertises_federation(site: Served) -> None:
    r = requests.get(site.base + "/sparql", headers={"Accept": "text/turtle"}, timeout=30)
    g = Graph().parse(data=r.text, format="turtle")
    svc = next(g.subjects(SD.endpoint, None))
    assert (svc, SD.feature, SD.BasicFederatedQuery) in g


# -- what federation refuses ----------------------------------------------------------------------
def test_endpoint_not_on_the_allow_list_is_never_called(site: Served, ends: Endpoints) -> None:
    ends.target.hits.clear()
    for iri in (f"{ends.target.url}sparql", ends.query + "/more", ends.query[:-1],
                ends.query.replace("127.0.0.1", "127.0.0.2")):
        for silent in ("", "SILENT"):
            r = ask(site, f"SELECT * WHERE {{ SERVICE {silent} <{iri}> {{ ?s ?p ?o }} }}")
            assert r.status_code == 400 and "allow-list" in r.text, (iri, r.text)
    assert ends.target.hits == []


def test_allowed_host_name_resolving_to_loopback_is_refused(site: Served,
                                                            ends: Endpoints) -> None:
    """``http://localhost:PORT/`` is on the allow-list by name, but the name resolves to a
    loopback address: refused (DNS rebinding), and the listener there hears nothing."""
    for silent in ("", "SILENT"):
        r = ask(site, f"SELECT * WHERE {{ SERVICE {silent} <http://localhost:{ends.named.port}"
                      f"/sparql> {{ ?s ?p ?o }} }}")
        assert r.status_code == 400 and "not public" in r.text, r.text
        assert "127.0.0.1" not in r.text  # the internal address is not told to the client
    assert ends.named.hits == []


def test_redirects_are_not_followed(site: Served, ends: Endpoints) -> None:
    ends.target.hits.clear()
    r = ask(site, f"SELECT * WHERE {{ SERVICE <{ends.redirect.url}sparql> {{ ?s ?p ?o }} }}")
    assert r.status_code == 502 and "redirect" in r.text, r.text
    r = ask(site, f"SELECT ?e WHERE {{ ?e a ckg:Battle SERVICE SILENT <{ends.redirect.url}"
                  f"sparql> {{ ?s ?p ?o }} }}")
    assert len(bindings(r)) > 0
    assert len(ends.redirect.hits) == 2 and ends.target.hits == []


def test_only_sparql_results_are_accepted(site: Served, ends: Endpoints) -> None:
    r = ask(site, f"SELECT * WHERE {{ SERVICE <{ends.html.url}sparql> {{ ?s ?p ?o }} }}")
    assert r.status_code == 502 and "text/html" in r.text, r.text


def test_answers_past_the_size_limit_are_refused(site: Served, ends: Endpoints) -> None:
    r = ask(site, f"SELECT * WHERE {{ SERVICE <{ends.big.url}sparql> {{ ?c ?p ?o }} }}")
    assert r.status_code == 502 and "larger than the 65,536 bytes left" in r.text, r.text


def test_the_answers_of_one_query_share_the_size_limit(site: Served, ends: Endpoints) -> None:
    """KG_SERVICE_MAX_BYTES (64 KiB) bounds all answers of a query together: 40 KiB from the
    first call leave the second 24 KiB, too few for the same 40 KiB again."""
    body = results_json([{"c": {"type": "literal", "value": "y" * 1000}}] * 40, ["c"])
    ends.canned.answer, saved = http_answer(body, "application/sparql-results+json"), \
        ends.canned.answer  # the allowed canned endpoint answers 40 KiB for this test
    try:
        one = f"SERVICE <{ends.canned.url}> {{ ?c ?p ?o }}"
        assert len(bindings(ask(site, f"SELECT * WHERE {{ {one} }}"))) == 40
        r = ask(site, f"SELECT * WHERE {{ {one} {one} }}")
        left = 65536 - len(body)
        assert r.status_code == 502 and f"larger than the {left:,} bytes left" in r.text, r.text
    finally:
        ends.canned.answer = saved


def test_a_stalled_endpoint_times_out(site: Served, ends: Endpoints) -> None:
    ends.stall.hits.clear()
    r = ask(site, f"SELECT * WHERE {{ SERVICE <{ends.stall.url}sparql> {{ ?s ?p ?o }} }}")
    assert r.status_code == 502 and "did not answer within 2 s" in r.text, r.text


def test_the_calls_of_one_query_share_the_query_timeout(site: Served, ends: Endpoints) -> None:
    """KG_QUERY_TIMEOUT (3 s) bounds all SERVICE calls of a query: after a first stalled call
    (KG_SERVICE_TIMEOUT, 2 s) the second gets the remaining second, and a third is not made."""
    ends.stall.hits.clear()
    clause = f"SERVICE SILENT <{ends.stall.url}sparql> {{ ?s ?p ?o }}"
    r = ask(site, f"SELECT ?e WHERE {{ ?e a ckg:Battle {clause} {clause} {clause} }}")
    assert len(bindings(r)) > 0
    assert len(ends.stall.hits) == 2


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT * WHERE { VALUES ?e { <%(q)s> } SERVICE ?e { ?s ?p ?o } }", "variable endpoint"),
    ("SELECT * WHERE { SERVICE <%(q)s> { SERVICE <%(c)s> { ?s ?p ?o } } }", "inside SERVICE"),
    ("SELECT * WHERE { SERVICE <%(q)s> { ?s ?p } }", "malformed query"),
    ("SELECT * WHERE { SERVICE <%(c)s> { ?s ?p ?o }" + " SERVICE <%(c)s> { ?s ?p ?o }" * 4
     + " }", "at most 4"),
    ("SELECT * WHERE { SERVICE SILENT <%(c)s> { ?s ?p ?o } SERVICE <http://10.0.0.1/> "
     "{ ?s ?p ?o } }", "allow-list"),
])
def test_refused_before_any_call(site: Served, ends: Endpoints, query: str,
                                 message: str) -> None:
    """A variable endpoint, SERVICE inside SERVICE (the outer endpoint would call the inner
    one), a malformed pattern, too many clauses, one refused clause among allowed ones: 400,
    and no endpoint hears anything."""
    ends.canned.hits.clear()
    r = ask(site, query % {"q": ends.query, "c": ends.canned.url})
    assert r.status_code == 400 and message in r.text, r.text
    assert ends.canned.hits == []


def test_updates_still_refuse_service(site: Served, ends: Endpoints) -> None:
    ends.canned.hits.clear()
    r = requests.post(site.base + "/update", timeout=30, headers={
        "Authorization": f"Bearer {TOKEN}"}, data={"update": (
            f"INSERT {{ <http://ex/s> <http://ex/p> ?c }} WHERE {{ SERVICE <{ends.canned.url}> "
            f"{{ ?x ?y ?c }} }}")})
    assert r.status_code == 400 and "SERVICE" in r.text
    assert ends.canned.hits == []


def test_the_endpoint_is_called_by_us_not_by_the_engine(site: Served, ends: Endpoints) -> None:
    """The endpoint gets one SPARQL Protocol request from this service's client (its
    User-Agent), holding the pattern as a SELECT with the query's prologue."""
    ends.canned.hits.clear()
    rows = bindings(ask(site, f"PREFIX z: <http://z/> SELECT ?c WHERE {{ SERVICE "
                              f"<{ends.canned.url}> {{ ?c z:p 1 }} }}"))
    assert [r["c"]["value"] for r in rows] == ["canned"]
    [hit] = ends.canned.hits
    head, _, body = hit.partition(b"\r\n\r\n")
    assert head.startswith(b"POST / HTTP/1.1") and b"User-Agent: conflict-kg-federation" in head
    [sent] = parse_qs(body.decode())["query"]
    assert "PREFIX z: <http://z/>" in sent and sent.endswith("SELECT * WHERE { ?c z:p 1 }")


# -- in front of a remote engine ------------------------------------------------------------------
@pytest.fixture(scope="module")
def remote_site(tmp_path_factory: pytest.TempPathFactory,
                ends: Endpoints) -> Iterator[tuple[Served, Responder]]:
    engine = OxigraphServer(tmp_path_factory.mktemp("federation-engine"))
    r = kg_process("ingest", SEED_FACTS, store=engine.url)  # type: ignore[arg-type]
    assert r.returncode == 0, r.stderr
    syria = Responder(http_answer(results_json(
        [{"wd": {"type": "uri", "value": "http://www.wikidata.org/entity/Q858"},
          "capital": {"type": "literal", "value": "Damascus"}}], ["wd", "capital"]),
        "application/sparql-results+json"))
    served = Served(engine.url, env={  # type: ignore[arg-type]
        "KG_SERVICE_ALLOW": f"{syria.url} http://localhost:{ends.named.port}/"})
    yield served, syria
    served.stop()
    syria.close()
    engine.stop()


def test_remote_backend_federates_here_not_in_the_engine(
        remote_site: tuple[Served, Responder], ends: Endpoints) -> None:
    """Through ``--store http://…``: the join works and the endpoint was called once, by this
    service's client — the engine never saw the SERVICE clause."""
    site, syria = remote_site
    query = PROLOGUE + (f"SELECT ?entity ?capital WHERE {{ ?entity ckg:wikidata ?wd . "
                        f"SERVICE <{syria.url}> {{ ?wd ex:capital ?capital }} }}")
    rows = bindings(ask(site, query))
    assert [r["capital"]["value"] for r in rows] == ["Damascus"]
    assert rows[0]["entity"]["value"].startswith("https://w3id.org/conflict-kg/id/")
    assert len(syria.hits) == 1 and b"User-Agent: conflict-kg-federation" in syria.hits[0]
    ends.named.hits.clear()
    r = ask(site, f"SELECT * WHERE {{ SERVICE <http://localhost:{ends.named.port}/> "
                  f"{{ ?s ?p ?o }} }}")
    assert r.status_code == 400 and ends.named.hits == []


# -- the parts on their own -----------------------------------------------------------------------
@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("2606:4700:4700::1111", True), ("93.184.215.14", True),
    ("127.0.0.1", False), ("127.255.0.9", False), ("::1", False), ("10.1.2.3", False),
    ("172.16.0.1", False), ("172.31.255.255", False), ("192.168.0.1", False),
    ("100.64.0.1", False), ("169.254.169.254", False), ("fe80::1", False),
    ("fc00::1", False), ("fd12:3456::1", False), ("fec0::1", False), ("0.0.0.0", False),
    ("::", False), ("224.0.0.1", False), ("239.255.255.250", False), ("ff02::1", False),
    ("255.255.255.255", False), ("240.0.0.1", False), ("192.0.2.1", False),
    ("198.18.0.1", False), ("::ffff:127.0.0.1", False), ("::ffff:10.0.0.1", False),
    ("2002:7f00:1::1", False), ("2002:a00:1::1", False), ("64:ff9b::7f00:1", False),
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", False),  # Teredo around 127.0.0.1
])
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


def test_names_resolving_inward_are_refused_even_if_the_address_is_allowed() -> None:
    loopback = frozenset({ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")})
    with pytest.raises(EgressRefused, match="resolves"):
        checked_addresses("localhost", 80, loopback, 5)
    assert checked_addresses("127.0.0.1", 80, loopback, 5) == [ipaddress.ip_address("127.0.0.1")]
    for literal in ("127.0.0.1", "10.0.0.1", "169.254.169.254", "0.0.0.0"):
        with pytest.raises(EgressRefused):
            checked_addresses(literal, 80, frozenset(), 5)


def test_connections_go_to_the_checked_address_without_resolving_again() -> None:
    """The connection is pinned to the address that was checked: a host name that resolves
    nowhere (``.invalid``) still reaches it, and is still sent as the Host."""
    responder = Responder(http_answer(b"ok", "text/plain"))
    try:
        conn = _PinnedHTTPConnection("pinned.invalid", responder.port,
                                     ipaddress.ip_address("127.0.0.1"), 10)
        conn.request("GET", "/x")
        assert conn.getresponse().read() == b"ok"
        conn.close()
        assert f"Host: pinned.invalid:{responder.port}".encode() in responder.hits[0]
    finally:
        responder.close()


def test_https_certificates_are_verified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over https the pinned connection still verifies the certificate against the host the
    IRI names: refused from an unknown CA, or for another name; answered once the CA is
    trusted (OpenSSL reads SSL_CERT_FILE when the default trust store is loaded)."""
    ca = trustme.CA()
    answer = http_answer(results_json([], ["c"]), "application/sparql-results+json")
    servers = []
    for name in ("127.0.0.1", "other.example"):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert(name).configure_cert(context)
        servers.append(Responder(answer, tls=context))
    good, wrong_name = servers
    loopback = frozenset({ipaddress.ip_address("127.0.0.1")})
    try:
        with pytest.raises(EgressFailed, match="TLS"):
            post_query(good.url + "sparql", "SELECT * {}", allowed_literals=loopback,
                       timeout=10, max_bytes=10_000)
        ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
        got = post_query(good.url + "sparql", "SELECT * {}", allowed_literals=loopback,
                         timeout=10, max_bytes=10_000)
        assert got.media_type == "application/sparql-results+json" and len(good.hits) == 1
        with pytest.raises(EgressFailed, match="TLS"):
            post_query(wrong_name.url + "sparql", "SELECT * {}", allowed_literals=loopback,
                       timeout=10, max_bytes=10_000)
        assert wrong_name.hits == []
    finally:
        for server in servers:
            server.close()


@pytest.mark.parametrize("raw", [
    "ftp://example.org/sparql", "HTTP://example.org/", "http://Example.org/sparql",
    "http://user:pw@example.org/", "http://example.org/#x", "http:///sparql",
    "http://example.org:99999/", "http://0.0.0.0/", "http://[ff02::1]/", "example.org/sparql",
])
def test_malformed_allow_list_entries_stop_the_start(raw: str) -> None:
    with pytest.raises(KgError, match="KG_SERVICE_ALLOW"):
        parse_service_allow(raw)


def test_allow_list_is_comma_or_space_separated() -> None:
    assert parse_service_allow(" http://a.example/q,https://b.example/ http://a.example/q ") == (
        "http://a.example/q", "https://b.example/")
    assert parse_service_allow("") == ()


def test_kg_serve_refuses_a_malformed_allow_list(tmp_path: Path) -> None:
    r = kg_process("serve", "--port", str(free_port()), "--service-allow", "file:///etc/passwd",
                   store=tmp_path / "store")
    assert r.returncode == 4 and "KG_SERVICE_ALLOW" in r.stderr


def test_clauses_are_found_where_they_are_code() -> None:
    query = ('SELECT * { ?s ?p "SERVICE <http://x/> {" . # SERVICE <http://y/> {\n'
             'SERVICE  silent\n# c\n<http://a/> { ?s ?q "}" . FILTER(?s != <http://b/#>) # }\n'
             '{ ?s ?r ?o } } . SERVICE ex:b{?x ?y ?z}}')
    first, second = service_clauses(query)
    assert (first.silent, first.endpoint, second.silent, second.endpoint) == (
        True, "<http://a/>", False, "ex:b")
    assert first.pattern == '{ ?s ?q "}" . FILTER(?s != <http://b/#>) # }\n{ ?s ?r ?o } }'
    assert second.pattern == "{?x ?y ?z}"
    for bad, why in [("SELECT * { SERVICE $v { } }", "variable"),
                     ("SELECT * { SERVICE <http://a/> { ?s ?p ?o ", "not closed"),
                     ("SELECT * { SERVICE <http://a/> ?s }", "group pattern"),
                     ("SELECT * { SERVICE { ?s ?p ?o } }", "endpoint IRI")]:
        with pytest.raises(ProtocolError, match=why):
            service_clauses(bad)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(value=st.text(), lang=st.sampled_from([None, "en", "ar-Latn", "en-GB"]))
def test_any_literal_survives_being_written_into_values(value: str, lang: str | None) -> None:
    """Whatever text a literal holds, the VALUES written for it give the engine that literal."""
    literal = ox.Literal(value, language=lang) if lang else ox.Literal(value)
    text = term_text(literal, lambda label: f"http://x/{label}")
    [row] = ox.Store().query(f"SELECT ?v WHERE {{ VALUES ?v {{ {text} }} }}")
    assert row["v"] == literal


def test_typed_literals_and_directions_survive() -> None:
    # (numeric literals are normalised as the engine stores them: xsd:int 1 → xsd:integer 1)
    for term in (ox.Literal("2020-02-10",
                            datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
                 ox.Literal("a b", datatype=ox.NamedNode("http://example.org/é")),
                 ox.Literal("مرحبا", language="ar", direction=ox.BaseDirection.RTL),
                 ox.NamedNode("http://example.org/ü?a=1&b")):
        [row] = ox.Store().query(
            f"SELECT ?v WHERE {{ VALUES ?v {{ {term_text(term, str)} }} }}")
        assert row["v"] == term
