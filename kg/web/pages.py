"""The home page and the HTML view of query results: what a person opening the service sees.

The home page summarises the dataset, draws a timeline of events per day (inline SVG, no
script), links to the browse lists, dumps and descriptions, and offers a query editor: a plain
form that works everywhere, which ``static/editor.js`` replaces with YASGUI (vendored under
``static/yasgui/``) pointed at ``/sparql``. Example queries are links to their HTML results, so
they work with scripts off; with scripts on they open in an editor tab and run at once.
Query results for browsers (``format=html``) are rendered from the SPARQL JSON that the worker
wrote, escaped by Jinja.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from kg.query_text import strip_noise
from kg.rdf.namespaces import PREFIXES
from kg.web import timeline
from kg.web.resources import Stop, _select

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

#: The home page runs no inline script and talks to no other origin: YASGUI's completers that
#: would ask prefix.cc or LOV are switched off or pointed here, and this policy holds them to it.
#: Inline styles are allowed because YASGUI and DataTables set them.
HOME_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGE_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}

def with_prefixes(query: str) -> str:
    """``query`` preceded by a ``PREFIX`` line for each predeclared prefix it uses and does not
    declare itself: the server would accept it without them, but in the editor the query should
    be complete, so that it can be copied to any other SPARQL tool."""
    bare = strip_noise(query)
    declared = {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w.-]*):", bare)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if p not in declared and re.search(rf"(?<![\w?$:.-]){re.escape(p)}:", bare)]
    return "\n".join([*lines, query]) if lines else query


def current_timeline() -> timeline.Timeline | None:
    """Events per day for the store as the query workers see it, computed once per store
    version and kept with the app (only the current version). None when the query service
    cannot answer now (busy, timed out): the home page then goes without its chart rather than
    failing, and the next visit tries again."""
    cache: dict[int, timeline.Timeline] = current_app.extensions.setdefault(
        "kg_timeline", {})
    version = current_app.config["KG_SNAPSHOTS"].version
    if version not in cache:
        try:
            counts = timeline.counts_from_bindings(_select(timeline.TIMELINE_QUERY))
        except Stop:
            return None
        cache.clear()
        cache[version] = timeline.build(counts)
    return cache[version]


@bp.get("/")
def home() -> Response:
    info = current_app.config["KG_DATASET_INFO"]
    endpoint = url_for("sparql.sparql")
    examples = [(title, with_prefixes(query),
                 endpoint + "?" + urlencode({"query": query, "format": "html"}))
                for title, query in EXAMPLES]
    chart = current_timeline()
    editor = {"endpoint": endpoint, "prefixesUrl": url_for("pages.prefixes"),
              "prefixes": PREFIXES, "query": examples[0][1]}
    html = render_template("pages/home.html", info=info, examples=examples,
                           default_query=EXAMPLES[0][1], timeline=chart, editor=editor)
    resp = Response(html, content_type="text/html; charset=utf-8")
    resp.headers.update(PAGE_HEADERS)
    resp.headers["Content-Security-Policy"] = HOME_CSP
    return resp


@bp.get("/prefixes.json")
def prefixes() -> Response:
    """The predeclared prefixes in prefix.cc's format (``{"prefix": "namespace"}``), which is
    what YASGUI's prefix completer reads."""
    resp = jsonify(PREFIXES)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


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
