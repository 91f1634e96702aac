"""The SHACL gate (shapes/conflict-kg-shapes.ttl).

A hand-written article graph (tests/shapes_cases/valid-article.ttl, following docs/rdf-model.md)
conforms with no violations and no warnings. Every case below changes it minimally with a SPARQL
Update and states the exact set of (source shape, constraint component) results it must cause:
so a case fails both when the rule does not fire and when something else fires instead.
test_every_constraint_has_a_case checks that every constraint in the shapes file has one.
Validation is called as the service calls it (ontology mixed in, no inference, advanced mode,
warnings allowed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parents[1]
SHAPES_PATH = ROOT / "shapes" / "conflict-kg-shapes.ttl"
ONTOLOGY_PATH = ROOT / "ontology" / "conflict-kg.ttl"
VALID_PATH = ROOT / "tests" / "shapes_cases" / "valid-article.ttl"

CKGSH = "https://w3id.org/conflict-kg/shapes#"
CKG = "https://w3id.org/conflict-kg/ontology#"

Hit = tuple[str, str]  # (local name of sh:sourceShape, constraint component without the suffix)

PREFIXES = """
PREFIX ckg:       <https://w3id.org/conflict-kg/ontology#>
PREFIX evtype:    <https://w3id.org/conflict-kg/vocab/event-type/>
PREFIX subtype:   <https://w3id.org/conflict-kg/vocab/sub-event-type/>
PREFIX outcome:   <https://w3id.org/conflict-kg/vocab/outcome/>
PREFIX matout:    <https://w3id.org/conflict-kg/vocab/materiel-outcome/>
PREFIX qualifier: <https://w3id.org/conflict-kg/vocab/qualifier/>
PREFIX certainty: <https://w3id.org/conflict-kg/vocab/certainty/>
PREFIX art:       <https://w3id.org/conflict-kg/id/article/>
PREFIX ev:        <https://w3id.org/conflict-kg/id/event/>
PREFIX cas:       <https://w3id.org/conflict-kg/id/casualty/>
PREFIX mat:       <https://w3id.org/conflict-kg/id/materiel/>
PREFIX span:      <https://w3id.org/conflict-kg/id/span/>
PREFIX country:   <https://w3id.org/conflict-kg/id/country/>
PREFIX sf:        <https://w3id.org/conflict-kg/id/state-force/>
PREFIX ag:        <https://w3id.org/conflict-kg/id/armed-group/>
PREFIX org:       <https://w3id.org/conflict-kg/id/organization/>
PREFIX civ:       <https://w3id.org/conflict-kg/id/civilians/>
PREFIX place:     <https://w3id.org/conflict-kg/id/place/>
PREFIX file:      <https://w3id.org/conflict-kg/id/file/>
PREFIX checksum:  <https://w3id.org/conflict-kg/id/checksum/>
PREFIX prov:      <http://www.w3.org/ns/prov#>
PREFIX spdx:      <http://spdx.org/rdf/terms#>
PREFIX dcterms:   <http://purl.org/dc/terms/>
PREFIX geo:       <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX oa:        <http://www.w3.org/ns/oa#>
PREFIX rdfs:      <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema:    <http://schema.org/>
PREFIX time:      <http://www.w3.org/2006/time#>
PREFIX wd:        <http://www.wikidata.org/entity/>
PREFIX xsd:       <http://www.w3.org/2001/XMLSchema#>
"""

# Nodes of the valid graph.
EV = "ev:dj-566899.evt-aleis"
CAS = "cas:dj-566899.evt-aleis.1"
MAT = "mat:dj-566899.evt-aleis.1"
SPAN_EV = "span:dj-566899.217-304"  # the event's evidence
SPAN_M = "span:dj-566899.221-232"  # a mention of the Syrian Arab Army ("Syrian Army")
ART = "art:dj-566899"
SAA = "sf:syrian-arab-army"
HTS = "ag:hay-at-tahrir-al-sham"
SOHR = "org:syrian-observatory-for-human-rights"
CIVILIANS = "civ:civilians-syria"
SYRIA = "country:Q858"
TURKEY = "country:Q43"
AL_EIS = "place:al-eis"
ALEPPO_GOV = "place:Q214064"
FILE = "file:4e1243bd22c66e76c2ba9eddc1f91394e57f9f83a2b1b7e5b0b5d8e2a1f3c4d5"
CHECKSUM = "checksum:sha256-4e1243bd22c66e76c2ba9eddc1f91394e57f9f83a2b1b7e5b0b5d8e2a1f3c4d5"
FILE_SHA = '"4e1243bd22c66e76c2ba9eddc1f91394e57f9f83a2b1b7e5b0b5d8e2a1f3c4d5"'
GN = "<https://sws.geonames.org/170062/>"  # Aleppo Governorate's GeoNames feature
LAT = '"36.0"^^xsd:decimal'
LONG = '"37.0"^^xsd:decimal'
SHA = "ec654fac9599f62e79e2706abef23dfb7c07c08185aa86db4d8695f0b718d1b3"
# A second, well-formed article, for cases that need another article to point at.
OTHER_ARTICLE = f'art:other a ckg:Article ; dcterms:identifier "other" ; ckg:factsSha256 "{SHA}" .'


def delete(s: str, p: str, o: str) -> str:
    return f"DELETE DATA {{ {s} {p} {o} }}"


def insert(s: str, p: str, o: str) -> str:
    return f"INSERT DATA {{ {s} {p} {o} }}"


def replace(s: str, p: str, old: str, new: str) -> str:
    return f"{delete(s, p, old)} ;\n{insert(s, p, new)}"


def then(*updates: str) -> str:
    return " ;\n".join(updates)


@dataclass(frozen=True)
class Case:
    id: str
    update: str
    violations: frozenset[Hit]
    warnings: frozenset[Hit] = field(default_factory=frozenset)


def v(case_id: str, update: str, *hits: Hit) -> Case:
    return Case(case_id, update, frozenset(hits))


def w(case_id: str, update: str, *hits: Hit) -> Case:
    return Case(case_id, update, frozenset(), frozenset(hits))


EVENT_CLASS_CASES = [
    v(f"event-typed-{cls}-but-battles",
      replace(EV, "a", "ckg:Battle", f"ckg:{cls}"),
      (f"{cls}-eventType", "HasValue"), (f"{cls}-subEventType", "In"))
    for cls in ("ExplosionRemoteViolence", "ViolenceAgainstCivilians", "Protest", "Riot",
                "StrategicDevelopment")
]

VIOLATION_CASES: list[Case] = [
    # --- event typing ---
    v("event-without-event-type-class", delete(EV, "a", "ckg:Battle"),
      ("Event-class", "QualifiedMinCount")),
    v("event-with-two-event-type-classes", insert(EV, "a", "ckg:Riot"),
      ("Event-class", "QualifiedMaxCount"), ("Riot-eventType", "HasValue"),
      ("Riot-subEventType", "In")),
    v("event-type-missing", delete(EV, "ckg:eventType", "evtype:battles"),
      ("Event-eventType", "MinCount"), ("Battle-eventType", "HasValue")),
    v("event-type-twice", insert(EV, "ckg:eventType", "evtype:riots"),
      ("Event-eventType", "MaxCount")),
    v("event-type-not-acled", replace(EV, "ckg:eventType", "evtype:battles", "evtype:skirmishes"),
      ("Event-eventType", "In"), ("Battle-eventType", "HasValue")),
    v("sub-event-type-missing",
      delete(EV, "ckg:subEventType", "subtype:government-regains-territory"),
      ("Event-subEventType", "MinCount")),
    v("sub-event-type-twice", insert(EV, "ckg:subEventType", "subtype:armed-clash"),
      ("Event-subEventType", "MaxCount")),
    v("sub-event-type-not-acled",
      replace(EV, "ckg:subEventType", "subtype:government-regains-territory", "subtype:skirmish"),
      ("Event-subEventType", "In"), ("Battle-subEventType", "In")),
    v("sub-event-type-under-another-event-type",
      replace(EV, "ckg:subEventType", "subtype:government-regains-territory",
              "subtype:air-drone-strike"),
      ("Battle-subEventType", "In")),
    v("battle-class-with-riot-types",
      then(replace(EV, "ckg:eventType", "evtype:battles", "evtype:riots"),
           replace(EV, "ckg:subEventType", "subtype:government-regains-territory",
                   "subtype:mob-violence")),
      ("Battle-eventType", "HasValue"), ("Battle-subEventType", "In")),
    *EVENT_CLASS_CASES,
    v("event-class-without-explicit-ckg-event", delete(EV, "a", "ckg:Event"),
      ("explicit-Event", "HasValue")),
    # --- time and place ---
    v("date-twice", insert(EV, "ckg:date", '"2020-02-09"^^xsd:date'), ("Event-date", "MaxCount")),
    v("date-plain-string", replace(EV, "ckg:date", '"2020-02-08"^^xsd:date', '"2020-02-08"'),
      ("Event-date", "Datatype")),
    v("date-ill-typed",
      replace(EV, "ckg:date", '"2020-02-08"^^xsd:date', '"2020-02-30"^^xsd:date'),
      ("Event-date", "Datatype")),
    v("date-precision-twice", insert(EV, "ckg:datePrecision", "time:unitWeek"),
      ("Event-datePrecision", "MaxCount")),
    v("date-precision-hour",
      replace(EV, "ckg:datePrecision", "time:unitDay", "time:unitHour"),
      ("Event-datePrecision", "In")),
    v("location-twice", insert(EV, "ckg:location", ALEPPO_GOV), ("Event-location", "MaxCount")),
    v("location-is-an-actor", replace(EV, "ckg:location", AL_EIS, SAA),
      ("Event-location", "Class")),
    # --- participants ---
    v("actor-is-a-place", replace(EV, "ckg:actor", SAA, AL_EIS), ("Event-actor", "Class")),
    v("target-is-a-place", insert(EV, "ckg:target", AL_EIS), ("Event-target", "Class")),
    v("attributed-to-a-place", replace(EV, "ckg:attributedTo", SOHR, AL_EIS),
      ("Event-attributedTo", "Class")),
    v("casualty-report-untyped", insert(EV, "ckg:casualtyReport", "cas:untyped"),
      ("Event-casualtyReport", "Class")),
    v("materiel-report-untyped", insert(EV, "ckg:materielReport", "mat:untyped"),
      ("Event-materielReport", "Class")),
    # --- area ---
    v("area-twice", insert(EV, "ckg:areaKm2", '"10"^^xsd:decimal'), ("Event-areaKm2", "MaxCount")),
    v("area-integer", replace(EV, "ckg:areaKm2", '"600"^^xsd:decimal', '"600"^^xsd:integer'),
      ("Event-areaKm2", "Datatype")),
    v("area-negative", replace(EV, "ckg:areaKm2", '"600"^^xsd:decimal', '"-5"^^xsd:decimal'),
      ("Event-areaKm2", "MinInclusive")),
    # --- certainty ---
    v("certainty-missing", delete(EV, "ckg:certainty", "certainty:reported"),
      ("Event-certainty", "MinCount")),
    v("certainty-twice", insert(EV, "ckg:certainty", "certainty:asserted"),
      ("Event-certainty", "MaxCount")),
    v("certainty-unknown", replace(EV, "ckg:certainty", "certainty:reported", "certainty:rumoured"),
      ("Event-certainty", "In")),
    # --- provenance ---
    v("evidence-missing", delete(EV, "ckg:evidence", SPAN_EV),
      ("Event-evidence", "MinCount"), ("Event-evidence-article", "Equals")),
    v("evidence-untyped", insert(EV, "ckg:evidence", "span:untyped"),
      ("Event-evidence", "Class")),
    v("evidence-in-another-article",
      then(f"INSERT DATA {{ {OTHER_ARTICLE} }}",
           replace(SPAN_EV, "ckg:inArticle", ART, "art:other")),
      ("Event-evidence-article", "Equals")),
    v("reported-in-missing", delete(EV, "ckg:reportedIn", ART),
      ("Event-reportedIn", "MinCount"), ("Event-evidence-article", "Equals")),
    v("reported-in-twice",
      then(f"INSERT DATA {{ {OTHER_ARTICLE} }}", insert(EV, "ckg:reportedIn", "art:other")),
      ("Event-reportedIn", "MaxCount"), ("Event-evidence-article", "Equals")),
    v("reported-in-untyped", replace(EV, "ckg:reportedIn", ART, "art:untyped"),
      ("Event-reportedIn", "Class"), ("Event-evidence-article", "Equals")),
    # --- casualty report ---
    v("casualty-count-missing", delete(CAS, "ckg:count", "20"), ("Report-count", "MinCount")),
    v("casualty-count-twice", insert(CAS, "ckg:count", "21"), ("Report-count", "MaxCount")),
    # The model types counts xsd:integer (Oxigraph would normalise a derived type anyway).
    v("casualty-count-non-negative-integer",
      replace(CAS, "ckg:count", "20", '"20"^^xsd:nonNegativeInteger'),
      ("Report-count", "Datatype")),
    v("casualty-count-decimal", replace(CAS, "ckg:count", "20", "20.0"),
      ("Report-count", "Datatype")),
    v("casualty-count-negative", replace(CAS, "ckg:count", "20", "-1"),
      ("Report-count", "MinInclusive")),
    # Ill-typed as the old converter wrote it: rdflib does not flag the range error, so it is
    # sh:minInclusive that catches the value, and sh:datatype the type.
    v("casualty-count-negative-ill-typed",
      replace(CAS, "ckg:count", "20", '"-1"^^xsd:nonNegativeInteger'),
      ("Report-count", "Datatype"), ("Report-count", "MinInclusive")),
    v("casualty-claimed-by-two", insert(CAS, "ckg:claimedBy", SAA),
      ("Report-claimedBy", "MaxCount")),
    v("casualty-claimed-by-a-place", replace(CAS, "ckg:claimedBy", SOHR, AL_EIS),
      ("Report-claimedBy", "Class")),
    v("qualifier-missing", delete(CAS, "ckg:qualifier", "qualifier:at-least"),
      ("CasualtyReport-qualifier", "MinCount")),
    v("qualifier-twice", insert(CAS, "ckg:qualifier", "qualifier:about"),
      ("CasualtyReport-qualifier", "MaxCount")),
    v("qualifier-unknown", replace(CAS, "ckg:qualifier", "qualifier:at-least", "qualifier:most"),
      ("CasualtyReport-qualifier", "In")),
    v("casualty-outcome-missing", delete(CAS, "ckg:outcome", "outcome:killed"),
      ("CasualtyReport-outcome", "MinCount")),
    v("casualty-outcome-twice", insert(CAS, "ckg:outcome", "outcome:injured"),
      ("CasualtyReport-outcome", "MaxCount")),
    v("casualty-outcome-is-materiel",
      replace(CAS, "ckg:outcome", "outcome:killed", "matout:destroyed"),
      ("CasualtyReport-outcome", "In")),
    v("victim-twice", insert(CAS, "ckg:victim", SAA), ("CasualtyReport-victim", "MaxCount")),
    v("victim-is-a-place", replace(CAS, "ckg:victim", CIVILIANS, AL_EIS),
      ("CasualtyReport-victim", "Class")),
    v("casualty-report-orphan", delete(EV, "ckg:casualtyReport", CAS),
      ("CasualtyReport-event", "MinCount")),
    v("casualty-report-in-two-events", insert("ev:other", "ckg:casualtyReport", CAS),
      ("CasualtyReport-event", "MaxCount")),
    # --- materiel report ---
    v("materiel-count-missing", delete(MAT, "ckg:count", "3"),
      ("Report-count", "MinCount")),
    v("item-missing", delete(MAT, "ckg:item", '"tank"'), ("MaterielReport-item", "MinCount")),
    v("item-twice", insert(MAT, "ckg:item", '"artillery piece"'),
      ("MaterielReport-item", "MaxCount")),
    v("item-language-tagged", replace(MAT, "ckg:item", '"tank"', '"tank"@en'),
      ("MaterielReport-item", "Datatype")),
    v("item-empty", replace(MAT, "ckg:item", '"tank"', '""'), ("MaterielReport-item", "MinLength")),
    v("materiel-outcome-missing", delete(MAT, "ckg:outcome", "matout:destroyed"),
      ("MaterielReport-outcome", "MinCount")),
    v("materiel-outcome-twice", insert(MAT, "ckg:outcome", "matout:damaged"),
      ("MaterielReport-outcome", "MaxCount")),
    v("materiel-outcome-is-casualty",
      replace(MAT, "ckg:outcome", "matout:destroyed", "outcome:killed"),
      ("MaterielReport-outcome", "In")),
    v("owner-twice", insert(MAT, "ckg:owner", SAA), ("MaterielReport-owner", "MaxCount")),
    v("owner-is-a-place", replace(MAT, "ckg:owner", HTS, AL_EIS),
      ("MaterielReport-owner", "Class")),
    v("materiel-report-orphan", delete(EV, "ckg:materielReport", MAT),
      ("MaterielReport-event", "MinCount")),
    v("materiel-report-in-two-events", insert("ev:other", "ckg:materielReport", MAT),
      ("MaterielReport-event", "MaxCount")),
    # --- text spans ---
    v("span-start-missing", delete(SPAN_M, "oa:start", "221"), ("TextSpan-start", "MinCount")),
    v("span-start-twice", insert(SPAN_M, "oa:start", "222"),
      ("TextSpan-start", "MaxCount"), ("TextSpanTextShape", "SPARQL")),
    v("span-start-decimal", replace(SPAN_M, "oa:start", "221", "221.0"),
      ("TextSpan-start", "Datatype")),
    v("span-start-negative",
      then(delete(SPAN_M, "oa:exact", '"Syrian Army"'), replace(SPAN_M, "oa:start", "221", "-1")),
      ("TextSpan-start", "MinInclusive")),
    v("span-empty",
      then(delete(SPAN_M, "oa:exact", '"Syrian Army"'), replace(SPAN_M, "oa:start", "221", "232")),
      ("TextSpan-start", "LessThan")),
    v("span-reversed",
      then(replace(SPAN_M, "oa:start", "221", "232"), replace(SPAN_M, "oa:end", "232", "221")),
      ("TextSpan-start", "LessThan"), ("TextSpanTextShape", "SPARQL")),
    v("span-end-missing", delete(SPAN_M, "oa:end", "232"), ("TextSpan-end", "MinCount")),
    v("span-end-twice", insert(SPAN_M, "oa:end", "233"),
      ("TextSpan-end", "MaxCount"), ("TextSpanTextShape", "SPARQL")),
    v("span-end-string", replace(SPAN_M, "oa:end", "232", '"232"'),
      ("TextSpan-end", "Datatype"), ("TextSpan-end", "MinInclusive"),
      ("TextSpan-start", "LessThan")),
    v("span-end-negative",
      then(delete(SPAN_M, "oa:exact", '"Syrian Army"'), replace(SPAN_M, "oa:end", "232", "-1")),
      ("TextSpan-end", "MinInclusive"), ("TextSpan-start", "LessThan")),
    v("span-two-texts", insert(SPAN_M, "oa:exact", '"Syrian Navy"'),
      ("TextSpan-exact", "MaxCount")),
    v("span-text-language-tagged",
      replace(SPAN_M, "oa:exact", '"Syrian Army"', '"Syrian Army"@en'),
      ("TextSpan-exact", "Datatype")),
    v("span-text-length-differs", replace(SPAN_M, "oa:exact", '"Syrian Army"', '"Syrian Arm"'),
      ("TextSpanTextShape", "SPARQL")),
    v("span-article-missing", delete(SPAN_M, "ckg:inArticle", ART),
      ("TextSpan-inArticle", "MinCount")),
    v("span-in-two-articles",
      then(f"INSERT DATA {{ {OTHER_ARTICLE} }}", insert(SPAN_M, "ckg:inArticle", "art:other")),
      ("TextSpan-inArticle", "MaxCount")),
    v("span-article-untyped", replace(SPAN_M, "ckg:inArticle", ART, "art:untyped"),
      ("TextSpan-inArticle", "Class")),
    # --- article ---
    v("article-identifier-missing", delete(ART, "dcterms:identifier", '"dj-566899"'),
      ("Article-identifier", "MinCount")),
    v("article-identifier-twice", insert(ART, "dcterms:identifier", '"dj-1"'),
      ("Article-identifier", "MaxCount")),
    v("article-identifier-number", replace(ART, "dcterms:identifier", '"dj-566899"', "566899"),
      ("Article-identifier", "Datatype")),
    v("article-identifier-empty", replace(ART, "dcterms:identifier", '"dj-566899"', '""'),
      ("Article-identifier", "MinLength")),
    v("article-published-twice", insert(ART, "schema:datePublished", '"2020-02-11"^^xsd:date'),
      ("Article-datePublished", "MaxCount")),
    v("article-published-plain",
      replace(ART, "schema:datePublished", '"2020-02-10"^^xsd:date', '"2020-02-10"'),
      ("Article-datePublished", "Datatype")),
    v("article-url-twice", insert(ART, "schema:url", '"http://example.org/a"^^xsd:anyURI'),
      ("Article-url", "MaxCount")),
    v("article-url-plain-string",
      then(f"DELETE WHERE {{ {ART} schema:url ?url }}",
           insert(ART, "schema:url", '"http://example.org/a"')),
      ("Article-url", "Datatype")),
    v("facts-hash-missing", delete(ART, "ckg:factsSha256", f'"{SHA}"'),
      ("Article-factsSha256", "MinCount")),
    v("facts-hash-twice", insert(ART, "ckg:factsSha256", f'"{"0" * 64}"'),
      ("Article-factsSha256", "MaxCount")),
    v("facts-hash-upper-case", replace(ART, "ckg:factsSha256", f'"{SHA}"', f'"{SHA.upper()}"'),
      ("Article-factsSha256", "Pattern")),
    v("facts-hash-short", replace(ART, "ckg:factsSha256", f'"{SHA}"', f'"{SHA[:40]}"'),
      ("Article-factsSha256", "Pattern")),
    v("facts-hash-typed", replace(ART, "ckg:factsSha256", f'"{SHA}"', f'"{SHA}"^^xsd:hexBinary'),
      ("Article-factsSha256", "Datatype")),
    # --- imported dataset tables: the row id and the source file (PROV-O, SPDX) ---
    v("event-identifier-twice", insert(EV, "dcterms:identifier", '"SYR1235"'),
      ("Event-identifier", "MaxCount")),
    v("event-identifier-number", replace(EV, "dcterms:identifier", '"SYR1234"', "1234"),
      ("Event-identifier", "Datatype")),
    v("event-identifier-empty", replace(EV, "dcterms:identifier", '"SYR1234"', '""'),
      ("Event-identifier", "MinLength")),
    v("derived-from-two-files",
      then(insert("file:other", "a", "prov:Entity"),
           insert("file:other", "dcterms:title", '"other.csv"'),
           insert("file:other", "spdx:checksum", CHECKSUM),
           insert(ART, "prov:wasDerivedFrom", "file:other")),
      ("Article-derivedFrom", "MaxCount")),
    v("derived-from-untyped", delete(FILE, "a", "prov:Entity"),
      ("Article-derivedFrom", "Class")),
    v("source-file-without-name", delete(FILE, "dcterms:title", '"acled-syria-2020.csv"'),
      ("SourceFile-title", "MinCount")),
    v("source-file-two-names", insert(FILE, "dcterms:title", '"copy.csv"'),
      ("SourceFile-title", "MaxCount")),
    v("source-file-name-tagged",
      replace(FILE, "dcterms:title", '"acled-syria-2020.csv"', '"acled-syria-2020.csv"@en'),
      ("SourceFile-title", "Datatype")),
    v("source-file-two-dates", insert(FILE, "dcterms:issued", '"2020-03-02"^^xsd:date'),
      ("SourceFile-issued", "MaxCount")),
    v("source-file-date-plain",
      replace(FILE, "dcterms:issued", '"2020-03-01"^^xsd:date', '"2020-03-01"'),
      ("SourceFile-issued", "Datatype")),
    v("source-file-without-checksum", delete(FILE, "spdx:checksum", CHECKSUM),
      ("SourceFile-checksum", "MinCount")),
    v("source-file-two-checksums",
      then(insert("checksum:other", "a", "spdx:Checksum"),
           insert("checksum:other", "spdx:algorithm", "spdx:checksumAlgorithm_sha256"),
           insert("checksum:other", "spdx:checksumValue", FILE_SHA),
           insert(FILE, "spdx:checksum", "checksum:other")),
      ("SourceFile-checksum", "MaxCount")),
    v("source-file-checksum-untyped", delete(CHECKSUM, "a", "spdx:Checksum"),
      ("SourceFile-checksum", "Class")),
    v("checksum-md5",
      replace(CHECKSUM, "spdx:algorithm", "spdx:checksumAlgorithm_sha256",
              "spdx:checksumAlgorithm_md5"),
      ("Checksum-algorithm", "HasValue")),
    v("checksum-two-algorithms", insert(CHECKSUM, "spdx:algorithm", "spdx:checksumAlgorithm_sha1"),
      ("Checksum-algorithm", "MaxCount")),
    v("checksum-without-digest", delete(CHECKSUM, "spdx:checksumValue", FILE_SHA),
      ("Checksum-value", "MinCount")),
    v("checksum-two-digests", insert(CHECKSUM, "spdx:checksumValue", f'"{SHA}"'),
      ("Checksum-value", "MaxCount")),
    v("checksum-digest-upper-case",
      replace(CHECKSUM, "spdx:checksumValue", FILE_SHA, FILE_SHA.upper()),
      ("Checksum-value", "Pattern")),
    v("checksum-digest-typed",
      replace(CHECKSUM, "spdx:checksumValue", FILE_SHA, FILE_SHA + "^^xsd:hexBinary"),
      ("Checksum-value", "Datatype")),
    # --- entities ---
    v("actor-without-name", delete(SAA, "rdfs:label", '"Syrian Arab Army"'),
      ("entity-label", "MinCount")),
    v("place-without-name", delete(AL_EIS, "rdfs:label", '"Al-Eis"'),
      ("entity-label", "MinCount")),
    v("mention-untyped", insert(SAA, "ckg:mention", "span:untyped"), ("entity-mention", "Class")),
    v("state-force-without-explicit-actor", delete(SAA, "a", "ckg:Actor"),
      ("explicit-Actor", "HasValue")),
    v("country-without-explicit-place", delete(SYRIA, "a", "ckg:Place"),
      ("explicit-Place", "HasValue")),
    v("actor-without-kind", delete(SAA, "a", "ckg:StateForce"),
      ("Actor-kind", "QualifiedMinCount")),
    v("actor-with-two-kinds", insert(SAA, "a", "ckg:ArmedGroup"),
      ("Actor-kind", "QualifiedMaxCount")),
    v("place-in-two-countries", insert(AL_EIS, "ckg:country", TURKEY),
      ("Place-country", "MaxCount")),
    v("place-country-is-not-a-country", replace(AL_EIS, "ckg:country", SYRIA, SAA),
      ("Place-country", "Class")),
    v("place-located-in-an-actor", replace(AL_EIS, "ckg:locatedIn", ALEPPO_GOV, SAA),
      ("Place-locatedIn", "Class")),
    v("latitude-twice", insert(AL_EIS, "geo:lat", '"36.1"^^xsd:decimal'),
      ("Place-lat", "MaxCount")),
    v("latitude-double", replace(AL_EIS, "geo:lat", LAT, '"36.0"^^xsd:double'),
      ("Place-lat", "Datatype")),
    v("latitude-below-range", replace(AL_EIS, "geo:lat", LAT, '"-90.5"^^xsd:decimal'),
      ("Place-lat", "MinInclusive")),
    v("latitude-above-range", replace(AL_EIS, "geo:lat", LAT, '"91"^^xsd:decimal'),
      ("Place-lat", "MaxInclusive")),
    v("longitude-twice", insert(AL_EIS, "geo:long", '"37.1"^^xsd:decimal'),
      ("Place-long", "MaxCount")),
    # A string cannot be compared with the numeric bounds: SHACL counts that as a failure too.
    v("longitude-string", replace(AL_EIS, "geo:long", LONG, '"37.0"'),
      ("Place-long", "Datatype"), ("Place-long", "MinInclusive"), ("Place-long", "MaxInclusive")),
    v("longitude-below-range",
      replace(AL_EIS, "geo:long", LONG, '"-180.5"^^xsd:decimal'),
      ("Place-long", "MinInclusive")),
    v("longitude-above-range", replace(AL_EIS, "geo:long", LONG, '"181"^^xsd:decimal'),
      ("Place-long", "MaxInclusive")),
    v("wikidata-twice", insert(SYRIA, "ckg:wikidata", "wd:Q859"), ("wikidata", "MaxCount")),
    v("wikidata-literal", replace(SYRIA, "ckg:wikidata", "wd:Q858", '"Q858"'),
      ("wikidata", "NodeKind"), ("wikidata", "Pattern")),
    v("wikidata-https",
      replace(SYRIA, "ckg:wikidata", "wd:Q858", "<https://www.wikidata.org/entity/Q858>"),
      ("wikidata", "Pattern")),
    v("wikidata-wiki-page",
      replace(SYRIA, "ckg:wikidata", "wd:Q858", "<http://www.wikidata.org/wiki/Q858>"),
      ("wikidata", "Pattern")),
    # What the converter writes for a malformed QID: kept recognisably wrong, rejected here.
    v("wikidata-not-a-qid",
      replace(ALEPPO_GOV, "ckg:wikidata", "wd:Q214064",
              "<http://www.wikidata.org/entity/Aleppo%20Governorate>"),
      ("wikidata", "Pattern")),
    v("wikidata-leading-zero", replace(SYRIA, "ckg:wikidata", "wd:Q858", "wd:Q0858"),
      ("wikidata", "Pattern")),
    v("wikidata-property", replace(SYRIA, "ckg:wikidata", "wd:Q858", "wd:P17"),
      ("wikidata", "Pattern")),
    v("geonames-twice", insert(ALEPPO_GOV, "ckg:geonames", "<https://sws.geonames.org/170063/>"),
      ("geonames", "MaxCount")),
    v("geonames-literal", replace(ALEPPO_GOV, "ckg:geonames", GN, '"170062"'),
      ("geonames", "NodeKind"), ("geonames", "Pattern")),
    # GeoNames' older http form, its document (not the feature), its web page, no final slash
    v("geonames-http", replace(ALEPPO_GOV, "ckg:geonames", GN,
                               "<http://sws.geonames.org/170062/>"), ("geonames", "Pattern")),
    v("geonames-about-rdf", replace(ALEPPO_GOV, "ckg:geonames", GN,
                                    "<https://sws.geonames.org/170062/about.rdf>"),
      ("geonames", "Pattern")),
    v("geonames-web-page", replace(ALEPPO_GOV, "ckg:geonames", GN,
                                   "<https://www.geonames.org/170062/>"), ("geonames", "Pattern")),
    v("geonames-no-slash", replace(ALEPPO_GOV, "ckg:geonames", GN,
                                   "<https://sws.geonames.org/170062>"), ("geonames", "Pattern")),
    v("geonames-leading-zero", replace(ALEPPO_GOV, "ckg:geonames", GN,
                                       "<https://sws.geonames.org/0170062/>"),
      ("geonames", "Pattern")),
    v("geonames-zero", replace(ALEPPO_GOV, "ckg:geonames", GN, "<https://sws.geonames.org/0/>"),
      ("geonames", "Pattern")),
]

WARNING_CASES: list[Case] = [
    w("event-without-date", delete(EV, "ckg:date", '"2020-02-08"^^xsd:date'),
      ("Event-date-missing", "MinCount")),
    w("event-without-location", delete(EV, "ckg:location", AL_EIS),
      ("Event-location-missing", "MinCount")),
    w("event-without-actor", delete(EV, "ckg:actor", SAA), ("Event-actor-missing", "MinCount")),
    w("reported-event-attributed-to-nobody", delete(EV, "ckg:attributedTo", SOHR),
      ("EventAttributionShape", "Or")),
    w("claimed-event-attributed-to-nobody",
      then(delete(EV, "ckg:attributedTo", SOHR),
           replace(EV, "ckg:certainty", "certainty:reported", "certainty:claimed")),
      ("EventAttributionShape", "Or")),
    w("asserted-event-needs-no-source",
      then(delete(EV, "ckg:attributedTo", SOHR),
           replace(EV, "ckg:certainty", "certainty:reported", "certainty:asserted"))),
    w("country-without-wikidata", delete(SYRIA, "ckg:wikidata", "wd:Q858"),
      ("Country-wikidata-missing", "MinCount")),
]

# sh:parameter → constraint component local name (without "ConstraintComponent").
PARAMETER_COMPONENTS = {
    SH.minCount: "MinCount", SH.maxCount: "MaxCount", SH.datatype: "Datatype",
    SH["class"]: "Class", SH["in"]: "In", SH.hasValue: "HasValue", SH.pattern: "Pattern",
    SH.minLength: "MinLength", SH.maxLength: "MaxLength", SH.minInclusive: "MinInclusive",
    SH.maxInclusive: "MaxInclusive", SH.minExclusive: "MinExclusive",
    SH.maxExclusive: "MaxExclusive", SH.nodeKind: "NodeKind", SH.lessThan: "LessThan",
    SH.lessThanOrEquals: "LessThanOrEquals", SH.equals: "Equals", SH.disjoint: "Disjoint",
    SH["or"]: "Or", SH["and"]: "And", SH["not"]: "Not", SH.xone: "Xone", SH.node: "Node",
    SH.qualifiedMinCount: "QualifiedMinCount", SH.qualifiedMaxCount: "QualifiedMaxCount",
    SH.sparql: "SPARQL", SH.closed: "Closed", SH.uniqueLang: "UniqueLang",
    SH.languageIn: "LanguageIn",
}


@dataclass(frozen=True)
class Outcome:
    conforms: bool
    violations: frozenset[Hit]
    warnings: frozenset[Hit]
    text: str


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(VALID_PATH, format="turtle")


def local(node: object) -> str:
    text = str(node)
    return text[len(CKGSH):] if text.startswith(CKGSH) else text


def run(data: Graph, shapes: Graph, ontology: Graph) -> Outcome:
    conforms, results, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True,
        allow_warnings=True,
    )
    found: dict[URIRef, set[Hit]] = {SH.Violation: set(), SH.Warning: set(), SH.Info: set()}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        component = str(results.value(result, SH.sourceConstraintComponent))
        hit = (local(results.value(result, SH.sourceShape)),
               component.removeprefix(str(SH)).removesuffix("ConstraintComponent"))
        found[results.value(result, SH.resultSeverity)].add(hit)
    assert not found[SH.Info]
    return Outcome(bool(conforms), frozenset(found[SH.Violation]), frozenset(found[SH.Warning]),
                   str(text))


def mutated(valid: Graph, update: str) -> Graph:
    # No default prefix bindings: rdflib resolves prefixes of the second and later operations of
    # an update against the graph's bindings (where geo: is GeoSPARQL and schema: is https).
    g = Graph(bind_namespaces="none")
    g += valid
    g.update(PREFIXES + update)
    assert set(g) != set(valid), "the update changed nothing"
    terms = {str(t) for triple in g for t in triple}
    assert not {t for t in terms if t.startswith(("http://www.opengis.net/", "https://schema.org/"))}
    return g


# --- the valid graph ---------------------------------------------------------------------------

def test_valid_article_conforms_without_warnings(valid: Graph, shapes: Graph,
                                                 ontology: Graph) -> None:
    outcome = run(valid, shapes, ontology)
    assert outcome.conforms, outcome.text
    assert outcome.violations == frozenset()
    assert outcome.warnings == frozenset()


def test_valid_article_conforms_without_the_ontology(valid: Graph, shapes: Graph) -> None:
    # The converter writes every class explicitly, so the shapes need no ontology to pass.
    conforms, _, text = validate(valid, shacl_graph=shapes, inference="none", advanced=True,
                                 allow_warnings=True)
    assert conforms, text


def test_valid_article_covers_the_model(valid: Graph) -> None:
    ckg_types = {o for o in valid.objects(None, RDF.type) if str(o).startswith(CKG)}
    assert len(ckg_types) == 15  # all 20 classes but five of the six event-type classes
    predicates = {p for p in valid.predicates() if str(p).startswith(CKG)}
    assert len(predicates) == 28  # every ckg property


# --- one case per constraint -------------------------------------------------------------------

@pytest.mark.parametrize("case", VIOLATION_CASES, ids=lambda c: c.id)
def test_violation(case: Case, valid: Graph, shapes: Graph, ontology: Graph) -> None:
    outcome = run(mutated(valid, case.update), shapes, ontology)
    assert not outcome.conforms
    assert outcome.violations == case.violations, outcome.text
    assert outcome.warnings == case.warnings, outcome.text


@pytest.mark.parametrize("case", WARNING_CASES, ids=lambda c: c.id)
def test_warning(case: Case, valid: Graph, shapes: Graph, ontology: Graph) -> None:
    outcome = run(mutated(valid, case.update), shapes, ontology)
    assert outcome.conforms, outcome.text
    assert outcome.violations == frozenset()
    assert outcome.warnings == case.warnings, outcome.text


def named_shapes(shapes: Graph) -> set[URIRef]:
    found = {*shapes.subjects(RDF.type, SH.NodeShape), *shapes.subjects(RDF.type, SH.PropertyShape)}
    return {s for s in found if isinstance(s, URIRef)}


def constraints(shapes: Graph) -> dict[URIRef, set[Hit]]:
    """Every constraint of every named shape, by severity."""
    out: dict[URIRef, set[Hit]] = {SH.Violation: set(), SH.Warning: set(), SH.Info: set()}
    for shape in named_shapes(shapes):
        severity = shapes.value(shape, SH.severity) or SH.Violation
        for parameter, component in PARAMETER_COMPONENTS.items():
            if (shape, parameter, None) in shapes:
                out[severity].add((local(shape), component))
    return out


def test_every_constraint_has_a_case(shapes: Graph) -> None:
    have = constraints(shapes)
    assert len(have[SH.Violation]) > 100
    covered_v = set().union(*(c.violations for c in VIOLATION_CASES))
    covered_w = set().union(*(c.warnings for c in WARNING_CASES))
    assert have[SH.Violation] - covered_v == set()
    assert have[SH.Warning] - covered_w == set()
    assert covered_v - have[SH.Violation] == set()
    assert covered_w - have[SH.Warning] == set()
    assert not have[SH.Info]


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in VIOLATION_CASES + WARNING_CASES]
    assert len(ids) == len(set(ids))


# --- the shapes themselves ---------------------------------------------------------------------

def test_every_ontology_class_has_a_node_shape(shapes: Graph, ontology: Graph) -> None:
    from rdflib.namespace import OWL

    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(CKG)}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert len(classes) == 20
    assert classes <= targeted


def test_every_property_shape_is_named_with_message_and_severity(shapes: Graph) -> None:
    referenced = set(shapes.objects(None, SH.property))
    assert referenced, "no property shapes"
    for shape in referenced:
        assert isinstance(shape, URIRef), "property shapes are named, not blank nodes"
        assert (shape, RDF.type, SH.PropertyShape) in shapes, shape
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape
        assert shapes.value(shape, SH.severity) in (SH.Violation, SH.Warning), shape


def test_node_level_constraints_have_messages(shapes: Graph) -> None:
    node_level = (SH["or"], SH.xone, SH["and"], SH["not"], SH.sparql)
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        for parameter in node_level:
            for value in shapes.objects(shape, parameter):
                holder = value if parameter == SH.sparql else shape
                assert shapes.value(holder, SH.message) is not None, (shape, parameter)
                assert shapes.value(shape, SH.severity) is not None, shape


def test_shapes_are_valid_shacl(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    conforms, _, text = validate(valid, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                 advanced=True, allow_warnings=True, meta_shacl=True)
    assert conforms, text

