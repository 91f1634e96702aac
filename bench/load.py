"""Load test: concurrent clients with a realistic query mix against a real ``kg serve`` while
articles are ingested through it, reporting throughput, latency percentiles, errors and the
memory of the server and its query workers over time.

Not part of the unit tests (it measures, it does not judge). Usage::

    .venv/bin/python bench/load.py [--clients 16] [--requests 4000 | --duration S]
                                   [--articles 200] [--ingest-every 0.5]
                                   [--ingest-mode new|replace|unchanged] [--ingest-ids 50]
                                   [--new-words] [--memory-log S] [--workers 2] [--timeout 30]

It builds a store in a temporary directory (the seed article plus ``--articles`` generated
copies with distinct ids, dates and places), starts ``kg serve`` on it with a write token,
and runs ``--clients`` threads that share a fixed budget of ``--requests`` requests drawn from
the mix below, while one more thread POSTs new articles to ``/articles`` (extraction → SHACL →
store → new snapshot for the workers) every ``--ingest-every`` seconds until the clients are
done. An ingest on the embedded store must go through the server: the store admits one process.

Errors are any status other than 200, except deliberate timeouts (503 with "stopped"), which
are counted apart. Memory is the RSS of the server process and of each of its children (the
query workers), sampled every second from /proc.

Leak or data? With ``--ingest-mode new`` (the default) every POST is a new article, so the
data grows and so, rightly, does memory. ``replace`` cycles over ``--ingest-ids`` ids with a
different text each time (extraction, SHACL, a real replacement in the store, a new snapshot
and fresh workers: every write path, but the data stops growing after the first cycle);
``unchanged`` re-posts the same texts (extraction runs, nothing is written). ``--new-words``
puts a name never seen before in every text, as the news does. The report then fits a line to
each process's RSS after warm-up (the first quarter of the run) against requests served and
articles posted, and calls memory flat when the server's and the largest worker's slopes each
stay under 1 % of their size per 10,000 requests. ``--memory-log S`` starts the server with
``KG_MEMORY_LOG=S`` and reports what its log attributes (Python blocks, objects, spaCy's
vocabulary) at warm-up and at the end.
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


PLACES = ["Aleppo", "Idlib", "Saraqib", "Maarat al-Numan", "Homs", "Hama", "Daraa"]
#: syllables of made-up names (``--new-words``): 24**4 names before one repeats
SYLLABLES = ["ka", "vor", "zel", "mip", "dru", "sef", "qua", "lon", "bex", "tir", "nau", "gol",
             "yas", "fen", "wub", "hor", "cim", "rad", "tes", "jul", "pim", "oth", "sar", "kel"]
#: memory is judged flat when each slope after warm-up stays under this share of the process's
#: size per 10,000 requests
FLAT_PERCENT_PER_10K = 1.0


def made_up_name(n: int) -> str:
    """A name no dictionary and no earlier post has (the news brings new names every day)."""
    parts = [SYLLABLES[(n // len(SYLLABLES) ** i) % len(SYLLABLES)] for i in range(4)]
    return "".join(parts).capitalize() + "ovar"


def posted_article(args: argparse.Namespace, n: int) -> tuple[str, str]:
    """The id and text of the n-th POST: a new article (``new``), a changed text for one of
    ``--ingest-ids`` articles (``replace``: consecutive posts of one id differ in place and
    toll), or the same text again for it (``unchanged``)."""
    if args.ingest_mode == "new":
        article_id, variant = f"live-{n:05d}", n
    else:
        k = n % args.ingest_ids
        article_id = f"live-{k:05d}"
        variant = n if args.ingest_mode == "replace" else k
    place = PLACES[variant % len(PLACES)]
    text = (f"Rebels shelled {place} on Monday, killing {variant % 9 + 2} civilians, officials "
            f"said. Government forces later recaptured a village near {place}.")
    if args.new_words:
        text += f" A rebel commander, {made_up_name(n)}, denied it."
    return article_id, text


@dataclass(frozen=True)
class Sample:
    """One memory sample: seconds since the start, requests answered and articles posted by
    then, the server's RSS and each child's (KiB)."""

    t: float
    requests: int
    articles: int
    server_kib: int
    children_kib: list[int]


def memory_log(path: Path) -> list[dict]:
    """The server's ``kg-memory`` lines (``--memory-log``), parsed."""
    if not path.exists():
        return []
    return [json.loads(line.removeprefix("kg-memory "))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("kg-memory ")]


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys over xs (0 when xs do not vary)."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


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
    ingest_statuses: Counter[str] = field(default_factory=Counter)
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
    ap.add_argument("--duration", type=float, default=0,
                    help="run the clients this many seconds instead of a request budget")
    ap.add_argument("--articles", type=int, default=200, help="generated articles in the store")
    ap.add_argument("--ingest-every", type=float, default=0.5,
                    help="seconds between POST /articles during the run (0: no ingest)")
    ap.add_argument("--ingest-mode", choices=["new", "replace", "unchanged"], default="new",
                    help="new articles (data grows), replacements of --ingest-ids articles, "
                         "or unchanged re-posts of them (data constant after one cycle)")
    ap.add_argument("--ingest-ids", type=int, default=50,
                    help="articles cycled through by --ingest-mode replace/unchanged")
    ap.add_argument("--new-words", action="store_true",
                    help="a name never seen before in every posted text")
    ap.add_argument("--memory-log", type=float, default=0,
                    help="seconds between the server's kg-memory lines (KG_MEMORY_LOG; 0: off)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, help="also write the report as JSON here")
    args = ap.parse_args(argv)
    if args.new_words and args.ingest_mode == "unchanged":
        ap.error("--new-words changes every text: it cannot go with --ingest-mode unchanged")
    if args.ingest_ids < 1:
        ap.error("--ingest-ids must be at least 1")

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
                       "KG_RATE_LIMIT": "off", "KG_MEMORY_LOG": str(args.memory_log)},
        stdout=subprocess.DEVNULL, stderr=log)  # a file: an unread pipe fills and blocks it
    try:
        return _run(args, base, server, tmp / "serve.log")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        lines = (tmp / "serve.log").read_text(encoding="utf-8").splitlines()
        warnings = [line for line in lines if not line.startswith("kg-memory ")
                    and ("WARNING" in line or "error" in line.lower())]
        kinds = Counter(w.split(" - ")[-1][:160] for w in warnings)
        print(f"server log: {len(lines)} lines, {len(warnings)} warnings/errors"
              + "".join(f"\n  {n} x {w}" for w, n in kinds.most_common(8)))
        shutil.rmtree(tmp, ignore_errors=True)


def _run(args: argparse.Namespace, base: str, server: subprocess.Popen[bytes],
         log: Path) -> int:
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
    budget_text = f"{args.duration:g} s" if args.duration else f"{args.requests} requests"
    print(f"server up: {len(events)} events, {len(actors)} actors; {args.clients} clients, "
          f"{budget_text}, ingest every {args.ingest_every} s ({args.ingest_mode}"
          f"{', new words' if args.new_words else ''})", flush=True)

    res = Results()
    budget = iter(range(args.requests))
    budget_lock = threading.Lock()
    done = threading.Event()
    names = [name for w, _kind, name in MIX for _ in range(w)]
    kind_of = {name: kind for _w, kind, name in MIX}
    memory: list[Sample] = []
    start = time.monotonic()
    stop_at = start + args.duration if args.duration else None

    def client(i: int) -> None:
        rng = random.Random(args.seed * 1000 + i)
        c = Client(base, events, actors, rng)
        while True:
            if stop_at is not None:
                if time.monotonic() >= stop_at:
                    return
            else:
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
        while not done.wait(args.ingest_every):
            article_id, text = posted_article(args, n)
            try:
                r = http.post(base + "/articles", data=text.encode(), timeout=300,
                              params={"id": article_id, "published": "2021-03-01"},
                              headers={"Authorization": f"Bearer {TOKEN}",
                                       "Content-Type": "text/plain"})
                res.ingest_statuses[str(r.status_code)] += 1
                if r.status_code in (200, 201):
                    res.ingested += 1
                else:
                    res.ingest_errors.append(f"{r.status_code} {r.text[:100]}")
            except requests.RequestException as exc:
                res.ingest_errors.append(type(exc).__name__)
            n += 1

    def sample() -> None:
        while not done.is_set():
            with res.lock:
                served = sum(len(v) for v in res.latencies.values())
            memory.append(Sample(time.monotonic() - start, served, res.ingested + n_failed(),
                                 rss_kib(server.pid),
                                 [rss_kib(p) for p in children(server.pid)]))
            done.wait(1.0)

    def n_failed() -> int:
        return len(res.ingest_errors)

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
    return _report(args, res, memory, elapsed, kind_of, health, memory_log(log))


def _report(args: argparse.Namespace, res: Results, memory: list[Sample], elapsed: float,
            kind_of: dict[str, str], health: dict, log: list[dict]) -> int:
    total = sum(len(v) for v in res.latencies.values())
    every = [x for v in res.latencies.values() for x in v]
    lookups = [x for name, v in res.latencies.items() if kind_of[name] == "lookup" for x in v]
    print(f"\n{total} requests in {elapsed:.1f} s = {total / elapsed:.1f} requests/s "
          f"({args.clients} clients); errors: {len(res.errors)}; deliberate timeouts: "
          f"{res.timeouts}; statuses: {dict(res.statuses)}")
    print(f"articles posted during the run: {res.ingested} ({args.ingest_mode}; statuses "
          f"{dict(res.ingest_statuses)}; errors: {len(res.ingest_errors)}); worker restarts: "
          f"{health.get('worker_restarts')}")
    print(f"\n{'request':42} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, values in [*sorted(res.latencies.items()), ("ALL", every),
                          ("ALL lookups", lookups)]:
        print(f"{label:42} {len(values):5d} {percentile(values, 50) * 1000:8.0f} "
              f"{percentile(values, 95) * 1000:8.0f} {percentile(values, 99) * 1000:8.0f} "
              f"{max(values) * 1000 if values else 0:8.0f}")
    print("\nmemory (RSS, MiB):      t  requests  articles  server  workers(each)  total")
    step = max(1, len(memory) // 20)
    for m in memory[::step] + memory[-1:]:
        print(f"  {m.t:6.0f} s  {m.requests:8d}  {m.articles:8d}  {m.server_kib / 1024:6.0f}  "
              f"{' '.join(f'{k / 1024:.0f}' for k in m.children_kib):>14}  "
              f"{(m.server_kib + sum(m.children_kib)) / 1024:5.0f}")
    verdict = _memory_verdict(memory)
    _memory_log_report(log, memory)
    if res.errors:
        print("\nerrors (first 20):", *Counter(res.errors).most_common(20), sep="\n  ")
    if res.ingest_errors:
        print("ingest errors (first 10):", *res.ingest_errors[:10], sep="\n  ")
    if args.json:
        args.json.write_text(json.dumps({
            "requests": total, "seconds": elapsed, "rps": total / elapsed,
            "errors": len(res.errors), "timeouts": res.timeouts, "ingested": res.ingested,
            "ingest_errors": len(res.ingest_errors), "verdict": verdict,
            "latency_ms": {k: {p: percentile(v, p) * 1000 for p in (50, 95, 99)}
                           for k, v in [*res.latencies.items(), ("ALL", every),
                                        ("ALL lookups", lookups)]},
            "memory_mib": [(m.t, m.requests, m.articles, m.server_kib / 1024,
                            [k / 1024 for k in m.children_kib]) for m in memory],
            "memory_log": log,
        }, indent=1), encoding="utf-8")
    return 1 if res.errors or res.ingest_errors else 0


def _memory_verdict(memory: list[Sample]) -> str:
    """Fit a line to each process's RSS after warm-up (the first quarter of the run) against
    requests served and articles posted; print the slopes and a verdict line, return it."""
    if len(memory) < 8:
        print("too few memory samples for a verdict")
        return "no verdict"
    warm = [m for m in memory if m.t >= memory[-1].t / 4]
    reqs = [float(m.requests) for m in warm]
    arts = [float(m.articles) for m in warm]
    series = {
        "server": [m.server_kib / 1024 for m in warm],
        "largest worker": [max(m.children_kib, default=0) / 1024 for m in warm],
        "all processes": [(m.server_kib + sum(m.children_kib)) / 1024 for m in warm],
    }
    print(f"\nafter warm-up: {len(warm)} samples from {warm[0].t:.0f} s, requests "
          f"{warm[0].requests}-{warm[-1].requests}, articles posted "
          f"{warm[0].articles}-{warm[-1].articles}; least-squares slopes")
    print(f"  {'process':16} {'median MiB':>10} {'MiB/1k req':>11} {'MiB/article':>12} "
          f"{'% per 10k req':>14}")
    percents = {}
    for name, ys in series.items():
        per_req = slope(reqs, ys)
        per_art = slope(arts, ys)
        size = statistics.median(ys)
        percents[name] = per_req * 10_000 / size * 100 if size else 0.0
        print(f"  {name:16} {size:10.0f} {per_req * 1000:11.3f} {per_art:12.4f} "
              f"{percents[name]:14.2f}")
    judged = [percents["server"], percents["largest worker"]]
    flat = all(abs(v) < FLAT_PERCENT_PER_10K for v in judged)
    verdict = (f"{'flat' if flat else 'GROWING'}: server {percents['server']:+.2f} %, largest "
               f"worker {percents['largest worker']:+.2f} % per 10,000 requests after warm-up "
               f"(flat: each under {FLAT_PERCENT_PER_10K:g} %)")
    print(f"verdict: memory {verdict}")
    return verdict


def _memory_log_report(log: list[dict], memory: list[Sample]) -> None:
    """What the server's own memory log attributes, at warm-up and at the end."""
    if not log or not memory:
        return
    warm_t = memory[-1].t / 4
    after = [r for r in log if r["t"] >= warm_t] or log[-1:]
    first, last = after[0], after[-1]
    print(f"\nserver memory log ({len(log)} lines), first after warm-up vs last:")
    for key in ("t", "rss_kib", "py_blocks", "traced_kib", "objects", "spacy_strings",
                "spacy_lexemes"):
        if key in first and key in last:
            print(f"  {key:14} {first[key]:>12} {last[key]:>12}  ({last[key] - first[key]:+})")
    if "memos" in last:
        print(f"  {'memos':14} {first.get('memos')} -> {last['memos']}")
    growing: Counter[str] = Counter()
    for r in after[1:]:
        for name, _n in r.get("grown", []):
            growing[name] += 1
    if growing:
        print("  types among the most grown since the line before, in how many of "
              f"{len(after) - 1} lines: "
              + ", ".join(f"{name} {n}" for name, n in growing.most_common(6)))
    if "sites" in last:
        print("  allocation sites grown most since the first line (KiB):",
              *(f"{site} {kib}" for site, kib in last["sites"]), sep="\n    ")


if __name__ == "__main__":
    raise SystemExit(main())
