"""Curated city QIDs (data/gazetteer/city_qids.csv → kg.gazetteer.cityqids): the rules that
keep a wrong QID out, and what the shipped gazetteer gained from the file."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from kg.gazetteer import Gazetteer
from kg.gazetteer.build import DEFAULT_CITY_QIDS, DEFAULT_OUT, _merge, _new
from kg.gazetteer.cityqids import (
    MAX_KM,
    attach,
    distance_km,
    load_rows,
    read_rows,
    validate_rows,
)
from kg.gazetteer.records import read_gazetteer

YEMEN, IRAQ, SYRIA = "Q805", "Q796", "Q858"


# ------------------------------------------------------------------ rows on their own

def _row(**over: str) -> dict[str, str]:
    row = {"geonameid": "415189", "name": "Aden", "country": "YE", "wikidata": "Q131694",
           "lat": "12.8", "lon": "45.033333", "evidence": "a cited source"}
    return {**row, **over}


def test_a_good_row_is_valid() -> None:
    assert validate_rows([_row()]) == []


@pytest.mark.parametrize(("over", "problem"), [
    ({"wikidata": "Q0131694"}, "malformed QID"),
    ({"wikidata": "131694"}, "malformed QID"),
    ({"geonameid": "gn:415189"}, "geonameid must be a number"),
    ({"evidence": ""}, "evidence is required"),
    ({"country": "YEM"}, "ISO 3166-1 alpha-2"),
    ({"lat": "112.8"}, "lat/lon"),
    ({"lon": ""}, "lat/lon"),
    ({"name": ""}, "empty name"),
])
def test_bad_rows_are_refused(over: dict[str, str], problem: str) -> None:
    errors = validate_rows([_row(**over)])
    assert len(errors) == 1 and problem in errors[0], errors


def test_one_city_one_qid() -> None:
    errors = validate_rows([_row(), _row(wikidata="Q2471", name="Sanaa"),
                            _row(geonameid="71137")])
    assert any("geonameid 415189 twice" in e for e in errors)
    assert any("QID Q131694 given to two cities" in e for e in errors)


def test_load_rows_reports_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "city_qids.csv"
    path.write_text("# comment\ngeonameid,name,country,wikidata,lat,lon,evidence\n"
                    "1,A,YE,Q1,1,1,\n2,B,YE,X,1,1,cited\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line 2 \(A\): evidence is required.*"
                                         r"line 3 \(B\): malformed QID"):
        load_rows(path)
    path.write_text("geonameid,name,wikidata\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing columns"):
        read_rows(path)


def test_distance() -> None:
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)
    assert distance_km(12.8, 45.033333, 12.8, 45.033333) == 0


# ------------------------------------------------------------------ rows against GeoNames

def _city(gid: int, name: str, country: str | None, lat: float, lon: float,
          names: tuple[str, ...] = ()) -> dict[str, Any]:
    rec = _new(f"gn:{gid}", None, "place", "locality", name)
    rec.update(names=list(names), country=country, lat=lat, lon=lon, gn=gid, src=["geonames"])
    return rec


def _records(*extra: dict[str, Any]) -> dict[str, dict[str, Any]]:
    yemen = _new(YEMEN, YEMEN, "country", "country", "Yemen")
    yemen["iso"] = "YE"
    iraq = _new(IRAQ, IRAQ, "country", "country", "Iraq")
    iraq["iso"] = "IQ"
    recs = [yemen, iraq,
            _city(415189, "Aden", YEMEN, 12.779, 45.037, ("Adan",)),
            _city(71137, "Sanaa", YEMEN, 15.354, 44.207),
            _city(99072, "Mosul", IRAQ, 36.335, 43.119),
            *extra]
    return {r["id"]: r for r in recs}


def test_attach_rekeys_the_city_by_its_qid() -> None:
    records = _records()
    counts = attach(records, [_row()], _merge)
    assert counts == {"rows": 1, "attached": 1, "merged": 0, "confirmed": 0}
    aden = records["Q131694"]
    assert "gn:415189" not in records
    assert (aden["id"], aden["qid"], aden["gn"], aden["name"]) == \
        ("Q131694", "Q131694", 415189, "Aden")
    assert aden["src"] == ["geonames", "city-qids"] and aden["names"] == ["Adan"]


def test_a_qid_already_in_the_gazetteer_absorbs_the_city() -> None:
    records = _records()
    division = _new("Q2471", "Q2471", "place", "admin1", "Sanaa")   # PeriodO lists it
    division.update(country=YEMEN, lat=15.0, lon=44.0, src=["periodo:yemeni-governorates"])
    records["Q2471"] = division
    row = _row(geonameid="71137", name="Sanaa", wikidata="Q2471", lat="15.35", lon="44.2")
    assert attach(records, [row], _merge)["merged"] == 1
    assert "gn:71137" not in records
    sanaa = records["Q2471"]
    assert sanaa["gn"] == 71137 and (sanaa["lat"], sanaa["lon"]) == (15.354, 44.207)
    assert {"periodo:yemeni-governorates", "geonames", "city-qids"} <= set(sanaa["src"])


def test_a_city_with_the_same_qid_is_confirmed_and_another_qid_refused() -> None:
    aleppo = _city(170063, "Aleppo", SYRIA, 36.2, 37.16)
    aleppo.update(id="Q41183", qid="Q41183", src=["wof-sy", "geonames"])
    syria = _new(SYRIA, SYRIA, "country", "country", "Syria")
    syria["iso"] = "SY"
    records = _records(aleppo, syria)
    row = _row(geonameid="170063", name="Aleppo", country="SY", wikidata="Q41183",
               lat="36.2", lon="37.16")
    assert attach(records, [row], _merge)["confirmed"] == 1
    with pytest.raises(ValueError, match="already carries Q41183"):
        attach(records, [{**row, "wikidata": "Q999"}], _merge)


@pytest.mark.parametrize(("over", "problem"), [
    ({"geonameid": "1"}, "no GeoNames city with this id"),
    ({"name": "Mukalla"}, "called 'Aden', not 'Mukalla'"),
    ({"country": "OM"}, "not in OM"),
    ({"lat": "13.1"}, f"more than {MAX_KM:g} km"),                # 36 km north
])
def test_a_row_that_does_not_fit_its_city_fails_the_build(over: dict[str, str],
                                                          problem: str) -> None:
    records = _records()
    with pytest.raises(ValueError, match=re.escape(problem)):
        attach(records, [_row(**over)], _merge)
    assert "gn:415189" in records and "Q131694" not in records


def test_an_alternate_name_is_a_name() -> None:
    records = _records()
    assert attach(records, [_row(name="Adan")], _merge)["attached"] == 1


def test_two_cities_that_could_match_get_none() -> None:
    # a second town called Aden 10 km away: the source's "Aden" could be either
    records = _records(_city(1, "Aden", YEMEN, 12.87, 45.05))
    with pytest.raises(ValueError, match=r"other cities of that name within 25 km: \['gn:1'\]"):
        attach(records, [_row()], _merge)


def test_every_bad_row_is_listed_and_nothing_is_half_applied() -> None:
    records = _records()
    rows = [_row(country="OM"), _row(geonameid="99072", name="Mosul", country="IQ",
                                     wikidata="Q83317", lat="40", lon="43.1")]
    with pytest.raises(ValueError) as info:
        attach(records, rows, _merge)
    assert "Aden (gn:415189, Q131694)" in str(info.value)
    assert "Mosul (gn:99072, Q83317)" in str(info.value)


# ------------------------------------------------------------------ the shipped data

@pytest.fixture(scope="module")
def shipped() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return read_gazetteer(DEFAULT_OUT)


def test_every_row_cites_its_source_and_is_applied(
        shipped: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
    rows = load_rows(DEFAULT_CITY_QIDS)
    assert len(rows) >= 25
    for row in rows:
        assert re.search(r"search-index file id \d+", row["evidence"]), row
        assert row["wikidata"] in row["evidence"] and row["name"] in row["evidence"], row
    header, records = shipped
    source = next(s for s in header["sources"] if s.get("files") == ["city_qids.csv"])
    assert source["sha256"]["city_qids.csv"] == \
        hashlib.sha256(DEFAULT_CITY_QIDS.read_bytes()).hexdigest(), \
        "data/gazetteer/city_qids.csv changed: run python -m kg.gazetteer build"
    counts = source["counts"]
    assert counts["rows"] == len(rows) == counts["attached"] + counts["merged"] \
        + counts["confirmed"]
    by_gn = {r["gn"]: r for r in records if r.get("gn")}
    for row in rows:
        rec = by_gn[int(row["geonameid"])]
        assert rec["qid"] == rec["id"] == row["wikidata"], row
    qids = [r["qid"] for r in records if r.get("qid")]
    assert len(qids) == len(set(qids)), "a QID on two records"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("name", "qid", "country"), [
    ("Aden", "Q131694", YEMEN), ("Sanaa", "Q2471", YEMEN), ("Mosul", "Q83317", IRAQ),
    ("Karbala", "Q199909", IRAQ), ("Samarra", "Q170047", IRAQ),
    ("Mecca", "Q5806", "Q851"),            # the source's name, GeoNames calls it Makkah
])
def test_cited_cities_link_to_their_qid(gaz: Gazetteer, name: str, qid: str,
                                        country: str) -> None:
    cand = gaz.link(name, "place")
    assert cand is not None and (cand.qid, cand.id, cand.country) == (qid, qid, country), cand


def test_a_qid_does_not_change_a_citys_recogniser_names(gaz: Gazetteer) -> None:
    texts = {e.text for e in gaz.names(kinds={"place"}) if e.id == "Q131694"}
    assert texts == {"Aden"}                        # not GeoNames' alternates ("Adan"…)
    assert gaz.link("Adan", "place") is not None    # which still link
