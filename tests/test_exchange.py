"""ACLED / UCDP GED tables: export, import (round trip, bad rows), releases — real stores, the
real CLI, real CSV files (tests/fixtures/ are written in the exact column layouts)."""

from __future__ import annotations

import csv
import hashlib
import io
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, RDF

from conftest import ROOT, SEED_FACTS, Run
from kg.exchange.acled_export import ACLED_COLUMNS
from kg.exchange.figures import acled_fatalities, ucdp_deaths
from kg.exchange.records import Claim, EventRecord, Party
from kg.exchange.ucdp_import import REQUIRED as UCDP_REQUIRED

FIXTURES = ROOT / "tests" / "fixtures"
ACLED_SAMPLE = FIXTURES / "acled-sample.csv"
UCDP_SAMPLE = FIXTURES / "ucdp-ged-sample.csv"
KG = Callable[..., Run]


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def export(kg: KG, fmt: str, store: Path | None = None) -> str:
    r = kg("export", "--format", fmt, store=store)
    assert r.code == 0, r.err
    return r.out


def query(store: Path, sparql: str) -> list[dict[str, str]]:
    """SELECT rows as dicts (ASK: [{}] when true, [] when false), on the store read-only."""
    res = ox.Store.read_only(str(store)).query(sparql, use_default_graph_as_union=True)
    if isinstance(res, ox.QueryBoolean):
        return [{}] if bool(res) else []
    names = [v.value for v in res.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in res]


# --- export --------------------------------------------------------------------------------------

def test_acled_export_layout_and_figures(kg: KG) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    text = export(kg, "acled-csv")
    assert text.startswith(",".join(ACLED_COLUMNS) + ",ckg_event,")
    assert "\r\n" in text and text.count("\n") == text.count("\r\n")  # RFC 4180 line breaks
    table = {r["event_id_cnty"]: r for r in rows(text)}
    assert len(table) == 5
    aleis = table["dj-566899.evt-aleis"]
    assert (aleis["event_type"], aleis["sub_event_type"]) == ("Battles",
                                                              "Government regains territory")
    assert (aleis["event_date"], aleis["year"], aleis["time_precision"]) == ("2020-02-08",
                                                                             "2020", "1")
    assert (aleis["location"], aleis["admin1"], aleis["country"]) == (
        "Al-Eis", "Aleppo Governorate", "Syria")
    assert (aleis["actor1"], aleis["inter1"], aleis["actor2"], aleis["inter2"],
            aleis["interaction"]) == ("Syrian Arab Army", "1", "Hay'at Tahrir al-Sham", "2", "12")
    assert aleis["fatalities"] == "20"
    assert aleis["notes"].startswith("The Syrian Army seized the key town of Al Eis")
    assert (aleis["admin1_qid"], aleis["country_qid"]) == ("Q214064", "Q858")
    assert aleis["ckg_event"] == "https://w3id.org/conflict-kg/id/event/dj-566899.evt-aleis"
    clash = table["dj-566899.evt-feb3-clash"]
    assert clash["fatalities"] == "21"  # 8 Turkish + 13 Syrian: different victims add up
    # a repeated paragraph is quoted once
    assert clash["notes"].count("Inevitably") == 1
    assert table["dj-566899.evt-600km2"]["time_precision"] == "2"
    assert export(kg, "acled-csv") == text  # deterministic


def test_ucdp_export_keeps_only_organised_violence(kg: KG) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    table = {r["id"]: r for r in rows(export(kg, "ucdp-ged"))}
    assert "dj-566899.evt-deploy" not in table  # a strategic development is not GED's
    clash = table["dj-566899.evt-feb3-clash"]
    assert (clash["type_of_violence"], clash["best"], clash["deaths_a"], clash["deaths_b"]) == (
        "1", "21", "13", "8")
    assert table["dj-566899.evt-aleis"]["deaths_civilians"] == "20"
    week = table["dj-566899.evt-600km2"]
    assert (week["date_prec"], week["date_start"], week["date_end"]) == (
        "3", "2020-02-10", "2020-02-16")


def _record(*claims: Claim, actors: tuple[Party, ...] = (), targets: tuple[Party, ...] = ()
            ) -> EventRecord:
    ev = EventRecord("e", None, "Battles", "Armed clash", None, None, "claimed", "a")
    ev.claims.extend(claims)
    ev.actors.extend(actors)
    ev.targets.extend(targets)
    return ev


def test_disagreeing_claims_give_the_conservative_figure_and_a_range() -> None:
    army = Party("x:army", "Army", "state_force", None)
    rebels = Party("x:rebels", "Rebels", "armed_group", None)
    monitor = Party("x:monitor", "Monitor", "organization", None)
    ev = _record(Claim(50, "exact", "killed", rebels, army),  # the enemy's claim
                 Claim(30, "exact", "killed", rebels, monitor),
                 Claim(20, "at_least", "killed", rebels, None),
                 Claim(4, "exact", "killed", None, None),  # other deaths
                 Claim(9, "exact", "injured", None, None),  # not deaths
                 actors=(army,), targets=(rebels,))
    assert acled_fatalities(ev) == 24  # min(50, 30, 20) + 4
    d = ucdp_deaths(ev)
    assert (d.low, d.best, d.high) == (24, 24, 54)
    assert (d.deaths_b, d.deaths_unknown) == (20, 4)
    # when only the parties speak, the lowest party figure is the best estimate
    only_parties = _record(Claim(50, "exact", "killed", rebels, army),
                           Claim(10, "exact", "killed", rebels, rebels),
                           actors=(army,), targets=(rebels,))
    assert ucdp_deaths(only_parties).best == 10
    no_party_low = _record(Claim(50, "exact", "killed", rebels, monitor),
                           Claim(10, "exact", "killed", rebels, rebels),
                           actors=(army,), targets=(rebels,))
    assert ucdp_deaths(no_party_low).best == 50  # the neutral figure beats the party's


# --- import --------------------------------------------------------------------------------------

def test_seed_round_trip_through_acled_csv(kg: KG, tmp_path: Path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    first = export(kg, "acled-csv")
    table = tmp_path / "seed-acled.csv"
    table.write_text(first, encoding="utf-8", newline="")
    fresh = tmp_path / "fresh"
    r = kg("import", "--format", "acled-csv", table, store=fresh)
    assert r.code == 0, r.err
    assert "events stored: 5" in r.out
    again = {x["event_id_cnty"]: x for x in rows(export(kg, "acled-csv", store=fresh))}
    keep = ("event_type", "sub_event_type", "event_date", "time_precision", "country", "admin1",
            "location", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "fatalities",
            "notes")
    for original in rows(first):
        back = again[original["event_id_cnty"]]
        assert {k: back[k] for k in keep} == {k: original[k] for k in keep}
        assert back["ckg_event"] != original["ckg_event"]  # a new event of the release graph
    # the imported release: PROV-O provenance to the exact file
    sha = hashlib.sha256(table.read_bytes()).hexdigest()
    prov = query(fresh, """
        SELECT ?g ?name ?digest WHERE { GRAPH ?g {
          ?a <http://www.w3.org/ns/prov#wasDerivedFrom> ?f .
          ?f <http://purl.org/dc/terms/title> ?name ;
             <http://spdx.org/rdf/terms#checksum>/<http://spdx.org/rdf/terms#checksumValue>
               ?digest } }""")
    assert prov == [{"g": "https://w3id.org/conflict-kg/id/graph/acled-seed-acled",
                     "name": "seed-acled.csv", "digest": sha}]
    # importing the same file again changes nothing
    r = kg("import", "--format", "acled-csv", table, store=fresh)
    assert r.code == 0 and "(unchanged)" in r.out


def test_acled_fixture_links_entities_and_keeps_row_ids(kg: KG, store_dir: Path) -> None:
    r = kg("import", "--format", "acled-csv", ACLED_SAMPLE, "--date", "2020-03-01")
    assert r.code == 0, r.err
    ids = query(store_dir, """SELECT ?id ?e WHERE {
        ?e a <https://w3id.org/conflict-kg/ontology#Event> ;
           <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id""")
    assert [x["id"] for x in ids] == ["SYR90001", "SYR90002", "SYR90003", "SYR90004"]
    linked = query(store_dir, """SELECT ?x ?w WHERE {
        ?x <https://w3id.org/conflict-kg/ontology#wikidata> ?w } ORDER BY ?w""")
    assert {x["w"].rsplit("/", 1)[-1] for x in linked} == {"Q858"}  # Syria; the rest unsure
    table = {x["event_id_cnty"]: x for x in rows(export(kg, "acled-csv"))}
    assert table["SYR90003"]["event_date"] == "2020-02-03"  # '03 February 2020' read
    assert table["SYR90003"]["time_precision"] == "2"
    assert table["SYR90002"]["fatalities"] == "21"
    assert table["SYR90001"]["source"] == "SANA; SOHR"
    assert table["SYR90001"]["notes"].startswith("On 8 February 2020, regime forces")
    assert table["SYR90001"]["timestamp"] == "1583020800"  # the release date, 2020-03-01


def test_ucdp_fixture_import_keeps_deaths_per_side(kg: KG) -> None:
    r = kg("import", "--format", "ucdp-ged", UCDP_SAMPLE, "--release", "ged-20.1")
    assert r.code == 0, r.err
    table = {x["id"]: x for x in rows(export(kg, "ucdp-ged"))}
    first = table["310001"]
    assert (first["best"], first["deaths_a"], first["deaths_b"], first["deaths_civilians"]) == (
        "20", "3", "12", "5")
    assert (first["side_a"], first["side_b"], first["type_of_violence"]) == (
        "Government of Syria", "Syrian insurgents", "1")
    second = table["310002"]
    assert (second["type_of_violence"], second["date_prec"], second["date_start"],
            second["date_end"]) == ("3", "4", "2020-02-01", "2020-02-29")


def _generated_acled(path: Path, n: int, bad: dict[int, Callable[[list[str]], None]]) -> None:
    col = {c: i for i, c in enumerate(ACLED_COLUMNS)}
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(ACLED_COLUMNS)
        for i in range(1, n + 1):
            row = [""] * len(ACLED_COLUMNS)
            for k, v in {"event_id_cnty": f"GEN{i:05d}", "event_date": f"2020-{1 + i % 12:02d}-"
                         f"{1 + i % 28:02d}", "year": "2020", "time_precision": "1",
                         "event_type": "Battles", "sub_event_type": "Armed clash",
                         "actor1": f"Brigade {i % 40}", "inter1": "2",
                         "actor2": "Military Forces of Syria (2000-)", "inter2": "1",
                         "country": "Syria", "admin1": "Idlib", "location": f"Village {i % 300}",
                         "latitude": f"{35 + (i % 300) / 1000:.4f}",
                         "longitude": f"{36 + (i % 300) / 1000:.4f}",
                         "source": "SOHR", "notes": f"Clashes number {i} near the village.",
                         "fatalities": str(i % 7)}.items():
                row[col[k]] = v
            if i in bad:
                bad[i](row)
            w.writerow(row)


def test_a_thousand_rows_with_three_bad_ones(kg: KG, store_dir: Path, tmp_path: Path) -> None:
    col = {c: i for i, c in enumerate(ACLED_COLUMNS)}
    path = tmp_path / "generated.csv"

    def bad_date(row: list[str]) -> None:
        row[col["event_date"]] = "2020-02-31"

    def bad_fatalities(row: list[str]) -> None:
        row[col["fatalities"]] = "many"

    def bad_type(row: list[str]) -> None:  # only the SHACL gate knows ACLED's list
        row[col["sub_event_type"]] = "Skirmish"

    _generated_acled(path, 1000, {10: bad_date, 500: bad_fatalities, 990: bad_type})
    started = time.monotonic()
    r = kg("import", "--format", "acled-csv", path)
    elapsed = time.monotonic() - started
    assert r.code == 1  # something was rejected
    assert "rows: 1000  events stored: 997  rejected rows: 3" in r.out
    rejected = [line for line in r.err.splitlines() if line.startswith("rejected")]
    assert [line.split(":")[1] for line in rejected] == ["11", "501", "991"]  # header is line 1
    assert "event_date '2020-02-31' is not a date" in rejected[0]
    assert "fatalities 'many' is not a whole number" in rejected[1]
    assert "SHACL" in rejected[2] and "subtype:skirmish" in rejected[2]
    n = query(store_dir, "SELECT (COUNT(*) AS ?n) WHERE { ?e a "
                         "<https://w3id.org/conflict-kg/ontology#Event> }")
    assert n == [{"n": "997"}]
    print(f"1,000-row import: {elapsed:.1f} s")  # a figure for the record, not an assertion


def test_unusable_files_are_refused_whole(kg: KG, store_dir: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    r = kg("import", "--format", "ucdp-ged", wrong)
    assert r.code == 4
    assert all(c in r.err for c in UCDP_REQUIRED[:3]) and "missing from the header row" in r.err
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(ACLED_SAMPLE.read_bytes().replace(b"Saraqab", "Sar\xe2qab".encode("latin-1")))
    r = kg("import", "--format", "acled-csv", latin)
    assert r.code == 4 and "not valid UTF-8" in r.err
    assert not store_dir.exists() or query(store_dir, "ASK { ?e a "
                                           "<https://w3id.org/conflict-kg/ontology#Event> }") == []


def test_short_rows_and_duplicate_ids_are_named(kg: KG, tmp_path: Path) -> None:
    lines = ACLED_SAMPLE.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.csv"
    broken.write_text("\r\n".join([*lines, "SYR1,2020-01-01,2020", lines[1]]) + "\r\n",
                      encoding="utf-8")
    r = kg("import", "--format", "acled-csv", broken)
    assert r.code == 1
    assert f"{broken}:6: has 3 fields; the header has 31" in r.err
    assert f"{broken}:7: row id 'SYR90001' is already used on line 2" in r.err
    assert "events stored: 4" in r.out


# --- releases ------------------------------------------------------------------------------------

def test_release_is_reproducible_immutable_and_described(kg: KG, tmp_path: Path) -> None:
    assert kg("ingest", SEED_FACTS).code == 0
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        r = kg("release", "--version", "1.0", "--out", out, "--date", "2024-05-01")
        assert r.code == 0, r.err
    names = sorted(p.name for p in (a / "1.0").iterdir())
    assert names == ["CHANGELOG.md", "CITATION.cff", "SHA256SUMS", "conflict-kg.nq.gz",
                     "conflict-kg.nt.gz", "conflict-kg.ttl.gz", "description.ttl",
                     "events-ucdp-ged.csv", "events.csv", "release.json"]
    for name in names:
        assert (a / "1.0" / name).read_bytes() == (b / "1.0" / name).read_bytes(), name
    sums = dict(reversed(line.split("  ")) for line in
                (a / "1.0" / "SHA256SUMS").read_text().splitlines())
    for name, digest in sums.items():
        assert hashlib.sha256((a / "1.0" / name).read_bytes()).hexdigest() == digest
    # immutable: the same version again is refused and nothing changes
    before = (a / "1.0" / "events.csv").read_bytes()
    r = kg("release", "--version", "1.0", "--out", a)
    assert r.code == 4 and "already exists" in r.err
    assert (a / "1.0" / "events.csv").read_bytes() == before
    # DCAT: one distribution per data file, with its size, media type and checksum
    g = Graph().parse(a / "1.0" / "description.ttl")
    spdx = "http://spdx.org/rdf/terms#"
    dists = set(g.subjects(RDF.type, DCAT.Distribution))
    assert len(dists) == 5
    for dist in dists:
        name = str(dist).rsplit("/", 1)[-1]
        assert int(g.value(dist, DCAT.byteSize)) == (a / "1.0" / name).stat().st_size
        checksum = g.value(dist, URIRef(spdx + "checksum"))
        assert str(g.value(checksum, URIRef(spdx + "checksumValue"))) == sums[name]
        assert g.value(dist, DCAT.mediaType) is not None
    cff = (a / "1.0" / "CITATION.cff").read_text()
    assert "cff-version: 1.2.0" in cff and 'version: "1.0"' in cff
    assert "date-released: 2024-05-01" in cff
    # the next release says what changed
    assert kg("import", "--format", "acled-csv", ACLED_SAMPLE).code == 0
    assert kg("release", "--version", "1.1", "--out", a, "--date", "2024-06-01").code == 0
    log = (a / "1.1" / "CHANGELOG.md").read_text()
    assert "Changes since 1.0 (2024-05-01)" in log
    assert "| events | 5 | 9 | +4 |" in log
    assert "Events added: 4; removed: 0; kept: 5" in log
    assert (a / "1.0" / "events.csv").read_bytes() == before  # the old release is untouched


def test_release_version_must_be_a_number(kg: KG, tmp_path: Path) -> None:
    out = tmp_path / "releases"
    r = kg("release", "--version", "../x", "--out", out)
    assert r.code == 4 and "not a version number" in r.err
    assert not out.exists()


@pytest.mark.parametrize("name", ["acled-sample.csv", "ucdp-ged-sample.csv"])
def test_fixtures_are_in_the_exact_layouts(name: str) -> None:
    header = (FIXTURES / name).read_text(encoding="utf-8").splitlines()[0].split(",")
    if name.startswith("acled"):
        assert tuple(header) == ACLED_COLUMNS
    else:
        assert header[:3] == ["id", "relid", "year"] and len(header) == 49
