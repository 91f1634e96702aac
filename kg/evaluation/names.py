"""Name normalisation shared by the scorer and the dataset adapters.

Gold and predictions spell the same thing differently ("Al-Eis" / "Al Eis", "Hay'at" / "Hayat",
"Bogotá" / "BOGOTA"); the scoring rules say names are compared "after normalisation", so the one
definition lives here and both sides of every comparison go through it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_APOSTROPHES = re.compile(r"['’‘ʼʻ`´]")
_NON_WORD = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """Case-folded, accent-free, punctuation-free form of a name, without a leading "the".

    Apostrophes vanish ("Hay'at" → "hayat") while other punctuation becomes a space ("Al-Eis" →
    "al eis"), so transliteration variants meet. Only "the" is dropped as a leading article:
    "Al-Eis" keeps its "al", which is part of the place name.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


#: A disambiguator written after a name: "Kostiantynivka (Sumy Oblast)", "Sinjar (town)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")


def name_keys(names: Iterable[str | None]) -> frozenset[str]:
    """The set of non-empty normalised forms of ``names`` (None and blanks are skipped), each
    also without a disambiguator in brackets after it: "Kostiantynivka (Sumy Oblast)" is named
    "Kostiantynivka" (which of the namesakes is meant is told by its QID, when it has one)."""
    forms = [n for n in names if n]
    forms += [_QUALIFIER.sub("", n) for n in forms if _QUALIFIER.search(n)]
    return frozenset(k for k in (normalise(n) for n in forms) if k)
