"""Facts → RDF: deterministic IRIs and triples, the model of docs/rdf-model.md."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from conftest import ROOT, SEED_FACTS, mutated
from kg.facts import parse_facts
from kg.rdf.iris import Minter, key, name_key
from kg.rdf.mapping import facts_to_rdf
from kg.rdf.namespaces import CKG, QUALIFIER, SUBTYPE, TIME

BASE = "https://w3id.org/conflict-kg/"


def _nquads(doc: dict, base: str = BASE) -> list[str]:
    rdf = facts_to_rdf(parse_facts(doc), Minter(base))
    lines = [f"{s.n3()} {p.n3()} {o.n3()} {rdf.graph_iri.n3()} ." for s, p, o in rdf.article_graph]
    lines += [f"{s.n3()} {p.n3()} {o.n3()} {rdf.entities_graph_iri.n3()} ."
              for s, p, o in rdf.entity_graph]
    return sorted(lines)


def test_same_facts_same_bytes_across_processes(seed_doc: dict) -> None:
    here = "\n".join(_nquads(seed_doc))
    code = (
        "import json,sys; sys.path.insert(0, 'tests'); from test_rdf import _nquads; "
        f"print('\\n'.join(_nquads(json.load(open({str(SEED_FACTS)!r})))), end='')"
    )
    there = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                           text=True, check=True, env={"PYTHONHASHSEED": "12345"}).stdout
    assert there == here
    assert "_:" not in here  # no blank nodes anywhere


def test_iris_follow_the_model(seed_doc: dict) -> None:
    rdf = facts_to_rdf(parse_facts(seed_doc), Minter(BASE))
    assert rdf.graph_iri == URIRef(BASE + "id/graph/dj-566899")
    assert rdf.article_iri == URIRef(BASE + "id/article/dj-566899")
    ev = URIRef(BASE + "id/event/dj-566899.evt-aleis")
    g = rdf.article_graph
    assert (ev, RDF.type, CKG.Battle) in g and (ev, RDF.type, CKG.Event) in g
    assert (ev, CKG.subEventType, SUBTYPE["government-regains-territory"]) in g
    assert (ev, CKG.date, Literal("2020-02-08", datatype=XSD.date)) in g
    assert (ev, CKG.datePrecision, TIME.unitDay) in g
    cas = URIRef(BASE + "id/casualty/dj-566899.evt-aleis.1")
    assert (cas, CKG["count"], Literal(20, datatype=XSD.integer)) in g
    assert (cas, CKG.qualifier, QUALIFIER["at-least"]) in g
    idlib = URIRef(BASE + "id/place/Q233218")  # keyed by QID
    saa = URIRef(BASE + "id/state-force/syrian-arab-army")  # keyed by name + kind
    e = rdf.entity_graph
    assert (idlib, RDFS.label, Literal("Idlib Governorate")) in e
    assert (idlib, CKG.wikidata, URIRef("http://www.wikidata.org/entity/Q233218")) in e
    assert (saa, RDF.type, CKG.StateForce) in e and (saa, RDF.type, CKG.Actor) in e
    syria = URIRef(BASE + "id/country/Q858")
    assert {(syria, RDF.type, c) for c in (CKG.Country, CKG.Actor, CKG.Place)} <= set(e)
    # mentions and events never leak into the shared entities graph
    assert not any(p in (CKG.mention, CKG.actor) for _s, p, _o in e)


def test_base_iri_is_configurable(seed_doc: dict) -> None:
    lines = _nquads(seed_doc, "http://example.org/kg/")
    assert any("<http://example.org/kg/id/event/dj-566899.evt-aleis>" in x for x in lines)
    assert not any("w3id.org/conflict-kg/id/" in x for x in lines)


def test_keys() -> None:
    assert key("dj-566899") == "dj-566899"
    assert key("sha256:0123abcd") != key("sha256-0123abcd")  # no collision after slugging
    assert key("sha256:0123abcd").startswith("sha256-0123abcd-")
    assert name_key("Hay'at Tahrir al-Sham") == "hay-at-tahrir-al-sham"
    assert name_key("Al-Ḥasakah") == "al-hasakah"
    arabic = name_key("العيس")
    assert arabic.startswith("x-") and arabic == name_key("العيس")


def test_negative_count_reaches_the_gate_unchanged(seed_doc: dict) -> None:
    bad = mutated(seed_doc, lambda d: d["events"][0]["casualties"][0].update(count=-1))
    rdf = facts_to_rdf(parse_facts(bad), Minter(BASE))
    counts = list(rdf.article_graph.objects(None, CKG["count"]))
    assert Literal(-1, datatype=XSD.integer) in counts
