"""Whole-word search of a literal name, without compiling a regular expression per name.

The extractor looks up names that only exist at run time: every spelling of every place an
article names (:func:`kg.extract.pipeline._propagate_places`), the words of one victim phrase
inside another. Written as ``re.finditer(rf"(?<!\\w){re.escape(name)}(?!\\w)", text, re.I)``
each new name is compiled (about 0.2 ms), and a thousand new names per hundred articles also
pushed the extractor's own patterns out of ``re``'s 512-entry cache, so those were compiled
again too (a profile of 100 articles: 2,167 compilations, 0.4 s of 12.8 s). ``str.find`` on a
case-folded copy of the text finds the same matches.

Equivalence with the regular expression, case-insensitively: for a name in ASCII, a character
of the text matches a character of the name under ``re.IGNORECASE`` when both lower-case to the
same ASCII character, or when the text's is one of the four non-ASCII characters ``re`` also
equates with an ASCII letter (İ ı → i, ſ → s, the Kelvin sign → k). :func:`fold` maps those
four and lower-cases the rest; no other character changes length when lower-cased (U+0130,
İ, is the only one in Unicode, and it is mapped first), so positions in the folded text are
positions in the text. Names with other non-ASCII characters keep the regular expression.
``\\w`` is ``str.isalnum()`` or ``_``, as in ``re`` for ``str`` patterns.
tests/test_whole_words.py compares both on the eval corpora's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: The non-ASCII characters ``re.IGNORECASE`` matches with an ASCII letter.
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` case-folded as :func:`find` compares it, one character for one."""
    return text.translate(_TO_ASCII).lower()


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def find(text: str, name: str, *, ignore_case: bool = False,
         folded: str | None = None) -> Iterator[tuple[int, int]]:
    """The (start, end) of each occurrence of ``name`` in ``text`` not inside a longer word,
    left to right and not overlapping: the spans of ``re.finditer(rf"(?<!\\w){re.escape(name)}
    (?!\\w)", text)`` (with ``re.IGNORECASE`` when ``ignore_case``). ``folded`` is
    ``fold(text)`` when the caller searches one text for many names."""
    if not name:
        yield from (m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    if ignore_case:
        if not name.isascii():
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
            yield from (m.span() for m in pattern.finditer(text))
            return
        haystack, needle = (fold(text) if folded is None else folded), name.lower()
    else:
        haystack, needle = text, name
    size, end_of_text = len(needle), len(text)
    at = haystack.find(needle)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(text[at - 1])) and (
                end == end_of_text or not _word_char(text[end])):
            yield at, end
            at = haystack.find(needle, end)
        else:
            at = haystack.find(needle, at + 1)


def contains(text: str, name: str) -> bool:
    """Whether ``name`` is in ``text`` as whole words (case-sensitively)."""
    return next(find(text, name), None) is not None
