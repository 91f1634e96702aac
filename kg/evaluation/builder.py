"""Shared helpers of the dataset adapters: minting entities/events into one facts document.

Both adapters build facts the same way (ids ``ent-N``/``evt-N`` in order of first use, spans
checked against the text, ``wikidata`` always null), so that part lives here once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.facts import FORMAT_ID


@dataclass
class EntitySpec:
    """An entity being built; aliases and mentions grow as later slots or roles name it."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    country: str | None = None
    admin1: str | None = None


class DocBuilder:
    """Accumulates entities and events of one facts document, minting ids in order."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.entities: dict[str, EntitySpec] = {}
        self.events: list[dict[str, Any]] = []
        self._by_key: dict[tuple[str, ...], str] = {}

    def entity(self, key: tuple[str, ...], name: str, kind: str, *,
               aliases: Iterable[str] = (), mentions: Iterable[tuple[int, int]] = (),
               country: str | None = None, admin1: str | None = None) -> str:
        """The id of the entity known by ``key``, minting it on first use."""
        if key in self._by_key:
            spec = self.entities[self._by_key[key]]
            for a in aliases:
                if a not in spec.aliases and a != spec.name:
                    spec.aliases.append(a)
            for m in mentions:
                if m not in spec.mentions:
                    spec.mentions.append(m)
            return spec.id
        ent_id = f"ent-{len(self.entities) + 1}"
        spec = EntitySpec(ent_id, name, kind, [a for a in dict.fromkeys(aliases) if a != name],
                           list(dict.fromkeys(mentions)), country, admin1)
        self.entities[ent_id] = spec
        self._by_key[key] = ent_id
        return ent_id

    def span(self, start: int, end: int) -> dict[str, Any]:
        out: dict[str, Any] = {"start": start, "end": end}
        if self.text is not None:
            out["text"] = self.text[start:end]
        return out

    def entity_dicts(self) -> list[dict[str, Any]]:
        out = []
        for spec in self.entities.values():
            ent: dict[str, Any] = {"id": spec.id, "name": spec.name, "kind": spec.kind,
                                   "wikidata": None}
            if spec.aliases:
                ent["aliases"] = [a for a in spec.aliases if a.strip()]
            if spec.mentions:
                ent["mentions"] = [self.span(s, e) for s, e in sorted(spec.mentions)]
            if spec.country:
                ent["country"] = spec.country
            if spec.admin1:
                ent["admin1"] = spec.admin1
            out.append(ent)
        return out

    def add_event(self, *, event_type: str, sub_event_type: str, date_value: date | None,
                  precision: str | None, location: str | None, actors: Iterable[str],
                  targets: Iterable[str], casualties: list[dict[str, Any]],
                  evidence: Iterable[tuple[int, int]], optional: bool, note: str) -> None:
        ev: dict[str, Any] = {
            "id": f"evt-{len(self.events) + 1}",
            "event_type": event_type,
            "sub_event_type": sub_event_type,
            "date": date_value.isoformat() if date_value else None,
            "date_precision": precision if date_value else None,
            "location": location,
            "actors": list(dict.fromkeys(actors)),
            "targets": list(dict.fromkeys(targets)),
            "casualties": casualties,
            "attributed_to": [],
            "certainty": "asserted",
            "evidence": [self.span(s, e) for s, e in sorted(set(evidence))],
        }
        if optional:
            ev["optional"] = True
        ev["note"] = note
        self.events.append(ev)


def article_meta(record: Mapping[str, Any]) -> dict[str, Any]:
    """The facts ``article`` object for a corpus record (without the text: gold stays small)."""
    art: dict[str, Any] = {"id": record["id"]}
    for key, src in (("title", "title"), ("url", "url_or_origin"), ("source", "source"),
                     ("published", "published")):
        if record.get(src) is not None:
            art[key] = record[src]
    art["language"] = "en"
    return art


def facts_document(record: Mapping[str, Any], builder: DocBuilder, adapter: str) -> dict[str, Any]:
    """The finished facts document; ``adapter`` (an extra field) records which adapter made it."""
    return {"format": FORMAT_ID, "article": article_meta(record),
            "entities": builder.entity_dicts(), "events": builder.events,
            "adapter": adapter}


def find_text(text: str, needle: str) -> tuple[int, int] | None:
    """First case-insensitive occurrence of ``needle`` with any whitespace between its words."""
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    if re.match(r"\w", words[0]):
        pattern = r"(?<!\w)" + pattern
    if re.search(r"\w$", words[-1]):
        pattern += r"(?!\w)"
    m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None
