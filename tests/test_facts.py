"""The facts model: every contract break gives one message naming article, field and problem."""

from __future__ import annotations

import pytest

from conftest import ROOT, mutated
from kg.errors import FactsError
from kg.facts import FORMAT_ID, default_article_id, parse_facts


def test_seed_gold_parses(seed_doc: dict) -> None:
    facts = parse_facts(seed_doc)
    assert facts.article.id == "dj-566899"
    assert facts.article.published.isoformat() == "2020-02-10"
    assert len(facts.events) == 5
    assert len(facts.entities) == 16
    aleis = facts.events[0]
    assert aleis.date.isoformat() == "2020-02-08"
    assert aleis.casualties[0].count == 20 and aleis.casualties[0].qualifier == "at_least"
    assert facts.events[3].materiel[0].item == "tank"


def test_hash_ignores_key_order(seed_doc: dict) -> None:
    reordered = dict(reversed(list(seed_doc.items())))
    assert parse_facts(reordered).sha256 == parse_facts(seed_doc).sha256
    changed = mutated(seed_doc, lambda d: d["events"][0].update(date="2020-02-09"))
    assert parse_facts(changed).sha256 != parse_facts(seed_doc).sha256


def test_default_article_id_when_text_is_given(seed_doc: dict) -> None:
    def drop_id(d: dict) -> None:
        del d["article"]["id"]
        d["article"]["text"] = "x" * 5000
        for ev in d["events"]:
            for s in ev["evidence"]:
                s.pop("text", None)

    facts = parse_facts(mutated(seed_doc, drop_id))
    assert facts.article.id == default_article_id("x" * 5000)
    assert facts.article.id.startswith("sha256:") and len(facts.article.id) == 7 + 16


def _set(path: str, value: object):
    def mutate(d: dict) -> None:
        *parents, last = path.split(".")
        node = d
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        if value is KeyError:
            del node[int(last) if last.isdigit() else last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return mutate


CASES = [
    ("not an object", lambda d: d.clear() or d.update(format=FORMAT_ID, article=[]),
     "article", "must be a JSON object"),
    ("no format", _set("format", KeyError), "format", "not a facts document"),
    ("other format", _set("format", "something/else"), "format", "is not a facts format"),
    ("unknown version", _set("format", "conflict-kg/facts@7"), "format", "unsupported version"),
    ("no article id", _set("article.id", KeyError), "article.id", "required"),
    ("no entities", _set("entities", KeyError), "entities", "required"),
    ("no events", _set("events", KeyError), "events", "required"),
    ("entity without kind", _set("entities.0.kind", KeyError), "entities[0].kind", "required"),
    ("unknown kind", _set("entities.0.kind", "alien"), "entities[0].kind", "not one of"),
    ("entity without wikidata key", _set("entities.0.wikidata", KeyError),
     "entities[0].wikidata", "required"),
    ("empty name", _set("entities.1.name", "  "), "entities[1].name", "must not be empty"),
    ("duplicate entity id", _set("entities.1.id", "ent-syria"), "entities[1].id", "two entities"),
    ("dangling location", _set("events.0.location", "ent-nowhere"), "events[0].location",
     "dangling"),
    ("dangling actor", _set("events.0.actors", ["ent-ghost"]), "events[0].actors[0]", "dangling"),
    ("dangling victim", _set("events.0.casualties.0.victim", "ent-ghost"),
     "events[0].casualties[0].victim", "dangling"),
    ("dangling admin1", _set("entities.10.admin1", "ent-ghost"), "entities[10].admin1",
     "dangling"),
    ("impossible date", _set("events.0.date", "2020-02-30"), "events[0].date",
     "not a real calendar date"),
    ("not a date", _set("events.0.date", "last Saturday"), "events[0].date", "not an ISO date"),
    ("impossible published date", _set("article.published", "2020-13-01"),
     "article.published", "not a real calendar date"),
    ("count not a number", _set("events.0.casualties.0.count", "twenty"),
     "events[0].casualties[0].count", "whole number"),
    ("fractional count", _set("events.0.casualties.0.count", 2.5),
     "events[0].casualties[0].count", "whole number"),
    ("bad precision", _set("events.0.date_precision", "fortnight"), "events[0].date_precision",
     "not one of"),
    ("actors not a list", _set("events.0.actors", "ent-saa"), "events[0].actors",
     "must be a JSON array"),
    ("evidence without end", _set("events.0.evidence.0.end", KeyError),
     "events[0].evidence[0].end", "required"),
    ("duplicate event id", _set("events.1.id", "evt-aleis"), "events[1].id", "two events"),
    ("not-a-number area", _set("events.1.area_km2", float("nan")), "events[1].area_km2",
     "finite number"),
]


@pytest.mark.parametrize(("name", "mutate", "field", "problem"), CASES,
                         ids=[c[0] for c in CASES])
def test_contract_breaks_are_named(seed_doc: dict, name: str, mutate, field: str,
                                   problem: str) -> None:
    with pytest.raises(FactsError) as info:
        parse_facts(mutated(seed_doc, mutate))
    assert info.value.field == field
    assert problem in info.value.problem
    if field == "article.id":  # no id: the article is named by its title
        assert "Syrian army attempts" in str(info.value)
    elif field not in ("format", "article"):
        assert "dj-566899" in str(info.value)


def test_offsets_outside_the_text_are_refused(seed_doc: dict) -> None:
    text = "Short article."

    def with_text(d: dict) -> None:
        d["article"]["text"] = text

    with pytest.raises(FactsError) as info:
        parse_facts(mutated(seed_doc, with_text))
    assert "outside the article text" in str(info.value)
    assert info.value.field == "events[0].evidence[0]"


def test_quote_must_match_the_text(seed_doc: dict) -> None:
    text = (ROOT / "data/seed/article-2020-02-10-idlib.txt").read_text(encoding="utf-8")
    ok = mutated(seed_doc, lambda d: d["article"].update(text=text))
    assert parse_facts(ok).article.text == text  # the gold offsets agree with the seed text
    bad = mutated(ok, lambda d: d["events"][0]["evidence"][0].update(text="Something else"))
    with pytest.raises(FactsError, match="does not match the article text"):
        parse_facts(bad)
