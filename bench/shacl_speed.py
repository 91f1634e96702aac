"""SHACL: milliseconds per article graph, and evidence that the cost does not grow with the store.

Usage: python bench/shacl_speed.py [--events 1000 10000] [--probes 100]
                                   [--report bench/results/shacl.md]

``--probes`` new articles (generated with another seed, ids ``probe-…``) are published into
stores that already hold 0 and each ``--events`` synthetic events (bulk-loaded N-Quads), the way
``kg ingest`` publishes one (facts → RDF → SHACL → one atomic write), article by article with the
stores interleaved so machine noise hits every size alike. Reported per store size: the SHACL
validation time per article (p50/p95) and the store-side time (the unchanged-article check and
the write). The gate validates each article graph on its own (kg/validate.py), so its cost should
be flat; the write is measured too because it touches the shared entities graph. ``kg validate``
of a stored article (fetching its graph from the store, then the gate) is timed the same way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, ROOT, machine_line, median, pct, table, write_report
from synth import ensure, generate

sys.path.insert(0, str(ROOT))


def probes(count: int) -> list[dict]:
    """``count`` articles unlike the stored ones (another seed), with their own ids."""
    out = []
    for i, doc in enumerate(generate(count * 6, seed=991)):
        doc["article"]["id"] = f"probe-{i:05d}"
        out.append(doc)
        if len(out) >= count:
            break
    return out


def main() -> None:
    import pyoxigraph as ox

    from kg.facts import parse_facts
    from kg.rdf.iris import Minter
    from kg.rdf.mapping import facts_to_rdf
    from kg.store.embedded import EmbeddedStore
    from kg.store.updates import ontology_statements
    from kg.validate import validate_graph

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--probes", type=int, default=100)
    ap.add_argument("--report", type=Path, default=RESULTS / "shacl.md")
    args = ap.parse_args()
    minter = Minter("https://w3id.org/conflict-kg/")
    docs = probes(args.probes)
    sizes = [0, *args.events]
    timings = {n: {"shacl": [], "write": [], "validate stored": []} for n in sizes}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        stores: dict[int, EmbeddedStore] = {}
        for n in sizes:
            store = EmbeddedStore(str(Path(tmp) / f"s{n}"), base_iri=minter.base)
            if n:
                store._store.bulk_load(path=str(ensure(n) / "kg.nq"),
                                       format=ox.RdfFormat.N_QUADS)
            store.ensure_ontology(ontology_statements())
            stores[n] = store
        validate_graph(facts_to_rdf(parse_facts(docs[0]), minter).combined())  # warm-up
        for i, doc in enumerate(docs):
            rdf = facts_to_rdf(parse_facts(doc), minter)
            for n in (sizes if i % 2 == 0 else sizes[::-1]):
                t0 = time.perf_counter()
                report = validate_graph(rdf.combined())
                t1 = time.perf_counter()
                if not report.conforms:
                    raise SystemExit(f"probe {doc['article']['id']} does not conform:\n"
                                     f"{report.text()}")
                stores[n].replace_article(rdf)
                t2 = time.perf_counter()
                timings[n]["shacl"].append(t1 - t0)
                timings[n]["write"].append(t2 - t1)
        for i, doc in enumerate(docs):  # `kg validate`: graph from the store, then the gate
            graph = str(minter.article_graph(doc["article"]["id"]))
            for n in (sizes if i % 2 == 0 else sizes[::-1]):
                t0 = time.perf_counter()
                validate_graph(stores[n].article_validation_graph(graph))
                timings[n]["validate stored"].append(time.perf_counter() - t0)
        for store in stores.values():
            store.close()
    triples = sum(len(facts_to_rdf(parse_facts(d), minter).combined()) for d in docs) / len(docs)
    rows = []
    for n in sizes:
        row = [f"{n:,}"]
        for key in ("shacl", "write", "validate stored"):
            ts = timings[n][key]
            row += [f"{median(ts) * 1e3:.1f}", f"{pct(ts, .95) * 1e3:.1f}"]
        rows.append(row)
    base = median(timings[0]["shacl"])
    growth = ", ".join(f"{median(timings[n]['shacl']) / base:.2f}× at {n:,}" for n in sizes[1:])
    lines = ["# SHACL gate", "", machine_line(), "",
             f"Command: `.venv/bin/python bench/shacl_speed.py --events "
             f"{' '.join(map(str, args.events))} --probes {args.probes}`.", "",
             f"{len(docs)} probe articles ({sum(len(d['events']) for d in docs) / len(docs):.1f} "
             f"events and {triples:.0f} triples each on average, article graph + entity "
             f"descriptions), published into stores holding 0 and "
             f"{', '.join(f'{n:,}' for n in args.events)} events, stores interleaved.", "",
             *table(["events already stored", "SHACL p50 ms", "SHACL p95 ms", "write p50 ms",
                     "write p95 ms", "`kg validate` of a stored article p50 ms", "p95 ms"], rows),
             "",
             f"SHACL time per article relative to an empty store: {growth} — the gate sees one "
             f"article graph (with its entity descriptions), never the store, so its cost "
             f"depends on the article, not on how much is stored. The write column includes the "
             f"unchanged-article check and the one-update replace of the article graph, which "
             f"merges into the shared entities graph.", ""]
    text = "\n".join(lines)
    write_report(text, args.report)


if __name__ == "__main__":
    main()
