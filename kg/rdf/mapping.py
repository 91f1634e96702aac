"""Facts → RDF for one article, following docs/rdf-model.md.

The result keeps two parts apart: the article's own named graph (events, reports, evidence,
mentions, the article node) and the shared entity descriptions that go to the entities graph with
set semantics, so that a place named by a thousand articles is described once and joins do not
multiply. Validation sees both parts together.

Triples are built directly as pyoxigraph terms — what the store writes and the SHACL engine
reads — because an rdflib ``Graph`` costs ~20 µs per added triple, more than everything else
the converter does. rdflib views of the same triples are built on demand for the callers that
want rdflib's API (pyshacl, ``kg validate`` of a file, tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.facts import Entity, Event, Facts, SourceFile, Span
from kg.rdf import namespaces as ns
from kg.rdf.iris import Minter, geonames_iri, wikidata_iri
from kg.rdf.namespaces import XSD


class _Terms:
    """A namespace whose terms are made once: rdflib's ``Namespace`` builds and checks a new
    ``URIRef`` on every attribute access, ~5 µs, and the converter makes ~250 accesses per
    article. Same terms (``URIRef``), remembered per name."""

    def __init__(self, namespace: str) -> None:
        self._base = str(namespace)
        self._made: dict[str, URIRef] = {}

    def __getitem__(self, name: str) -> URIRef:
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = URIRef(self._base + name)
        return term

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self[name]
        setattr(self, name, term)  # the next access is a plain attribute lookup
        return term


CERTAINTY, CKG, DCTERMS, EVTYPE, GEO, MATOUT, OA, OUTCOME, PROV, QUALIFIER, RDF, RDFS, \
    SCHEMA, SKOS, SPDX, SUBTYPE, TIME = (_Terms(n) for n in (
        ns.CERTAINTY, ns.CKG, ns.DCTERMS, ns.EVTYPE, ns.GEO, ns.MATOUT, ns.OA, ns.OUTCOME,
        ns.PROV, ns.QUALIFIER, ns.RDF, ns.RDFS, ns.SCHEMA, ns.SKOS, ns.SPDX, ns.SUBTYPE,
        ns.TIME))

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

_XSD_STRING = str(XSD.string)
_XSD_DATE = ox.NamedNode(str(XSD.date))
_XSD_DECIMAL = ox.NamedNode(str(XSD.decimal))
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))
_XSD_ANYURI = ox.NamedNode(str(XSD.anyURI))


def slug(value: str) -> str:
    """Concept local name of a facts string: ``Air/drone strike`` → ``air-drone-strike``."""
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


@lru_cache(maxsize=8192)
def _named(iri: URIRef) -> ox.NamedNode:
    """A minted or vocabulary IRI as a pyoxigraph term (vocabulary terms repeat: cached)."""
    return ox.NamedNode(str(iri))


OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def to_rdflib(term: OxTerm) -> URIRef | BNode | Literal:
    """pyoxigraph term → the rdflib term the converter used to write (a plain literal stays
    plain: rdflib tells ``"x"`` and ``"x"^^xsd:string`` apart, RDF 1.1 does not)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def rdflib_graph(triples: Iterable[ox.Triple]) -> Graph:
    """An rdflib Graph holding ``triples``."""
    g = Graph()
    for t in triples:
        g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return g


class _Triples:
    """Collects one graph's triples as pyoxigraph terms, without duplicates (graph semantics),
    in the order they were first added."""

    def __init__(self) -> None:
        self._seen: dict[ox.Triple, None] = {}

    def add(self, triple: tuple[URIRef, URIRef, URIRef | ox.Literal]) -> None:
        s, p, o = triple
        obj = o if isinstance(o, ox.Literal) else _named(o)
        self._seen.setdefault(ox.Triple(_named(s), _named(p), obj), None)

    def freeze(self) -> tuple[ox.Triple, ...]:
        return tuple(self._seen)


@dataclass(frozen=True)
class ArticleRdf:
    """One article's RDF, ready for validation and an atomic write.

    ``article_triples`` and ``entity_triples`` are the data; ``article_graph``,
    ``entity_graph`` and ``combined()`` are rdflib views of them, made when asked for."""

    article_id: str
    article_iri: URIRef
    graph_iri: URIRef
    entities_graph_iri: URIRef
    facts_sha256: str
    article_triples: tuple[ox.Triple, ...]
    entity_triples: tuple[ox.Triple, ...]
    _views: dict[str, Graph] = field(default_factory=dict, compare=False, repr=False)

    @property
    def article_graph(self) -> Graph:
        if "article" not in self._views:
            self._views["article"] = rdflib_graph(self.article_triples)
        return self._views["article"]

    @property
    def entity_graph(self) -> Graph:
        if "entity" not in self._views:
            self._views["entity"] = rdflib_graph(self.entity_triples)
        return self._views["entity"]

    @property
    def triples(self) -> tuple[ox.Triple, ...]:
        """Both parts, each triple once: what the SHACL gate validates."""
        return tuple(dict.fromkeys(self.article_triples + self.entity_triples))

    def combined(self) -> Graph:
        """Both parts in one rdflib graph (a new one on every call)."""
        return rdflib_graph(self.triples)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the rdflib views, the triples as N-Triples bytes: worker processes
        send articles to the writer, and pickling pyoxigraph terms one by one costs ~6 ms per
        article (dump + load) where Oxigraph's own serialiser and parser take ~0.5 ms."""
        state = dict(self.__dict__)
        state["_views"] = {}
        for key in ("article_triples", "entity_triples"):
            state[key] = ox.serialize(state[key], format=ox.RdfFormat.N_TRIPLES)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for key in ("article_triples", "entity_triples"):
            data = state[key]
            assert isinstance(data, bytes)
            state[key] = tuple(q.triple for q in ox.parse(
                data, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=False))
        self.__dict__.update(state)


def integer(value: int) -> ox.Literal:
    """xsd:integer. Counts and offsets are not typed xsd:nonNegativeInteger because Oxigraph
    normalises derived integer types to xsd:integer on storage (oxigraph/oxigraph#526), so the
    data would change type between validation and publication; the shapes check ``>= 0``."""
    return ox.Literal(str(int(value)), datatype=_XSD_INTEGER)


def decimal(value: float) -> ox.Literal:
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.10f}".rstrip("0").rstrip(".")
    return ox.Literal(text, datatype=_XSD_DECIMAL)


def string(value: str) -> ox.Literal:
    return ox.Literal(value)


def date(value: object) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_DATE)  # type: ignore[attr-defined]


def facts_to_rdf(facts: Facts, minter: Minter) -> ArticleRdf:
    art = facts.article
    article_iri = minter.article(art.id)
    ag = _Triples()
    eg = _Triples()
    ids: dict[str, URIRef] = {e.id: minter.entity(e) for e in facts.entities}

    def span(s: Span) -> URIRef:
        node = minter.span(art.id, s.start, s.end)
        ag.add((node, RDF.type, CKG.TextSpan))
        ag.add((node, OA.start, integer(s.start)))
        ag.add((node, OA.end, integer(s.end)))
        ag.add((node, CKG.inArticle, article_iri))
        if s.text is not None:
            ag.add((node, OA.exact, string(s.text)))
        return node

    # the article
    ag.add((article_iri, RDF.type, CKG.Article))
    ag.add((article_iri, DCTERMS.identifier, string(art.id)))
    ag.add((article_iri, CKG.factsSha256, string(facts.sha256)))
    optional: list[tuple[URIRef, ox.Literal | None]] = [
        (SCHEMA.headline, string(art.title) if art.title else None),
        (SCHEMA.url, ox.Literal(art.url, datatype=_XSD_ANYURI) if art.url else None),
        (SCHEMA.publisher, string(art.source) if art.source else None),
        (SCHEMA.author, string(art.author) if art.author else None),
        (SCHEMA.datePublished, date(art.published) if art.published else None),
        (SCHEMA.inLanguage, string(art.language) if art.language else None),
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
        article_triples=ag.freeze(),
        entity_triples=eg.freeze(),
    )


def _source_file(ag: _Triples, minter: Minter, article_iri: URIRef, src: SourceFile) -> None:
    """PROV-O provenance of a converted dataset table: the file it came from, named by its
    SHA-256 (an SPDX checksum), with its file name and release date."""
    node = minter.source_file(src.sha256)
    checksum = minter.checksum(src.sha256)
    ag.add((article_iri, PROV.wasDerivedFrom, node))
    ag.add((node, RDF.type, PROV.Entity))
    ag.add((node, DCTERMS.title, string(src.name)))
    if src.issued is not None:
        ag.add((node, DCTERMS.issued, date(src.issued)))
    ag.add((node, SPDX.checksum, checksum))
    ag.add((checksum, RDF.type, SPDX.Checksum))
    ag.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    ag.add((checksum, SPDX.checksumValue, string(src.sha256)))


def _describe_entity(eg: _Triples, node: URIRef, ent: Entity, ids: dict[str, URIRef]) -> None:
    for cls in KIND_CLASSES[ent.kind]:
        eg.add((node, RDF.type, cls))
    eg.add((node, RDFS.label, string(ent.name)))
    for alias in ent.aliases:
        if alias != ent.name:
            eg.add((node, SKOS.altLabel, string(alias)))
    if ent.wikidata:
        eg.add((node, CKG.wikidata, wikidata_iri(ent.wikidata)))
    if ent.geonames is not None:
        eg.add((node, CKG.geonames, geonames_iri(ent.geonames)))
    if ent.country:
        eg.add((node, CKG.country, ids[ent.country]))
    if ent.admin1:
        eg.add((node, CKG.locatedIn, ids[ent.admin1]))
    if ent.lat is not None:
        eg.add((node, GEO.lat, decimal(ent.lat)))
    if ent.lon is not None:
        eg.add((node, GEO.long, decimal(ent.lon)))


def _event(ag: _Triples, minter: Minter, facts: Facts, ev: Event, ids: dict[str, URIRef],
           span, article_iri: URIRef) -> None:  # type: ignore[no-untyped-def]
    aid = facts.article.id
    node = minter.event(aid, ev.id)
    ag.add((node, RDF.type, CKG.Event))
    cls = EVENT_CLASSES.get(ev.event_type)
    if cls is not None:
        ag.add((node, RDF.type, cls))
    if ev.identifier is not None:  # the source dataset's own row id, for joining back
        ag.add((node, DCTERMS.identifier, string(ev.identifier)))
    ag.add((node, CKG.eventType, EVTYPE[slug(ev.event_type)]))
    ag.add((node, CKG.subEventType, SUBTYPE[slug(ev.sub_event_type)]))
    if ev.date is not None:
        ag.add((node, CKG.date, date(ev.date)))
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
        ag.add((mnode, CKG.item, string(m.item)))
        ag.add((mnode, CKG.outcome, MATOUT[slug(m.outcome)]))
        if m.owner:
            ag.add((mnode, CKG.owner, ids[m.owner]))
        if m.claimed_by:
            ag.add((mnode, CKG.claimedBy, ids[m.claimed_by]))
