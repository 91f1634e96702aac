"""Events → a CSV in the layout of UCDP's Georeferenced Event Dataset (GED), one row per event.

UCDP GED records organised violence, so only events of the three political-violence types are
written (Battles, Explosions/Remote violence, Violence against civilians); unlike GED, events
without a reported death are kept (filter on ``best > 0`` for GED's own inclusion rule). The
columns are GED's (``../shared/research/conflict-ontology.md`` §1.2) where the graph can fill
them, then ours (event IRI, QIDs, the place's GeoNames feature id):

* ``type_of_violence``: 3 (one-sided) for violence against civilians or any civilian target,
  1 (state-based) when a state force, country or government body takes part, else 2;
* ``side_a`` / ``side_b``: the actors / targets, names joined with ``; ``;
* ``date_start`` / ``date_end``: the event's date, widened to the ISO week, calendar month or
  year it stands for; ``date_prec`` 1 day, 3 week, 4 month, 5 year;
* ``where_prec``: 1 a town with coordinates, 4 a first-level division, 6 a country;
* ``best`` / ``low`` / ``high`` and the ``deaths_*`` split: :func:`kg.exchange.figures.ucdp_deaths`
  — the claims that disagree become the low–high range;
* ``source_office``: the publisher and whoever the event is attributed to; ``source_headline``:
  the evidence sentences; ``source_date``: the publication date.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TextIO

from kg.exchange.figures import ucdp_deaths
from kg.exchange.records import EventRecord

UCDP_COLUMNS = (
    "id", "year", "type_of_violence", "dyad_name", "side_a", "side_b", "number_of_sources",
    "source_office", "source_date", "source_headline", "where_prec", "where_coordinates",
    "adm_1", "latitude", "longitude", "geom_wkt", "country", "date_prec", "date_start",
    "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high",
    "low",
)
EXTRA_COLUMNS = ("ckg_event", "ckg_certainty", "side_a_qid", "side_b_qid", "location_qid",
                 "adm_1_qid", "country_qid", "location_geonames")
COLUMNS = UCDP_COLUMNS + EXTRA_COLUMNS

VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
STATE_KINDS = ("state_force", "country", "government_body")
DATE_PREC = {"day": "1", "week": "3", "month": "4", "year": "5"}
SEP = "; "


def date_range(d: date, precision: str | None) -> tuple[date, date]:
    """The earliest and latest day the event may have happened on."""
    if precision == "week":
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=6)
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def type_of_violence(ev: EventRecord) -> str:
    if ev.event_type == "Violence against civilians" or any(
            p.kind == "civilians" for p in ev.targets):
        return "3"
    if any(p.kind in STATE_KINDS for p in (*ev.actors, *ev.targets)):
        return "1"
    return "2"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def ucdp_row(ev: EventRecord) -> dict[str, str]:
    deaths = ucdp_deaths(ev)
    loc = ev.location
    start, end = date_range(ev.date, ev.precision) if ev.date else (None, None)
    side_a, side_b = SEP.join(p.name for p in ev.actors), SEP.join(p.name for p in ev.targets)
    where_prec = ("" if loc is None else "6" if loc.place.kind == "country"
                  else "4" if loc.admin1 is None else "1")
    has_point = loc is not None and loc.lat is not None and loc.lon is not None
    sources = [*([ev.publisher] if ev.publisher else []), *(p.name for p in ev.attributed)]
    return {
        "id": ev.identifier or ev.key,
        "year": str(ev.date.year) if ev.date else "",
        "type_of_violence": type_of_violence(ev),
        "dyad_name": f"{side_a} - {side_b}" if side_b else side_a,
        "side_a": side_a, "side_b": side_b,
        "number_of_sources": str(len(dict.fromkeys(sources))),
        "source_office": SEP.join(dict.fromkeys(sources)),
        "source_date": ev.published.isoformat() if ev.published else "",
        "source_headline": " ".join(ev.evidence),
        "where_prec": where_prec,
        "where_coordinates": loc.place.name if loc else "",
        "adm_1": loc.admin1.name if loc and loc.admin1 else "",
        "latitude": _number(loc.lat) if loc else "", "longitude": _number(loc.lon) if loc else "",
        "geom_wkt": (f"POINT ({_number(loc.lon)} {_number(loc.lat)})"
                     if has_point and loc is not None else ""),
        "country": loc.country.name if loc and loc.country else "",
        "date_prec": DATE_PREC.get(ev.precision or "", ""),
        "date_start": start.isoformat() if start else "",
        "date_end": end.isoformat() if end else "",
        "deaths_a": str(deaths.deaths_a), "deaths_b": str(deaths.deaths_b),
        "deaths_civilians": str(deaths.deaths_civilians),
        "deaths_unknown": str(deaths.deaths_unknown),
        "best": str(deaths.best), "high": str(deaths.high), "low": str(deaths.low),
        "ckg_event": ev.iri, "ckg_certainty": ev.certainty,
        "side_a_qid": SEP.join(p.qid or "" for p in ev.actors) if any(
            p.qid for p in ev.actors) else "",
        "side_b_qid": SEP.join(p.qid or "" for p in ev.targets) if any(
            p.qid for p in ev.targets) else "",
        "location_qid": loc.place.qid or "" if loc else "",
        "adm_1_qid": loc.admin1.qid or "" if loc and loc.admin1 else "",
        "country_qid": loc.country.qid or "" if loc and loc.country else "",
        "location_geonames": str(loc.place.geonames or "") if loc else "",
    }


def write_ucdp(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write the GED-shaped CSV of the organised-violence events; returns the row count."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for ev in records:
        if ev.event_type in VIOLENT_TYPES:
            writer.writerow(ucdp_row(ev))
            n += 1
    return n
