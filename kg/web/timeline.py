"""The home page's timeline: events per day as an inline SVG bar chart, drawn on the server.

Server-side SVG needs no JavaScript library and renders with scripts off; every bar is a link to
the list of the events it counts. This module only turns per-day counts into geometry (plain
numbers and strings for the template, which escapes them); the counts come from one SPARQL
aggregate, computed once per store version.

Dates stated to the day and dates known only to a week, month or year (plotted at their nominal
day, ``ckg:date``) are stacked in two shades, so a month-precision event is not mistaken for a
precise one. Over long spans one bar stands for several days, so a chart never has more than
``MAX_BARS`` bars.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

#: the widest chart, in bars; beyond this many days a bar covers several days.
MAX_BARS = 366
#: SVG user units: the viewBox is WIDTH × HEIGHT, scaled to the page width by CSS.
WIDTH, HEIGHT = 760, 180
LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 34

TIMELINE_QUERY = """SELECT ?day ?coarse (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a ckg:Event ; ckg:date ?d .
  OPTIONAL { ?e ckg:datePrecision ?p }
  BIND(SUBSTR(STR(?d), 1, 10) AS ?day)
  BIND(BOUND(?p) && ?p != time:unitDay AS ?coarse)
} GROUP BY ?day ?coarse"""


@dataclass(frozen=True)
class DayCount:
    """Events on one day: stated to the day (``exact``) or only to a coarser unit."""

    day: date
    exact: int = 0
    coarse: int = 0


@dataclass(frozen=True)
class Bar:
    """One bar: the days it covers, its two stacked segments (SVG units) and its tooltip."""

    first: date
    last: date
    exact: int
    coarse: int
    x: float
    width: float
    exact_y: float
    exact_height: float
    coarse_y: float
    coarse_height: float
    title: str


@dataclass(frozen=True)
class Tick:
    """An axis label at (x, y), anchored at its start, middle or end."""

    x: float
    y: float
    text: str
    anchor: str = "end"


@dataclass(frozen=True)
class Timeline:
    """Everything the template draws; ``bars`` is empty when no event has a date."""

    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    days_per_bar: int
    first: date | None
    last: date | None
    exact_total: int
    coarse_total: int
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    baseline: float = HEIGHT - BOTTOM
    right: int = WIDTH - RIGHT

    @property
    def total(self) -> int:
        return self.exact_total + self.coarse_total


def counts_from_bindings(bindings: list[dict[str, dict[str, str]]]) -> list[DayCount]:
    """SPARQL JSON bindings of ``TIMELINE_QUERY`` → per-day counts; a value that is not an
    ISO date (a malformed literal written through ``/update``) is left out."""
    days: dict[date, list[int]] = {}
    for row in bindings:
        try:
            day = date.fromisoformat(row["day"]["value"])
            n = int(row["n"]["value"])
        except (KeyError, ValueError):
            continue
        coarse = row.get("coarse", {}).get("value") == "true"
        days.setdefault(day, [0, 0])[1 if coarse else 0] += n
    return [DayCount(d, exact, coarse) for d, (exact, coarse) in sorted(days.items())]


def build(counts: list[DayCount]) -> Timeline:
    """Lay out one bar per day (or per ``days_per_bar`` days) from the first dated day to the
    last, with empty days left as gaps, and a y axis from 0 to the tallest bar."""
    if not counts:
        return Timeline([], [], [], 1, None, None, 0, 0)
    first, last = counts[0].day, counts[-1].day
    span = (last - first).days + 1
    per = -(-span // MAX_BARS)
    slots = -(-span // per)
    sums = [[0, 0] for _ in range(slots)]
    for c in counts:
        i = (c.day - first).days // per
        sums[i][0] += c.exact
        sums[i][1] += c.coarse
    peak = max(e + k for e, k in sums)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    base = HEIGHT - BOTTOM
    slot_w = plot_w / slots
    gap = min(1.0, slot_w * 0.15)
    bars = []
    for i, (exact, coarse) in enumerate(sums):
        if exact + coarse == 0:
            continue
        start = first + timedelta(days=i * per)
        end = min(start + timedelta(days=per - 1), last)
        eh = plot_h * exact / peak
        ch = plot_h * coarse / peak
        when = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
        parts = [f"{exact} dated to the day"] if exact else []
        if coarse:
            parts.append(f"{coarse} dated only to the week, month or year")
        n = exact + coarse
        title = f"{when}: {n} event{'' if n == 1 else 's'} ({', '.join(parts)})"
        bars.append(Bar(start, end, exact, coarse, round(LEFT + i * slot_w + gap / 2, 2),
                        round(max(slot_w - gap, 0.5), 2), round(base - eh, 2), round(eh, 2),
                        round(base - eh - ch, 2), round(ch, 2), title))
    x_ticks = [Tick(LEFT, base + 16, first.isoformat(), "start")]
    if slots > 1:
        x_ticks.append(Tick(WIDTH - RIGHT, base + 16, last.isoformat(), "end"))
    if slots > 8:
        mid = first + timedelta(days=(slots // 2) * per)
        x_ticks.append(Tick(round(LEFT + (slots // 2 + 0.5) * slot_w, 2), base + 16,
                            mid.isoformat(), "middle"))
    y_ticks = [Tick(LEFT - 6, base + 4, "0"), Tick(LEFT - 6, TOP + 8, str(peak))]
    return Timeline(bars, x_ticks, y_ticks, per, first, last,
                    sum(c.exact for c in counts), sum(c.coarse for c in counts))
