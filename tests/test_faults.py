"""Faults: kill -9 in the middle of a dump, a full disk, a remote store that goes away or
stalls, two writers on one embedded store. Real processes, real stores, real HTTP.

(kill -9 during ``kg ingest`` is tested in test_bad_input.py; the engine being gone for
queries in test_http_remote.py — these extend them to dumps, writes and recovery.)
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from conftest import (
    SEED_FACTS,
    Served,
    free_port,
    kg_process,
    oxigraph_executable,
    seed_and_bulk_store,
)

SEED = json.loads(SEED_FACTS.read_text(encoding="utf-8"))
TOKEN = "fault-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _batch(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = copy.deepcopy(SEED)
            doc["article"]["id"] = f"gen-{i:04d}"
            fh.write(json.dumps(doc) + "\n")
    return path


def _file_size_limit(limit: int) -> Callable[[], None]:
    """For preexec_fn: the child may write no file past ``limit`` bytes — a full disk as the
    writing process sees it (EFBIG on write), without privileges to mount a small tmpfs."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, do not kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _kg(*args: str | os.PathLike[str], store: Path, limit: int | None = None,
        **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", "--store", str(store), *map(str, args)],
                          capture_output=True, text=True, timeout=600,
                          preexec_fn=_file_size_limit(limit) if limit else None, **kw)  # type: ignore[call-overload]


def _articles_whole(store: Path) -> dict[str, int]:
    """Events per stored article graph (every generated article has five)."""
    s = ox.Store.read_only(str(store))
    try:
        return {row["g"].value.rsplit("/", 1)[1]: int(row["n"].value) for row in s.query(
            "SELECT ?g (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a "
            "<https://w3id.org/conflict-kg/ontology#Event> } } GROUP BY ?g")}
    finally:
        del s


# -- a full disk ---------------------------------------------------------------------------------
def test_disk_full_during_ingest_is_a_clear_error_and_the_store_stays_whole(
        tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert _kg("ingest", SEED_FACTS, store=store).returncode == 0
    batch = _batch(tmp_path / "batch.jsonl", 60)
    r = _kg("ingest", batch, store=store, limit=200_000)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "writing to store" in r.stderr and "File too large" in r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    reported = {line.split("(")[1].split(":")[0] for line in r.stderr.splitlines()
                if line.startswith("stored")}
    events = _articles_whole(store)
    assert len(events) < 61  # it did stop
    assert all(n == 5 for n in events.values())  # no partial article
    assert reported <= set(events)  # everything reported stored is there
    assert _kg("validate", store=store).returncode == 0
    again = _kg("ingest", batch, "-q", store=store)  # with room again, the batch completes
    assert again.returncode == 0, again.stderr
    assert len(_articles_whole(store)) == 61


def test_disk_full_during_dump_leaves_no_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert _kg("ingest", SEED_FACTS, store=store).returncode == 0
    out = tmp_path / "dump.nq"
    r = _kg("dump", "--format", "nquads", "-o", out, store=store, limit=20_000)
    assert r.returncode != 0 and r.returncode != 70, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert "File too large" in r.stderr
    assert not out.exists()  # no half dump under the final name
    assert not out.with_name(out.name + ".part").exists()


# -- kill -9 during dumps -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed plus 400,000 synthetic quads: a dump takes long enough to be interrupted."""
    tmp = tmp_path_factory.mktemp("big")
    store = seed_and_bulk_store(tmp, 400_000)
    return store


def _wait_for(predicate: Callable[[], bool], what: str, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.01)


def test_kill_during_cli_dump_leaves_no_partial_dump(big_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.nq.gz"
    part = out.with_name(out.name + ".part")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(big_store), "dump",
                             "--format", "nquads", "--gzip", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: part.exists() and part.stat().st_size > 0, "the dump to start")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert not out.exists()  # a reader never sees half a dump under the real name
    r = _kg("dump", "--format", "nquads", "--gzip", "-o", out, store=big_store)
    assert r.returncode == 0, r.stderr
    with gzip.open(out, "rb") as fh:
        quads = sum(1 for _ in fh)
    assert quads > 400_000


def test_kill_server_during_dump_generation_then_restart(big_store: Path,
                                                         tmp_path: Path) -> None:
    """kill -9 of kg serve while it writes a dump: after a restart the store opens, the counts
    are the same, and the dump served is complete (it parses, with every triple)."""
    workdir = tmp_path / "tmp"
    workdir.mkdir()
    env = {"TMPDIR": str(workdir)}
    served = Served(big_store, "--workers", "1", env=env)
    health = requests.get(served.base + "/health", timeout=30).json()

    def fetch() -> None:
        with contextlib.suppress(requests.RequestException):  # the server dies under it
            requests.get(served.base + "/dumps/conflict-kg.nt.gz", timeout=120)

    t = threading.Thread(target=fetch)
    t.start()
    try:
        _wait_for(lambda: any(workdir.glob("kg-serve-*/dumps-*/*.part")), "dump generation")
        os.kill(served.proc.pid, signal.SIGKILL)
        served.proc.wait()
    finally:
        t.join()
        served.stop()
    restarted = Served(big_store, "--workers", "1", env=env)
    try:
        after = requests.get(restarted.base + "/health", timeout=30).json()
        assert {k: after[k] for k in ("triples", "graphs", "articles", "events")} == {
            k: health[k] for k in ("triples", "graphs", "articles", "events")}
        r = requests.get(restarted.base + "/dumps/conflict-kg.nt.gz", timeout=300)
        assert r.status_code == 200
        lines = gzip.decompress(r.content).decode("utf-8").splitlines()  # a whole gzip
        assert all(line.endswith(" .") for line in lines)
        distinct = requests.get(restarted.base + "/sparql", timeout=120, params={"query": (
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")})
        assert len(set(lines)) == int(distinct.json()["results"]["bindings"][0]["n"]["value"])
    finally:
        restarted.stop()


# -- two writers ---------------------------------------------------------------------------------
def test_second_ingest_on_a_busy_store_says_it_is_locked(tmp_path: Path) -> None:
    store = tmp_path / "store"
    batch = _batch(tmp_path / "batch.jsonl", 200)
    first = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "ingest",
                              str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    try:
        assert first.stderr is not None
        for line in first.stderr:
            if line.startswith("stored"):
                break
        second = kg_process("ingest", SEED_FACTS, store=store)
        assert second.returncode == 3
        assert "is locked" in second.stderr and "another kg process" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first one was not disturbed
    finally:
        first.kill()
        first.wait()
        if first.stderr:
            first.stderr.close()


# -- the remote store goes away, stalls, and comes back ------------------------------------------
class Engine:
    """``oxigraph serve`` on a fixed port that can be stopped and started again (same data)."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.proc: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [oxigraph_executable(), "serve", "--location", str(self.location), "--bind",
             f"127.0.0.1:{self.port}", "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(self._up, "oxigraph to start", 30)

    def _up(self) -> bool:
        try:
            requests.post(self.url + "query", data={"query": "ASK {}"}, timeout=1)
            return True
        except requests.ConnectionError:
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


class Staller:
    """A TCP proxy in front of the engine that can be told to stall: connections are accepted
    and then nothing is ever answered — an overloaded or wedged engine."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.stalled = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            if self.stalled.is_set():
                self.held.append(client)
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                while self.stalled.is_set():  # open connections stall too (keep-alive)
                    time.sleep(0.05)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.sock.close()
        for s in self.held:
            s.close()


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[tuple[Engine, Staller, Served]]:
    engine = Engine(tmp_path / "engine")
    assert kg_process("ingest", SEED_FACTS, store=engine.url).returncode == 0  # type: ignore[arg-type]
    staller = Staller(engine.port)
    served = Served(staller.url, "--timeout", "3", env={  # type: ignore[arg-type]
        "KG_WRITE_TOKEN": TOKEN, "KG_STORE_TIMEOUT": "2", "KG_STORE_RETRIES": "0",
        "KG_REMOTE_REFRESH": "0"})
    yield engine, staller, served
    served.stop()
    staller.close()
    engine.stop()


QUERY = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"}
INSERT = ("INSERT DATA { GRAPH <http://example.org/f> { <http://example.org/s> "
          "<http://example.org/p> 'x' } }")


def _writes(base: str) -> list[requests.Response]:
    return [
        requests.post(base + "/update", data=INSERT.encode(), timeout=60,
                      headers={**AUTH, "Content-Type": "application/sparql-update"}),
        requests.put(base + "/store", params={"graph": "http://example.org/f2"}, timeout=60,
                     data=b"<http://e/a> <http://e/b> 1 .",
                     headers={**AUTH, "Content-Type": "text/turtle"}),
        requests.post(base + "/articles", timeout=120, params={"published": "2022-01-03"},
                      data=b"Rebels shelled Aleppo on Monday, killing three, officials said.",
                      headers={**AUTH, "Content-Type": "text/plain"}),
    ]


def _assert_mapped(resp: requests.Response) -> None:
    """An engine problem is 502/503 with a reason, never a 500 or an engine URL."""
    assert resp.status_code in (502, 503), (resp.request.url, resp.status_code, resp.text)
    assert "Traceback" not in resp.text and "127.0.0.1" not in resp.text


def test_remote_store_down_then_back(remote: tuple[Engine, Staller, Served]) -> None:
    engine, _staller, served = remote
    engine.stop()
    r = requests.get(served.base + "/sparql", params=QUERY, timeout=60)
    _assert_mapped(r)
    assert requests.get(served.base + "/health", timeout=60).status_code == 503
    for w in _writes(served.base):
        _assert_mapped(w)
    engine.start()
    r = requests.get(served.base + "/sparql", params=QUERY, timeout=60)
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "5"
    assert requests.get(served.base + "/health", timeout=60).status_code == 200
    assert [w.status_code for w in _writes(served.base)] == [204, 201, 201]


def test_remote_store_stalls_then_recovers(remote: tuple[Engine, Staller, Served]) -> None:
    _engine, staller, served = remote
    staller.stalled.set()
    r = requests.get(served.base + "/sparql", params=QUERY, timeout=60)  # answered, not hung
    _assert_mapped(r)
    for w in _writes(served.base):
        _assert_mapped(w)
    staller.stalled.clear()
    r = requests.get(served.base + "/sparql", params=QUERY, timeout=60)
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "5"
