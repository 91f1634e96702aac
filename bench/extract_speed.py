"""Extraction throughput: articles per second for `kg extract`, 1 process and N processes.

Usage: python bench/extract_speed.py [CORPUS.jsonl ...] [--jobs 2] [--rounds 3]
           [--baseline DIR] [--profile] [--report bench/extract-results.md]

Runs the real CLI (`python -m kg extract`) on the given corpora (default: the WikiEvents and
MUC-4 dev corpora in ../shared/data) and reports wall time, articles/s, words/article and the
ratio of N processes to 1. Model loading is included once per process, as a user pays it; a
separate line gives the in-process rate after loading (extracting in groups as `kg extract`
does, after one short warm-up article so that one-time set-ups such as dateparser's are not
counted, while every cache is still cold for the corpus).

``--baseline DIR`` also runs an older version of the code — a plain export of another commit,
e.g. ``git archive REV | tar -x -C DIR`` — with this virtualenv, interleaved with the current
code round by round (the machine is shared and noisy: ratios measured in the same run mean more
than absolute times); every figure is the median of ``--rounds``. ``--baseline-spacy DIR``
runs the baseline with another spaCy install (the report names each variant's spaCy build).
``--profile`` adds where the time of the current code goes, per stage, from cProfile (which
inflates pure-Python parts).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared/data/wikievents/wikievents_dev.corpus.jsonl",
           ROOT.parent / "shared/data/muc4/muc4_tst3.corpus.jsonl"]


#: Per variant, a directory put before the code on its PYTHONPATH (``--baseline-spacy``).
_SITE: dict[Path, Path] = {}


def _env(code: Path, checker: Path | None = None) -> dict[str, str]:
    site = [str(_SITE[code])] if code in _SITE else []
    return {**os.environ, "PYTHONPATH": os.pathsep.join([*site, str(checker or code)])}


def spacy_build(code: Path) -> str:
    """Which spaCy a variant runs (the current code's check, on the variant's path)."""
    env = _env(code, checker=ROOT)
    out = subprocess.run([sys.executable, "-m", "kg.extract.spacy_build"], capture_output=True,
                         text=True, env=env, cwd=tempfile.gettempdir())
    return out.stdout.strip()


def run_cli(code: Path, paths: list[Path], jobs: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg", "--store", str(Path(tmp) / "s"), "extract",
                        *map(str, paths), "-o", str(Path(tmp) / "out.jsonl"), "-j", str(jobs)],
                       check=True, capture_output=True, env=_env(code), cwd=tmp)
        return time.perf_counter() - started


def run_in_process(code: Path, paths: list[Path]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--inner", *map(str, paths)],
                         check=True, capture_output=True, text=True, env=_env(code),
                         cwd=tempfile.gettempdir())
    return json.loads(out.stdout.strip().splitlines()[-1])


def _read(paths: list[Path]) -> list[dict]:
    return [{k: v for k, v in json.loads(line).items() if k != "gold"}
            for p in paths for line in p.read_text("utf-8").splitlines() if line.strip()]


def _extractor(docs: list[dict]):  # type: ignore[no-untyped-def]
    """A function extracting every doc the way this version of `kg extract` does."""
    from kg.inputs import Document

    try:  # batched: articles parsed in groups
        from kg.extract.batch import extract_chunk, read_ahead
    except ImportError:  # older versions: one article at a time
        from kg.extract.article import from_json
        from kg.extract.pipeline import extract

        return lambda: [extract(from_json(d)) for d in docs]
    wrapped = [Document(str(i), d) for i, d in enumerate(docs)]
    return lambda: [r for group in read_ahead(wrapped) for r in extract_chunk(group, None)]


#: Extracted once after loading and before timing: lazy imports and one-time set-ups (dateparser
#: builds its time-zone patterns on its first call) are then paid, as in any long batch, while
#: the corpus itself is still unseen by every cache.
WARM_UP = {"id": "warm-up", "published": "2020-02-10", "text": (
    "DAMASCUS (Reuters) - Syrian forces shelled the town of Saraqib on Saturday, killing at "
    "least five civilians, the Syrian Observatory for Human Rights said on February 8, 2020. "
    "Rebels said they had destroyed two tanks.")}


def _loaded(docs: list[dict]) -> tuple[float, object]:
    """Load the model and gazetteer, warm up; (seconds to load, the extraction function)."""
    from kg.extract.nlp import gazetteer_matcher, load_nlp
    from kg.extract.pipeline import english_words

    started = time.perf_counter()
    load_nlp()
    gazetteer_matcher()
    english_words()
    loading = time.perf_counter() - started
    _extractor([WARM_UP])()
    return loading, _extractor(docs)


def inner(paths: list[Path]) -> None:
    """In this process: load once, warm up, extract the corpus, print the timings as JSON."""
    docs = _read(paths)
    loading, run = _loaded(docs)
    started = time.perf_counter()
    run()  # type: ignore[operator]
    print(json.dumps({"n": len(docs), "load": loading, "steady": time.perf_counter() - started}))


#: Stages and the functions whose cumulative time is theirs (they do not call one another).
STAGES = [
    ("spaCy pipeline (tokenizer, tok2vec, tagger, parser, attribute ruler, lemmatizer, NER)",
     [("spacy/language.py", "pipe"), ("spacy/language.py", "__call__")]),
    ("gazetteer name matcher", [("phrasematcher.pyx", "__call__"),
                                ("kg/extract/name_matcher.py", "__call__")]),
    ("entity linking (Gazetteer.link)", [("kg/gazetteer/lookup.py", "link")]),
    ("dates (incl. dateparser)", [("kg/extract/dates.py", "resolve")]),
    ("casualty and materiel numbers", [("kg/extract/numbers.py", "casualties"),
                                       ("kg/extract/numbers.py", "materiel")]),
    ("event triggers", [("kg/extract/events.py", "find_triggers")]),
    ("all-caps recasing (_caseless)", [("kg/extract/pipeline.py", "_caseless")]),
]


def profile(paths: list[Path]) -> dict[str, float]:
    """Seconds per stage of this process's code extracting the corpus (after the warm-up)."""
    _loading, run = _loaded(_read(paths))
    prof = cProfile.Profile()
    prof.enable()
    run()  # type: ignore[operator]
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = max(ct for (_f, _l, _n), (_cc, _nc, _tt, ct, _callers) in stats.items())
    out: dict[str, float] = {}
    for label, funcs in STAGES:
        t = 0.0
        for (file, _line, name), (_cc, _nc, _tt, ct, callers) in stats.items():
            if any(file.endswith(f) and name == n for f, n in funcs):
                # only calls from outside the stage (recursion and self-calls counted once)
                t += ct if not any(c[0].endswith(f) and c[2] == n for c in callers
                                   for f, n in funcs) else 0.0
        out[label] = t
    out["the rest (mentions, coreference, participants, attribution, merging…)"] = \
        total - sum(out.values())
    out["total (under cProfile)"] = total
    return out


def profile_table(variants: dict[str, Path], paths: list[Path]) -> list[str]:
    """The per-stage profile of every variant, side by side (each in its own process)."""
    cols = {}
    for name, code in variants.items():
        got = subprocess.run([sys.executable, __file__, "--inner-profile", *map(str, paths)],
                             check=True, capture_output=True, text=True, env=_env(code),
                             cwd=tempfile.gettempdir())
        cols[name] = json.loads(got.stdout.strip().splitlines()[-1])
    names = list(cols)
    rows = ["| stage | " + " | ".join(f"{n} s | {n} share" for n in names) + " |",
            "| --- |" + " --- | --- |" * len(names)]
    for label in cols[names[0]]:
        cells = []
        for n in names:
            t, total = cols[n][label], cols[n]["total (under cProfile)"]
            cells.append(f"{t:.2f} | {100 * t / total:.0f} %")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="an export of an older commit to compare")
    ap.add_argument("--baseline-spacy", type=Path, metavar="DIR",
                    help="run the baseline with the spaCy installed in DIR (e.g. `pip install "
                         "--no-deps --target DIR spacy==VERSION`, the wheel) ahead of this "
                         "virtualenv's")
    ap.add_argument("--profile", action="store_true", help="add a per-stage profile")
    ap.add_argument("--report", type=Path)
    ap.add_argument("--words", metavar="MIN-MAX",
                    help="only the corpora's articles of MIN to MAX words (e.g. 500-800: the "
                         "~600-word articles the extraction target names)")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--inner-profile", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    paths = [p.resolve() for p in args.corpora] or [p for p in DEFAULT if p.exists()]
    if args.inner:
        inner(paths)
        return
    if args.inner_profile:
        print(json.dumps(profile(paths)))
        return
    docs = _read(paths)
    sources = ", ".join(p.name for p in paths)
    if args.words:
        low, high = (int(w) for w in args.words.split("-"))
        docs = [d for d in docs if low <= len(d["text"].split()) <= high]
        folders = ", ".join(sorted({p.parent.name for p in paths}))
        sources = f"the articles of {low}–{high} words in {len(paths)} files, of {folders}"
        # (every run reads the same selection: one file of it in the temporary directory)
        chosen = Path(tempfile.gettempdir()) / f"kg-extract-speed-{os.getpid()}.jsonl"
        chosen.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                          "utf-8")
        paths = [chosen]
    n_docs = len(docs)
    words = sum(len(d["text"].split()) for d in docs)
    variants = {"current": ROOT}
    if args.baseline:
        variants = {"baseline": args.baseline.resolve(), **variants}
        if args.baseline_spacy:
            _SITE[args.baseline.resolve()] = args.baseline_spacy.resolve()
    runs: dict[str, dict[str, list[float]]] = {v: {} for v in variants}
    for r in range(args.rounds):
        for name, code in variants.items():  # interleaved: each round runs every variant
            got = runs[name]
            got.setdefault("one", []).append(run_cli(code, paths, 1))
            got.setdefault("many", []).append(run_cli(code, paths, args.jobs))
            timing = run_in_process(code, paths)
            got.setdefault("load", []).append(timing["load"])
            got.setdefault("steady", []).append(timing["steady"])
            print(f"round {r + 1} {name}: " + ", ".join(f"{k} {v[-1]:.1f} s"
                                                        for k, v in got.items()),
                  file=sys.stderr)
    med = {name: {k: statistics.median(v) for k, v in got.items()} for name, got in runs.items()}
    lines = [
        "# Extraction throughput", "",
        f"{n_docs} articles, {words / max(n_docs, 1):.0f} words per article on average "
        f"({sources}); medians of {args.rounds} interleaved rounds.",
        "",
        *(f"{name}: {spacy_build(code)}." for name, code in variants.items()),
        "",
        "| code | run | wall s | articles/s |", "| --- | --- | --- | --- |",
    ]
    for name, m in med.items():
        lines += [
            f"| {name} | `kg extract` 1 process (incl. model load) | {m['one']:.1f} | "
            f"{n_docs / m['one']:.1f} |",
            f"| {name} | `kg extract -j {args.jobs}` (incl. model load per worker) | "
            f"{m['many']:.1f} | {n_docs / m['many']:.1f} |",
            f"| {name} | in process after loading ({m['load']:.1f} s to load) | "
            f"{m['steady']:.1f} | {n_docs / m['steady']:.1f} |",
        ]
    lines.append("")
    for name, m in med.items():
        lines.append(f"Ratio -j {args.jobs} / 1 process ({name}): {m['one'] / m['many']:.2f}× "
                     "faster.")
    if args.baseline:
        b, c = med["baseline"], med["current"]
        lines += ["", "Current code against the baseline, same run (× faster): "
                  f"1 process {b['one'] / c['one']:.2f}×, -j {args.jobs} "
                  f"{b['many'] / c['many']:.2f}×, in process after loading "
                  f"{b['steady'] / c['steady']:.2f}×."]
    if args.profile:
        lines += ["", "## Where the time goes (in process after loading, cProfile)", "",
                  *profile_table(variants, paths)]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    if args.words:
        paths[0].unlink()


if __name__ == "__main__":
    main()
