"""Dataset metadata (VoID + DCAT at /.well-known/void) and the ontology and shapes documents.

The VoID description is what crawlers and catalogues read first: size, class and property
partitions, the Wikidata linkset (and the GeoNames one, when places link GeoNames), the dumps
and the SPARQL endpoint, vocabularies, licence and modification date. It is computed once per
store version from Oxigraph aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, render_template_string, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, SKOS, VOID, XSD

from kg.config import ONTOLOGY_PATH, SHAPES_PATH
from kg.facts import GEONAMES_FEATURE
from kg.rdf.namespaces import CKG, OA, PROV, SCHEMA, SEM
from kg.web.dumps import DUMP_FILES

bp = Blueprint("metadata", __name__)

IANA = "http://www.iana.org/assignments/media-types/"
RDF_MEDIA = {"text/turtle": "turtle", "application/ld+json": "json-ld",
             "application/n-triples": "nt", "application/rdf+xml": "xml"}
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
VOCABULARIES = (str(CKG).rstrip("#"), str(SEM), str(SCHEMA), str(PROV), str(OA), str(SKOS),
                "http://www.w3.org/2003/01/geo/wgs84_pos#", "http://www.w3.org/2006/time#")


def _counts(store, query: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(row[0].value, int(row[1].value)) for row in store.query(query)]


@dataclass(frozen=True)
class VoidCounts:
    """The costly part of the description: computed once per store version."""

    stats: Any
    classes: list[tuple[str, int]]
    props: list[tuple[str, int]]
    example: str | None


_COUNTS: dict[int, VoidCounts] = {}


def void_counts(store, version: int) -> VoidCounts:  # type: ignore[no-untyped-def]
    if version not in _COUNTS:
        stats = store.stats()
        example = None
        if stats.events:
            row = next(iter(store.query(
                "SELECT ?e WHERE { ?e a ckg:Event } ORDER BY ?e LIMIT 1")))
            example = row[0].value
        _COUNTS.clear()  # only the current version is ever asked for
        _COUNTS[version] = VoidCounts(
            stats,
            _counts(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } "
                           "GROUP BY ?c ORDER BY ?c"),
            _counts(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } "
                           "GROUP BY ?p ORDER BY ?p"),
            example)
    return _COUNTS[version]


def build_void(counts: VoidCounts, host: str, base_iri: str, version: int,
               modified: Any) -> Graph:
    stats = counts.stats
    g = Graph()
    for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF)):
        g.bind(prefix, ns)
    ds = URIRef(f"{base_iri}id/dataset/conflict-kg")
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title,
           Literal("conflict-kg: armed-conflict news as Linked Data", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Events, actors, places, casualty reports and claims extracted from news articles, "
        "one named graph per article, linked to Wikidata.", lang="en")))
    g.add((ds, DCTERMS.license, LICENSE))
    g.add((ds, DCTERMS.publisher, Literal("conflict-kg")))
    g.add((ds, DCTERMS.modified, Literal(modified.isoformat(), datatype=XSD.dateTime)))
    g.add((ds, FOAF.homepage, URIRef(host + "/")))
    g.add((ds, VOID.sparqlEndpoint, URIRef(host + "/sparql")))
    g.add((ds, VOID.uriSpace, Literal(f"{base_iri}id/")))
    g.add((ds, VOID.triples, Literal(stats.triples, datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(stats.entities + stats.events + stats.articles,
                                      datatype=XSD.integer)))
    for vocab in VOCABULARIES:
        g.add((ds, VOID.vocabulary, URIRef(vocab)))
    classes, props = counts.classes, counts.props
    g.add((ds, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    g.add((ds, VOID.properties, Literal(len(props), datatype=XSD.integer)))
    for i, (cls, n) in enumerate(classes):
        part = BNode(f"class{i}")
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for i, (prop, n) in enumerate(props):
        part = BNode(f"prop{i}")
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(prop)))
        g.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    if counts.example:
        g.add((ds, VOID.exampleResource, URIRef(counts.example)))
    # the Wikidata linkset
    wikidata = URIRef("https://www.wikidata.org/")
    links = URIRef(f"{base_iri}id/dataset/conflict-kg-wikidata-links")
    g.add((wikidata, RDF.type, VOID.Dataset))
    g.add((wikidata, DCTERMS.title, Literal("Wikidata")))
    g.add((wikidata, VOID.uriSpace, Literal("http://www.wikidata.org/entity/")))
    g.add((links, RDF.type, VOID.Linkset))
    g.add((links, VOID.subjectsTarget, ds))
    g.add((links, VOID.objectsTarget, wikidata))
    g.add((links, VOID.linkPredicate, CKG.wikidata))
    g.add((links, VOID.triples, Literal(stats.linked_entities, datatype=XSD.integer)))
    g.add((ds, VOID.subset, links))
    # the GeoNames linkset (places the gazetteer linked to a GeoNames feature), when there is one
    geonames_links = dict(counts.props).get(str(CKG.geonames), 0)
    if geonames_links:
        geonames = URIRef("https://www.geonames.org/")
        gn_links = URIRef(f"{base_iri}id/dataset/conflict-kg-geonames-links")
        g.add((geonames, RDF.type, VOID.Dataset))
        g.add((geonames, DCTERMS.title, Literal("GeoNames")))
        g.add((geonames, VOID.uriSpace, Literal(GEONAMES_FEATURE)))
        g.add((gn_links, RDF.type, VOID.Linkset))
        g.add((gn_links, VOID.subjectsTarget, ds))
        g.add((gn_links, VOID.objectsTarget, geonames))
        g.add((gn_links, VOID.linkPredicate, CKG.geonames))
        g.add((gn_links, VOID.triples, Literal(geonames_links, datatype=XSD.integer)))
        g.add((ds, VOID.subset, gn_links))
    # dumps (DCAT distributions) and the SPARQL service
    for name, (_fmt, media) in DUMP_FILES.items():
        url = URIRef(f"{host}/dumps/{name}")
        dist = URIRef(f"{base_iri}id/dataset/conflict-kg-dump-{name.split('.')[1]}")
        g.add((ds, VOID.dataDump, url))
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
        g.add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
        g.add((dist, DCTERMS.license, LICENSE))
    service = URIRef(host + "/sparql")
    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCAT.endpointURL, service))
    g.add((service, DCAT.servesDataset, ds))
    g.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    g.add((ds, DCTERMS.hasVersion, Literal(str(version))))
    return g


@lru_cache(maxsize=8)
def _void_bytes(host: str, version: int, fmt: str) -> bytes:
    app = current_app
    snapshots = app.config["KG_SNAPSHOTS"]
    with app.config["KG_WRITE_LOCK"]:  # counts of one version, computed once
        counts = void_counts(app.config["KG_STORE"], version)
    g = build_void(counts, host, app.config["KG_SETTINGS"].base_iri, version, snapshots.created)
    return g.serialize(format=fmt, encoding="utf-8")


def _rdf_choice() -> str | None:
    if not request.headers.get("Accept", "").strip():
        return "text/turtle"
    return request.accept_mimetypes.best_match(list(RDF_MEDIA))


@bp.get("/.well-known/void")
def void() -> Response:
    media = _rdf_choice() or "text/turtle"
    host = request.host_url.rstrip("/")
    version = current_app.config["KG_SNAPSHOTS"].version
    resp = Response(_void_bytes(host, version, RDF_MEDIA[media]),
                    content_type=f"{media}; charset=utf-8")
    resp.headers.update({"Access-Control-Allow-Origin": "*", "Vary": "Accept"})
    return resp


DOC_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<link rel="alternate" type="text/turtle" href="?format=turtle"></head>
<body><h1>{{ title }}</h1><p>{{ description }}</p>
<p>Machine-readable: <a href="?format=turtle">Turtle</a></p>
{% for heading, items in sections %}<h2>{{ heading }}</h2><dl>
{% for iri, label, comment in items %}<dt id="{{ iri.rsplit('#', 1)[-1].rsplit('/', 1)[-1] }}">
<strong>{{ label }}</strong> <code>{{ iri }}</code></dt><dd>{{ comment }}</dd>
{% endfor %}</dl>{% endfor %}</body></html>"""


@lru_cache(maxsize=2)
def _document(path: str) -> tuple[bytes, list[tuple[str, list[tuple[str, str, str]]]], str, str]:
    data = Path(path).read_bytes()
    g = Graph().parse(data=data, format="turtle")

    def items(kind: URIRef) -> list[tuple[str, str, str]]:
        return sorted((str(s), str(g.value(s, RDFS.label) or g.value(s, SKOS.prefLabel) or s),
                       str(g.value(s, RDFS.comment) or ""))
                      for s in set(g.subjects(RDF.type, kind)) if isinstance(s, URIRef))

    sh = Namespace("http://www.w3.org/ns/shacl#")
    sections = [(t, items(k)) for t, k in (
        ("Classes", OWL.Class), ("Object properties", OWL.ObjectProperty),
        ("Datatype properties", OWL.DatatypeProperty), ("Concepts", SKOS.Concept),
        ("Node shapes", sh.NodeShape))]
    onto = next(iter(g.subjects(RDF.type, OWL.Ontology)), None)
    title = str(g.value(onto, DCTERMS.title) or "conflict-kg") if onto else "conflict-kg shapes"
    desc = str(g.value(onto, DCTERMS.description) or "") if onto else (
        "SHACL shapes every article graph must satisfy before it is published.")
    return data, [(t, i) for t, i in sections if i], title, desc


def _serve_document(path: str) -> Response:
    data, sections, title, description = _document(path)
    fmt = request.args.get("format", "").lower()
    wants_html = fmt == "html" or (not fmt and request.accept_mimetypes.best_match(
        ["text/turtle", "text/html"]) == "text/html" and request.accept_mimetypes["text/html"])
    if wants_html:
        resp = Response(render_template_string(DOC_TEMPLATE, title=title, sections=sections,
                                               description=description),
                        content_type="text/html; charset=utf-8")
    else:
        resp = Response(data, content_type="text/turtle; charset=utf-8")
    resp.headers.update({"Access-Control-Allow-Origin": "*", "Vary": "Accept"})
    return resp


@bp.get("/ontology")
def ontology() -> Response:
    return _serve_document(str(ONTOLOGY_PATH))


@bp.get("/shapes")
def shapes() -> Response:
    return _serve_document(str(SHAPES_PATH))
