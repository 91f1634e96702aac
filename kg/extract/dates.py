"""Event dates from sentence text, resolved against the publication date.

News dates are mostly relative: "on Saturday" means the last Saturday on or before publication,
"yesterday" the day before, "last week" / "in recent days" a week-precision date. Absolute dates
("February 3", "3 Feb 2020") go through dateparser with the publication date as the base and a
preference for the past, since news reports what has happened.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_ABSOLUTE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+|early\s+|mid-?|late\s+)?(?P<m>{_MONTHS})\.?,?\s+"
                         rf"(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
#: A month named without day or year: "in March", "in early June", "during last October",
#: "at the end of March", "the pattern of June, when insurgents attacked villages".
_MONTH_ALONE = re.compile(rf"\b(?:(?:in|during|throughout)\s+"
                          rf"(?:(?:early|late|mid)[\s-]+)?|(?:at|by|towards?)\s+the\s+(?:end|"
                          rf"start|beginning|middle)\s+of\s+"
                          rf"|of\s+(?=(?:last\s+)?(?:{_MONTHS})\b\s*,?\s+when\b)"
                          # ("… in Arakan State last June, which left about 200 people dead")
                          rf"|(?=last\s+(?:{_MONTHS})\b))"
                          rf"(?P<last>last\s+)?(?P<m>{_MONTHS})\b"
                          rf"(?!\.?\s*\d)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:in|since|during|of|throughout|until|by)\s+((?:19|20)\d\d)\b(?!\s*[-–])",
                   re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:on|last|this|early|late)?\s*({'|'.join(WEEKDAYS)})\b",
                      re.IGNORECASE)
#: A night told by its two days: "overnight from Friday to Saturday" (group 1: the evening's
#: day).
_NIGHT_SPAN = re.compile(rf"\bovernight\s+(?:from\s+|between\s+)?"
                         rf"({'|'.join(WEEKDAYS)})\s+(?:to|into|and)\s+(?=(?:{'|'.join(WEEKDAYS)})\b)",
                         re.IGNORECASE)
#: A weekday told of the week before: "on Thursday last week", "on Monday of last week".
_OF_LAST_WEEK = re.compile(r"\s*,?\s*(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b",
                           re.IGNORECASE)
_RELATIVE_DAY = {"yesterday": 1, "today": 0, "tonight": 0, "overnight": 0, "this morning": 0,
                 "last night": 1, "this week": None}
#: Times of day that name no day when a weekday is told with them.
_TIME_OF_DAY = {"overnight", "tonight", "this morning"}
#: A weekday that dates what is told ("on Thursday", "Thursday night", "overnight from
#: Tuesday to Wednesday", AP's "overnight Tuesday"), not one ahead
#: ("talks due on Thursday", "ahead of Thursday's vote").
_ON_WEEKDAY = re.compile(rf"(?<!due )(?<!next )(?<!until )(?<!before )"
                         rf"\b(?:on|from|into|overnight)\s+"
                         rf"(?:{'|'.join(WEEKDAYS)})\b|\b(?:{'|'.join(WEEKDAYS)})\s+"
                         rf"(?:night|morning|evening|afternoon)\b"
                         # ("by midday Saturday, after RSF fighters withdrew … overnight",
                         # AP's "early Tuesday", "late Monday")
                         rf"|\b(?:midday|noon|dawn|dusk|nightfall|midnight|early|late)\s+"
                         rf"(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_WEEK = re.compile(r"\b(?:last|past|this|previous)\s+week\b|\bin\s+recent\s+days\b|"
                   r"\bover\s+the\s+(?:past|last)\s+(?:few|several|\w+)\s+days\b|"
                   r"\bthis\s+weekend\b|\blast\s+weekend\b|"
                   r"\bearlier\s+(?:in\s+)?(?:the|this)\s+week\b|\b(?:over|at)\s+the\s+weekend\b",
                   re.IGNORECASE)
_MONTH = re.compile(r"\b(?:last|this|past)\s+month\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)
#: Some time this year, before now: "Earlier this year, fighting … left several dead".
_EARLIER_THIS_YEAR = re.compile(r"\bearlier\s+(?:this|in\s+the)\s+year\b", re.IGNORECASE)


#: Days named after a feast or an event, whose weekday dates nothing told: "gathered for Palm
#: Sunday", "the Bloody Sunday massacre", "on Good Friday" (a day of its own, not last Friday).
_NAMED_DAY = re.compile(rf"\b(?-i:Palm|Easter|Good|Holy|Maundy|Ash|Bloody|Black|Super|Shrove)\s+"
                        rf"(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
#: A date that is part of a name: "the June 5 Movement - Rally of Patriotic Forces", "the
#: 23 March Movement (M23)", "the April 6 Youth Movement" (a founding day, dating nothing told).
_DATE_IN_A_NAME = re.compile(
    r"\b(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}|\d{1,2}\s+(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))(?:st|nd|rd|th)?\s+(?:(?-i:[A-Z])\w*\s+)?"
    r"(?-i:Movement|Revolution|Coalition|Alliance|Front|Group|Brigades?|Martyrs)\b", re.IGNORECASE)
#: A clause of a period's start: "since the ceasefire took effect on Nov. 27".
_SINCE = re.compile(r"\bsince\b[^.;:]*", re.IGNORECASE)
#: The time a report is current to: "clashes … were ongoing as of 28 March", "(as of 28 March
#: 2021)": when it was told, not when it happened.
_AS_OF = re.compile(r"\bas\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}"
                    r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?")


@lru_cache(maxsize=4096)
def resolve(text: str, published: date | None, *, review: bool = False
            ) -> tuple[date | None, str | None]:
    """(date, precision) stated in ``text``, or (None, None) when it states none. A date in a
    "since …" clause dates the period's start, not the occurrence told: "struck a car on
    Tuesday morning, the latest of strikes since the ceasefire took effect on Nov. 27" is
    Tuesday's (unless the clause holds the only date). ``review``: the text is from a review
    of the week before publication ("Week in review: …"), where "on Monday", published on a
    Monday, is the Monday a week earlier."""
    text = _NAMED_DAY.sub(lambda m: " " * len(m.group(0)), text)
    text = _DATE_IN_A_NAME.sub(lambda m: " " * len(m.group(0)), text)
    # "overnight from Tuesday into Wednesday": the night's morning, as the gold dates such
    # nights (not "the night of Saturday to Sunday", which a held-out set dates by its evening)
    text = _NIGHT_SPAN.sub(
        lambda m: " " * (m.end(1) - m.start()) + m.group(0)[m.end(1) - m.start():], text)
    as_of = _AS_OF.search(text)
    if as_of is not None:
        rest = text[:as_of.start()] + " " * (as_of.end() - as_of.start()) + text[as_of.end():]
        return resolve(rest, published, review=review)  # (none, if it is the only date)
    since = _SINCE.search(text)
    if since is not None:
        rest = text[:since.start()] + " " * (since.end() - since.start()) + text[since.end():]
        found = resolve(rest, published, review=review)
        if found[0] is not None:
            return found
    m = _ABSOLUTE.search(text)
    if m:
        found = _absolute(m.group(0), published)
        if found is not None:
            return found, "day"
    m = _MONTH_YEAR.search(text)  # "in February 2020": the month is all the text knows
    if m:
        month = _month_number(m.group("m"))
        return date(int(m.group("y")), month, 1), "month"
    y = _YEAR.search(text)  # "in 2017", "the summer of 2019": a year and no more
    year = (date(int(y.group(1)), 1, 1), "year") if y else (None, None)
    if published is None:
        return year
    low = text.lower()
    for phrase, back in _RELATIVE_DAY.items():
        if back is not None and re.search(rf"\b{phrase}\b", low) and not (
                phrase in _TIME_OF_DAY and _ON_WEEKDAY.search(text)):
            # ("detained 15 men in overnight raids … on Thursday": the weekday names the day)
            return published - timedelta(days=back), "day"
    m = _WEEKDAY.search(text)
    if m:
        target = WEEKDAYS.index(m.group(1).lower())
        back = (published.weekday() - target) % 7
        if back == 0 and (review or m.group(0).lower().lstrip().startswith("last")):
            back = 7  # "last Thursday", written on a Thursday: a week ago, not today
        if _OF_LAST_WEEK.match(text, m.end()):
            # "on Thursday last week": that day of the calendar week (Monday to Sunday)
            # before publication's, not the last Thursday
            monday_before = published - timedelta(days=published.weekday() + 7)
            return monday_before + timedelta(days=target), "day"
        return published - timedelta(days=back), "day"
    w = _WEEK.search(text)
    if w:
        # "last week" / "last weekend": the week before publication; "this week", "in recent
        # days": the days up to it
        before = re.match(r"(?:last|previous)\s", w.group(0), re.IGNORECASE) is not None
        if "weekend" in w.group(0).lower() and not before:
            # "over the weekend", written on a Wednesday: the Saturday just gone
            return published - timedelta(days=(published.weekday() - 5) % 7), "week"
        return published - timedelta(days=7 if before else 0), "week"
    m = _MONTH_ALONE.search(text)
    if m and year[0] is None:
        # "in March": the last March on or before publication (news looks back); "in March
        # last year", "during last October": the one before it
        month = _month_number(m.group("m"))
        back = month > published.month or (month == published.month and bool(m.group("last")))
        if _LAST_YEAR.search(text):
            return date(published.year - 1, month, 1), "month"
        return date(published.year - back, month, 1), "month"
    m = _MONTH.search(text)
    if m:
        if m.group(0).lower().startswith("last"):  # the calendar month before publication
            first = published.replace(day=1) - timedelta(days=1)
            return first.replace(day=1), "month"
        return published, "month"
    if _LAST_YEAR.search(text) and year[0] is None:
        return date(published.year - 1, 1, 1), "year"
    if year[0] is None and _EARLIER_THIS_YEAR.search(text) and published.month > 1:
        # "Earlier this year, fighting … in Malakal left several people dead": some time
        # this year before the story's month
        return date(published.year, 1, 1), "year"
    return year


@lru_cache(maxsize=4096)
def _absolute(text: str, published: date | None) -> date | None:
    """The day a date phrase ("February 3", "3 Feb 2020") names, by dateparser (~1 ms a call,
    so remembered: a batch repeats its dates, and a date's answer depends on nothing else)."""
    if published is None and not re.search(r"\d{4}", text):
        return None  # "May 22" with no publication date: the year is unknowable
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
                                   "REQUIRE_PARTS": ["day", "month"]}
    if published is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    found = parsed.date()
    if published is not None and found > published + timedelta(days=1) \
            and not re.search(r"\d{4}", text):
        try:
            found = found.replace(year=found.year - 1)
        except ValueError:
            return None
    return found


def _month_number(name: str) -> int:
    key = name.lower()[:3]
    return ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec").index(key) + 1


#: A story that reviews the week before it was published: its title names the week or a
#: roundup, and its lede the week ("Week in review: RSF rampage in East Gezira" … "last week";
#: "Myanmar Conflict Roundup" … "a roundup of the past week's fighting").
_REVIEW_TITLE = re.compile(r"\bweek\b|\bround-?up\b", re.IGNORECASE)
_REVIEW_LEDE = re.compile(r"\bweek in review\b|\bweek of\b|\b(?:last|past|previous) week\b",
                          re.IGNORECASE)


def reviews_a_week(title: str, lede: str) -> bool:
    """Whether a story is a review of the week before its publication (see ``resolve``)."""
    return bool(_REVIEW_TITLE.search(title) and _REVIEW_LEDE.search(lede))


#: A day told against the story's own last day: "A day earlier, security forces surrounded …",
#: "The same night, the attackers moved to …".
_DAY_OFFSET = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five)\s+days?\s+(?P<dir>earlier|before|"
                         r"later|after)|the\s+(?P<prev>previous|next|following)\s+day|the\s+day\s+"
                         r"(?P<dir2>before|after)|(?P<same>the\s+same\s+(?:day|night|morning|"
                         r"evening|afternoon)|later\s+that\s+(?:day|night|evening|morning|"
                         r"afternoon)|(?:hours|minutes|moments)\s+(?:earlier|later)))\b",
                         re.IGNORECASE)
_OFFSET_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


#: "a day after", "two days before", "hours after", "the day after", followed by what it is
#: measured from (a word, not the stop of "… a day before.").
_DAY_RELATION = re.compile(r"\b(?:(?:(?:about|some|nearly|almost|around)\s+)?"
                           r"(?P<n>a|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?|months?)|"
                           r"(?P<the>the\s+day)|"
                           r"(?P<hours>(?:just\s+|only\s+|mere\s+|several\s+|a\s+few\s+)?"
                           r"(?:hours|minutes)))\s+(?P<dir>after|before)\s+(?=[\w\"'‘“])",
                           re.IGNORECASE)


def day_relation(text: str) -> tuple[int, int, int, int] | None:
    """A sentence that dates one occurrence by another: "The agreement came a day after
    Azerbaijan said its forces had taken Shusha", "air strikes on Nasir on Friday, two days
    after White Army fighters overran a base", "A day after the school attack, soldiers
    raided …". Returns (days, phrase start, clause start, clause end): the clause measured
    from (after "after"/"before") and how many days its occurrence lies after the rest's
    (negative for "after": it came first). A relation opening the sentence ends at the first
    comma; otherwise it runs to the sentence's end. None when the sentence has none."""
    m = _DAY_RELATION.search(text)
    if m is None:
        return None
    n = 0 if m.group("hours") else 1 if m.group("the") else _OFFSET_N[m.group("n").lower()] * (
        7 if m.group("unit").lower().startswith("week")
        else 30 if m.group("unit").lower().startswith("month") else 1)
    days = -n if m.group("dir").lower() == "after" else n
    end = len(text)
    if not text[:m.start()].strip(" \"'‘“"):
        comma = text.find(",", m.end())
        if comma != -1:
            end = comma
    return days, m.start(), m.end(), end


def day_offset(text: str, anchor: date | None, last: date | None = None) -> date | None:
    """The day "a day earlier", "two days later", "the previous day", "the same night" name
    against the story's last dated day, or None. "The same day" is the day of the occurrence
    told just before (``last``), when it has one."""
    m = _DAY_OFFSET.search(text)
    if m is not None and m.group("same"):
        return last or anchor  # "The same night, the attackers moved to Ocholonya"
    if m is None or anchor is None:
        return None
    if m.group("n"):
        n = _OFFSET_N[m.group("n").lower()]
        back = m.group("dir").lower() in ("earlier", "before")
    else:
        n, back = 1, (m.group("prev") or m.group("dir2") or "").lower() in ("previous",
                                                                           "before")
    return anchor - timedelta(days=n) if back else anchor + timedelta(days=n)
