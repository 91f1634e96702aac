"""The consumer query mix: twelve queries a journalist, a researcher or an app sends.

Usage: python bench/queries.py [--events 1000]   (prints the queries filled for that data)

Each query is written with full prefix declarations, so it runs unchanged on our ``/sparql``
(which predeclares them anyway) and on a bare Oxigraph server; parameters (an event IRI, a
popular place) come from the generator's ``meta.json``, so every query hits data.
``form`` says how results are requested and counted: SELECT rows in SPARQL JSON, CONSTRUCT and
DESCRIBE triples in N-Triples.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

PROLOGUE = """PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX outcome: <https://w3id.org/conflict-kg/vocab/outcome/>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""


@dataclass(frozen=True)
class Query:
    name: str
    what: str
    form: str  # "select" | "graph"
    text: str


def mix(meta: dict) -> list[Query]:
    """The twelve queries, filled with IRIs from the data's meta.json."""
    event = meta["sample_events"][len(meta["sample_events"]) // 2]
    place = meta["top_places"][0]
    raw = [
        ("q01", "lookup by IRI", "select",
         f"SELECT ?p ?o WHERE {{ <{event}> ?p ?o }}"),
        ("q02", "DESCRIBE an event", "graph", f"DESCRIBE <{event}>"),
        ("q03", "events in a country and date range", "select", """
SELECT ?e ?date ?type ?place WHERE {
  ?e a ckg:Event ; ckg:date ?date ; ckg:subEventType ?type ; ckg:location ?place .
  ?place ckg:country/ckg:wikidata wd:Q858 .
  FILTER(?date >= "2020-01-01"^^xsd:date && ?date < "2020-07-01"^^xsd:date)
} ORDER BY ?date ?e"""),
        ("q04", "people killed by actor and month", "select", """
SELECT ?actor ?month (SUM(?n) AS ?killed) WHERE {
  ?e ckg:actor ?actor ; ckg:date ?d ; ckg:casualtyReport ?c .
  ?c ckg:outcome outcome:killed ; ckg:count ?n .
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
} GROUP BY ?actor ?month ORDER BY DESC(?killed) ?actor ?month LIMIT 100"""),
        ("q05", "top places by events", "select", """
SELECT ?place ?label (COUNT(?e) AS ?events) WHERE {
  ?e ckg:location ?place . ?place rdfs:label ?label .
} GROUP BY ?place ?label ORDER BY DESC(?events) ?place LIMIT 20"""),
        ("q06", "label search", "select", """
SELECT ?x ?label WHERE {
  ?x rdfs:label ?label . FILTER(CONTAINS(LCASE(?label), "brigade"))
} ORDER BY ?label LIMIT 50"""),
        ("q07", "3-hop join: armed-group events per division of Syria", "select", """
SELECT ?division (COUNT(DISTINCT ?e) AS ?events) WHERE {
  ?e ckg:actor ?a ; ckg:location ?place .
  ?a a ckg:ArmedGroup .
  ?place ckg:locatedIn ?division .
  ?division ckg:country ?c . ?c rdfs:label "Syria" .
} GROUP BY ?division ORDER BY DESC(?events) ?division"""),
        ("q08", "OPTIONAL-heavy event table", "select", """
SELECT ?e ?date ?placeLabel ?area ?source ?n WHERE {
  ?e a ckg:Battle .
  OPTIONAL { ?e ckg:date ?date }
  OPTIONAL { ?e ckg:location/rdfs:label ?placeLabel }
  OPTIONAL { ?e ckg:areaKm2 ?area }
  OPTIONAL { ?e ckg:attributedTo/rdfs:label ?source }
  OPTIONAL { ?e ckg:casualtyReport/ckg:count ?n }
} ORDER BY DESC(?date) ?e LIMIT 200"""),
        ("q09", "CONSTRUCT the events at a place with their casualty reports", "graph", f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ ?s ckg:location <{place}> ; ?p ?o }}
  UNION
  {{ ?e ckg:location <{place}> ; ckg:casualtyReport ?s . ?s ?p ?o }}
}}"""),
        ("q10", "COUNT(*)", "select", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        ("q11", "GRAPH ?g: articles of a month and their event counts", "select", """
SELECT ?g ?headline (COUNT(?e) AS ?events) WHERE {
  GRAPH ?g { ?a a ckg:Article ; schema:headline ?headline ; schema:datePublished ?d .
             ?e ckg:reportedIn ?a }
  FILTER(?d >= "2021-03-01"^^xsd:date && ?d < "2021-04-01"^^xsd:date)
} GROUP BY ?g ?headline ORDER BY ?g"""),
        ("q12", "type hierarchy path: events per subclass of ckg:Event", "select", """
SELECT ?type (COUNT(?e) AS ?events) WHERE {
  ?type rdfs:subClassOf* ckg:Event . ?e a ?type .
} GROUP BY ?type ORDER BY ?type"""),
    ]
    return [Query(n, w, f, PROLOGUE + t.strip()) for n, w, f, t in raw]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1000)
    args = ap.parse_args()
    from synth import ensure

    meta = json.loads((ensure(args.events) / "meta.json").read_text())
    for q in mix(meta):
        print(f"# {q.name}: {q.what} ({q.form})\n{q.text}\n")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
