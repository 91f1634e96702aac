"""A faster spaCy pipeline giving exactly the stock one's annotations: its matrix products on
numpy's BLAS, and faster stand-ins for two rule-based components.

thinc's CPU backend multiplies matrices with the BLIS library it bundles; the same products
on the OpenBLAS that numpy ships (``NumpyOps(use_blis=False)``, which thinc offers for this)
ran ``en_core_web_sm`` 1.5× as fast on our 2-core machine (bench/extract_speed.py), with the
same tags, parses, entities and lemmas on every one of 702k tokens of the eval corpora
(tests/test_extract_batch.py compares a sample). OpenBLAS is held to one thread: ``kg extract
-j N`` runs one worker process per core, and OpenBLAS threads in each of them fought over the
cores (``-j 2`` 1.2× slower with them), while one process gained ~3 % from a second thread.

Profiling ``kg extract`` (bench/extract-results.md) also found two of ``en_core_web_sm``'s
rule-based components costing more than the rules of the extractor itself:

* the **lemmatizer** tests candidate forms with ``form in index`` where the index of known
  words is a *list* (57k nouns), and caches only the words it runs its suffix rules on;
* the **attribute ruler** (tag map and morphology exceptions: POS, MORPH, some lemmas) runs a
  general token ``Matcher`` with 179 patterns over every token, though all but a handful look
  at one token's tag, lower-case form, dependency label and whitespace-ness.

Both are fixed here without touching what they compute: the lemma index becomes a set and
lemmas are remembered by everything they depend on; single-token attribute patterns are
evaluated once per distinct (tag, lower, dep, is-space) combination with the Matcher's own
comparison rules, and any pattern outside that simple form stays with a spaCy ``Matcher``.
tests/test_extract_batch.py checks both against the stock components.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from thinc.api import get_current_ops, use_ops
from threadpoolctl import threadpool_limits

#: Entries kept by each memo before it is emptied (a long-running server sees an open
#: vocabulary).
MEMO_SIZE = 200_000
#: The memos of this process's pipeline by name, for :func:`memo_sizes` (the memory log).
_MEMOS: dict[str, dict[Any, Any]] = {}


def memo_sizes() -> dict[str, int]:
    """Entries in each memo now (each is emptied when it reaches MEMO_SIZE)."""
    return {name: len(memo) for name, memo in _MEMOS.items()}


def load_on_numpy_blas(load: Callable[[], Any]) -> Any:
    """``load()``'s spaCy pipeline with every thinc model multiplying matrices with numpy's
    BLAS, not thinc's bundled BLIS; from now on that BLAS runs on one thread in this process.
    (Loading under thinc's ``use_ops`` builds most layers so; the output layers the parser
    and the entity recognizer size while they load keep thinc's default, and are moved.)"""
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = load()
        ops = get_current_ops()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp


def speed_up(nlp: Any) -> Any:
    """``nlp`` with both stand-ins installed (where its components are the expected ones)."""
    _memoize_lemmas(nlp)
    _fast_attribute_ruler(nlp)
    return nlp


def _memoize_lemmas(nlp: Any) -> None:
    """A set for the lemma index (same membership), and every rule lemmatizer answer kept
    under the token's text, coarse POS and morphology: all it depends on besides the fixed
    tables. spaCy's own cache skips base forms (~70 % of the tokens of news)."""
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
    except KeyError:
        return
    if getattr(lemmatizer, "mode", None) != "rule":
        return
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])
    compute = lemmatizer.rule_lemmatize
    memo: dict[tuple[int, int, int], list[str]] = {}
    _MEMOS["lemmas"] = memo

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            found = memo[key] = compute(token)
        return found

    lemmatizer.lemmatize = lemmatize  # Lemmatizer.__call__ calls self.lemmatize(token)


# the token attributes a simple pattern may test, in signature order
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Test = tuple[str, int, Any]  # (operator, field position, operand)


def _compile(spec: dict[str, Any], strings: Any) -> list[Test] | None:
    """A one-token pattern as tests on a signature, with the Matcher's semantics: a string is
    compared by its hash (``''`` is 0, "unset"), a bool as 0/1, ``IN``/``NOT_IN`` by hash
    membership, ``REGEX`` searched in the attribute's string. None: not a simple pattern."""
    from spacy.strings import get_string_id

    tests: list[Test] = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else None
        if name not in _FIELDS:
            return None
        pos = _FIELDS.index(name)
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append(("==", pos, int(value)))
        elif isinstance(value, str):
            tests.append(("==", pos, strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(
                    isinstance(v, str) for v in arg):
                tests.append((op, pos, frozenset(get_string_id(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append((op, pos, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tests


def _passes(tests: list[Test], sig: tuple[int, ...], strings: Any) -> bool:
    for op, pos, operand in tests:
        value = sig[pos]
        if op == "==":
            ok = value == operand
        elif op == "IN":
            ok = value in operand
        elif op == "NOT_IN":
            ok = value not in operand
        else:  # REGEX
            ok = bool(operand.search(strings[value]))
        if not ok:
            return False
    return True


def _fast_attribute_ruler(nlp: Any) -> None:
    """Replace the attribute ruler's ``match`` (its ``set_annotations`` is kept) by one that
    returns the same sorted ``(attr_id, match_id, start, end)`` list."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
    from spacy.matcher import Matcher
    from spacy.tokens._retokenize import set_token_attrs

    try:
        ruler = nlp.get_pipe("attribute_ruler")
    except KeyError:
        return
    if not hasattr(ruler, "matcher") or not hasattr(ruler, "patterns"):
        return
    strings = nlp.vocab.strings
    compiled: list[tuple[int, list[Test]]] = []
    residual = Matcher(nlp.vocab)
    n_residual = 0
    for attr_id, entry in enumerate(ruler.patterns):
        rest = []
        for pattern in entry["patterns"]:
            tests = _compile(pattern[0], strings) if len(pattern) == 1 else None
            if tests is None:
                rest.append(pattern)
            else:
                compiled.append((attr_id, tests))
        if rest:
            residual.add(str(attr_id), rest)
            n_residual += 1
    keys = {attr_id: strings.add(str(attr_id)) for attr_id in range(len(ruler.patterns))}
    # candidates by the tag or the lower-case form a pattern requires; the others always
    by_tag: dict[int, list[tuple[int, list[Test]]]] = {}
    by_lower: dict[int, list[tuple[int, list[Test]]]] = {}
    anyway: list[tuple[int, list[Test]]] = []
    for attr_id, tests in compiled:
        tag = next((t[2] for t in tests if t[0] == "==" and t[1] == 0), None)
        lower = next((t[2] for t in tests if t[0] == "==" and t[1] == 1), None)
        if tag is not None:
            by_tag.setdefault(tag, []).append((attr_id, tests))
        elif lower is not None:
            by_lower.setdefault(lower, []).append((attr_id, tests))
        else:
            anyway.append((attr_id, tests))
    memo: dict[tuple[int, ...], tuple[int, ...]] = {}
    _MEMOS["attribute_rules"] = memo
    attrs = [TAG, LOWER, DEP, IS_SPACE]

    def rules_for(sig: tuple[int, ...]) -> tuple[int, ...]:
        found = memo.get(sig)
        if found is None:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            cands = by_tag.get(sig[0], []) + by_lower.get(sig[1], []) + anyway
            found = memo[sig] = tuple(sorted({a for a, tests in cands
                                               if _passes(tests, sig, strings)}))
        return found

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        out: set[tuple[int, int, int, int]] = set()
        for i, sig in enumerate(map(tuple, doc.to_array(attrs).tolist())):
            for attr_id in rules_for(sig):
                out.add((attr_id, keys[attr_id], i, i + 1))
        if n_residual:
            for m_id, start, end in residual(doc, allow_missing=True, as_spans=False):
                out.add((int(strings[m_id]), m_id, start, end))
        return sorted(out)

    stock_set = ruler.set_annotations
    rule_attrs, indices = ruler.attrs, ruler.indices

    def set_annotations(doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        """The stock loop without a Span per match: the same tokens set in the same order."""
        targets = []
        for attr_id, _m_id, start, end in matches:
            index = indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                stock_set(doc, matches)  # it raises spaCy's own error for this rule
                return
            targets.append((i, rule_attrs[attr_id]))
        for i, values in targets:
            set_token_attrs(doc[i], values)

    ruler.match = match  # AttributeRuler.__call__ calls self.match(doc) …
    ruler.set_annotations = set_annotations  # … and self.set_annotations(doc, matches)

