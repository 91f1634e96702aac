"""The dataset adapters turn MUC-4 and WikiEvents gold into valid, QID-free facts.

Small synthetic records (tests/fixtures/evaluation, written for these tests in each dataset's
format) pin the mapping rules; the real dev splits (MUC-4 TST3, WikiEvents dev) are loaded whole
when the shared data directory is present. Test splits are only smoke-loaded, never inspected.
"""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.evaluation import score
from kg.evaluation.adapters import (
    adapt_record,
    load_corpus,
    parse_muc_date,
    parse_muc_number,
    write_facts_jsonl,
)
from kg.facts import QID_RE, parse_facts

FIXTURES = Path(__file__).parent / "fixtures" / "evaluation"
MUC_SAMPLE = FIXTURES / "muc4_sample.corpus.jsonl"
WIKI_SAMPLE = FIXTURES / "wikievents_sample.corpus.jsonl"
DATA = Path(os.environ.get("KG_EVAL_DATA", "/work/shared/data"))
MUC_DEV = DATA / "muc4" / "muc4_tst3.corpus.jsonl"
WIKI_DEV = DATA / "wikievents" / "wikievents_dev.corpus.jsonl"
MUC_TEST = DATA / "muc4" / "muc4_tst4.corpus.jsonl"
WIKI_TEST = DATA / "wikievents" / "wikievents_test.corpus.jsonl"

needs = pytest.mark.skipif


def validate(article: dict[str, Any], gold: dict[str, Any]) -> None:
    """parse_facts with the article text in place, so every span is checked against it."""
    doc = dict(gold)
    doc["article"] = dict(gold["article"], text=article["text"])
    parse_facts(doc)


def qids_in(value: object) -> list[str]:
    """Every string anywhere in ``value`` that looks like a Wikidata QID."""
    if isinstance(value, dict):
        return [q for v in value.values() for q in qids_in(v)]
    if isinstance(value, list):
        return [q for v in value for q in qids_in(v)]
    return [value] if isinstance(value, str) and QID_RE.match(value) else []


def names(gold: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in gold["entities"]}


# -- MUC-4 slot parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("12 JAN 90", ("1990-01-12", "day")),
    ("- 12 JAN 90", ("1990-01-12", "week")),
    ("11 NOV 89 - 12 NOV 89", ("1989-11-11", "day")),
    ("(10 JAN 90 - 12 JAN 90)", ("1990-01-11", "day")),
    ("01 NOV 88 - 30 NOV 88", ("1988-11-15", "month")),
    ("(11 NOV 89 - 26 NOV 89) / (- 26 NOV 89)", ("1989-11-18", "month")),
    ("(18 MAR 89) / (19 MAR 89) / (18 MAR 89 - 19 MAR 89)", ("1989-03-18", "day")),
    ("02 JAN 90 - 08 JAN 90", ("1990-01-05", "week")),
    ("-", (None, None)),
    ("? 12 AUG 00", (None, None)),
    ("31 FEB 90", (None, None)),
])
def test_muc_dates_become_iso_dates_with_precision(raw: str, expected: tuple) -> None:
    when, precision = parse_muc_date(raw)
    assert (when.isoformat() if when else None, precision) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("6", (6, "exact")), ("6-", (6, "at_least")), ("6-8", (6, "at_least")),
    ("~100", (100, "about")), ("3 / 5", (3, "exact")), ("3 - / 4", (3, "at_least")),
    ("PLURAL", None), ("1 / PLURAL", (1, "exact")), ("? 2", (2, "exact")),
])
def test_muc_numbers_become_counts_with_qualifiers(raw: str, expected: tuple | None) -> None:
    assert parse_muc_number(raw) == expected


# -- MUC-4 mapping (synthetic record) -------------------------------------------------------------


@pytest.fixture(scope="module")
def muc_sample() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return load_corpus(MUC_SAMPLE)


def test_muc_templates_map_to_acled_events(muc_sample: list) -> None:
    article, gold = muc_sample[0]
    validate(article, gold)
    n = names(gold)
    bombing, kidnapping, pylons = gold["events"]  # the THREATENED template is skipped
    assert (bombing["event_type"], bombing["sub_event_type"]) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (bombing["date"], bombing["date_precision"]) == ("1990-01-11", "day")
    assert [n[a] for a in bombing["actors"]] == ["MEDELLIN CARTEL"]
    assert [(c["count"], c["qualifier"], c["outcome"]) for c in bombing["casualties"]] == [
        (4, "exact", "killed")]
    assert n[bombing["casualties"][0]["victim"]] == "CIVILIANS"
    assert not bombing.get("optional")
    assert (kidnapping["event_type"], kidnapping["sub_event_type"]) == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert [n[t] for t in kidnapping["targets"]] == ["JUAN PEREZ"]
    assert kidnapping["casualties"][0]["outcome"] == "captured"
    assert pylons["optional"] is True  # MESSAGE: TEMPLATE "4 (OPTIONAL)"
    assert pylons["event_type"] == "Explosions/Remote violence"  # dynamite against property
    assert (pylons["date"], pylons["date_precision"]) == ("1990-01-05", "week")


def test_muc_locations_become_places_with_country_and_admin1(muc_sample: list) -> None:
    _, gold = muc_sample[0]
    ents = {e["id"]: e for e in gold["entities"]}
    medellin = ents[gold["events"][0]["location"]]
    assert medellin["name"] == "MEDELLIN" and medellin["kind"] == "place"
    assert ents[medellin["admin1"]]["name"] == "ANTIOQUIA"
    assert ents[medellin["country"]]["kind"] == "country"
    assert ents[gold["events"][2]["location"]]["name"] == "CALI"  # first of the alternatives


def test_muc_evidence_is_the_first_occurrence_of_a_filler(muc_sample: list) -> None:
    article, gold = muc_sample[0]
    texts = [s["text"] for s in gold["events"][0]["evidence"]]
    assert "CAR BOMB" in " ".join(texts) or "POWERFUL CAR BOMB" in texts
    for ev in gold["events"]:
        for span in ev["evidence"]:
            assert article["text"][span["start"]:span["end"]] == span["text"]


def test_one_incident_blamed_on_two_parties_is_one_required_event() -> None:
    record = json.loads(MUC_SAMPLE.read_text(encoding="utf-8").splitlines()[0])
    kidnapping = copy.deepcopy(record["gold"]["templates"][1])
    kidnapping["slots"]["MESSAGE: TEMPLATE"] = ["5"]
    kidnapping["slots"]["PERP: INDIVIDUAL ID"] = ["-"]
    kidnapping["slots"]["PERP: ORGANIZATION ID"] = ['"NATIONAL LIBERATION ARMY" / "ELN"']
    record["gold"]["templates"].append(kidnapping)
    events = adapt_record(record)["events"]
    assert [e.get("optional", False) for e in events] == [False, False, True, True]
    assert "another alleged perpetrator" in events[3]["note"]


def test_a_muc_message_without_templates_is_a_gold_negative(muc_sample: list) -> None:
    article, gold = muc_sample[1]
    validate(article, gold)
    assert gold["events"] == [] and gold["article"]["id"] == "muc4-TST9-MUC4-0002"


# -- WikiEvents mapping (synthetic record) --------------------------------------------------------


def test_wikievents_mentions_become_one_event_per_occurrence() -> None:
    [(article, gold)] = load_corpus(WIKI_SAMPLE)
    validate(article, gold)
    n = names(gold)
    blast, clash, arrest = gold["events"]
    assert blast["event_type"] == "Explosions/Remote violence"
    assert n[blast["location"]] == "Kirkuk"
    assert [n[a] for a in blast["actors"]] == ["Islamic State militants"]
    assert sorted((c["count"], c["qualifier"], c["outcome"]) for c in blast["casualties"]) == [
        (12, "at_least", "killed"), (30, "exact", "injured")]
    assert len(blast["evidence"]) == 4  # exploded, killing, wounding, blast
    assert (clash["event_type"], n[clash["location"]]) == ("Battles", "Hawija")
    assert [(c["count"], c["outcome"]) for c in clash["casualties"]] == [(2, "killed")]
    assert (arrest["sub_event_type"], arrest["optional"]) == ("Arrests", True)
    assert all(ev["date"] is None for ev in gold["events"])


def test_wikievents_coreference_beside_the_corpus_joins_entity_mentions(tmp_path: Path) -> None:
    corpus = tmp_path / "wikievents_dev.corpus.jsonl"
    shutil.copy(WIKI_SAMPLE, corpus)
    record = json.loads(WIKI_SAMPLE.read_text(encoding="utf-8"))
    by_text = {m["text"]: m["id"] for m in record["gold"]["entity_mentions"]}
    (tmp_path / "coref").mkdir()
    cluster = [by_text["Islamic State militants"], by_text["militants"]]
    (tmp_path / "coref" / "dev.jsonlines").write_text(
        json.dumps({"doc_key": "synthetic_1", "clusters": [cluster]}) + "\n", encoding="utf-8")
    [(_, gold)] = load_corpus(corpus)
    clash = gold["events"][1]
    ents = {e["id"]: e for e in gold["entities"]}
    assert [ents[t]["name"] for t in clash["targets"]] == ["Islamic State militants"]
    assert len(ents[clash["targets"][0]]["mentions"]) == 2


# -- both: gold against itself, files -------------------------------------------------------------


@pytest.mark.parametrize("path", [MUC_SAMPLE, WIKI_SAMPLE], ids=["muc4", "wikievents"])
def test_adapted_gold_scored_against_itself_is_perfect(path: Path) -> None:
    gold = [g for _, g in load_corpus(path)]
    scores = score(gold, json.loads(json.dumps(gold)))
    metrics = {k: v for k, v in scores.metrics().items() if v is not None}
    assert metrics and set(metrics.values()) == {1.0}, metrics
    assert qids_in(gold) == []


def test_facts_jsonl_round_trip(tmp_path: Path) -> None:
    gold = [g for _, g in load_corpus(MUC_SAMPLE)]
    out = tmp_path / "gold.jsonl"
    assert write_facts_jsonl(gold, out) == 2
    again = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert again == gold
    buffer = io.StringIO()
    write_facts_jsonl(gold, buffer)
    assert buffer.getvalue() == out.read_text(encoding="utf-8")


def test_a_file_that_is_not_a_corpus_is_refused(tmp_path: Path, seed_doc: dict) -> None:
    bad = tmp_path / "x.corpus.jsonl"
    bad.write_text(json.dumps(seed_doc) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an eval-corpus record"):
        load_corpus(bad)
    with pytest.raises(InputError, match="neither MUC-4"):
        adapt_record({"id": "x", "text": "t", "gold": {"something": []}})


# -- the real dev splits --------------------------------------------------------------------------


@needs(not MUC_DEV.exists() or not WIKI_DEV.exists(), reason="shared eval corpora not present")
@pytest.mark.parametrize("path", [MUC_DEV, WIKI_DEV], ids=["muc4-tst3", "wikievents-dev"])
def test_dev_corpora_adapt_to_valid_qid_free_facts(path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    docs = load_corpus(path)
    assert docs
    for article, gold in docs:
        validate(article, gold)
        assert gold["article"]["id"] == article["id"]
    assert qids_in([g for _, g in docs]) == []
    events = [e for _, g in docs for e in g["events"]]
    required = [e for e in events if not e.get("optional")]
    with capsys.disabled():
        print(f"\n{path.name}: {len(docs)} documents, {len(events)} gold events "
              f"({len(required)} required, {len(events) - len(required)} optional)")
    assert required
    golds = [g for _, g in docs]
    metrics = {k: v for k, v in score(golds, golds).metrics().items() if v is not None}
    assert set(metrics.values()) == {1.0}


@needs(not MUC_TEST.exists() or not WIKI_TEST.exists(), reason="shared eval corpora not present")
@pytest.mark.parametrize("path", [MUC_TEST, WIKI_TEST], ids=["muc4-tst4", "wikievents-test"])
def test_test_splits_load(path: Path) -> None:
    """Smoke load only: the test splits are for final measurement, not for tuning."""
    docs = load_corpus(path)
    for article, gold in docs:
        validate(article, gold)
    assert docs
