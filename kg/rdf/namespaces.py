"""The namespaces of docs/rdf-model.md, shared by the converter, store, CLI and tests."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

CKG = Namespace("https://w3id.org/conflict-kg/ontology#")
CKGSH = Namespace("https://w3id.org/conflict-kg/shapes#")
ONTOLOGY_IRI = "https://w3id.org/conflict-kg/ontology"
VOCAB = "https://w3id.org/conflict-kg/vocab/"
EVTYPE = Namespace(VOCAB + "event-type/")
SUBTYPE = Namespace(VOCAB + "sub-event-type/")
OUTCOME = Namespace(VOCAB + "outcome/")
MATOUT = Namespace(VOCAB + "materiel-outcome/")
QUALIFIER = Namespace(VOCAB + "qualifier/")
CERTAINTY = Namespace(VOCAB + "certainty/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
WD = Namespace("http://www.wikidata.org/entity/")
SPDX = Namespace("http://spdx.org/rdf/terms#")

#: Prefixes used when serialising Turtle/TriG (dumps, query results).
PREFIXES: dict[str, str] = {
    "ckg": str(CKG), "evtype": str(EVTYPE), "subtype": str(SUBTYPE), "outcome": str(OUTCOME),
    "matout": str(MATOUT), "qualifier": str(QUALIFIER), "certainty": str(CERTAINTY),
    "schema": str(SCHEMA), "oa": str(OA), "geo": str(GEO), "wd": str(WD), "prov": str(PROV),
    "sem": str(SEM), "skos": str(SKOS), "rdfs": str(RDFS), "rdf": str(RDF), "xsd": str(XSD),
    "dcterms": str(DCTERMS), "time": str(TIME), "owl": str(OWL), "spdx": str(SPDX),
}

__all__ = [
    "CERTAINTY", "CKG", "CKGSH", "DCTERMS", "EVTYPE", "GEO", "MATOUT", "OA", "ONTOLOGY_IRI",
    "OUTCOME", "OWL", "PREFIXES", "PROV", "QUALIFIER", "RDF", "RDFS", "SCHEMA", "SEM", "SKOS",
    "SPDX", "SUBTYPE", "TIME", "VOCAB", "WD", "XSD",
]
