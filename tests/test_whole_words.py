"""kg.extract.whole_words finds exactly what the regular expression it replaces finds:
``re.finditer(rf"(?<!\\w){re.escape(name)}(?!\\w)", text[, re.IGNORECASE])``."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT
from kg.extract import whole_words

# the four non-ASCII characters re.IGNORECASE equates with ASCII letters, letters that change
# length when lower-cased, digits and underscores (word characters), and punctuation
TRICKY = ("İdlib and ıdlib, İDLİB; Kelvin's \u212aobani next to Kobani_2 and KOBANİ. "
          "Homſ, Homs-city, Homs's (Homs) HOMS; 2Homs Homs2 Homs_ _Homs; Straße STRASSE, "
          "Dériké derike DÉRIKÉ; ǅura Ǆura ǆura; U.S. U.S.A. u.s.; Al-Bab al-bab Al Bab")
NAMES = ("idlib", "İdlib", "Kobani", "kobani", "Homs", "homs", "Homs-city", "Straße", "strasse",
         "Dériké", "DÉRIKÉ", "ǅura", "U.S.", "u.s", "Al-Bab", "al bab", "Homs's", "(Homs)",
         "Homs_", "2Homs", "s", "Homs Homs", "İ", "ı", "\u212a")


def _regex(text: str, name: str, ignore_case: bool) -> list[tuple[int, int]]:
    flags = re.IGNORECASE if ignore_case else 0
    return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags)]


@pytest.mark.parametrize("ignore_case", [True, False])
@pytest.mark.parametrize("name", NAMES)
def test_tricky_spellings_match_the_regular_expression(name: str, ignore_case: bool) -> None:
    found = list(whole_words.find(TRICKY, name, ignore_case=ignore_case))
    assert found == _regex(TRICKY, name, ignore_case)
    assert whole_words.contains(TRICKY, name) == bool(_regex(TRICKY, name, False))


def test_the_folded_text_keeps_every_position() -> None:
    every = "".join(map(chr, range(0x2FFFF)))
    assert len(whole_words.fold(every)) == len(every)


def test_repeated_and_adjacent_occurrences() -> None:
    text = "aaaa aa aaa aa-aa aa_aa aa"
    for name in ("aa", "a", "aaa", "aa aa", "aa-aa"):
        for ignore_case in (True, False):
            assert list(whole_words.find(text, name, ignore_case=ignore_case)) \
                == _regex(text, name, ignore_case)


def test_every_capitalised_name_of_the_eval_articles() -> None:
    """Each set's first articles, searched for each capitalised word and word pair in them,
    upper-cased and title-cased too: the same spans as the regular expression."""
    checked = 0
    for path in sorted((ROOT / "data/eval").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as lines:
            text = json.loads(next(lines))["text"]
        folded = whole_words.fold(text)
        names = set(re.findall(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?", text))
        for name in sorted(names)[:40]:
            for spelling in (name, name.upper(), name.lower()):
                assert list(whole_words.find(text, spelling, ignore_case=True, folded=folded)) \
                    == _regex(text, spelling, True), (path.parent.name, spelling)
                assert list(whole_words.find(text, spelling)) == _regex(text, spelling, False)
                checked += 1
    assert checked > 1000
