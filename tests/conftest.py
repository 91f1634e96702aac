"""Shared fixtures: the shipped seed facts, fresh embedded stores, and the real CLI."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED_FACTS = ROOT / "data" / "seed" / "article-2020-02-10-idlib.gold.json"


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def seed_doc() -> dict:
    return json.loads(SEED_FACTS.read_text(encoding="utf-8"))


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def kg(store_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> Callable[..., Run]:
    """Run ``kg ARGS`` in process against a fresh store and capture what it prints."""

    def run(*args: str | os.PathLike[str], store: Path | None = None) -> Run:
        capsysbinary.readouterr()
        code = main(["--store", str(store or store_dir), *map(str, args)])
        captured = capsysbinary.readouterr()
        return Run(code, captured.out.decode("utf-8", "replace"),
                   captured.err.decode("utf-8", "replace"))

    return run


def kg_process(*args: str | os.PathLike[str], store: Path, **kw: object
               ) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a child process (for locks, kills, exit codes)."""
    return subprocess.run([sys.executable, "-m", "kg", "--store", str(store), *map(str, args)],
                          capture_output=True, text=True, timeout=300, **kw)  # type: ignore[call-overload]


def seed_and_bulk_store(tmp: Path, quads: int) -> Path:
    """A store under ``tmp`` holding the seed article plus ``quads`` synthetic quads in 50
    graphs, bulk-loaded: big enough that a dump of it takes a while."""
    store = tmp / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    data = tmp / "bulk.nq"
    with data.open("w", encoding="utf-8") as fh:
        for i in range(quads):
            fh.write(f"<http://example.org/s{i}> <http://example.org/p{i % 7}> "
                     f"\"value number {i}\" <http://example.org/g{i % 50}> .\n")
    r = kg_process("load", data, "--bulk", store=store)
    assert r.returncode == 0, r.stderr
    return store


def write_json(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def mutated(doc: dict, mutate: Callable[[dict], None]) -> dict:
    copy_ = copy.deepcopy(doc)
    mutate(copy_)
    return copy_


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_process(proc: subprocess.Popen, timeout: float = 10) -> None:  # type: ignore[type-arg]
    """Stop a child server: SIGTERM, then SIGKILL if it has not exited within ``timeout``."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class Served:
    """A real ``kg serve`` child process on a free loopback port."""

    def __init__(self, store: Path, *args: str, env: dict[str, str] | None = None) -> None:
        import time

        import requests

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        # stderr goes to a file, not a pipe: a pipe nobody reads fills up and stalls the server
        self.errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed by stop())
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "--store", str(store), "serve", "--port",
             str(self.port), *args],
            stdout=subprocess.DEVNULL, stderr=self.errors, text=True,
            # the suite sends hundreds of requests a second from one address: the rate limit
            # is off unless a test asks for one (tests/test_http_limits.py)
            env={**os.environ, "KG_RATE_LIMIT": "off", **(env or {})})
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if requests.get(self.base + "/health", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.2)
        err = self.stderr()
        self.stop()
        raise RuntimeError(f"kg serve did not start: {err}")

    def stop(self) -> None:
        stop_process(self.proc)
        self.errors.close()

    def stderr(self) -> str:
        """What the process wrote to its standard error so far."""
        self.errors.seek(0)
        return self.errors.read()


def oxigraph_executable() -> str:
    """The ``oxigraph`` server installed from PyPI with the test extras (next to this Python)."""
    import shutil

    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph")
    if found is None:
        raise RuntimeError("the oxigraph server is not installed: run make install (PyPI "
                           "package 'oxigraph', in the test extras)")
    return found


class OxigraphServer:
    """A real ``oxigraph serve`` on a free loopback port with its own data directory.

    The command is the one docs/deploy.md gives:
    ``oxigraph serve --location DIR --bind 127.0.0.1:PORT``: no ``--union-default-graph``, so
    FROM and USING keep their standard meaning and kg asks for the union per query (Oxigraph's
    ``union-default-graph`` parameter); ``union=True`` adds the option (an engine whose default
    graph is the union itself)."""

    def __init__(self, location: Path, *, union: bool = False) -> None:
        import time

        import requests

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        command = [oxigraph_executable(), "serve", "--location", str(location),
                   "--bind", f"127.0.0.1:{self.port}"]
        if union:
            command.append("--union-default-graph")
        self.errors = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed by stop())
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                     stderr=self.errors, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                requests.post(self.url + "query", data={"query": "ASK {}"}, timeout=1)
                return
            except requests.ConnectionError:
                time.sleep(0.1)
        err = self.stderr()
        self.stop()
        raise RuntimeError(f"oxigraph serve did not start: {err}")

    def clear(self) -> None:
        """Empty the dataset (every test starts from an empty engine)."""
        import requests

        r = requests.post(self.url + "update", data="DROP SILENT ALL",
                          headers={"Content-Type": "application/sparql-update"}, timeout=30)
        r.raise_for_status()

    def stop(self) -> None:
        stop_process(self.proc)
        self.errors.close()

    def stderr(self) -> str:
        """What the process wrote to its standard error so far."""
        self.errors.seek(0)
        return self.errors.read()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One oxigraph server for the session, started on first use and stopped at the end."""
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server"))
    yield server
    server.stop()


@pytest.fixture
def remote_url(oxigraph_server: OxigraphServer) -> str:
    """The URL of an empty remote store (the session's oxigraph server, cleared)."""
    oxigraph_server.clear()
    return oxigraph_server.url


@pytest.fixture(params=["embedded", "remote"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store of each backend: a fresh directory, or the cleared oxigraph server."""
    if request.param == "embedded":
        return str(tmp_path / "store")
    return request.getfixturevalue("remote_url")
