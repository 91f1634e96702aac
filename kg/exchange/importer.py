"""Import a dataset table: rows → one facts document → the SHACL gate → one named graph.

The file is one facts document whose article is the dataset release, published through the
same steps as any article (:func:`kg.facts.parse_facts`, :func:`kg.rdf.mapping.facts_to_rdf`,
:func:`kg.validate.validate_graph`, then one atomic :meth:`Store.replace_article`), so imported
events obey exactly the shapes extracted ones do, and importing the same file again changes
nothing. Bad rows cost only themselves: a row that cannot be read is reported with its line;
a row whose event the shapes reject is traced back from the SHACL result's focus node (its
event, report or evidence span, or an entity only its rows use) and reported with its line and
the shape's message; the rest is validated again and stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import FactsError, InputError, ValidationError
from kg.exchange import acled_import, ucdp_import
from kg.exchange.builder import Builder
from kg.exchange.tables import Record, RowError, read_table
from kg.facts import Facts, parse_facts
from kg.gazetteer.lookup import Gazetteer
from kg.rdf.iris import Minter
from kg.rdf.mapping import ArticleRdf, facts_to_rdf
from kg.store.base import Store
from kg.store.updates import ontology_statements
from kg.validate import validate_graph

#: format → (row converter, required columns, article id prefix, publisher named in the title)
FORMATS: dict[str, tuple[Callable[[Builder, Record], dict[str, Any]], tuple[str, ...], str,
                         str]] = {
    "acled-csv": (acled_import.row_event, acled_import.REQUIRED, "acled", "ACLED"),
    "ucdp-ged": (ucdp_import.row_event, ucdp_import.REQUIRED, "ucdp-ged", "UCDP GED"),
}


@dataclass
class ImportResult:
    path: Path
    graph: str = ""
    rows: int = 0
    stored_events: int = 0
    written: bool = False
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"file": str(self.path), "graph": self.graph, "rows": self.rows,
                "events": self.stored_events,
                "status": "stored" if self.written else "unchanged",
                "rejected": [{"line": e.line, "reason": e.message} for e in self.errors]}


def article_for(fmt: str, path: Path, sha256: str, release: str | None,
                issued: date | None) -> dict[str, Any]:
    """The facts article of a dataset file: the release, with PROV provenance to the file."""
    _conv, _req, prefix, publisher = FORMATS[fmt]
    name = release or path.stem
    src: dict[str, Any] = {"name": path.name, "sha256": sha256}
    if issued is not None:
        src["date"] = issued.isoformat()
    return {"id": f"{prefix}-{name}", "title": f"{publisher} table {path.name}",
            "published": issued.isoformat() if issued else None, "language": "en",
            "derived_from": src}


def _row_nodes(facts: Facts, rdf_minter: Minter, lines: dict[str, int]) -> dict[str, set[int]]:
    """IRI → the lines of the rows whose event uses it (so a SHACL focus names its rows)."""
    aid = facts.article.id
    ent_iri = {e.id: str(rdf_minter.entity(e)) for e in facts.entities}
    by_id = {e.id: e for e in facts.entities}
    nodes: dict[str, set[int]] = {}
    for ev in facts.events:
        line = lines[ev.id]
        iris = {str(rdf_minter.event(aid, ev.id))}
        iris |= {str(rdf_minter.casualty(aid, ev.id, i)) for i in range(1, len(ev.casualties) + 1)}
        iris |= {str(rdf_minter.span(aid, s.start, s.end)) for s in ev.evidence}
        refs = [ev.location, *ev.actors, *ev.targets, *ev.attributed_to,
                *(c.victim for c in ev.casualties)]
        for ref in [r for r in refs if r]:
            iris.add(ent_iri[ref])
            for sub in (by_id[ref].country, by_id[ref].admin1):
                if sub:
                    iris.add(ent_iri[sub])
        for iri in iris:
            nodes.setdefault(iri, set()).add(line)
    return nodes


def import_file(path: Path, fmt: str, store: Store, minter: Minter, max_bytes: int, *,
                release: str | None = None, issued: date | None = None,
                progress: Callable[[int], None] | None = None,
                gazetteer: Gazetteer | None = None) -> ImportResult:
    """Import one table; raises InputError when the file as a whole cannot be imported."""
    if fmt not in FORMATS:
        raise InputError(f"unknown import format {fmt!r}; use one of {', '.join(FORMATS)}")
    convert, required, _prefix, _pub = FORMATS[fmt]
    table = read_table(path, max_bytes, required)
    result = ImportResult(path, rows=len(table.records) + len(table.errors),
                          errors=list(table.errors))
    builder = Builder(gazetteer or Gazetteer.load())
    events: list[dict[str, Any]] = []
    lines: dict[str, int] = {}
    for rec in table.records:
        try:
            ev = convert(builder, rec)
            if ev["id"] in lines:
                raise ValueError(f"row id {ev['id']!r} is already used on line {lines[ev['id']]}")
        except ValueError as exc:
            result.errors.append(RowError(rec.line, str(exc)))
        else:
            events.append(ev)
            lines[ev["id"]] = rec.line
        if progress is not None:
            progress(1)
    article = article_for(fmt, path, table.sha256, release, issued)
    result.graph = str(minter.article_graph(article["id"]))
    rdf, stored = _gate(builder, article, events, lines, minter, result)
    store.ensure_ontology(ontology_statements())
    result.written = store.replace_article(rdf)
    result.stored_events = stored
    result.errors.sort(key=lambda e: e.line)
    return result


def _gate(builder: Builder, article: dict[str, Any], events: list[dict[str, Any]],
          lines: dict[str, int], minter: Minter, result: ImportResult) -> tuple[ArticleRdf, int]:
    """Parse, convert and validate; drop the rows the checks trace a problem to, and repeat."""
    while True:
        doc = builder.document(article, events)
        try:
            facts = parse_facts(doc)
        except FactsError as exc:
            m = re.match(r"events\[(\d+)\]", exc.field or "")
            if m is None:
                raise
            bad = events.pop(int(m.group(1)))
            result.errors.append(RowError(lines[bad["id"]], f"{exc.field}: {exc.problem}"))
            continue
        rdf = facts_to_rdf(facts, minter)
        report = validate_graph(rdf.combined())
        result.warnings = sorted({f.line().strip() for f in report.warnings})
        if report.conforms:
            return rdf, len(facts.events)
        nodes = _row_nodes(facts, minter, lines)
        bad_lines: dict[int, str] = {}
        for finding in report.violations:
            rows: set[int] = set()
            for term in (finding.focus, finding.value):
                if term and term.startswith("<"):
                    rows |= nodes.get(term.strip("<>"), set())
            if not rows:
                raise ValidationError(article["id"], (
                    f"{finding.line()}\n  (no single row of {result.path} explains it; "
                    f"nothing was written)"))
            for line in rows:
                bad_lines.setdefault(line, f"rejected by SHACL validation: {finding.message}"
                                     + (f" (value: {finding.value})" if finding.value else ""))
        for line, message in bad_lines.items():
            result.errors.append(RowError(line, message))
        events = [ev for ev in events if lines[ev["id"]] not in bad_lines]


__all__ = ["FORMATS", "ImportResult", "article_for", "import_file"]
