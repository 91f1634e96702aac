"""Places known to GeoNames: the facts field ``geonames``, the IRI ``id/place/gn-{id}``, the link
``ckg:geonames <https://sws.geonames.org/{id}/>`` and what the store makes of two articles that
spell one such town differently ("Hodeida", "Hodeidah": the extractor names a place GeoNames
alone knows as the article writes it) — one node, one name, every spelling findable.

Real parts only: the facts reader, the converter, the SHACL gate (pyshacl), embedded Oxigraph
stores written through the CLI and through both write paths, the CSV import and export, and
``kg serve`` for the Linked Data page.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, VOID

from conftest import Run, Served, mutated, write_json
from kg.config import DEFAULT_BASE_IRI
from kg.errors import FactsError
from kg.facts import parse_facts
from kg.rdf.iris import Minter
from kg.rdf.mapping import facts_to_rdf
from kg.rdf.namespaces import CKG, RDFS, SKOS
from kg.validate import validate_graph

MINTER = Minter(DEFAULT_BASE_IRI)
HODEIDAH = 79415  # GeoNames: Al Ḩudaydah, Yemen (the gazetteer's gn:79415)
GN_NODE = f"{DEFAULT_BASE_IRI}id/place/gn-{HODEIDAH}"
GN_LINK = f"https://sws.geonames.org/{HODEIDAH}/"
KG = Callable[..., Run]


def wire(article_id: str, town: str, *, killed: int = 5, town_id: int | None = HODEIDAH,
         published: str = "2026-11-01") -> dict:
    """A small wire article naming a GeoNames town its own way, as the extractor writes it."""
    text = f"Coalition jets struck {town} on Sunday, killing {killed} people, residents said."
    at = text.index(town)
    place: dict = {"id": "ent-1", "name": town, "kind": "place", "wikidata": None,
                   "aliases": ["Al Ḩudaydah"], "country": "ent-2", "lat": 14.79781,
                   "lon": 42.95452,
                   "mentions": [{"start": at, "end": at + len(town), "text": town}]}
    if town_id is not None:
        place["geonames"] = town_id
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": article_id, "title": f"Strike on {town}", "source": "Wire",
                    "published": published, "language": "en", "text": text},
        "entities": [
            place,
            {"id": "ent-2", "name": "Yemen", "kind": "country", "wikidata": "Q805"},
            {"id": "ent-3", "name": "Saudi-led coalition", "kind": "armed_group",
             "wikidata": None},
        ],
        "events": [{
            "id": "evt-1", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Air/drone strike", "date": "2026-10-31", "date_precision": "day",
            "location": "ent-1", "actors": ["ent-3"], "targets": [],
            "casualties": [{"count": killed, "qualifier": "exact", "outcome": "killed",
                            "victim": None, "claimed_by": None}],
            "attributed_to": [], "certainty": "asserted",
            "evidence": [{"start": 0, "end": len(text), "text": text}],
        }],
    }


def rdf_of(doc: dict):  # type: ignore[no-untyped-def]
    return facts_to_rdf(parse_facts(doc), MINTER)


# --- facts ---------------------------------------------------------------------------------------

def test_geonames_field_is_read_and_optional() -> None:
    place = parse_facts(wire("a", "Hodeida")).entity("ent-1")
    assert place.geonames == HODEIDAH and place.aliases == ("Al Ḩudaydah",)
    assert parse_facts(wire("a", "Hodeida", town_id=None)).entity("ent-1").geonames is None
    null = mutated(wire("a", "Hodeida"), lambda d: d["entities"][0].update(geonames=None))
    assert parse_facts(null).entity("ent-1").geonames is None
    # the field is part of the facts: another id is another document
    assert parse_facts(wire("a", "Hodeida")).sha256 != parse_facts(
        wire("a", "Hodeida", town_id=79416)).sha256


@pytest.mark.parametrize("value", ["79415", 0, -79415, 79415.0, 79415.5, True, [79415],
                                   {"id": 79415}, "https://sws.geonames.org/79415/"])
def test_a_geonames_id_is_a_positive_whole_number(value: object) -> None:
    doc = mutated(wire("wire-a", "Hodeida"), lambda d: d["entities"][0].update(geonames=value))
    with pytest.raises(FactsError) as info:
        parse_facts(doc)
    text = str(info.value)
    assert "wire-a" in text and "entities[0].geonames" in text
    assert "GeoNames feature id (a positive whole number)" in text


# --- IRIs ----------------------------------------------------------------------------------------

def test_one_geonames_id_is_one_iri_whatever_the_spelling() -> None:
    iris = {MINTER.entity(parse_facts(wire(f"w{i}", town)).entity("ent-1"))
            for i, town in enumerate(("Hodeida", "Hodeidah", "Al Hudaydah"))}
    assert iris == {URIRef(GN_NODE)}
    # deterministic: the same id gives the same IRI from a fresh minter, under any base
    ent = parse_facts(wire("w", "Hodeida")).entity("ent-1")
    assert Minter("http://example.org/kg/").entity(ent) == URIRef(
        f"http://example.org/kg/id/place/gn-{HODEIDAH}")


def test_a_qid_still_wins_and_name_keys_are_unchanged() -> None:
    ent = parse_facts(wire("w", "Hodeida")).entity("ent-1")
    assert MINTER.entity(replace(ent, wikidata="Q190193")) == URIRef(
        f"{DEFAULT_BASE_IRI}id/place/Q190193")
    assert MINTER.entity(replace(ent, geonames=None)) == URIRef(
        f"{DEFAULT_BASE_IRI}id/place/hodeida")
    # the seed article (no geonames anywhere) keeps every IRI it had
    seed = parse_facts(json.loads((Path(__file__).parents[1] / "data" / "seed" /
                                   "article-2020-02-10-idlib.gold.json").read_text("utf-8")))
    assert {str(MINTER.entity(e)).rsplit("/", 1)[-1] for e in seed.entities} >= {
        "Q233218", "syrian-arab-army", "Q858"}
    assert not any("/gn-" in str(MINTER.entity(e)) for e in seed.entities)


# --- RDF and the SHACL gate ----------------------------------------------------------------------

def test_the_place_links_its_geonames_feature_and_passes_the_gate() -> None:
    rdf = rdf_of(wire("wire-a", "Hodeida"))
    g, node = rdf.entity_graph, URIRef(GN_NODE)
    assert set(g.objects(node, CKG.geonames)) == {URIRef(GN_LINK)}
    assert set(g.objects(node, RDFS.label)) == {Literal("Hodeida")}  # the name as written
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("Al Ḩudaydah")}  # GeoNames' name
    # only the place has a GeoNames id
    assert len(list(g.triples((None, CKG.geonames, None)))) == 1
    report = validate_graph(rdf.triples, engine="pyshacl")
    assert report.conforms and not report.findings, report.text()
    assert validate_graph(rdf.triples).conforms  # the default engine agrees


def test_a_malformed_geonames_link_is_rejected_by_the_shapes() -> None:
    facts = parse_facts(wire("wire-a", "Hodeida"))
    # not a feature id the reader would let through: the converter writes it as it is
    # (https://sws.geonames.org/0/) and the gate, not the converter, says what is wrong
    bad = replace(facts, entities=tuple(replace(e, geonames=0) if e.id == "ent-1" else e
                                        for e in facts.entities))
    report = validate_graph(facts_to_rdf(bad, MINTER).triples, engine="pyshacl")
    assert not report.conforms
    (finding,) = report.violations
    assert finding.path == "ckg:geonames" and "Pattern" in finding.component
    assert "https://sws.geonames.org/79415/" in finding.message
    # two features for one node
    rdf = rdf_of(wire("wire-a", "Hodeida"))
    twice = [*rdf.triples, ox.Triple(ox.NamedNode(GN_NODE), ox.NamedNode(str(CKG.geonames)),
                                     ox.NamedNode("https://sws.geonames.org/79416/"))]
    report = validate_graph(twice, engine="pyshacl")
    assert [f.component for f in report.violations] == ["sh:MaxCountConstraintComponent"]


# --- the store -----------------------------------------------------------------------------------

def store_rows(store: Path, sparql: str) -> list[tuple[str, ...]]:
    res = ox.Store.read_only(str(store)).query(sparql, use_default_graph_as_union=True)
    return sorted(tuple(row[v].value for v in res.variables) for row in res)


def names(store: Path) -> tuple[list[str], list[str]]:
    """The town's rdfs:label and skos:altLabel values in the store."""
    def values(prop: URIRef) -> list[str]:
        return [r[0] for r in store_rows(store, f"SELECT ?l WHERE {{ <{GN_NODE}> <{prop}> ?l }}")]

    return values(RDFS.label), values(SKOS.altLabel)


def test_two_spellings_of_one_town_are_one_node_with_one_name(
        kg: KG, store_dir: Path, tmp_path: Path) -> None:
    a, b = wire("wire-a", "Hodeida"), wire("wire-b", "Hodeidah", published="2026-11-02")
    checked = kg("validate", write_json(tmp_path / "a.json", a))  # a facts file with the field
    assert checked.code == 0 and "conforms" in checked.out, checked.out + checked.err
    assert kg("ingest", tmp_path / "a.json").code == 0
    assert kg("ingest", write_json(tmp_path / "b.json", b)).code == 0
    # one place node, linked to the GeoNames feature once, where both events happened
    assert store_rows(store_dir, f"SELECT ?x WHERE {{ ?x <{CKG.geonames}> <{GN_LINK}> }}") == [
        (GN_NODE,)]
    assert store_rows(store_dir, f"SELECT ?e WHERE {{ ?e <{CKG.location}> ?p }}") == [
        (f"{DEFAULT_BASE_IRI}id/event/wire-a.evt-1",),
        (f"{DEFAULT_BASE_IRI}id/event/wire-b.evt-1",)]
    assert store_rows(store_dir, f"SELECT DISTINCT ?p WHERE {{ ?e <{CKG.location}> ?p }}") == [
        (GN_NODE,)]
    # one name, the latest article's; the other spelling and GeoNames' name stay findable
    assert names(store_dir) == (["Hodeidah"], ["Al Ḩudaydah", "Hodeida"])
    for spelling in ("Hodeida", "Hodeidah", "Al Ḩudaydah"):
        assert store_rows(store_dir, f'SELECT ?x WHERE {{ ?x <{RDFS.label}>|<{SKOS.altLabel}> '
                                     f'"{spelling}" }}') == [(GN_NODE,)]
    r = kg("validate")
    assert r.code == 0 and "2 article graphs validated, all conform" in r.out, r.out + r.err
    # a new version of the first article names it again: its spelling is the name once more
    again = mutated(a, lambda d: d["events"][0]["casualties"][0].update(count=6))
    assert kg("ingest", write_json(tmp_path / "a2.json", again)).code == 0
    assert names(store_dir) == (["Hodeida"], ["Al Ḩudaydah", "Hodeidah"])
    # the stats count one place for the three spellings
    stats = json.loads(kg("stats", "--json").out)
    assert stats["entities"] == 3  # the town, Yemen, the coalition


def test_a_spelling_no_article_uses_any_more_goes(kg: KG, store_dir: Path,
                                                  tmp_path: Path) -> None:
    """The only article naming the town changes its spelling: the old one is nobody's now."""
    assert kg("ingest", write_json(tmp_path / "a.json", wire("wire-a", "Hodeida"))).code == 0
    changed = wire("wire-a", "Hodeidah", killed=6)
    assert kg("ingest", write_json(tmp_path / "a2.json", changed)).code == 0
    assert names(store_dir) == (["Hodeidah"], ["Al Ḩudaydah"])


def nquads(store) -> list[str]:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    store.dump(out, "nquads")
    return sorted(out.getvalue().decode("utf-8").splitlines())


def test_both_write_paths_keep_one_name(tmp_path: Path) -> None:
    """The embedded store's batch shortcut (names it looked up, demoted as found) writes what
    the searching update and one article per update write, also when another article of the
    same batch has just taken the town's description away."""
    from kg.store import batch as batches
    from kg.store.embedded import EmbeddedStore, _refusal

    taiz = {"geonames": 70225}  # GeoNames' Taiz: one article mentions it, then none

    def taiz_article(article_id: str, town: str | None) -> dict:
        doc = wire(article_id, town or "Hodeida", killed=1)
        if town is not None:
            doc["entities"][0].update(taiz, name=town, aliases=[], lat=13.57952, lon=44.02091)
        return doc

    rounds = [
        [wire("wire-a", "Hodeida"), wire("wire-b", "Hodeidah"), taiz_article("t", "Taiz")],
        [wire("wire-a", "Hodeida", killed=7), wire("wire-c", "Al Hudaydah"),
         taiz_article("t", None),  # its new version names no Taiz: the description goes
         taiz_article("u", "Taizz")],  # the lookup still saw "Taiz": nothing left to demote
        [wire("wire-b", "Hodeidah", killed=2), wire("wire-b", "Hodeidah", killed=3)],
    ]
    stores = {name: EmbeddedStore(str(tmp_path / name), base_iri=DEFAULT_BASE_IRI)
              for name in ("shortcuts", "searching", "one-by-one")}
    try:
        for docs in rounds:
            rdfs = [rdf_of(d) for d in docs]
            results = stores["shortcuts"].replace_articles(rdfs)
            searching = stores["searching"]
            assert batches.replace_articles(rdfs, searching._stored_hashes,
                                            searching._send_articles, _refusal) == results
            assert [stores["one-by-one"].replace_article(r) for r in rdfs] == results
            dumps = {name: nquads(s) for name, s in stores.items()}
            assert dumps["shortcuts"] == dumps["searching"] == dumps["one-by-one"]
        shortcuts = stores["shortcuts"]
        labels = sorted((r["p"].value, r["l"].value) for r in shortcuts.query(
            f"SELECT ?p ?l WHERE {{ <{GN_NODE}> ?p ?l "
            f"FILTER(?p IN (rdfs:label, skos:altLabel)) }}"))
        assert labels == [(str(RDFS.label), "Hodeidah"), (str(SKOS.altLabel), "Al Hudaydah"),
                          (str(SKOS.altLabel), "Al Ḩudaydah"), (str(SKOS.altLabel), "Hodeida")]
        taiz_names = sorted(r["l"].value for r in shortcuts.query(
            f"SELECT ?l WHERE {{ <{DEFAULT_BASE_IRI}id/place/gn-70225> ?p ?l "
            f"FILTER(?p IN (rdfs:label, skos:altLabel)) }}"))
        assert taiz_names == ["Taizz"]
    finally:
        for s in stores.values():
            s.close()


# --- tables --------------------------------------------------------------------------------------

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
                "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
                "timestamp")


def acled_row(row_id: str, town: str, day: str) -> str:
    return (f"{row_id},{day},2026,1,Political violence,Explosions/Remote violence,"
            f"Air/drone strike,Military Forces of Saudi Arabia (2015-),,8,,,,80,,887,"
            f"Middle East,Yemen,,,,{town},14.7978,42.9545,1,Wire,International,"
            f"\"Air strikes hit {town}.\",2,,1793000000")


def table(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_acled_import_links_the_geonames_town_and_the_export_keeps_its_id(
        kg: KG, store_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "acled-yemen.csv"
    src.write_text("\r\n".join([ACLED_HEADER, acled_row("YEM1", "Hodeidah", "2026-10-01"),
                                acled_row("YEM2", "Hodeida", "2026-10-02")]) + "\r\n",
                   encoding="utf-8", newline="")
    r = kg("import", "--format", "acled-csv", src)
    assert r.code == 0, r.out + r.err
    # both spellings are the one GeoNames town (the first row names it, the other is an alias)
    assert store_rows(store_dir, f"SELECT ?x WHERE {{ ?x <{CKG.geonames}> <{GN_LINK}> }}") == [
        (GN_NODE,)]
    assert names(store_dir) == (["Hodeidah"], ["Hodeida"])
    exported = kg("export", "--format", "acled-csv")
    assert exported.code == 0, exported.err
    rows = {x["event_id_cnty"]: x for x in table(exported.out)}
    assert {k: (v["location"], v["location_geonames"]) for k, v in rows.items()} == {
        "YEM1": ("Hodeidah", str(HODEIDAH)), "YEM2": ("Hodeidah", str(HODEIDAH))}
    ucdp = table(kg("export", "--format", "ucdp-ged").out)
    assert {x["location_geonames"] for x in ucdp} == {str(HODEIDAH)}
    # the export read back into a fresh store: the same node, taken from the column
    back = tmp_path / "back.csv"
    back.write_text(exported.out, encoding="utf-8", newline="")
    fresh = tmp_path / "fresh"
    assert kg("import", "--format", "acled-csv", back, store=fresh).code == 0
    assert store_rows(fresh, f"SELECT ?x WHERE {{ ?x <{CKG.geonames}> <{GN_LINK}> }}") == [
        (GN_NODE,)]


def test_the_id_column_wins_over_linking_and_bad_cells_are_ignored(
        kg: KG, store_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "acled-ids.csv"
    header = ACLED_HEADER + ",location_geonames"
    src.write_text("\r\n".join([
        header,
        acled_row("YEM1", "Nowhereville", "2026-10-01") + ",https://sws.geonames.org/70225/",
        acled_row("YEM2", "Hodeida", "2026-10-02") + ",not-an-id",
    ]) + "\r\n", encoding="utf-8", newline="")
    assert kg("import", "--format", "acled-csv", src).code == 0
    assert store_rows(store_dir, f"SELECT ?x ?g WHERE {{ ?x <{CKG.geonames}> ?g }}") == [
        (f"{DEFAULT_BASE_IRI}id/place/gn-70225", "https://sws.geonames.org/70225/"),
        (GN_NODE, GN_LINK)]  # the bad cell is ignored; the gazetteer links "Hodeida"


# --- Linked Data ---------------------------------------------------------------------------------

def test_the_place_page_links_geonames(tmp_path: Path) -> None:
    from conftest import kg_process

    store = tmp_path / "store"
    docs = [write_json(tmp_path / "a.json", wire("wire-a", "Hodeida")),
            write_json(tmp_path / "b.json", wire("wire-b", "Hodeidah"))]
    r = kg_process("ingest", *docs, store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    served = Served(store, "--workers", "1")
    try:
        page = requests.get(f"{served.base}/id/place/gn-{HODEIDAH}",
                            headers={"Accept": "text/html"}, timeout=30)
        assert page.status_code == 200
        assert f'href="{GN_LINK}"' in page.text and f"GeoNames {HODEIDAH}" in page.text
        assert "Hodeida" in page.text and "Al Ḩudaydah" in page.text  # also known as
        event = requests.get(f"{served.base}/id/event/wire-a.evt-1",
                             headers={"Accept": "text/html"}, timeout=30)
        assert f'href="{GN_LINK}"' in event.text
        turtle = requests.get(f"{served.base}/id/place/gn-{HODEIDAH}",
                              headers={"Accept": "text/turtle"}, timeout=30)
        g = Graph().parse(data=turtle.text, format="turtle")
        assert (URIRef(GN_NODE), CKG.geonames, URIRef(GN_LINK)) in g
        # the dataset description announces the GeoNames linkset: one link, one town
        void = Graph().parse(data=requests.get(f"{served.base}/.well-known/void", timeout=30,
                                               headers={"Accept": "text/turtle"}).text,
                             format="turtle")
        linkset = void.value(predicate=VOID.linkPredicate, object=CKG.geonames)
        assert linkset is not None and (linkset, RDF.type, VOID.Linkset) in void
        assert int(void.value(linkset, VOID.triples)) == 1
        assert str(void.value(void.value(linkset, VOID.objectsTarget), VOID.uriSpace)) == (
            "https://sws.geonames.org/")
    finally:
        served.stop()
