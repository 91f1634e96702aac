"""The ontology (ontology/conflict-kg.ttl) against its contract: docs/rdf-model.md for the terms,
the facts format (facts-format.md) for the exact vocabulary strings, hard-coded below because they
are the spec, and the SHACL shapes, which may only use terms the ontology defines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_PATH = ROOT / "ontology" / "conflict-kg.ttl"
SHAPES_PATH = ROOT / "shapes" / "conflict-kg-shapes.ttl"

ONTOLOGY_IRI = URIRef("https://w3id.org/conflict-kg/ontology")
CKG = Namespace("https://w3id.org/conflict-kg/ontology#")
VOCAB = "https://w3id.org/conflict-kg/vocab/"
EVTYPE = Namespace(VOCAB + "event-type/")
SUBTYPE = Namespace(VOCAB + "sub-event-type/")
PLOVER = Namespace(VOCAB + "plover/")
CAMEO = Namespace(VOCAB + "cameo/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
WD = Namespace("http://www.wikidata.org/entity/")
VANN = Namespace("http://purl.org/vocab/vann/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # rdflib's XSD warns when pytest probes it

# --- the spec: facts-format.md (event types and sub-event types, exact ACLED strings) ---------
EVENT_TYPES: dict[str, list[str]] = {
    "Battles": [
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    ],
    "Explosions/Remote violence": [
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": [
        "Peaceful protest", "Protest with intervention", "Excessive force against protesters",
    ],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ],
}
OUTCOMES = ["killed", "injured", "captured", "missing", "displaced"]
MATERIEL_OUTCOMES = ["destroyed", "damaged", "captured"]  # rdf-model.md
QUALIFIERS = ["exact", "at_least", "about", "up_to"]
CERTAINTIES = ["asserted", "reported", "claimed"]

SCHEMES: dict[str, list[str]] = {
    "event-type": list(EVENT_TYPES),
    "sub-event-type": [s for subs in EVENT_TYPES.values() for s in subs],
    "outcome": OUTCOMES,
    "materiel-outcome": MATERIEL_OUTCOMES,
    "qualifier": QUALIFIERS,
    "certainty": CERTAINTIES,
}

EVENT_CLASSES = {
    "Battles": CKG.Battle,
    "Explosions/Remote violence": CKG.ExplosionRemoteViolence,
    "Violence against civilians": CKG.ViolenceAgainstCivilians,
    "Protests": CKG.Protest,
    "Riots": CKG.Riot,
    "Strategic developments": CKG.StrategicDevelopment,
}
ACTOR_KINDS = [CKG.StateForce, CKG.ArmedGroup, CKG.GovernmentBody, CKG.Organization,
               CKG.Person, CKG.Civilians, CKG.Country]
CLASSES = {
    CKG.Event, *EVENT_CLASSES.values(), CKG.Actor, *ACTOR_KINDS, CKG.Place,
    CKG.CasualtyReport, CKG.MaterielReport, CKG.TextSpan, CKG.Article,
}
OBJECT_PROPERTIES = {
    CKG.eventType, CKG.subEventType, CKG.datePrecision, CKG.location, CKG.actor, CKG.target,
    CKG.casualtyReport, CKG.materielReport, CKG.certainty, CKG.attributedTo, CKG.evidence,
    CKG.reportedIn, CKG.qualifier, CKG.outcome, CKG.victim, CKG.claimedBy, CKG.owner,
    CKG.inArticle, CKG.mention, CKG.wikidata, CKG.geonames, CKG.country, CKG.locatedIn,
}
DATATYPE_PROPERTIES = {CKG.date, CKG.areaKm2, CKG["count"], CKG.item, CKG.factsSha256}

# ACLED sub-event types with no PLOVER/CAMEO counterpart (research note §2.4, "none").
UNMAPPED = {"Change to group/activity", "Disrupted weapons use", "Other"}


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")


def ours(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith((str(CKG), VOCAB))


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def english(g: Graph, node: URIRef, prop: URIRef) -> list[Literal]:
    return [o for o in g.objects(node, prop) if isinstance(o, Literal) and o.language == "en"]


def scheme_concepts(g: Graph, name: str) -> set[URIRef]:
    return {c for c in g.subjects(SKOS.inScheme, URIRef(VOCAB + name)) if isinstance(c, URIRef)}


# --- header ------------------------------------------------------------------------------------

def test_parses_and_declares_the_ontology(onto: Graph) -> None:
    assert len(onto) > 500
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto


def test_ontology_header(onto: Graph) -> None:
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/")
    assert onto.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("ckg")
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(CKG)
    assert onto.value(ONTOLOGY_IRI, DCTERMS.creator) == Literal("conflict-kg contributors")
    assert english(onto, ONTOLOGY_IRI, DCTERMS.title)
    assert english(onto, ONTOLOGY_IRI, DCTERMS.description)
    sources = {str(s) for s in onto.objects(ONTOLOGY_IRI, DCTERMS.source)}
    for needle in ("acleddata.com", "semanticweb.cs.vu.nl/2009/11/sem", "prov-o", "PLOVER"):
        assert any(needle in s for s in sources), needle


# --- classes and properties --------------------------------------------------------------------

def test_classes_are_exactly_those_of_the_model(onto: Graph) -> None:
    declared = {c for c in onto.subjects(RDF.type, OWL.Class) if ours(c)}
    assert declared == CLASSES


def test_properties_are_exactly_those_of_the_model(onto: Graph) -> None:
    assert {p for p in onto.subjects(RDF.type, OWL.ObjectProperty) if ours(p)} == OBJECT_PROPERTIES
    datatype_properties = {p for p in onto.subjects(RDF.type, OWL.DatatypeProperty) if ours(p)}
    assert datatype_properties == DATATYPE_PROPERTIES


#: Properties shared by two classes: a union domain would need blank nodes (owl:unionOf), which
#: the ontology avoids so that its copy in the store dumps and reloads exactly.
SHARED_DOMAIN = {CKG["count"], CKG.outcome, CKG.claimedBy, CKG.mention, CKG.wikidata}


def test_every_property_has_domain_and_range(onto: Graph) -> None:
    for prop in OBJECT_PROPERTIES | DATATYPE_PROPERTIES:
        if prop not in SHARED_DOMAIN:
            assert onto.value(prop, RDFS.domain) is not None, prop
        if prop not in (CKG.wikidata, CKG.geonames):  # an outside item: no useful range
            assert onto.value(prop, RDFS.range) is not None, prop


def test_every_term_has_english_label_and_comment(onto: Graph) -> None:
    terms = {s for s in onto.subjects() if ours(s)}
    assert len(terms) > 100
    for term in terms:
        assert english(onto, term, RDFS.label), f"{term} has no rdfs:label@en"
        assert english(onto, term, RDFS.comment), f"{term} has no rdfs:comment@en"


@pytest.mark.parametrize(("sub", "sup"), [
    (CKG.Event, SEM.Event), (CKG.Event, SCHEMA.Event), (CKG.Event, PROV.Entity),
    *[(cls, CKG.Event) for cls in EVENT_CLASSES.values()],
    *[(kind, CKG.Actor) for kind in ACTOR_KINDS],
    (CKG.Country, CKG.Place), (CKG.Place, SEM.Place), (CKG.Place, SCHEMA.Place),
    (CKG.CasualtyReport, PROV.Entity), (CKG.MaterielReport, PROV.Entity),
    (CKG.Article, SCHEMA.NewsArticle), (CKG.Article, PROV.Entity),
    (CKG.TextSpan, OA.TextPositionSelector), (CKG.TextSpan, OA.TextQuoteSelector),
])
def test_class_hierarchy(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in onto


def test_event_type_classes_are_pairwise_disjoint(onto: Graph) -> None:
    classes = sorted(EVENT_CLASSES.values())
    for i, a in enumerate(classes):
        for b in classes[i + 1:]:
            assert (a, OWL.disjointWith, b) in onto or (b, OWL.disjointWith, a) in onto


def test_ontology_has_no_blank_nodes(onto: Graph) -> None:
    """The ontology is loaded into the store; without blank nodes it dumps and reloads exactly."""
    assert not [t for t in onto if any(isinstance(x, BNode) for x in t)]


@pytest.mark.parametrize(("sub", "sup"), [
    (CKG.actor, SEM.hasActor), (CKG.target, SEM.hasActor), (CKG.location, SEM.hasPlace),
    (CKG.date, SEM.hasTimeStamp), (CKG.reportedIn, PROV.wasDerivedFrom),
    (CKG.attributedTo, PROV.wasAttributedTo), (CKG.claimedBy, PROV.wasAttributedTo),
    (CKG.inArticle, PROV.wasQuotedFrom), (CKG.wikidata, SKOS.exactMatch),
    (CKG.geonames, SKOS.exactMatch),
])
def test_property_alignment(onto: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subPropertyOf, sup) in onto


@pytest.mark.parametrize(("term", "match"), [
    (CKG.evidence, GAF.denotedBy), (CKG.mention, GAF.denotedBy),
    (CKG.location, WD.P276), (CKG.date, WD.P585), (CKG.actor, WD.P710), (CKG.target, WD.P710),
    (CKG.locatedIn, WD.P131), (CKG.country, WD.P17),
    *[(cls, EVTYPE[slug(t)]) for t, cls in EVENT_CLASSES.items()],
])
def test_close_matches(onto: Graph, term: URIRef, match: URIRef) -> None:
    assert (term, SKOS.closeMatch, match) in onto


def test_wikidata_is_not_owl_same_as_and_says_why(onto: Graph) -> None:
    assert (CKG.wikidata, RDFS.subPropertyOf, OWL.sameAs) not in onto
    comment = " ".join(english(onto, CKG.wikidata, RDFS.comment))
    assert "skos:exactMatch" in comment and "owl:sameAs" in comment
    assert "statements" in comment and "merge" in comment


def test_geonames_is_not_owl_same_as_and_says_why(onto: Graph) -> None:
    assert (CKG.geonames, RDFS.subPropertyOf, OWL.sameAs) not in onto
    comment = " ".join(english(onto, CKG.geonames, RDFS.comment))
    assert "skos:exactMatch" in comment and "owl:sameAs" in comment
    assert "https://sws.geonames.org/" in comment and "gn-" in comment
    assert (CKG.geonames, RDFS.domain, CKG.Place) in onto


def test_casualty_outcomes_relate_to_wikidata_counts(onto: Graph) -> None:
    outcome = Namespace(VOCAB + "outcome/")
    assert (outcome.killed, SKOS.relatedMatch, WD.P1120) in onto
    assert (outcome.injured, SKOS.relatedMatch, WD.P1339) in onto


# --- concept schemes ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(SCHEMES))
def test_scheme_notations_are_the_exact_facts_strings(onto: Graph, name: str) -> None:
    scheme = URIRef(VOCAB + name)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert english(onto, scheme, RDFS.label) and english(onto, scheme, RDFS.comment)
    concepts = scheme_concepts(onto, name)
    notations = {str(onto.value(c, SKOS.notation)) for c in concepts}
    assert notations == set(SCHEMES[name])
    assert len(concepts) == len(SCHEMES[name])
    for c in concepts:
        notation = onto.value(c, SKOS.notation)
        assert isinstance(notation, Literal)
        assert notation.datatype is None and notation.language is None  # plain literal
        assert (c, RDF.type, SKOS.Concept) in onto
        assert str(c) == f"{VOCAB}{name}/{slug(str(notation))}"
        assert english(onto, c, SKOS.prefLabel) == [Literal(str(notation), lang="en")]
        assert english(onto, c, RDFS.label) == [Literal(str(notation), lang="en")]


@pytest.mark.parametrize("name", ["event-type", "outcome", "materiel-outcome", "qualifier",
                                  "certainty", "plover", "cameo"])
def test_flat_schemes_have_top_concepts(onto: Graph, name: str) -> None:
    scheme = URIRef(VOCAB + name)
    concepts = scheme_concepts(onto, name)
    assert concepts
    assert {c for c in concepts if (c, SKOS.topConceptOf, scheme) in onto} == concepts
    assert set(onto.objects(scheme, SKOS.hasTopConcept)) == concepts


def test_every_sub_event_type_is_narrower_than_its_event_type(onto: Graph) -> None:
    for event_type, subs in EVENT_TYPES.items():
        for sub in subs:
            concept = SUBTYPE[slug(sub)]
            assert list(onto.objects(concept, SKOS.broader)) == [EVTYPE[slug(event_type)]], sub
            assert (concept, SKOS.topConceptOf, None) not in onto


def test_mapping_targets_are_defined_plover_and_cameo_concepts(onto: Graph) -> None:
    mapped = 0
    for subs in EVENT_TYPES.values():
        for sub in subs:
            concept = SUBTYPE[slug(sub)]
            targets = [o for p in (SKOS.closeMatch, SKOS.relatedMatch, SKOS.exactMatch,
                                   SKOS.broadMatch, SKOS.narrowMatch)
                       for o in onto.objects(concept, p)]
            if sub in UNMAPPED:
                assert targets == [], sub
                continue
            mapped += 1
            assert any(str(t).startswith(str(PLOVER)) for t in targets), sub
            assert any(str(t).startswith(str(CAMEO)) for t in targets), sub
            for t in targets:
                scheme = "plover" if str(t).startswith(str(PLOVER)) else "cameo"
                assert (t, SKOS.inScheme, URIRef(VOCAB + scheme)) in onto, t
                assert onto.value(t, SKOS.notation) == Literal(str(t).rsplit("/", 1)[1]), t
    assert mapped == 22


@pytest.mark.parametrize(("sub", "pred", "target"), [
    ("Armed clash", SKOS.closeMatch, PLOVER.ASSAULT),
    ("Armed clash", SKOS.closeMatch, CAMEO["190"]),
    ("Air/drone strike", SKOS.closeMatch, CAMEO["195"]),
    ("Shelling/artillery/missile attack", SKOS.closeMatch, CAMEO["194"]),
    ("Peaceful protest", SKOS.closeMatch, PLOVER.PROTEST),
    ("Arrests", SKOS.closeMatch, PLOVER.COERCE),
    ("Agreement", SKOS.relatedMatch, PLOVER.AGREE),
    ("Agreement", SKOS.relatedMatch, CAMEO["0871"]),
    ("Non-violent transfer of territory", SKOS.relatedMatch, PLOVER.RETREAT),
    ("Headquarters or base established", SKOS.relatedMatch, PLOVER.MOBILIZE),
])
def test_selected_mappings(onto: Graph, sub: str, pred: URIRef, target: URIRef) -> None:
    assert (SUBTYPE[slug(sub)], pred, target) in onto


def test_concepts_are_not_named_individuals(onto: Graph) -> None:
    # pyshacl deep-copies every owl:NamedIndividual of ont_graph into the data graph, following
    # links to depth 10; on a connected SKOS vocabulary that never finishes.
    assert not list(onto.subjects(RDF.type, OWL.NamedIndividual))


# --- the shapes use only terms the ontology defines ----------------------------------------------

def _path_terms(g: Graph, path: object) -> set[object]:
    if isinstance(path, URIRef):
        return {path}
    if isinstance(path, BNode):
        if g.value(path, RDF.first) is not None:
            return {t for p in Collection(g, path) for t in _path_terms(g, p)}
        return {t for _, o in g.predicate_objects(path) for t in _path_terms(g, o)}
    return set()


def shape_terms(g: Graph) -> set[object]:
    terms: set[object] = set()
    for p in (SH.targetClass, SH["class"], SH.hasValue, SH.equals, SH.lessThan, SH.targetNode,
              SH.targetSubjectsOf, SH.targetObjectsOf):
        terms.update(g.objects(None, p))
    for path in g.objects(None, SH.path):
        terms |= _path_terms(g, path)
    for lst in g.objects(None, SH["in"]):
        terms.update(Collection(g, lst))
    return terms


def test_every_term_used_by_the_shapes_is_defined(onto: Graph, shapes: Graph) -> None:
    used = {t for t in shape_terms(shapes) if ours(t)}
    assert len(used) > 60
    undefined = {t for t in used if (t, RDF.type, None) not in onto}
    assert not undefined


def _in_list(shapes: Graph, shape_local: str) -> set[object]:
    node = shapes.value(URIRef("https://w3id.org/conflict-kg/shapes#" + shape_local), SH["in"])
    return set(Collection(shapes, node))


@pytest.mark.parametrize(("shape", "scheme"), [
    ("Event-eventType", "event-type"), ("Event-subEventType", "sub-event-type"),
    ("Event-certainty", "certainty"), ("CasualtyReport-qualifier", "qualifier"),
    ("CasualtyReport-outcome", "outcome"), ("MaterielReport-outcome", "materiel-outcome"),
])
def test_shape_value_lists_are_the_schemes(onto: Graph, shapes: Graph, shape: str,
                                           scheme: str) -> None:
    assert _in_list(shapes, shape) == scheme_concepts(onto, scheme)


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_per_class_sub_event_lists_follow_skos_broader(onto: Graph, shapes: Graph,
                                                       event_type: str) -> None:
    cls = EVENT_CLASSES[event_type]
    local = str(cls).rsplit("#", 1)[1]
    narrower = set(onto.subjects(SKOS.broader, EVTYPE[slug(event_type)]))
    assert _in_list(shapes, f"{local}-subEventType") == narrower
    has_value = shapes.value(URIRef(f"https://w3id.org/conflict-kg/shapes#{local}-eventType"),
                             SH.hasValue)
    assert has_value == EVTYPE[slug(event_type)]


def test_datatypes_of_datatype_properties(onto: Graph) -> None:
    assert onto.value(CKG.date, RDFS.range) == XSD.date
    # xsd:integer, not xsd:nonNegativeInteger: Oxigraph normalises derived integer types.
    assert onto.value(CKG["count"], RDFS.range) == XSD.integer
    assert onto.value(CKG.areaKm2, RDFS.range) == XSD.decimal
