"""Rows of a dataset table → one facts@1 document, entities linked through the gazetteer.

One document per source file: its "article" is the dataset release (so the release gets one
named graph, replaced as a whole when the file is imported again) and every good row is one
event. Entities are shared across the rows of a file and identified as the minter identifies
them (kind + QID, else kind + GeoNames feature id, else kind + normalised name), so a place
named by a thousand rows is one entity; its attributes (coordinates, country, first-level
division) come from the first row that names it, which keeps the document valid however later
rows disagree.

Linking follows the extractor's rule: a QID only when the gazetteer is sure, and a place the
gazetteer knows only from GeoNames carries its GeoNames feature id (``geonames``), so it gets the
IRI an article naming it gets, whatever the spelling. A QID or GeoNames id given in the file (our
own exports carry ``*_qid`` and ``location_geonames`` columns) is taken when it is well formed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.exchange.tables import Record
from kg.facts import FORMAT_ID, GEONAMES_FEATURE, QID_RE
from kg.gazetteer.geonames import feature_id
from kg.gazetteer.lookup import Gazetteer
from kg.gazetteer.records import ACTOR_KINDS
from kg.rdf.iris import name_key


def clean_qid(value: str | None) -> str | None:
    value = (value or "").strip().removeprefix("http://www.wikidata.org/entity/")
    return value if QID_RE.fullmatch(value) else None


def clean_geonames(value: str | None) -> int | None:
    """A GeoNames feature id from a cell: ``79415`` or its URI; anything else is None."""
    value = (value or "").strip().removeprefix(GEONAMES_FEATURE).removesuffix("/")
    return int(value) if re.fullmatch(r"[1-9][0-9]{0,17}", value) else None


def gazetteer_geonames(candidate: Any) -> int | None:
    """The GeoNames feature id of a gazetteer record that GeoNames named (id ``gn:79415``), as
    the extractor gives it; None for any other record."""
    return feature_id(getattr(candidate, "id", None))


@dataclass
class Builder:
    """Entities and events of one file, in file order."""

    gazetteer: Gazetteer
    entities: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _links: dict[tuple[str, str, str | None], Any] = field(default_factory=dict)
    _by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def qid(self, entity_id: str | None) -> str | None:
        """The QID an entity of this file was given (None when unlinked or unknown)."""
        ent = self._by_id.get(entity_id or "")
        return ent.get("wikidata") if ent else None

    # -- linking ---------------------------------------------------------------------------------
    def _link(self, name: str, kind: str, country: str | None) -> Any:
        k = (name, kind, country)
        if k not in self._links:
            self._links[k] = self.gazetteer.link(name, kind, {country} if country else ())
        return self._links[k]

    def _entity(self, name: str, kind: str, qid: str | None, **attrs: Any) -> str:
        gn = attrs.get("geonames")
        key = (kind, qid or (f"gn-{gn}" if gn is not None else name_key(name)))
        ent = self.entities.get(key)
        if ent is None:
            ent = {"id": f"e{len(self.entities) + 1}", "name": name, "kind": kind,
                   "wikidata": qid, **{k: v for k, v in attrs.items() if v is not None}}
            self.entities[key] = ent
            self._by_id[ent["id"]] = ent
        elif name != ent["name"] and name not in ent.setdefault("aliases", []):
            ent["aliases"].append(name)
        return ent["id"]

    def country(self, name: str, qid: str | None = None) -> str | None:
        name = name.strip()
        if not name:
            return None
        if qid is None:
            cand = self._link(name, "country", None)
            qid = cand.qid if cand is not None and cand.kind == "country" else None
        return self._entity(name, "country", qid)

    def place(self, name: str, *, country: str | None, country_qid: str | None,
              admin1: str | None = None, qid: str | None = None, level: str | None = None,
              lat: float | None = None, lon: float | None = None,
              geonames: int | None = None) -> str | None:
        """A place in a country (entity ids), linked when the gazetteer has it there."""
        name = name.strip()
        if not name:
            return None
        if qid is None and geonames is None:
            cand = self._link(name, "place", country_qid)
            if cand is not None and cand.kind == "place" and (
                    country_qid is None or cand.country == country_qid) and (
                    level is None or cand.level == level):
                qid, geonames = cand.qid, gazetteer_geonames(cand)
        return self._entity(name, "place", qid, country=country, admin1=admin1, lat=lat,
                            lon=lon, geonames=geonames)

    def actor(self, name: str, kind: str, qid: str | None = None) -> str | None:
        """An actor of the table's kind, unless its QID names a gazetteer actor of another."""
        name = name.strip()
        if not name:
            return None
        if qid is not None:
            known = self.gazetteer.get(qid)
            if known is not None and known.kind in ACTOR_KINDS | {"country"}:
                kind = known.kind
        else:
            cand = self._link(name, kind, None)
            if cand is not None and cand.kind == kind:
                qid = cand.qid
        return self._entity(name, kind, qid)

    # -- the document ----------------------------------------------------------------------------
    def document(self, article: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
        """The facts document of ``events``, with exactly the entities they refer to."""
        used: set[str] = set()
        for ev in events:
            used.update(x for x in (ev["location"], *ev["actors"], *ev["targets"],
                                    *ev["attributed_to"]) if x)
            used.update(c["victim"] for c in ev["casualties"] if c.get("victim"))
        by_id = self._by_id
        for ent_id in list(used):  # places bring their country and first-level division
            for ref in ("country", "admin1"):
                if by_id[ent_id].get(ref):
                    used.add(by_id[ent_id][ref])
        entities = [e for e in self.entities.values() if e["id"] in used]
        return {"format": FORMAT_ID, "article": article, "entities": entities, "events": events}


def evidence(record: Record, text: str) -> dict[str, Any]:
    """The span of ``text`` where it stands verbatim in the record, else the whole record —
    offsets into the decoded file, so the evidence points at the file's own characters."""
    text = text.strip()
    at = record.raw.find(text) if text else -1
    if at < 0:
        return {"start": record.start, "end": record.start + len(record.raw), "text": record.raw}
    return {"start": record.start + at, "end": record.start + at + len(text), "text": text}


def parse_date(value: str, column: str) -> date | None:
    """ISO ``2020-02-08`` or ACLED's older ``08 February 2020``; empty is None."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    from datetime import datetime

    for fmt in ("%d %B %Y", "%d-%b-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{column} {value!r} is not a date (YYYY-MM-DD or '08 February 2020')")


def parse_int(value: str, column: str, *, default: int | None = None) -> int | None:
    value = value.strip()
    if not value:
        return default
    try:
        n = int(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a whole number") from None
    if n < 0:
        raise ValueError(f"{column} {value!r} is negative")
    return n


def parse_float(value: str, column: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        f = float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None
    if f != f or f in (float("inf"), float("-inf")):
        raise ValueError(f"{column} {value!r} is not a finite number")
    return f
