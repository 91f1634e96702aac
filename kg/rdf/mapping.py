"""Facts → RDF for one article, following docs/rdf-model.md.

The result keeps two parts apart: the article's own named graph (events, reports, evidence,
mentions, the article node) and the shared entity descriptions that go to the entities graph with
set semantics, so that a place named by a thousand articles is described once and joins do not
multiply. Validation sees both parts together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.facts import Entity, Event, Facts, SourceFile, Span
from kg.rdf.iris import Minter, wikidata_iri
from kg.rdf.namespaces import (
    CERTAINTY,
    CKG,
    DCTERMS,
    EVTYPE,
    GEO,
    MATOUT,
    OA,
    OUTCOME,
    PROV,
    QUALIFIER,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    SPDX,
    SUBTYPE,
    TIME,
    XSD,
)

#: ACLED event type → the ontology class written next to ckg:Event.
EVENT_CLASSES: dict[str, URIRef] = {
    "Battles": CKG.Battle,
    "Explosions/Remote violence": CKG.ExplosionRemoteViolence,
    "Violence against civilians": CKG.ViolenceAgainstCivilians,
    "Protests": CKG.Protest,
    "Riots": CKG.Riot,
    "Strategic developments": CKG.StrategicDevelopment,
}

#: Entity kind → classes (the ckg superclass is written too: consumers need no reasoner).
KIND_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "country": (CKG.Country, CKG.Actor, CKG.Place),
    "state_force": (CKG.StateForce, CKG.Actor),
    "armed_group": (CKG.ArmedGroup, CKG.Actor),
    "government_body": (CKG.GovernmentBody, CKG.Actor),
    "organization": (CKG.Organization, CKG.Actor),
    "person": (CKG.Person, CKG.Actor),
    "civilians": (CKG.Civilians, CKG.Actor),
    "place": (CKG.Place,),
}

PRECISION_UNITS: dict[str, URIRef] = {
    "day": TIME.unitDay, "week": TIME.unitWeek, "month": TIME.unitMonth, "year": TIME.unitYear,
}


def slug(value: str) -> str:
    """Concept local name of a facts string: ``Air/drone strike`` → ``air-drone-strike``."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


@dataclass(frozen=True)
class ArticleRdf:
    """One article's RDF, ready for validation and an atomic write."""

    article_id: str
    article_iri: URIRef
    graph_iri: URIRef
    entities_graph_iri: URIRef
    facts_sha256: str
    article_graph: Graph
    entity_graph: Graph

    def combined(self) -> Graph:
        """Both parts in one graph: what the SHACL gate validates."""
        g = Graph()
        for t in self.article_graph:
            g.add(t)
        for t in self.entity_graph:
            g.add(t)
        return g


def integer(value: int) -> Literal:
    """xsd:integer. Counts and offsets are not typed xsd:nonNegativeInteger because Oxigraph
    normalises derived integer types to xsd:integer on storage (oxigraph/oxigraph#526), so the
    data would change type between validation and publication; the shapes check ``>= 0``."""
    return Literal(value, datatype=XSD.integer)


def decimal(value: float) -> Literal:
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    return Literal(text, datatype=XSD.decimal)


def facts_to_rdf(facts: Facts, minter: Minter) -> ArticleRdf:
    art = facts.article
    article_iri = minter.article(art.id)
    ag = Graph()
    eg = Graph()
    ids: dict[str, URIRef] = {e.id: minter.entity(e) for e in facts.entities}

    def span(s: Span) -> URIRef:
        node = minter.span(art.id, s.start, s.end)
        ag.add((node, RDF.type, CKG.TextSpan))
        ag.add((node, OA.start, integer(s.start)))
        ag.add((node, OA.end, integer(s.end)))
        ag.add((node, CKG.inArticle, article_iri))
        if s.text is not None:
            ag.add((node, OA.exact, Literal(s.text)))
        return node

    # the article
    ag.add((article_iri, RDF.type, CKG.Article))
    ag.add((article_iri, DCTERMS.identifier, Literal(art.id)))
    ag.add((article_iri, CKG.factsSha256, Literal(facts.sha256)))
    optional: list[tuple[URIRef, Node | None]] = [
        (SCHEMA.headline, Literal(art.title) if art.title else None),
        (SCHEMA.url, Literal(art.url, datatype=XSD.anyURI) if art.url else None),
        (SCHEMA.publisher, Literal(art.source) if art.source else None),
        (SCHEMA.author, Literal(art.author) if art.author else None),
        (SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)
         if art.published else None),
        (SCHEMA.inLanguage, Literal(art.language) if art.language else None),
    ]
    for pred, obj in optional:
        if obj is not None:
            ag.add((article_iri, pred, obj))
    if art.derived_from is not None:
        _source_file(ag, minter, article_iri, art.derived_from)

    # entities: description to the shared graph, mentions to the article graph
    for ent in facts.entities:
        node = ids[ent.id]
        ag.add((article_iri, SCHEMA.mentions, node))
        for m in ent.mentions:
            ag.add((node, CKG.mention, span(m)))
        _describe_entity(eg, node, ent, ids)

    for ev in facts.events:
        _event(ag, minter, facts, ev, ids, span, article_iri)

    return ArticleRdf(
        article_id=art.id,
        article_iri=article_iri,
        graph_iri=minter.article_graph(art.id),
        entities_graph_iri=minter.entities_graph(),
        facts_sha256=facts.sha256,
        article_graph=ag,
        entity_graph=eg,
    )


def _source_file(ag: Graph, minter: Minter, article_iri: URIRef, src: SourceFile) -> None:
    """PROV-O provenance of a converted dataset table: the file it came from, named by its
    SHA-256 (an SPDX checksum), with its file name and release date."""
    node = minter.source_file(src.sha256)
    checksum = minter.checksum(src.sha256)
    ag.add((article_iri, PROV.wasDerivedFrom, node))
    ag.add((node, RDF.type, PROV.Entity))
    ag.add((node, DCTERMS.title, Literal(src.name)))
    if src.issued is not None:
        ag.add((node, DCTERMS.issued, Literal(src.issued.isoformat(), datatype=XSD.date)))
    ag.add((node, SPDX.checksum, checksum))
    ag.add((checksum, RDF.type, SPDX.Checksum))
    ag.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    ag.add((checksum, SPDX.checksumValue, Literal(src.sha256)))


def _describe_entity(eg: Graph, node: URIRef, ent: Entity, ids: dict[str, URIRef]) -> None:
    for cls in KIND_CLASSES[ent.kind]:
        eg.add((node, RDF.type, cls))
    eg.add((node, RDFS.label, Literal(ent.name)))
    for alias in ent.aliases:
        if alias != ent.name:
            eg.add((node, SKOS.altLabel, Literal(alias)))
    if ent.wikidata:
        eg.add((node, CKG.wikidata, wikidata_iri(ent.wikidata)))
    if ent.country:
        eg.add((node, CKG.country, ids[ent.country]))
    if ent.admin1:
        eg.add((node, CKG.locatedIn, ids[ent.admin1]))
    if ent.lat is not None:
        eg.add((node, GEO.lat, decimal(ent.lat)))
    if ent.lon is not None:
        eg.add((node, GEO.long, decimal(ent.lon)))


def _event(ag: Graph, minter: Minter, facts: Facts, ev: Event, ids: dict[str, URIRef],
           span, article_iri: URIRef) -> None:  # type: ignore[no-untyped-def]
    aid = facts.article.id
    node = minter.event(aid, ev.id)
    ag.add((node, RDF.type, CKG.Event))
    cls = EVENT_CLASSES.get(ev.event_type)
    if cls is not None:
        ag.add((node, RDF.type, cls))
    if ev.identifier is not None:  # the source dataset's own row id, for joining back
        ag.add((node, DCTERMS.identifier, Literal(ev.identifier)))
    ag.add((node, CKG.eventType, EVTYPE[slug(ev.event_type)]))
    ag.add((node, CKG.subEventType, SUBTYPE[slug(ev.sub_event_type)]))
    if ev.date is not None:
        ag.add((node, CKG.date, Literal(ev.date.isoformat(), datatype=XSD.date)))
        if ev.date_precision:
            ag.add((node, CKG.datePrecision, PRECISION_UNITS[ev.date_precision]))
    if ev.location is not None:
        ag.add((node, CKG.location, ids[ev.location]))
    for a in ev.actors:
        ag.add((node, CKG.actor, ids[a]))
    for t in ev.targets:
        ag.add((node, CKG.target, ids[t]))
    for who in ev.attributed_to:
        ag.add((node, CKG.attributedTo, ids[who]))
    ag.add((node, CKG.certainty, CERTAINTY[slug(ev.certainty)]))
    if ev.area_km2 is not None:
        ag.add((node, CKG.areaKm2, decimal(ev.area_km2)))
    for s in ev.evidence:
        ag.add((node, CKG.evidence, span(s)))
    ag.add((node, CKG.reportedIn, article_iri))

    for i, c in enumerate(ev.casualties, start=1):
        cnode = minter.casualty(aid, ev.id, i)
        ag.add((node, CKG.casualtyReport, cnode))
        ag.add((cnode, RDF.type, CKG.CasualtyReport))
        ag.add((cnode, CKG["count"], integer(c.count)))
        ag.add((cnode, CKG.qualifier, QUALIFIER[slug(c.qualifier)]))
        ag.add((cnode, CKG.outcome, OUTCOME[slug(c.outcome)]))
        if c.victim:
            ag.add((cnode, CKG.victim, ids[c.victim]))
        if c.claimed_by:
            ag.add((cnode, CKG.claimedBy, ids[c.claimed_by]))
    for i, m in enumerate(ev.materiel, start=1):
        mnode = minter.materiel(aid, ev.id, i)
        ag.add((node, CKG.materielReport, mnode))
        ag.add((mnode, RDF.type, CKG.MaterielReport))
        ag.add((mnode, CKG["count"], integer(m.count)))
        ag.add((mnode, CKG.item, Literal(m.item)))
        ag.add((mnode, CKG.outcome, MATOUT[slug(m.outcome)]))
        if m.owner:
            ag.add((mnode, CKG.owner, ids[m.owner]))
        if m.claimed_by:
            ag.add((mnode, CKG.claimedBy, ids[m.claimed_by]))
