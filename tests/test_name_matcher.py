"""The gazetteer name matcher finds exactly what spaCy's PhraseMatcher(attr="LOWER") finds.

kg/extract/name_matcher.py replaced the PhraseMatcher to save its set-up (tokenizing every
gazetteer name into a Doc); these tests hold it to the PhraseMatcher's answers on real copy and
to spaCy's tokenizer on every name it tokenizes itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.name_matcher import KIND_ORDER, build, plain_tokens
from kg.extract.nlp import gazetteer_matcher, load_nlp

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp()


def _gazetteer_names() -> list[tuple[str, str]]:
    from kg.gazetteer.lookup import Gazetteer

    return [(e.text.strip(), e.kind) for e in Gazetteer.load().names() if e.text.strip()]


def test_plain_names_are_tokenized_at_their_spaces_as_spacy_does(nlp) -> None:  # type: ignore[no-untyped-def]
    rules = nlp.tokenizer.rules
    plain = [(t, w) for t, _k in _gazetteer_names()
             if (w := plain_tokens(t, rules)) is not None]
    assert len(plain) > 40_000  # the claim covers most of the gazetteer
    for (text, words), doc in zip(plain, nlp.tokenizer.pipe(t for t, _w in plain), strict=True):
        assert [t.text for t in doc] == words, text


def test_names_that_are_not_plain_words_go_through_the_tokenizer(nlp) -> None:  # type: ignore[no-untyped-def]
    rules = nlp.tokenizer.rules
    assert plain_tokens("Guinea-Bissau", rules) is None
    assert plain_tokens("St. Kitts", rules) is None
    assert plain_tokens("Deir  ez Zor", rules) is None  # two spaces make a space token
    assert plain_tokens("Cannot", rules) is None          # a special case: "Can" + "not"
    assert plain_tokens("Deir ez Zor", rules) == ["Deir", "ez", "Zor"]
    m = build([("Guinea-Bissau", "country"), ("Cannot", "place")], nlp.tokenizer)
    assert m(nlp("Troops in guinea-bissau.")) == [("country", 2, 5)]
    assert m(nlp("They cannot.")) == [("place", 1, 3)]


def _phrase_matcher(nlp, names: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    from spacy.matcher import PhraseMatcher

    pm = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_kind: dict[str, list[str]] = {}
    for text, kind in names:
        by_kind.setdefault(kind, []).append(text)
    for kind, texts in by_kind.items():
        pm.add(kind, list(nlp.tokenizer.pipe(texts)))
    return pm


def test_it_finds_what_the_phrase_matcher_finds_on_real_copy(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.nlp import _STOP_NAMES

    names = [(t, k) for t, k in _gazetteer_names()
             if len(t) >= 4 and t.lower() not in _STOP_NAMES]
    ours = build(names, nlp.tokenizer)
    theirs = _phrase_matcher(nlp, names)
    texts = [json.loads(line)["text"] for line in
             (ROOT / "data/eval/wire-dev15/articles.jsonl").read_text("utf-8").splitlines()]
    texts.append(json.loads((ROOT / "data/seed/article-2020-02-10-idlib.json")
                            .read_text("utf-8"))["text"])
    texts += [t.upper() for t in texts[:5]]
    found = 0
    for doc in nlp.tokenizer.pipe(texts):
        expected = [(nlp.vocab.strings[key], s, e) for key, s, e in theirs(doc)]
        got = ours(doc)
        # same spans in the same order (by start, then length); a name's kinds in KIND_ORDER
        assert [(s, e) for _k, s, e in got] == [(s, e) for _k, s, e in expected]
        assert sorted(got) == sorted(expected)
        found += len(got)
    assert found > 1000


def test_a_name_of_several_kinds_gives_one_match_per_kind_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    m = build([("Lebanon", "place"), ("Lebanon", "country"), ("Lebanon", "country"),
               ("South Lebanon", "place")], nlp.tokenizer)
    assert len(m) == 2
    doc = nlp.tokenizer("Strikes on south Lebanon and LEBANON")
    assert m(doc) == [("place", 2, 4), ("country", 3, 4), ("place", 3, 4),
                      ("country", 5, 6), ("place", 5, 6)]
    assert KIND_ORDER.index("country") < KIND_ORDER.index("place")
    assert m(nlp.tokenizer("")) == []


def test_the_shipped_matcher_knows_the_gazetteer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.tokenizer("Shelling hit Saraqib and Deir ez-Zor, and Guinea-Bissau voted.")
    got = {doc[s:e].text: k for k, s, e in gazetteer_matcher()(doc)}
    assert got.get("Saraqib") == "place"
    assert got.get("Deir ez-Zor") == "place"
    assert got.get("Guinea-Bissau") == "country"
