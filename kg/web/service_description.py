"""SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/).

Returned on a bare GET of the endpoint so that clients can discover what it supports: the
languages, result formats, features (the default graph is the union of the named graphs;
``sd:BasicFederatedQuery`` only when ``KG_SERVICE_ALLOW`` names endpoints), whether updates are
available, and the default dataset with its size (VoID).
"""

from __future__ import annotations

from functools import lru_cache

from flask import Response, current_app, request
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")

#: W3C format IRIs of what the endpoint can answer in.
RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD",
                      "N-Quads", "TriG")
SD_MEDIA = {
    "text/turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld",
    "application/n-triples": "nt", "application/trig": "trig",
}


def build_service_description(endpoint: str, triples: int, update_endpoint: str | None = None,
                              federated: bool = False) -> Graph:
    """The description; ``update_endpoint`` is given only when writes are enabled, so a
    read-only deployment advertises no update service, and ``federated`` only when SERVICE
    may call some endpoints (Service Description §3.2.5: SPARQL 1.1 Federated Query)."""
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    g.bind("formats", FORMATS)
    svc = URIRef(endpoint)
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, svc))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    for f in RESULT_FORMAT_IRIS:
        g.add((svc, SD.resultFormat, FORMATS[f]))
    g.add((svc, SD.feature, SD.UnionDefaultGraph))
    g.add((svc, SD.feature, SD.EmptyGraphs))
    if federated:
        g.add((svc, SD.feature, SD.BasicFederatedQuery))
    dataset = BNode("dataset")
    default_graph = BNode("defaultGraph")
    g.add((svc, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, SD.Graph))
    g.add((default_graph, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((dataset, VOID.triples, Literal(triples, datatype=XSD.integer)))
    if update_endpoint is not None:
        upd = URIRef(update_endpoint)
        g.add((upd, RDF.type, SD.Service))
        g.add((upd, SD.endpoint, upd))
        g.add((upd, SD.supportedLanguage, SD.SPARQL11Update))
        g.add((upd, SD.defaultDataset, dataset))
    return g


@lru_cache(maxsize=64)
def _serialised(endpoint: str, triples: int, update: str | None, federated: bool,
                fmt: str) -> bytes:
    data = build_service_description(endpoint, triples, update, federated).serialize(format=fmt)
    return data.encode("utf-8") if isinstance(data, str) else data


def service_description_response() -> Response:
    # a client that accepts none of these (a browser asking for HTML) still gets Turtle
    best = request.accept_mimetypes.best_match(list(SD_MEDIA)) or "text/turtle"
    endpoint = request.base_url
    info = current_app.config["KG_DATASET_INFO"]
    settings = current_app.config["KG_SETTINGS"]
    update = request.host_url.rstrip("/") + "/update" if settings.write_token else None
    body = _serialised(endpoint, info["triples"], update, bool(settings.service_allow),
                       SD_MEDIA[best])
    resp = Response(body, content_type=f"{best}; charset=utf-8")
    resp.headers.update({"Access-Control-Allow-Origin": "*", "Vary": "Accept"})
    return resp
