"""The ``kg`` command line: parses arguments, calls the library, prints. No logic of its own.

Exit codes: 0 success; 1 something was rejected (an article, a SHACL violation); 2 usage error;
3 store problem (locked, unwritable); 4 unreadable or malformed input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import __version__
from kg.config import (
    DEFAULT_INGEST_BATCH,
    SHACL_ENGINES,
    STORE_DUMP_MODES,
    STORE_UNION_MODES,
    Settings,
    normalise_base_iri,
    parse_service_allow,
)
from kg.errors import InputError, KgError, StoreError
from kg.ingest import Outcome, count_documents, ingest, prepare
from kg.inputs import read_documents
from kg.rdf.iris import Minter
from kg.store import open_store
from kg.store.base import DUMP_FORMATS
from kg.validate import Report, validate_graph

EXIT_REJECTED, EXIT_USAGE, EXIT_STORE, EXIT_INPUT = 1, 2, 3, 4

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the command (SUPPRESS: a later parser never resets them)."""
    p = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    p.add_argument("--store", help="store directory, or http(s):// URL of a SPARQL 1.1 store "
                                   "(env KG_STORE; default ./kg-store)")
    for which in ("query", "update", "gsp"):
        p.add_argument(f"--store-{which}-url", metavar="URL",
                       help=f"remote store's {which} endpoint, when not derived from --store "
                            f"(env KG_STORE_{which.upper()}_URL)")
    p.add_argument("--store-union", choices=list(STORE_UNION_MODES),
                   help="remote store: how queries get the union of the graphs as default "
                        "graph: detected, the engine's own setting, or Oxigraph server's "
                        "union-default-graph parameter (env KG_STORE_UNION; default auto)")
    p.add_argument("--store-dump", choices=list(STORE_DUMP_MODES),
                   help="remote store: how dumps read the whole dataset: the Graph Store "
                        "Protocol GET, falling back to SPARQL SELECT when the engine has none "
                        "(auto), or always one of the two (env KG_STORE_DUMP; default auto)")
    p.add_argument("--base-iri", help="base of minted IRIs (env KG_BASE_IRI)")
    p.add_argument("--max-input-bytes", type=int,
                   help="refuse input files larger than this (env KG_MAX_INPUT_BYTES)")
    p.add_argument("--shacl-engine", choices=list(SHACL_ENGINES),
                   help="SHACL engine of the gate (env KG_SHACL_ENGINE; default "
                        f"{SHACL_ENGINES[0]}; pyshacl is the reference)")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="kg", description=__doc__.splitlines()[0],
                                     parents=[common])
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    meta = _article_meta()
    p = sub.add_parser("extract", parents=[common, meta], help="articles → facts (JSON Lines)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-o", "--output", metavar="OUT.jsonl")
    p.add_argument("-j", "--jobs", type=int, default=1, help="extraction worker processes")

    p = sub.add_parser("ingest", parents=[common, meta],
                       help="articles or facts → RDF → SHACL → store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("-j", "--jobs", type=int, default=1,
                   help="worker processes that extract, convert and validate (one writer)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("-q", "--quiet", action="store_true", help="no per-article lines")
    p.add_argument("--batch", type=int, metavar="N",
                   help="articles validated together and written in one request "
                        f"(env KG_INGEST_BATCH; default {DEFAULT_INGEST_BATCH})")
    p.add_argument("--reextract", action="store_true",
                   help="extract articles again even when the store holds facts derived from "
                        "the same input (after upgrading the extractor)")

    p = sub.add_parser("validate", parents=[common],
                       help="SHACL report for a facts/RDF file, or for the whole store")
    p.add_argument("file", nargs="?", metavar="FILE")

    p = sub.add_parser("query", parents=[common], help="SPARQL against the store")
    p.add_argument("query", metavar="QUERY|@FILE")
    p.add_argument("--format", choices=[*RESULT_FORMATS, *GRAPH_FORMATS, "table"])

    p = sub.add_parser("dump", parents=[common], help="the whole dataset")
    p.add_argument("--format", default="nquads", choices=list(DUMP_FORMATS))
    p.add_argument("--gzip", action="store_true")
    p.add_argument("-o", "--output", metavar="FILE")

    p = sub.add_parser("load", parents=[common], help="load RDF files (e.g. a dump)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=list(DUMP_FORMATS),
                   help="RDF format (default: from the file name)")
    p.add_argument("--bulk", action="store_true",
                   help="fast bulk loader (not atomic: a failure can leave part of a file)")

    p = sub.add_parser("stats", parents=[common], help="counts of what is stored")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("serve", parents=[common], help="the HTTP service (SPARQL endpoint)")
    p.add_argument("--host", help="listen address (env KG_HOST; default 127.0.0.1)")
    p.add_argument("--port", type=int, help="listen port (env KG_PORT; default 8000)")
    p.add_argument("--threads", type=int, help="WSGI threads (env KG_THREADS; default 8)")
    p.add_argument("--workers", type=int,
                   help="query worker processes (env KG_QUERY_WORKERS; default 2)")
    p.add_argument("--timeout", type=float,
                   help="query timeout in seconds (env KG_QUERY_TIMEOUT; default 30)")
    p.add_argument("--rate-limit",
                   help="requests per client, e.g. '300 per minute', or 'off' "
                        "(env KG_RATE_LIMIT; default 300 per minute)")
    p.add_argument("--service-allow", metavar="IRIS",
                   help="SPARQL endpoints that SERVICE clauses may call, comma- or "
                        "space-separated; an entry ending in / allows every IRI it starts "
                        "(env KG_SERVICE_ALLOW; default none: federation off)")
    p.add_argument("--query-cache-mb", type=float, metavar="MB",
                   help="memory for repeated /sparql answers, per store version; 0: off "
                        "(env KG_QUERY_CACHE_MB; default 64)")
    p.add_argument("--query-cache-entry-kb", type=float, metavar="KB",
                   help="largest answer the cache keeps (env KG_QUERY_CACHE_ENTRY_KB; "
                        "default 256)")
    p.add_argument("--query-cache-remote-ttl", type=float, metavar="S",
                   help="in front of a remote store: seconds a cached answer may be served "
                        "(other writers change the engine unseen); 0: no cache there "
                        "(env KG_QUERY_CACHE_REMOTE_TTL; default 0)")
    p.add_argument("--inline-lookup-kb", type=float, metavar="KB",
                   help="lookups by IRI (one triple pattern with a constant subject) are "
                        "answered by the server's store without a query worker, up to this "
                        "answer size; 0: every query goes to a worker "
                        "(env KG_INLINE_LOOKUP_KB; default 256)")
    p.add_argument("--memory-log", type=float, metavar="SECONDS",
                   help="diagnostics: a memory line (RSS, Python heap, growing types and "
                        "allocation sites, spaCy vocabulary) on stderr every SECONDS "
                        "(env KG_MEMORY_LOG; default 0: off)")
    p = sub.add_parser("export", parents=[common],
                       help="events as a CSV table (ACLED or UCDP GED layout)")
    p.add_argument("--format", required=True, choices=["acled-csv", "ucdp-ged"])
    p.add_argument("-o", "--output", metavar="FILE")

    p = sub.add_parser("import", parents=[common],
                       help="an ACLED or UCDP GED CSV table → facts → SHACL → store")
    p.add_argument("--format", required=True, choices=["acled-csv", "ucdp-ged"])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--release", help="name of the dataset release (default: the file name "
                                     "without suffix); one named graph per release")
    p.add_argument("--date", help="release date of the file, YYYY-MM-DD (recorded as PROV "
                                  "provenance; default: none)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("release", parents=[common],
                       help="a dated, immutable, checksummed release of the whole dataset")
    p.add_argument("--version", dest="release_version", required=True, metavar="X.Y")
    p.add_argument("--out", metavar="DIR",
                   help="directory of releases (env KG_RELEASES_DIR; default ./releases)")
    p.add_argument("--date", help="release date, YYYY-MM-DD (default: today, UTC)")
    from kg.evaluation.cli import add_eval_parser
    from kg.gazetteer.cli import add_gazetteer_parser

    add_eval_parser(sub, [common])
    add_gazetteer_parser(sub, [common])
    return parser


def _article_meta() -> argparse.ArgumentParser:
    """Metadata for plain-text articles (a leading 'date … By …' header is read too)."""
    p = argparse.ArgumentParser(add_help=False)
    for flag in ("published", "source", "url", "title", "author"):
        p.add_argument(f"--{flag}", help=f"article {flag} for .txt inputs")
    return p


def article_meta(args: argparse.Namespace) -> dict[str, str]:
    return {k: getattr(args, k) for k in ("published", "source", "url", "title", "author")
            if getattr(args, k, None)}


def settings_from(args: argparse.Namespace) -> Settings:
    s = Settings.from_env()
    if getattr(args, "store", None):
        s = replace(s, store=args.store)
    for which in ("query", "update", "gsp"):
        if getattr(args, f"store_{which}_url", None):
            s = replace(s, **{f"store_{which}_url": getattr(args, f"store_{which}_url")})
    if getattr(args, "store_union", None):
        s = replace(s, store_union=args.store_union)
    if getattr(args, "store_dump", None):
        s = replace(s, store_dump=args.store_dump)
    if getattr(args, "base_iri", None):
        s = replace(s, base_iri=normalise_base_iri(args.base_iri))
    if getattr(args, "max_input_bytes", None) is not None:
        s = replace(s, max_input_bytes=args.max_input_bytes)
    if getattr(args, "shacl_engine", None):
        s = replace(s, shacl_engine=args.shacl_engine)
    if getattr(args, "batch", None) is not None:
        s = replace(s, ingest_batch=args.batch)
    return s


@contextmanager
def _store(settings: Settings):  # type: ignore[no-untyped-def]
    store = open_store(settings.store, base_iri=settings.base_iri, settings=settings)
    try:
        yield store
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = settings_from(args)
        return COMMANDS[args.command](args, settings)
    except StoreError as exc:
        _err(str(exc))
        return EXIT_STORE
    except KgError as exc:
        _err(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        _err("interrupted; every article already reported as stored is complete")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
        return 70


def _err(message: str) -> None:
    print(f"kg: {message}", file=sys.stderr)


# -- commands -----------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    if args.jobs < 1:
        raise InputError("-j/--jobs must be at least 1")
    if settings.ingest_batch < 1:
        raise InputError("--batch / KG_INGEST_BATCH must be at least 1")

    from tqdm import tqdm

    # a live bar (articles, articles/s, ETA) on a terminal only; logs and pipes get plain lines
    bar = tqdm(unit=" articles", file=sys.stderr, disable=None if not args.json else True,
               dynamic_ncols=True, leave=False)
    if not bar.disable:  # the total (a quick count of the inputs) is what gives the ETA
        bar.total = count_documents(args.paths)
        bar.refresh()

    def say(line: str) -> None:
        if bar.disable:
            print(line, file=sys.stderr)
        else:
            bar.write(line, file=sys.stderr)

    def progress(o: Outcome) -> None:
        bar.update(1)
        if args.quiet or args.json:
            return
        if o.status == "rejected":
            say(f"rejected  {o.label}: {o.message}")
        else:
            say(f"{o.status:9} {o.label} ({o.article_id}: {o.events} events)")
        for w in o.warnings:
            say(f"          {w}")

    try:
        with _store(settings) as store:
            summary = ingest(args.paths, store, Minter(settings.base_iri),
                             settings.max_input_bytes, progress=progress, jobs=args.jobs,
                             article_meta=article_meta(args), reextract=args.reextract,
                             batch=settings.ingest_batch, engine=settings.shacl_engine)
    finally:
        bar.close()
    d = summary.as_dict()
    if args.json:
        print(json.dumps(d, indent=2))
    else:
        print(f"articles: {d['articles']}  stored: {d['stored']}  unchanged: {d['unchanged']}  "
              f"rejected: {d['rejected']}  events: {d['events']}  "
              f"triples written: {d['triples_written']}")
        for r in summary.rejected:
            first = r.message.splitlines()[0] if r.message else ""
            print(f"  rejected {r.label}: {first}")
    return EXIT_REJECTED if summary.rejected else 0


def _report_exit(report: Report, label: str) -> int:
    print(f"{label}: {'conforms' if report.conforms else 'does not conform'}")
    if report.findings:
        print(report.text())
    return 0 if report.conforms else EXIT_REJECTED


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    minter = Minter(settings.base_iri)
    if args.file:
        path = Path(args.file)
        if path.suffix.lower() in (".json", ".jsonl", ".ndjson"):
            worst = 0
            for doc in read_documents(path, settings.max_input_bytes):
                if doc.error is not None:
                    print(f"{doc.label}: {doc.error}")
                    worst = EXIT_REJECTED
                    continue
                try:
                    _facts, _rdf, report = prepare(doc.value, minter,
                                                   engine=settings.shacl_engine)
                except KgError as exc:
                    print(f"{doc.label}: {exc}")
                    worst = EXIT_REJECTED
                    continue
                worst = max(worst, _report_exit(report, doc.label))
            return worst
        from kg.store.embedded import rdf_format_for

        fmt = rdf_format_for(path)
        rdflib_format = {ox.RdfFormat.N_QUADS: "nquads", ox.RdfFormat.TRIG: "trig",
                         ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "nt",
                         ox.RdfFormat.JSON_LD: "json-ld", ox.RdfFormat.RDF_XML: "xml",
                         ox.RdfFormat.N3: "n3"}[fmt]
        try:
            dataset = Dataset()
            dataset.parse(path, format=rdflib_format)
            data = Graph()
            for s, p, o, _g in dataset.quads():  # every graph's triples, validated together
                data.add((s, p, o))
        except Exception as exc:  # rdflib raises many parser error types
            raise InputError(f"{path}: cannot parse as RDF: {exc}") from None
        return _report_exit(validate_graph(data, settings.shacl_engine), str(path))
    worst = 0
    with _store(settings) as store:
        graphs = list(store.article_graphs())
        for g in graphs:
            report = validate_graph(store.article_validation_graph(g), settings.shacl_engine)
            if not report.conforms or report.findings:
                worst = max(worst, _report_exit(report, g))
        print(f"store {settings.store}: {len(graphs)} article graphs validated, "
              f"{'all conform' if worst == 0 else 'violations found'}")
    return worst


def _query_text(arg: str) -> str:
    if arg.startswith("@"):
        path = Path(arg[1:])
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read query: {exc}") from None
    return arg


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        result = store.query(_query_text(args.query))
        out = sys.stdout.buffer
        if isinstance(result, ox.QueryBoolean):
            fmt = args.format or "table"
            if fmt == "table":
                print("true" if bool(result) else "false")
            elif fmt in RESULT_FORMATS:
                result.serialize(out, RESULT_FORMATS[fmt])
            else:
                raise InputError(f"--format {fmt} is for graphs; ASK gives json/xml/csv/tsv/table")
        elif isinstance(result, ox.QuerySolutions):
            fmt = args.format or "table"
            if fmt == "table":
                _print_table(result)
            elif fmt in RESULT_FORMATS:
                result.serialize(out, RESULT_FORMATS[fmt])
            else:
                raise InputError(f"--format {fmt} is for graphs; SELECT gives "
                                 f"json/xml/csv/tsv/table")
        else:
            fmt = args.format or "turtle"
            if fmt not in GRAPH_FORMATS:
                raise InputError(f"--format {fmt} is for SELECT/ASK; CONSTRUCT/DESCRIBE give "
                                 f"{'/'.join(GRAPH_FORMATS)}")
            result.serialize(out, GRAPH_FORMATS[fmt])
        out.flush()
    return 0


def _cell(term: object) -> str:
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def _print_table(solutions: ox.QuerySolutions) -> None:
    names = [v.value for v in solutions.variables]
    rows = [[_cell(s[n]) for n in names] for s in solutions]
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    print("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def cmd_dump(args: argparse.Namespace, settings: Settings) -> int:
    target = Path(args.output) if args.output else None
    part = target.with_name(target.name + ".part") if target else None
    with _store(settings) as store:
        try:
            raw: IO[bytes] = part.open("wb") if part else sys.stdout.buffer
        except OSError as exc:
            raise InputError(f"cannot write {target}: {exc.strerror}") from None
        try:
            if args.gzip:  # mtime=0 and no file name in the header: reproducible bytes
                with gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
                    store.dump(gz, args.format)  # type: ignore[arg-type]
            else:
                store.dump(raw, args.format)
        except BaseException:
            if part is not None:
                raw.close()
                part.unlink(missing_ok=True)
            raise
        if part is not None and target is not None:
            raw.close()
            part.replace(target)  # a reader never sees a half-written dump
        else:
            raw.flush()
    return 0


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        for f in args.files:
            path = Path(f)
            if not path.is_file():
                raise InputError(f"{path}: no such file")
            store.load(path, args.format, bulk=args.bulk)
            print(f"loaded {path}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats.as_dict(), indent=2))
    else:
        d = stats.as_dict()
        for k, v in d.items():
            if k != "wikidata_links":
                print(f"{k.replace('_', ' ')}: {v}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port),
                                   ("threads", args.threads), ("query_workers", args.workers),
                                   ("query_timeout", args.timeout),
                                   ("rate_limit", args.rate_limit),
                                   ("query_cache_mb", args.query_cache_mb),
                                   ("query_cache_entry_kb", args.query_cache_entry_kb),
                                   ("query_cache_remote_ttl", args.query_cache_remote_ttl),
                                   ("inline_lookup_kb", args.inline_lookup_kb),
                                   ("memory_log", args.memory_log))
                 if v is not None}
    if args.service_allow is not None:
        overrides["service_allow"] = parse_service_allow(args.service_allow)
    settings = replace(settings, **overrides)  # type: ignore[arg-type]
    if settings.query_workers < 1 or settings.threads < 1 or settings.query_timeout <= 0:
        raise InputError("--workers and --threads must be at least 1 and --timeout positive")
    if settings.memory_log < 0:
        raise InputError("--memory-log / KG_MEMORY_LOG must be 0 (off) or a positive number "
                         "of seconds")
    if settings.inline_lookup_kb < 0:
        raise InputError("--inline-lookup-kb / KG_INLINE_LOOKUP_KB must be 0 (off) or a "
                         "positive number of KB")
    if (settings.service_timeout <= 0 or settings.service_max_bytes < 1
            or settings.service_max_calls < 1):
        raise InputError("KG_SERVICE_TIMEOUT must be positive, KG_SERVICE_MAX_BYTES and "
                         "KG_SERVICE_MAX_CALLS at least 1")
    import signal

    from kg.web import create_app
    from kg.web.serving import serve

    # SIGTERM (service managers, test fixtures) exits like Ctrl-C, so the snapshot files and
    # worker processes are cleaned up by the atexit handlers
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    # before any thread starts: few malloc arenas, so the freed memory of articles extracted on
    # many request threads is reused rather than spread over a heap per thread
    from kg.web.native_memory import SERVE_ARENAS, limit_arenas

    if limit_arenas():
        print(f"kg: at most {SERVE_ARENAS} malloc arenas (set MALLOC_ARENA_MAX to choose)",
              file=sys.stderr, flush=True)
    app = create_app(settings)
    info = app.config["KG_DATASET_INFO"]
    print(f"kg: serving {info['triples']} triples ({info['articles']} articles, "
          f"{info['events']} events) from {settings.store} at "
          f"http://{settings.host}:{settings.port}/sparql", file=sys.stderr, flush=True)
    if settings.memory_log > 0:
        from kg.web.memwatch import MemoryLog

        MemoryLog(settings.memory_log).start()
    # a body over the app's limit is refused by waitress as soon as its length is known, rather
    # than buffered (to a temporary file, up to waitress's own 1 GiB default) and then refused
    serve(app, host=settings.host, port=settings.port, threads=settings.threads,
          ident="conflict-kg", channel_timeout=60, cleanup_interval=10,
          max_request_body_size=app.config["MAX_CONTENT_LENGTH"])
    return 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    """Articles → facts, one JSON line per article in input order; bad ones are reported."""
    from kg.extract.batch import extract_documents

    if args.jobs < 1:
        raise InputError("-j/--jobs must be at least 1")
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
    failed = 0
    try:
        for label, facts, problem, warnings in extract_documents(
                args.paths, settings.max_input_bytes, article_meta(args), args.jobs):
            for w in warnings:
                print(f"warning   {label}: {w}", file=sys.stderr)
            if problem is not None:
                failed += 1
                print(f"failed    {label}: {problem}", file=sys.stderr)
                continue
            out.write(json.dumps(facts, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return EXIT_REJECTED if failed else 0


def _iso_date(value: str | None, flag: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} {value!r} is not a date (YYYY-MM-DD)") from None


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from kg.exchange.export import export_bytes, write_file

    with _store(settings) as store:
        if args.output:
            n = write_file(args.format, store.query, Path(args.output))
            print(f"{n} events written to {args.output}", file=sys.stderr)
        else:
            data, _n = export_bytes(args.format, store.query)
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
    return 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from kg.exchange.importer import import_file

    path = Path(args.file)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    bar = tqdm(unit=" rows", file=sys.stderr, disable=None if not args.json else True,
               dynamic_ncols=True, leave=False)
    try:
        with _store(settings) as store:
            result = import_file(path, args.format, store, Minter(settings.base_iri),
                                 settings.max_input_bytes, release=args.release,
                                 issued=_iso_date(args.date, "--date"), progress=bar.update)
    finally:
        bar.close()
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        for e in result.errors:
            print(f"rejected  {path}:{e.line}: {e.message}", file=sys.stderr)
        print(f"rows: {result.rows}  events stored: {result.stored_events}  rejected rows: "
              f"{len(result.errors)}  graph: {result.graph} "
              f"({'written' if result.written else 'unchanged'})")
    return EXIT_REJECTED if result.errors else 0


def cmd_release(args: argparse.Namespace, settings: Settings) -> int:
    from kg.exchange.release import make_release

    out = Path(args.out) if args.out else settings.releases_path
    with _store(settings) as store:
        rel = make_release(store, out, args.release_version,
                           _iso_date(args.date, "--date"), base_iri=settings.base_iri)
    print(f"release {rel.version} written to {rel.path} ({len(rel.files)} files)")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from kg.evaluation.cli import run_eval

    return run_eval(args)


def cmd_gazetteer(args: argparse.Namespace, settings: Settings) -> int:
    from kg.gazetteer.cli import run_gazetteer

    return run_gazetteer(args)


COMMANDS = {
    "ingest": cmd_ingest, "validate": cmd_validate, "query": cmd_query, "dump": cmd_dump,
    "load": cmd_load, "stats": cmd_stats, "serve": cmd_serve, "extract": cmd_extract,
    "eval": cmd_eval, "gazetteer": cmd_gazetteer, "export": cmd_export, "import": cmd_import,
    "release": cmd_release,
}

__all__ = ["build_parser", "main"]


