"""Fetch places from a Wikidata-compatible SPARQL endpoint (the online build mode).

Only standard Wikidata RDF shapes are used, so the same code runs against
query.wikidata.org, a QLever/Blazegraph mirror, or a local Oxigraph loaded with a dump slice:

* ``wdt:P31`` / ``wdt:P279*`` — classes: an item is a *first-level administrative country
  subdivision* (``wd:Q10864048``) or a *human settlement* (``wd:Q486972``), both class QIDs as
  used in the PeriodO gazetteers' type attestations;
* ``wdt:P17`` country, ``wdt:P131`` located in (walked with ``P131+`` to find the admin-1);
* ``wdt:P625`` coordinates as WKT ``Point(lon lat)``, with ``p:P625/ps:P625`` (non-deprecated
  statements) as a fallback for endpoints that load statements but not truthy triples;
* ``rdfs:label`` / ``skos:altLabel`` in English and Arabic; ``wdt:P1082`` population and
  ``wdt:P1566`` GeoNames id when present.

Queries are split (one to enumerate items per country, then batched detail queries with
``VALUES``) so that no single query multiplies OPTIONAL rows or hits endpoint timeouts.
"""

from __future__ import annotations

import re
from typing import Any

from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.gazetteer.normalize import is_arabic

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
ADMIN1_CLASS = "Q10864048"      # first-level administrative country subdivision
SETTLEMENT_CLASS = "Q486972"    # human settlement
LANGS = ("en", "ar")
_POINT = re.compile(r"Point\(\s*(-?[0-9.eE+-]+)\s+(-?[0-9.eE+-]+)\s*\)", re.IGNORECASE)
_LEVEL_RANK = {"country": 0, "admin1": 1, "locality": 2}

ITEMS_QUERY = PREFIXES + """
SELECT DISTINCT ?item ?level WHERE {{
  {{ BIND(wd:{country} AS ?item) BIND("country" AS ?level) }}
  UNION
  {{ ?item wdt:P17 wd:{country} ; wdt:P31/wdt:P279* wd:""" + ADMIN1_CLASS + """ .
     BIND("admin1" AS ?level) }}
  UNION
  {{ ?item wdt:P17 wd:{country} ; wdt:P31/wdt:P279* wd:""" + SETTLEMENT_CLASS + """ .
     BIND("locality" AS ?level) }}
}}
"""

DETAILS_QUERY = PREFIXES + """
SELECT ?item ?what ?value WHERE {{
  VALUES ?item {{ {values} }}
  {{ ?item rdfs:label ?value . FILTER(LANG(?value) IN ("en", "ar")) BIND("label" AS ?what) }}
  UNION
  {{ ?item skos:altLabel ?value . FILTER(LANG(?value) IN ("en", "ar")) BIND("alt" AS ?what) }}
  UNION {{ ?item wdt:P625 ?value . BIND("coord" AS ?what) }}
  UNION
  {{ ?item p:P625 ?st . ?st ps:P625 ?value .
     FILTER NOT EXISTS {{ ?st wikibase:rank wikibase:DeprecatedRank }}
     BIND("coord_p" AS ?what) }}
  UNION {{ ?item wdt:P17 ?value . BIND("country" AS ?what) }}
  UNION {{ ?item wdt:P1082 ?value . BIND("pop" AS ?what) }}
  UNION {{ ?item wdt:P1566 ?value . BIND("gn" AS ?what) }}
  UNION
  {{ ?item wdt:P131+ ?value . ?value wdt:P31/wdt:P279* wd:""" + ADMIN1_CLASS + """ .
     BIND("admin1" AS ?what) }}
}}
"""


def _client(endpoint_url: str, timeout: int) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint_url, agent="conflict-kg-gazetteer/1 (kg.gazetteer)")
    client.setReturnFormat(JSON)
    client.setMethod(POST)          # long VALUES lists do not fit in a GET URL
    client.setTimeout(timeout)
    return client


def _select(client: SPARQLWrapper, query: str) -> list[dict[str, Any]]:
    client.setQuery(query)
    result = client.queryAndConvert()
    if not isinstance(result, dict):
        raise ValueError("SPARQL endpoint did not return JSON results")
    return result.get("results", {}).get("bindings", [])


def _qid(uri: str) -> str | None:
    tail = uri.rsplit("/", 1)[-1]
    return tail if re.fullmatch(r"Q[1-9][0-9]*", tail) else None


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def fetch_places(endpoint_url: str, countries: list[str], *, batch_size: int = 200,
                 timeout: int = 120) -> list[dict[str, Any]]:
    """Records (gazetteer format) for the given countries, their admin-1s and settlements."""
    client = _client(endpoint_url, timeout)
    level_of: dict[str, str] = {}
    for country in countries:
        for b in _select(client, ITEMS_QUERY.format(country=country)):
            qid = _qid(b["item"]["value"])
            if not qid:
                continue
            level = b["level"]["value"]
            # an item that is both a settlement and an admin-1 (city-states, capital
            # districts) keeps the more structural level
            if qid not in level_of or _LEVEL_RANK[level] < _LEVEL_RANK[level_of[qid]]:
                level_of[qid] = level
    details: dict[str, dict[str, list[str]]] = {q: {} for q in level_of}
    items = sorted(level_of)
    for i in range(0, len(items), batch_size):
        chunk = items[i:i + batch_size]
        values = " ".join(f"wd:{q}" for q in chunk)
        for b in _select(client, DETAILS_QUERY.format(values=values)):
            qid = _qid(b["item"]["value"])
            if qid in details:
                details[qid].setdefault(b["what"]["value"], []).append(b["value"]["value"])
    wanted = set(countries)
    records = []
    for qid in items:
        rec = _record(qid, level_of[qid], details[qid], wanted)
        if rec:
            records.append(rec)
    return records


def _record(qid: str, level: str, d: dict[str, list[str]],
            wanted: set[str]) -> dict[str, Any] | None:
    labels = sorted(set(d.get("label", [])))
    english = [v for v in labels if not is_arabic(v)]
    name = english[0] if english else (labels[0] if labels else None)
    if not name:
        return None                   # an item without any label cannot be matched by name
    alts = sorted(set(d.get("alt", [])) | set(labels))
    country_vals = sorted({c for c in (_qid(v) for v in d.get("country", [])) if c})
    if level == "country":
        country = qid
    else:
        in_wanted = [c for c in country_vals if c in wanted]
        country = in_wanted[0] if len(in_wanted) == 1 else None
    admin1s = sorted({a for a in (_qid(v) for v in d.get("admin1", [])) if a})
    admin1 = qid if level == "admin1" else (admin1s[0] if len(admin1s) == 1 else None)
    lat = lon = None
    for wkt in sorted(d.get("coord", [])) or sorted(d.get("coord_p", [])):
        m = _POINT.search(wkt)
        if m:
            lon, lat = float(m.group(1)), float(m.group(2))
            break
    pops = [p for p in (_number(v) for v in d.get("pop", [])) if p is not None]
    gns = sorted(int(v) for v in d.get("gn", []) if v.isdigit())
    return {
        "id": qid, "qid": qid, "kind": "country" if level == "country" else "place",
        "level": level, "name": name,
        "names": [a for a in alts if a != name and not is_arabic(a)],
        "ar": [a for a in alts if is_arabic(a)],
        "country": country, "admin1": admin1, "lat": lat, "lon": lon,
        "pop": int(max(pops)) if pops else None, "gn": gns[0] if gns else None,
        "wof": None, "iso": None, "src": ["sparql"],
    }
