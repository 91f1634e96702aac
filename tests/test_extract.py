"""Extraction: the seed article judged by its gold facts, bad input, the CLI and ingest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, SEED_FACTS, kg_process
from kg.errors import InputError
from kg.evaluation.scorer import score
from kg.extract.article import from_json, from_text
from kg.extract.pipeline import extract
from kg.facts import parse_facts

SEED_ARTICLE = ROOT / "data" / "seed" / "article-2020-02-10-idlib.json"


@pytest.fixture(scope="module")
def seed_pred() -> dict:
    facts, warnings = extract(from_json(json.loads(SEED_ARTICLE.read_text(encoding="utf-8"))))
    assert warnings == []
    parse_facts(facts)  # the extractor's output honours the facts contract
    return facts


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    return json.loads(SEED_FACTS.read_text(encoding="utf-8"))


def test_seed_events_found_once_with_types_dates_and_casualties(seed_pred, seed_gold) -> None:
    s = score([seed_gold], [seed_pred])
    assert s.events.recall == 1.0  # every non-optional gold event
    assert s.events.precision == 1.0  # ... found once: no duplicates from repeated paragraphs
    assert s.sub_event_type.value == 1.0
    assert s.date.value == 1.0  # "Saturday" before Monday 2020-02-10 is 2020-02-08
    assert s.casualty_events.value == 1.0  # counts, outcomes and qualifiers
    assert s.entity_linking.recall == 1.0 and s.entity_linking.precision == 1.0
    assert s.actors.f1 >= 0.8  # a bare "militants" beside the named army is no extra party


def test_seed_ministry_claims_are_claimed(seed_pred) -> None:
    names = {e["id"]: e["name"] for e in seed_pred["entities"]}
    shelling = [e for e in seed_pred["events"]
                if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1
    ev = shelling[0]
    assert ev["certainty"] == "claimed"
    killed = [c for c in ev["casualties"] if c["count"] == 101]
    assert killed
    assert re.search(r"Defen[cs]e", names[killed[0]["claimed_by"]])
    assert {(m["count"], m["item"]) for m in ev["materiel"]} >= {(3, "tank"),
                                                                 (2, "artillery piece")}


def test_evidence_offsets_point_into_the_original_text(seed_pred) -> None:
    text = json.loads(SEED_ARTICLE.read_text(encoding="utf-8"))["text"]
    for ev in seed_pred["events"]:
        for span in ev["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
    for ent in seed_pred["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]


def test_extraction_is_deterministic(seed_pred) -> None:
    again, _ = extract(from_json(json.loads(SEED_ARTICLE.read_text(encoding="utf-8"))))
    assert json.dumps(again, sort_keys=True) == json.dumps(seed_pred, sort_keys=True)


def test_header_gives_date_and_author() -> None:
    art = from_text((ROOT / "data/seed/article-2020-02-10-idlib.txt").read_text("utf-8"))
    assert art.published is not None and art.published.isoformat() == "2020-02-10"
    assert art.author == "Ken Hanly"
    assert art.text[art.body_start:].startswith("While fighting")


def test_no_conflict_content_gives_zero_events() -> None:
    text = ("The city council approved a new budget for public libraries on Tuesday. "
            "The mayor said reading rooms will open longer in the summer.")
    facts, warnings = extract(from_text(text, published="2021-05-04"))
    assert facts["events"] == [] and warnings == []


def test_non_english_text_gives_a_warning_and_zero_events() -> None:
    text = ("Les forces gouvernementales ont repris la ville après des combats violents "
            "samedi, selon un communiqué du ministère de la défense publié dimanche.")
    facts, warnings = extract(from_text(text))
    assert facts["events"] == [] and warnings and "English" in warnings[0]


@pytest.mark.parametrize(("text", "meta", "message"), [
    ("   \n ", {}, "empty"),
    ("x" * 2_000_001, {}, "over the limit"),
    ("Gunmen killed five villagers.", {"published": "2020-13-45"}, "not an ISO date"),
])
def test_bad_articles_are_refused_clearly(text, meta, message) -> None:
    with pytest.raises(InputError, match=message):
        from_text(text, **meta)


def test_html_is_stripped_and_offsets_kept() -> None:
    text = ("<html><body><p>A roadside bomb killed three soldiers near Kandahar on "
            "Monday.</p><script>var x = 'attack';</script></body></html>")
    art = from_text(text, published="2021-03-02")
    assert len(art.text) == len(text)
    facts, _ = extract(art)
    assert len(facts["events"]) == 1
    ev = facts["events"][0]
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    assert ev["casualties"][0]["count"] == 3
    span = ev["evidence"][0]
    assert "roadside bomb" in text[span["start"]:span["end"]]


def test_cli_extract_and_ingest_articles(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    r = kg_process("extract", SEED_ARTICLE, ROOT / "data/seed/article-2020-02-10-idlib.txt",
                   "-o", out, store=tmp_path / "unused")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["article"]["id"] == "dj-566899"
    assert lines[1]["article"]["published"] == "2020-02-10"  # from the .txt header
    r = kg_process("eval", "--gold", SEED_FACTS, "--pred", out, "--json",
                   store=tmp_path / "unused")
    assert r.returncode == 0, r.stderr
    store = tmp_path / "store"
    r = kg_process("ingest", SEED_ARTICLE, store=store)
    assert r.returncode == 0, r.stderr + r.stdout
    stats = json.loads(kg_process("stats", "--json", store=store).stdout)
    assert stats["articles"] == 1 and stats["events"] == len(lines[0]["events"])
    assert kg_process("validate", store=store).returncode == 0


def test_cli_extract_with_two_workers_matches_one(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    inputs = [SEED_ARTICLE, ROOT / "data/seed/article-2020-02-10-idlib.txt"]
    assert kg_process("extract", *inputs, "-o", one, store=tmp_path / "s").returncode == 0
    assert kg_process("extract", *inputs, "-o", two, "-j", "2",
                      store=tmp_path / "s").returncode == 0
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_cli_extract_reports_a_bad_article_and_goes_on(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "ok", "published": "2020-02-10",
                    "text": "A suicide bomber killed 12 people at a market in Kabul on Sunday."}),
        json.dumps({"id": "bad", "published": "not a date", "text": "x"}),
        "{broken json",
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = kg_process("extract", batch, "-o", out, store=tmp_path / "s")
    assert r.returncode == 1
    assert "batch.jsonl:2" in r.stderr and "batch.jsonl:3" in r.stderr
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [d["article"]["id"] for d in docs] == ["ok"]
    assert docs[0]["events"][0]["sub_event_type"] == "Suicide bomb"


def test_ingest_skips_articles_derived_from_the_same_input(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A resumed batch looks up each article's input checksum instead of extracting it again;
    a changed input, or --reextract, extracts it."""
    import kg.extract.pipeline
    from kg.ingest import ingest
    from kg.rdf.iris import Minter
    from kg.store import open_store

    doc = json.loads(SEED_ARTICLE.read_text(encoding="utf-8"))
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    minter = Minter("https://w3id.org/conflict-kg/")
    store = open_store(str(tmp_path / "store"), base_iri=minter.base)
    try:
        first = ingest([path], store, minter, 1 << 20)
        assert first.count("stored") == 1

        def no_extraction(_article):  # type: ignore[no-untyped-def]
            raise AssertionError("an unchanged article was extracted again")

        monkeypatch.setattr(kg.extract.pipeline, "extract", no_extraction)
        again = ingest([path], store, minter, 1 << 20)
        assert (again.count("unchanged"), again.count("stored")) == (1, 0)
        with pytest.raises(AssertionError, match="extracted again"):
            ingest([path], store, minter, 1 << 20, reextract=True)
        changed = {**doc, "published": "2020-02-11"}
        path.write_text(json.dumps(changed) + "\n", encoding="utf-8")
        with pytest.raises(AssertionError, match="extracted again"):
            ingest([path], store, minter, 1 << 20)
    finally:
        store.close()


def test_an_english_brief_without_function_words_is_read() -> None:
    facts, warnings = extract(from_text("Russian strikes hit Kharkiv overnight, injuring five "
                                        "people.", published="2024-10-08"))
    assert warnings == [] and [e["sub_event_type"] for e in facts["events"]] \
        == ["Air/drone strike"]
    # (a brief in another language still is not)
    facts, warnings = extract(from_text("Fuerzas del gobierno recuperaron la ciudad tras "
                                        "intensos combates el sábado.", published="2024-10-08"))
    assert facts["events"] == [] and warnings and "English" in warnings[0]
