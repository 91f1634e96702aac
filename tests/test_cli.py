"""The issue's acceptance points, through the real ``kg`` command line on real Oxigraph stores."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from conftest import SEED_FACTS, mutated, write_json

GOLD_QIDS = {"Q858", "Q43", "Q34490", "Q233218", "Q214064", "Q41183", "Q3766"}


def _dump(kg, store: Path | None = None, fmt: str = "nquads") -> str:
    r = kg("dump", "--format", fmt, store=store)
    assert r.code == 0, r.err
    return r.out


def test_ingest_seed_then_stats(kg) -> None:
    r = kg("ingest", SEED_FACTS)
    assert r.code == 0, r.err
    assert "stored: 1" in r.out and "events: 5" in r.out
    stats = json.loads(kg("stats", "--json").out)
    assert stats["articles"] == 1
    assert stats["events"] == 5
    assert stats["casualty_reports"] == 4
    links = set(stats["wikidata_links"])
    assert links == {f"http://www.wikidata.org/entity/{q}" for q in GOLD_QIDS}
    assert stats["linked_entities"] == len(GOLD_QIDS)
    assert stats["entities"] == 16


def test_store_validates_after_ingest(kg) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    r = kg("validate")
    assert r.code == 0, r.out
    assert "1 article graphs validated, all conform" in r.out


def test_negative_casualty_count_is_rejected_and_store_unchanged(kg, seed_doc, tmp_path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    before = _dump(kg)
    bad = mutated(seed_doc, lambda d: d["events"][0]["casualties"][0].update(count=-1))
    r = kg("ingest", write_json(tmp_path / "bad.json", bad))
    assert r.code == 1
    assert "rejected" in r.out
    assert "sh:MinInclusiveConstraintComponent" in r.err
    assert "id/casualty/dj-566899.evt-aleis.1" in r.err  # names the node
    assert _dump(kg) == before


def test_dump_load_roundtrip_is_identical(kg, tmp_path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    first = tmp_path / "dump.nq"
    assert kg("dump", "--format", "nquads", "-o", first).code == 0
    fresh = tmp_path / "fresh"
    r = kg("load", first, store=fresh)
    assert r.code == 0, r.err
    second = _dump(kg, store=fresh)
    lines1 = set(first.read_text(encoding="utf-8").splitlines())
    assert lines1 and set(second.splitlines()) == lines1


def test_ingesting_twice_changes_nothing(kg) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    once = _dump(kg)
    r = kg("ingest", SEED_FACTS)
    assert r.code == 0 and "unchanged: 1" in r.out
    assert _dump(kg) == once


def test_corrected_article_replaces_old_facts(kg, seed_doc, tmp_path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    fixed = mutated(seed_doc, lambda d: d["events"][0].update(date="2020-02-09"))
    fixed = mutated(fixed, lambda d: d["events"].pop())  # drop the deployment event
    assert kg("ingest", write_json(tmp_path / "fixed.json", fixed)).code == 0
    stats = json.loads(kg("stats", "--json").out)
    assert stats["articles"] == 1 and stats["events"] == 4
    dates = kg("query", "SELECT ?d WHERE { ?e ckg:date ?d } ORDER BY ?d", "--format", "csv").out
    assert "2020-02-09" in dates and "2020-02-08" not in dates


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld"])
def test_every_dump_format_parses(kg, tmp_path, fmt) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    out = tmp_path / f"dump.{fmt}.gz"
    assert kg("dump", "--format", fmt, "--gzip", "-o", out).code == 0
    data = gzip.decompress(out.read_bytes())
    rdflib_fmt = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
                  "jsonld": "json-ld"}[fmt]
    if fmt in ("nquads", "trig", "jsonld"):
        ds = Dataset()
        ds.parse(data=data, format=rdflib_fmt)
        n = sum(1 for _ in ds.quads())
    else:
        n = len(Graph().parse(data=data, format=rdflib_fmt))
    stats = json.loads(kg("stats", "--json").out)
    assert n >= stats["triples"] * 0.99 if fmt in ("nquads", "trig", "jsonld") else n > 250
    assert not list(tmp_path.glob("*.part"))


def test_gzip_dump_is_reproducible(kg, tmp_path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    a, b = tmp_path / "a.nq.gz", tmp_path / "b.nq.gz"
    assert kg("dump", "--gzip", "-o", a).code == 0
    assert kg("dump", "--gzip", "-o", b).code == 0
    assert a.read_bytes() == b.read_bytes()


def test_query_formats(kg) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    q = "SELECT ?e WHERE { ?e a ckg:Battle } ORDER BY ?e"
    table = kg("query", q)
    assert table.code == 0 and "(3 rows)" in table.out
    js = json.loads(kg("query", q, "--format", "json").out)
    assert len(js["results"]["bindings"]) == 3
    assert kg("query", "ASK { ?e a ckg:Riot }").out.strip() == "false"
    ttl = kg("query", "CONSTRUCT WHERE { ?e a ckg:Battle }", "--format", "ntriples").out
    assert len(ttl.strip().splitlines()) == 3
    bad = kg("query", "SELECT WHERE {")
    assert bad.code == 4 and "malformed SPARQL" in bad.err


def test_query_from_file(kg, tmp_path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    q = tmp_path / "q.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }", encoding="utf-8")
    assert kg("query", f"@{q}", "--format", "csv").out.splitlines()[1].strip() == "5"


def test_articles_disagreeing_on_a_place_leave_the_store_valid(kg, seed_doc, tmp_path) -> None:
    """Shared entity descriptions: the latest value of a single-valued property wins."""
    def with_lat(lat: float, article: str):
        def mutate(d: dict) -> None:
            d["article"]["id"] = article
            for e in d["entities"]:
                if e["id"] == "ent-idlib-gov":
                    e["lat"], e["lon"] = lat, 36.6
        return mutate

    first = write_json(tmp_path / "a.json", mutated(seed_doc, with_lat(35.9, "copy-a")))
    second = write_json(tmp_path / "b.json", mutated(seed_doc, with_lat(35.4, "copy-b")))
    assert kg("ingest", first, second).code == 0
    lats = kg("query", "SELECT ?lat WHERE { wd:Q233218 ^ckg:wikidata/geo:lat ?lat }",
              "--format", "csv").out.split()[1:]
    assert lats == ["35.4"]
    assert kg("validate").code == 0
