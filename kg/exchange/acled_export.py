"""Events → a CSV in ACLED's column layout (RFC 4180, UTF-8), one row per event.

The 31 ACLED columns come first, in ACLED's order, so scripts written for ACLED downloads read
the file unchanged; our own columns follow (the event IRI, Wikidata QIDs, our certainty, the
place's GeoNames feature id). How
each column is filled (``../shared/research/conflict-ontology.md`` §1.1 for ACLED's meaning):

* ``event_id_cnty``: the source row id for imported events (``dcterms:identifier``), else the
  event's key (``{article}.{event}``); ``event_date`` ISO ``YYYY-MM-DD``; ``time_precision``
  1 day, 2 week, 3 month — and 3 for our year precision too (ACLED has nothing coarser);
* ``actor1`` / ``assoc_actor_1``: the first / other actors (by name: RDF keeps no order);
  ``actor2`` / ``assoc_actor_2`` the targets; ``inter1``/``inter2`` from the actor's kind
  (state forces, countries and government bodies 1; non-state armed groups 2 — our kinds do not
  tell rebels from militias; civilians 7; organisations and persons 8); ``interaction`` the two
  codes smallest first, or the sole code followed by 0; ``civilian_targeting`` when a target is
  a civilian group;
* ``country`` / ``admin1`` / ``location`` / coordinates from the event's place;
  ``geo_precision`` 1 for a town with coordinates inside a known first-level division, 2 for
  one without coordinates, 3 for an area or a country (our model has no geographic precision
  field; this is what ACLED's definitions give for those place levels);
* ``source``: the article's publisher and whoever the event is attributed to; ``notes``: the
  evidence sentences; ``fatalities``: :func:`kg.exchange.figures.acled_fatalities`;
* ``timestamp``: the article's publication date (00:00 UTC) as Unix seconds;
* ``iso``, ``region``, ``admin2``, ``admin3``, ``source_scale`` and ``tags`` stay empty: the graph
  does not know them, and an empty cell is better than an invented one.
"""

from __future__ import annotations

import csv
from calendar import timegm
from collections.abc import Iterable
from typing import TextIO

from kg.exchange.figures import acled_fatalities
from kg.exchange.records import EventRecord, Party

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = ("ckg_event", "ckg_certainty", "actor1_qid", "actor2_qid", "location_qid",
                 "admin1_qid", "country_qid", "location_geonames")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

TIME_PRECISION = {"day": "1", "week": "2", "month": "3", "year": "3"}
DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
INTER = {"state_force": 1, "country": 1, "government_body": 1, "armed_group": 2,
         "civilians": 7, "organization": 8, "person": 8}
SEP = "; "  # ACLED joins several names in one cell with a semicolon


def _inter(p: Party | None) -> int | None:
    return INTER.get(p.kind) if p is not None else None


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def geo_precision(ev: EventRecord) -> str:
    loc = ev.location
    if loc is None:
        return ""
    if loc.place.kind == "country" or loc.admin1 is None:
        return "3"
    return "1" if loc.lat is not None and loc.lon is not None else "2"


def acled_row(ev: EventRecord) -> dict[str, str]:
    a1 = ev.actors[0] if ev.actors else None
    a2 = ev.targets[0] if ev.targets else None
    i1, i2 = _inter(a1), _inter(a2)
    codes = sorted(c for c in (i1, i2) if c is not None)
    interaction = ("".join(map(str, codes)) if len(codes) == 2
                   else f"{codes[0]}0" if codes else "")
    loc = ev.location
    sources = [*([ev.publisher] if ev.publisher else []), *(p.name for p in ev.attributed)]
    timestamp = (str(timegm(ev.published.timetuple())) if ev.published else "")
    return {
        "event_id_cnty": ev.identifier or ev.key,
        "event_date": ev.date.isoformat() if ev.date else "",
        "year": str(ev.date.year) if ev.date else "",
        "time_precision": TIME_PRECISION.get(ev.precision or "", ""),
        "disorder_type": DISORDER.get(ev.event_type, ""),
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": a1.name if a1 else "", "assoc_actor_1": SEP.join(p.name for p in ev.actors[1:]),
        "inter1": str(i1) if i1 is not None else "",
        "actor2": a2.name if a2 else "", "assoc_actor_2": SEP.join(p.name for p in ev.targets[1:]),
        "inter2": str(i2) if i2 is not None else "",
        "interaction": interaction,
        "civilian_targeting": ("Civilian targeting" if any(p.kind == "civilians"
                                                           for p in ev.targets) else ""),
        "iso": "", "region": "",
        "country": loc.country.name if loc and loc.country else "",
        "admin1": loc.admin1.name if loc and loc.admin1 else "",
        "admin2": "", "admin3": "",
        "location": loc.place.name if loc else "",
        "latitude": _number(loc.lat) if loc else "", "longitude": _number(loc.lon) if loc else "",
        "geo_precision": geo_precision(ev),
        "source": SEP.join(dict.fromkeys(sources)), "source_scale": "",
        "notes": " ".join(ev.evidence),
        "fatalities": str(acled_fatalities(ev)), "tags": "", "timestamp": timestamp,
        "ckg_event": ev.iri, "ckg_certainty": ev.certainty,
        "actor1_qid": a1.qid or "" if a1 else "", "actor2_qid": a2.qid or "" if a2 else "",
        "location_qid": loc.place.qid or "" if loc else "",
        "admin1_qid": loc.admin1.qid or "" if loc and loc.admin1 else "",
        "country_qid": loc.country.qid or "" if loc and loc.country else "",
        "location_geonames": str(loc.place.geonames or "") if loc else "",
    }


def write_acled(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write the CSV (header + one row per record) to a text stream opened with
    ``newline=""``; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for ev in records:
        writer.writerow(acled_row(ev))
        n += 1
    return n
