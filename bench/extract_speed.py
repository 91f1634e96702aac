"""Extraction throughput: articles per second for `kg extract`, 1 process and N processes.

Usage: python bench/extract_speed.py [CORPUS.jsonl ...] [--jobs 2] [--report bench/extract.md]

Runs the real CLI (`python -m kg extract`) on the given corpora (default: the WikiEvents and
MUC-4 dev corpora in ../shared/data) and reports wall time, articles/s, words/article and the
ratio of N processes to 1, measured in the same run. Model loading is included once per process,
as a user pays it; a separate line gives the in-process rate after loading.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared/data/wikievents/wikievents_dev.corpus.jsonl",
           ROOT.parent / "shared/data/muc4/muc4_tst3.corpus.jsonl"]


def run_cli(paths: list[Path], jobs: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "--store", str(Path(tmp) / "s"), "extract",
                        *map(str, paths), "-o", str(Path(tmp) / "out.jsonl"), "-j", str(jobs)],
                       check=True, capture_output=True)
        return time.perf_counter() - started


def in_process(paths: list[Path]) -> tuple[int, float, float]:
    sys.path.insert(0, str(ROOT))
    from kg.extract.article import from_json
    from kg.extract.nlp import gazetteer_matcher, load_nlp
    from kg.extract.pipeline import extract

    docs = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()
            if line.strip()]
    started = time.perf_counter()
    load_nlp()
    gazetteer_matcher()
    loading = time.perf_counter() - started
    started = time.perf_counter()
    for d in docs:
        extract(from_json({k: v for k, v in d.items() if k != "gold"}))
    return len(docs), loading, time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--report", type=Path)
    args = ap.parse_args()
    paths = args.corpora or [p for p in DEFAULT if p.exists()]
    n_docs = sum(1 for p in paths for line in p.read_text("utf-8").splitlines() if line.strip())
    words = sum(len(json.loads(line)["text"].split()) for p in paths
                for line in p.read_text("utf-8").splitlines() if line.strip())
    one = run_cli(paths, 1)
    many = run_cli(paths, args.jobs)
    n, loading, steady = in_process(paths)
    lines = [
        "# Extraction throughput", "",
        f"{n_docs} articles, {words / max(n_docs, 1):.0f} words per article on average "
        f"({', '.join(p.name for p in paths)}).", "",
        "| run | wall s | articles/s |", "| --- | --- | --- |",
        f"| `kg extract` 1 process (incl. model load) | {one:.1f} | {n_docs / one:.1f} |",
        f"| `kg extract -j {args.jobs}` (incl. model load per worker) | {many:.1f} | "
        f"{n_docs / many:.1f} |",
        f"| in process after loading ({loading:.1f} s to load) | {steady:.1f} | "
        f"{n / steady:.1f} |", "",
        f"Ratio -j {args.jobs} / 1 process: {one / many:.2f}× faster.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
