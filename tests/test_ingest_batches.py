"""Batched ingest: many articles validated in one SHACL run and written in one request, each
still judged and written on its own.

- batch validation gives every article exactly the report a run of pyshacl (the reference) on
  that article alone gives: no article masks another's error, none inherits another's;
- the fast engine (pyshacl-turbo) agrees with pyshacl on every article;
- a bad article in a batch is rejected with its own report while the others are stored, on the
  embedded store and on a real ``oxigraph serve``; batch sizes and backends end in the same
  store, and re-ingesting changes nothing;
- an article the remote store refuses (here: a real ``kg serve`` as the SPARQL store, whose
  ``/update`` refuses texts over ``KG_MAX_QUERY_BYTES``) is rejected alone, the rest written;
- the embedded store's one-writer shortcuts (no removal for new articles, found single-valued
  values deleted as data) write the store the searching updates write, batch after batch;
- articles pickled for the writer (as N-Triples) arrive unchanged.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from conftest import Served, mutated
from kg.config import DEFAULT_BASE_IRI, Settings
from kg.facts import parse_facts
from kg.ingest import ingest
from kg.rdf.iris import Minter
from kg.rdf.mapping import facts_to_rdf
from kg.rdf.namespaces import CKG, RDF, RDFS
from kg.store import open_store
from kg.store.base import Store
from kg.validate import Report, validate_batch, validate_graph

MINTER = Minter(DEFAULT_BASE_IRI)


def renamed(doc: dict, article_id: str) -> dict:
    return mutated(doc, lambda d: d["article"].update(id=article_id))


def set_coordinates(doc: dict, lat: float) -> None:
    place = next(e for e in doc["entities"] if e["id"] == "ent-aleppo")
    place.update(lat=lat, lon=37.16)


def named(doc: dict, article_id: str, name: str) -> dict:
    """``doc`` as ``article_id``, calling Aleppo ``name``."""
    return mutated(renamed(doc, article_id), lambda d: next(
        e for e in d["entities"] if e["id"] == "ent-aleppo").update(name=name))


def batch_docs(seed_doc: dict) -> list[dict]:
    """Articles sharing every entity, with a violation, warnings and disagreeing coordinates
    for the same place among them."""
    good = [renamed(seed_doc, f"art-{i}") for i in range(6)]
    bad = mutated(renamed(seed_doc, "art-bad"),
                  lambda d: d["events"][0]["casualties"][0].update(count=-1))
    unplaced = mutated(renamed(seed_doc, "art-unplaced"),
                       lambda d: d["events"][1].update(location=None))
    north = mutated(renamed(seed_doc, "art-north"), lambda d: set_coordinates(d, 36.2))
    south = mutated(renamed(seed_doc, "art-south"), lambda d: set_coordinates(d, 36.1))
    return [good[0], north, bad, good[1], unplaced, good[2], north, *good[3:], south]


def triples_of(doc: dict) -> tuple[ox.Triple, ...]:
    return facts_to_rdf(parse_facts(doc), MINTER).triples


def same(a: Report, b: Report) -> bool:
    return a.conforms == b.conforms and sorted(a.findings, key=repr) == sorted(
        b.findings, key=repr)


@pytest.mark.parametrize("engine", ["pyshacl-turbo", "pyshacl"])
def test_batch_reports_are_the_single_article_reports(seed_doc: dict, engine: str) -> None:
    docs = batch_docs(seed_doc)
    graphs = [triples_of(d) for d in docs]
    reference = [validate_graph(g, "pyshacl") for g in graphs]
    assert [r.conforms for r in reference] == [d["article"]["id"] != "art-bad" for d in docs]
    assert any(r.warnings for r in reference)  # the unplaced event warns, in its article only
    batched = validate_batch(graphs, engine)
    assert all(same(b, r) for b, r in zip(batched, reference, strict=True))
    # the bad article's report names its own nodes, not a batch-internal name
    bad = batched[2]
    assert bad.violations and all("urn:kg-batch" not in f.line() for f in bad.findings)
    assert all("art-bad" in f.focus for f in bad.violations)


def test_fast_engine_agrees_with_the_reference(seed_doc: dict) -> None:
    for doc in batch_docs(seed_doc):
        graph = triples_of(doc)
        assert same(validate_graph(graph, "pyshacl-turbo"), validate_graph(graph, "pyshacl"))


def test_an_article_cannot_hide_its_error_behind_another(seed_doc: dict) -> None:
    """Article A uses a place as an actor (a violation of A); article B types the same node as
    an armed group. In a plain union of the two the node would be an actor and A would pass;
    the batch keeps each article's view of the node its own."""
    place = MINTER.entity(parse_facts(seed_doc).entities[-1])  # ent-m5, a place
    a_doc = mutated(renamed(seed_doc, "art-a"),
                    lambda d: d["events"][0]["actors"].append("ent-m5"))
    a = triples_of(a_doc)
    node = ox.NamedNode(str(place))
    b = (*triples_of(renamed(seed_doc, "art-b")),
         ox.Triple(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(CKG.Actor))),
         ox.Triple(node, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(CKG.ArmedGroup))),
         ox.Triple(node, ox.NamedNode(str(RDFS.label)), ox.Literal("M5 group")))
    alone = [validate_graph(a, "pyshacl"), validate_graph(b, "pyshacl")]
    assert not alone[0].conforms and alone[1].conforms
    for engine in ("pyshacl-turbo", "pyshacl"):
        batched = validate_batch([a, b], engine)
        assert all(same(x, y) for x, y in zip(batched, alone, strict=True))


def dump(store: Store) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return out.getvalue()


def write_docs(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_bad_article_in_a_batch_leaves_the_others_whole(seed_doc: dict, store_location: str,
                                                        tmp_path: Path) -> None:
    docs = batch_docs(seed_doc)
    src = write_docs(tmp_path / "batch.jsonl", docs)
    store = open_store(store_location, base_iri=DEFAULT_BASE_IRI,
                       settings=Settings(store=store_location))
    try:
        summary = ingest([src], store, MINTER, 1 << 24, batch=5)
        statuses = [(o.article_id, o.status) for o in summary.outcomes]
        assert statuses == [(d["article"]["id"],
                             "rejected" if d["article"]["id"] == "art-bad"
                             else "unchanged" if i == 6 else "stored")  # art-north again
                            for i, d in enumerate(docs)]
        rejected = summary.rejected[0]
        assert "rejected by SHACL validation; nothing was written" in rejected.message
        assert "art-bad" in rejected.message
        graphs = set(store.article_graphs())
        assert str(MINTER.article_graph("art-bad")) not in graphs
        assert len(graphs) == len({d["article"]["id"] for d in docs}) - 1
        for g in graphs:  # every stored article is whole: it passes the gate as stored
            assert validate_graph(store.article_validation_graph(g), "pyshacl").conforms
        # the place ends with the description of the last article that described it
        rows = list(store.query(
            f"SELECT ?lat WHERE {{ <{DEFAULT_BASE_IRI}id/place/Q41183> geo:lat ?lat }}"))
        assert [r["lat"].value for r in rows] == ["36.1"]
        before = dump(store)
        again = ingest([src], store, MINTER, 1 << 24, batch=5)
        assert again.count("stored") == 0 and again.count("rejected") == 1
        assert dump(store) == before  # re-ingesting the same articles changes nothing
    finally:
        store.close()


def test_batch_size_and_backend_do_not_change_the_store(seed_doc: dict, remote_url: str,
                                                         tmp_path: Path) -> None:
    src = write_docs(tmp_path / "batch.jsonl", batch_docs(seed_doc))
    dumps = []
    for location, batch, jobs in ((str(tmp_path / "one"), 1, 1), (str(tmp_path / "many"), 32, 1),
                                  (str(tmp_path / "two"), 4, 2), (remote_url, 4, 1)):
        store = open_store(location, base_iri=DEFAULT_BASE_IRI, settings=Settings(store=location))
        try:
            ingest([src], store, MINTER, 1 << 24, batch=batch, jobs=jobs)
            dumps.append(dump(store))
        finally:
            store.close()
    assert dumps[0] and all(d == dumps[0] for d in dumps[1:])


def test_an_article_the_remote_store_refuses_is_rejected_alone(seed_doc: dict,
                                                               tmp_path: Path) -> None:
    """``kg serve`` as the remote SPARQL store: its /update refuses texts over
    KG_MAX_QUERY_BYTES (413). A batch of articles is over it, one article with a very long
    headline is over it on its own; the batch is split until only that article is refused."""
    token = "batch-test-token"
    served = Served(tmp_path / "engine-store", "--workers", "1",
                    env={"KG_WRITE_TOKEN": token, "KG_MAX_QUERY_BYTES": "60000"})
    try:
        url = served.base + "/"
        settings = Settings(store=url, store_query_url=served.base + "/sparql",
                            store_update_url=served.base + "/update",
                            store_gsp_url=served.base + "/store", store_token=token)
        docs = [renamed(seed_doc, f"art-{i}") for i in range(4)]
        docs.insert(2, mutated(renamed(seed_doc, "art-long"),
                               lambda d: d["article"].update(title="very long " * 8000)))
        src = write_docs(tmp_path / "batch.jsonl", docs)
        store = open_store(url, base_iri=DEFAULT_BASE_IRI, settings=settings)
        try:
            summary = ingest([src], store, MINTER, 1 << 24, batch=5)
            assert [o.status for o in summary.outcomes] == [
                "stored", "stored", "rejected", "stored", "stored"]
            message = summary.rejected[0].message
            assert "refused by the store" in message and "413" in message
            graphs = set(store.article_graphs())
            assert graphs == {str(MINTER.article_graph(f"art-{i}")) for i in range(4)}
            for g in graphs:
                assert validate_graph(store.article_validation_graph(g), "pyshacl").conforms
        finally:
            store.close()
    finally:
        served.stop()


def test_engine_and_batch_settings(kg, seed_doc: dict, tmp_path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_docs(tmp_path / "two.jsonl", [renamed(seed_doc, "a"), renamed(seed_doc, "b")])
    run = kg("--shacl-engine", "pyshacl", "ingest", src, "--batch", "2", "--json")
    assert run.code == 0 and json.loads(run.out)["stored"] == 2
    assert kg("ingest", src, "--batch", "0").code == 4
    monkeypatch.setenv("KG_SHACL_ENGINE", "fastest")
    run = kg("ingest", src)
    assert run.code == 4 and "KG_SHACL_ENGINE='fastest'" in run.err and "pyshacl" in run.err


def with_extra_place(doc: dict, name: str, lat: float) -> dict:
    """``doc`` mentioning one more place, which no other article names (its description goes
    when the article's next version drops it)."""
    def add(d: dict) -> None:
        d["entities"].append({"id": "ent-extra", "name": name, "kind": "place", "wikidata": None,
                              "country": "ent-syria", "lat": lat, "lon": 36.5})
        d["events"][0]["location"] = "ent-extra"
    return mutated(doc, add)


def test_one_writer_shortcuts_write_the_store_the_searching_updates_write(
        seed_doc: dict, tmp_path: Path) -> None:
    """The embedded store, as the only writer, looks before it writes: a new article's update
    leaves out the removal of a previous version, single-valued properties are replaced by a
    DELETE DATA of the values its lookup found, and — while the batch's articles are new —
    entity statements already stored are not inserted again and only stored alternative names
    are deleted. Batches of new, changed, repeated, renaming and disagreeing articles end in
    the very store the searching updates (what the remote store sends) and one article per
    update give — after every batch."""
    from kg.store import batch as batches
    from kg.store.embedded import EmbeddedStore, _refusal

    north = mutated(renamed(seed_doc, "art-north"), lambda d: set_coordinates(d, 36.2))
    south = mutated(renamed(seed_doc, "art-south"), lambda d: set_coordinates(d, 36.1))
    rounds = [
        [renamed(seed_doc, "art-0"), north, with_extra_place(renamed(seed_doc, "art-1"),
                                                             "Kafr Extra", 35.9),
         south, north],
        [mutated(renamed(seed_doc, "art-0"), lambda d: d["events"].pop()),  # changed
         mutated(north, lambda d: set_coordinates(d, 36.3)), renamed(seed_doc, "art-2"),
         renamed(seed_doc, "art-1")],  # its new version drops the extra place
        [north, with_extra_place(renamed(seed_doc, "art-3"), "Kafr Extra", 35.8)],
        # new articles only: Aleppo renamed, then its old name back (an alternative name
        # that becomes the name again), then renamed again
        [named(seed_doc, "art-4", "Halab"), named(seed_doc, "art-5", "Aleppo"),
         named(seed_doc, "art-6", "Haleb")],
    ]
    stores = {name: EmbeddedStore(str(tmp_path / name), base_iri=DEFAULT_BASE_IRI)
              for name in ("shortcuts", "searching", "one-by-one")}
    texts: list[str] = []
    shortcuts = stores["shortcuts"]
    sent = shortcuts._send_articles

    def spy(update: str, count: int) -> None:
        texts.append(update)
        sent(update, count)

    shortcuts._send_articles = spy  # type: ignore[method-assign]
    try:
        for docs in rounds:
            rdfs = [facts_to_rdf(parse_facts(d), MINTER) for d in docs]
            results = shortcuts.replace_articles(rdfs)
            searching = stores["searching"]
            assert batches.replace_articles(rdfs, searching._stored_hashes,
                                            searching._send_articles, _refusal) == results
            assert [stores["one-by-one"].replace_article(r) for r in rdfs] == results
            dumps = {name: dump(s) for name, s in stores.items()}
            assert dumps["shortcuts"] == dumps["searching"] == dumps["one-by-one"]
        extra = list(shortcuts.query(
            "SELECT ?lat WHERE { ?x rdfs:label 'Kafr Extra' ; geo:lat ?lat }"))
        assert [r["lat"].value for r in extra] == ["35.8"]  # dropped by art-1, added by art-3
    finally:
        for s in stores.values():
            s.close()
    # the shortcuts were taken: new articles without removal, found values deleted as data
    first, second, third, fourth = texts
    syria = "<http://www.wikidata.org/entity/Q858> ."  # an entity statement of every article
    assert first.count(syria) == 1  # stored by art-0, left out of the next three inserts
    assert second.count(syria) == 4  # art-0 had a previous version: everything inserted
    assert third.count(syria) == 2  # art-north first, stored before: the same
    assert fourth.count(syria) == 0  # all new, Syria stored
    alternative = "skos/core#altLabel> "
    assert fourth.count(f'{alternative}"Aleppo" .\n') == 1  # deleted once, by art-5
    assert f'{alternative}"Halab" .\n' not in fourth  # never an alternative name before
    assert "DROP SILENT GRAPH" not in first  # south after north: north's latitude as data
    assert re.search(r'DELETE DATA \{ GRAPH <[^>]+> \{\n[^}]*wgs84_pos#lat> "36\.2"', first)
    assert "DELETE {" not in first  # nothing searches
    assert second.count("DROP SILENT GRAPH") == 3  # art-0, art-north, art-1 were stored
    assert third.count("DROP SILENT GRAPH") == 1  # art-north was, art-3 is new
    assert re.search(r'DELETE DATA \{ GRAPH <[^>]+> \{\n[^}]*wgs84_pos#lat> ', third)


def test_articles_cross_to_the_writer_unchanged() -> None:
    """Worker processes send articles to the writer pickled (as N-Triples): every kind of term
    survives — language tags, datatypes, blank nodes, characters N-Triples escapes."""
    import pickle

    from kg.rdf.mapping import ArticleRdf

    node, blank = ox.NamedNode("https://example.org/a"), ox.BlankNode("b0")
    triples = (
        ox.Triple(node, ox.NamedNode("https://example.org/p"), ox.Literal("quote \" tab\t\nnl")),
        ox.Triple(node, ox.NamedNode("https://example.org/p"), ox.Literal("Alep", language="fr")),
        ox.Triple(node, ox.NamedNode("https://example.org/p"),
                  ox.Literal("36.2", datatype=ox.NamedNode(str(ox.NamedNode(
                      "http://www.w3.org/2001/XMLSchema#decimal").value)))),
        ox.Triple(blank, ox.NamedNode("https://example.org/p"), ox.Literal("ḥalab \u2028")),
        ox.Triple(node, ox.NamedNode("https://example.org/q"), blank),
    )
    rdf = ArticleRdf("a", node, node, node, "0" * 64, triples, triples[:1])
    assert rdf.article_graph is not None  # a view made before pickling is not sent
    back = pickle.loads(pickle.dumps(rdf))
    assert back == rdf
    assert back.article_triples == triples and back.entity_triples == triples[:1]
    assert back._views == {}


def test_the_fast_engine_reads_the_triples_as_text(seed_doc: dict) -> None:
    """The fast path really runs (a failing engine would only be replaced by pyshacl, whose
    reports the other tests cannot tell apart): Oxigraph's N-Triples go in as the engine's
    own input, no store built, and it judges a good and a bad article as pyshacl does."""
    from kg.validate import _run_turbo, _turbo_input

    good = triples_of(seed_doc)
    bad = triples_of(mutated(seed_doc, lambda d: d["events"][0]["casualties"][0].update(
        count=-1)))
    assert not isinstance(_turbo_input(good), ox.Store)
    assert _run_turbo(good)[0] is True
    assert _run_turbo(bad)[0] is False


XSD_NS = "http://www.w3.org/2001/XMLSchema#"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
OA_START = ox.NamedNode("http://www.w3.org/ns/oa#start")
OA_EXACT = ox.NamedNode("http://www.w3.org/ns/oa#exact")


def with_value(triples: tuple[ox.Triple, ...], predicate: ox.NamedNode, literal: ox.Literal
               ) -> tuple[ox.Triple, ...]:
    """``triples`` with the object of the first ``predicate`` triple replaced by ``literal``
    (or, when there is none, that statement added to the first event, or for coordinates to
    the first place); a text span's quote goes too, so that its length is not checked against
    the new offset."""
    at = next((i for i, t in enumerate(triples) if t.predicate == predicate), None)
    if at is None:
        owner = ox.NamedNode(str(CKG.Place if predicate.value.startswith(GEO) else CKG.Event))
        node = next(t.subject for t in triples
                    if t.predicate == ox.NamedNode(str(RDF.type)) and t.object == owner)
        return (*triples, ox.Triple(node, predicate, literal))
    node = triples[at].subject
    return tuple(ox.Triple(node, predicate, literal) if i == at else t
                 for i, t in enumerate(triples) if (t.subject, t.predicate) != (node, OA_EXACT))


RANGE_CASES = [  # (property, datatype, its range in the shapes, lexical forms to try)
    (ox.NamedNode(str(CKG["count"])), "integer", (0, None),
     ["0", "7", "+7", "007", "-0", "-00", "-1", "-7", "+0"]),
    (OA_START, "integer", (0, None), ["0", "-0", "+3", "-3"]),
    (ox.NamedNode(str(CKG.areaKm2)), "decimal", (0, None),
     ["0", "0.0", "12.5", "+.5", "5.", "-0", "-0.0", "-.0", "-0.", "-.5", "-12.5", "-0.01"]),
    (ox.NamedNode(GEO + "lat"), "decimal", (-90, 90),
     ["0", "-0", "36.2", "-36.2", "89.999", "90", "+90", "90.0", "090.00", "-90", "-90.",
      "90.01", "-90.0001", "91", "100", "180", ".5", "-.5", "9", "89"]),
    (ox.NamedNode(GEO + "long"), "decimal", (-180, 180),
     ["37.16", "-37.16", "179.9", "180", "180.000", "-180", "0180", "180.1", "-180.5", "181",
      "190", "200", "99.5", "100", "1000"]),
]


@pytest.mark.parametrize(("predicate", "datatype", "bounds", "forms"), RANGE_CASES,
                         ids=lambda v: v.value.rsplit("/", 1)[-1] if isinstance(v, ox.NamedNode)
                         else None)
def test_the_fast_engine_checks_numeric_ranges_as_the_shapes_do(
        seed_doc: dict, predicate: ox.NamedNode, datatype: str,
        bounds: tuple[int, int | None], forms: list[str]) -> None:
    """The fast engine checks the ``sh:minInclusive``/``sh:maxInclusive`` ranges of integer
    and decimal properties as patterns of the lexical forms in range
    (kg.validate.fast_engine_shapes): its verdict must be the published shapes' verdict
    (pyshacl's) for every form, signed zeros and the bounds themselves included."""
    from decimal import Decimal

    from rdflib import Literal
    from rdflib.namespace import SH

    from kg.validate import _run_pyshacl, _run_turbo, fast_engine_shapes, shapes_graph

    assert (None, SH.minInclusive, Literal(bounds[0])) in shapes_graph()
    assert (None, SH.minInclusive, None) not in fast_engine_shapes(shapes_graph())
    assert (None, SH.maxInclusive, None) not in fast_engine_shapes(shapes_graph())
    base = triples_of(seed_doc)
    verdicts = {}
    for form in forms:
        literal = ox.Literal(form, datatype=ox.NamedNode(XSD_NS + datatype))
        graph = with_value(base, predicate, literal)
        fast, reference = _run_turbo(graph)[0], _run_pyshacl(graph)[0]
        assert fast == reference, form
        verdicts[form] = fast
    low, high = bounds
    assert verdicts == {f: low <= Decimal(f) and (high is None or Decimal(f) <= high)
                        for f in forms}


@pytest.mark.parametrize("form", ["5\n", " 5", "5 ", "1e2", "1E1", "\u0663", "", "+", "-",
                                  ".", "-.", "+-1", "0x1", "NaN", "INF"])
def test_the_fast_engine_accepts_no_odd_form_the_shapes_reject(seed_doc: dict,
                                                              form: str) -> None:
    """Forms outside the plain lexical space (spaces, exponents, other digits): the fast
    engine may be stricter than pyshacl, which reads some of them as numbers, never laxer."""
    from kg.validate import _run_pyshacl, _run_turbo

    base = triples_of(seed_doc)
    for predicate, datatype, _bounds, _forms in RANGE_CASES:
        literal = ox.Literal(form, datatype=ox.NamedNode(XSD_NS + datatype))
        graph = with_value(base, predicate, literal)
        if _run_turbo(graph)[0]:
            try:
                reference = _run_pyshacl(graph)[0]
            except ArithmeticError:  # pyshacl cannot compare it at all: not a number
                reference = False
            assert reference, (predicate.value, form)


def test_ranges_that_could_loosen_a_check_are_not_rewritten() -> None:
    """A warning keeps its own report; under sh:not a stricter member is a laxer whole."""
    from rdflib import Graph
    from rdflib.namespace import SH

    from kg.validate import fast_engine_shapes

    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix ex: <https://example.org/> .
        ex:plain a sh:PropertyShape ; sh:path ex:n ; sh:datatype xsd:integer ; sh:minInclusive 0 .
        ex:warned a sh:PropertyShape ; sh:path ex:n ; sh:datatype xsd:integer ;
            sh:minInclusive 0 ; sh:severity sh:Warning .
        ex:outer a sh:NodeShape ; sh:targetClass ex:C ; sh:not ex:inner .
        ex:inner a sh:NodeShape ; sh:property ex:negated .
        ex:negated a sh:PropertyShape ; sh:path ex:n ; sh:datatype xsd:integer ;
            sh:minInclusive 0 .
        ex:choice a sh:NodeShape ; sh:xone ( ex:one [ sh:path ex:m ; sh:minCount 1 ] ) .
        ex:one a sh:PropertyShape ; sh:path ex:n ; sh:datatype xsd:decimal ;
            sh:minInclusive -5 ; sh:maxInclusive 5 .
    """, format="turtle")
    fast = fast_engine_shapes(shapes)
    rewritten = {str(s).rsplit("/", 1)[-1] for s in fast.subjects(SH.pattern, None)}
    assert rewritten == {"plain"}
    assert len(fast) == len(shapes)  # one pattern for the one minInclusive it replaces


def test_range_patterns_hold_exactly_the_forms_in_range() -> None:
    """The patterns themselves, on every integer and many decimal forms around the bounds."""
    import itertools
    import re
    from decimal import Decimal

    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.validate import _range_pattern

    forms = {str(n) for n in range(-1200, 1200)} | {"0" + str(n) for n in range(0, 300)}
    forms |= {f"{sign}{whole}{dot}{frac}" for sign, whole, dot, frac in itertools.product(
        ("", "+", "-"), ("", "0", "00", "9", "89", "90", "091", "179", "180", "181", "1000"),
        (".", ""), ("", "0", "00", "5", "01"))
        if (whole or frac) and (dot or not frac) and (whole or dot)}
    for datatype, low, high in ((XSD.integer, 0, None), (XSD.decimal, 0, None),
                                (XSD.decimal, -90, 90), (XSD.decimal, -180, 180),
                                (XSD.integer, -7, 7), (XSD.integer, -100, 100)):
        pattern = re.compile(_range_pattern(datatype, Literal(low),
                                            None if high is None else Literal(high)) or "")
        for form in forms:
            valid = re.fullmatch(r"[+-]?[0-9]+" if datatype == XSD.integer
                                 else r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", form)
            inside = bool(valid) and low <= Decimal(form) and (high is None
                                                               or Decimal(form) <= high)
            assert bool(pattern.search(form)) == inside, (datatype, low, high, form)
    assert _range_pattern(XSD.decimal, Literal(-90), Literal(80)) is None  # not symmetric
    assert _range_pattern(XSD.double, Literal(0), None) is None


def test_the_embedded_store_flushes_its_write_buffers_by_volume(
        seed_doc: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batch writes flush RocksDB's write buffers once STORE_FLUSH_QUADS quads were written
    since the last flush; articles that write nothing (unchanged) do not count."""
    import kg.store.embedded as embedded

    store = embedded.EmbeddedStore(str(tmp_path / "s"), base_iri=DEFAULT_BASE_IRI)
    flushed: list[int] = []
    real = store.flush
    monkeypatch.setattr(store, "flush", lambda: (flushed.append(store._unflushed), real()))
    rdfs = [facts_to_rdf(parse_facts(renamed(seed_doc, f"art-{i}")), MINTER) for i in range(3)]
    size = len(rdfs[0].article_triples) + len(rdfs[0].entity_triples)
    monkeypatch.setattr(embedded, "STORE_FLUSH_QUADS", 2 * size)
    try:
        assert store.replace_articles(rdfs[:1]) == [True]
        assert flushed == [] and store._unflushed == size
        assert store.replace_articles(rdfs[:1]) == [False]  # unchanged: nothing written
        assert flushed == [] and store._unflushed == size
        assert store.replace_articles(rdfs[1:2]) == [True]
        assert flushed == [2 * size] and store._unflushed == 0
        assert store.replace_articles(rdfs[2:]) == [True]
        assert store._unflushed == size
    finally:
        store.close()
    reopened = embedded.EmbeddedStore(str(tmp_path / "s"), base_iri=DEFAULT_BASE_IRI)
    try:
        assert len(list(reopened.article_graphs())) == 3
    finally:
        reopened.close()
