"""Linked Data: every minted IRI dereferences at ``/id/{kind}/{key}``.

``/id/{kind}/{key}`` stands for the IRI ``{KG_BASE_IRI}id/{kind}/{key}`` whatever the host the
request came to, so a deployment whose base IRI is its own URL serves its IRIs directly and any
other deployment serves them under its own host. Browsers (an ``Accept`` that names
``text/html``) get a page made for people; everyone else gets the resource's RDF description in
the best of Turtle, JSON-LD, N-Triples and RDF/XML; ``?format=`` overrides both.

Every query goes through the worker pool (Oxigraph) and a page costs at most three of them: the
description (a CONSTRUCT, N-Triples for HTML, the requested syntax for RDF, preceded by an ASK for
existence), then for actors, places and articles one page of their events and the count. rdflib
only parses the small CONSTRUCT result of an HTML page; it never evaluates SPARQL here. Pages are
Jinja2 templates with autoescaping and nothing marked safe; only ``http(s)`` URLs become links.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, render_template, request, url_for
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.rdf.iris import geonames_id
from kg.rdf.namespaces import CKG, GEO, OA, PREFIXES, SCHEMA, WD
from kg.web.formats import GRAPH_FORMATS
from kg.web.sparql import error
from kg.web.workers import PoolBusy, QueryJob, QueryTimeout

bp = Blueprint("resources", __name__, template_folder="templates", static_folder="static",
               static_url_path="/assets/ld")

#: one path segment of a data IRI: the characters minted keys use, never ``..``.
SEGMENT = re.compile(r"[A-Za-z0-9._-]{1,200}")
#: what may stand between ``<`` and ``>`` in a SPARQL IRIREF (the grammar's exclusions).
IRIREF_SAFE = re.compile(r"[^\x00-\x20<>\"{}|^`\\]+")
QID = re.compile(r"Q[1-9][0-9]*")

PAGE_SIZE = 50
INCOMING_LIMIT = 500  # incoming links in a description
GRAPH_LIMIT = 10_000  # triples of a named graph in its description
GRAPH_KINDS = frozenset({"graph", "dataset"})
NODE_KINDS = frozenset({"event", "casualty", "materiel", "span", "article"})

#: RDF formats a resource is offered in: ``format=`` name → media type (order = preference).
RDF_FORMATS: dict[str, str] = {
    name: GRAPH_FORMATS[name][0] for name in ("turtle", "jsonld", "ntriples", "rdfxml")}
FORMAT_LABELS = {"turtle": "Turtle", "jsonld": "JSON-LD", "ntriples": "N-Triples",
                 "rdfxml": "RDF/XML"}
#: ``format=`` values accepted, aliases included.
FORMAT_PARAM: dict[str, str] = {
    **{k: k for k in (*RDF_FORMATS, "html")},
    "ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml",
    "xml": "rdfxml", "rdf-xml": "rdfxml", "json-ld": "jsonld", "htm": "html",
    **{mt: name for name, mt in RDF_FORMATS.items()}, "text/html": "html",
}
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: media types that mean one of our RDF formats (first of each = the one we send back).
RDF_OFFERS: list[tuple[str, str]] = [
    *((mt, name) for name, mt in RDF_FORMATS.items()),
    ("application/x-turtle", "turtle"), ("application/json", "jsonld"),
    ("text/plain", "ntriples"),
]
READ_HEADERS = {"Vary": "Accept", "X-Content-Type-Options": "nosniff"}
RDF_HEADERS = {**READ_HEADERS, "Access-Control-Allow-Origin": "*"}
HTML_HEADERS = {**READ_HEADERS,
                "Content-Security-Policy": "default-src 'none'; style-src 'self'; "
                                           "img-src 'self'; base-uri 'none'; form-action 'self'",
                "Referrer-Policy": "no-referrer"}

QUALIFIER_TEXT = {"exact": "", "at-least": "at least", "about": "about", "up-to": "up to"}
PRECISION_TEXT = {"unitDay": "day", "unitWeek": "week", "unitMonth": "month",
                  "unitYear": "year"}
ROLE_TEXT = {"actor": "actor", "target": "target", "location": "place", "in": "in this area",
             "source": "source", "victim": "victims", "claimant": "claimant",
             "reported": "reported"}


class Stop(Exception):
    """Answer the request with ``response`` now."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


# -- requests: IRI, format ---------------------------------------------------------------------
def segment_ok(seg: str) -> bool:
    return bool(SEGMENT.fullmatch(seg)) and ".." not in seg and not seg.startswith(".")


def _iri_for(kind: str, key: str) -> str | None:
    """The data IRI a request path stands for, or None when the path is not a minted shape."""
    if not (segment_ok(kind) and segment_ok(key)):
        return None
    iri = f"{current_app.config['KG_SETTINGS'].base_iri}id/{kind}/{key}"
    return iri if IRIREF_SAFE.fullmatch(iri) else None


def _choose_format() -> str | None:
    """``format=`` wins; else HTML when the client names it at least as keenly as any RDF
    syntax; else the best RDF match (Turtle for ``*/*`` or no Accept); None = 406."""
    param = request.args.get("format")
    if param is not None:
        name = FORMAT_PARAM.get(param.strip().lower())
        if name is None:
            raise Stop(error(400, f"unknown format {param!r}; use one of "
                                  f"{', '.join([*RDF_FORMATS, 'html'])}"))
        return name
    header = request.headers.get("Accept", "").strip() or "*/*"
    accept = parse_accept_header(header, MIMEAccept)
    best_rdf = accept.best_match([mt for mt, _ in RDF_OFFERS])
    rdf_q = accept.quality(best_rdf) if best_rdf else 0.0
    named_html = [q for mt, q in accept if mt.lower() in HTML_TYPES and q > 0]
    if named_html and max(named_html) >= rdf_q:
        return "html"
    if best_rdf is None:
        return "html" if accept.best_match(HTML_TYPES) else None
    return dict(RDF_OFFERS)[best_rdf]


# -- queries ------------------------------------------------------------------------------------
def _run(query: str, fmt: str) -> bytes:
    pool = current_app.config["KG_POOL"]
    try:
        reply = pool.run(QueryJob(query, fmt))
    except QueryTimeout as exc:
        raise Stop(error(503, str(exc))) from None
    except PoolBusy as exc:
        raise Stop(error(503, str(exc), **{"Retry-After": "1"})) from None
    if reply.status != 200:
        status = reply.status if reply.status in (413, 503) else 500
        raise Stop(error(status, reply.message or "the description could not be computed"))
    return reply.body


def _select(query: str) -> list[dict[str, dict[str, str]]]:
    return json.loads(_run(query, "json"))["results"]["bindings"]


def _ask(query: str) -> bool:
    return bool(json.loads(_run(query, "json"))["boolean"])


def exists_query(iri: str, kind: str) -> str:
    r = f"<{iri}>"
    graph = f"UNION {{ GRAPH {r} {{ ?s ?p ?o }} }}" if kind in GRAPH_KINDS else ""
    return f"ASK {{ {{ {r} ?p ?o }} UNION {{ ?s ?p {r} }} {graph} }}"


def describe_query(iri: str, kind: str, *, html: bool = False) -> str:
    """CONSTRUCT of what a client gets for ``iri``.

    Named graphs (``graph``, ``dataset``): their content (up to GRAPH_LIMIT triples) and the
    triples about the graph IRI itself. Everything else: the outgoing triples; for events one
    hop into the nodes minted for them (casualty and materiel reports, evidence spans); labels,
    Wikidata and GeoNames links, coordinates and headlines of what those point to; and incoming
    links, limited — for actors and places only ``ckg:actor``/``ckg:target``/``ckg:location``.
    The HTML variant leaves out an entity's ``ckg:mention`` spans, which grow with every
    article.
    """
    r = f"<{iri}>"
    if kind in GRAPH_KINDS:
        return f"""CONSTRUCT {{ ?s ?p ?o . {r} ?op ?oo . ?is ?ip {r} }} WHERE {{
  {{ SELECT ?s ?p ?o WHERE {{ GRAPH {r} {{ ?s ?p ?o }} }} LIMIT {GRAPH_LIMIT} }}
  UNION {{ {r} ?op ?oo }}
  UNION {{ SELECT ?is ?ip WHERE {{ ?is ?ip {r} }} LIMIT {INCOMING_LIMIT} }}
}}"""
    entity = kind not in NODE_KINDS
    own = "FILTER(?p != ckg:mention)" if html and entity else ""
    incoming = "VALUES ?ip { ckg:actor ckg:target ckg:location }" if entity else ""
    return f"""CONSTRUCT {{ {r} ?p ?o . ?n ?np ?no . ?x ?lp ?lv . ?in ?ip {r} }} WHERE {{
  {{ {r} ?p ?o {own} }}
  UNION {{ {r} ckg:casualtyReport|ckg:materielReport|ckg:evidence ?n . ?n ?np ?no }}
  UNION {{
    {{ {r} ?p1 ?x FILTER(?p1 != ckg:mention) }}
    UNION {{ {r} ckg:casualtyReport|ckg:materielReport|ckg:evidence ?n1 . ?n1 ?p2 ?x }}
    FILTER(isIRI(?x))
    VALUES ?lp {{ rdfs:label skos:prefLabel ckg:wikidata ckg:geonames geo:lat geo:long
                 schema:headline schema:url }}
    ?x ?lp ?lv
  }}
  UNION {{ SELECT ?in ?ip WHERE {{ {incoming} ?in ?ip {r} }} LIMIT {INCOMING_LIMIT} }}
}}"""


def _event_roles(r: str, kind: str) -> str:
    """Graph patterns binding ?e (an event of resource ``r``) and ?role."""
    if kind == "article":
        return f'{{ ?e ckg:reportedIn {r} BIND("reported" AS ?role) }}'
    return " UNION ".join([
        f'{{ ?e ckg:actor {r} BIND("actor" AS ?role) }}',
        f'{{ ?e ckg:target {r} BIND("target" AS ?role) }}',
        f'{{ ?e ckg:location {r} BIND("location" AS ?role) }}',
        f'{{ ?e ckg:location/(ckg:locatedIn|ckg:country) {r} BIND("in" AS ?role) }}',
        f'{{ ?e ckg:attributedTo {r} BIND("source" AS ?role) }}',
        f'{{ ?e ckg:casualtyReport/ckg:victim {r} BIND("victim" AS ?role) }}',
        f'{{ ?e (ckg:casualtyReport|ckg:materielReport)/ckg:claimedBy {r} '
        f'BIND("claimant" AS ?role) }}',
    ])


def events_query(iri: str, kind: str, page: int) -> str:
    """One page of the events an entity or article takes part in, newest first."""
    roles = _event_roles(f"<{iri}>", kind)
    offset = (page - 1) * PAGE_SIZE
    return f"""SELECT ?e ?date ?prec ?roles ?sub ?subLabel ?place ?placeLabel WHERE {{
  {{ SELECT ?e (MAX(?d) AS ?date) (GROUP_CONCAT(DISTINCT ?role; separator=" ") AS ?roles)
    WHERE {{ {roles} ?e a ckg:Event . OPTIONAL {{ ?e ckg:date ?d }} }}
    GROUP BY ?e ORDER BY DESC(?date) ?e LIMIT {PAGE_SIZE} OFFSET {offset} }}
  OPTIONAL {{ ?e ckg:datePrecision ?prec }}
  OPTIONAL {{ ?e ckg:subEventType ?sub OPTIONAL {{ ?sub skos:prefLabel ?subLabel }} }}
  OPTIONAL {{ ?e ckg:location ?place OPTIONAL {{ ?place rdfs:label ?placeLabel }} }}
}} ORDER BY DESC(?date) ?e"""


def count_query(iri: str, kind: str) -> str:
    roles = _event_roles(f"<{iri}>", kind)
    return f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ {roles} ?e a ckg:Event . }}"


# -- the route ----------------------------------------------------------------------------------
@bp.get("/id/<kind>/<key>")
def resource(kind: str, key: str) -> Response:
    try:
        iri = _iri_for(kind, key)
        if iri is None:
            return error(404, "not found: not the path of a resource in this dataset")
        fmt = _choose_format()
        if fmt is None:
            types = ", ".join(["text/html", *RDF_FORMATS.values()])
            return error(406, f"none of the accepted media types is offered; acceptable: "
                              f"{types}")
        if fmt == "html":
            return _html(iri, kind, key)
        return _rdf(iri, kind, fmt)
    except Stop as stop:
        return stop.response


def _not_found(iri: str) -> Response:
    return error(404, f"not found: <{iri}> is not described in this dataset")


def _rdf(iri: str, kind: str, fmt: str) -> Response:
    """Two queries: existence, then the description in the requested syntax."""
    if not _ask(exists_query(iri, kind)):
        return _not_found(iri)
    body = _run(describe_query(iri, kind), fmt)
    resp = Response(body, status=200, content_type=f"{RDF_FORMATS[fmt]}; charset=utf-8")
    resp.headers.update(RDF_HEADERS)
    return resp


def _page_number() -> int:
    raw = request.args.get("page", "1").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 1_000_000:
        raise Stop(error(400, "page must be a whole number from 1"))
    return int(raw)


def _html(iri: str, kind: str, key: str) -> Response:
    """One query for the description; actor, place and article pages add two for their events.
    An empty description is a 404 unless the resource is only linked in ways the page leaves
    out (then a second query, the existence check, decides)."""
    page = _page_number()
    node = URIRef(iri)
    body = _run(describe_query(iri, kind, html=True), "ntriples")
    g = Graph()
    if body.strip():
        g.parse(data=body.decode("utf-8"), format="nt")
    if len(g) == 0 and not _ask(exists_query(iri, kind)):
        return _not_found(iri)
    view = View(g)
    ctx: dict[str, Any] = {
        "iri": iri, "kind": kind, "key": key,
        "formats": [(name, FORMAT_LABELS[name], mt,
                     url_for("resources.resource", kind=kind, key=key, format=name))
                    for name, mt in RDF_FORMATS.items()],
        "properties": view.properties(node), "incoming": view.incoming(node),
    }
    types = set(g.objects(node, RDF.type))
    if kind in GRAPH_KINDS:
        template = "resources/graph.html"
        ctx.update(graph_view(g, node, view))
        ctx["title"] = f"named graph {key}" if kind == "graph" else f"{kind} {key}"
    elif CKG.Event in types:
        template = "resources/event.html"
        ctx["event"] = event = event_view(g, node, view)
        ctx["title"] = " · ".join(x for x in (
            event["sub_event_type"].text if event["sub_event_type"] else "event",
            event["place"].text if event["place"] else None, event["date"]) if x)
    elif CKG.Article in types and kind == "article":
        template = "resources/article.html"
        ctx["article"] = article_view(g, node, view)
        ctx["events"] = events_page(iri, kind, key, page, view)
        ctx["title"] = ctx["article"]["headline"] or view.label(node)
    elif types & {CKG.Actor, CKG.Place} and kind not in NODE_KINDS:
        template = "resources/entity.html"
        ctx["entity"] = entity_view(g, node, view)
        ctx["events"] = events_page(iri, kind, key, page, view)
        ctx["title"] = view.label(node)
    else:
        template = "resources/generic.html"
        ctx["title"] = generic_title(g, node, view, key)
    resp = Response(render_template(template, **ctx), status=200,
                    content_type="text/html; charset=utf-8")
    resp.headers.update(HTML_HEADERS)
    return resp


# -- view models (plain dicts and strings: the templates escape everything) ----------------------
@dataclass
class Ref:
    """A node as a page shows it: text, and a link when it may have one."""

    text: str
    href: str | None = None
    iri: str | None = None
    external: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def safe_url(value: str) -> str | None:
    """``value`` when it is an absolute http(s) URL fit for an href, else None."""
    value = value.strip()
    if not value or any(c in value for c in "\x00\t\r\n \\\"'<>`"):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def wikidata_url(node: object) -> str | None:
    """The canonical Wikidata entity IRI for ``node`` when it is one."""
    if isinstance(node, URIRef) and str(node).startswith(str(WD)):
        qid = str(node)[len(str(WD)):]
        if QID.fullmatch(qid):
            return str(WD) + qid
    return None


def geonames_url(node: object) -> str | None:
    """GeoNames' feature URI for ``node`` when it is one (``https://sws.geonames.org/79415/``),
    so a page links only to GeoNames, whatever a loaded file put there."""
    if isinstance(node, URIRef) and geonames_id(str(node)) is not None:
        return str(node)
    return None


def curie(iri: str) -> str:
    best = ""
    name = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, f"{prefix}:{iri[len(ns):]}"
    return name or iri


def local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1]


class View:
    """Reads one parsed description: labels, links, values."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.base = current_app.config["KG_SETTINGS"].base_iri + "id/"

    def local_href(self, iri: str) -> str | None:
        if not iri.startswith(self.base):
            return None
        parts = iri[len(self.base):].split("/")
        if len(parts) != 2 or not all(map(segment_ok, parts)):
            return None
        return url_for("resources.resource", kind=parts[0], key=parts[1])

    def label(self, node: object) -> str:
        """skos:prefLabel (English first), rdfs:label, headline, else a short form of the IRI."""
        for prop in (SKOS.prefLabel, RDFS.label, SCHEMA.headline):
            values = [o for o in self.g.objects(node, prop) if isinstance(o, Literal)]
            if values:
                values.sort(key=lambda lit: (lit.language not in ("en", None), str(lit)))
                return str(values[0])
        if isinstance(node, URIRef):
            s = str(node)
            if s.startswith(self.base):
                return s[len(self.base):]
            return curie(s)
        return str(node)

    def ref(self, node: object) -> Ref:
        if isinstance(node, Literal):
            return Ref(text=str(node))
        if not isinstance(node, URIRef):
            return Ref(text=str(node))
        s = str(node)
        local = self.local_href(s)
        if local:
            return Ref(text=self.label(node), href=local, iri=s)
        ext = safe_url(s)
        return Ref(text=self.label(node), href=ext, iri=s, external=ext is not None)

    def one(self, s: object, p: URIRef) -> Any:
        values = sorted(self.g.objects(s, p), key=str)
        return values[0] if values else None

    def refs(self, s: object, p: URIRef) -> list[Ref]:
        return sorted((self.ref(o) for o in set(self.g.objects(s, p))),
                      key=lambda r: r.text.casefold())

    def literal(self, s: object, p: URIRef) -> str | None:
        value = self.one(s, p)
        return str(value) if value is not None else None

    def value(self, o: object) -> Ref:
        """Any object for the property tables: literals as text (URL-typed ones linked when
        http(s)), IRIs linked when local or http(s)."""
        if isinstance(o, Literal):
            ref = Ref(text=str(o))
            if o.language:
                ref.extra["lang"] = o.language
            elif o.datatype is not None:
                ref.extra["datatype"] = curie(str(o.datatype))
                if str(o.datatype).endswith("#anyURI"):
                    ref.href = safe_url(str(o))
                    ref.external = ref.href is not None
            return ref
        return self.ref(o)

    def properties(self, node: URIRef) -> list[tuple[Ref, list[Ref]]]:
        grouped: dict[object, list[object]] = defaultdict(list)
        for p, o in self.g.predicate_objects(node):
            grouped[p].append(o)
        rows = []
        for p in sorted(grouped, key=lambda x: curie(str(x))):
            values = sorted((self.value(o) for o in grouped[p]), key=lambda r: r.text)
            rows.append((Ref(text=curie(str(p)), href=safe_url(str(p)), iri=str(p)), values))
        return rows

    def incoming(self, node: URIRef) -> list[tuple[Ref, Ref]]:
        rows = [(self.ref(s), Ref(text=curie(str(p)), href=safe_url(str(p)), iri=str(p)))
                for s, p in self.g.subject_predicates(node)]
        return sorted(rows, key=lambda r: (r[1].text, r[0].text))


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _place(view: View, node: object) -> Ref:
    ref = view.ref(node)
    wd = wikidata_url(view.one(node, CKG.wikidata))
    ref.extra["wikidata"] = wd
    ref.extra["qid"] = wd[len(str(WD)):] if wd else None
    ref.extra["geonames"] = geonames_url(view.one(node, CKG.geonames))
    lat, lon = view.literal(node, GEO.lat), view.literal(node, GEO.long)
    ref.extra["coords"] = coords(lat, lon)
    return ref


def coords(lat: str | None, lon: str | None) -> dict[str, str] | None:
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    return {"lat": str(lat), "long": str(lon),
            "osm": f"https://www.openstreetmap.org/?mlat={la}&mlon={lo}#map=11/{la}/{lo}"}


def _count_text(view: View, node: object) -> tuple[str, str]:
    """("at least 20", "killed") for a casualty or materiel report."""
    count = view.literal(node, CKG["count"]) or "?"
    qual = view.one(node, CKG.qualifier)
    words = QUALIFIER_TEXT.get(local_name(str(qual)), view.label(qual)) if qual else ""
    outcome = view.one(node, CKG.outcome)
    return (f"{words} {count}".strip(), view.label(outcome) if outcome is not None else "")


def _report_order(node: object) -> tuple[int, str]:
    tail = str(node).rsplit(".", 1)[-1]
    return (int(tail) if tail.isdigit() else 1 << 30, str(node))


def generic_title(g: Graph, node: URIRef, view: View, key: str) -> str:
    """A heading for a page without its own template, such as
    ``casualty report: at least 20 killed (Civilians (Syria))`` or ``text span {key}``."""
    types = sorted(view.label(t) for t in g.objects(node, RDF.type))
    kind = types[0] if types else ""
    if (node, CKG["count"], None) in g:
        amount, outcome = _count_text(view, node)
        item = view.literal(node, CKG.item)
        victim = view.one(node, CKG.victim)
        text = " ".join(x for x in (amount, "×" if item else "", item, outcome) if x)
        if victim is not None:
            text += f" ({view.label(victim)})"
        return f"{kind}: {text}" if kind else text
    if any(p in (RDFS.label, SKOS.prefLabel, SCHEMA.headline) for p in g.predicates(node)):
        return view.label(node)
    return f"{kind} {key}".strip()


def event_view(g: Graph, node: URIRef, view: View) -> dict[str, Any]:
    date = view.one(node, CKG.date)
    prec = view.one(node, CKG.datePrecision)
    location = view.one(node, CKG.location)
    casualties = []
    for c in sorted(g.objects(node, CKG.casualtyReport), key=_report_order):
        amount, outcome = _count_text(view, c)
        victim, claimant = view.one(c, CKG.victim), view.one(c, CKG.claimedBy)
        ref = view.ref(c)
        ref.text = f"{amount} {outcome}".strip()
        casualties.append({
            "ref": ref, "amount": amount, "outcome": outcome,
            "victim": view.ref(victim) if victim is not None else None,
            "claimed_by": view.ref(claimant) if claimant is not None else None})
    materiel = []
    for m in sorted(g.objects(node, CKG.materielReport), key=_report_order):
        amount, outcome = _count_text(view, m)
        owner, claimant = view.one(m, CKG.owner), view.one(m, CKG.claimedBy)
        ref = view.ref(m)
        ref.text = f"{amount} × {view.literal(m, CKG.item) or '?'} {outcome}".strip()
        materiel.append({
            "ref": ref, "amount": amount, "outcome": outcome,
            "item": view.literal(m, CKG.item) or "",
            "owner": view.ref(owner) if owner is not None else None,
            "claimed_by": view.ref(claimant) if claimant is not None else None})
    evidence = []
    for span in set(g.objects(node, CKG.evidence)):
        article = view.one(span, CKG.inArticle)
        url = view.one(article, SCHEMA.url) if article is not None else None
        evidence.append({
            "ref": view.ref(span), "quote": view.literal(span, OA.exact),
            "start": _int(view.one(span, OA.start)), "end": _int(view.one(span, OA.end)),
            "article": view.ref(article) if article is not None else None,
            "source_url": safe_url(str(url)) if url is not None else None})
    evidence.sort(key=lambda e: (e["start"] if e["start"] is not None else 1 << 62,
                                 e["ref"].text))
    articles = []
    for a in sorted(set(g.objects(node, CKG.reportedIn)), key=str):
        url = view.one(a, SCHEMA.url)
        articles.append({"ref": view.ref(a),
                         "source_url": safe_url(str(url)) if url is not None else None})
    sub, etype = view.one(node, CKG.subEventType), view.one(node, CKG.eventType)
    certainty = view.one(node, CKG.certainty)
    return {
        "event_type": view.ref(etype) if etype is not None else None,
        "sub_event_type": view.ref(sub) if sub is not None else None,
        "classes": [r for r in view.refs(node, RDF.type) if r.iri != str(CKG.Event)],
        "date": str(date) if date is not None else None,
        "precision": PRECISION_TEXT.get(local_name(str(prec)), view.label(prec))
        if prec is not None else None,
        "place": _place(view, location) if location is not None else None,
        "actors": view.refs(node, CKG.actor), "targets": view.refs(node, CKG.target),
        "attributed_to": view.refs(node, CKG.attributedTo),
        "certainty": view.label(certainty) if certainty is not None else None,
        "area_km2": view.literal(node, CKG.areaKm2),
        "casualties": casualties, "materiel": materiel, "evidence": evidence,
        "articles": articles,
    }


def entity_view(g: Graph, node: URIRef, view: View) -> dict[str, Any]:
    place = _place(view, node)
    alt = sorted({str(o) for o in g.objects(node, SKOS.altLabel)}, key=str.casefold)
    country, admin1 = view.one(node, CKG.country), view.one(node, CKG.locatedIn)
    return {
        "label": view.label(node), "alt_labels": alt,
        "classes": [r for r in view.refs(node, RDF.type)
                    if r.iri not in (str(CKG.Actor),)],
        "wikidata": place.extra["wikidata"], "qid": place.extra["qid"],
        "geonames": place.extra["geonames"],
        "coords": place.extra["coords"],
        "country": view.ref(country) if country is not None else None,
        "admin1": view.ref(admin1) if admin1 is not None else None,
    }


def article_view(g: Graph, node: URIRef, view: View) -> dict[str, Any]:
    url = view.one(node, SCHEMA.url)
    mentions = view.refs(node, SCHEMA.mentions)
    return {
        "headline": view.literal(node, SCHEMA.headline),
        "publisher": view.literal(node, SCHEMA.publisher),
        "author": view.literal(node, SCHEMA.author),
        "date": view.literal(node, SCHEMA.datePublished),
        "language": view.literal(node, SCHEMA.inLanguage),
        "identifier": view.literal(node, URIRef("http://purl.org/dc/terms/identifier")),
        "url": str(url) if url is not None else None,
        "url_href": safe_url(str(url)) if url is not None else None,
        "mentions": mentions,
    }


def graph_view(g: Graph, node: URIRef, view: View) -> dict[str, Any]:
    subjects: dict[object, list[tuple[object, object]]] = defaultdict(list)
    n = 0
    for s, p, o in g:
        if s == node or o == node:
            continue
        subjects[s].append((p, o))
        n += 1
    contents = []
    for s in sorted(subjects, key=str):
        rows: dict[object, list[Ref]] = defaultdict(list)
        for p, o in subjects[s]:
            rows[p].append(view.value(o))
        contents.append((view.ref(s), [
            (Ref(text=curie(str(p)), href=safe_url(str(p)), iri=str(p)),
             sorted(vals, key=lambda r: r.text))
            for p, vals in sorted(rows.items(), key=lambda kv: curie(str(kv[0])))]))
    return {"contents": contents, "triples": n, "truncated": n >= GRAPH_LIMIT,
            "graph_limit": GRAPH_LIMIT}


def events_page(iri: str, kind: str, key: str, page: int, view: View) -> dict[str, Any]:
    """Two queries: the page of events, then their total."""
    rows = _select(events_query(iri, kind, page))
    total = int(_select(count_query(iri, kind))[0]["n"]["value"])
    events: dict[str, dict[str, Any]] = {}
    for row in rows:
        e = row["e"]["value"]
        item = events.setdefault(e, {
            "ref": Ref(text=view.label(URIRef(e)), href=view.local_href(e), iri=e),
            "date": row.get("date", {}).get("value"),
            "precision": PRECISION_TEXT.get(local_name(row.get("prec", {}).get("value", ""))),
            "roles": [ROLE_TEXT.get(x, x) for x in row.get("roles", {}).get("value",
                                                                              "").split()],
            "type": None, "place": None})
        if item["type"] is None and "sub" in row:
            label = row.get("subLabel", {}).get("value") or local_name(row["sub"]["value"])
            item["type"] = label
        if item["place"] is None and "place" in row:
            p = row["place"]["value"]
            item["place"] = Ref(text=row.get("placeLabel", {}).get("value")
                                or view.label(URIRef(p)), href=view.local_href(p), iri=p)
    pages = max(1, -(-total // PAGE_SIZE))

    def link(n: int) -> str:
        return url_for("resources.resource", kind=kind, key=key, page=n)

    return {
        "rows": list(events.values()), "total": total, "page": page, "pages": pages,
        "first": (page - 1) * PAGE_SIZE + 1, "last": (page - 1) * PAGE_SIZE + len(events),
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
        "first_link": link(1) if page > 1 else None,
        "last_link": link(pages) if page < pages else None,
    }
