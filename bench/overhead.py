"""Where the fixed cost of a tiny `/sparql` query goes, stage by stage.

Usage: python bench/overhead.py [--events 1000] [--n 3000] [--report bench/results/overhead.md]

The lookup query (q01 of bench/queries.py) answers 14–16 rows, so almost all of its latency is
the serving path, not the engine. This script loads the synthetic KG into a fresh store, builds
the Flask app in this process (one query worker, rate limit off, as in bench/http_load.py) and
times each stage of a `/sparql` request separately with ``time.perf_counter_ns`` (median and
p95 of ``--n`` runs, stages interleaved run by run so that the machine's other load hits them
alike):

* request parsing, the lexical scans, content negotiation, the validators (ETag), the job's
  pickling, the round trip through the worker pool, response assembly — the parts of
  :func:`kg.web.sparql.sparql`;
* the worker's own share: the same query and serialisation on an in-memory pyoxigraph store in
  this process (so ``pool.run`` minus that is dispatch and IPC);
* a bare pipe round trip to a child process (``send_bytes``/``recv_bytes``), the floor of IPC;
* the whole request through Flask's WSGI app without a server (``app.wsgi_app``);
* the response cache's hit: the key from the raw request and the lookup, and the whole request
  answered from the cache (the other stages run with the cache off: the miss path);
* over HTTP with one keep-alive client: ``kg serve`` (its cache on: q01 is repeated, so every
  request but the first is a hit), the same with ``KG_QUERY_CACHE_MB=0`` (the miss path), a
  trivial WSGI app under waitress with the same settings (the server's own cost) and
  ``oxigraph serve`` on the same data, interleaved; with ``--baseline``, the other checkout's
  ``kg serve`` with its cache on and off; each server's CPU time per request beside its
  latency (on a shared machine the other users' load moves latency more than CPU).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    KG,
    RESULTS,
    ROOT,
    Client,
    Server,
    free_port,
    machine_line,
    oxigraph_load,
    start_kg,
    start_oxigraph,
    table,
    wait_http,
)
from queries import mix
from synth import ensure

#: a WSGI app that does nothing, under waitress with kg serve's settings: the server's own cost
TRIVIAL_SERVER = """
import sys
from waitress import serve
if sys.argv[2:] == ["one-write"]:  # kg serve's server: head and small body in one write
    from kg.web.serving import serve
def app(environ, start_response):
    environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "2")])
    return [b"ok"]
serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8, ident="trivial",
      channel_timeout=60, cleanup_interval=10)
"""


#: kg serve's app (response cache off, rate limit off, one query worker) under kg serve's
#: server, its WSGI call timed from inside: wall and thread CPU per `/sparql` request, and the
#: share of the store's own answer to an inline lookup (kg.web.lookup); written as JSON to
#: argv[3] when the process is stopped. Over HTTP the same code runs with caches other
#: processes have just used, which an in-process loop of the same request never sees.
TIMED_SERVER = """
import atexit, json, signal, statistics, sys, time
from dataclasses import replace
from kg.config import Settings
from kg.web import create_app
from kg.web import lookup
from kg.web.serving import serve

def main():
    store, port, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    wall, cpu, answer = [], [], []
    inner_answer = lookup.InlineLookups.answer
    def timed_answer(self, *a, **k):
        t = time.perf_counter_ns()
        try:
            return inner_answer(self, *a, **k)
        finally:
            answer.append(time.perf_counter_ns() - t)
    lookup.InlineLookups.answer = timed_answer
    app = create_app(replace(Settings.from_env(), store=store, query_workers=1,
                             rate_limit="off", query_cache_mb=0))
    inner = app.wsgi_app
    def timed(environ, start_response):
        t, c = time.perf_counter_ns(), time.thread_time_ns()
        body = inner(environ, start_response)
        if environ.get("PATH_INFO") == "/sparql":
            wall.append(time.perf_counter_ns() - t)
            cpu.append(time.thread_time_ns() - c)
        return body
    app.wsgi_app = timed
    def report():
        with open(out, "w") as fh:
            json.dump({"wall": wall, "cpu": cpu, "answer": answer}, fh)
    atexit.register(report)
    serve(app, host="127.0.0.1", port=port, threads=8, ident="conflict-kg",
          channel_timeout=60, cleanup_interval=10)

if __name__ == "__main__":
    main()
"""


#: the in-process stage of the whole request timed alone, and its inline answers (in_process)
ALONE = "whole request through app.wsgi_app, n in a row (no other stage between)"
INLINE_ANSWERED = [0]


def _echo(conn) -> None:  # type: ignore[no-untyped-def]
    """A child process that sends every message straight back: the floor of a pipe round trip."""
    while True:
        try:
            conn.send_bytes(conn.recv_bytes())
        except EOFError:
            return


def stats(ns: list[int]) -> tuple[float, float]:
    """(median, p95) in microseconds."""
    xs = sorted(ns)
    return statistics.median(xs) / 1000, xs[min(len(xs) - 1, int(len(xs) * 0.95))] / 1000


def time_stages(stages: dict[str, Callable[[], object]], n: int) -> dict[str, list[int]]:
    """Each stage ``n`` times, interleaved (stage order the same every run); ns per call."""
    out: dict[str, list[int]] = {k: [] for k in stages}
    for fn in stages.values():  # warm every cache once
        fn()
    for _ in range(n):
        for name, fn in stages.items():
            t = time.perf_counter_ns()
            fn()
            out[name].append(time.perf_counter_ns() - t)
    return out


def in_process(store_dir: Path, nq: Path, query_text: str, n: int) -> dict[str, list[int]]:
    import multiprocessing as mp

    import pyoxigraph as ox
    from flask import request
    from werkzeug.test import EnvironBuilder

    from kg.config import Settings
    from kg.query_text import has_keyword, query_facts, query_form
    from kg.rdf.namespaces import PREFIXES
    from kg.web import create_app
    from kg.web import sparql as sp
    from kg.web.caching import query_validators
    from kg.web.federation import federate
    from kg.web.formats import serialize_result
    from kg.web.protocol import body_limit, read_query_request
    from kg.web.response_cache import request_key
    from kg.web.workers import QueryJob

    settings = replace(Settings.from_env(), store=str(store_dir), rate_limit="off",
                       query_workers=1)
    app = create_app(settings)
    app.add_url_rule("/noop", "noop", lambda: "ok", methods=["POST"])  # Flask's own share
    # the miss path's stages run with the response cache off; the hit stages turn it on
    cache = app.config["KG_QUERY_CACHE"]
    app.config["KG_QUERY_CACHE"] = None
    cfg = app.config["KG_SETTINGS"]
    pool = app.config["KG_POOL"]
    snaps = app.config["KG_SNAPSHOTS"]
    body = urllib.parse.urlencode({"query": query_text}).encode()
    headers = {"Accept": "application/sparql-results+json"}
    builder = EnvironBuilder(path="/sparql", method="POST", data=body, headers=headers,
                             content_type="application/x-www-form-urlencoded",
                             base_url="http://127.0.0.1:8000/")
    environ = builder.get_environ()

    noop_environ = EnvironBuilder(path="/noop", method="POST", data=body, headers=headers,
                                  content_type="application/x-www-form-urlencoded",
                                  base_url="http://127.0.0.1:8000/").get_environ()

    def noop() -> None:
        env = dict(noop_environ)
        env["wsgi.input"] = io.BytesIO(body)
        chunks = app.wsgi_app(env, lambda status, hdrs, exc=None: None)
        b"".join(chunks)
        getattr(chunks, "close", lambda: None)()

    def fresh_environ() -> dict:
        env = dict(environ)
        env["wsgi.input"] = io.BytesIO(body)
        return env

    base_url = "http://127.0.0.1:8000/sparql"
    job = QueryJob(query_text, "json", None, None, base_iri=base_url, spill=True,
                   from_clause=False)  # as kg.web.sparql sends it
    replica = ox.Store()
    replica.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)

    def worker_side() -> None:
        kwargs = {"prefixes": PREFIXES, "base_iri": job.base_iri,
                  "use_default_graph_as_union": True}
        out = io.BytesIO()
        serialize_result(replica.query(job.query, **kwargs), "json", out)
        out.getvalue()

    def engine_only() -> None:
        out = io.BytesIO()
        serialize_result(replica.query(job.query, use_default_graph_as_union=True), "json", out)

    def parse() -> None:
        with app.request_context(fresh_environ()):
            read_query_request(request, cfg.max_query_bytes)

    def request_context() -> None:
        with app.request_context(fresh_environ()):
            pass

    def validators() -> None:
        with app.request_context(fresh_environ()):
            v = query_validators(snaps.version, snaps.created, cfg.cache_max_age, query_text,
                                 "json", None, None, base_url)
            v.not_modified(request)
            v.headers()

    def response() -> None:
        resp = sp.Response(b"x" * 1500, status=200,
                           content_type="application/sparql-results+json; charset=utf-8")
        resp.headers.update(sp.READ_HEADERS)

    parent, child = mp.get_context("spawn").Pipe()
    echo = mp.get_context("spawn").Process(target=_echo, args=(child,), daemon=True)
    echo.start()
    payload = pickle.dumps(job)
    reply = b"ok solutions json\n" + b"x" * 1500

    def pipe_bytes() -> None:
        parent.send_bytes(payload)
        parent.recv_bytes()

    def pipe_reply() -> None:
        parent.send_bytes(reply)
        parent.recv_bytes()

    def wsgi() -> None:
        chunks = app.wsgi_app(fresh_environ(), lambda status, hdrs, exc=None: None)
        b"".join(chunks)
        getattr(chunks, "close", lambda: None)()

    def wsgi_hit() -> None:
        app.config["KG_QUERY_CACHE"] = cache
        try:
            wsgi()
        finally:
            app.config["KG_QUERY_CACHE"] = None

    def cache_lookup() -> None:
        with app.request_context(fresh_environ()):
            key = request_key(request, sp._base_url(request.scheme, request.host,
                                                    request.root_path, request.path),
                              body_limit(cfg.max_query_bytes))
            assert key is not None and cache.get(snaps.version, key) is not None

    stages: dict[str, Callable[[], object]] = {
        "Flask request context (push/pop)": request_context,
        "request context + parse (read_query_request)": parse,
        "federate (SERVICE scan)": lambda: federate(query_text, cfg, base_url),
        "query_form (form scan)": lambda: query_form(query_text),
        "has_keyword FROM (worker's scan)": lambda: has_keyword(query_text, "FROM"),
        "content negotiation (memoised)": lambda: sp._negotiate(
            "SELECT", None, "application/sparql-results+json"),
        "request context + validators (ETag, If-None-Match, headers)": validators,
        "QueryJob + pickle.dumps": lambda: pickle.dumps(QueryJob(
            query_text, "json", None, None, base_iri=base_url, spill=True)),
        "query_facts (one pass: form, SERVICE, FROM)": lambda: query_facts(query_text),
        "pool.run (dispatch + worker + IPC)": lambda: pool.run(job),
        "worker side: query + serialise with prefixes, base IRI": worker_side,
        "engine only: query + serialise, no prefixes": engine_only,
        "pipe round trip, job-sized bytes": pipe_bytes,
        "pipe round trip, reply-sized bytes": pipe_reply,
        "response assembly": response,
        "whole request through app.wsgi_app": wsgi,
        "whole request through app.wsgi_app, response cache hit": wsgi_hit,
        "request context + cache key (raw request) + lookup, a hit": cache_lookup,
        "a Flask route returning 'ok' through app.wsgi_app": noop,
    }
    try:
        out = time_stages(stages, n)
        # the whole request again, n times in a row with nothing between: what a profile of a
        # loop sees (caches kept warm by the request itself); and how many of those the
        # server's store answered inline (kg.web.lookup), not a worker
        lookups = app.config["KG_LOOKUPS"]
        before = lookups.answered if lookups is not None else 0
        alone = []
        for _ in range(n):
            t = time.perf_counter_ns()
            wsgi()
            alone.append(time.perf_counter_ns() - t)
        out[ALONE] = alone
        INLINE_ANSWERED[0] = (lookups.answered - before) if lookups is not None else 0
        return out
    finally:
        parent.close()
        echo.join(timeout=5)
        pool.close()


def over_http(store_dir: Path, ox_dir: Path, query_text: str, n: int,
              baseline: tuple[Path, ...] | None, nocache_dir: Path | None = None,
              cpu: dict[str, float] | None = None, timed_dir: Path | None = None,
              inside: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """q01 over HTTP on each server, interleaved; ``baseline``: (checkout, its own store[, a
    second store for the checkout's kg serve with the response cache off]); ``nocache_dir``: a
    store for this checkout's kg serve with the response cache off; ``cpu``: filled with each
    server's CPU µs per request (its process and query workers); ``timed_dir``: a store for
    :data:`TIMED_SERVER`, whose times inside the app fill ``inside``."""
    cpu = {} if cpu is None else cpu
    timed_out = None
    port = free_port()
    trivial_proc = subprocess.Popen([sys.executable, "-c", TRIVIAL_SERVER, str(port)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    servers = [Server("trivial WSGI app under waitress", trivial_proc, port, "/")]
    port2 = free_port()
    one_write_proc = subprocess.Popen([sys.executable, "-c", TRIVIAL_SERVER, str(port2),
                                       "one-write"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.STDOUT, cwd=ROOT)
    servers.append(Server("trivial WSGI app under kg.web.serving (one write)", one_write_proc,
                          port2, "/"))
    try:
        wait_http(port, "/", trivial_proc)
        wait_http(port2, "/", one_write_proc)
        servers.append(start_kg(store_dir, workers=1, name="kg serve (response cache on)"))
        if nocache_dir is not None:
            servers.append(start_kg(nocache_dir, workers=1, name="kg serve (cache off)",
                                    extra_env={"KG_QUERY_CACHE_MB": "0"}))
        if baseline is not None:
            servers.append(start_kg(baseline[1], workers=1, root=baseline[0],
                                    name=f"kg serve ({baseline[0]})"))
            if len(baseline) > 2:  # the baseline's miss path too: before/after of the misses
                servers.append(start_kg(baseline[2], workers=1, root=baseline[0],
                                        name=f"kg serve ({baseline[0]}, cache off)",
                                        extra_env={"KG_QUERY_CACHE_MB": "0"}))
        if timed_dir is not None:
            timed_port = free_port()
            timed_out = timed_dir.with_suffix(".json")
            timed_proc = subprocess.Popen(
                [sys.executable, "-c", TIMED_SERVER, str(timed_dir), str(timed_port),
                 str(timed_out)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, cwd=ROOT,
                env={**os.environ, "KG_RATE_LIMIT": "off"})
            servers.append(Server("kg serve (cache off), timed inside", timed_proc, timed_port,
                                  "/sparql"))
            wait_http(timed_port, "/health", timed_proc)
        servers.append(start_oxigraph(ox_dir))
        clients = [Client(s) for s in servers]
        out: dict[str, list[int]] = {s.name: [] for s in servers}
        cpu_before = {s.name: s.cpu_seconds() for s in servers}
        for c in clients:
            for _ in range(50):
                c.query(query_text, "select")
        k = len(clients)
        for i in range(n):
            order = clients[i % k:] + clients[:i % k]
            for c in order:
                took, _data, status = c.query(query_text, "select")
                if status != 200:
                    raise SystemExit(f"{c.server.name} answered {status}")
                out[c.server.name].append(int(took * 1e9))
        for s in servers:  # server CPU µs per request, warm-up included
            cpu[s.name] = (s.cpu_seconds() - cpu_before[s.name]) / (n + 50) * 1e6
        return out
    finally:
        for s in servers:
            s.stop()
        if timed_out is not None and inside is not None and timed_out.exists():
            inside.update(json.loads(timed_out.read_text()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--n", type=int, default=3000, help="runs per stage")
    ap.add_argument("--http-n", type=int, default=2000, help="HTTP requests per server")
    ap.add_argument("--report", type=Path, default=RESULTS / "overhead.md")
    ap.add_argument("--baseline", type=Path, help="another checkout whose kg serve joins the "
                    "HTTP measurement (before/after)")
    args = ap.parse_args()
    data = ensure(args.events)
    meta = json.loads((data / "meta.json").read_text())
    q01 = next(q for q in mix(meta) if q.name == "q01")
    nq = data / "kg.nq"
    with tempfile.TemporaryDirectory(prefix="kg-overhead-") as tmp:
        tmpd = Path(tmp)
        subprocess.run([*KG, "--store", str(tmpd / "kg"), "load", "--bulk", str(nq)],
                       check=True, capture_output=True, cwd=ROOT)
        oxigraph_load(tmpd / "ox", nq)
        base = None
        if args.baseline:
            for name in ("kg-base", "kg-base-nocache"):
                subprocess.run([*KG, "--store", str(tmpd / name), "load", "--bulk", str(nq)],
                               check=True, capture_output=True, cwd=ROOT)
            base = (args.baseline, tmpd / "kg-base", tmpd / "kg-base-nocache")
        for name in ("kg-nocache", "kg-timed"):
            subprocess.run([*KG, "--store", str(tmpd / name), "load", "--bulk", str(nq)],
                           check=True, capture_output=True, cwd=ROOT)
        os.environ["KG_RATE_LIMIT"] = "off"
        stages = in_process(tmpd / "kg", nq, q01.text, args.n)
        cpu: dict[str, float] = {}
        inside: dict[str, list[int]] = {}
        http = over_http(tmpd / "kg", tmpd / "ox", q01.text, args.http_n, base,
                         tmpd / "kg-nocache", cpu, tmpd / "kg-timed", inside)
    rows = [[name, f"{stats(ns)[0]:.1f}", f"{stats(ns)[1]:.1f}"] for name, ns in stages.items()]
    hrows = [[name, f"{stats(ns)[0]:.1f}", f"{stats(ns)[1]:.1f}", f"{cpu[name]:.0f}"]
             for name, ns in http.items()]
    lines = [
        "# Fixed cost of a tiny `/sparql` query, stage by stage", "",
        machine_line(), "",
        f"Command: `.venv/bin/python bench/overhead.py --events {args.events} --n {args.n} "
        f"--http-n {args.http_n}" + (f" --baseline {args.baseline}" if args.baseline else "")
        + f"`; query q01 (`{q01.text.strip().splitlines()[-1]}`, after the mix's PREFIX "
        f"lines), SPARQL JSON. Medians and p95 in µs; stages interleaved run by run.", "",
        "## In process (one query worker)", "",
        *table(["stage", "p50 µs", "p95 µs"], rows), "",
        "## Over HTTP, one keep-alive client, servers interleaved", "",
        *table(["server", "p50 µs", "p95 µs", "server CPU µs / request"], hrows), "",
        "Server CPU: user + system time of the server process and its query workers over the "
        "run (warm-up included), from /proc, per request.", "",
        "## Inside the app, over HTTP and in process", "",
        "The same request's time inside `app.wsgi_app` (response cache off): measured from "
        "inside the timed server while it answered the interleaved requests above (warm-up "
        "included), and in this process, interleaved with the other stages as in the table "
        "above, and n times in a row. The store's answer is `InlineLookups.answer`, the "
        f"engine's query and serialisation (in the in-a-row loop {INLINE_ANSWERED[0]} of "
        f"{args.n} requests were answered so, without a worker).", "",
        *table(["where", "p50 µs", "p95 µs"], [
            [label, f"{stats(ns)[0]:.1f}", f"{stats(ns)[1]:.1f}"] for label, ns in (
                ("over HTTP: wall inside the app", inside.get("wall", [])),
                ("over HTTP: thread CPU inside the app", inside.get("cpu", [])),
                ("over HTTP: the store's answer", inside.get("answer", [])),
                ("in process, between the other stages: whole request",
                 stages.get("whole request through app.wsgi_app", [])),
                ("in process, n in a row: whole request", stages.get(ALONE, [])),
            ) if ns]), "",
    ]
    text = "\n".join(lines)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
