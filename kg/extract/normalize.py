"""Text clean-up that keeps every offset traceable to the original article.

Scraped news glues sentences together (``smaller.Syrian``, ``said."We``) and repeats whole
paragraphs. The NLP text is the original with the metadata header blanked, a space inserted at
each glued sentence boundary and a line break after a live page's entry heading glued to its
entry; :class:`OffsetMap` turns NLP offsets back into original ones.
Duplicate sentences are detected here so that a repeated paragraph yields one event with two
evidence spans rather than two events.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz

# ".X" / "?X" / '."X' with no space, where the left side ends a word of 3+ lowercase letters
# (so "U.S.A", "No.5", "e.g.X", "St.Petersburg" are left alone)
# A heading glued to the first sentence with no punctuation at all ("…in SyriaThe desert",
# "…Bomb SuspectA court has…"): four lowercase letters then a capital (so "McDonald",
# "JavaScript", "iPhone", "DeSantis" are left alone).
_GLUED = re.compile(r"(?<=[a-z]{3}[.!?])(?=[\"“‘']?[A-Z])|(?<=[a-z]{3}[.!?][”’])(?=[A-Z])"
                    # (a name's accented letters too: "Explosion in DuránIn Durán, an …")
                    r"|(?<=[a-zß-öø-ÿ]{4})(?=[A-Z])"
                    # (a short name before a count opening the lede: "By Our Reporter,
                    # JosNineteen people were killed …")
                    r"|(?<=[a-z]{2})(?=(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|"
                    r"Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|"
                    r"Twenty|Thirty|Forty|Fifty|Dozens|Scores|Hundreds)\b)")
_WS = re.compile(r"\s+")
_CAMEL_WORD = re.compile(r"\w*")
#: A line that is a subheading so far: two to ten words, no stop.
_HEADING_SO_FAR = re.compile(r"[^\S\n]*[^\W\d][^\n.!?:;,\"“”]*[^\S\n][^\n.!?:;,\"“”]*")
#: Lines of web page chrome, not of the story: links to other stories ("READ ALSO: …", "Read
#: more:" with the linked headline on the next line, "Most Read" with its list), tags, appeals,
#: captions' credits, sharing, cookie banners, breadcrumb trails.
_CHROME = re.compile(
    r"^[^\S\n]*(?:(?P<link>(?:read|see)\s+(?:also|more|next)|also\s+read|up\s+next|"
    r"you\s+may\s+(?:also\s+)?like(?:\s+these\s+stories)?|don['’]t\s+miss|related(?:\s+(?:stories|"
    r"articles|news|content|coverage|posts|reading|links|headlines))?|more\s+on\s+this(?:\s+story)?|recommended(?:\s+stories)?|"
    r"most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|latest\s+(?:news|stories)|"
    r"tags?|topics)"
    r"\b[^\S\n]*(?::|\||-|–|—|$)|(?:watch|listen|click\s+here|subscribe|sign\s+up|follow\s+us|"
    r"share\s+this|share\s+on\s+\w+|advertisement|(?:photo|image|video)(?:\s+caption)?)\b[^\S\n]*"
    r"(?::|\||-|–|—|$)"
    # a cookie banner; a breadcrumb trail ("Home > Libya > Security")
    r"|we\s+use\s+cookies\b|home\s*(?:>|›|»)[^\n]*(?:>|›|»)"
    # a skip link and the heading it names ("Skip next section Record drone attacks")
    r"|skip\s+(?:next\s+section|to\s+(?:main\s+)?content)\b"
    r"|support\s+[\w'’ ]{0,40}\bjournalism\b[^.\n]*$)(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE)
#: A clock time as live pages stamp their entries ("10:42", "2:15pm", "17.05"), and the time
#: zones after it.
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[^\S\n]*[ap]\.?m\.?)?"
#: A time of day after a date, a clock's or an hour's: " 08:12", " at 5 AM".
_AT_HOUR = rf"[^\S\n]+(?:at[^\S\n]+)?(?:{_CLOCK}|\d{{1,2}}[^\S\n]*[AaPp]\.?[Mm]\.?)"
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|EAT|WAT|CAT|IST|PKT|MSK|ET|EST|EDT|"
         r"local[^\S\n]+time)")
#: A live blog's time stamp opening an entry ("10:42 GMT - Two killed in Balata", "2:15pm:
#: …"): a clock time, never a count nor a name ("GMT - Settlers").
_STAMP = re.compile(
    rf"^[^\S\n]*{_CLOCK}(?:[^\S\n]*\(?{_ZONE}(?:[^\S\n]*[+-][^\S\n]*\d{{1,2}})?\)?"
    r"[^\S\n]*(?:[-–—|:][^\S\n]+)?|[^\S\n]*[-–—|:][^\S\n]+)(?=\S)",
    re.IGNORECASE | re.MULTILINE)
#: A live page's time stamp on a line of its own, over the entry's heading ("Posted at 16:10\n
#: Tear gas in Kinshasa", "17.05 BST\nUN rights office says …").
_STAMP_LINE = re.compile(
    rf"^[^\S\n]*(?:posted[^\S\n]+at[^\S\n]+)?{_CLOCK}(?:[^\S\n]*\(?{_ZONE}\)?)?"
    r"[^\S\n]*(?=\n[^\S\n]*(?-i:[A-Z\"'‘“]))",
    re.IGNORECASE | re.MULTILINE)
#: A photo's credit in brackets, wherever a caption leaves it ("(Photo: Jean-Robert Pierre/The
#: Haitian Times)On Friday, …", "(Photo by … via Getty Images)"): whose picture it is names no
#: party of the story.
_CREDIT = re.compile(r"[(\[][^\S\n]*(?:(?:file[^\S\n]+)?(?:photo|image|picture)s?|video|credit|"
                     r"courtesy)(?:[^\S\n]+credit)?(?:[^\S\n]*:|[^\S\n]+by[^\S\n])"
                     r"[^()\[\]\n]{1,100}[)\]]", re.IGNORECASE)
#: A photo's caption with its credit in square brackets, on a line of its own or glued to the
#: paragraph after it ("Smoke rises from the al-Dulaimi air base after an overnight air strike
#: in Sanaa [Omar Haidar/Al Jazeera]The coalition includes …"): what a picture shows, not the
#: story's telling.
_CAPTION_CREDITED = re.compile(r"^[^\n\[\]]{10,300}?\[[A-Z][^\[\]\n/]{1,60}/[^\[\]\n/]{2,60}\]"
                               r"(?=[A-Z\"“'‘]|[^\S\n]*$)", re.MULTILINE)
#: A credit naming photographer and agency in brackets, glued to the next sentence: "(Carlos
#: Medina / Associated Press)The state's governor …".
_NAMED_CREDIT = re.compile(r"\((?-i:[A-Z])[\w.'’-]+(?:[^\S\n]+(?-i:[A-Z])[\w.'’-]+){0,3}[^\S\n]*/"
                           r"[^\S\n]*(?-i:[A-Z])[\w.'’&-]+(?:[^\S\n]+[\w.'’&-]+){0,3}\)"
                           r"(?=[A-Z\"“'‘])")
#: A caption whose unbracketed credit is glued to the paragraph after it ("FLEEING. Residents of
#: Marawi ride a truck out of the city on May 24, 2017. Photo by Bobby Macarambon/RapplerOn
#: Wednesday, the Philippine Air Force …", "… Photo by Ronald Dorvil Estimé for The Haitian
#: TimesOn Wednesday afternoon, gunmen …"): the credit ends where a lower-case run meets the
#: capitalised first word of the story's sentence.
_CAPTION_PHOTO_BY = re.compile(r"^[^\S\n]*(?:[^\n]{0,300}?[.!?][^\S\n]+)?(?:Photo|Picture|Image)s?"
                               r"[^\S\n]+(?:by|:)[^\S\n]+[^\n]{2,80}?[a-z]{3}"
                               r"(?=[A-Z][a-z]+[^\S\n])", re.MULTILINE)
#: A page's time stamp opening a line, whoever it names first ("Lusa 10 Jun 2022, 09:15",
#: "Thu 03 Oct 2024 at 08:41", "Updated 22 April 2025 18:05", "May 7, 2014 5:58 am", a byline
#: glued on: "By Al Mayadeen English13 Nov 2024 09:25The Islamic Resistance …"): the
#: filing's, glued to the lede it would date the story's events ("… 09:15Club of
#: MozambiqueInsurgents beheaded three men … on Sunday afternoon").
TIME_STAMP_OPENING = re.compile(
    # (the parts may be set apart by bars: "Mizzima News | 8 November 2023 | 09:30People's …")
    # (a weekday may lead: "Wednesday, 03 August 2016 11:27US warplanes …")
    # (or after the outlet's bar: "Al-Wasat | Wednesday 15 April 2020 - 10:20TRIPOLI - …")
    # (the outlet's desk may sign it: "L'Orient Today staff | 24 October 2024 11:30BEIRUT -")
    r"^[^\S\n]*(?:[Bb]y[^\S\n]+)?(?:[A-Z][\w.&'’-]*(?:[^\S\n]+(?:[A-Z][\w.&'’-]*|staff|"
    r"reporters?|correspondents?|desk)){0,3},?[^\S\n]*"
    r"(?:\|[^\S\n]*)?)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?"
    r"(?<![\d])\d{1,2}[^\S\n]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?[^\S\n]+\d{4},?"
    rf"(?:[^\S\n]+|[^\S\n]*[|–-][^\S\n]*)(?:at[^\S\n]+)?{_CLOCK}"
    # (or month first, with the byline or the lede glued on: "May 7, 2014 5:58 amBy Musa
    # Danjuma, MAIDUGURI - Suspected …"; a line of its own is the header's date)
    r"|^[^\S\n]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?"
    rf"[^\S\n]+\d{{4}},?[^\S\n]+(?:at[^\S\n]+)?{_CLOCK}(?=[A-Z][a-z])"
    # (or a date alone with the byline glued on: "December 4, 2017by MMI NewsroomFour …")
    r"|^[^\S\n]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+"
    r"\d{1,2},?|\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)"
    r"[^\S\n]+\d{4}(?=[Bb]y[^\S\n])"
    # (or a byline naming where the reporter files from, and the page's "Published date:" glued
    # to it and to the lede: "By Ahmed Younis in Gaza CityPublished date: 31 March 2018 08:12
    # UTCIsraeli forces …")
    # (and "By Laura BenavidesStaff WriterOct. 16, 2019 5 AM PTMEXICO CITY — …": a clock)
    r"|^[^\S\n]*[Bb]y[^\S\n]+(?-i:[A-Z])[^\n]{1,80}?(?:(?P<pub>Published|Updated|Posted)"
    r"(?:[^\S\n]+(?:date|on|at))?:?[^\S\n]+)?"
    r"(?:\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?)"
    # (the time of day optional after "Published", required without it)
    rf"[^\S\n]+\d{{4}},?(?:(?(pub)(?:{_AT_HOUR})?|{_AT_HOUR}))"
    r"(?:[^\S\n]*(?:UTC|GMT|[ECMP][SD]?T)(?=[A-Z\s]))?(?=[A-Z\"'‘“])"
    # (or a byline, a bar and the day, glued to the lede: "by Adriana Pineda Ruiz | Apr 22,
    # 2025FARC dissidents attacked …")
    r"|^[^\S\n]*[Bb]y[^\S\n]+(?-i:[A-Z])[^\n|]{1,60}?\|[^\S\n]*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?[^\S\n]+"
    r"\d{4}(?=[A-Z])"
    # (or the outlet, a bar and the day, glued to the dateline: "Garowe Online | Tuesday,
    # March 15, 2016GAROWE - Puntland security forces …")
    r"|^[^\S\n]*(?-i:[A-Z])[\w.&'’-]*(?:[^\S\n]+(?-i:[A-Z])[\w.&'’-]*){0,3}[^\S\n]*\|[^\S\n]*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?"
    r"|\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)"
    r"[^\S\n]+\d{4}(?=[A-Z])"
    # (or a day in figures: "By Ma'an staff21/07/2014 - 10:42GAZA CITY (Ma'an) -- At least …")
    r"|^[^\S\n]*[Bb]y[^\S\n]+(?-i:[A-Z])[^\n]{1,60}?\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    r"(?:[^\S\n]*[-–|][^\S\n]*\d{1,2}:\d{2})?(?=[A-Z])",
    re.MULTILINE)
#: A page's labelled date wherever the scrape glued it to the lede ("GK NEWS NETWORKSrinagar,
#: Publish Date: Jun 18 2019 1:12AMTwo militants were killed … on Monday"): the filing's,
#: which would date the lede's events (on a line of its own the header's reading takes it).
PAGE_DATE_LABEL = re.compile(
    r"\b(?:Publish(?:ed)?|(?:Last[^\S\n]+)?Updated|Posted)(?:[^\S\n]+(?:[Dd]ate|[Oo]n))?"
    r"[^\S\n]*:[^\S\n]*"
    r"(?:\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?)"
    r"[^\S\n]+\d{4},?"
    r"(?:[^\S\n]+(?:at[^\S\n]+)?\d{1,2}[:.]\d{2}(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?)?"
    rf"(?:[^\S\n]*{_ZONE})?(?=[A-Z\"'‘“])(?![AaPp]\.?[Mm]\b)"
    # (or the clock first, without the colon: "KishoreganjPublished at 12:00 AM, July 08,
    # 2016Two policemen … were killed … yesterday morning")
    # (and "Published 7:42 PM, May 24, 2017Updated 10:15 AM, May 25, 2017MARAWI CITY, …":
    # without "at", the one glued to the other)
    r"|(?:\b|(?<=[a-z\d]))(?:Published|(?:Last[^\S\n]+)?Updated|Posted)[^\S\n]+"
    r"(?:(?:at|on)[^\S\n]+)?"
    r"\d{1,2}[:.]\d{2}"
    r"(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?,?[^\S\n]+"
    r"(?:\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?)"
    r"[^\S\n]+\d{4}(?=[A-Z\"'‘“])"
    # (or a byline's last field, after a bar, with its clock glued to the lede: "IFP Bureau |
    # Imphal | June 15, 2023 13:42 ISTNine villagers were killed … late on Tuesday night")
    r"|\|[^\S\n]*(?:\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?,?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?)"
    rf"[^\S\n]+\d{{4}},?[^\S\n]+{_CLOCK}(?:[^\S\n]*{_ZONE})?(?=[A-Z][a-z])"
    # (or any page's date with the lede glued on, no space between: "By CNC Newsroom - May 16,
    # 2017At least 14 people were killed on Sunday", "Addis Standard Staff November 14,
    # 2020Addis Abeba –": prose never runs a year into a word), with the byline before it on
    # its line ("By Mimi Mefo Info - October 15, 2019Separatist fighters abducted …": the
    # outlet is no actor)
    r"|(?:(?m:^)[^\S\n]*[Bb]y[^\S\n]+(?-i:[A-Z])[^\n]{1,60}?[^\S\n]*[-–—|][^\S\n]*)?"
    r"(?:\b\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?)"
    rf"[^\S\n]+\d{{4}}(?:,?[^\S\n]+(?:at[^\S\n]+)?{_CLOCK}(?:[^\S\n]*{_ZONE})?)?"
    r"(?=[A-Z][a-z])")
#: Headings over a list of links (not "Read more:", which links one story).
_LIST_HEADING = re.compile(r"related|most|recommended|trending|latest|more\s+on|you\s+may",
                           re.IGNORECASE)
#: A linked headline on a line of its own: short, with no sentence's closing punctuation.
_LINK_LINE = re.compile(r"[^\S\n]*[^\s][^\n]{0,118}(?<![.!?\"”’'])[^\S\n]*(?=\n|$)")
#: An item of a list of links: "- Dbeibah meets Turkish ambassador in Tripoli".
_LIST_ITEM = re.compile(r"[^\S\n]*(?:[-–—•*·]|\d+[.)])[^\S\n]+\S")


def blank_chrome(body: str) -> str:
    """Blank (with spaces, offsets kept) the lines of page chrome, live blogs' and pages' time
    stamps and photo credits; a bare "Read more:" takes the linked headline on the next line
    with it."""
    chars = list(body)
    for m in _CHROME.finditer(body):
        end = m.end()
        if m.group("link") and not m.group("rest").strip():
            nxt = body.find("\n", end + 1)
            follows = body[end + 1:nxt if nxt >= 0 else len(body)]
            if follows.strip() and end < len(body) and body[end] == "\n":
                end = nxt if nxt >= 0 else len(body)
                # … and the list of links under such a heading ("Most Read\n- …\n- …"), bare
                # headlines too under a heading of a list ("RELATED NEWS\nKatsina: Bandits
                # kill 8 in fresh attack\nTroops rescue 15 kidnapped passengers in Kaduna")
                listed = _LIST_HEADING.match(m.group("link")) is not None
                while end < len(body) and (_LIST_ITEM.match(body, end + 1) or (
                        listed and _LINK_LINE.match(body, end + 1))):
                    nxt = body.find("\n", end + 1)
                    end = nxt if nxt >= 0 else len(body)
        for k in range(m.start(), end):
            if chars[k] != "\n":
                chars[k] = " "
    for m in (*_STAMP.finditer(body), *_STAMP_LINE.finditer(body), *_CREDIT.finditer(body),
              *TIME_STAMP_OPENING.finditer(body), *_CAPTION_CREDITED.finditer(body),
              *_NAMED_CREDIT.finditer(body), *_CAPTION_PHOTO_BY.finditer(body),
              *PAGE_DATE_LABEL.finditer(body)):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def hard_wrapped(text: str) -> bool:
    """Whether the text's line breaks wrap prose at a fixed width (wire feeds, e-mail, MUC-4's
    "IN THE ESCALON AND SAN BENITO\nNEIGHBORHOODS"): then a break inside a name is a wrap.
    Scraped pages break lines at paragraphs and headings instead: paragraphs run past 90
    characters and headings are shorter than 50, so most lines followed by text are outside
    the 50-90 band a wrapping width puts them in."""
    lines = text.split("\n")
    followed = [len(a.rstrip()) for a, b in pairwise(lines) if a.strip() and b.strip()]
    in_band = sum(50 <= n <= 90 for n in followed)
    return in_band >= 5 and in_band >= 0.6 * len(followed)


@dataclass(frozen=True)
class OffsetMap:
    """Positions in the cleaned text where one character was inserted."""

    inserted: tuple[int, ...]

    def to_original(self, pos: int) -> int:
        return pos - bisect.bisect_right(self.inserted, pos - 1)

    def without_inserted(self, piece: str, start: int) -> str:
        """``piece``, the cleaned text from ``start`` on, with the inserted characters taken
        out: indexed like the original from ``to_original(start)`` on (a blanked character
        keeps its place)."""
        first = bisect.bisect_left(self.inserted, start)
        last = bisect.bisect_left(self.inserted, start + len(piece))
        if first == last:
            return piece
        cut = [p - start for p in self.inserted[first:last]]
        return "".join(piece[a + 1:b] for a, b in zip([-1, *cut], [*cut, len(piece)], strict=True))


def _heading_glued(body: str, at: int) -> bool:
    """Whether the glue at ``at`` ends a subheading of its own line ("Security in KirkukIn
    Kirkuk province, …"): it gets a paragraph break, since NER reads "Kirkuk In Kirkuk
    province" as one name on one line, and even across one line break. An outlet's name in a
    sentence ("told KabulNow that") or alone on a line keeps a space: a name written in camel
    case comes back, a glue does not."""
    if body[at - 1] in ".!?\"“”‘’'":
        return False
    word = _CAMEL_WORD.search(body, at).group(0)  # type: ignore[union-attr]
    start = at
    while start > 0 and body[start - 1].isalpha():
        start -= 1
    if body.count(body[start:at] + word) > 1:
        return False
    line = body.rfind("\n", 0, at) + 1
    head = _HEADING_SO_FAR.fullmatch(body, line, at)
    return head is not None and len(head.group(0).split()) <= 10


def clean(text: str, body_start: int = 0) -> tuple[str, OffsetMap]:
    """Blank the header and page chrome, unglue sentences and entry headings; returns the NLP
    text and its map to the original."""
    body = " " * body_start + text[body_start:]
    body = blank_chrome(body.replace("\u00a0", " "))
    # (a space between glued sentences, a paragraph break after a glued subheading; a line
    # break after an entry's heading)
    glued = [(m.start(), _heading_glued(body, m.start())) for m in _GLUED.finditer(body)]
    cuts = sorted([(at, "\n" if heading else " ") for at, heading in glued]
                  + [(at, "\n") for at, heading in glued if heading]
                  + [(at, "\n") for at in _entry_heading_ends(text, body_start)])
    out: list[str] = []
    inserted: list[int] = []
    last = 0
    for at, char in cuts:
        out.append(body[last:at])
        inserted.append(at + len(inserted))
        out.append(char)
        last = at
    out.append(body[last:])
    return "".join(out), OffsetMap(tuple(inserted))


def entry_starts(text: str, body_start: int = 0) -> list[int]:
    """Where a live page's entries begin: the first character after each entry's time stamp
    ("16:05 GMT – Guided bomb kills two in Kharkiv's Osnovianskyi district")."""
    # (a stamp on a line of its own opens the entry whose heading is the next line)
    line = text.rfind("\n", 0, body_start) + 1  # (from the start of the body's first line)
    return sorted([m.end() for m in _STAMP.finditer(text, line) if m.end() >= body_start]
                  + [_INDENT.match(text, m.end() + 1).end()  # type: ignore[union-attr]
                     for m in _STAMP_LINE.finditer(text, line) if m.start() >= body_start])


_INDENT = re.compile(r"[^\S\n]*")


#: An entry's heading: a short line with no closing stop.
_ENTRY_HEADING = re.compile(r"[^\n]{0,119}[^\s.!?\"”’:;,][^\S\n]*(?=\n|$)")
#: A line with words on it next.
_WORDS_NEXT = re.compile(r"\n[^\S\n]*\S")


def entry_headings(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Where the headings of a live page's entries are: the short line after each time stamp
    ("16:05 GMT – Guided bomb kills two in Kharkiv's Osnovianskyi district"); ``starts`` are
    the entries' starts (:func:`entry_starts`)."""
    out = []
    for at in starts:
        line = _ENTRY_HEADING.match(text, at)
        if line is not None and len(line.group(0).split()) <= _ENTRY_HEADING_WORDS:
            out.append((at, line.end()))
    return out


def _entry_heading_ends(text: str, body_start: int) -> list[int]:
    """Where an entry's heading glued by one line break to the entry's first paragraph ends
    ("16:05 GMT – Guided bomb kills two in Kharkiv's Osnovianskyi district\nA Russian guided
    aerial bomb struck …"): the heading is a line of its own, as under a paragraph break, not
    the start of the first sentence."""
    return [end for _start, end in entry_headings(text, entry_starts(text, body_start))
            if _WORDS_NEXT.match(text, end)]


#: At most this many words make the line after an entry's time stamp its heading.
_ENTRY_HEADING_WORDS = 14


def sentence_key(text: str) -> str:
    """What two copies of a sentence share: letters and digits, case-folded."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WS.sub(" ", re.sub(r"[^\w\s]", " ", folded)).strip()


def duplicate_of(sentences: list[str], near: float = 95.0) -> list[int]:
    """For each sentence the index of its first copy (itself when it is the first).

    Exact copies match on :func:`sentence_key`; near copies (a word changed, a heading glued on)
    of sentences longer than 40 characters match when rapidfuzz's ratio is at least ``near``.
    """
    keys = [sentence_key(s) for s in sentences]
    first: dict[str, int] = {}
    out: list[int] = []
    for i, k in enumerate(keys):
        if k in first:
            out.append(first[k])
            continue
        match = i
        if len(k) > 40:
            for j in range(i):
                if out[j] == j and len(keys[j]) > 40 and abs(len(keys[j]) - len(k)) < 0.1 * len(k) \
                        and fuzz.ratio(keys[j], k) >= near:
                    match = j
                    break
        first.setdefault(k, match)
        out.append(match)
    return out
