"""The home page and the HTML view of query results: what a person opening the service sees.

The home page summarises the dataset, offers example queries that run with one click, a query
form, and links to browse, download and describe the data. Query results for browsers
(``format=html``) are rendered from the SPARQL JSON that the worker wrote, escaped by Jinja.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request, url_for

bp = Blueprint("pages", __name__)

EXAMPLES: tuple[tuple[str, str], ...] = (
    ("Events with their type, date and place", """SELECT ?event ?type ?date ?placeLabel WHERE {
  ?event a ckg:Event ; ckg:subEventType/skos:prefLabel ?type .
  OPTIONAL { ?event ckg:date ?date }
  OPTIONAL { ?event ckg:location/rdfs:label ?placeLabel }
} ORDER BY DESC(?date) LIMIT 100"""),
    ("Reported deaths by event, with who claims them", """SELECT ?event ?count ?qualifier ?victim
       ?claimedBy WHERE {
  ?event ckg:casualtyReport ?r .
  ?r ckg:outcome outcome:killed ; ckg:count ?count ; ckg:qualifier/skos:prefLabel ?qualifier .
  OPTIONAL { ?r ckg:victim/rdfs:label ?victim }
  OPTIONAL { ?r ckg:claimedBy/rdfs:label ?claimedBy }
} ORDER BY DESC(?count)"""),
    ("Actors linked to Wikidata", """SELECT ?actor ?label ?wikidata WHERE {
  ?actor a ckg:Actor ; rdfs:label ?label ; ckg:wikidata ?wikidata .
} ORDER BY ?label"""),
    ("Events per sub-event type", """SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event ckg:subEventType/skos:prefLabel ?type .
} GROUP BY ?type ORDER BY DESC(?events)"""),
    ("Evidence sentences of claimed events", """SELECT ?event ?quote WHERE {
  ?event ckg:certainty certainty:claimed ; ckg:evidence/oa:exact ?quote .
}"""),
)


@bp.get("/")
def home() -> Response:
    info = current_app.config["KG_DATASET_INFO"]
    examples = [(title, query, url_for("sparql.sparql") + "?" + urlencode(
        {"query": query, "format": "html"})) for title, query in EXAMPLES]
    html = render_template("pages/home.html", info=info, examples=examples,
                           default_query=EXAMPLES[0][1])
    return Response(html, content_type="text/html; charset=utf-8")


def results_html(body: bytes, query: str) -> Response:
    """A SPARQL JSON result (SELECT or ASK) as an HTML table."""
    data = json.loads(body)
    if "boolean" in data:
        head, rows = ["result"], [[{"type": "literal", "value": str(data["boolean"]).lower()}]]
    else:
        head = data["head"]["vars"]
        rows = [[b.get(v) for v in head] for b in data["results"]["bindings"]]
    links = {fmt: url_for("sparql.sparql") + "?" + urlencode({"query": query, "format": fmt})
             for fmt in ("json", "xml", "csv", "tsv")}
    html = render_template("pages/results.html", head=head, rows=rows, query=query,
                           links=links, base_iri=current_app.config["KG_SETTINGS"].base_iri,
                           host=request.host_url.rstrip("/") + "/")
    return Response(html, content_type="text/html; charset=utf-8")
