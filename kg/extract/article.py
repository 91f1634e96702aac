"""Article inputs: plain text with optional metadata header, or JSON / JSON Lines objects.

A scraped ``.txt`` often starts with a header such as ``date 2020-02-10 By By Ken Hanly 1 hour
ago in World`` glued to the first sentence; its date and author are read and the header is
blanked (not removed) so that every character offset still points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from kg.errors import InputError
from kg.extract.normalize import PAGE_DATE_LABEL, TIME_STAMP_OPENING
from kg.facts import default_article_id

MAX_ARTICLE_CHARS = 2_000_000  # ~2 MB of text: beyond this an input is not one news article

_HEADER = re.compile(
    r"""^\s*(?:date\s+)?(?P<date>\d{4}-\d{2}-\d{2})\s+
        (?:By\s+)+(?P<author>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+
        (?:\d+\s+(?:minute|hour|day|week)s?\s+ago\s+)?
        (?:in\s+(?P<section>[A-Z][\w&-]*)\s+)?""",
    re.VERBOSE,
)
# "SAN SALVADOR, 12 JAN 90 (RADIO CADENA YSU) --", "KABUL, Afghanistan (Reuters) -",
# "PESHAWAR, Pakistan/KABUL, Oct 13 (Reuters) -" (filed from two cities: the first is the place),
# "BEIRUT (AP) —", "DAMASCUS, Feb 10 (Reuters) -", "Maputo, 7 Nov (AIM) –": wire-service
# datelines
_DATELINE = re.compile(
    r"""^\s*(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'-]{2,40}?
                |[A-ZÀ-Þ][a-zß-ÿ]+(?:-[a-zß-ÿ]+)*(?:-[A-ZÀ-Þ][a-zß-ÿ]+)*
                 (?:[^\S\n][A-ZÀ-Þ][a-zß-ÿ]+){0,2})
        (?:,\s*(?P<region>[A-Z][A-Za-z .]{2,30}?))??
        (?:\s*/\s*[A-Z][A-Z .'-]{2,30}?(?:,\s*[A-Z][A-Za-z .]{2,30}?)?)?  # "/KABUL": a second
        (?:,\s*(?P<date>\d{1,2}\s[A-Z]{3}\s\d{2,4}|[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,?\s\d{4})?
                        |NO\sDATE|\d{1,2}\s[A-Z][a-z]{2,8}\.?(?:,?\s\d{4})?))?
        \s*\((?P<source>[^()]{2,60})\)
        # (a dash ends it, after a stop in EFE's form: "Quito, Mar 11 (EFE).- The bodies …";
        # with a date, so may a space: "Srinagar, Jun 26 (PTI) A militant …")
        (?:\.?\s*(?:--|—|–|-)\s*|(?<=\)):[^\S\n]+|(?<=\))(?(date)[^\S\n]+(?=[A-Z"“])|(?!)))
        """,
    re.VERBOSE | re.MULTILINE,
)
# "Beni (DR Congo) (AFP) -", "Douma (Syria) (AFP) -": AFP's form, the country in brackets
_BRACKET_REGION_DATELINE = re.compile(
    r"""^\s*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[^\S\n][A-ZÀ-Þ][\w'’-]+){0,2})
        \s*\((?P<region>[A-ZÀ-Þ][\w .'’-]{1,30})\)(?P<date>)
        \s*\((?P<source>[^()]{2,40})\)\s*(?:--|—|–|-)\s*""",
    re.VERBOSE | re.MULTILINE,
)
# "January 13, 2026 (KADUGLI) –": Sudan Tribune's form, the date first and the place in brackets
_DATE_FIRST_DATELINE = re.compile(
    r"""^\s*(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})
        \s*\((?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'-]{2,30})\)(?P<region>)\s*(?:--|—|–|-)\s*""",
    re.VERBOSE | re.MULTILINE,
)
# "MOGADISHU, Somalia —", "BAMAKO, Mali —": the same without the agency, as some sites print
# it; then the place must be in capitals and a dash (not a hyphen) must end it
_BARE_DATELINE = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z.'-]{2,30}(?:\s[A-Z][A-Z.'-]{1,30}){0,2})
        (?:,\s*(?P<region>[A-Z][A-Za-z .]{2,30}?))??
        (?:,\s*(?P<date>\d{1,2}\s[A-Z]{3}\s\d{2,4}|[A-Z][a-z]{2,8}\.?\s\d{1,2}))?
        \s+(?:--|—|–)\s*""",
    re.VERBOSE | re.MULTILINE,
)
# "MOGADISHU, Somalia - At least five soldiers …": a hyphen ends it only after a capitals place
# and its country or region
_BARE_DATELINE_HYPHEN = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z.'-]{2,30}(?:\s[A-Z][A-Z.'-]{1,30}){0,2})
        ,\s*(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?P<date>)
        \s+-\s+(?=[A-Z0-9"“])""",
    re.VERBOSE | re.MULTILINE,
)
# "KATHMANDU, May 7 -" (The Kathmandu Post's form): a capitals place and the day, a hyphen
_DATED_DATELINE_HYPHEN = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z.'-]{2,30}(?:\s[A-Z][A-Z.'-]{1,30}){0,2})(?P<region>)
        ,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8}\.?)
        \s+-(?:[^\S\n]+(?=[A-Z0-9"“])|[^\S\n]*\n)""",
    re.VERBOSE | re.MULTILINE,
)
# "BACOLOD CITY - Three members of …" (the Philippine News Agency's form): a hyphen alone ends
# a place in capitals that opens the story's first paragraph, a city named with its word
_CITY_DATELINE_HYPHEN = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Z.'-]{2,30}(?:\s[A-Z][A-Z.'-]{1,30}){0,1}\sCITY)(?P<region>)(?P<date>)
        \s+-\s+(?=[A-Z0-9"“])""",
    re.VERBOSE | re.MULTILINE,
)
# "QUETTA: A Levies official was martyred …", "RAIPUR: Maoists killed …": South Asian papers'
# dateline, a place in capitals and a colon (not a label: "BREAKING:", "UPDATE:")
_COLON_DATELINE = re.compile(
    r"""^\s*(?!(?:BREAKING|UPDATE|UPDATED|WATCH|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|LIVE|
        VIDEO|PHOTOS|READ|ALSO|NOTE|EDITOR|CORRECTION|FACTBOX|EXPLAINER|TIMELINE)\b)
        (?P<place>[A-Z][A-Z.'-]{2,30}(?:\s[A-Z][A-Z.'-]{1,30}){0,2})(?P<region>)(?P<date>)
        :[^\S\n]+(?=[A-Z0-9"“])""",
    re.VERBOSE | re.MULTILINE,
)
# "Addis Abeba, June 24/2021 - The number of …" (Addis Standard's form), "Bangui, 29 August 2017
# - At least 22 …": a place in any case, the full date with its year (what a story's sentence
# never opens with) and a dash
_FULL_DATE_DATELINE = re.compile(
    r"""^[^\S\n]*(?P<place>[A-ZÀ-Þ][\w'’-]+(?:[^\S\n][A-ZÀ-Þ][\w'’-]+){0,2})(?P<region>)
        ,[^\S\n]*(?P<date>[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2}(?:/|,[^\S\n]*)\d{4}
                       |\d{1,2}[^\S\n][A-Z][a-z]{2,8}\.?,?[^\S\n]\d{4})
        [^\S\n]*(?:--|—|–|-)[^\S\n]+(?=[A-Z0-9"“])""",
    re.VERBOSE | re.MULTILINE,
)
# "(Nairobi, March 26, 2025) – Pro-government militiamen …" (Human Rights Watch's and some UN
# agencies' form): the place and the full date in brackets, then a dash
_BRACKETED_DATELINE = re.compile(
    r"""^[^\S\n]*\((?P<place>[A-ZÀ-Þ][\w'’-]+(?:[^\S\n][A-ZÀ-Þ][\w'’-]+){0,2})(?P<region>)
        ,[^\S\n]*(?P<date>[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2},[^\S\n]*\d{4})\)
        [^\S\n]*(?:--|—|–|-)[^\S\n]*(?=[A-Z0-9"“])""",
    re.VERBOSE | re.MULTILINE,
)
# "RAIPUR (Chhattisgarh), APRIL 27, 2023" on a line of its own (Indian papers' print form):
# a capitals place, its state in brackets and the full date, nothing after it on the line
_LINE_DATELINE = re.compile(
    r"""^[^\S\n]*(?P<place>[A-Z][A-Z.'-]{2,30}(?:[^\S\n][A-Z][A-Z.'-]{1,30}){0,2})
        (?:[^\S\n]*\((?P<region>[A-Z][\w .'’-]{1,30})\))?
        ,[^\S\n]*(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?[^\S\n]\d{1,2},?[^\S\n]\d{4})
        [^\S\n]*$""",
    re.VERBOSE | re.MULTILINE,
)
_MONTHS3 = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
                                        "SEP", "OCT", "NOV", "DEC"), start=1)}
_HTML = re.compile(r"<\s*(html|body|div|p|script|head|span|article)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class ArticleInput:
    """One article as read: ``text`` is exactly what offsets refer to."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None
    body_start: int = 0  # where the article body starts (after a metadata header)
    dateline: str | None = None  # the place a wire dateline names ("SAN SALVADOR")
    # the region or country it names after the place ("NUR SHAMS REFUGEE CAMP, West Bank")
    dateline_region: str | None = None

    def digest(self) -> str:
        """SHA-256 of the article as submitted (text and metadata, canonical JSON): the
        checksum its facts are derived from, so an unchanged article is never re-extracted."""
        import hashlib
        import json

        doc = {"text": self.text, "id": self.id, "title": self.title, "url": self.url,
               "source": self.source, "author": self.author, "language": self.language,
               "published": self.published.isoformat() if self.published else None}
        canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _date(value: object, what: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        m = re.match(r"^(\d{4}-\d{2}-\d{2})", value.strip())
        if m:
            try:
                return date.fromisoformat(m.group(1))
            except ValueError:
                pass
    raise InputError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)")


def strip_html(text: str) -> str:
    """Markup → text with the same length (tags and entities blanked), so offsets stay valid."""
    import html

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group(0))

    out = re.sub(r"<(script|style)\b.*?</\1\s*>", blank, text, flags=re.IGNORECASE | re.DOTALL)
    out = re.sub(r"<[^>]{0,2000}>", blank, out)

    def entity(m: re.Match[str]) -> str:
        char = html.unescape(m.group(0))
        return char + " " * (len(m.group(0)) - len(char)) if len(char) == 1 else m.group(0)

    return re.sub(r"&#?\w{1,10};", entity, out)


def from_text(text: str, **meta: object) -> ArticleInput:
    """An article from raw text plus optional metadata (flags or JSON fields)."""
    if not text.strip():
        raise InputError("the article text is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"the article has {len(text):,} characters, over the limit of "
                         f"{MAX_ARTICLE_CHARS:,} for one article")
    if _HTML.search(text[:5000]):
        text = strip_html(text)
    published = _date(meta.get("published"), "published")
    author = meta.get("author")
    body_start = 0
    m = _HEADER.match(text)
    dateline = region = None
    if m:
        published = published or date.fromisoformat(m.group("date"))
        author = author or m.group("author")
        body_start = m.end()
    else:
        d = _dateline(text)
        if d:
            # (filed from outside a town: "NEAR MOSUL, Iraq, Oct 24 (Reuters) -" is Mosul)
            dateline = re.sub(r"^(?:NEAR|OUTSIDE|Near|Outside)\s+", "",
                              " ".join(d.group("place").split()))
            if "region" in d.re.groupindex and d.group("region"):
                region = " ".join(d.group("region").split())
            published = published or _dateline_date(d.group("date"))
    art = ArticleInput(
        text=text,
        id=str(meta["id"]) if meta.get("id") else None,
        title=_opt(meta.get("title")), url=_opt(meta.get("url") or meta.get("url_or_origin")),
        source=_opt(meta.get("source")), author=_opt(author), published=published,
        language=_opt(meta.get("language")), body_start=body_start, dateline=dateline,
        dateline_region=region,
    )
    return art if art.id else replace(art, id=default_article_id(text))


def _dateline(text: str) -> re.Match[str] | None:
    """The wire dateline opening the story: at the very start, or opening one of the first
    lines after a headline ("Islamist militants kill 12 soldiers\n\nOUAGADOUGOU (Reuters) -")."""
    for at in (0, *(brk.end() for brk in re.finditer(r"\n", text[:_DATELINE_WITHIN]))):
        line = text
        if (stamp := TIME_STAMP_OPENING.match(text, at)) is not None \
                and _FIGURES_DATE.search(stamp.group(0)):
            # "By Ma'an staff21/07/2014 - 10:42GAZA CITY (Ma'an) --": the page's byline and
            # stamp glued before the dateline (read as if it opened the text: only its groups
            # are used)
            line, at = text[stamp.end():], 0
        d = _dateline_at(line, at)
        if d is None and line is text:
            end = text.find("\n", at)
            label = PAGE_DATE_LABEL.search(text, at, end if end >= 0 else len(text))
            if label is not None:
                # "Rappler Mindanao Bureau | Published 9:30 AM, December 18, 2017MARAWI CITY,
                # Philippines – Hundreds of residents …": the page's byline and date glued
                # before the dateline (read as if it opened the text: only its groups are used)
                d = _dateline_at(text[label.end():], 0)
        if d:
            return d
    return None


def _dateline_at(line: str, at: int) -> re.Match[str] | None:
    """A dateline of any of the forms above opening ``line`` at ``at``."""
    return _DATELINE.match(line, at) or _BRACKET_REGION_DATELINE.match(line, at) \
        or _DATE_FIRST_DATELINE.match(line, at) or _BARE_DATELINE.match(line, at) \
        or _BARE_DATELINE_HYPHEN.match(line, at) or _CITY_DATELINE_HYPHEN.match(line, at) \
        or _DATED_DATELINE_HYPHEN.match(line, at) or _LINE_DATELINE.match(line, at) \
        or _COLON_DATELINE.match(line, at) or _FULL_DATE_DATELINE.match(line, at) \
        or _BRACKETED_DATELINE.match(line, at)


#: A day in figures: "21/07/2014", "01.03.2024" (a stamp glued before a dateline; with a month
#: named, "Oct. 14, 2019 5 AM PTMEXICO CITY —", the stamp is left to the header's reading).
_FIGURES_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}")


#: How far into the text a dateline may open a line (after a headline and a subtitle).
_DATELINE_WITHIN = 600


def _dateline_date(text: str | None) -> date | None:
    """'12 JAN 90' → 1990-01-12 (two-digit years: 50–99 are 19xx)."""
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})\s([A-Z]{3})\s(\d{2,4})", text.strip())
    if not m or m.group(2) not in _MONTHS3:
        return None
    year = int(m.group(3))
    year += 1900 if year >= 50 and year < 100 else 2000 if year < 50 else 0
    try:
        return date(year, _MONTHS3[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def from_json(doc: object) -> ArticleInput:
    if not isinstance(doc, dict):
        raise InputError("an article JSON value must be an object with a 'text' field")
    text = doc.get("text")
    if not isinstance(text, str):
        raise InputError("the article has no 'text' string")
    return from_text(text, **{k: v for k, v in doc.items() if k != "text"})
