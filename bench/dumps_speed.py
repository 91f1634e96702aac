"""Dumps: MB/s per format and time to first byte, from `/dumps/` and from `kg dump`.

Usage: python bench/dumps_speed.py [--events 1000 10000] [--report bench/results/dumps.md]

For each size the synthetic KG is bulk-loaded into a fresh store, then:
1. ``kg dump --format F -o FILE`` for every format (a CLI process: start-up included), against
   pyoxigraph's own ``Store.dump`` of the same store in process (the limit for quad formats);
2. ``kg serve``: each file under ``/dumps/`` fetched twice — the first request makes the file
   from the current snapshot (cold), the second is served from the cache (warm) — with time to
   first byte and MB/s of the bytes sent (gzip) and of the RDF they hold (uncompressed);
3. the reference: the whole dataset as N-Quads from ``oxigraph serve`` (``GET /store``).
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    KG,
    RESULTS,
    ROOT,
    Server,
    machine_line,
    oxigraph_load,
    start_kg,
    start_oxigraph,
    table,
    write_report,
)
from synth import ensure

FORMATS = ["nquads", "trig", "ntriples", "turtle", "jsonld"]


def fetch(server: Server, path: str, accept: str = "*/*") -> tuple[float, float, bytes]:
    """GET ``path``: (seconds to the first body byte, seconds in all, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=3600)
    started = time.perf_counter()
    conn.request("GET", path, headers={"Accept": accept})
    resp = conn.getresponse()
    first = resp.read(1)
    ttfb = time.perf_counter() - started
    body = first + resp.read()
    total = time.perf_counter() - started
    conn.close()
    if resp.status != 200:
        raise SystemExit(f"GET {path}: {resp.status}")
    return ttfb, total, body


def one_size(events: int) -> list[str]:
    import pyoxigraph as ox

    data = ensure(events)
    nq = data / "kg.nq"
    lines = [f"## {events:,} events", ""]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t = Path(tmp)
        store = t / "kg"
        subprocess.run([*KG, "--store", str(store), "load", "--bulk", str(nq)], check=True,
                       capture_output=True, cwd=ROOT)
        rows = []
        for fmt in FORMATS:
            out = t / f"dump.{fmt}"
            started = time.perf_counter()
            subprocess.run([*KG, "--store", str(store), "dump", "--format", fmt, "-o", str(out)],
                           check=True, capture_output=True, cwd=ROOT)
            took = time.perf_counter() - started
            size = out.stat().st_size
            rows.append([f"`kg dump --format {fmt}`", f"{size / 1e6:.1f}", f"{took:.2f}",
                         f"{size / 1e6 / took:.0f}"])
            out.unlink()
        ref = ox.Store.read_only(str(store))
        for fmt, oxf in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
            out = t / f"ref.{fmt}"
            started = time.perf_counter()
            with out.open("wb") as fh:
                ref.dump(fh, oxf)
            took = time.perf_counter() - started
            size = out.stat().st_size
            rows.append([f"pyoxigraph `Store.dump` {fmt}, in process (limit)",
                         f"{size / 1e6:.1f}", f"{took:.2f}", f"{size / 1e6 / took:.0f}"])
            out.unlink()
        del ref
        lines += ["### `kg dump` (CLI, start-up included)", "",
                  *table(["what", "MB", "s", "MB/s"], rows), ""]
        oxigraph_load(t / "ox", nq)
        kg = start_kg(store)
        oxs = start_oxigraph(t / "ox")
        rows = []
        try:
            ttfb, total, _ = fetch(kg, "/dumps/")
            rows.append(["`/dumps/` (index)", "", f"{ttfb * 1e3:.1f}", f"{total * 1e3:.1f}", "",
                         ""])
            for name in ("conflict-kg.nq.gz", "conflict-kg.nt.gz", "conflict-kg.ttl.gz"):
                for label in ("cold", "warm"):
                    ttfb, total, body = fetch(kg, f"/dumps/{name}")
                    raw = len(gzip.decompress(body))
                    rows.append([f"`/dumps/{name}` {label}", f"{len(body) / 1e6:.1f} gz, "
                                 f"{raw / 1e6:.0f} raw", f"{ttfb * 1e3:.1f}",
                                 f"{total * 1e3:.1f}", f"{len(body) / 1e6 / total:.0f}",
                                 f"{raw / 1e6 / total:.0f}"])
            for label in ("first", "second"):
                ttfb, total, body = fetch(oxs, "/store", "application/n-quads")
                rows.append([f"reference: `oxigraph serve` `GET /store` N-Quads ({label})",
                             f"{len(body) / 1e6:.0f} raw", f"{ttfb * 1e3:.1f}",
                             f"{total * 1e3:.1f}", "", f"{len(body) / 1e6 / total:.0f}"])
        finally:
            kg.stop()
            oxs.stop()
        lines += ["### Over HTTP", "",
                  "Cold: the first request after start-up makes the gzip file from the snapshot "
                  "(N-Quads) or one query (triple formats); warm: served from the cache.", "",
                  *table(["request", "MB", "TTFB ms", "total ms", "MB/s sent", "MB/s of RDF"],
                         rows), ""]
    print(f"[dumps {events}] done", file=sys.stderr, flush=True)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--report", type=Path, default=RESULTS / "dumps.md")
    args = ap.parse_args()
    lines = ["# Dumps", "", machine_line(), "",
             f"Command: `.venv/bin/python bench/dumps_speed.py --events "
             f"{' '.join(map(str, args.events))}`.", ""]
    for n in args.events:
        lines += one_size(n)
    text = "\n".join(lines)
    write_report(text, args.report)


if __name__ == "__main__":
    main()
