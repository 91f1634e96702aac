"""UCDP GED rows → facts events (the inverse of :mod:`kg.exchange.ucdp_export`).

Per row: ``id`` becomes the event id and its ``dcterms:identifier``; ``type_of_violence`` the
ACLED typing UCDP's categories correspond to (1 state-based and 2 non-state: Battles / Armed
clash; 3 one-sided: Violence against civilians / Attack); ``side_a`` the actors (state forces
in state-based conflict, armed groups otherwise) and ``side_b`` the targets (civilians in
one-sided violence); ``date_start`` the date with ``date_prec`` as precision (1 day, 2–3 week,
4 month, 5 year); ``where_coordinates`` in ``adm_1`` in ``country`` with ``latitude`` /
``longitude`` the place; ``source_office`` the organisations it is attributed to;
``source_headline`` the evidence. Deaths: one exact killed report per non-zero ``deaths_a``
(victims: side A), ``deaths_b`` (side B), ``deaths_civilians`` (a civilian group) and
``deaths_unknown`` (no victim named) — together GED's ``best``. ``low`` and ``high`` are checked
(low ≤ best ≤ high) but not stored: our model keeps reported claims, not a range, and a UCDP
range is not a set of claims. Conflict and dyad ids, ``where_prec``, ``event_clarity`` and
``geom_wkt`` have no place in the model and are not imported.
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

REQUIRED = ("id", "type_of_violence", "side_a", "side_b", "country", "latitude", "longitude",
            "date_start", "best")
PRECISION = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
TYPES = {"1": ("Battles", "Armed clash"), "2": ("Battles", "Armed clash"),
         "3": ("Violence against civilians", "Attack")}


def _names(cell: str) -> list[str]:
    return [n.strip() for n in cell.split(";") if n.strip()]


def row_event(builder: Builder, rec: Record) -> dict[str, Any]:
    """One row as a facts event; ValueError says what is wrong with the row."""
    v = {k: (val or "") for k, val in rec.values.items()}
    get = v.get
    row_id = (get("id") or "").strip()
    if not row_id:
        raise ValueError("id is empty")
    violence = (get("type_of_violence") or "").strip()
    if violence not in TYPES:
        raise ValueError(f"type_of_violence {violence!r} is not 1, 2 or 3")
    event_type, sub_event_type = TYPES[violence]
    when = parse_date(get("date_start") or "", "date_start")
    prec = (get("date_prec") or "").strip()
    if prec and prec not in PRECISION:
        raise ValueError(f"date_prec {prec!r} is not 1 to 5")
    deaths = {k: parse_int(get(k) or "", k, default=0) or 0
              for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")}
    best = parse_int(get("best") or "", "best", default=0) or 0
    low = parse_int(get("low") or "", "low", default=best)
    high = parse_int(get("high") or "", "high", default=best)
    assert low is not None and high is not None
    if not low <= best <= high:
        raise ValueError(f"low {low}, best {best}, high {high}: low ≤ best ≤ high does not hold")
    if any(deaths.values()) and sum(deaths.values()) != best:
        raise ValueError(f"deaths_a + deaths_b + deaths_civilians + deaths_unknown = "
                         f"{sum(deaths.values())}, but best is {best}")
    if not any(deaths.values()):
        deaths["deaths_unknown"] = best
    lat = parse_float(get("latitude") or "", "latitude")
    lon = parse_float(get("longitude") or "", "longitude")
    if (lat is None) != (lon is None):
        raise ValueError("latitude and longitude must be given together")

    country_name = (get("country") or "").strip()
    country_qid = clean_qid(get("country_qid"))
    country = builder.country(country_name, country_qid)
    country_qid = country_qid or builder.qid(country)
    adm1_name = (get("adm_1") or "").strip()
    admin1 = builder.place(adm1_name, country=country, country_qid=country_qid,
                           qid=clean_qid(get("adm_1_qid")), level="admin1")
    loc_name = (get("where_coordinates") or "").strip()
    if loc_name and loc_name.casefold() == country_name.casefold():
        location = country
    elif loc_name and loc_name.casefold() == adm1_name.casefold():
        location = admin1
    else:
        location = builder.place(loc_name, country=country, country_qid=country_qid,
                                 admin1=admin1, qid=clean_qid(get("location_qid")),
                                 lat=lat, lon=lon,
                                 geonames=clean_geonames(get("location_geonames")))

    a_kind = "state_force" if violence == "1" else "armed_group"
    b_kind = "civilians" if violence == "3" else "armed_group"
    a_qids = [clean_qid(q) for q in (get("side_a_qid") or "").split(";")]
    b_qids = [clean_qid(q) for q in (get("side_b_qid") or "").split(";")]
    actors = [x for x in dict.fromkeys(
        builder.actor(n, a_kind, a_qids[i] if i < len(a_qids) else None)
        for i, n in enumerate(_names(get("side_a") or ""))) if x]
    targets = [x for x in dict.fromkeys(
        builder.actor(n, b_kind, b_qids[i] if i < len(b_qids) else None)
        for i, n in enumerate(_names(get("side_b") or ""))) if x and x not in actors]
    civilians = (builder.actor(f"Civilians ({country_name})" if country_name else "Civilians",
                               "civilians") if deaths["deaths_civilians"] else None)
    victims = {"deaths_a": actors[0] if len(actors) == 1 else None,
               "deaths_b": targets[0] if len(targets) == 1 else None,
               "deaths_civilians": civilians, "deaths_unknown": None}
    casualties = [{"count": n, "qualifier": "exact", "outcome": "killed",
                   "victim": victims[k], "claimed_by": None}
                  for k, n in deaths.items() if n]
    sources = [s for s in dict.fromkeys(builder.actor(n, "organization")
                                        for n in _names(get("source_office") or "")) if s]
    return {
        "id": row_id, "identifier": row_id,
        "event_type": event_type, "sub_event_type": sub_event_type,
        "date": when.isoformat() if when else None,
        "date_precision": PRECISION.get(prec, "day") if when else None,
        "location": location, "actors": actors, "targets": targets,
        "casualties": casualties, "attributed_to": sources,
        "certainty": "reported" if sources else "asserted",
        "evidence": [evidence(rec, get("source_headline") or "")],
    }
