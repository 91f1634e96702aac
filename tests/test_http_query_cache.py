"""The `/sparql` response cache (kg.web.response_cache), over real HTTP to a real `kg serve`.

Whether an answer came from the cache is read from ``/health`` (hits and misses): every test
that says "a hit" checks that the counter moved, so it fails when the cache does nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process

TOKEN = "cache-token"
JSON = {"Accept": "application/sparql-results+json"}
COUNT_EVENTS = "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
           "?m ?n2 ?o }")
BUDGET_KB, ENTRY_KB = 48, 8
#: headers that are per response, not per answer (waitress adds the date when it sends)
PER_RESPONSE = {"Date"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    store = tmp_path_factory.mktemp("query-cache") / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    server = Served(store, "--workers", "2", "--timeout", "2",
                    "--query-cache-mb", str(BUDGET_KB / 1024),
                    "--query-cache-entry-kb", str(ENTRY_KB),
                    env={"KG_WRITE_TOKEN": TOKEN, "KG_CACHE_MAX_AGE": "5"})
    yield server
    server.stop()


def cache_stats(served: Served) -> dict[str, int]:
    stats = requests.get(served.base + "/health", timeout=30).json()["query_cache"]
    assert stats is not None
    return stats


def answer_headers(resp: requests.Response) -> dict[str, str]:
    return {k: v for k, v in resp.headers.items() if k not in PER_RESPONSE}


def count(resp: requests.Response) -> int:
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("send", ["get", "post-form", "post-direct", "html"])
def test_a_hit_is_byte_identical_to_the_miss(served: Served, send: str) -> None:
    query = f"{COUNT_EVENTS} # {send}"  # a query of this test alone: the first is a miss

    def ask() -> requests.Response:
        url = served.base + "/sparql"
        if send == "get":
            return requests.get(url, params={"query": query}, headers=JSON, timeout=30)
        if send == "html":
            return requests.get(url, params={"query": query, "format": "html"}, timeout=30)
        if send == "post-form":
            return requests.post(url, data={"query": query}, headers=JSON, timeout=30)
        return requests.post(url, data=query.encode(), timeout=30,
                             headers={**JSON, "Content-Type": "application/sparql-query"})

    before = cache_stats(served)
    miss = ask()
    middle = cache_stats(served)
    hit = ask()
    after = cache_stats(served)
    assert miss.status_code == hit.status_code == 200
    assert (middle["hits"], middle["misses"]) == (before["hits"], before["misses"] + 1)
    assert after["hits"] == middle["hits"] + 1
    assert hit.content == miss.content and len(hit.content) > 0
    assert answer_headers(hit) == answer_headers(miss)
    assert list(answer_headers(hit)) == list(answer_headers(miss))  # in the same order too
    assert hit.headers["ETag"].startswith('W/"') and "Last-Modified" in hit.headers
    if send != "html":
        assert count(hit) == 5


def test_a_write_between_two_identical_requests_gives_the_new_answer(served: Served) -> None:
    query = ("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/cache#p> ?o }")
    first = requests.get(served.base + "/sparql", params={"query": query}, headers=JSON,
                         timeout=30)
    again = requests.get(served.base + "/sparql", params={"query": query}, headers=JSON,
                         timeout=30)
    hits = cache_stats(served)["hits"]
    assert count(first) == count(again) == 0
    update = ("INSERT DATA { GRAPH <http://example.org/cache-g> { "
              "<http://example.org/s> <http://example.org/cache#p> 1 } }")
    r = requests.post(served.base + "/update", data=update.encode(), timeout=30,
                      headers={"Authorization": f"Bearer {TOKEN}",
                               "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    after = requests.get(served.base + "/sparql", params={"query": query}, headers=JSON,
                         timeout=30)
    assert after.status_code == 200 and count(after) == 1
    assert after.headers["ETag"] != first.headers["ETag"]
    assert cache_stats(served)["hits"] == hits  # the new version's first answer is a miss
    # and the old validators no longer give 304
    stale = requests.get(served.base + "/sparql", params={"query": query},
                         headers={**JSON, "If-None-Match": first.headers["ETag"]}, timeout=30)
    assert stale.status_code == 200 and count(stale) == 1


def test_conditional_requests_still_get_304_from_the_cache(served: Served) -> None:
    query = f"{COUNT_EVENTS} # conditional"
    first = requests.get(served.base + "/sparql", params={"query": query}, headers=JSON,
                         timeout=30)
    hits = cache_stats(served)["hits"]
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    tagged = requests.get(served.base + "/sparql", params={"query": query},
                          headers={**JSON, "If-None-Match": etag}, timeout=30)
    since = requests.get(served.base + "/sparql", params={"query": query},
                         headers={**JSON, "If-Modified-Since": modified}, timeout=30)
    other = requests.get(served.base + "/sparql", params={"query": query},
                         headers={**JSON, "If-None-Match": 'W/"0-not-this-one"'}, timeout=30)
    assert tagged.status_code == since.status_code == 304
    assert tagged.content == b"" and tagged.headers["ETag"] == etag
    assert tagged.headers["Cache-Control"] == "public, max-age=5, must-revalidate"
    assert other.status_code == 200 and other.content == first.content
    assert cache_stats(served)["hits"] == hits + 3


def test_every_part_of_the_request_that_changes_the_answer_is_in_the_key(
        served: Served) -> None:
    query = "SELECT ?i WHERE { BIND(<relative> AS ?i) }"  # resolves against the endpoint URL
    url = served.base + "/sparql"
    as_json = requests.get(url, params={"query": query}, headers=JSON, timeout=30)
    as_csv = requests.get(url, params={"query": query}, headers={"Accept": "text/csv"},
                          timeout=30)
    assert as_csv.headers["Content-Type"].startswith("text/csv")
    assert as_csv.content != as_json.content
    other_host = requests.get(url, params={"query": query}, timeout=30,
                              headers={**JSON, "Host": "example.org:8080"})
    assert "http://example.org:8080/relative" in other_host.text
    assert f"{served.base}/relative" in as_json.text
    dataset = requests.get(url, params={"query": COUNT_EVENTS,
                                        "default-graph-uri": "http://example.org/none"},
                           headers=JSON, timeout=30)
    assert count(dataset) == 0


def test_the_budget_and_the_entry_cap_hold(served: Served) -> None:
    # ~1.5 kB answers: far more of them than the budget holds
    query = ("SELECT ?e ?t WHERE {{ ?e a ?t }} ORDER BY ?e ?t LIMIT 12 # {}")
    for i in range(80):
        r = requests.get(served.base + "/sparql", params={"query": query.format(i)},
                         headers=JSON, timeout=30)
        assert r.status_code == 200
        stats = cache_stats(served)
        assert stats["bytes"] <= BUDGET_KB * 1024
    assert 0 < stats["entries"] < 80
    # least recently used first out: the first answers are gone, the last is kept
    hits = stats["hits"]
    requests.get(served.base + "/sparql", params={"query": query.format(79)}, headers=JSON,
                 timeout=30)
    assert cache_stats(served)["hits"] == hits + 1
    requests.get(served.base + "/sparql", params={"query": query.format(0)}, headers=JSON,
                 timeout=30)
    assert cache_stats(served)["hits"] == hits + 1
    # an answer over the entry cap is served but never kept
    big = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 400"
    answers = [requests.get(served.base + "/sparql", params={"query": big}, headers=JSON,
                            timeout=30) for _ in range(2)]
    assert all(a.status_code == 200 for a in answers)
    assert len(answers[0].content) > ENTRY_KB * 1024
    assert answers[0].content == answers[1].content
    assert cache_stats(served)["hits"] == hits + 1


def test_errors_and_timeouts_are_not_cached(served: Served) -> None:
    """(Last of the shared server's tests: the two timeouts leave it restarting workers.)"""
    before = cache_stats(served)
    for _ in range(2):
        r = requests.get(served.base + "/sparql", params={"query": "SELECT * WHERE {"},
                         headers=JSON, timeout=30)
        assert r.status_code == 400
    for _ in range(2):
        r = requests.get(served.base + "/sparql", params={"query": RUNAWAY}, headers=JSON,
                         timeout=60)
        assert r.status_code == 503 and "stopped" in r.text
    after = cache_stats(served)
    assert after["hits"] == before["hits"]
    assert after["misses"] == before["misses"] + 4


def test_the_cache_can_be_turned_off_and_refuses_negative_sizes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert kg_process("ingest", str(SEED_FACTS), store=store).returncode == 0
    bad = kg_process("serve", "--port", "1", "--query-cache-mb", "-1", store=store)
    assert bad.returncode != 0 and "KG_QUERY_CACHE_MB" in bad.stderr
    assert "Traceback" not in bad.stderr
    server = Served(store, "--workers", "1", env={"KG_QUERY_CACHE_MB": "0"})
    try:
        for _ in range(2):
            r = requests.get(server.base + "/sparql", params={"query": COUNT_EVENTS},
                             headers=JSON, timeout=30)
            assert r.status_code == 200 and count(r) == 5
        assert requests.get(server.base + "/health", timeout=30).json()["query_cache"] is None
    finally:
        server.stop()


def test_remote_store_no_cache_by_default_and_a_bounded_age_when_asked(
        remote_url: str) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://example.org/remote-cache#p> ?o }"
    plain = Served(remote_url)  # type: ignore[arg-type]
    try:
        assert requests.get(plain.base + "/health", timeout=30).json()["query_cache"] is None
    finally:
        plain.stop()
    ttl = 3.0
    server = Served(remote_url, env={"KG_QUERY_CACHE_REMOTE_TTL": str(ttl)})  # type: ignore[arg-type]
    try:
        def ask() -> requests.Response:
            r = requests.get(server.base + "/sparql", params={"query": query}, headers=JSON,
                             timeout=30)
            assert r.status_code == 200
            return r

        first = ask()
        written_at = time.monotonic()
        # another writer changes the engine directly: this service cannot see it happen
        r = requests.post(remote_url + "update", timeout=30, data=(
            b"INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
            b"<http://example.org/remote-cache#p> 1 } }"),
            headers={"Content-Type": "application/sparql-update"})
        assert r.status_code == 204
        cached = ask()
        if time.monotonic() - written_at < ttl:  # still within the age bound: the old answer
            assert cached.content == first.content and count(cached) == 0
            stats = requests.get(server.base + "/health", timeout=30).json()["query_cache"]
            assert stats["hits"] == 1
        while time.monotonic() - written_at <= ttl:
            time.sleep(0.1)
        assert count(ask()) == 1  # past the bound: the engine is asked again
    finally:
        server.stop()
