"""Ingest figures: extraction, facts → RDF → SHACL → store (embedded and remote), and bulk loading,
against their limits.

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

from common import KG, RESULTS, ROOT, machine_line, median, oxigraph_load, table, write_report
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


def _article_nquads(docs: list[dict], path: Path) -> int:
    """The N-Quads of ``docs`` as ``kg ingest`` stores them (article graphs + entities
    graph), for the bulk loader: the limit of what the same library can write."""
    import pyoxigraph as ox

    from kg.facts import parse_facts
    from kg.rdf.iris import Minter
    from kg.rdf.mapping import facts_to_rdf

    minter = Minter("https://w3id.org/conflict-kg/")
    quads: dict[ox.Quad, None] = {}
    for d in docs:
        rdf = facts_to_rdf(parse_facts(d), minter)
        g, e = ox.NamedNode(str(rdf.graph_iri)), ox.NamedNode(str(rdf.entities_graph_iri))
        quads.update((ox.Quad(t.subject, t.predicate, t.object, g), None)
                     for t in rdf.article_triples)
        quads.update((ox.Quad(t.subject, t.predicate, t.object, e), None)
                     for t in rdf.entity_triples)
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    return len(quads)


def _run_ingest(root: Path, store: str, src: Path, jobs: int) -> float:
    """One ``kg ingest`` CLI run of the checkout at ``root``; wall seconds (start-up included,
    as a user pays it)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "--store", store, "ingest", str(src),
                    "-j", str(jobs), "-q"], check=True, capture_output=True, cwd=root)
    return time.perf_counter() - started


def publish(docs: list[dict], reps: int, baseline: Path | None) -> list[str]:
    """``kg ingest`` of facts into a fresh embedded store and into a fresh ``oxigraph serve``,
    this checkout (and ``baseline``, another checkout, e.g. the commit before a change) with
    1 and 2 processes, interleaved; pyoxigraph's bulk loader on the same quads as the limit."""
    import pyoxigraph as ox
    from common import start_oxigraph

    events = sum(len(d["events"]) for d in docs)
    n = len(docs)
    checkouts = {"this checkout": ROOT, **({"baseline": baseline} if baseline else {})}
    runs = [(name, backend, jobs) for name in checkouts for backend in ("embedded", "remote")
            for jobs in (1, 2)]
    walls: dict[tuple[str, str, int], list[float]] = {r: [] for r in runs}
    stores: dict[tuple[str, int], Path] = {}  # an embedded store each run wrote, to compare
    limit: list[float] = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        src = Path(tmp) / "facts.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        nq = Path(tmp) / "articles.nq"
        quads = _article_nquads(docs, nq)
        for rep in range(reps):
            order = runs if rep % 2 == 0 else runs[::-1]
            for k, (name, backend, jobs) in enumerate(order):
                where = Path(tmp) / f"s-{rep}-{k}"
                if backend == "embedded":
                    walls[name, backend, jobs].append(
                        _run_ingest(checkouts[name], str(where), src, jobs))
                    stores.setdefault((name, jobs), where)
                    continue
                server = start_oxigraph(where)
                try:
                    walls[name, backend, jobs].append(_run_ingest(
                        checkouts[name], f"http://127.0.0.1:{server.port}/", src, jobs))
                finally:
                    server.stop()
            started = time.perf_counter()
            store = ox.Store(str(Path(tmp) / f"bulk-{rep}"))
            store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
            store.flush()
            del store
            limit.append(time.perf_counter() - started)
            print(f"[publish] repetition {rep + 1}/{reps} done", file=sys.stderr, flush=True)
        stages = _stages(docs, Path(tmp) / "inproc")
        identical = _same_stores(stores)
    limit_rate = n / median(limit)
    rows = [["pyoxigraph `bulk_load` of the same quads, on disk (the limit; not atomic, no "
             "SHACL)", f"{median(limit):.2f}", f"{limit_rate:.0f}",
             f"{events / median(limit):.0f}", "1.00"]]
    for (name, backend, jobs), ts in walls.items():
        rate = n / median(ts)
        store = "embedded store" if backend == "embedded" else "`oxigraph serve`"
        rows.append([f"{name}: `kg ingest -j {jobs}` into {store}", f"{median(ts):.2f}",
                     f"{rate:.0f}", f"{events / median(ts):.0f}", f"{rate / limit_rate:.2f}"])
    lines = [
        "## Publishing facts (facts → RDF → SHACL → store)", "",
        f"{n} synthetic facts documents ({events} events, {events / n:.1f} per article, "
        f"{quads / n:.0f} quads per article as stored), into a fresh store each time (a fresh "
        f"`oxigraph serve --union-default-graph` on disk for the remote backend); {reps} "
        f"repetitions, runs interleaved (reversed every other repetition); wall time of the "
        f"CLI including start-up (imports, worker processes, opening the store).", "",
        *table(["run", "median wall s", "articles/s", "events/s", "ratio to the limit"], rows),
        "", identical, ""]
    if baseline:
        lines += ["Speed-up of this checkout over the baseline (median wall time ratio):", ""]
        lines += [f"- {backend}, `-j {jobs}`: "
                  f"{median(walls['baseline', backend, jobs]) / median(walls['this checkout', backend, jobs]):.2f}×"  # noqa: E501
                  for backend in ("embedded", "remote") for jobs in (1, 2)]
        lines.append("")
    return lines + stages


def _same_stores(stores: dict[tuple[str, int], Path]) -> str:
    """Whether every embedded store of the runs holds the same dataset, byte for byte (this
    checkout's ``kg dump --format nquads`` of each): a speed-up must not change the output."""
    dumps = {f"{name} `-j {jobs}`": subprocess.run(
        [*KG, "--store", str(where), "dump", "--format", "nquads"], check=True,
        capture_output=True, cwd=ROOT).stdout for (name, jobs), where in stores.items()}
    first = next(iter(dumps.values()))
    if all(d == first for d in dumps.values()):
        return (f"Output check: the embedded stores of {', '.join(dumps)} are byte-identical "
                f"(`kg dump --format nquads`, {len(first):,} bytes).")
    differ = [k for k, d in dumps.items() if d != first]
    return f"Output check: **the stores differ** ({', '.join(differ)} vs {next(iter(dumps))})."


def _stages(docs: list[dict], where: Path) -> list[str]:
    """In process, batch by batch, the stages one ``kg ingest -j 1`` runs per batch."""
    from kg.config import DEFAULT_INGEST_BATCH
    from kg.ingest import _convert, _judged, write_batch
    from kg.inputs import Document
    from kg.rdf.iris import Minter
    from kg.store.embedded import EmbeddedStore
    from kg.store.updates import ontology_statements
    from kg.validate import validate_batch

    minter = Minter("https://w3id.org/conflict-kg/")
    store = EmbeddedStore(str(where), base_iri=minter.base)
    store.ensure_ontology(ontology_statements())
    validate_batch([_convert(Document("warm", docs[0]), minter, None)[1].triples])  # type: ignore[index]
    spent = {"parse facts + facts → RDF": 0.0, "SHACL (batch)": 0.0, "store write (batch)": 0.0}
    n = len(docs)
    for i in range(0, n, DEFAULT_INGEST_BATCH):
        batch = [Document(str(k), d) for k, d in enumerate(docs[i:i + DEFAULT_INGEST_BATCH])]
        t0 = time.perf_counter()
        converted = [_convert(doc, minter, None) for doc in batch]
        t1 = time.perf_counter()
        reports = validate_batch([c[1].triples for c in converted])  # type: ignore[index]
        t2 = time.perf_counter()
        items = [_judged(doc.label, c[0], c[1], r)  # type: ignore[index]
                 for doc, c, r in zip(batch, converted, reports, strict=True)]
        write_batch(store, items)
        t3 = time.perf_counter()
        for k, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            spent[k] += took
    store.close()
    total = sum(spent.values())
    return [f"In process, batches of {DEFAULT_INGEST_BATCH} ({n / total:.0f} articles/s on one "
            f"core, {1e3 * total / n:.2f} ms per article):", "",
            *table(["stage", "ms per article", "share of time"],
                   [[k, f"{1e3 * v / n:.2f}", f"{100 * v / total:.0f} %"]
                    for k, v in spent.items()]), ""]


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
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument("--baseline", type=Path, metavar="DIR",
                    help="another checkout (e.g. `git archive` of an older commit) whose "
                         "`kg ingest` runs alongside this one's")
    ap.add_argument("--report", type=Path, default=RESULTS / "ingest.md")
    args = ap.parse_args()
    lines = ["# Ingest", "", machine_line(), "",
             f"Command: `.venv/bin/python bench/ingest_speed.py --events "
             f"{' '.join(map(str, args.events))} --articles {args.articles}"
             f"{' --skip-extract' if args.skip_extract else ''}"
             f"{' --skip-load' if args.skip_load else ''}"
             f"{' --baseline DIR' if args.baseline else ''}`.", ""]
    if not args.skip_extract:
        lines += extraction(args.jobs)
    docs = facts_docs(ensure(max(args.events)), args.articles)
    lines += publish(docs, args.reps, args.baseline)
    if not args.skip_load:
        lines += loading(args.events, args.reps)
    text = "\n".join(lines)
    write_report(text, args.report)


if __name__ == "__main__":
    main()
