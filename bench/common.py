"""Shared parts of the benchmark scripts: real servers as child processes, HTTP, statistics.

The servers are the real programs — ``kg serve`` (our CLI, in this checkout's virtualenv) and
``oxigraph serve`` (PyPI ``oxigraph``) — started on free ports and stopped by their own process
ids, never by name. Requests use one keep-alive ``http.client`` connection per client thread, so
the client costs the same for both servers and adds as little as Python allows.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
KG = [sys.executable, "-m", "kg"]
RESULTS = ROOT / "bench" / "results"


def oxigraph_bin() -> str:
    """The ``oxigraph`` server binary from the test extra (next to this Python, or on PATH)."""
    found = BIN / "oxigraph"
    if found.exists():
        return str(found)
    path = shutil.which("oxigraph")
    if path is None:
        raise SystemExit("the `oxigraph` server binary is missing: run `make install` (test extra)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running server: its process, port and the path of its SPARQL query endpoint."""

    name: str
    process: subprocess.Popen
    port: int
    query_path: str

    def rss_mb(self) -> float:
        """Resident memory of the server and all its descendants (query workers), in MB."""
        return sum(rss_kib(pid) for pid in [self.process.pid, *_descendants(self.process.pid)]
                   ) / 1024

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by the server and its descendants (query
        workers): its work per request is the difference over requests, a figure other users'
        load on a shared machine changes less than latency."""
        total = 0
        for pid in [self.process.pid, *_descendants(self.process.pid)]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
        return total / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            child = int(entry.name)
            out += [child, *_descendants(child)]
    return out


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def wait_http(port: int, path: str, process: subprocess.Popen, timeout: float = 900) -> None:
    """Wait until ``GET path`` answers (any status below 500) or the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server on port {port} exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                conn.close()
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not answer within {timeout:.0f} s")


def start_kg(store: Path, *, workers: int = 2, threads: int = 8, log: Path | None = None,
             root: Path | None = None, name: str = "kg serve",
             extra_env: dict[str, str] | None = None) -> Server:
    """``kg serve`` on ``store``; ``root``: another checkout (e.g. ``git archive`` of an older
    commit) whose ``kg`` package to run with this virtualenv, for before/after comparisons;
    ``extra_env``: settings of this one server (``KG_QUERY_CACHE_MB=0``: the cache off)."""
    port = free_port()
    # the benchmark's clients share one address: the per-client rate limit is off (Oxigraph
    # server has none), so both servers are measured doing the same work
    env = {**os.environ, "KG_STORE": str(store), "KG_RATE_LIMIT": "off", **(extra_env or {})}
    if root is not None:  # its kg package before the virtualenv's (editable) one
        env["PYTHONPATH"] = str(root)
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([*KG, "serve", "--port", str(port), "--workers", str(workers),
                             "--threads", str(threads)], env=env, stdout=out,
                            stderr=subprocess.STDOUT, cwd=root or ROOT)
    wait_http(port, "/health", proc)
    return Server(name, proc, port, "/sparql")


def start_oxigraph(location: Path | None, log: Path | None = None) -> Server:
    """``oxigraph serve --union-default-graph`` on an on-disk store, or in memory when
    ``location`` is None (then load it with :func:`post_nquads`)."""
    port = free_port()
    cmd = [oxigraph_bin(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    if location is not None:
        cmd += ["--location", str(location)]
    out = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    wait_http(port, "/query?query=ASK%7B%7D", proc)
    name = "oxigraph serve" + (" (in memory)" if location is None else "")
    return Server(name, proc, port, "/query")


def oxigraph_load(location: Path, nquads: Path) -> float:
    """``oxigraph load`` into an on-disk store; returns seconds."""
    started = time.perf_counter()
    subprocess.run([oxigraph_bin(), "load", "--location", str(location), "--file", str(nquads)],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def post_nquads(server: Server, nquads: Path) -> None:
    """Load a file into an (in-memory) Oxigraph server through its Graph Store endpoint."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=3600)
    with nquads.open("rb") as fh:
        conn.request("POST", "/store", body=fh,
                     headers={"Content-Type": "application/n-quads",
                              "Content-Length": str(nquads.stat().st_size)})
        resp = conn.getresponse()
        resp.read()
    if resp.status >= 300:
        raise SystemExit(f"loading the in-memory Oxigraph server failed: {resp.status}")


ACCEPT = {"select": "application/sparql-results+json", "graph": "application/n-triples"}


class Client:
    """One keep-alive connection to one server's query endpoint."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=300)

    def query(self, text: str, form: str) -> tuple[float, bytes, int]:
        """POST the query (form-encoded); returns (seconds, body, status)."""
        body = urllib.parse.urlencode({"query": text})
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": ACCEPT[form]}
        started = time.perf_counter()
        try:
            self.conn.request("POST", self.server.query_path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()  # a dropped keep-alive connection: reconnect once
            self.conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=300)
            started = time.perf_counter()
            self.conn.request("POST", self.server.query_path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = resp.read()
        return time.perf_counter() - started, data, resp.status

    def close(self) -> None:
        self.conn.close()


def count_results(body: bytes, form: str) -> int:
    """Rows of a SPARQL JSON result (1 for a boolean) or triples of an N-Triples document."""
    if form == "select":
        doc = json.loads(body)
        return len(doc["results"]["bindings"]) if "results" in doc else 1
    return sum(1 for line in body.splitlines() if line.strip() and not line.startswith(b"#"))


def pct(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def geomean(values: Sequence[float]) -> float:
    vals = [v for v in values if v > 0]
    return statistics.geometric_mean(vals) if vals else float("nan")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A markdown table."""
    out = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def machine_line() -> str:
    load = os.getloadavg()
    import pyoxigraph

    return (f"Machine: {os.cpu_count()} CPUs, load average {load[0]:.2f} at the start (shared "
            f"machine); Python {sys.version.split()[0]}, pyoxigraph {pyoxigraph.__version__}, "
            f"`{Path(oxigraph_bin()).name} {_oxigraph_version()}`.")


def _oxigraph_version() -> str:
    try:
        return subprocess.run([oxigraph_bin(), "--version"], capture_output=True, text=True,
                              check=True).stdout.split()[-1]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "?"


def write_report(text: str, report: Path) -> None:
    """Print a benchmark's markdown report and write it to ``report`` (bench/results/…, the
    file the READMEs cite), creating the folder when needed."""
    print(text)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(text + "\n", encoding="utf-8")
