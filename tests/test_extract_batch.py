"""The speed work on extraction changes no output: batched spaCy parses and the stand-ins for
two spaCy components (kg.extract.nlp_speed) against the stock pipeline, batch extraction
against one article at a time."""

from __future__ import annotations

import importlib
import json
import re

import pytest
from spacy import attrs as A
from spacy.pipeline import AttributeRuler

from conftest import ROOT
from kg.extract import nlp as knlp
from kg.extract.article import from_json, from_text
from kg.extract.batch import extract_chunk, extract_one, read_ahead
from kg.extract.pipeline import _caseless, nlp_text
from kg.inputs import Document

SEED_JSON = json.loads((ROOT / "data/seed/article-2020-02-10-idlib.json").read_text("utf-8"))
SEED_TXT = (ROOT / "data/seed/article-2020-02-10-idlib.txt").read_text("utf-8")
# the rare attribute-ruler rules: two-token patterns with an index ("gon na", "let 's", "y'
# all"), regular expressions ("nothin'"), dependency conditions ("it" as subject or object,
# "but" as adverb, determiners used as pronouns, "there is"), and whitespace tokens
ODDITIES = ("Y'all ain't gonna believe it, nothin' works. Let's go, c'mon! I gotta say it is "
            "what it is: there are gets and got. But I said that it was him, and that was all."
            "\n\n  Whether you like it or not, do you? We didn't. I saw you and it saw me.  \t ")
WIRE = ("SAN SALVADOR, 12 JAN 90 (RADIO CADENA YSU) -- [TEXT] THE ARMED FORCES PRESS "
        "COMMITTEE REPORTED THAT URBAN COMMANDOS ATTACKED A POLICE POST IN SOYAPANGO "
        "YESTERDAY, KILLING TWO POLICEMEN AND WOUNDING THREE CIVILIANS. THE FMLN CLAIMED "
        "RESPONSIBILITY FOR THE ATTACK ON RADIO VENCEREMOS.")
ANNOTATIONS = [A.ORTH, A.TAG, A.POS, A.MORPH, A.LEMMA, A.DEP, A.HEAD, A.SENT_START, A.ENT_IOB,
               A.ENT_TYPE, A.IS_SPACE]


def _nlp_texts() -> list[str]:
    """What extract() hands spaCy for the seed (both forms), wire copy, the oddities and the
    first article of every fifth eval set."""
    seed_json = from_json(SEED_JSON)
    seed_txt = from_text(SEED_TXT)
    out = [_caseless(nlp_text(a)[0]) for a in (seed_json, seed_txt)]
    sets = sorted(p for p in (ROOT / "data/eval").iterdir() if p.is_dir())[::5]
    news = [from_json(json.loads(p.joinpath("articles.jsonl").read_text("utf-8")
                                 .splitlines()[0])) for p in sets]
    out += [_caseless(nlp_text(a)[0]) for a in news]
    return [*out, _caseless(WIRE), ODDITIES, ODDITIES.upper(), ODDITIES.lower()]


@pytest.fixture(scope="module")
def stock_nlp():  # type: ignore[no-untyped-def]
    """A second copy of the same spaCy pipeline without the speed stand-ins and on thinc's
    default matrix backend, BLIS (with our tokenizer's title cases and paragraph-break rule,
    which are part of the pipeline's meaning, not of its speed)."""
    for name in knlp.MODEL_PACKAGES:
        try:
            nlp = importlib.import_module(name).load()
        except ImportError:
            continue
        return knlp.with_rules(nlp)
    pytest.fail("no spaCy model installed")


def test_batched_parse_with_stand_ins_equals_the_stock_pipeline(stock_nlp) -> None:
    texts = _nlp_texts()
    knlp.parse_ahead(texts)
    assert set(knlp._AHEAD) == set(texts)
    for text in texts:
        read, doc = knlp.parse(text)
        ref = stock_nlp(text)  # one text at a time, stock lemmatizer and attribute ruler
        assert read == doc.text == ref.text == text
        assert (doc.to_array(ANNOTATIONS) == ref.to_array(ANNOTATIONS)).all()
        assert [t.lemma_ for t in doc] == [t.lemma_ for t in ref]
        assert [str(t.morph) for t in doc] == [str(t.morph) for t in ref]
        assert [(e.start, e.end, e.label_) for e in doc.ents] == \
            [(e.start, e.end, e.label_) for e in ref.ents]
        assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in ref.sents]
    assert knlp._AHEAD == {}  # each Doc handed out once


def test_the_pipeline_multiplies_on_numpys_blas_in_one_thread(stock_nlp) -> None:
    """The annotations compared above come from two matrix backends: ours on numpy's
    OpenBLAS held to one thread, the stock pipeline's on thinc's BLIS."""
    from threadpoolctl import threadpool_info

    ours = knlp.load_nlp()
    for nlp, blis in ((ours, False), (stock_nlp, True)):
        models = [proc.model for _name, proc in nlp.pipeline
                  if getattr(proc, "model", None) is not None]
        assert {"tok2vec", "tagger", "parser", "ner"} <= set(nlp.pipe_names)
        assert len(models) >= 4
        assert {getattr(node.ops, "use_blis", None) for m in models for node in m.walk()} \
            == {blis}
    assert {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"} == {1}


def test_attribute_ruler_matches_equal_spacy_matcher() -> None:
    nlp = knlp.load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match is not AttributeRuler.match  # the stand-in is installed
    seen = 0
    for text in _nlp_texts():
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "attribute_ruler":
                break
            doc = proc(doc)
        stock = AttributeRuler.match(ruler, doc)  # spaCy's Matcher over all 179 patterns
        assert ruler.match(doc) == stock
        seen += len({m[0] for m in stock})
    assert seen > 60  # many different rules were exercised, not just the tag map


def test_parse_without_parse_ahead_parses_now() -> None:
    knlp.parse_ahead([])
    read, doc = knlp.parse("ABC", str.lower)
    assert read == doc.text == "abc"


def _docs() -> list[Document]:
    wire = {"id": "wire", "text": WIRE}
    return [
        Document("seed.json", SEED_JSON),
        Document("seed.txt", {"text": SEED_TXT}),
        Document("wire", wire),
        Document("wire-again", dict(wire)),  # the same text twice in one batch
        Document("french", {"id": "fr", "text": "Le gouvernement a annoncé hier une réforme "
                            "des retraites, qui sera débattue au parlement la semaine prochaine."}),
        Document("header-only", {"id": "h", "text": "date 2020-02-10 By By Ken Hanly 1 hour "
                                                    "ago in World "}),
        Document("bad-date", {"id": "b", "text": "Troops shelled the town.",
                              "published": "not a date"}),
        Document("not-an-object", ["text"]),
        Document("facts", {"format": "conflict-kg/facts@1", "article": {"id": "x"},
                           "entities": [], "events": []}),
    ]


def test_batch_extraction_equals_one_article_at_a_time() -> None:
    docs = _docs()
    meta = {"source": "Test Wire"}
    batched = extract_chunk(docs, meta)
    assert knlp._AHEAD == {}  # every article parsed ahead was the text extract() parsed
    one_by_one = []
    for doc in docs:
        knlp.parse_ahead([])
        one_by_one.append(extract_one(doc, meta))
    assert batched == one_by_one
    labels = {label: (facts is not None, problem) for label, facts, problem, _w in batched}
    assert labels["wire"][0] and labels["seed.json"][0] and labels["french"][0]
    assert "published" in labels["bad-date"][1]
    assert labels["facts"][1] == "already a facts document (nothing to extract)"
    wire = next(facts for label, facts, _p, _w in batched if label == "wire")
    assert wire["events"] and wire["article"]["source"] == "Test Wire"


def test_read_ahead_groups_by_count_and_characters() -> None:
    docs = [Document(str(i), {"text": "x" * 100}) for i in range(10)]
    assert [len(g) for g in read_ahead(docs, size=4, max_chars=10_000)] == [4, 4, 2]
    assert [len(g) for g in read_ahead(docs, size=32, max_chars=250)] == [3, 3, 3, 1]
    big = [Document("big", {"text": "y" * 1000}), *docs[:2]]
    assert [len(g) for g in read_ahead(big, size=32, max_chars=250)] == [1, 2]
    assert [g[0].label for g in read_ahead(docs, size=3)] == ["0", "3", "6", "9"]
    assert list(read_ahead([], size=3)) == []


def test_the_model_and_the_gazetteer_matcher_are_built_once_per_process() -> None:
    """Building the matcher over ~50,000 gazetteer names takes seconds: a rebuild per article
    once made extraction six times slower (and a server's memory grow with every POST)."""
    from kg.extract.nlp import gazetteer_matcher, load_nlp

    assert load_nlp() is load_nlp()
    assert gazetteer_matcher() is gazetteer_matcher()


def _eval_texts(every: int = 1) -> list[str]:
    """The text of every article of every ``every``-th eval set."""
    sets = sorted(p for p in (ROOT / "data/eval").iterdir() if p.is_dir())[::every]
    return [json.loads(line)["text"] for p in sets
            for line in p.joinpath("articles.jsonl").read_text("utf-8").splitlines()]


def test_casualty_patterns_are_tried_wherever_they_could_match() -> None:
    """Each casualty pattern is tried only where one of its anchor words is in the sentence:
    on the eval sets' sentences every match of every pattern has one (a pattern given a new
    word without its anchor would lose its counts here)."""
    from kg.extract import numbers

    sentences = [s for text in _eval_texts(3) for s in re.split(r"(?<=[.!?])\s+|\n+", text)
                 if s.strip()]
    matched = 0
    for sentence in sentences:
        find = numbers._finder(sentence)
        for pattern in numbers._ANCHORS:
            every = [m.span() for m in pattern.finditer(sentence)]
            assert [m.span() for m in find(pattern)] == every, (pattern.pattern[:40], sentence)
            matched += bool(every)
    assert matched > 500


def test_fuzzy_scan_over_reachable_lengths_finds_what_the_full_scan_finds() -> None:
    from rapidfuzz import fuzz, process

    from kg.gazetteer.lookup import FUZZY_THRESHOLD, Gazetteer

    gaz = Gazetteer.load()
    keys = gaz._fuzzy_keys
    queries = []
    for k in keys[::7]:  # the keys themselves, one letter dropped, one added, one changed
        i = len(k) // 2
        queries += [k, k[:i] + k[i + 1:], k[:i] + "x" + k[i:], k[:i] + "q" + k[i + 1:]]
    hits = 0
    for q in queries:
        full = process.extract(q, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD,
                               limit=3)
        near = process.extract(q, gaz._fuzzy_reachable(len(q)), scorer=fuzz.ratio,
                               score_cutoff=FUZZY_THRESHOLD, limit=3)
        assert [r[:2] for r in near] == [r[:2] for r in full], q
        hits += bool(full)
    assert hits > len(queries) // 2
    assert len(gaz._fuzzy_reachable(10)) < len(keys) / 3  # (and it does scan fewer)


def test_group_names_equal_the_patterns_own_search() -> None:
    from kg.extract import entities

    texts = _eval_texts(3)
    texts += [t.replace(" ", "\n") for t in texts[:20]] + [t.upper() for t in texts[:20]]
    texts += ["Armed Rebels Militia fighters and  Boko\tHaram gunmen, and suspected\nbandits",
              "the Israeli\nsettlers, armed men, Al-Shabaab's militants"]
    found = 0
    for text in texts:
        every = [m.span() for m in entities._GROUP.finditer(text)]
        assert [m.span() for m in entities._group_names(text)] == every
        found += len(every)
    assert found > 300
