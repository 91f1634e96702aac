"""Gazetteer names found in a parsed text by their tokens' lower-case forms.

What spaCy's ``PhraseMatcher(attr="LOWER")`` finds, at a fraction of its set-up cost. The
PhraseMatcher takes its patterns as Docs: tokenizing the gazetteer's ~63k names created ~48k
lexemes, each with some twenty attributes computed in Python, and cost 5 s of every process's
start (bench/extract-results.md), more than half of `kg extract`'s fixed cost. Matching needs
only each name's token boundaries and lower-case forms. A name of plain words (letters split
by single spaces, none a tokenizer special case such as "cannot") is tokenized at its spaces,
exactly as spaCy's tokenizer would (no prefix, suffix or infix rule splits letters); only the
others (~5k: "Guinea-Bissau", "Cote d'Ivoire", "St. Kitts") go through the tokenizer.
tests/test_name_matcher.py checks both claims against spaCy on every name.

Matches come as ``(kind, start, end)`` token spans, by start and then by length, as the
PhraseMatcher gives them; a name of several kinds ("Lebanon", a country and a town of Ohio)
gives one match per kind, in :data:`KIND_ORDER`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id

#: The order of a name's kinds when it has several: a country before a place of its name, an
#: armed group before a town it is named after, a place before an organisation of its name.
KIND_ORDER = ("country", "state_force", "armed_group", "place", "government_body",
              "organization")


def _rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)


class NameMatcher:
    """Names, each a tuple of token lower-case forms, and their kinds; see the module's doc."""

    def __init__(self) -> None:
        #: token-hash tuple → kinds (in KIND_ORDER)
        self._phrases: dict[tuple[int, ...], list[str]] = {}
        #: first token's hash → the lengths (ascending) of the names it starts
        self._lengths: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self._phrases)

    def to_state(self) -> tuple[dict[tuple[int, ...], list[str]], dict[int, list[int]]]:
        """Everything the matcher knows, as plain data (for the disk cache,
        :mod:`kg.gazetteer.cache`): names are hashes, so no tokenizer is needed to restore it."""
        return self._phrases, self._lengths

    @classmethod
    def from_state(cls, state: tuple[dict[tuple[int, ...], list[str]], dict[int, list[int]]],
                   ) -> NameMatcher:
        """The matcher :meth:`to_state` described (TypeError/ValueError for another shape)."""
        phrases, lengths = state
        if not isinstance(phrases, dict) or not isinstance(lengths, dict):
            raise TypeError("not a name matcher's state")
        matcher = cls()
        matcher._phrases, matcher._lengths = phrases, lengths
        return matcher

    def add(self, tokens: Iterable[str], kind: str) -> None:
        """One name of ``kind``, as its tokens' texts (in any case)."""
        key = tuple(get_string_id(t.lower()) for t in tokens)
        if not key:
            return
        kinds = self._phrases.setdefault(key, [])
        if kind in kinds:
            return
        kinds.append(kind)
        kinds.sort(key=_rank)
        lengths = self._lengths.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort()

    def __call__(self, doc: Any) -> list[tuple[str, int, int]]:
        """Every name in ``doc``: ``(kind, start token, end token)``, by start, then length."""
        if not len(doc):
            return []
        lowers = doc.to_array(LOWER).tolist()
        phrases, lengths = self._phrases, self._lengths
        n = len(lowers)
        out: list[tuple[str, int, int]] = []
        for i, first in enumerate(lowers):
            sizes = lengths.get(first)
            if sizes is None:
                continue
            for size in sizes:
                if i + size > n:
                    break
                kinds = phrases.get(tuple(lowers[i:i + size]))
                if kinds is not None:
                    out.extend((kind, i, i + size) for kind in kinds)
        return out


def plain_tokens(text: str, special_cases: Any) -> list[str] | None:
    """``text``'s tokens as spaCy's English tokenizer makes them, when the text is plain words:
    letters only, split by single spaces, no word a special case. None for any other text."""
    words = text.split(" ")
    if all(w.isalpha() and w not in special_cases for w in words):
        return words
    return None


def build(names: Iterable[tuple[str, str]], tokenizer: Any) -> NameMatcher:
    """A matcher over ``(name, kind)`` pairs, tokenized as ``tokenizer`` (a spaCy Tokenizer)
    would; names of plain words without it (see :func:`plain_tokens`)."""
    matcher = NameMatcher()
    rules = tokenizer.rules or {}
    hard: list[tuple[str, str]] = []
    for text, kind in names:
        words = plain_tokens(text, rules)
        if words is None:
            hard.append((text, kind))
        else:
            matcher.add(words, kind)
    for (_text, kind), doc in zip(hard, tokenizer.pipe(t for t, _k in hard), strict=True):
        matcher.add((t.text for t in doc), kind)
    return matcher
