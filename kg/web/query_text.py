"""Cheap lexical facts about a SPARQL request, read before anything reaches the engine.

pyoxigraph executes ``SERVICE`` clauses with its own HTTP client and cannot be told not to, so
federation must be refused before a query is run. Stripping comments, string literals and IRIs
first means the keywords are only found where they are keywords (not inside ``"SERVICE"``, a
comment, ``<http://x/SERVICE>``, ``?service`` or ``ex:SERVICE``).
"""

from __future__ import annotations

import re

_LEXICAL_NOISE = re.compile(
    r"""
      \\.                                         # an escape (ex:a\#b, ex:a\'b): not a comment
    | \#[^\n\r]*                                   # comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''                # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'                        # short strings
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>"{}|^`\\\s]*>                           # IRIs
    """,
    re.VERBOSE,
)
_KEYWORD = r"(?<![?$:\w-]){}(?![\w:-])"
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")


def strip_noise(text: str) -> str:
    """The query with comments, strings and IRIs blanked (keywords survive)."""
    return _LEXICAL_NOISE.sub(" ", text)


def has_keyword(text: str, keyword: str) -> bool:
    return re.search(_KEYWORD.format(keyword), strip_noise(text), re.IGNORECASE) is not None


def query_form(text: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword after the prologue."""
    bare = strip_noise(text)
    found = [(m.start(), form) for form in _FORMS
             for m in [re.search(_KEYWORD.format(form), bare, re.IGNORECASE)] if m]
    return min(found)[1] if found else None
