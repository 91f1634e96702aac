"""Credentials for the remote engine (``KG_STORE_TOKEN``, ``KG_STORE_USER`` +
``KG_STORE_PASSWORD``), against a real authenticating reverse proxy (tests/auth_proxy.py) in
front of a real ``oxigraph serve`` — the deployment docs/deploy.md recommends, since Oxigraph
server has no authentication of its own.

Shown here: with the right credentials the real CLI ingests, queries and dumps (the same bytes as
the embedded store) and ``kg serve`` answers through the proxy; every request kg sends carries
them. Missing or wrong ones give exit code 3 with a message naming the settings, never the
secret itself, and nothing reaches the engine's data. Federated ``SERVICE`` calls from a
``kg serve`` that holds engine credentials carry none of them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from auth_proxy import AuthProxy
from conftest import SEED_FACTS, OxigraphServer, Served, free_port, kg_process

TOKEN = "s3cret-engine-token"
USER, PASSWORD = "kg-writer", "s3cret-engine-password"
RIGHT = {"bearer": {"KG_STORE_TOKEN": TOKEN},
         "basic": {"KG_STORE_USER": USER, "KG_STORE_PASSWORD": PASSWORD}}
SECRETS = (TOKEN, PASSWORD)
EVENTS = "SELECT ?e WHERE { ?e a ckg:Event } ORDER BY ?e"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("auth-engine"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxies(engine: OxigraphServer) -> Iterator[dict[str, AuthProxy]]:
    """One proxy per scheme, both in front of the same engine."""
    made = {"bearer": AuthProxy(engine.url, token=TOKEN),
            "basic": AuthProxy(engine.url, user=USER, password=PASSWORD)}
    yield made
    for proxy in made.values():
        proxy.stop()


@pytest.fixture
def clean(engine: OxigraphServer, proxies: dict[str, AuthProxy]) -> OxigraphServer:
    """The engine emptied (directly, not through a proxy) and the proxies' records cleared."""
    engine.clear()
    for proxy in proxies.values():
        proxy.reset()
    return engine


def _env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items()
            if k not in ("KG_STORE_TOKEN", "KG_STORE_USER", "KG_STORE_PASSWORD")}
    return {**base, "KG_STORE_RETRIES": "0", **extra}


def _engine_quads(engine: OxigraphServer) -> int:
    """Quads in the engine, asked directly (no proxy, no credentials)."""
    r = requests.get(engine.url + "store", headers={"Accept": "application/n-quads"}, timeout=30)
    r.raise_for_status()
    return len(r.text.splitlines())


@pytest.mark.parametrize("scheme", ["bearer", "basic"])
def test_right_credentials_ingest_query_and_dump(scheme: str, clean: OxigraphServer,
                                                 proxies: dict[str, AuthProxy],
                                                 tmp_path: Path) -> None:
    proxy = proxies[scheme]
    env = _env(**RIGHT[scheme])
    embedded = tmp_path / "embedded"
    for store, run_env in ((proxy.url, env), (embedded, _env())):
        r = kg_process("ingest", SEED_FACTS, store=store, env=run_env)  # type: ignore[arg-type]
        assert r.returncode == 0, r.stderr
    assert _engine_quads(clean) > 200
    for args in (("query", EVENTS, "--format", "csv"), ("dump", "--format", "nquads"),
                 ("stats", "--json")):
        remote = kg_process(*args, store=proxy.url, env=env)  # type: ignore[arg-type]
        local = kg_process(*args, store=embedded, env=_env())
        assert remote.returncode == 0, remote.stderr
        assert remote.stdout == local.stdout and remote.stdout.strip(), args
    assert {s.status for s in proxy.seen} == {200, 204}
    assert all(proxy.admits(s.authorization) for s in proxy.seen)
    used = {s.path.split("?")[0] for s in proxy.seen}
    assert {"/query", "/update", "/store"} <= used  # every protocol went through the proxy


@pytest.mark.parametrize(("scheme", "given"), [
    ("bearer", {}),
    ("bearer", {"KG_STORE_TOKEN": "not-the-token"}),
    ("bearer", RIGHT["basic"]),
    ("basic", {}),
    ("basic", {"KG_STORE_USER": USER, "KG_STORE_PASSWORD": "not-the-password"}),
    ("basic", {"KG_STORE_TOKEN": TOKEN}),
])
def test_missing_or_wrong_credentials_are_refused_and_write_nothing(
        scheme: str, given: dict[str, str], clean: OxigraphServer,
        proxies: dict[str, AuthProxy]) -> None:
    proxy = proxies[scheme]
    for args in (("ingest", SEED_FACTS), ("query", EVENTS), ("dump",), ("stats",)):
        r = kg_process(*args, store=proxy.url, env=_env(**given))  # type: ignore[arg-type]
        assert r.returncode == 3, (args, r.stderr)
        assert "refused" in r.stderr and "HTTP 401" in r.stderr, r.stderr
        assert "KG_STORE_TOKEN" in r.stderr and "KG_STORE_PASSWORD" in r.stderr
        assert "Traceback" not in r.stderr and r.stdout == ""
        assert not any(secret in r.stderr for secret in SECRETS)
    assert _engine_quads(clean) == 0
    assert proxy.seen and {s.status for s in proxy.seen} == {401}


def test_kg_serve_behind_the_proxy(clean: OxigraphServer, proxies: dict[str, AuthProxy]
                                   ) -> None:
    proxy = proxies["bearer"]
    assert kg_process("ingest", SEED_FACTS, store=proxy.url,  # type: ignore[arg-type]
                      env=_env(**RIGHT["bearer"])).returncode == 0
    served = Served(proxy.url, env=RIGHT["bearer"])  # type: ignore[arg-type]
    try:
        r = requests.post(served.base + "/sparql", data={"query": EVENTS}, timeout=30,
                          headers={"Accept": "text/csv"})
        assert r.status_code == 200 and len(r.text.splitlines()) == 1 + 5
        health = requests.get(served.base + "/health", timeout=30)
        assert health.status_code == 200 and health.json()["engine"]["reachable"] is True
        dump = requests.get(served.base + "/dumps/conflict-kg.nq.gz", timeout=60)
        assert dump.status_code == 200 and len(dump.content) > 1000
        for text in (r.text, health.text, served.stderr()):
            assert not any(secret in text for secret in SECRETS)
    finally:
        served.stop()
    assert all(proxy.admits(s.authorization) for s in proxy.seen)
    # without the token kg serve does not start: exit 3 and the settings to check
    r = kg_process("serve", "--port", str(free_port()), store=proxy.url,  # type: ignore[arg-type]
                   env=_env())
    assert r.returncode == 3 and "KG_STORE_TOKEN" in r.stderr and "Traceback" not in r.stderr


def test_store_credentials_never_reach_a_service_endpoint(
        clean: OxigraphServer, proxies: dict[str, AuthProxy], tmp_path: Path) -> None:
    """A federated SERVICE call leaves from kg serve's own client (kg/web/egress.py), not the
    engine's session: the recording proxy in front of the federated endpoint sees no
    Authorization header and no secret in any header, while the engine's proxy saw the token."""
    other = OxigraphServer(tmp_path / "federated")
    recorder = AuthProxy(other.url)
    try:
        r = requests.post(other.url + "update", timeout=30, data=(
            'INSERT DATA { <http://example.org/q> <http://example.org/says> "hello" }'),
            headers={"Content-Type": "application/sparql-update"})
        assert r.status_code == 204
        proxy = proxies["bearer"]
        assert kg_process("ingest", SEED_FACTS, store=proxy.url,  # type: ignore[arg-type]
                          env=_env(**RIGHT["bearer"])).returncode == 0
        served = Served(proxy.url, env={**RIGHT["bearer"],  # type: ignore[arg-type]
                                        "KG_SERVICE_ALLOW": recorder.url})
        try:
            query = (f"SELECT ?said (COUNT(?e) AS ?n) WHERE {{ ?e a ckg:Event "
                     f"SERVICE <{recorder.url}query> {{ ?q <http://example.org/says> ?said }} }} "
                     f"GROUP BY ?said")
            r = requests.post(served.base + "/sparql", data={"query": query}, timeout=60,
                              headers={"Accept": "text/csv"})
            assert r.status_code == 200, r.text
            assert r.text.splitlines()[1:] == ["hello,5"]
        finally:
            served.stop()
        assert recorder.seen  # the call was made…
        for seen in recorder.seen:  # …without the engine's credentials
            assert seen.authorization is None
            assert not any(secret in value for _k, value in seen.headers for secret in SECRETS)
        assert any(s.authorization == f"Bearer {TOKEN}" for s in proxy.seen)
    finally:
        recorder.stop()
        other.stop()
