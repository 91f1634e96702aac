"""Browse pages for people: events by date, places, actors — paginated HTML lists.

``/browse/events`` lists events newest first (undated ones last), optionally between two days
(``from``/``to``, inclusive: the timeline's bars link here); ``/browse/places`` and
``/browse/actors`` list entities with the number of events they take part in, most active first.
An entity's count is the one its own page shows, because both use the same role patterns
(``resources._event_roles``). Each page costs two queries through the worker pool — one page of
rows and the total — so a list never holds more than ``PAGE_SIZE`` rows in memory. Templates
escape every value; only IRIs of this dataset and canonical Wikidata IRIs become links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import Blueprint, Response, render_template, request, url_for
from rdflib import Graph, URIRef

from kg.web.resources import (
    HTML_HEADERS,
    PAGE_SIZE,
    PRECISION_TEXT,
    Ref,
    Stop,
    View,
    _event_roles,
    _page_number,
    _select,
    local_name,
    wikidata_url,
)
from kg.web.sparql import error

bp = Blueprint("browse", __name__)


@dataclass(frozen=True)
class EntityList:
    """One of the entity lists: its class, title and a sentence about what it counts."""

    cls: str
    title: str
    blurb: str


ENTITY_LISTS: dict[str, EntityList] = {
    "places": EntityList("ckg:Place", "Places",
                         "Places and the events located at or within them."),
    "actors": EntityList("ckg:Actor", "Actors",
                         "Armed forces, groups, governments, organisations, people and civilian "
                         "populations, with the events they take part in as actor, target, "
                         "source, victim or claimant."),
}


# -- queries -----------------------------------------------------------------------------------
def _date_pattern(first: date | None, last: date | None) -> str:
    """Binds ``?d``: any date (optional) when unfiltered, else a date within the range."""
    conds = [f'?d >= "{first.isoformat()}"^^xsd:date' if first else "",
             f'?d <= "{last.isoformat()}"^^xsd:date' if last else ""]
    conds = [c for c in conds if c]
    if not conds:
        return "OPTIONAL { ?e ckg:date ?d }"
    return f"?e ckg:date ?d FILTER({' && '.join(conds)})"


def events_query(first: date | None, last: date | None, page: int) -> str:
    """One page of events, newest first; unbound dates sort lowest, so undated events come
    last. Labels and actors are joined after paging, so their multiplicity cannot shift it."""
    offset = (page - 1) * PAGE_SIZE
    return f"""SELECT ?e ?date ?prec ?sub ?subLabel ?place ?placeLabel ?actor ?actorLabel WHERE {{
  {{ SELECT ?e (MAX(?d) AS ?date) WHERE {{ ?e a ckg:Event . {_date_pattern(first, last)} }}
    GROUP BY ?e ORDER BY DESC(?date) ?e LIMIT {PAGE_SIZE} OFFSET {offset} }}
  OPTIONAL {{ ?e ckg:datePrecision ?prec }}
  OPTIONAL {{ ?e ckg:subEventType ?sub OPTIONAL {{ ?sub skos:prefLabel ?subLabel }} }}
  OPTIONAL {{ ?e ckg:location ?place OPTIONAL {{ ?place rdfs:label ?placeLabel }} }}
  OPTIONAL {{ ?e ckg:actor ?actor OPTIONAL {{ ?actor rdfs:label ?actorLabel }} }}
}} ORDER BY DESC(?date) ?e"""


def events_count_query(first: date | None, last: date | None) -> str:
    return (f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ckg:Event . "
            f"{_date_pattern(first, last)} }}")


def entities_query(cls: str, page: int) -> str:
    """One page of entities of ``cls`` with their event counts, most events first, then by
    name; kinds (the ckg subclasses) and Wikidata links are joined after paging."""
    offset = (page - 1) * PAGE_SIZE
    return f"""SELECT ?x ?label ?n ?wd ?kind ?kindLabel WHERE {{
  {{ SELECT ?x (MIN(STR(?l)) AS ?label) (COUNT(DISTINCT ?e) AS ?n) WHERE {{
      ?x a {cls} .
      OPTIONAL {{ ?x rdfs:label ?l }}
      OPTIONAL {{ {_event_roles("?x", "entity")} ?e a ckg:Event . }}
    }} GROUP BY ?x ORDER BY DESC(?n) LCASE(?label) ?x LIMIT {PAGE_SIZE} OFFSET {offset} }}
  OPTIONAL {{ ?x ckg:wikidata ?wd }}
  OPTIONAL {{ ?x a ?kind FILTER(STRSTARTS(STR(?kind), STR(ckg:))
                               && ?kind NOT IN (ckg:Actor, ckg:Place))
             OPTIONAL {{ ?kind rdfs:label ?kindLabel }} }}
}} ORDER BY DESC(?n) LCASE(?label) ?x"""


def entities_count_query(cls: str) -> str:
    return f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}"


# -- requests ----------------------------------------------------------------------------------
def _day(name: str) -> date | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise Stop(error(400, f"{name} must be a date as YYYY-MM-DD")) from None


def _scope(first: date | None, last: date | None) -> str:
    """The date range of an events list in words ("" when unfiltered)."""
    if first and last:
        return f"on {first}" if first == last else f"from {first} to {last}"
    if first:
        return f"from {first}"
    return f"until {last}" if last else ""


def _pager(endpoint: str, page: int, total: int, rows: int, **args: str) -> dict[str, Any]:
    """Page numbers and links (``None`` where there is nowhere to go)."""
    pages = max(1, -(-total // PAGE_SIZE))

    def link(n: int) -> str:
        return url_for(endpoint, page=n, **args)

    return {
        "total": total, "page": page, "pages": pages,
        "first": (page - 1) * PAGE_SIZE + 1, "last": (page - 1) * PAGE_SIZE + rows,
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
        "first_link": link(1) if page > 1 else None,
        "last_link": link(pages) if page < pages else None,
    }


def _html(template: str, **ctx: Any) -> Response:
    resp = Response(render_template(template, **ctx), status=200,
                    content_type="text/html; charset=utf-8")
    resp.headers.update(HTML_HEADERS)
    return resp


def _ref(view: View, iri: str, label: str | None) -> Ref:
    return Ref(text=label or view.label(URIRef(iri)), href=view.local_href(iri), iri=iri)


@bp.get("/browse/events")
def events() -> Response:
    try:
        page = _page_number()
        first, last = _day("from"), _day("to")
        if first and last and first > last:
            return error(400, "from must not be after to")
        rows = _select(events_query(first, last, page))
        total = int(_select(events_count_query(first, last))[0]["n"]["value"])
    except Stop as stop:
        return stop.response
    view = View(Graph())
    items: dict[str, dict[str, Any]] = {}
    for row in rows:
        e = row["e"]["value"]
        item = items.setdefault(e, {
            "ref": _ref(view, e, None), "date": row.get("date", {}).get("value"),
            "precision": PRECISION_TEXT.get(local_name(row.get("prec", {}).get("value", ""))),
            "type": None, "place": None, "actors": {}})
        if item["type"] is None and "sub" in row:
            item["type"] = row.get("subLabel", {}).get("value") or local_name(
                row["sub"]["value"])
        if item["place"] is None and "place" in row:
            item["place"] = _ref(view, row["place"]["value"],
                                 row.get("placeLabel", {}).get("value"))
        if "actor" in row:
            a = row["actor"]["value"]
            label = row.get("actorLabel", {}).get("value")
            if a not in item["actors"] or (label and label < item["actors"][a].text):
                item["actors"][a] = _ref(view, a, label)
    for item in items.values():
        item["actors"] = sorted(item["actors"].values(), key=lambda r: r.text.casefold())
    args = {k: v.isoformat() for k, v in (("from", first), ("to", last)) if v}
    return _html("pages/browse_events.html", rows=list(items.values()),
                 scope=_scope(first, last),
                 pager=_pager("browse.events", page, total, len(items), **args))


def _entities(name: str) -> Response:
    spec = ENTITY_LISTS[name]
    try:
        page = _page_number()
        rows = _select(entities_query(spec.cls, page))
        total = int(_select(entities_count_query(spec.cls))[0]["n"]["value"])
    except Stop as stop:
        return stop.response
    view = View(Graph())
    items: dict[str, dict[str, Any]] = {}
    for row in rows:
        x = row["x"]["value"]
        item = items.setdefault(x, {
            "ref": _ref(view, x, row.get("label", {}).get("value")),
            "events": int(row["n"]["value"]), "wikidata": None, "qid": None, "kinds": set()})
        wd = wikidata_url(URIRef(row["wd"]["value"])) if "wd" in row else None
        if wd and (item["wikidata"] is None or wd < item["wikidata"]):
            item["wikidata"], item["qid"] = wd, local_name(wd)
        if "kind" in row:
            item["kinds"].add(row.get("kindLabel", {}).get("value")
                              or local_name(row["kind"]["value"]))
    for item in items.values():
        item["kinds"] = sorted(item["kinds"], key=str.casefold)
    return _html("pages/browse_entities.html", spec=spec, name=name, rows=list(items.values()),
                 pager=_pager(f"browse.{name}", page, total, len(items)))


@bp.get("/browse/places")
def places() -> Response:
    return _entities("places")


@bp.get("/browse/actors")
def actors() -> Response:
    return _entities("actors")
