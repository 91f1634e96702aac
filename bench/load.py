"""Load test: concurrent clients with a realistic query mix against a real ``kg serve`` while
articles are ingested through it, reporting throughput, latency percentiles, errors and the
memory of the server and its query workers over time.

Not part of the unit tests (it measures, it does not judge). Usage::

    .venv/bin/python bench/load.py [--clients 16] [--requests 4000] [--articles 200]
                                   [--ingest-every 0.5] [--workers 2] [--timeout 30]

It builds a store in a temporary directory (the seed article plus ``--articles`` generated
copies with distinct ids, dates and places), starts ``kg serve`` on it with a write token,
and runs ``--clients`` threads that share a fixed budget of ``--requests`` requests drawn from
the mix below, while one more thread POSTs new articles to ``/articles`` (extraction → SHACL →
store → new snapshot for the workers) every ``--ingest-every`` seconds until the clients are
done. An ingest on the embedded store must go through the server: the store admits one process.

Errors are any status other than 200, except deliberate timeouts (503 with "stopped"), which
are counted apart. Memory is the RSS of the server process and of each of its children (the
query workers), sampled every second from /proc.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, free_port, rss_kib  # bench/ is not a package: imported by path

SEED = ROOT / "data" / "seed" / "article-2020-02-10-idlib.gold.json"
TOKEN = "load-test-token"
BASE_IRI = "https://w3id.org/conflict-kg/"

#: (weight, kind, name): what a public endpoint sees — many lookups (Linked Data pages and
#: SPARQL by IRI), some browsing, some analytical queries, the odd dump index and home page.
MIX: list[tuple[int, str, str]] = [
    (25, "lookup", "event page (HTML)"),
    (15, "lookup", "event (Turtle)"),
    (15, "lookup", "SPARQL: one event's facts by IRI"),
    (8, "lookup", "SPARQL: actor's events"),
    (8, "browse", "browse events page"),
    (5, "browse", "browse places"),
    (8, "analytic", "SPARQL: events per sub-event type"),
    (6, "analytic", "SPARQL: deaths by event, ordered"),
    (4, "analytic", "SPARQL: events in a date range (CSV)"),
    (3, "other", "home page"),
    (2, "other", "dump index"),
    (1, "other", "health"),
]


def _generated(i: int, seed: dict) -> dict:
    doc = copy.deepcopy(seed)
    doc["article"]["id"] = f"load-{i:05d}"
    shift = timedelta(days=i)
    doc["article"]["published"] = (date(2020, 2, 10) + shift).isoformat()
    for ev in doc["events"]:
        if ev.get("date"):
            ev["date"] = (date.fromisoformat(ev["date"]) + shift).isoformat()
    return doc


def build_store(tmp: Path, articles: int) -> tuple[Path, list[str]]:
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    batch = tmp / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(seed) + "\n")
        for i in range(articles):
            fh.write(json.dumps(_generated(i, seed)) + "\n")
    store = tmp / "store"
    subprocess.run([sys.executable, "-m", "kg", "--store", str(store), "ingest", str(batch),
                    "-q", "-j", "2"], check=True, cwd=ROOT)
    ids = ["dj-566899"] + [f"load-{i:05d}" for i in range(articles)]
    return store, ids


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    timeouts: int = 0
    ingested: int = 0
    ingest_errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Client:
    """One simulated user: a keep-alive session drawing requests from the mix."""

    def __init__(self, base: str, events: list[str], actors: list[str], rng: random.Random):
        self.base = base
        self.events = events
        self.actors = actors
        self.rng = rng
        self.http = requests.Session()

    def request(self, name: str) -> requests.Response:
        ev = self.rng.choice(self.events)
        key = ev.removeprefix(BASE_IRI)
        get = self.http.get
        sparql = self.base + "/sparql"
        if name == "event page (HTML)":
            return get(f"{self.base}/{key}", headers={"Accept": "text/html"}, timeout=120)
        if name == "event (Turtle)":
            return get(f"{self.base}/{key}", headers={"Accept": "text/turtle"}, timeout=120)
        if name == "SPARQL: one event's facts by IRI":
            return get(sparql, timeout=120, params={"query": (
                f"SELECT ?p ?o WHERE {{ <{ev}> ?p ?o }}")})
        if name == "SPARQL: actor's events":
            actor = self.rng.choice(self.actors)
            return get(sparql, timeout=120, params={"query": (
                f"SELECT ?e ?d WHERE {{ ?e ckg:actor <{actor}> OPTIONAL {{ ?e ckg:date ?d }} }} "
                f"ORDER BY DESC(?d) LIMIT 50")})
        if name == "browse events page":
            return get(self.base + "/browse/events", timeout=120,
                       params={"page": self.rng.randint(1, 4)})
        if name == "browse places":
            return get(self.base + "/browse/places", timeout=120)
        if name == "SPARQL: events per sub-event type":
            return get(sparql, timeout=120, params={"query": (
                "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e ckg:subEventType/skos:prefLabel "
                "?type } GROUP BY ?type ORDER BY DESC(?n)")})
        if name == "SPARQL: deaths by event, ordered":
            return get(sparql, timeout=120, params={"query": (
                "SELECT ?e ?n WHERE { ?e ckg:casualtyReport ?r . ?r ckg:outcome outcome:killed ;"
                " ckg:count ?n } ORDER BY DESC(?n) LIMIT 100")})
        if name == "SPARQL: events in a date range (CSV)":
            start = date(2020, 2, 1) + timedelta(days=self.rng.randint(0, 200))
            return get(sparql, timeout=120, headers={"Accept": "text/csv"}, params={"query": (
                f"SELECT ?e ?d WHERE {{ ?e ckg:date ?d FILTER(?d >= \"{start}\"^^xsd:date && "
                f"?d < \"{start + timedelta(days=30)}\"^^xsd:date) }} ORDER BY ?d")})
        if name == "home page":
            return get(self.base + "/", timeout=120)
        if name == "dump index":
            return get(self.base + "/dumps/", timeout=120)
        return get(self.base + "/health", timeout=120)


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--articles", type=int, default=200, help="generated articles in the store")
    ap.add_argument("--ingest-every", type=float, default=0.5,
                    help="seconds between POST /articles during the run (0: no ingest)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="kg-load-"))
    t0 = time.monotonic()
    store, ids = build_store(tmp, args.articles)
    print(f"store: {len(ids)} articles built in {time.monotonic() - t0:.0f} s", flush=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp / "serve.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(port),
         "--workers", str(args.workers), "--threads", str(args.threads),
         "--timeout", str(args.timeout)],
        # all clients share one address: the per-client rate limit would measure itself
        cwd=ROOT, env={**os.environ, "KG_WRITE_TOKEN": TOKEN, "TMPDIR": str(tmp),
                       "KG_RATE_LIMIT": "off"},
        stdout=subprocess.DEVNULL, stderr=log)  # a file: an unread pipe fills and blocks it
    try:
        return _run(args, base, server)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        lines = (tmp / "serve.log").read_text(encoding="utf-8").splitlines()
        warnings = [line for line in lines if "WARNING" in line or "error" in line.lower()]
        print(f"server log: {len(lines)} lines, {len(warnings)} warnings/errors"
              + "".join(f"\n  {w}" for w in warnings[-5:]))
        shutil.rmtree(tmp, ignore_errors=True)


def _run(args: argparse.Namespace, base: str, server: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if requests.get(base + "/health", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            time.sleep(0.2)
    else:
        raise SystemExit("kg serve did not start")
    rows = requests.get(base + "/sparql", timeout=120, params={"query": (
        "SELECT ?e ?a WHERE { ?e a ckg:Event OPTIONAL { ?e ckg:actor ?a } }")}).json()
    events = sorted({r["e"]["value"] for r in rows["results"]["bindings"]})
    actors = sorted({r["a"]["value"] for r in rows["results"]["bindings"] if "a" in r})
    print(f"server up: {len(events)} events, {len(actors)} actors; {args.clients} clients, "
          f"{args.requests} requests, ingest every {args.ingest_every} s", flush=True)

    res = Results()
    budget = iter(range(args.requests))
    budget_lock = threading.Lock()
    done = threading.Event()
    names = [name for w, _kind, name in MIX for _ in range(w)]
    kind_of = {name: kind for _w, kind, name in MIX}
    memory: list[tuple[float, int, list[int]]] = []
    start = time.monotonic()

    def client(i: int) -> None:
        rng = random.Random(args.seed * 1000 + i)
        c = Client(base, events, actors, rng)
        while True:
            with budget_lock:
                if next(budget, None) is None:
                    return
            name = rng.choice(names)
            t = time.monotonic()
            try:
                r = c.request(name)
                status = str(r.status_code)
                timed_out = r.status_code == 503 and "stopped" in r.text
            except requests.RequestException as exc:
                status, timed_out = f"exception {type(exc).__name__}", False
            took = time.monotonic() - t
            with res.lock:
                res.latencies.setdefault(name, []).append(took)
                res.statuses[status] += 1
                if timed_out:
                    res.timeouts += 1
                elif status != "200":
                    res.errors.append(f"{name}: {status}")

    def ingest() -> None:
        http = requests.Session()
        n = 0
        places = ["Aleppo", "Idlib", "Saraqib", "Maarat al-Numan", "Homs", "Hama", "Daraa"]
        while not done.wait(args.ingest_every):
            place = places[n % len(places)]
            text = (f"Rebels shelled {place} on Monday, killing {n % 9 + 2} civilians, officials "
                    f"said. Government forces later recaptured a village near {place}.")
            try:
                r = http.post(base + "/articles", data=text.encode(), timeout=300,
                              params={"id": f"live-{n:05d}", "published": "2021-03-01"},
                              headers={"Authorization": f"Bearer {TOKEN}",
                                       "Content-Type": "text/plain"})
                if r.status_code in (200, 201):
                    res.ingested += 1
                else:
                    res.ingest_errors.append(f"{r.status_code} {r.text[:100]}")
            except requests.RequestException as exc:
                res.ingest_errors.append(type(exc).__name__)
            n += 1

    def sample() -> None:
        while not done.is_set():
            memory.append((time.monotonic() - start, rss_kib(server.pid),
                           [rss_kib(p) for p in children(server.pid)]))
            done.wait(1.0)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    side = [threading.Thread(target=sample)]
    if args.ingest_every > 0:
        side.append(threading.Thread(target=ingest))
    for t in side + threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start
    done.set()
    for t in side:
        t.join()
    health = requests.get(base + "/health", timeout=60).json()
    return _report(args, res, memory, elapsed, kind_of, health)


def _report(args: argparse.Namespace, res: Results, memory: list[tuple[float, int, list[int]]],
            elapsed: float, kind_of: dict[str, str], health: dict) -> int:
    total = sum(len(v) for v in res.latencies.values())
    every = [x for v in res.latencies.values() for x in v]
    lookups = [x for name, v in res.latencies.items() if kind_of[name] == "lookup" for x in v]
    print(f"\n{total} requests in {elapsed:.1f} s = {total / elapsed:.1f} requests/s "
          f"({args.clients} clients); errors: {len(res.errors)}; deliberate timeouts: "
          f"{res.timeouts}; statuses: {dict(res.statuses)}")
    print(f"articles ingested during the run: {res.ingested} (errors: {len(res.ingest_errors)})"
          f"; worker restarts: {health.get('worker_restarts')}")
    print(f"\n{'request':42} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, values in [*sorted(res.latencies.items()), ("ALL", every),
                          ("ALL lookups", lookups)]:
        print(f"{label:42} {len(values):5d} {percentile(values, 50) * 1000:8.0f} "
              f"{percentile(values, 95) * 1000:8.0f} {percentile(values, 99) * 1000:8.0f} "
              f"{max(values) * 1000 if values else 0:8.0f}")
    print("\nmemory (RSS, MiB): t  server  workers(each)  total")
    step = max(1, len(memory) // 20)
    for t, server_kib, kids in memory[::step] + memory[-1:]:
        print(f"  {t:6.0f} s  {server_kib / 1024:7.0f}  "
              f"{' '.join(f'{k / 1024:.0f}' for k in kids):>14}  "
              f"{(server_kib + sum(kids)) / 1024:7.0f}")
    totals = [(s + sum(k)) / 1024 for _t, s, k in memory]
    if len(totals) >= 4:
        warm = totals[len(totals) // 4:]
        print(f"after warm-up (last 3/4 of samples): min {min(warm):.0f}, median "
              f"{statistics.median(warm):.0f}, max {max(warm):.0f} MiB; first {warm[0]:.0f}, "
              f"last {warm[-1]:.0f} MiB")
    if res.errors:
        print("\nerrors (first 20):", *Counter(res.errors).most_common(20), sep="\n  ")
    if res.ingest_errors:
        print("ingest errors (first 10):", *res.ingest_errors[:10], sep="\n  ")
    if args.json:
        args.json.write_text(json.dumps({
            "requests": total, "seconds": elapsed, "rps": total / elapsed,
            "errors": len(res.errors), "timeouts": res.timeouts, "ingested": res.ingested,
            "ingest_errors": len(res.ingest_errors),
            "latency_ms": {k: {p: percentile(v, p) * 1000 for p in (50, 95, 99)}
                           for k, v in [*res.latencies.items(), ("ALL", every),
                                        ("ALL lookups", lookups)]},
            "memory_mib": [(t, s / 1024, [k / 1024 for k in kids]) for t, s, kids in memory],
        }, indent=1), encoding="utf-8")
    return 1 if res.errors or res.ingest_errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
