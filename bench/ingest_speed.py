"""Ingest figures: extraction, facts → RDF → SHACL → store, and bulk loading, against their limits.

Usage: python bench/ingest_speed.py [--events 1000 10000] [--articles 300] [--reps 3]
                                    [--skip-extract] [--report bench/results/ingest.md]

1. Extraction (`kg extract`, 1 and 2 processes): bench/extract_speed.py on the shared WikiEvents
   and MUC-4 dev corpora (real news-style text; skipped with ``--skip-extract``).
2. Publication of facts: the real ``kg ingest`` CLI on the first ``--articles`` synthetic facts
   documents into a fresh store, with ``-j 1`` and ``-j 2`` (wall time including start-up, as a
   user pays it), and an in-process breakdown per article of the stages it runs: parse, facts →
   RDF, SHACL, the store write.
3. Loading: ``kg load --bulk`` and ``kg load`` (transactional) of each size's N-Quads into a fresh
   on-disk store, against pyoxigraph's ``bulk_load`` into an on-disk store (what the same
   library can do: the limit) and into memory, and ``oxigraph load``; interleaved, ``--reps``
   repetitions, median triples/s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import KG, RESULTS, ROOT, machine_line, median, oxigraph_load, pct, table
from synth import ensure

sys.path.insert(0, str(ROOT))


def extraction(jobs: int) -> list[str]:
    import extract_speed

    paths = [p for p in extract_speed.DEFAULT if p.exists()]
    if not paths:
        return ["Extraction: the shared corpora are missing; skipped.", ""]
    docs = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()
            if line.strip()]
    words = sum(len(d["text"].split()) for d in docs) / len(docs)
    one = extract_speed.run_cli(paths, 1)
    many = extract_speed.run_cli(paths, jobs)
    n, loading, steady = extract_speed.in_process(paths)
    return [
        "## Extraction (`kg extract`)", "",
        f"{len(docs)} articles, {words:.0f} words each on average "
        f"({', '.join(p.name for p in paths)}); model loading included once per process.", "",
        *table(["run", "wall s", "articles/s"], [
            ["`kg extract` 1 process", f"{one:.1f}", f"{len(docs) / one:.1f}"],
            [f"`kg extract -j {jobs}`", f"{many:.1f}", f"{len(docs) / many:.1f}"],
            [f"in process after loading ({loading:.1f} s to load)", f"{steady:.1f}",
             f"{n / steady:.1f}"]]), "",
        f"`-j {jobs}` / 1 process: {one / many:.2f}× faster. Per process after loading: "
        f"{n / steady:.1f} articles/s (target ≥ 10 for ~600-word articles; these average "
        f"{words:.0f} words).", ""]


def facts_docs(data: Path, count: int) -> list[dict]:
    out = []
    with (data / "facts.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) >= count:
                break
    return out


def publish(docs: list[dict], reps: int) -> list[str]:
    from kg.facts import parse_facts
    from kg.rdf.iris import Minter
    from kg.rdf.mapping import facts_to_rdf
    from kg.store.embedded import EmbeddedStore
    from kg.validate import ontology_graph, validate_graph

    events = sum(len(d["events"]) for d in docs)
    walls: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        src = Path(tmp) / "facts.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        for rep in range(reps):
            for jobs in ((1, 2) if rep % 2 == 0 else (2, 1)):
                store = Path(tmp) / f"s-{rep}-{jobs}"
                started = time.perf_counter()
                subprocess.run([*KG, "--store", str(store), "ingest", str(src), "-j", str(jobs),
                                "-q"], check=True, capture_output=True, cwd=ROOT)
                walls[jobs].append(time.perf_counter() - started)
        # in process, stage by stage (what one `kg ingest` process does per article)
        minter = Minter("https://w3id.org/conflict-kg/")
        store = EmbeddedStore(str(Path(tmp) / "inproc"), base_iri=minter.base)
        store.ensure_ontology(ontology_graph())
        validate_graph(facts_to_rdf(parse_facts(docs[0]), minter).combined())  # warm caches
        stages: dict[str, list[float]] = {"parse facts": [], "facts → RDF": [],
                                          "SHACL": [], "store write": []}
        for d in docs:
            t0 = time.perf_counter()
            facts = parse_facts(d)
            t1 = time.perf_counter()
            rdf = facts_to_rdf(facts, minter)
            t2 = time.perf_counter()
            report = validate_graph(rdf.combined())
            t3 = time.perf_counter()
            assert report.conforms
            store.replace_article(rdf)
            t4 = time.perf_counter()
            for k, took in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                stages[k].append(took)
        store.close()
    total = [sum(x) for x in zip(*stages.values(), strict=True)]
    rows = [[k, f"{median(v) * 1e3:.2f}", f"{pct(v, .95) * 1e3:.2f}",
             f"{100 * sum(v) / sum(total):.0f} %"] for k, v in stages.items()]
    rows.append(["**all**", f"{median(total) * 1e3:.2f}", f"{pct(total, .95) * 1e3:.2f}",
                 "100 %"])
    n = len(docs)
    return [
        "## Publishing facts (facts → RDF → SHACL → store)", "",
        f"{n} synthetic facts documents ({events} events, {events / n:.1f} per article), into a "
        f"fresh store each time; {reps} repetitions, 1 and 2 processes interleaved.", "",
        *table(["run", "median wall s", "articles/s", "events/s"], [
            [f"`kg ingest -j {j}` (incl. start-up)", f"{median(walls[j]):.1f}",
             f"{n / median(walls[j]):.1f}", f"{events / median(walls[j]):.0f}"]
            for j in (1, 2)]), "",
        f"In process, per article ({n / sum(total):.1f} articles/s on one core):", "",
        *table(["stage", "p50 ms", "p95 ms", "share of time"], rows), ""]


LIMIT = "pyoxigraph `bulk_load`, on disk (the limit)"


def _load(loader: str, nq: Path, where: Path) -> float:
    """Load ``nq`` with one loader into a fresh store at ``where``; returns seconds."""
    import pyoxigraph as ox

    started = time.perf_counter()
    if loader.startswith("`kg load"):
        bulk = ["--bulk"] if "--bulk" in loader else []
        subprocess.run([*KG, "--store", str(where), "load", *bulk, str(nq)], check=True,
                       capture_output=True, cwd=ROOT)
    elif loader == LIMIT:
        store = ox.Store(str(where))
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
    elif loader.startswith("`oxigraph load`"):
        oxigraph_load(where, nq)
    else:
        store = ox.Store()
        store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        del store
    return time.perf_counter() - started


def loading(sizes: list[int], reps: int) -> list[str]:
    rows = []
    for events in sizes:
        data = ensure(events)
        quads = json.loads((data / "meta.json").read_text())["quads"]
        loaders = ["`kg load --bulk`", LIMIT, "`oxigraph load` (server CLI, on disk)",
                   "pyoxigraph `bulk_load`, in memory"]
        if events <= 10000:  # a transactional load holds the whole file in one transaction
            loaders.insert(1, "`kg load` (transactional)")
        times: dict[str, list[float]] = {name: [] for name in loaders}
        for rep in range(reps):
            with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
                for k, name in enumerate(loaders if rep % 2 == 0 else loaders[::-1]):
                    times[name].append(_load(name, data / "kg.nq", Path(tmp) / str(k)))
        limit = quads / median(times[LIMIT])
        for name, ts in times.items():
            rate = quads / median(ts)
            rows.append([f"{events:,}", name, f"{median(ts):.2f}", f"{rate / 1e3:.0f}k",
                         f"{rate / limit:.2f}"])
        print(f"[load {events}] done", file=sys.stderr, flush=True)
    return ["## Loading N-Quads", "",
            f"The generator's N-Quads ({reps} repetitions, loaders interleaved, median; `kg load` "
            f"runs as a CLI process, so its start-up — imports, opening the store — is "
            f"included).", "",
            *table(["events", "loader", "median s", "quads/s", "ratio to pyoxigraph on disk"],
                   rows), ""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--skip-extract", action="store_true")
    ap.add_argument("--report", type=Path, default=RESULTS / "ingest.md")
    args = ap.parse_args()
    lines = ["# Ingest", "", machine_line(), "",
             f"Command: `.venv/bin/python bench/ingest_speed.py --events "
             f"{' '.join(map(str, args.events))} --articles {args.articles}`.", ""]
    if not args.skip_extract:
        lines += extraction(args.jobs)
    docs = facts_docs(ensure(max(args.events)), args.articles)
    lines += publish(docs, args.reps)
    lines += loading(args.events, args.reps)
    text = "\n".join(lines)
    print(text)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
