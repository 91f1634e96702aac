"""Events as plain records, read from a store with SPARQL (Oxigraph's engine).

Both table exports (ACLED, UCDP GED) need the same view of an event: its types, date, place with
country and first-level division, participants with their kinds and Wikidata QIDs, casualty
claims with who suffered and who claims them, and the evidence sentences. A handful of SELECT
queries, each over the whole dataset, are joined here in Python by event IRI, so the cost is
linear in the data and does not grow with per-event round trips. Records come out sorted by
(date, event IRI): the same data always gives the same table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.facts import QID_RE, WIKIDATA_ENTITY
from kg.rdf.iris import geonames_id
from kg.rdf.mapping import KIND_CLASSES

#: Runs one SPARQL SELECT with the union of all graphs as the default graph.
QueryFn = Callable[[str], Iterable[Any]]

_KIND_OF_CLASS = {str(classes[0]): kind for kind, classes in KIND_CLASSES.items()}
_UNIT_PRECISION = {"http://www.w3.org/2006/time#unitDay": "day",
                   "http://www.w3.org/2006/time#unitWeek": "week",
                   "http://www.w3.org/2006/time#unitMonth": "month",
                   "http://www.w3.org/2006/time#unitYear": "year"}
_ROLES = {"actor": "actors", "target": "targets", "attributedTo": "attributed"}


@dataclass(frozen=True)
class Party:
    """An actor or place as the tables name it."""

    iri: str
    name: str
    kind: str
    qid: str | None
    geonames: int | None = None  # the GeoNames feature id (places)


@dataclass(frozen=True)
class Location:
    place: Party
    lat: float | None
    lon: float | None
    country: Party | None
    admin1: Party | None


@dataclass(frozen=True)
class Claim:
    """One killed/injured/… report with its figure and who it concerns and comes from."""

    count: int
    qualifier: str
    outcome: str
    victim: Party | None
    claimed_by: Party | None


@dataclass
class EventRecord:
    iri: str
    identifier: str | None
    event_type: str
    sub_event_type: str
    date: date | None
    precision: str | None
    certainty: str
    article: str
    publisher: str | None = None
    published: date | None = None
    location: Location | None = None
    actors: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    attributed: list[Party] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The event's own key: the last path segment of its IRI (``{article}.{event}``)."""
        return self.iri.rsplit("/", 1)[-1]


def _v(row: Any, name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


def _qid(iri: str | None) -> str | None:
    if iri is None:
        return None
    qid = iri.removeprefix(WIKIDATA_ENTITY)
    return qid if QID_RE.fullmatch(qid) else None




_ENTITY_QUERY = """
SELECT ?x ?label ?cls ?w ?gn ?lat ?long ?country ?admin1 WHERE {
  ?x a ?cls .
  FILTER (?cls IN (%s))
  { SELECT ?x (MIN(STR(?l)) AS ?label) WHERE { ?x rdfs:label ?l } GROUP BY ?x }
  OPTIONAL { ?x ckg:wikidata ?w }
  OPTIONAL { ?x ckg:geonames ?gn }
  OPTIONAL { ?x geo:lat ?lat }
  OPTIONAL { ?x geo:long ?long }
  OPTIONAL { ?x ckg:country ?country }
  OPTIONAL { ?x ckg:locatedIn ?admin1 }
}"""

_EVENT_QUERY = """
SELECT ?e ?type ?sub ?date ?prec ?cert ?art ?ident ?loc ?publisher ?published WHERE {
  ?e a ckg:Event ; ckg:eventType ?t ; ckg:subEventType ?s ; ckg:certainty ?c ;
     ckg:reportedIn ?art .
  OPTIONAL { ?t skos:notation ?tn } OPTIONAL { ?s skos:notation ?sn }
  OPTIONAL { ?c skos:notation ?cn }
  BIND (COALESCE(STR(?tn), REPLACE(STR(?t), "^.*/", "")) AS ?type)
  BIND (COALESCE(STR(?sn), REPLACE(STR(?s), "^.*/", "")) AS ?sub)
  BIND (COALESCE(STR(?cn), REPLACE(STR(?c), "^.*/", "")) AS ?cert)
  OPTIONAL { ?e ckg:date ?date } OPTIONAL { ?e ckg:datePrecision ?prec }
  OPTIONAL { ?e dcterms:identifier ?ident } OPTIONAL { ?e ckg:location ?loc }
  OPTIONAL { ?art schema:publisher ?publisher } OPTIONAL { ?art schema:datePublished ?published }
}"""

_PARTY_QUERY = """
SELECT ?e ?role ?x WHERE {
  VALUES ?p { ckg:actor ckg:target ckg:attributedTo }
  ?e a ckg:Event ; ?p ?x .
  BIND (REPLACE(STR(?p), "^.*#", "") AS ?role)
}"""

_CLAIM_QUERY = """
SELECT ?e ?c ?count ?q ?outcome ?victim ?by WHERE {
  ?e a ckg:Event ; ckg:casualtyReport ?c .
  ?c ckg:count ?count ; ckg:qualifier ?qi ; ckg:outcome ?oi .
  OPTIONAL { ?qi skos:notation ?qn } OPTIONAL { ?oi skos:notation ?on }
  BIND (COALESCE(STR(?qn), REPLACE(STR(?qi), "^.*/", "")) AS ?q)
  BIND (COALESCE(STR(?on), REPLACE(STR(?oi), "^.*/", "")) AS ?outcome)
  OPTIONAL { ?c ckg:victim ?victim } OPTIONAL { ?c ckg:claimedBy ?by }
}"""

_EVIDENCE_QUERY = """
SELECT ?e ?start ?exact WHERE {
  ?e a ckg:Event ; ckg:evidence ?s . ?s oa:start ?start ; oa:exact ?exact .
}"""


def read_events(query: QueryFn) -> list[EventRecord]:
    """Every event in the dataset as a record, sorted by (date, IRI)."""
    classes = ", ".join(f"<{c}>" for c in _KIND_OF_CLASS)
    ents: dict[str, dict[str, Any]] = {}
    for row in query(_ENTITY_QUERY % classes):
        x = _v(row, "x")
        assert x is not None
        kind = _KIND_OF_CLASS[_v(row, "cls") or ""]
        have = ents.get(x)
        # a country is also a ckg:Place; its actor class is the kind that names it
        if have is not None and not (have["kind"] == "place" and kind == "country"):
            continue
        ents[x] = {"name": _v(row, "label") or x, "kind": kind, "qid": _qid(_v(row, "w")),
                   "geonames": geonames_id(_v(row, "gn")),
                   "lat": _v(row, "lat"), "long": _v(row, "long"),
                   "country": _v(row, "country"), "admin1": _v(row, "admin1")}

    def party(iri: str | None) -> Party | None:
        if iri is None:
            return None
        e = ents.get(iri)
        if e is None:
            return Party(iri, iri.rsplit("/", 1)[-1], "", None)
        return Party(iri, e["name"], e["kind"], e["qid"], e["geonames"])

    def location(iri: str | None) -> Location | None:
        p = party(iri)
        if p is None or iri is None:
            return None
        e = ents.get(iri, {})
        lat, lon = e.get("lat"), e.get("long")
        country = party(e.get("country")) if p.kind != "country" else p
        return Location(p, float(lat) if lat is not None else None,
                        float(lon) if lon is not None else None, country,
                        party(e.get("admin1")))

    events: dict[str, EventRecord] = {}
    for row in query(_EVENT_QUERY):
        iri = _v(row, "e")
        assert iri is not None
        if iri in events:  # a malformed store can double a single-valued property
            continue
        d, pub = _v(row, "date"), _v(row, "published")
        events[iri] = EventRecord(
            iri=iri, identifier=_v(row, "ident"), event_type=_v(row, "type") or "",
            sub_event_type=_v(row, "sub") or "",
            date=date.fromisoformat(d) if d else None,
            precision=_UNIT_PRECISION.get(_v(row, "prec") or ""),
            certainty=_v(row, "cert") or "", article=_v(row, "art") or "",
            publisher=_v(row, "publisher"),
            published=date.fromisoformat(pub) if pub else None,
            location=location(_v(row, "loc")))

    roles: dict[tuple[str, str], list[Party]] = defaultdict(list)
    for row in query(_PARTY_QUERY):
        p = party(_v(row, "x"))
        if p is not None:
            roles[(_v(row, "e") or "", _v(row, "role") or "")].append(p)
    for (iri, role), parties in roles.items():
        ev = events.get(iri)
        if ev is not None:  # actors in name order: RDF keeps no order, names are stable
            getattr(ev, _ROLES[role]).extend(sorted(parties, key=lambda p: (p.name, p.iri)))

    claims: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for row in query(_CLAIM_QUERY):
        claims[_v(row, "e") or ""].append((_v(row, "c") or "", Claim(
            int(_v(row, "count") or 0), _v(row, "q") or "", _v(row, "outcome") or "",
            party(_v(row, "victim")), party(_v(row, "by")))))
    for iri, found in claims.items():
        if iri in events:
            events[iri].claims.extend(c for _n, c in sorted(found, key=lambda t: t[0]))

    spans: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in query(_EVIDENCE_QUERY):
        spans[_v(row, "e") or ""].append((int(_v(row, "start") or 0), _v(row, "exact") or ""))
    for iri, found in spans.items():
        if iri in events:
            # a repeated paragraph is one sentence for a reader: each text once, in text order
            events[iri].evidence.extend(dict.fromkeys(text for _s, text in sorted(set(found))))

    return sorted(events.values(), key=lambda e: (e.date or date.min, e.iri))
