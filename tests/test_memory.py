"""Memory that must not grow with what a long-running server sees (issue #7, bench/load.py).

spaCy keeps every new token string for the life of the process unless extraction runs in its
memory zone (kg.extract.nlp.transient_vocabulary); the extraction memos are bounded; and the
memory log of ``kg serve --memory-log`` is what the load test reads to tell a leak from data
growth.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process

TOKEN = "memory-token"


def article(word: str, i: int) -> dict[str, str]:
    """A conflict report naming people and a group nobody has written about before."""
    return {"id": f"memory-{i}", "published": "2021-06-07",
            "text": (f"KABUL (Reuters) - A roadside bomb planted by {word} fighters killed at "
                     f"least four soldiers near Kandahar on Sunday, officials said. Commander "
                     f"{word}ovic of the {word}istan Brigade denied any role in the attack.")}


WORDS = ["Vorthandel", "Quillomar", "Zentrivax", "Brusqualen"]


def test_extraction_in_the_memory_zone_forgets_new_words_and_changes_no_fact() -> None:
    from kg.extract.nlp import transient_vocabulary, vocabulary_size
    from kg.ingest import facts_of

    with transient_vocabulary():  # builds what must outlive every zone (the gazetteer matcher)
        facts_of(article("Plomderick", 0))
    before = vocabulary_size()
    zoned = []
    for i, word in enumerate(WORDS, 1):
        with transient_vocabulary():
            zoned.append(facts_of(article(word, i)))
    assert vocabulary_size() == before
    assert all(doc["events"] for doc, _warnings in zoned)
    plain = [facts_of(article(word, i)) for i, word in enumerate(WORDS, 1)]
    assert zoned == plain  # the zone changes what is remembered, not what is extracted
    after = vocabulary_size()  # outside a zone the same words are kept
    assert after[0] > before[0] and after[1] > before[1]


def test_the_extraction_memos_stay_bounded(monkeypatch) -> None:
    from kg.extract import nlp_speed
    from kg.extract.nlp import load_nlp, transient_vocabulary

    nlp = load_nlp()
    monkeypatch.setattr(nlp_speed, "MEMO_SIZE", 50)
    text = " ".join(f"Kelvarin{i:03d}x said." for i in range(200))  # 200 distinct new words
    with transient_vocabulary():
        nlp(text)
    sizes = nlp_speed.memo_sizes()
    assert set(sizes) == {"lemmas", "attribute_rules"}
    assert all(0 < n <= 50 for n in sizes.values()), sizes


def test_the_gazetteer_link_memo_stays_bounded(monkeypatch) -> None:
    from kg.gazetteer import lookup

    gaz = lookup.Gazetteer.load()
    monkeypatch.setattr(lookup, "LINK_CACHE_SIZE", 10)
    for i in range(40):
        gaz.link(f"Nowhereville {i}", "place")
    assert 0 < len(gaz._links) <= 10


def _samples(served: Served) -> list[dict[str, Any]]:
    return [json.loads(line.removeprefix("kg-memory "))
            for line in served.stderr().splitlines() if line.startswith("kg-memory ")]


def _sample_after(served: Served, seen: int) -> dict[str, Any]:
    """The second memory-log line after the first ``seen``: the first may have been started
    before the request that came before was answered."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        samples = _samples(served)
        if len(samples) >= seen + 2:
            return samples[-1]
        time.sleep(0.1)
    raise AssertionError(f"no memory-log line within 60 s: {served.stderr()[-2000:]}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Served, Path]]:
    store = tmp_path_factory.mktemp("memory") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    server = Served(store, "--workers", "1", "--memory-log", "0.3",
                    env={"KG_WRITE_TOKEN": TOKEN})
    yield server, store
    server.stop()


def test_served_extraction_keeps_the_vocabulary_flat_and_the_memory_log_says_so(
        served: tuple[Served, Path]) -> None:
    server, _store = served
    first = _sample_after(server, 0)
    assert first["rss_kib"] > 0 and first["py_blocks"] > 0 and first["objects"] > 0
    assert "spacy_strings" not in first  # a server that has extracted nothing loads no spaCy
    strings = []
    for i, word in enumerate(WORDS):
        doc = article(word, i)
        r = requests.post(server.base + "/articles", data=doc["text"].encode(), timeout=300,
                          params={"id": doc["id"], "published": doc["published"]},
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "text/plain"})
        # a failure shows the server's log: the traceback of a 500 is only there
        assert r.status_code == 201, (r.text, server.stderr()[-6000:])
        sample = _sample_after(server, len(_samples(server)))
        strings.append((sample["spacy_strings"], sample["spacy_lexemes"]))
        assert sample["memos"]["lemmas"] > 0
    assert len(set(strings)) == 1, strings  # four articles of new words, not one kept


def test_a_served_write_leaves_the_server_memory_for_the_store_files(
        served: tuple[Served, Path]) -> None:
    """RocksDB keeps writes in memory (128 MiB write buffers per index, logged to a write-ahead
    log) until it flushes them; kg serve flushes after each write, and a flush starts a new
    write-ahead log, which one small write never does by itself."""
    server, store = served
    before = {p.name for p in store.glob("*.log")}
    r = requests.post(server.base + "/update", timeout=60,
                      data=b"INSERT DATA { GRAPH <http://example.org/g> { "
                           b"<http://example.org/s> <http://example.org/p> 1 } }",
                      headers={"Authorization": f"Bearer {TOKEN}",
                               "Content-Type": "application/sparql-update"})
    assert r.status_code == 204, r.text
    after = {p.name for p in store.glob("*.log")}
    assert before and after and after != before, (before, after)
