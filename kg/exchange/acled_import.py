"""ACLED rows → facts events (the inverse of :mod:`kg.exchange.acled_export`).

Per row: ``event_id_cnty`` becomes the event id and its ``dcterms:identifier``; ``event_date``
and ``time_precision`` the date (1 day, 2 week, 3 month); ``event_type``/``sub_event_type`` are
kept as written (the SHACL gate checks them against ACLED's lists); ``actor1`` and
``assoc_actor_1`` are the actors, ``actor2`` and ``assoc_actor_2`` the targets, each of the kind
its ``inter`` code gives (1 state force; 2–4 armed group; 5–7 civilians; 8 organisation; codes
or ACLED's newer words); ``location`` in ``admin1`` in ``country`` with ``latitude``/``longitude``
is the place; ``fatalities`` > 0 one killed report with that exact count (0 is ACLED's "none
reported": no report); ``source`` names the organisations the event is attributed to (certainty
``reported``; ``asserted`` when no source is named); ``notes`` is the evidence. ``iso``,
``region``, ``admin2``/``admin3``, ``geo_precision``, ``source_scale``, ``tags`` and ``timestamp``
have no place in the model and are not imported. Our own export's ``*_qid`` and
``location_geonames`` columns are used when present.
"""

from __future__ import annotations

from typing import Any

from kg.exchange.builder import (
    Builder,
    clean_geonames,
    clean_qid,
    evidence,
    parse_date,
    parse_float,
    parse_int,
)
from kg.exchange.tables import Record

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "location", "latitude", "longitude", "fatalities")
PRECISION = {"1": "day", "2": "week", "3": "month"}
INTER_KINDS = {
    "1": "state_force", "2": "armed_group", "3": "armed_group", "4": "armed_group",
    "5": "civilians", "6": "civilians", "7": "civilians", "8": "organization",
    "state forces": "state_force", "rebel group": "armed_group",
    "political militia": "armed_group", "identity militia": "armed_group",
    "rioters": "civilians", "protesters": "civilians", "civilians": "civilians",
    "external/other forces": "organization",
}


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split(";") if n.strip()]


def _kind(code: str) -> str:
    return INTER_KINDS.get(code.strip().casefold(), "organization")


def row_event(builder: Builder, rec: Record) -> dict[str, Any]:
    """One row as a facts event; ValueError says what is wrong with the row."""
    v = {k: (val or "") for k, val in rec.values.items()}
    get = v.get
    row_id = (get("event_id_cnty") or "").strip()
    if not row_id:
        raise ValueError("event_id_cnty is empty")
    when = parse_date(get("event_date") or "", "event_date")
    precision_code = (get("time_precision") or "").strip()
    if precision_code and precision_code not in PRECISION:
        raise ValueError(f"time_precision {precision_code!r} is not 1, 2 or 3")
    fatalities = parse_int(get("fatalities") or "", "fatalities", default=0)
    lat = parse_float(get("latitude") or "", "latitude")
    lon = parse_float(get("longitude") or "", "longitude")
    if (lat is None) != (lon is None):
        raise ValueError("latitude and longitude must be given together")

    country_qid = clean_qid(get("country_qid"))
    country = builder.country(get("country") or "", country_qid)
    country_qid = country_qid or builder.qid(country)
    admin1_name = (get("admin1") or "").strip()
    admin1 = builder.place(admin1_name, country=country, country_qid=country_qid,
                           qid=clean_qid(get("admin1_qid")), level="admin1")
    loc_name = (get("location") or "").strip()
    if loc_name and loc_name.casefold() == (get("country") or "").strip().casefold():
        location = country
    elif loc_name and loc_name.casefold() == admin1_name.casefold():
        location = admin1
    else:
        location = builder.place(loc_name, country=country, country_qid=country_qid,
                                 admin1=admin1, qid=clean_qid(get("location_qid")),
                                 lat=lat, lon=lon,
                                 geonames=clean_geonames(get("location_geonames")))

    def side(main: str, assoc: str, inter: str, qid_col: str) -> list[str]:
        kind = _kind(get(inter) or "")
        names = _names(get(main) or "")
        out = [builder.actor(n, kind, clean_qid(get(qid_col)) if i == 0 else None)
               for i, n in enumerate(names[:1])]
        out += [builder.actor(n, kind) for n in _names(get(assoc) or "")]
        return [x for x in dict.fromkeys(out) if x]

    actors = side("actor1", "assoc_actor_1", "inter1", "actor1_qid")
    targets = [t for t in side("actor2", "assoc_actor_2", "inter2", "actor2_qid")
               if t not in actors]
    sources = [s for s in dict.fromkeys(builder.actor(n, "organization")
                                        for n in _names(get("source") or "")) if s]
    return {
        "id": row_id, "identifier": row_id,
        "event_type": (get("event_type") or "").strip(),
        "sub_event_type": (get("sub_event_type") or "").strip(),
        "date": when.isoformat() if when else None,
        "date_precision": PRECISION.get(precision_code, "day") if when else None,
        "location": location, "actors": actors, "targets": targets,
        "casualties": ([{"count": fatalities, "qualifier": "exact", "outcome": "killed",
                         "victim": None, "claimed_by": None}] if fatalities else []),
        "attributed_to": sources,
        "certainty": "reported" if sources else "asserted",
        "evidence": [evidence(rec, get("notes") or "")],
    }

