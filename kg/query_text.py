"""Cheap lexical facts about a SPARQL request, read before anything reaches the engine.

Shared by the stores (:mod:`kg.store`: whether a query names its own dataset with FROM, which
decides if the default graph is the union of the graphs) and the HTTP service (:mod:`kg.web`:
the SERVICE/LOAD guard, the query form, the update dataset), so both decide alike.

pyoxigraph executes ``SERVICE`` clauses with its own HTTP client and cannot be told not to, so
federation must be refused before a query is run. Stripping comments, string literals and IRIs
first means the keywords are only found where they are keywords (not inside ``"SERVICE"``, a
comment, ``<http://x/SERVICE>``, ``?service`` or ``ex:SERVICE``).

The IRI rule is SPARQL's IRIREF exactly: any character but ``<>"{}|^`\\`` and U+0000–U+0020,
plus ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes, which the engine decodes inside IRIs. A narrower
rule is a bypass: an IRI the engine accepts but this scanner does not take as one (an escape,
or a no-break space, which IRIs may hold) leaves a ``#`` inside it to be read as a comment, and
that blanks the ``SERVICE`` after it on the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LEXICAL_NOISE = re.compile(
    r"""
      \\.                                         # an escape (ex:a\#b, ex:a\'b): not a comment
    | \#[^\n\r]*                                   # comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''                # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'                        # short strings
    | "(?:[^"\\\n\r]|\\.)*"
    | <(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>  # IRIs (see below)
    """,
    re.VERBOSE,
)
_KEYWORD = r"(?<![?$:\w-]){}(?![\w:-])"
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")


#: every keyword a query request is checked for, found in one pass (see :func:`query_facts`)
_FACTS = re.compile(_KEYWORD.format("(" + "|".join((*_FORMS, "SERVICE", "FROM")) + ")"),
                    re.IGNORECASE)


@dataclass(frozen=True)
class QueryFacts:
    """What the query endpoint needs to know of a query text before running it."""

    form: str | None  # SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword
    service: bool  # a SERVICE keyword: refused or evaluated by kg.web.federation
    from_clause: bool  # FROM / FROM NAMED: the query names its own dataset


def query_facts(text: str) -> QueryFacts:
    """The form, SERVICE and FROM facts of :func:`query_form` and :func:`has_keyword` from one
    blanking pass and one keyword scan: the three separate scans cost ~4× as much, and every
    ``/sparql`` request needs all three (bench/results/overhead.md)."""
    form: str | None = None
    service = from_clause = False
    for m in _FACTS.finditer(strip_noise(text)):
        word = m.group(1).upper()
        if word == "SERVICE":
            service = True
        elif word == "FROM":
            from_clause = True
        elif form is None:
            form = word
    return QueryFacts(form, service, from_clause)


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


def keyword_pattern(keyword: str) -> re.Pattern[str]:
    """The keyword where it is one (not inside ``?keyword``, ``ex:keyword`` or a longer name),
    case-insensitively; to be searched in :func:`blanked` text."""
    return re.compile(_KEYWORD.format(keyword), re.IGNORECASE)


def blanked(text: str) -> str:
    """Like :func:`strip_noise`, but each character of noise becomes a space, so positions in
    the result are positions in ``text``."""
    return _LEXICAL_NOISE.sub(lambda m: " " * len(m.group(0)), text)


def with_update_dataset(text: str, using: list[str], using_named: list[str]) -> str:
    """The update with the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` written in
    as ``USING <g>`` / ``USING NAMED <g>`` clauses before the WHERE of every DELETE/INSERT …
    WHERE operation (SPARQL 1.1 Protocol §2.2.3; Update §3.1.3 — DELETE WHERE and the data
    operations take no dataset). Raises ValueError when the update names its own dataset with
    USING, USING NAMED or WITH, which the protocol forbids to combine with the parameters."""
    bare = blanked(text)
    for keyword in ("USING", "WITH"):
        if re.search(_KEYWORD.format(keyword), bare, re.IGNORECASE):
            raise ValueError(f"the update has its own {keyword} clause; it cannot be combined "
                             f"with using-graph-uri / using-named-graph-uri")
    clauses = "".join(f"USING <{g}> " for g in using) + "".join(
        f"USING NAMED <{g}> " for g in using_named)
    out: list[str] = []
    last = 0
    for m in re.finditer(_KEYWORD.format("WHERE"), bare, re.IGNORECASE):
        depth = bare.count("{", 0, m.start()) - bare.count("}", 0, m.start())
        before = bare[:m.start()].rstrip()
        if depth != 0 or re.search(r"(?<![?$:\w-])DELETE$", before, re.IGNORECASE):
            continue  # a sub-SELECT's WHERE, or the DELETE WHERE shorthand
        out.append(text[last:m.start()])
        out.append(clauses)
        last = m.start()
    out.append(text[last:])
    return "".join(out)
