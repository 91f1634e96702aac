"""`/sparql` side by side with Oxigraph's own server: latency, throughput, mixed workload.

Usage: python bench/http_load.py [--events 1000 10000] [--report bench/results/http-load.md]

For each size: generates the synthetic KG (bench/synth.py) if missing, loads the same N-Quads
into a fresh kg store (``kg load --bulk``) and a fresh Oxigraph store (``oxigraph load``), then
runs — at the same time — ``kg serve`` and ``oxigraph serve --location … --union-default-graph``
(the reference), plus an in-memory ``oxigraph serve`` loaded over HTTP (``--no-memory`` skips
it): our workers hold in-memory replicas, so that is the like-for-like engine. Then:

1. every query once on every server: result counts must be equal (a mismatch is reported);
2. latency: ``--rounds`` rounds of the twelve queries from one client, servers interleaved
   query by query with the order rotated each round; per-query median and p95;
3. throughput at ``--clients`` concurrent clients, each query alone for ``--seconds`` s per
   server, servers alternated, ``--reps`` repetitions (median);
4. mixed workload: the clients cycle through all twelve queries (each in its own shuffled order)
   for ``--mixed-seconds`` s per server, alternated, ``--reps`` repetitions (median queries/s,
   and latency percentiles under load).

Ratios are ours / Oxigraph's from the same run: for latency lower is better, for throughput
higher is better. Resident memory (server + its worker processes) is read after the runs.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    KG,
    RESULTS,
    ROOT,
    Client,
    Server,
    count_results,
    geomean,
    machine_line,
    median,
    oxigraph_load,
    pct,
    post_nquads,
    start_kg,
    start_oxigraph,
    table,
    write_report,
)
from queries import Query, mix
from synth import ensure

#: the server name of ``--baseline``'s kg serve
BASE = "kg serve (baseline)"
#: the server name of ``--cache-off``'s kg serve (this checkout, KG_QUERY_CACHE_MB=0)
NOCACHE = "kg serve (cache off)"


def hammer(server: Server, queries: list[Query], clients: int, seconds: float,
           seed: int) -> tuple[float, list[float], int]:
    """``clients`` threads send ``queries`` (each thread its own shuffled cycle) for
    ``seconds``; returns (completed queries scaled to ``seconds``, latencies, errors)."""
    done: list[int] = [0] * clients
    errors: list[int] = [0] * clients
    lat: list[list[float]] = [[] for _ in range(clients)]
    barrier = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def body(k: int) -> None:
        client = Client(server)
        order = list(queries)
        random.Random(seed * 100 + k).shuffle(order)
        barrier.wait()
        i = 0
        while time.perf_counter() < stop_at[0]:
            q = order[i % len(order)]
            i += 1
            took, _data, status = client.query(q.text, q.form)
            if status != 200:
                errors[k] += 1
                continue
            done[k] += 1
            lat[k].append(took)
        client.close()

    threads = [threading.Thread(target=body, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    stop_at[0] = time.perf_counter() + seconds
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    completed = sum(done)
    # queries/s over the real elapsed time (the last queries finish after the deadline)
    return completed * seconds / elapsed if elapsed > 0 else 0.0, \
        [x for xs in lat for x in xs], sum(errors)


def _ratio(a: float, b: float) -> float:
    """a / b, NaN when b is zero (a server that completed nothing in the window)."""
    return a / b if b else float("nan")


def run_size(events: int, args: argparse.Namespace) -> dict:
    data = ensure(events)
    meta = json.loads((data / "meta.json").read_text())
    nq = data / "kg.nq"
    queries = mix(meta)
    out: dict = {"events": events, "meta": meta}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmpd = Path(tmp)
        started = time.perf_counter()
        subprocess.run([*KG, "--store", str(tmpd / "kg"), "load", "--bulk", str(nq)],
                       check=True, capture_output=True, cwd=ROOT)
        out["kg_load_s"] = time.perf_counter() - started
        out["ox_load_s"] = oxigraph_load(tmpd / "ox", nq)
        print(f"[{events}] loaded: kg {out['kg_load_s']:.1f} s, oxigraph {out['ox_load_s']:.1f} s",
              file=sys.stderr, flush=True)
        servers: list[Server] = []
        try:
            started = time.perf_counter()
            servers.append(start_kg(tmpd / "kg", workers=args.workers, threads=args.threads,
                                    log=tmpd / "kg.log"))
            out["kg_start_s"] = time.perf_counter() - started
            if args.baseline:  # the same data in its own store (RocksDB allows one process)
                subprocess.run([*KG, "--store", str(tmpd / "kg-base"), "load", "--bulk",
                                str(nq)], check=True, capture_output=True, cwd=ROOT)
                servers.append(start_kg(tmpd / "kg-base", workers=args.workers,
                                        threads=args.threads, log=tmpd / "kg-base.log",
                                        root=args.baseline, name=BASE))
            if args.cache_off:  # the miss path: every query goes to a worker
                subprocess.run([*KG, "--store", str(tmpd / "kg-nocache"), "load", "--bulk",
                                str(nq)], check=True, capture_output=True, cwd=ROOT)
                servers.append(start_kg(tmpd / "kg-nocache", workers=args.workers,
                                        threads=args.threads, log=tmpd / "kg-nocache.log",
                                        name=NOCACHE, extra_env={"KG_QUERY_CACHE_MB": "0"}))
            servers.append(start_oxigraph(tmpd / "ox", log=tmpd / "ox.log"))
            if not args.no_memory:
                mem = start_oxigraph(None, log=tmpd / "oxmem.log")
                servers.append(mem)
                post_nquads(mem, nq)
            out["servers"] = [s.name for s in servers]
            out.update(measure(servers, queries, args, events))
            out["rss_mb"] = {s.name: s.rss_mb() for s in servers}
        finally:
            for s in servers:
                s.stop()
    return out


def measure(servers: list[Server], queries: list[Query], args: argparse.Namespace,
            events: int) -> dict:
    clients = {s.name: Client(s) for s in servers}
    counts: dict[str, dict[str, int]] = {q.name: {} for q in queries}
    for q in queries:  # warm-up and the equal-counts check
        for s in servers:
            _t, body, status = clients[s.name].query(q.text, q.form)
            counts[q.name][s.name] = count_results(body, q.form) if status == 200 else -status
    lat: dict[str, dict[str, list[float]]] = {q.name: {s.name: [] for s in servers}
                                              for q in queries}
    for r in range(args.rounds):
        for q in queries:
            for s in servers[r % len(servers):] + servers[:r % len(servers)]:
                took, _b, status = clients[s.name].query(q.text, q.form)
                if status == 200:
                    lat[q.name][s.name].append(took)
    for c in clients.values():
        c.close()
    print(f"[{events}] latency done", file=sys.stderr, flush=True)
    per_query: dict[str, dict[str, list[int]]] = {q.name: {s.name: [] for s in servers}
                                                  for q in queries}
    for rep in range(args.reps):
        for q in queries:
            order = servers if rep % 2 == 0 else servers[::-1]
            for s in order:
                n, _l, _e = hammer(s, [q], args.clients, args.seconds, rep)
                per_query[q.name][s.name].append(n / args.seconds)
    print(f"[{events}] per-query throughput done", file=sys.stderr, flush=True)
    mixed: dict[str, dict[str, list]] = {s.name: {"qps": [], "lat": [], "errors": 0}
                                         for s in servers}
    for rep in range(args.reps):
        order = servers if rep % 2 == 0 else servers[::-1]
        for s in order:
            n, latencies, errors = hammer(s, queries, args.clients, args.mixed_seconds, rep)
            mixed[s.name]["qps"].append(n / args.mixed_seconds)
            mixed[s.name]["lat"] += latencies
            mixed[s.name]["errors"] += errors
    print(f"[{events}] mixed done", file=sys.stderr, flush=True)
    return {"counts": counts, "lat": lat, "per_query": per_query, "mixed": mixed,
            "queries": [(q.name, q.what) for q in queries]}


def report(results: list[dict], args: argparse.Namespace) -> str:
    kg, ox = "kg serve", "oxigraph serve"
    mem = "oxigraph serve (in memory)"
    lines = ["# `/sparql` vs Oxigraph server", "",
             machine_line(), "",
             f"Command: `.venv/bin/python bench/http_load.py {' '.join(sys.argv[1:])}`; "
             f"{args.rounds} latency rounds, {args.clients} clients, {args.seconds:g} s per query "
             f"and server, {args.mixed_seconds:g} s mixed, {args.reps} repetitions; kg serve with "
             f"{args.workers} query workers and {args.threads} threads. Reference: `oxigraph "
             f"serve --location … --union-default-graph` (on-disk, as the issue specifies); the "
             f"in-memory Oxigraph server is shown as well because our workers answer from "
             f"in-memory replicas. Ratios are kg / reference measured in the same run "
             f"(latency: lower is better; throughput: higher is better).", ""]
    for r in results:
        names = r["servers"]
        has_mem = mem in names
        m = r["meta"]
        lines += [f"## {r['events']:,} events ({m['articles']:,} articles, {m['quads']:,} quads, "
                  f"{m['nq_bytes'] / 1e6:.0f} MB of N-Quads)", "",
                  f"Load: `kg load --bulk` {r['kg_load_s']:.1f} s, `oxigraph load` "
                  f"{r['ox_load_s']:.1f} s. `kg serve` ready (snapshot + replicas loaded) in "
                  f"{r['kg_start_s']:.1f} s. Resident memory after the runs: "
                  + ", ".join(f"{n} {v:.0f} MB" for n, v in r["rss_mb"].items()) + ".", ""]
        mismatches = [q for q, c in r["counts"].items() if len(set(c.values())) != 1]
        lines += ["Result counts: " + ("equal on every server for all twelve queries."
                                       if not mismatches else
                                       f"**differ** for {', '.join(mismatches)}: "
                                       + "; ".join(f"{q} {r['counts'][q]}" for q in mismatches)),
                  ""]
        rows = []
        ratios, ratios_mem = [], []
        for name, what in r["queries"]:
            lk, lo = r["lat"][name][kg], r["lat"][name][ox]
            ratio = median(lk) / median(lo)
            ratios.append(ratio)
            row = [name, what, r["counts"][name][kg], f"{median(lk) * 1e3:.2f}",
                   f"{pct(lk, .95) * 1e3:.2f}", f"{median(lo) * 1e3:.2f}",
                   f"{pct(lo, .95) * 1e3:.2f}", f"{ratio:.2f}"]
            if has_mem:
                lm = r["lat"][name][mem]
                ratios_mem.append(median(lk) / median(lm))
                row += [f"{median(lm) * 1e3:.2f}", f"{ratios_mem[-1]:.2f}"]
            rows.append(row)
        header = ["query", "what", "rows", "kg p50 ms", "kg p95 ms", "ox p50 ms", "ox p95 ms",
                  "kg/ox p50"]
        if has_mem:
            header += ["ox-mem p50 ms", "kg/ox-mem p50"]
        geo = ["", "**geomean of p50 ratios**", "", "", "", "", "", f"**{geomean(ratios):.2f}**"]
        if has_mem:
            geo += ["", f"**{geomean(ratios_mem):.2f}**"]
        q01 = r["lat"]["q01"]
        lines += ["### Latency, one client (servers interleaved)", "",
                  *table(header, [*rows, geo]), "",
                  "Lookup (q01) p50 overhead over the reference: "
                  + "; ".join(f"{n} {(median(q01[n]) - median(q01[ox])) * 1e3:+.2f} ms"
                              + (f" (over in-memory Oxigraph: "
                                 f"{(median(q01[n]) - median(q01[mem])) * 1e3:+.2f} ms)"
                                 if has_mem else "")
                              for n in names if n.startswith("kg serve")) + ".", ""]
        if NOCACHE in names:
            lines += ["Every query is repeated (a warm-up pass, then the rounds), so `kg serve` "
                      "with its response cache answers all but the first of each from memory; "
                      f"`{NOCACHE}` (`KG_QUERY_CACHE_MB=0`) shows the miss path.", ""]
        rows = []
        tr, trm = [], []
        for name, _what in r["queries"]:
            pq = r["per_query"][name]
            tr.append(_ratio(median(pq[kg]), median(pq[ox])))
            row = [name, _qps(median(pq[kg])), _qps(median(pq[ox])), f"{tr[-1]:.2f}"]
            if has_mem:
                trm.append(_ratio(median(pq[kg]), median(pq[mem])))
                row += [_qps(median(pq[mem])), f"{trm[-1]:.2f}"]
            rows.append(row)
        header = ["query", "kg q/s", "ox q/s", "kg/ox"]
        if has_mem:
            header += ["ox-mem q/s", "kg/ox-mem"]
        geo = ["**geomean**", "", "", f"**{geomean(tr):.2f}**"]
        if has_mem:
            geo += ["", f"**{geomean(trm):.2f}**"]
        lines += [f"### Throughput, {args.clients} concurrent clients, one query at a time "
                  f"(median of {args.reps})", "", *table(header, [*rows, geo]), ""]
        if BASE in names:
            lines += _before_after(r, args)
        rows = []
        for name in names:
            mx = r["mixed"][name]
            row = [name, f"{median(mx['qps']):.1f}",
                   f"{_ratio(median(mx['qps']), median(r['mixed'][ox]['qps'])):.2f}"]
            if has_mem:
                row.append(f"{_ratio(median(mx['qps']), median(r['mixed'][mem]['qps'])):.2f}")
            rows.append([*row, f"{pct(mx['lat'], .5) * 1e3:.1f}",
                         f"{pct(mx['lat'], .95) * 1e3:.1f}", mx["errors"]])
        lines += [f"### Mixed workload, {args.clients} clients cycling through all twelve "
                  f"queries (median of {args.reps})", "",
                  *table(["server", "queries/s", "ratio to ox",
                          *(["ratio to ox-mem"] if has_mem else []), "p50 ms", "p95 ms",
                          "errors"], rows), ""]
    return "\n".join(lines)


def _before_after(r: dict, args: argparse.Namespace) -> list[str]:
    """This checkout's kg serve next to ``--baseline``'s, both against Oxigraph (on disk), from
    the same interleaved run: per-query p50 and throughput, then the mixed workload."""
    kg, ox = "kg serve", "oxigraph serve"
    rows = []
    lat_r, tput_r = [], []
    for name, _what in r["queries"]:
        lat, pq = r["lat"][name], r["per_query"][name]
        lat_r.append(median(lat[kg]) / median(lat[BASE]))
        tput_r.append(_ratio(median(pq[kg]), median(pq[BASE])))
        rows.append([name, f"{median(lat[BASE]) * 1e3:.2f}", f"{median(lat[kg]) * 1e3:.2f}",
                     f"{lat_r[-1]:.2f}", _qps(median(pq[BASE])), _qps(median(pq[kg])),
                     f"{tput_r[-1]:.2f}",
                     f"{_ratio(median(pq[BASE]), median(pq[ox])):.2f}",
                     f"{_ratio(median(pq[kg]), median(pq[ox])):.2f}"])
    rows.append(["**geomean**", "", "", f"**{geomean(lat_r):.2f}**", "", "",
                 f"**{geomean(tput_r):.2f}**", "", ""])
    q01 = r["lat"]["q01"]
    mixed = {n: median(r["mixed"][n]["qps"]) for n in (kg, BASE, ox)}
    return [f"### Before / after: this checkout vs `{args.baseline}` (same run, interleaved)",
            "",
            *table(["query", "before p50 ms", "after p50 ms", "after/before", "before q/s",
                    "after q/s", "after/before", "before/ox q/s", "after/ox q/s"], rows), "",
            f"Lookup (q01) p50 overhead over `oxigraph serve`: before "
            f"{(median(q01[BASE]) - median(q01[ox])) * 1e3:+.2f} ms, after "
            f"{(median(q01[kg]) - median(q01[ox])) * 1e3:+.2f} ms. Mixed workload: before "
            f"{mixed[BASE]:.1f} q/s ({_ratio(mixed[BASE], mixed[ox]):.2f}× ox), after "
            f"{mixed[kg]:.1f} q/s ({_ratio(mixed[kg], mixed[ox]):.2f}× ox).", ""]


def _qps(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.2f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--mixed-seconds", type=float, default=8.0)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--no-memory", action="store_true")
    ap.add_argument("--baseline", type=Path, help="another checkout (e.g. `git archive` of an "
                    "older commit) whose kg serve runs alongside, interleaved: before/after")
    ap.add_argument("--cache-off", action="store_true", help="also run this checkout's kg "
                    "serve with the response cache off (KG_QUERY_CACHE_MB=0), interleaved")
    ap.add_argument("--report", type=Path, default=RESULTS / "http-load.md")
    ap.add_argument("--json", type=Path, help="also write the raw measurements here")
    args = ap.parse_args()
    results = [run_size(n, args) for n in args.events]
    if args.json:  # first: the raw figures survive a failure in the report
        args.json.write_text(json.dumps(results, default=str), encoding="utf-8")
    text = report(results, args)
    write_report(text, args.report)


if __name__ == "__main__":
    main()
