"""Dumps, VoID/DCAT, ontology and shapes documents over real HTTP."""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
from collections.abc import Iterator

import pytest
import requests
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCAT, RDF, VOID

from conftest import SEED_FACTS, Served, kg_process

TOKEN = "meta-token"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("meta") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    served = Served(store, "--workers", "1", env={"KG_WRITE_TOKEN": TOKEN})
    yield served.base
    served.stop()


def _triples(base: str) -> int:
    return json.loads(requests.get(base + "/health").text)["triples"]


def test_dump_index_lists_every_file(base) -> None:
    idx = requests.get(base + "/dumps/").json()
    assert {d["name"] for d in idx["dumps"]} == {
        "conflict-kg.nq.gz", "conflict-kg.nt.gz", "conflict-kg.ttl.gz"}


def test_nquads_dump_has_every_quad(base) -> None:
    first = requests.get(base + "/dumps/conflict-kg.nq.gz")  # streamed while it is made
    r = requests.get(base + "/dumps/conflict-kg.nq.gz")  # from the cache
    assert first.status_code == r.status_code == 200 and first.content == r.content
    assert int(r.headers["Content-Length"]) == len(r.content)
    assert r.headers["ETag"] == f'"{hashlib.sha256(r.content).hexdigest()}"'
    assert r.headers["Last-Modified"] == first.headers["Last-Modified"]
    ds = Dataset()
    ds.parse(data=gzip.decompress(r.content), format="nquads")
    assert sum(1 for _ in ds.quads()) == _triples(base)


@pytest.mark.parametrize(("name", "fmt"), [("conflict-kg.nt.gz", "nt"),
                                           ("conflict-kg.ttl.gz", "turtle")])
def test_triple_dumps_parse(base, name, fmt) -> None:
    r = requests.get(base + "/dumps/" + name)
    assert r.status_code == 200
    g = Graph().parse(data=gzip.decompress(r.content), format=fmt)
    assert len(g) > 1000


def test_dump_conditional_and_range_requests(base) -> None:
    url = base + "/dumps/conflict-kg.nq.gz"
    full = requests.get(url)
    etag = full.headers["ETag"]
    assert requests.get(url, headers={"If-None-Match": etag}).status_code == 304
    part = requests.get(url, headers={"Range": "bytes=10-99"})
    assert part.status_code == 206
    assert part.content == full.content[10:100]
    assert part.headers["Content-Range"].startswith("bytes 10-99/")


def test_dump_paths_are_a_fixed_list(base) -> None:
    for bad in ("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "snapshot-0.nq", "x.nq.gz"):
        assert requests.get(base + "/dumps/" + bad).status_code == 404


def test_dumps_follow_writes(base) -> None:
    url = base + "/dumps/conflict-kg.nq.gz"
    before = requests.get(url)
    r = requests.post(base + "/update", headers={"Authorization": f"Bearer {TOKEN}"},
                      data={"update": "INSERT DATA { GRAPH <http://example.org/g> { "
                                      "<http://example.org/a> <http://example.org/b> 1 } }"})
    assert r.status_code == 204
    streamed = requests.get(url)  # the new version's file, sent while it is made
    after = requests.get(url)
    assert after.content == streamed.content
    assert after.headers["ETag"] != before.headers["ETag"]
    assert b"http://example.org/a" in gzip.decompress(after.content)
    assert b"http://example.org/a" not in gzip.decompress(before.content)


def test_void_description(base) -> None:
    r = requests.get(base + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    ds = next(g.subjects(VOID.sparqlEndpoint, None))
    assert int(g.value(ds, VOID.triples)) == _triples(base)
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef(base + "/sparql")
    assert len(list(g.objects(ds, VOID.dataDump))) == 3
    assert len(list(g.objects(ds, DCAT.distribution))) == 3
    partitions = {g.value(p, VOID["class"]): int(g.value(p, VOID.entities))
                  for p in g.objects(ds, VOID.classPartition)}
    assert partitions[URIRef("https://w3id.org/conflict-kg/ontology#Event")] == 5
    linkset = next(g.subjects(RDF.type, VOID.Linkset))
    assert int(g.value(linkset, VOID.triples)) == 7
    js = requests.get(base + "/.well-known/void", headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=js.text, format="json-ld")) == len(g)


def test_ontology_and_shapes_documents(base) -> None:
    ttl = requests.get(base + "/ontology", headers={"Accept": "text/turtle"})
    assert ttl.headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=ttl.text, format="turtle")) > 500
    html = requests.get(base + "/ontology", headers={"Accept": "text/html"})
    assert html.headers["Content-Type"].startswith("text/html")
    assert "Government regains territory" in html.text and "<h2>Classes</h2>" in html.text
    shapes = requests.get(base + "/shapes", params={"format": "html"})
    assert "Node shapes" in shapes.text
    assert requests.get(base + "/shapes").headers["Content-Type"].startswith("text/turtle")


def test_home_page_and_html_results(base) -> None:
    home = requests.get(base + "/")
    assert home.status_code == 200 and home.headers["Content-Type"].startswith("text/html")
    assert "Example queries" in home.text and 'name="query"' in home.text
    # every example query runs and renders a table
    hrefs = re.findall(r'<li><a href="(/sparql\?[^"]+)"', home.text)
    assert len(hrefs) == 5
    for href in hrefs:
        r = requests.get(base + html.unescape(href))
        assert r.status_code == 200, r.text
        assert "<table" in r.text and "Query results" in r.text
    events = requests.get(base + html.unescape(hrefs[0]))
    assert "/id/event/dj-566899.evt-aleis" in events.text  # links to the Linked Data pages


def test_html_results_escape_data(base) -> None:
    q = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    r = requests.get(base + "/sparql", params={"query": q, "format": "html"})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    bad = requests.get(base + "/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }",
                                                  "format": "html"})
    assert bad.status_code == 406
