"""The scorer follows facts-format.md "How extraction is scored", rule by rule."""

from __future__ import annotations

import copy
import itertools
import json
import random
from typing import Any

import pytest

from kg.errors import InputError
from kg.evaluation import score
from kg.evaluation.assignment import max_weight_matching
from kg.evaluation.names import normalise

# -- helpers --------------------------------------------------------------------------------------


def facts(entities: list[dict[str, Any]], events: list[dict[str, Any]],
          article_id: str = "art-1") -> dict[str, Any]:
    return {"format": "conflict-kg/facts@1",
            "article": {"id": article_id, "published": "2020-02-10"},
            "entities": entities, "events": events}


def ent(ent_id: str, name: str, kind: str = "place", wikidata: str | None = None,
        **extra: Any) -> dict[str, Any]:
    return {"id": ent_id, "name": name, "kind": kind, "wikidata": wikidata, **extra}


def event(ev_id: str = "e1", event_type: str = "Battles", sub: str = "Armed clash",
          date: str | None = "2020-02-08", precision: str | None = "day",
          location: str | None = None, actors: tuple[str, ...] = (),
          targets: tuple[str, ...] = (), casualties: tuple[dict[str, Any], ...] = (),
          optional: bool = False) -> dict[str, Any]:
    ev = {"id": ev_id, "event_type": event_type, "sub_event_type": sub, "date": date,
          "date_precision": precision if date else None, "location": location,
          "actors": list(actors), "targets": list(targets), "casualties": list(casualties),
          "attributed_to": [], "certainty": "asserted", "evidence": []}
    if optional:
        ev["optional"] = True
    return ev


def casualty(count: int, outcome: str = "killed", qualifier: str = "exact") -> dict[str, Any]:
    return {"count": count, "qualifier": qualifier, "outcome": outcome, "victim": None,
            "claimed_by": None}


SYRIA = ent("syria", "Syria", "country", "Q858")
ALEPPO_GOV = ent("aleppo-gov", "Aleppo Governorate", aliases=["southern Aleppo region"],
                 country="syria")
AL_EIS = ent("aleis", "Al-Eis", country="syria", admin1="aleppo-gov")
PLACES = [SYRIA, ALEPPO_GOV, AL_EIS]


def matches(gold_doc: dict[str, Any], pred_doc: dict[str, Any]) -> bool:
    """True when the single gold event is matched by the single predicted event."""
    return score([gold_doc], [pred_doc]).events.tp == 1


def defined(scores_metrics: dict[str, float | None]) -> dict[str, float]:
    return {k: v for k, v in scores_metrics.items() if v is not None}


# -- gold against itself --------------------------------------------------------------------------


def test_seed_gold_scored_against_itself_is_perfect_on_every_metric(seed_doc: dict) -> None:
    scores = score([seed_doc], [copy.deepcopy(seed_doc)])
    metrics = scores.metrics()
    assert set(defined(metrics).values()) == {1.0}, metrics
    for key in ("event_f1", "sub_event_type_accuracy", "actor_f1", "target_f1",
                "date_accuracy", "location_accuracy", "casualty_f1", "casualty_accuracy",
                "entity_linking_precision", "entity_linking_recall"):
        assert metrics[key] == 1.0, key
    assert scores.misses == [] and scores.false_positives == []
    assert scores.events.gold == 3 and scores.optional_gold == 2


# -- counting -------------------------------------------------------------------------------------


@pytest.mark.parametrize("event_id", ["evt-aleis", "evt-feb3-clash", "evt-retaliation"])
def test_deleting_one_required_prediction_lowers_recall_by_one_over_n(
        seed_doc: dict, event_id: str) -> None:
    pred = copy.deepcopy(seed_doc)
    pred["events"] = [e for e in pred["events"] if e["id"] != event_id]
    scores = score([seed_doc], [pred])
    n = sum(1 for e in seed_doc["events"] if not e.get("optional"))
    assert scores.events.recall == pytest.approx(1 - 1 / n)
    assert scores.events.precision == 1.0
    assert [m.event for m in scores.misses] == [event_id]


@pytest.mark.parametrize("event_id", ["evt-600km2", "evt-deploy"])
def test_deleting_an_optional_prediction_changes_no_figure(seed_doc: dict, event_id: str) -> None:
    baseline = score([seed_doc], [seed_doc]).metrics()
    pred = copy.deepcopy(seed_doc)
    pred["events"] = [e for e in pred["events"] if e["id"] != event_id]
    scores = score([seed_doc], [pred])
    assert scores.metrics() == baseline
    assert scores.misses == [] and scores.false_positives == []


def test_a_prediction_matched_to_an_optional_gold_event_is_not_a_false_positive() -> None:
    gold = facts(PLACES, [event("req", location="aleis"),
                          event("opt", location="aleppo-gov", date="2020-02-01",
                                precision="week", optional=True)])
    pred = facts(PLACES, [event("p1", location="aleis"),
                          event("p2", location="aleppo-gov", date="2020-02-02")])
    scores = score([gold], [pred])
    assert (scores.events.tp, scores.events.pred, scores.events.gold) == (1, 1, 1)
    assert scores.events.precision == 1.0 and scores.optional_matched == 1
    assert scores.false_positives == []


def test_a_prediction_goes_to_the_required_gold_event_rather_than_the_optional_one() -> None:
    gold = facts(PLACES, [event("opt", location="aleis", optional=True),
                          event("req", location="aleis", sub="Government regains territory")])
    pred = facts(PLACES, [event("p1", location="aleis")])  # same sub-type as the optional one
    scores = score([gold], [pred])
    assert scores.events.tp == 1 and scores.events.recall == 1.0
    assert scores.matches[0].gold == "req"


def test_wrong_event_type_counts_as_one_false_positive_and_one_miss(seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    aleis = next(e for e in pred["events"] if e["id"] == "evt-aleis")
    aleis["event_type"] = "Violence against civilians"
    aleis["sub_event_type"] = "Attack"
    scores = score([seed_doc], [pred])
    assert (scores.events.tp, scores.events.gold - scores.events.tp,
            scores.events.pred - scores.events.tp) == (2, 1, 1)
    assert [m.event for m in scores.misses] == ["evt-aleis"]
    assert [f.event for f in scores.false_positives] == ["evt-aleis"]
    assert "event_type" in scores.misses[0].reason


def test_assignment_maximises_the_number_of_matches_not_greedy_similarity() -> None:
    # p1 fits both gold events best-aligned with g1; p2 fits only g1. Greedy pairing of p1-g1
    # would leave g2 unmatched; the optimal assignment matches both.
    gold = facts(PLACES, [event("g1", date="2020-02-08", location="aleis"),
                          event("g2", date="2020-02-09", location="aleis")])
    pred = facts(PLACES, [event("p1", date="2020-02-08", location="aleis"),
                          event("p2", date="2020-02-07", location="aleis")])
    scores = score([gold], [pred])
    assert scores.events.tp == 2
    assert {(m.gold, m.pred) for m in scores.matches} == {("g1", "p2"), ("g2", "p1")}


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("gold_date", "precision", "pred_date", "ok"), [
    ("2020-02-08", "day", "2020-02-08", True),
    ("2020-02-08", "day", "2020-02-09", True),
    ("2020-02-08", "day", "2020-02-07", True),
    ("2020-02-08", "day", "2020-02-10", False),   # two days off a day-precision gold
    ("2020-02-08", "day", "2020-02-06", False),
    ("2020-02-10", "week", "2020-02-08", True),   # two days off, within the week
    ("2020-02-10", "week", "2020-02-03", True),
    ("2020-02-10", "week", "2020-02-02", False),
    ("2020-02-01", "month", "2020-02-28", True),
    ("2020-02-01", "month", "2020-03-15", False),
    ("2020-01-01", "year", "2020-12-31", True),
])
def test_dates_agree_within_the_gold_precision(gold_date: str, precision: str, pred_date: str,
                                               ok: bool) -> None:
    gold = facts(PLACES, [event(date=gold_date, precision=precision)])
    pred = facts(PLACES, [event(date=pred_date, precision="day")])
    assert matches(gold, pred) is ok


def test_only_the_gold_precision_counts() -> None:
    gold = facts(PLACES, [event(date="2020-02-08", precision="day")])
    pred = facts(PLACES, [event(date="2020-02-11", precision="week")])
    assert not matches(gold, pred)


def test_a_gold_date_needs_a_predicted_date_but_a_missing_gold_date_accepts_any() -> None:
    assert not matches(facts(PLACES, [event(date="2020-02-08")]),
                       facts(PLACES, [event(date=None)]))
    assert matches(facts(PLACES, [event(date=None)]),
                   facts(PLACES, [event(date="1999-01-01")]))
    assert matches(facts(PLACES, [event(date=None)]), facts(PLACES, [event(date=None)]))


def test_date_accuracy_wants_the_exact_day_for_day_precision() -> None:
    gold = facts(PLACES, [event("a", date="2020-02-08"),
                          event("b", date="2020-02-20", precision="week",
                                event_type="Riots", sub="Mob violence")])
    pred = facts(PLACES, [event("a", date="2020-02-09"),
                          event("b", date="2020-02-15", event_type="Riots", sub="Mob violence")])
    scores = score([gold], [pred])
    assert scores.events.tp == 2
    assert (scores.date.correct, scores.date.total) == (1, 2)


# -- locations ------------------------------------------------------------------------------------


def test_a_town_and_its_governorate_agree_either_way_round() -> None:
    assert matches(facts(PLACES, [event(location="aleis")]),
                   facts(PLACES, [event(location="aleppo-gov")]))
    assert matches(facts(PLACES, [event(location="aleppo-gov")]),
                   facts(PLACES, [event(location="aleis")]))


def test_a_country_does_not_contain_its_towns() -> None:
    assert not matches(facts(PLACES, [event(location="syria")]),
                       facts(PLACES, [event(location="aleis")]))
    assert not matches(facts(PLACES, [event(location="aleis")]),
                       facts(PLACES, [event(location="syria")]))


def test_containment_is_resolved_through_the_predictions_own_entities() -> None:
    gold = facts([ent("gov", "Idlib Governorate", wikidata="Q233218")],
                 [event(location="gov")])
    pred = facts([ent("idlib-prov", "Idlib province", wikidata="Q233218"),
                  ent("saraqib", "Saraqib", admin1="idlib-prov")],
                 [event(location="saraqib")])
    scores = score([gold], [pred])
    assert scores.events.tp == 1
    assert scores.location.correct == 0  # admitted by containment, not the same place


def test_places_agree_by_normalised_name_or_alias() -> None:
    pred_places = [ent("x", "al eis"), ent("y", "Southern Aleppo Region")]
    assert matches(facts(PLACES, [event(location="aleis")]),
                   facts(pred_places, [event(location="x")]))
    assert matches(facts(PLACES, [event(location="aleppo-gov")]),
                   facts(pred_places, [event(location="y")]))
    accented = [ent("z", "Al-Éis")]
    assert matches(facts(PLACES, [event(location="aleis")]),
                   facts(accented, [event(location="z")]))


def test_a_disambiguator_in_brackets_is_no_part_of_the_name() -> None:
    gold = facts([ent("g", "Kostiantynivka (Sumy Oblast)")], [event(location="g")])
    assert matches(gold, facts([ent("p", "Kostiantynivka")], [event(location="p")]))
    assert matches(facts([ent("p", "Kostiantynivka")], [event(location="p")]), gold)
    assert not matches(gold, facts([ent("q", "Sumy Oblast")], [event(location="q")]))


def test_places_with_qids_agree_by_qid_not_by_name() -> None:
    gold = facts([ent("a", "Aleppo", wikidata="Q41183")], [event(location="a")])
    same_qid = facts([ent("b", "Halab", wikidata="Q41183")], [event(location="b")])
    other_qid = facts([ent("c", "Aleppo", wikidata="Q214064")], [event(location="c")])
    no_qid = facts([ent("d", "Aleppo")], [event(location="d")])
    assert matches(gold, same_qid)
    assert not matches(gold, other_qid)
    assert matches(gold, no_qid)


def test_a_gold_place_needs_a_predicted_place_but_a_missing_gold_place_accepts_any() -> None:
    assert not matches(facts(PLACES, [event(location="aleis")]), facts(PLACES, [event()]))
    assert matches(facts(PLACES, [event()]), facts(PLACES, [event(location="syria")]))


# -- participants ---------------------------------------------------------------------------------

ACTORS = [ent("saa", "Syrian Arab Army", "state_force", aliases=["Syrian Army"]),
          ent("hts", "Hay'at Tahrir al-Sham", "armed_group", aliases=["HTS"]),
          ent("civ", "Civilians (Syria)", "civilians"),
          ent("aq", "al-Qaeda", "armed_group", "Q34490")]


def test_battles_participants_are_one_set_whatever_the_direction() -> None:
    gold = facts(ACTORS, [event(actors=("saa",), targets=("hts",))])
    pred = facts(ACTORS, [event(actors=("hts",), targets=("saa",))])
    scores = score([gold], [pred])
    assert scores.actors.f1 == 1.0
    assert scores.targets.gold == scores.targets.pred == 0


def test_direction_matters_outside_battles() -> None:
    kw = {"event_type": "Violence against civilians", "sub": "Attack"}
    gold = facts(ACTORS, [event(actors=("saa",), targets=("civ",), **kw)])
    pred = facts(ACTORS, [event(actors=("civ",), targets=("saa",), **kw)])
    scores = score([gold], [pred])
    assert scores.actors.f1 == 0.0 and scores.targets.f1 == 0.0


def test_participants_match_by_alias_or_by_qid() -> None:
    pred_ents = [ent("p1", "the Syrian army", "state_force"), ent("p2", "HTS", "armed_group"),
                 ent("p3", "Al Qaida", "armed_group", "Q34490")]
    gold = facts(ACTORS, [event(actors=("saa", "hts", "aq"))])
    pred = facts(pred_ents, [event(actors=("p1", "p2", "p3"))])
    assert score([gold], [pred]).actors.f1 == 1.0
    wrong_qid = facts([ent("p4", "al-Qaeda", "armed_group", "Q1")], [event(actors=("p4",))])
    assert score([facts(ACTORS, [event(actors=("aq",))])], [wrong_qid]).actors.tp == 0


# -- casualties -----------------------------------------------------------------------------------


def test_a_wrong_casualty_qualifier_lowers_casualty_accuracy(seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    aleis = next(e for e in pred["events"] if e["id"] == "evt-aleis")
    aleis["casualties"][0]["qualifier"] = "exact"  # gold says "at least 20"
    scores = score([seed_doc], [pred])
    assert scores.events.f1 == 1.0
    assert scores.casualty_events.value == pytest.approx(2 / 3)
    assert (scores.casualties.tp, scores.casualties.gold, scores.casualties.pred) == (3, 4, 4)


def test_casualties_compare_count_outcome_and_qualifier() -> None:
    gold = facts(PLACES, [event(casualties=(casualty(8), casualty(13), casualty(2, "injured")))])
    pred = facts(PLACES, [event(casualties=(casualty(13), casualty(8, "injured"),
                                            casualty(2, "injured"), casualty(1)))])
    scores = score([gold], [pred])
    assert (scores.casualties.tp, scores.casualties.gold, scores.casualties.pred) == (2, 3, 4)
    assert scores.casualty_events.value == 0.0


def test_pairs_without_any_casualty_do_not_count_towards_casualty_accuracy() -> None:
    scores = score([facts(PLACES, [event()])], [facts(PLACES, [event()])])
    assert scores.casualty_events.total == 0 and scores.casualty_events.value is None


# -- entity linking -------------------------------------------------------------------------------


def test_entity_linking_counts_right_wrong_and_missing_qids(seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    by_id = {e["id"]: e for e in pred["entities"]}
    by_id["ent-turkey"]["wikidata"] = "Q1"       # wrong link
    by_id["ent-aleppo"]["wikidata"] = None       # not linked
    scores = score([seed_doc], [pred])
    el = scores.entity_linking
    assert (el.tp, el.pred, el.gold) == (5, 6, 7)
    assert el.precision == pytest.approx(5 / 6) and el.recall == pytest.approx(5 / 7)


def test_entity_linking_pairs_entities_by_qid_mentions_or_name() -> None:
    gold = facts([ent("g1", "Idlib Governorate", wikidata="Q233218",
                      mentions=[{"start": 10, "end": 15}]),
                  ent("g2", "Turkey", "country", "Q43")], [])
    pred = facts([ent("p1", "Idlib", wikidata="Q233218"),                      # by QID
                  ent("p2", "Ankara", "country", "Q3640",
                      mentions=[{"start": 0, "end": 6, "text": "Turkey"}])], [])  # by mention
    el = score([gold], [pred]).entity_linking
    assert (el.tp, el.pred, el.gold) == (1, 2, 2)


def test_gazetteer_restriction_adds_linking_figures_for_linkable_entities(seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    for e in pred["entities"]:
        if e["id"] == "ent-aq":
            e["wikidata"] = None
    in_gazetteer = {"Q858", "Q43", "Q233218"}
    scores = score([seed_doc], [pred], gazetteer_contains=in_gazetteer.__contains__)
    assert scores.entity_linking.recall == pytest.approx(6 / 7)
    assert scores.entity_linking_gazetteer is not None
    assert scores.entity_linking_gazetteer.recall == 1.0
    assert scores.entity_linking_gazetteer.gold == 3


# -- articles, reports ----------------------------------------------------------------------------


def test_articles_pair_by_id_and_missing_predictions_count_as_misses(seed_doc: dict) -> None:
    other = facts(PLACES, [event(location="aleis")], article_id="art-2")
    stray = facts(PLACES, [event()], article_id="not-in-gold")
    scores = score([seed_doc, other], [other, stray])
    assert scores.articles_without_prediction == ["dj-566899"]
    assert scores.articles_not_in_gold == ["not-in-gold"]
    assert (scores.events.tp, scores.events.gold, scores.events.pred) == (1, 4, 1)
    assert all(m.reason == "no prediction for this article" for m in scores.misses
               if m.article == "dj-566899")


def test_an_article_given_twice_is_an_error(seed_doc: dict) -> None:
    with pytest.raises(InputError, match="appears twice"):
        score([seed_doc, seed_doc], [seed_doc])


def test_explain_names_the_reason_a_gold_event_was_missed(seed_doc: dict) -> None:
    pred = copy.deepcopy(seed_doc)
    aleis = next(e for e in pred["events"] if e["id"] == "evt-aleis")
    aleis["date"] = "2020-02-11"
    report = score([seed_doc], [pred]).explain()
    assert "MISS" in report and "evt-aleis" in report
    assert "3 days from gold 2020-02-08 (day precision allows 1)" in report
    assert "FP" in report


def test_explain_says_when_the_admissible_prediction_was_taken() -> None:
    gold = facts(PLACES, [event("g1", location="aleis"), event("g2", location="aleis")])
    pred = facts(PLACES, [event("p1", location="aleis")])
    scores = score([gold], [pred])
    assert "matched to another gold event" in scores.misses[0].reason


def test_reports_are_json_ready_and_readable(seed_doc: dict) -> None:
    scores = score([seed_doc], [seed_doc], gazetteer_contains=lambda q: True)
    data = json.loads(json.dumps(scores.as_dict(details=True)))
    assert data["events"]["f1"] == 1.0 and data["entity_linking_gazetteer"]["recall"] == 1.0
    assert len(data["matches"]) == 5
    text = scores.text()
    for label in ("event precision", "event recall", "sub-event-type accuracy", "actor F1",
                  "target F1", "date accuracy", "location accuracy", "casualty accuracy",
                  "entity linking precision", "entity linking recall"):
        assert label in text
    empty = score([facts([], [])], [facts([], [])])
    assert "n/a" in empty.text() and empty.events.f1 is None


# -- building blocks ------------------------------------------------------------------------------


def _brute_force(weights: list[list[float]]) -> float:
    n, m = len(weights), len(weights[0])
    if n <= m:
        return max(sum(max(weights[i][p[i]], 0) for i in range(n))
                   for p in itertools.permutations(range(m), n))
    return max(sum(max(weights[p[j]][j], 0) for j in range(m))
               for p in itertools.permutations(range(n), m))


def test_assignment_is_optimal_on_random_matrices() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.choice([0.0, 0.0, 1.0, 2.5, -1.0, rng.random() * 5]) for _ in range(m)]
                   for _ in range(n)]
        pairs = max_weight_matching(weights)
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
        assert all(weights[i][j] > 0 for i, j in pairs)
        assert sum(weights[i][j] for i, j in pairs) == pytest.approx(_brute_force(weights))


@pytest.mark.parametrize(("a", "b"), [
    ("Al-Eis", "al eis"), ("Hay'at Tahrir al-Sham", "HAYAT TAHRIR AL SHAM"),
    ("Bogotá", "BOGOTA"), ("The Syrian Army", "syrian army"),
])
def test_names_normalise_case_accents_punctuation_and_the(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)
