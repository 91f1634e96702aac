"""Token-protected writes over real HTTP: SPARQL Update (/update), Graph Store Protocol (/store)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
from rdflib import Graph

from conftest import SEED_FACTS, Served, kg_process

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("writes") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    served = Served(store, "--workers", "1", env={"KG_WRITE_TOKEN": TOKEN})
    yield served.base
    served.stop()


@pytest.fixture(scope="module")
def readonly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("readonly") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    served = Served(store, "--workers", "1", env={"KG_WRITE_TOKEN": ""})
    yield served.base
    served.stop()


def ask(base: str, query: str) -> bool:
    r = requests.get(base + "/sparql", params={"query": query})
    assert r.status_code == 200, r.text
    return bool(r.json()["boolean"])


def test_read_only_service_refuses_writes(readonly) -> None:
    r = requests.post(readonly + "/update", data={"update": "CLEAR ALL"}, headers=AUTH)
    assert r.status_code == 403 and "read-only" in r.text
    r = requests.put(readonly + "/store?graph=http://example.org/g", data=b"<a:a> <a:b> <a:c> .",
                     headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 403
    sd = requests.get(readonly + "/sparql", headers={"Accept": "text/turtle"}).text
    assert "SPARQL11Update" not in sd
    assert ask(readonly, "ASK { ?e a ckg:Event }")  # nothing was cleared


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": "Basic eDp5"}, 401),
    ({"Authorization": f"Bearer {TOKEN}x"}, 403),
])
def test_update_needs_the_token(writable, headers, status) -> None:
    r = requests.post(writable + "/update", data={"update": "CLEAR ALL"}, headers=headers)
    assert r.status_code == status
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
    assert ask(writable, "ASK { ?e a ckg:Event }")


def test_update_is_applied_and_seen_by_queries(writable) -> None:
    insert = ('INSERT DATA { GRAPH <http://example.org/notes> { '
              '<http://example.org/n1> <http://www.w3.org/2000/01/rdf-schema#label> "note" } }')
    r = requests.post(writable + "/update", data={"update": insert}, headers=AUTH)
    assert r.status_code == 204, r.text
    assert ask(writable, 'ASK { <http://example.org/n1> rdfs:label "note" }')
    r = requests.post(writable + "/update", data=b"DROP GRAPH <http://example.org/notes>",
                      headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    assert not ask(writable, "ASK { <http://example.org/n1> ?p ?o }")
    sd = requests.get(writable + "/sparql", headers={"Accept": "text/turtle"}).text
    assert "SPARQL11Update" in sd


@pytest.mark.parametrize(("update", "text"), [
    ("LOAD <file:///etc/passwd>", "LOAD is disabled"),
    ("LOAD <http://127.0.0.1:1/x.ttl> INTO GRAPH <http://example.org/x>", "LOAD is disabled"),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }",
     "SERVICE is disabled"),
    ("INSERT DATA { <a> }", "malformed SPARQL Update"),
])
def test_dangerous_or_bad_updates_are_refused(writable, update, text) -> None:
    r = requests.post(writable + "/update", data={"update": update}, headers=AUTH)
    assert r.status_code == 400 and text in r.text


def test_update_protocol_errors(writable) -> None:
    assert requests.get(writable + "/update").status_code == 405
    r = requests.post(writable + "/update", data=b"CLEAR ALL",
                      headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = requests.post(writable + "/update", data=[("update", "CLEAR ALL"), ("update", "x")],
                      headers=AUTH)
    assert r.status_code == 400 and "2 'update'" in r.text


def test_graph_store_protocol_cycle(writable) -> None:
    g = "http://example.org/gsp"
    url = writable + "/store"
    ttl = b"<http://example.org/s> <http://example.org/p> 1 ."
    r = requests.put(url, params={"graph": g}, data=ttl,
                     headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 201
    r = requests.put(url, params={"graph": g}, data=ttl,
                     headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 204  # replaced
    r = requests.post(url, params={"graph": g},
                      data=b'<http://example.org/s> <http://example.org/p> "2"^^'
                           b"<http://www.w3.org/2001/XMLSchema#integer> .",
                      headers={**AUTH, "Content-Type": "application/n-triples"})
    assert r.status_code == 204  # merged
    got = requests.get(url, params={"graph": g}, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200
    assert len(Graph().parse(data=got.text, format="nt")) == 2
    head = requests.head(url, params={"graph": g})
    assert head.status_code == 200 and head.text == ""
    assert int(head.headers["Content-Length"]) > 0
    bad = requests.put(url, params={"graph": g}, data=b"<not turtle",
                       headers={**AUTH, "Content-Type": "text/turtle"})
    assert bad.status_code == 400
    assert len(Graph().parse(data=requests.get(url, params={"graph": g}).text,
                             format="turtle")) == 2  # a bad body changed nothing
    assert requests.delete(url, params={"graph": g}).status_code == 401
    assert requests.delete(url, params={"graph": g}, headers=AUTH).status_code == 204
    assert requests.get(url, params={"graph": g}).status_code == 404
    assert requests.delete(url, params={"graph": g}, headers=AUTH).status_code == 404


def test_graph_store_reads_are_public_and_negotiated(writable) -> None:
    g = "https://w3id.org/conflict-kg/id/graph/dj-566899"
    r = requests.get(writable + "/store", params={"graph": g},
                     headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/ld+json")
    assert len(Graph().parse(data=r.text, format="json-ld")) > 100
    assert requests.get(writable + "/store", params={"graph": g},
                        headers={"Accept": "image/png"}).status_code == 406
    assert requests.get(writable + "/store").status_code == 400


def test_graph_store_post_to_service_creates_a_graph(writable) -> None:
    r = requests.post(writable + "/store",
                      data=b"<http://example.org/a> <http://example.org/b> 3 .",
                      headers={**AUTH, "Content-Type": "text/turtle"})
    assert r.status_code == 201
    location = r.headers["Location"]
    got = requests.get(location, headers={"Accept": "text/turtle"})
    assert got.status_code == 200 and "example.org/a" in got.text
    assert requests.delete(location, headers=AUTH).status_code == 204


def test_unsupported_body_type(writable) -> None:
    r = requests.put(writable + "/store", params={"graph": "http://example.org/x"}, data=b"x",
                     headers={**AUTH, "Content-Type": "application/pdf"})
    assert r.status_code == 415


def test_post_article_extracts_validates_and_stores(writable) -> None:
    text = ("KABUL (Reuters) - A roadside bomb killed at least four soldiers near Kandahar on "
            "Sunday, officials said.")
    url = writable + "/articles"
    assert requests.post(url, data=text.encode(),
                         headers={"Content-Type": "text/plain"}).status_code == 401
    r = requests.post(url, params={"id": "test-kandahar", "published": "2021-06-07"},
                      data=text.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["conforms"] is True and body["stored"] is True
    assert body["facts"]["events"][0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert body["facts"]["events"][0]["date"] == "2021-06-06"
    assert ask(writable, 'ASK { ?a dcterms:identifier "test-kandahar" }')
    again = requests.post(url, params={"id": "test-kandahar", "published": "2021-06-07"},
                          data=text.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert again.status_code == 200 and again.json()["stored"] is False


def test_post_article_rejects_bad_input(writable) -> None:
    url = writable + "/articles"
    for data, ctype, status in [
        (b"", "text/plain", 400), (b"\xff\xfe", "text/plain", 400),
        (b'{"no": "text"}', "application/json", 400), (b"x", "application/pdf", 415),
        (b"A bomb exploded.", "text/plain", 400),  # published is not a date: see params
    ]:
        params = {"published": "yesterday"} if data == b"A bomb exploded." else {}
        r = requests.post(url, data=data, params=params,
                          headers={**AUTH, "Content-Type": ctype})
        assert r.status_code == status, (data, r.status_code, r.text)


def test_using_parameters_with_a_using_clause_are_refused(writable) -> None:
    update = "INSERT { ?s a ?o } USING <http://x/> WHERE { ?s a ?o }"
    r = requests.post(writable + "/update", params={"using-graph-uri": "http://a/"},
                      data=update.encode(), timeout=30,
                      headers={**AUTH, "Content-Type": "application/sparql-update"})
    assert r.status_code == 400 and "cannot be combined" in r.text


def test_multipart_post_with_a_bad_part_changes_nothing(writable) -> None:
    graph = "http://example.org/multipart-test"
    files = {"a.ttl": ("a.ttl", b"<http://e/s> <http://e/p> 1 .", "text/turtle"),
             "b.ttl": ("b.ttl", b"<http://e/s> <http://e/p> .", "text/turtle")}
    r = requests.post(writable + "/store", params={"graph": graph}, files=files,
                      headers=AUTH, timeout=30)
    assert r.status_code == 400 and "b.ttl" in r.text
    assert requests.get(writable + "/store", params={"graph": graph},
                        timeout=30).status_code == 404
