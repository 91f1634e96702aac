"""Memory of ``kg serve``'s write path, in process, variant by variant (issue #7).

Usage: .venv/bin/python bench/write_memory.py [--writes 3000] [--articles 50] [--every 100]
                                              [--variants update,serve,…] [--jobs 1]
                                              [--report PATH]

Why: with the data held constant (the same articles replaced over and over), the server still
grew ~0.1–0.19 MiB per posted article below Python (bench/results/load.md). This script repeats
the store side of a POST, the very functions ``kg serve`` calls: ``EmbeddedStore.replace_article``
then what ``refresh()`` does (``Snapshots.next()``, a ``Store.dump`` to a new N-Quads file per
version; ``Snapshots.info()``, the counts; ``EmbeddedStore.flush()``) — without the query
workers (other processes) and without extraction (spaCy's memory has its own tests) — on
``--articles`` articles made from the seed facts, each write a real replacement (the casualty
count and title change, the size does not). RSS is sampled every ``--every`` writes.

Each variant runs in a fresh child process (same data, same writes), so none inherits another's
heap, and so that ``MALLOC_ARENA_MAX`` can be set before glibc starts:

- ``update``: ``replace_article`` only;
- ``flush``: + ``flush()`` after each write;
- ``serve``: + snapshot and counts, i.e. exactly ``refresh()`` (the server before any fix);
- ``serve+optimize``: + ``Store.optimize()`` (a full RocksDB compaction) every 100 writes;
- ``serve+trim``: + glibc ``malloc_trim(0)`` after each write (memory returned to the OS: if
  RSS stops growing, the growth was free memory held by the allocator, not live data);
- ``serve+arena2``: ``serve`` with ``MALLOC_ARENA_MAX=2`` (fewer glibc arenas);
- ``serve+trim-arena2``: both;
- ``serve+mmap128k``, ``flush+mmap128k``: with ``MALLOC_MMAP_THRESHOLD_=131072``, glibc's
  default threshold made fixed (by default glibc raises it each time a large block is freed,
  up to 32 MiB, after which large blocks such as RocksDB's 1 MiB memtable arena blocks come
  from the heap and leave holes there).

Prints, per variant, RSS at the start of the loop and at the end, and the least-squares slopes
after warm-up (the first fifth of the writes) and over the last half, in MiB per 1,000 writes
(a ramp that levels off shows as a nil last-half slope), as a markdown table;
also the open file descriptors and the store's table (``.sst``) files at the end, to see whether
old files stay open.
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine_line, rss_kib  # noqa: E402  (bench/ is not a package)

SEED = ROOT / "data" / "seed" / "article-2020-02-10-idlib.gold.json"
BASE_IRI = "https://w3id.org/conflict-kg/"
VARIANTS: dict[str, dict[str, str]] = {
    # name: environment of the child (besides the variant name)
    "update": {}, "flush": {}, "serve": {}, "serve+optimize": {}, "serve+trim": {},
    "serve+arena2": {"MALLOC_ARENA_MAX": "2"},
    "serve+trim-arena2": {"MALLOC_ARENA_MAX": "2"},
    "serve+mmap128k": {"MALLOC_MMAP_THRESHOLD_": "131072"},
    "flush+mmap128k": {"MALLOC_MMAP_THRESHOLD_": "131072"},
}
OPTIMIZE_EVERY = 100


def variant_doc(seed: dict, k: int, rev: int) -> dict:
    """Article ``k`` in revision ``rev``: consecutive revisions differ (casualties, title), so
    every write is a real replacement, while the data's size stays the same."""
    doc = copy.deepcopy(seed)
    doc["article"]["id"] = f"wm-{k:03d}"
    doc["article"]["title"] = f"{doc['article'].get('title') or 'Report'} (rev {rev % 2})"
    for ev in doc["events"]:
        for cas in ev.get("casualties") or []:
            if isinstance(cas.get("count"), int):
                cas["count"] = cas["count"] + rev % 2
    return doc


def rss_by_kind() -> dict[str, int]:
    """RSS (KiB) of this process by kind of mapping (/proc/self/smaps): the main heap (brk),
    other anonymous memory (glibc's per-thread arenas, large mallocs, Rust/RocksDB) and
    file-backed pages (libraries, mmapped files)."""
    kinds = {"heap": 0, "anon": 0, "file": 0}
    kind = "anon"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            name = head[5] if len(head) > 5 else ""
            kind = "heap" if name == "[heap]" else ("file" if name.startswith("/") else "anon")
        elif head and head[0] == "Rss:":
            kinds[kind] += int(head[1])
    return kinds


def _child(variant: str, writes: int, articles: int, every: int) -> dict:
    """One variant's loop in this (fresh) process; returns its samples."""
    from kg.facts import parse_facts
    from kg.rdf.iris import Minter
    from kg.rdf.mapping import facts_to_rdf
    from kg.store.embedded import EmbeddedStore
    from kg.store.updates import ontology_statements
    from kg.web import Snapshots

    seed = json.loads(SEED.read_text(encoding="utf-8"))
    minter = Minter(BASE_IRI)
    rdfs = [[facts_to_rdf(parse_facts(variant_doc(seed, k, rev)), minter) for rev in (0, 1)]
            for k in range(articles)]
    libc = ctypes.CDLL("libc.so.6")
    with tempfile.TemporaryDirectory(prefix="kg-write-memory-") as tmp:
        store = EmbeddedStore(str(Path(tmp) / "store"), base_iri=BASE_IRI)
        store.ensure_ontology(ontology_statements())
        for k in range(articles):
            store.replace_article(rdfs[k][1])  # revision 1 stored: write 0 (rev 0) replaces it
        store.flush()
        serve = variant.startswith("serve")
        snapshots = Snapshots(store) if serve else None
        samples: list[tuple[int, int]] = [(0, rss_kib(os.getpid()))]
        start = time.monotonic()
        for n in range(writes):
            k, rev = n % articles, (n // articles) % 2
            assert store.replace_article(rdfs[k][rev]), "every write must replace"
            if snapshots is not None:
                snapshots.next()
                snapshots.info()
            if variant != "update":
                store.flush()
            if variant == "serve+optimize" and (n + 1) % OPTIMIZE_EVERY == 0:
                store._store.optimize()
            if "trim" in variant:
                libc.malloc_trim(0)
            if (n + 1) % every == 0:
                samples.append((n + 1, rss_kib(os.getpid())))
        seconds = time.monotonic() - start
        kinds = rss_by_kind()
        fds = len(os.listdir("/proc/self/fd"))
        ssts = len(list((Path(tmp) / "store").glob("*.sst")))
        store.close()
    return {"variant": variant, "samples": samples, "seconds": seconds, "fds": fds,
            "ssts": ssts, "kinds": kinds}


def _run_child(name: str, args: argparse.Namespace) -> dict:
    env = {**os.environ, **VARIANTS[name]}
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, "--writes", str(args.writes),
         "--articles", str(args.articles), "--every", str(args.every)],
        env=env, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    res = json.loads(out.strip().splitlines()[-1])
    print(f"{name}: done in {res['seconds']:.0f} s", file=sys.stderr, flush=True)
    return res


def slope(points: list[tuple[int, int]]) -> float:
    """Least-squares MiB per 1,000 writes."""
    xs = [x for x, _ in points]
    ys = [y / 1024 for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 1000 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--writes", type=int, default=3000)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--every", type=int, default=100, help="RSS sample every N writes")
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help=f"comma-separated, of: {', '.join(VARIANTS)}")
    ap.add_argument("--jobs", type=int, default=1,
                    help="variants run at the same time (each in its own process)")
    ap.add_argument("--report", type=Path, default=None,
                    help="also write the markdown table (and the raw samples as JSON next to it)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.writes, args.articles, args.every)))
        return 0
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        ap.error(f"unknown variants: {', '.join(unknown)}")
    with ThreadPoolExecutor(args.jobs) as pool:  # RSS is per process: jobs do not mix
        results = list(pool.map(lambda name: _run_child(name, args), names))
    warm = max(1, len(results[0]["samples"]) // 5)
    lines = [
        f"{args.writes} writes over {args.articles} articles (data constant), RSS every "
        f"{args.every} writes; slope after the first {results[0]['samples'][warm][0]} writes. "
        f"{machine_line()}", "",
        "| variant | RSS at write 0 (MiB) | after warm-up | at the end | MiB per 1,000 writes "
        "| same, last half "
        "| ms per write | at the end: heap / other anon / file MiB | open fds | .sst files |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for res in results:
        s = res["samples"]
        kinds = " / ".join(f"{res['kinds'][k] / 1024:.0f}" for k in ("heap", "anon", "file"))
        lines.append(
            f"| {res['variant']} | {s[0][1] / 1024:.0f} | {s[warm][1] / 1024:.0f} "
            f"| {s[-1][1] / 1024:.0f} | {slope(s[warm:]):.1f} | {slope(s[len(s) // 2:]):.1f} "
            f"| {1000 * res['seconds'] / args.writes:.1f} | {kinds} | {res['fds']} "
            f"| {res['ssts']} |")
    text = "\n".join(lines)
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
        args.report.with_suffix(".json").write_text(json.dumps(results) + "\n",
                                                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
