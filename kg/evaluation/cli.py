"""``kg eval``: score predicted facts against gold facts, from the command line.

``kg eval --gold GOLD --pred PRED [--explain] [--json] [--gazetteer QIDS] [--write-gold OUT]``

GOLD and PRED are facts files (``.json`` / ``.jsonl``) or directories of them; GOLD may also be an
evaluation corpus (``*.corpus.jsonl`` lines with ``text`` and ``gold``), which is adapted to
facts on the fly (:mod:`kg.evaluation.adapters`). The same command runs as
``python -m kg.evaluation [eval] --gold … --pred …``.

The lead wires this into ``kg/cli.py`` with :func:`add_eval_parser` and :func:`run_eval`.
Unreadable or malformed input raises :class:`kg.errors.InputError`, which ``kg`` turns into
exit code 4 with the message; scoring itself always exits 0 (it measures, it does not gate).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kg.config import Settings
from kg.errors import InputError, KgError
from kg.evaluation.adapters import adapt_record, coref_beside, is_corpus_record, write_facts_jsonl
from kg.evaluation.scorer import score
from kg.facts import is_facts_document
from kg.inputs import DOCUMENT_SUFFIXES, expand_paths, read_documents

EXIT_INPUT = 4


def add_eval_parser(subparsers: Any, parents: Sequence[argparse.ArgumentParser] = ()
                    ) -> argparse.ArgumentParser:
    """Add the ``eval`` command to an argparse sub-parser set and return its parser."""
    p = subparsers.add_parser(
        "eval", parents=list(parents),
        help="score predicted facts against gold facts (or an eval corpus)",
        description="Score predicted facts against gold facts by the rules of the facts format "
                    "('How extraction is scored'): event P/R/F1, sub-event type, actors, "
                    "targets, dates, locations, casualties, entity linking.")
    p.add_argument("--gold", required=True, metavar="GOLD",
                   help="gold facts (.json/.jsonl or a directory), or an eval corpus "
                        "*.corpus.jsonl (MUC-4 / WikiEvents), adapted on the fly")
    p.add_argument("--pred", required=True, metavar="PRED",
                   help="predicted facts (.json/.jsonl or a directory), e.g. `kg extract` output")
    p.add_argument("--explain", action="store_true",
                   help="list every miss and false positive with the reason")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--gazetteer", metavar="QIDS",
                   help="a file naming the QIDs the gazetteer contains (every Q-number in it); "
                        "adds entity-linking figures restricted to those entities")
    p.add_argument("--write-gold", metavar="OUT.jsonl",
                   help="also write the gold facts used (adapted, for a corpus) as JSON Lines")
    return p


def _max_bytes(args: argparse.Namespace) -> int:
    value = getattr(args, "max_input_bytes", None)
    return value if value is not None else Settings.from_env().max_input_bytes


def load_facts_documents(path: str | Path, max_bytes: int, *, allow_corpus: bool
                         ) -> list[dict[str, Any]]:
    """Facts documents from a file or directory; corpus records are adapted when allowed."""
    docs: list[dict[str, Any]] = []
    files = expand_paths([path])
    if Path(path).is_dir():  # a directory may hold notes and texts beside the facts
        files = [f for f in files if f.suffix.lower() in DOCUMENT_SUFFIXES]
    for file in files:
        coref: dict[str, list[list[str]]] | None = None
        for doc in read_documents(file, max_bytes):
            if doc.error is not None:
                raise doc.error
            value = doc.value
            if is_facts_document(value):
                assert isinstance(value, dict)
                docs.append(value)
            elif allow_corpus and is_corpus_record(value):
                if coref is None:
                    coref = coref_beside(file)
                assert isinstance(value, dict)
                docs.append(adapt_record(value, coref))
            else:
                what = "a facts document or an eval-corpus record" if allow_corpus \
                    else "a facts document"
                raise InputError(f"{doc.label}: not {what} (facts need \"format\": "
                                 f"\"conflict-kg/facts@1\")")
    if not docs:
        raise InputError(f"{path}: no documents found")
    return docs


def _gazetteer(path: str | None, max_bytes: int) -> Callable[[str], bool] | None:
    if not path:
        return None
    file = Path(path)
    try:
        if file.stat().st_size > max_bytes:
            raise InputError(f"{file}: over the input limit of {max_bytes:,} bytes")
        qids = frozenset(re.findall(r"\bQ[1-9][0-9]*\b", file.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{file}: cannot read the gazetteer QID list ({exc})") from None
    if not qids:
        raise InputError(f"{file}: no QIDs (Q123…) found in the gazetteer list")
    return qids.__contains__


def run_eval(args: argparse.Namespace) -> int:
    """Run ``kg eval`` for parsed arguments; prints the report and returns the exit code."""
    max_bytes = _max_bytes(args)
    gold = load_facts_documents(args.gold, max_bytes, allow_corpus=True)
    pred = load_facts_documents(args.pred, max_bytes, allow_corpus=False)
    if getattr(args, "write_gold", None):
        write_facts_jsonl(gold, args.write_gold)
    scores = score(gold, pred, _gazetteer(getattr(args, "gazetteer", None), max_bytes))
    if args.json:
        print(json.dumps(scores.as_dict(details=args.explain), indent=2, ensure_ascii=False))
    else:
        print(scores.text())
        if args.explain:
            print()
            print(scores.explain())
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The stand-alone parser of ``python -m kg.evaluation``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--max-input-bytes", type=int,
                        help="refuse input files larger than this (env KG_MAX_INPUT_BYTES)")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    parser = argparse.ArgumentParser(prog="python -m kg.evaluation",
                                     description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_eval_parser(sub, [common])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.evaluation [eval] --gold … --pred …``; errors as ``kg`` reports them."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in ("eval", "-h", "--help"):
        args_list.insert(0, "eval")
    args = build_parser().parse_args(args_list)
    try:
        return run_eval(args)
    except KgError as exc:
        if args.debug:
            raise
        print(f"kg eval: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        return 0
