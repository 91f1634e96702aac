"""Name normalisation shared by the build (index keys) and the lookup (queries).

Both sides must use the same function, otherwise "Idlib Governorate" in the data and
"the province of Idlib" in an article would never meet. The rules are deliberately
simple and symmetric: anything folded on one side is folded the same way on the other.
"""

from __future__ import annotations

import re
import unicodedata

_SUFFIX_DESIGNATORS = (
    "province", "governorate", "state", "region", "department", "district", "oblast",
    "prefecture", "county", "municipality", "canton", "muhafazah", "countryside", "division",
    "territory", "krai", "provincia", "departamento", "wilayah", "vilayet",
)
_PREFIX_DESIGNATORS = (
    "province of", "governorate of", "state of", "region of", "department of", "district of",
    "oblast of", "prefecture of", "county of", "municipality of", "canton of", "departamento de",
    "provincia de", "departement de", "wilayat", "muhafazat", "countryside of",
)
# Arabic definite-article spellings in Latin transliteration ("Ar Raqqah", "as-Suwayda",
# "ad Dana", "El Bab"). Folding them to "al" makes the spellings meet.
_AR_ARTICLES = frozenset({
    "al", "el", "ar", "er", "as", "es", "ash", "esh", "at", "et", "ath", "ad", "ed", "adh",
    "az", "ez", "an", "en", "ul",
})
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None, "ٱ": "ا"})
_DROP = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`'\"´ʿʾ]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    """Drop combining marks (Latin accents and Arabic harakat alike) after NFKD."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Case-fold, strip accents/diacritics and punctuation, drop a leading "the".

    Apostrophes and ayn/hamza marks are removed without a space ("Dar`a" → "dara") because
    transliterations disagree on them; hyphens and other punctuation become spaces.
    """
    t = strip_accents(text).translate(_ARABIC_FOLD).casefold()
    t = _DROP.sub("", t)
    t = _PUNCT.sub(" ", t).replace("_", " ")
    t = _SPACES.sub(" ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def fold_articles(key: str) -> str:
    """Fold Arabic article variants of a normalised key to "al" ("ar raqqah" → "al raqqah")."""
    tokens = key.split(" ")
    if len(tokens) < 2:
        return key
    out = ["al" if tok in _AR_ARTICLES and i < len(tokens) - 1 else tok
           for i, tok in enumerate(tokens)]
    return " ".join(out)


def drop_article(key: str) -> str:
    """Remove a leading Arabic article ("al raqqah" → "raqqah"); used as a weaker key."""
    tokens = fold_articles(key).split(" ")
    if len(tokens) >= 2 and tokens[0] == "al":
        return " ".join(tokens[1:])
    return key


def split_designator(key: str) -> tuple[str, bool]:
    """Strip an administrative designator from a normalised key.

    Returns ``(core, had_designator)``: "idlib province" → ("idlib", True),
    "province of idlib" → ("idlib", True), "aleppo" → ("aleppo", False). A bare designator
    ("province") is returned unchanged so that it never matches a place.
    """
    for pre in _PREFIX_DESIGNATORS:
        if key.startswith(pre + " ") and len(key) > len(pre) + 1:
            return key[len(pre) + 1:].strip(), True
    for suf in _SUFFIX_DESIGNATORS:
        if key.endswith(" " + suf) and len(key) > len(suf) + 1:
            return key[: -len(suf) - 1].strip(), True
    return key, False


def keys_for(name: str) -> list[str]:
    """All index keys for one surface name, strongest first (exact, article-folded, bare)."""
    base = normalize(name)
    if not base:
        return []
    out = [base]
    for k in (fold_articles(base), drop_article(base)):
        if k and k not in out:
            out.append(k)
    return out


def is_arabic(text: str) -> bool:
    """True when the string is mostly Arabic script (used to sort names into en/ar)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    return arabic * 2 > len(letters)


def has_letters(text: str) -> bool:
    """Reject flag emoji and bare codes that carry no letters (PeriodO lists 🇸🇾 as a name)."""
    return any(ch.isalpha() for ch in text)
