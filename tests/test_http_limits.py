"""Caching validators on query answers and the per-client rate limit, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process

TOKEN = "limits-token"
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    store = tmp_path_factory.mktemp("limits") / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    server = Served(store, "--workers", "1", env={"KG_WRITE_TOKEN": TOKEN,
                                                   "KG_CACHE_MAX_AGE": "30"})
    yield server
    server.stop()


def test_query_answers_carry_validators_and_revalidate_to_304(served: Served) -> None:
    first = requests.get(served.base + "/sparql", params={"query": QUERY}, headers=JSON,
                         timeout=30)
    assert first.status_code == 200
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert etag.startswith('W/"')
    assert first.headers["Cache-Control"] == "public, max-age=30, must-revalidate"
    again = requests.get(served.base + "/sparql", params={"query": QUERY},
                         headers={**JSON, "If-None-Match": etag}, timeout=30)
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag
    since = requests.get(served.base + "/sparql", params={"query": QUERY},
                         headers={**JSON, "If-Modified-Since": modified}, timeout=30)
    assert since.status_code == 304
    # another format or another query is another answer
    csv = requests.get(served.base + "/sparql", params={"query": QUERY},
                       headers={"Accept": "text/csv", "If-None-Match": etag}, timeout=30)
    assert csv.status_code == 200 and csv.headers["ETag"] != etag
    other = requests.post(served.base + "/sparql", data={"query": QUERY + " LIMIT 1"},
                          headers={**JSON, "If-None-Match": etag}, timeout=30)
    assert other.status_code == 200


def test_a_write_makes_old_validators_stale(served: Served) -> None:
    first = requests.get(served.base + "/sparql", params={"query": QUERY}, headers=JSON,
                         timeout=30)
    etag = first.headers["ETag"]
    update = "INSERT DATA { GRAPH <http://example.org/g> { <http://e/s> <http://e/p> 1 } }"
    r = requests.post(served.base + "/update", data=update.encode(), timeout=30,
                      headers={"Authorization": f"Bearer {TOKEN}",
                               "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    after = requests.get(served.base + "/sparql", params={"query": QUERY},
                         headers={**JSON, "If-None-Match": etag}, timeout=30)
    assert after.status_code == 200 and after.headers["ETag"] != etag


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    server = Served(store, "--workers", "1", "--rate-limit", "5 per minute")
    try:
        codes = [requests.get(server.base + "/sparql", params={"query": QUERY},
                              headers=JSON, timeout=30).status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        r = requests.get(server.base + "/sparql", params={"query": QUERY}, headers=JSON,
                         timeout=30)
        assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
        assert "too many requests" in r.text and "Traceback" not in r.text
        assert r.headers["Access-Control-Allow-Origin"] == "*"
        # the liveness probe and CORS preflights are never limited
        assert requests.get(server.base + "/health", timeout=30).status_code == 200
        assert requests.options(server.base + "/sparql", timeout=30).status_code == 204
    finally:
        server.stop()


def test_a_malformed_rate_limit_stops_the_server_with_a_message(tmp_path: Path) -> None:
    store = tmp_path / "store"
    r = kg_process("serve", "--rate-limit", "lots", store=store)
    assert r.returncode != 0 and "KG_RATE_LIMIT" in r.stderr and "Traceback" not in r.stderr
