"""The first request for a dump streams while the cache file is made (issue #6), over real HTTP
from a real ``kg serve``: the streamed bytes are the cached file's, concurrent first requests
make one file, a client that hangs up leaves a whole file, HEAD, conditional and range requests
are answered exactly while the file is being made."""

from __future__ import annotations

import gzip
import hashlib
import http.client
import itertools
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import requests

from conftest import Served, seed_and_bulk_store

TOKEN = "dumps-token"
NT = "/dumps/conflict-kg.nt.gz"
_counter = itertools.count()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Path]]:
    """The seed plus 100,000 synthetic quads (a dump takes a while to make), and the server's
    TMPDIR, where its dump files are."""
    tmp = tmp_path_factory.mktemp("dumps")
    store = seed_and_bulk_store(tmp, 100_000)
    workdir = tmp / "tmp"
    workdir.mkdir()
    server = Served(store, "--workers", "1",
                    env={"KG_WRITE_TOKEN": TOKEN, "TMPDIR": str(workdir)})
    yield server, workdir
    server.stop()


def _write(base: str, update: str) -> None:
    r = requests.post(base + "/update", data={"update": update}, timeout=120,
                      headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text


def _new_data(base: str) -> str:
    """A write that changes the data: a new version whose dumps are not made yet."""
    marker = f"http://example.org/marker{next(_counter)}"
    _write(base, f"INSERT DATA {{ GRAPH <http://example.org/m> {{ <{marker}> "
                 f"<http://example.org/p> 1 }} }}")
    return marker


def _same_data(base: str) -> None:
    """A write that changes nothing: a new version with the same content."""
    _write(base, "DELETE DATA { <http://example.org/absent> <http://example.org/p> 1 }")


def _dump_files(workdir: Path) -> list[str]:
    return sorted(p.name for p in workdir.glob("kg-serve-*/dumps-*/*"))


def _sha(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()}"'


def test_first_request_streams_the_bytes_the_cache_then_serves(served) -> None:
    server, workdir = served
    marker = _new_data(server.base)
    first = requests.get(server.base + NT, timeout=300, stream=True)
    assert first.status_code == 200
    assert first.headers.get("Transfer-Encoding") == "chunked"
    assert "Content-Length" not in first.headers and "ETag" not in first.headers
    assert first.headers["Content-Type"] == "application/gzip"
    body = first.content
    cached = requests.get(server.base + NT, timeout=300)
    assert cached.status_code == 200 and cached.content == body
    assert int(cached.headers["Content-Length"]) == len(body)
    assert cached.headers["ETag"] == _sha(body)  # the digest of the file, not a counter
    for h in ("Last-Modified", "Content-Type", "Content-Disposition", "Cache-Control",
              "Access-Control-Allow-Origin"):
        assert first.headers[h] == cached.headers[h], h
    lines = gzip.decompress(body).decode("utf-8").splitlines()  # CRC and length checked
    assert any(marker in line for line in lines)
    count = requests.get(server.base + "/sparql", timeout=120, params={"query": (
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")})
    assert len(lines) == len(set(lines)) == int(
        count.json()["results"]["bindings"][0]["n"]["value"])
    assert _dump_files(workdir) == ["conflict-kg.nt.gz"]


def test_triple_dumps_hold_a_triple_of_several_graphs_once(served) -> None:
    """The triple dumps are the union of the graphs: a triple stored in the default graph and
    in named graphs, and one with a blank node in two graphs, is written once (the CONSTRUCT
    they came from before wrote the blank-node one twice); the Turtle is the same graph."""
    server, _workdir = served
    shared = "<http://example.org/shared> <http://example.org/p> <http://example.org/o>"
    blank = '_:twice <http://example.org/p> "in two graphs"'
    _write(server.base, f"INSERT DATA {{ {shared} . "
                        f"GRAPH <http://example.org/g1> {{ {shared} . {blank} }} "
                        f"GRAPH <http://example.org/g2> {{ {shared} . {blank} }} }}")
    nt = gzip.decompress(requests.get(server.base + NT, timeout=300).content)
    lines = nt.decode("utf-8").splitlines()
    assert len(lines) == len(set(lines))
    assert lines.count(f"{shared} .") == 1
    assert sum(line.endswith('<http://example.org/p> "in two graphs" .') for line in lines) == 1
    count = requests.get(server.base + "/sparql", timeout=120, params={"query": (
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")})
    assert len(lines) == int(count.json()["results"]["bindings"][0]["n"]["value"])
    ttl = gzip.decompress(requests.get(server.base + "/dumps/conflict-kg.ttl.gz",
                                       timeout=300).content)
    triples = {q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
    assert {q.triple for q in ox.parse(ttl, format=ox.RdfFormat.TURTLE)} == triples


def test_concurrent_first_requests_follow_one_file(served) -> None:
    server, workdir = served
    _new_data(server.base)
    start = threading.Barrier(6)
    bodies: list[bytes] = []

    def fetch() -> None:
        start.wait()
        r = requests.get(server.base + NT, timeout=300)
        assert r.status_code == 200
        bodies.append(r.content)

    threads = [threading.Thread(target=fetch) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(bodies) == 6 and len(set(bodies)) == 1
    cached = requests.get(server.base + NT, timeout=300)
    assert cached.content == bodies[0] and cached.headers["ETag"] == _sha(bodies[0])
    assert _dump_files(workdir) == ["conflict-kg.nt.gz"]  # one file, no part left over


def test_a_client_hanging_up_leaves_a_whole_file(served) -> None:
    server, workdir = served
    marker = _new_data(server.base)
    url = urlsplit(server.base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    conn.request("GET", NT)
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Content-Length") is None
    assert len(resp.read(1000)) == 1000
    conn.close()  # mid-transfer
    full = requests.get(server.base + NT, timeout=300)  # follows the file still being made
    assert full.status_code == 200
    cached = requests.get(server.base + NT, timeout=300)
    assert cached.content == full.content and cached.headers["ETag"] == _sha(full.content)
    assert marker.encode() in gzip.decompress(full.content)
    assert _dump_files(workdir) == ["conflict-kg.nt.gz"]


def test_head_conditional_and_range_requests_while_the_file_is_made(served) -> None:
    server, _workdir = served
    url = server.base + "/dumps/conflict-kg.nq.gz"
    _new_data(server.base)
    head = requests.head(url, timeout=300)
    assert head.status_code == 200 and head.headers["Content-Type"] == "application/gzip"
    assert head.headers["Last-Modified"] and not head.content
    whole = requests.get(url, timeout=300).content
    etag = requests.get(url, timeout=300).headers["ETag"]
    assert etag == _sha(whole)

    _same_data(server.base)  # new version, same content: the same file, so the same tag
    unchanged = requests.get(url, headers={"If-None-Match": etag}, timeout=300)
    assert unchanged.status_code == 304 and unchanged.headers["ETag"] == etag

    _same_data(server.base)
    part = requests.get(url, headers={"Range": "bytes=100-199"}, timeout=300)
    assert part.status_code == 206 and part.content == whole[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(whole)}"

    _new_data(server.base)  # new content: the old tag no longer matches
    changed = requests.get(url, headers={"If-None-Match": etag}, timeout=300)
    assert changed.status_code == 200 and changed.headers["ETag"] != etag
    assert changed.headers["ETag"] == _sha(changed.content)
    since = requests.get(url, headers={"If-Modified-Since": changed.headers["Last-Modified"]},
                         timeout=300)
    assert since.status_code == 304
