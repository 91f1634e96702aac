"""Dumps: MB/s per format and time to first byte, from `/dumps/` and from `kg dump`.

Usage: python bench/dumps_speed.py [--events 1000 10000] [--baseline DIR] [--skip-cli]
                                   [--repeats N] [--report bench/results/dumps.md]

For each size the synthetic KG is bulk-loaded into a fresh store, then:
1. ``kg dump --format F -o FILE`` for every format (a CLI process: start-up included), against
   pyoxigraph's own ``Store.dump`` of the same store in process (the limit for quad formats);
   and zlib at levels 1, 6 and 9 on (up to 200 MB of) the N-Triples dump, one core, in process:
   what the gzip level of the HTTP dumps costs (``--skip-cli`` skips the ``kg dump`` runs);
   with ``--baseline DIR`` the older checkout's ``kg dump`` runs right before this code's each
   time, ``--repeats`` times (medians), and the two outputs are compared byte for byte; then
   the same for ``kg dump --store URL`` of the remote backend, against the ``oxigraph serve``
   of step 3;
2. ``kg serve``: each file under ``/dumps/`` fetched twice — the first request after start-up
   (cold: the file is made from the current snapshot, and since #6 streamed while it is made),
   then from the cache (warm) — with time to first byte and MB/s of the bytes sent (gzip) and
   of the RDF they hold (uncompressed). With ``--baseline DIR`` (an older checkout,
   ``git archive COMMIT | tar -x -C DIR``) its ``kg serve`` runs at the same time on its own
   copy of the store and every request is made to both in turn;
3. the reference: the whole dataset as N-Quads from ``oxigraph serve`` (``GET /store``).
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
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


def zlib_levels(nt: Path) -> list[list[str]]:
    """zlib (gzip framing) at levels 1, 6, 9 on up to 200 MB of N-Triples, in 1 MiB blocks."""
    with nt.open("rb") as fh:
        data = fh.read(200_000_000)
    rows = []
    for level in (1, 6, 9):
        started = time.perf_counter()
        comp = zlib.compressobj(level, zlib.DEFLATED, 31)
        size = sum(len(comp.compress(data[i:i + (1 << 20)]))
                   for i in range(0, len(data), 1 << 20)) + len(comp.flush())
        took = time.perf_counter() - started
        rows.append([f"zlib level {level}", f"{len(data) / 1e6:.0f}", f"{size / 1e6:.1f}",
                     f"{len(data) / size:.1f}", f"{took:.2f}", f"{len(data) / 1e6 / took:.0f}"])
    return rows


def _kg_dump(store: str, fmt: str, out: Path, root: Path | None) -> float:
    """One ``kg dump --format fmt -o out`` process (``root``: another checkout's kg package,
    run with this virtualenv, as :func:`common.start_kg` does); returns seconds."""
    env = {**os.environ, "PYTHONPATH": str(root)} if root is not None else None
    started = time.perf_counter()
    subprocess.run([*KG, "--store", store, "dump", "--format", fmt, "-o", str(out)],
                   check=True, capture_output=True, cwd=root or ROOT, env=env)
    return time.perf_counter() - started


def _dump_rows(store: str, t: Path, formats: list[str], baseline: Path | None, repeats: int,
               label: str = "") -> tuple[list[list[str]], dict[str, Path]]:
    """``kg dump`` per format, ``repeats`` times, each run of the baseline checkout's right
    before this code's (interleaved); medians, the ratio, and whether the bytes are equal.
    Returns the rows and the files of this code's last run."""
    rows: list[list[str]] = []
    kept: dict[str, Path] = {}
    sides = [("before ", baseline), ("", None)] if baseline is not None else [("", None)]
    for fmt in formats:
        times: dict[str, list[float]] = {side: [] for side, _root in sides}
        outs = {side: t / f"dump{'-before' if side else ''}.{fmt}" for side, _root in sides}
        for _ in range(repeats):
            for side, root in sides:
                times[side].append(_kg_dump(store, fmt, outs[side], root))
        size = outs[""].stat().st_size
        now = statistics.median(times[""])
        if baseline is not None:
            before = statistics.median(times["before "])
            old = outs["before "]
            same = "yes" if old.read_bytes() == outs[""].read_bytes() else \
                f"no ({old.stat().st_size / 1e6:.1f} MB before)"
            rows.append([f"{label}`kg dump --format {fmt}`", f"{size / 1e6:.1f}",
                         f"{before:.2f}", f"{now:.2f}", f"{before / now:.2f}×",
                         f"{size / 1e6 / before:.0f} → {size / 1e6 / now:.0f}", same])
            old.unlink()
        else:
            rows.append([f"{label}`kg dump --format {fmt}`", f"{size / 1e6:.1f}", f"{now:.2f}",
                         f"{size / 1e6 / now:.0f}"])
        kept[fmt] = outs[""]
    return rows, kept


def _dump_header(baseline: Path | None) -> list[str]:
    if baseline is not None:
        return ["what", "MB", "s before", "s now", "speed-up", "MB/s", "same bytes"]
    return ["what", "MB", "s", "MB/s"]


def cli_dumps(store: Path, t: Path, baseline: Path | None, repeats: int) -> list[str]:
    import pyoxigraph as ox

    rows, files = _dump_rows(str(store), t, FORMATS, baseline, repeats)
    levels = zlib_levels(files["ntriples"])
    for f in files.values():
        f.unlink()
    ref = ox.Store.read_only(str(store))
    for fmt, oxf in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        out = t / f"ref.{fmt}"
        started = time.perf_counter()
        with out.open("wb") as fh:
            ref.dump(fh, oxf)
        took = time.perf_counter() - started
        size = out.stat().st_size
        row = [f"pyoxigraph `Store.dump` {fmt}, in process (limit)", f"{size / 1e6:.1f}",
               f"{took:.2f}", f"{size / 1e6 / took:.0f}"]
        rows.append(row if baseline is None else [row[0], row[1], "", row[2], "", row[3], ""])
        out.unlink()
    del ref
    runs = f"{repeats} run{'s' if repeats != 1 else ''}"
    note = (f"Medians of {runs}; \"before\" is the baseline checkout's `kg dump`, run right "
            f"before this code's each time (same store, same machine)." if baseline else "")
    return ["### `kg dump` (CLI, start-up included)", "",
            *([note, ""] if note else []),
            *table(_dump_header(baseline), rows), "",
            "### gzip level (what the first HTTP request pays)", "",
            "One core, in process, the N-Triples dump in 1 MiB blocks:", "",
            *table(["compressor", "MB in", "MB out", "ratio", "s", "MB/s in"], levels), ""]


def remote_cli_dumps(url: str, t: Path, baseline: Path | None, repeats: int) -> list[str]:
    """``kg dump --store URL`` against ``oxigraph serve`` (the remote backend)."""
    rows, files = _dump_rows(url, t, ["nquads", "ntriples", "turtle"], baseline, repeats,
                             "remote: ")
    for f in files.values():
        f.unlink()
    return ["### `kg dump` of the remote store (`--store` the `oxigraph serve` below)", "",
            *table(_dump_header(baseline), rows), ""]


def one_size(events: int, baseline: Path | None, skip_cli: bool, repeats: int) -> list[str]:
    data = ensure(events)
    nq = data / "kg.nq"
    lines = [f"## {events:,} events", ""]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t = Path(tmp)
        store = t / "kg"
        subprocess.run([*KG, "--store", str(store), "load", "--bulk", str(nq)], check=True,
                       capture_output=True, cwd=ROOT)
        if not skip_cli:
            lines += cli_dumps(store, t, baseline, repeats)
        oxigraph_load(t / "ox", nq)
        servers = [("", start_kg(store, workers=1))]
        if baseline is not None:  # its own copy: one process per store directory
            shutil.copytree(store, t / "kg-before")
            servers.insert(0, ("before ", start_kg(t / "kg-before", workers=1, root=baseline,
                                                  name="kg serve (before)")))
        oxs = start_oxigraph(t / "ox")
        rows = []
        try:
            if not skip_cli:
                lines += remote_cli_dumps(f"http://127.0.0.1:{oxs.port}/", t, baseline,
                                          repeats)
            for label, kg in servers:
                ttfb, total, _ = fetch(kg, "/dumps/")
                rows.append([f"{label}`/dumps/` (index)", "", f"{ttfb * 1e3:.1f}",
                             f"{total * 1e3:.1f}", "", ""])
            for name in ("conflict-kg.nq.gz", "conflict-kg.nt.gz", "conflict-kg.ttl.gz"):
                for state in ("cold", "warm"):
                    for label, kg in servers:  # interleaved: each request to both in turn
                        ttfb, total, body = fetch(kg, f"/dumps/{name}")
                        raw = len(gzip.decompress(body))
                        rows.append([f"{label}`/dumps/{name}` {state}",
                                     f"{len(body) / 1e6:.1f} gz, {raw / 1e6:.0f} raw",
                                     f"{ttfb * 1e3:.1f}", f"{total * 1e3:.1f}",
                                     f"{len(body) / 1e6 / total:.0f}",
                                     f"{raw / 1e6 / total:.0f}"])
            for label in ("first", "second"):
                ttfb, total, body = fetch(oxs, "/store", "application/n-quads")
                rows.append([f"reference: `oxigraph serve` `GET /store` N-Quads ({label})",
                             f"{len(body) / 1e6:.0f} raw", f"{ttfb * 1e3:.1f}",
                             f"{total * 1e3:.1f}", "", f"{len(body) / 1e6 / total:.0f}"])
        finally:
            for _label, kg in servers:
                kg.stop()
            oxs.stop()
        lines += ["### Over HTTP", "",
                  "Cold: the first request after start-up, while the file is made from the "
                  "snapshot file (N-Quads: copied; triple formats: its union); warm: from the "
                  "cache. Each `kg serve` with one query worker (the dumps do not use them)."
                  + (" \"before\": the baseline checkout, requested in turn with the current "
                     "code." if baseline else ""), "",
                  *table(["request", "MB", "TTFB ms", "total ms", "MB/s sent", "MB/s of RDF"],
                         rows), ""]
    print(f"[dumps {events}] done", file=sys.stderr, flush=True)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--baseline", type=Path, help="an older checkout whose kg serve to run "
                    "alongside (git archive COMMIT | tar -x -C DIR)")
    ap.add_argument("--skip-cli", action="store_true", help="skip the kg dump runs")
    ap.add_argument("--repeats", type=int, default=1,
                    help="kg dump runs per format (medians; interleaved with the baseline's)")
    ap.add_argument("--report", type=Path, default=RESULTS / "dumps.md")
    args = ap.parse_args()
    command = " ".join(["--events", *map(str, args.events),
                        *(["--baseline", str(args.baseline)] if args.baseline else []),
                        *(["--skip-cli"] if args.skip_cli else []),
                        *(["--repeats", str(args.repeats)] if args.repeats != 1 else [])])
    lines = ["# Dumps", "", machine_line(), "",
             f"Command: `.venv/bin/python bench/dumps_speed.py {command}`.", ""]
    for n in args.events:
        lines += one_size(n, args.baseline, args.skip_cli, args.repeats)
    text = "\n".join(lines)
    write_report(text, args.report)


if __name__ == "__main__":
    main()
