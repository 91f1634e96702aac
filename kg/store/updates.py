"""The SPARQL Update texts every backend sends: one place, so both backends write the same quads.

Each article write is *one* update request (several operations separated by ``;``), and a batch
of articles is one request holding each article's operations in turn. Oxigraph — embedded or as
a server — applies one request in one transaction, which is what makes an article replace
atomic; see docs/deploy.md for what other engines guarantee.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.config import ONTOLOGY_PATH
from kg.rdf.mapping import ArticleRdf
from kg.rdf.namespaces import CKG, GEO, ONTOLOGY_IRI, PROV, RDFS, SCHEMA, SKOS, SPDX


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


def triples_block(triples: Graph | Iterable[ox.Triple]) -> str:
    """N-Triples lines of a graph (an rdflib Graph or pyoxigraph triples) in sorted order: the
    same text for the same graph."""
    if isinstance(triples, Graph):
        return "\n".join(sorted(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples))
    return "\n".join(sorted(f"{t} ." for t in triples))


#: Entity properties with one value (shapes: sh:maxCount 1), replaced together: the latest
#: article that sets any of them for an entity sets all of them, so two articles that disagree on
#: a place's coordinates (or its GeoNames feature) do not leave it invalid.
SINGLE_VALUED = (GEO.lat, GEO.long, CKG.country, CKG.locatedIn, CKG.geonames)
_SINGLE_VALUED_OX = frozenset(ox.NamedNode(str(p)) for p in SINGLE_VALUED)
#: An entity's name, replaced on its own: one rdfs:label, the latest article's. A name it replaces
#: is kept as an skos:altLabel (while any article still mentions the entity), so every spelling
#: stays findable: a place GeoNames alone knows is named as each article writes it ("Hodeida",
#: "Hodeidah") and keyed by its GeoNames id, so articles disagree on its name.
LABEL, ALT_LABEL = RDFS.label, SKOS.altLabel
_LABEL_OX = ox.NamedNode(str(LABEL))
LABEL_NT, ALT_LABEL_NT = str(_LABEL_OX), str(ox.NamedNode(str(ALT_LABEL)))
#: every replaced property
_REPLACED_OX = frozenset((*_SINGLE_VALUED_OX, _LABEL_OX))
REPLACED_NT = frozenset(str(p) for p in _REPLACED_OX)


@dataclass(frozen=True)
class Shortcut:
    """What a writer that has looked, as the only writer, at what is stored can say instead of
    searching (:func:`replace_article_update`).

    ``stale``: exactly the single-valued entity statements and names the article replaces
    (N-Triples without the final dot). ``present``, when known: the entity statements the
    store holds when the article's insert runs, left out of it; ``alternative_names`` then
    lists exactly the alternative names equal to a name the article gives (deleted as data)."""

    stale: Sequence[str]
    present: frozenset[str] | None = None
    alternative_names: Sequence[str] = ()


def _replace_single_valued(entities_graph: str, triples: Iterable[ox.Triple]) -> str:
    """SPARQL Update operations removing the stored single-valued properties of the entities
    for which ``triples`` set any (empty when they set none), except the values ``triples``
    set again: same result as deleting them all before the insert, without deleting and
    re-inserting an unchanged value. Likewise the stored names of the entities ``triples``
    name, which become alternative names (:func:`_demote_labels`)."""
    e = entities_graph
    triples = tuple(triples)
    ops = ""
    rows = sorted({f"({t.subject} {t.predicate} {t.object})" for t in triples
                   if t.predicate in _SINGLE_VALUED_OX})
    if rows:
        subjects = sorted({row[1:].split(" ", 1)[0] for row in rows})
        props = " ".join(f"<{p}>" for p in SINGLE_VALUED)
        ops += (f"DELETE {{ GRAPH <{e}> {{ ?x ?p ?o }} }} WHERE {{ "
                f"VALUES ?x {{ {' '.join(subjects)} }} VALUES ?p {{ {props} }} "
                f"GRAPH <{e}> {{ ?x ?p ?o }} "
                f"MINUS {{ VALUES (?x ?p ?o) {{ {' '.join(rows)} }} }} }} ;\n")
    names = sorted({f"({t.subject} {t.object})" for t in triples if t.predicate == _LABEL_OX})
    if names:
        subjects = sorted({row[1:].split(" ", 1)[0] for row in names})
        ops += (f"DELETE {{ GRAPH <{e}> {{ ?x <{LABEL}> ?o }} }} "
                f"INSERT {{ GRAPH <{e}> {{ ?x <{ALT_LABEL}> ?o }} }} WHERE {{ "
                f"VALUES ?x {{ {' '.join(subjects)} }} GRAPH <{e}> {{ ?x <{LABEL}> ?o }} "
                f"MINUS {{ VALUES (?x ?o) {{ {' '.join(names)} }} }} }} ;\n")
    return ops


def _demote_labels(entities_graph: str, stale: Sequence[str]) -> str:
    """The operation turning the stored names in ``stale`` (N-Triples statements without the
    final dot, ``rdfs:label`` only) into alternative names — each only if it is still stored:
    an earlier operation may have removed the entity's description (the article's previous
    version was the only one to mention it), and then the name is gone, as the searching
    operation of :func:`_replace_single_valued` would find."""
    if not stale:
        return ""
    rows = " ".join(f"({x} {o})" for x, _p, o in (s.split(" ", 2) for s in stale))
    e = entities_graph
    return (f"DELETE {{ GRAPH <{e}> {{ ?x <{LABEL}> ?o }} }} "
            f"INSERT {{ GRAPH <{e}> {{ ?x <{ALT_LABEL}> ?o }} }} WHERE {{ "
            f"VALUES (?x ?o) {{ {rows} }} GRAPH <{e}> {{ ?x <{LABEL}> ?o }} }} ;\n")


def _names_not_alternative(entities_graph: str, triples: Iterable[ox.Triple],
                           found: Sequence[str] | None = None) -> str:
    """``DELETE DATA`` of the alternative names equal to a name ``triples`` give (a name an
    earlier article had replaced and now back as the name): each spelling once — or of
    exactly the ones ``found`` lists (statements without the final dot), when known."""
    if found is not None:
        alts = [f"{t} ." for t in found]
    else:
        alts = sorted({f"{t.subject} <{ALT_LABEL}> {t.object} ." for t in triples
                       if t.predicate == _LABEL_OX})
    if not alts:
        return ""
    body = "\n".join(alts)
    return f"DELETE DATA {{ GRAPH <{entities_graph}> {{\n{body}\n}} }} ;\n"


def article_sha256_query(graph_iri: str) -> str:
    """SELECT ?h: the facts hash stored in an article graph (no row when absent)."""
    return f"SELECT ?h WHERE {{ GRAPH <{graph_iri}> {{ ?a <{CKG.factsSha256}> ?h }} }} LIMIT 1"


def article_source_query(graph_iri: str) -> str:
    """SELECT ?h: the SHA-256 of the input an article graph was made from (PROV-O
    ``prov:wasDerivedFrom`` → SPDX checksum), no row when absent."""
    return (f"SELECT ?h WHERE {{ GRAPH <{graph_iri}> {{ ?a <{PROV.wasDerivedFrom}> ?f . "
            f"?f <{SPDX.checksum}> ?c . ?c <{SPDX.checksumValue}> ?h }} }} LIMIT 1")


def replace_article_update(rdf: ArticleRdf, *, shortcut: Shortcut | None = None,
                           fresh: bool = False) -> str:
    """One update replacing an article graph and merging its entity descriptions.

    A writer that has looked, as the only writer, at what is stored may say more, and the
    operations that would find nothing to delete are left out: ``shortcut`` (None: search)
    lists the single-valued entity statements and names the article replaces (the
    single-valued ones deleted as ``DELETE DATA``, the names made alternative names) and may
    list the entity statements already stored (not inserted again) and the alternative names
    to delete; ``fresh=True`` says the store holds no previous version of the article (no
    graph to drop, no descriptions only it used).

    Replaced values go first, before the removal of the previous version: a name it replaces
    then becomes an alternative name only while another article still mentions the entity
    (the removal takes the descriptions no other article uses, alternative names included)."""
    g, e, a = str(rdf.graph_iri), str(rdf.entities_graph_iri), str(rdf.article_iri)
    old = "" if fresh else (
        # descriptions only the old version of this article used go with it
        f"DELETE {{ GRAPH <{e}> {{ ?x ?p ?o }} }} WHERE {{ "
        f"GRAPH <{g}> {{ <{a}> <{SCHEMA.mentions}> ?x }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?a2 <{SCHEMA.mentions}> ?x }} "
        f"FILTER(?other != <{g}>) }} "
        f"GRAPH <{e}> {{ ?x ?p ?o }} }} ;\n"
        f"DROP SILENT GRAPH <{g}> ;\n")
    entity_triples: Iterable[ox.Triple] = rdf.entity_triples
    alternatives = None
    if shortcut is None:
        replaced = _replace_single_valued(e, rdf.entity_triples)
    else:
        names = [t for t in shortcut.stale if t.split(" ", 2)[1] == LABEL_NT]
        values = [t for t in shortcut.stale if t.split(" ", 2)[1] != LABEL_NT]
        body = "\n".join(f"{t} ." for t in values)
        replaced = (f"DELETE DATA {{ GRAPH <{e}> {{\n{body}\n}} }} ;\n" if values else "")
        replaced += _demote_labels(e, names)
        if shortcut.present is not None:
            known = shortcut.present
            entity_triples = [t for t in rdf.entity_triples if str(t) not in known]
            alternatives = shortcut.alternative_names
    entities = triples_block(entity_triples)
    return (
        replaced + old + _names_not_alternative(e, rdf.entity_triples, alternatives) +
        f"INSERT DATA {{ GRAPH <{g}> {{\n{triples_block(rdf.article_triples)}\n}}\n" +
        (f"GRAPH <{e}> {{\n{entities}\n}} }}" if entities else "}")
    )


def replace_articles_update(rdfs: Sequence[ArticleRdf],
                            shortcuts: Sequence[Shortcut | None] | None = None,
                            fresh: Container[int] = ()) -> str:
    """One update replacing several articles, one after the other, exactly as the same number
    of single-article updates would: an engine that applies a request in one transaction
    (Oxigraph) writes all of them or none, so each article stays atomic. ``shortcuts`` (per
    article) and ``fresh`` (positions) are :func:`replace_article_update`'s."""
    return " ;\n".join(
        replace_article_update(rdf, shortcut=None if shortcuts is None else shortcuts[i],
                               fresh=i in fresh)
        for i, rdf in enumerate(rdfs))


def entity_statements_query(entities_graph: str, subjects: Sequence[str]) -> str:
    """CONSTRUCT { ?x ?p ?o }: everything the entities graph says about some entities, as
    triples (a result the engine can write out in one call): one scan of each entity's few
    statements."""
    return (f"CONSTRUCT {{ ?x ?p ?o }} WHERE {{ VALUES ?x {{ {' '.join(subjects)} }} "
            f"GRAPH <{entities_graph}> {{ ?x ?p ?o }} }}")


def single_valued_rows(triples: Iterable[ox.Triple]) -> dict[str, set[tuple[str, str]]]:
    """The single-valued (property, value) pairs and names ``triples`` set, per subject, in
    N-Triples form."""
    rows: dict[str, set[tuple[str, str]]] = {}
    for t in triples:
        if t.predicate in _REPLACED_OX:
            rows.setdefault(str(t.subject), set()).add((str(t.predicate), str(t.object)))
    return rows


def article_hashes_query(graph_iris: Sequence[str]) -> str:
    """SELECT ?g ?h: the facts hash stored in each of several article graphs (one row per
    stored article; absent articles give no row) — one lookup for a whole batch."""
    values = " ".join(f"<{g}>" for g in graph_iris)
    return (f"SELECT ?g ?h WHERE {{ VALUES ?g {{ {values} }} "
            f"GRAPH ?g {{ ?a <{CKG.factsSha256}> ?h }} }}")


@cache
def ontology_statements(path: Path = ONTOLOGY_PATH) -> frozenset[str]:
    """The ontology file as N-Triples statements (without the final dot), the form the stores
    compare with what they hold; blank-node triples are left out, as they cannot be compared
    across stores. Parsed by Oxigraph (~1.5 ms, against ~30 ms and a conversion of every term
    for rdflib's Turtle parser), once per process: every ``kg ingest``, ``kg import`` and
    ``kg serve`` start pays it. The statements go through an in-memory store first, which
    writes literals in the canonical form a store keeps (``"01"^^xsd:integer`` is stored as
    ``"1"``): otherwise such a literal would never compare equal and every start would
    rewrite the ontology graph."""
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    return frozenset(
        f"{q.subject} {q.predicate} {q.object}" for q in store
        if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode))


def ontology_update(wanted: Iterable[str]) -> str:
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
