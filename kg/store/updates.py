"""The SPARQL Update texts every backend sends: one place, so both backends write the same quads.

Each article write is *one* update request (several operations separated by ``;``). Oxigraph —
embedded or as a server — applies one request in one transaction, which is what makes an
article replace atomic; see docs/deploy.md for what other engines guarantee.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.mapping import ArticleRdf
from kg.rdf.namespaces import CKG, GEO, ONTOLOGY_IRI, PROV, SCHEMA, SPDX


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term → pyoxigraph term (their string form is then valid N-Triples/SPARQL)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def triples_block(graph: Graph) -> str:
    """N-Triples lines of ``graph`` in sorted order (the same text for the same graph)."""
    return "\n".join(
        f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in sorted(graph)
    )


#: Entity properties with one value (shapes: sh:maxCount 1): the latest article's value wins,
#: so two articles that disagree on a place's coordinates do not leave it invalid.
SINGLE_VALUED = (GEO.lat, GEO.long, CKG.country, CKG.locatedIn)


def _replace_single_valued(entities_graph: str, graph: Graph) -> str:
    """SPARQL Update operation removing the stored single-valued properties that ``graph``
    sets anew (empty when it sets none)."""
    subjects = sorted({str(s) for s, p, _o in graph if p in SINGLE_VALUED})
    if not subjects:
        return ""
    values = " ".join(f"<{x}>" for x in subjects)
    props = " ".join(f"<{p}>" for p in SINGLE_VALUED)
    return (f"DELETE {{ GRAPH <{entities_graph}> {{ ?x ?p ?o }} }} WHERE {{ "
            f"VALUES ?x {{ {values} }} VALUES ?p {{ {props} }} "
            f"GRAPH <{entities_graph}> {{ ?x ?p ?o }} }} ;\n")


def article_sha256_query(graph_iri: str) -> str:
    """SELECT ?h: the facts hash stored in an article graph (no row when absent)."""
    return f"SELECT ?h WHERE {{ GRAPH <{graph_iri}> {{ ?a <{CKG.factsSha256}> ?h }} }} LIMIT 1"


def article_source_query(graph_iri: str) -> str:
    """SELECT ?h: the SHA-256 of the input an article graph was made from (PROV-O
    ``prov:wasDerivedFrom`` → SPDX checksum), no row when absent."""
    return (f"SELECT ?h WHERE {{ GRAPH <{graph_iri}> {{ ?a <{PROV.wasDerivedFrom}> ?f . "
            f"?f <{SPDX.checksum}> ?c . ?c <{SPDX.checksumValue}> ?h }} }} LIMIT 1")


def replace_article_update(rdf: ArticleRdf) -> str:
    """One update replacing an article graph and merging its entity descriptions."""
    g, e, a = str(rdf.graph_iri), str(rdf.entities_graph_iri), str(rdf.article_iri)
    return (
        # descriptions only the old version of this article used go with it
        f"DELETE {{ GRAPH <{e}> {{ ?x ?p ?o }} }} WHERE {{ "
        f"GRAPH <{g}> {{ <{a}> <{SCHEMA.mentions}> ?x }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?a2 <{SCHEMA.mentions}> ?x }} "
        f"FILTER(?other != <{g}>) }} "
        f"GRAPH <{e}> {{ ?x ?p ?o }} }} ;\n"
        f"DROP SILENT GRAPH <{g}> ;\n"
        + _replace_single_valued(e, rdf.entity_graph) +
        f"INSERT DATA {{ GRAPH <{g}> {{\n{triples_block(rdf.article_graph)}\n}}\n"
        f"GRAPH <{e}> {{\n{triples_block(rdf.entity_graph)}\n}} }}"
    )


def ontology_triples(ontology: Graph) -> set[str]:
    """The ontology as N-Triples statements (without the final dot); blank-node triples are
    left out, as they cannot be compared across stores."""
    return {f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in ontology
            if not isinstance(s, BNode) and not isinstance(o, BNode)}


def ontology_update(wanted: set[str]) -> str:
    """One update making the ontology graph hold exactly ``wanted``."""
    body = "\n".join(f"{t} ." for t in sorted(wanted))
    return (f"DROP SILENT GRAPH <{ONTOLOGY_IRI}> ;\n"
            f"INSERT DATA {{ GRAPH <{ONTOLOGY_IRI}> {{\n{body}\n}} }}")


def write_graph_update(graph: str | None, triples: list[str], *, replace: bool) -> str:
    """One update replacing (PUT) or merging into (POST) a graph; empty when nothing to do."""
    target = "DEFAULT" if graph is None else f"GRAPH <{graph}>"
    body = "\n".join(triples)
    inner = f"INSERT DATA {{ {body} }}" if graph is None else \
        f"INSERT DATA {{ GRAPH <{graph}> {{ {body} }} }}"
    ops = [f"CLEAR SILENT {target}"] if replace else []
    if triples:
        ops.append(inner)
    return " ;\n".join(ops)


def drop_graph_update(graph: str | None) -> str:
    return "CLEAR SILENT DEFAULT" if graph is None else f"DROP SILENT GRAPH <{graph}>"


def parse_graph_body(data: bytes, fmt: ox.RdfFormat, graph: str | None) -> list[str]:
    """A Graph Store Protocol body as N-Triples statements, parsed completely first so that
    malformed RDF changes nothing (raises SyntaxError)."""
    return [f"{q.subject} {q.predicate} {q.object} ." for q in
            ox.parse(data, format=fmt, base_iri=graph or None)]
