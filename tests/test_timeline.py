"""The timeline's layout (kg/web/timeline.py) and the editor's PREFIX lines (kg/web/pages.py)."""

from __future__ import annotations

from datetime import date, timedelta

from kg.rdf.namespaces import PREFIXES
from kg.web import timeline
from kg.web.pages import EXAMPLES, with_prefixes
from kg.web.timeline import DayCount


def test_no_dated_events_means_no_bars() -> None:
    t = timeline.build([])
    assert t.bars == [] and t.total == 0 and t.first is None


def test_one_bar_per_day_with_gaps_and_stacked_precision() -> None:
    counts = [DayCount(date(2020, 2, 3), exact=1), DayCount(date(2020, 2, 8), exact=1),
              DayCount(date(2020, 2, 10), exact=1, coarse=3)]
    t = timeline.build(counts)
    assert t.days_per_bar == 1 and (t.first, t.last) == (date(2020, 2, 3), date(2020, 2, 10))
    assert [b.first for b in t.bars] == [c.day for c in counts]  # empty days draw nothing
    assert t.exact_total == 3 and t.coarse_total == 3
    tallest = t.bars[-1]
    # the tallest bar fills the plot; its coarse segment sits on top of its exact one
    assert tallest.coarse_y == timeline.TOP
    assert tallest.exact_y + tallest.exact_height == t.baseline
    assert abs(tallest.coarse_y + tallest.coarse_height - tallest.exact_y) < 0.02
    assert tallest.coarse_height == 3 * tallest.exact_height
    assert t.bars[0].exact_height == tallest.exact_height
    assert [tick.text for tick in t.y_ticks] == ["0", "4"]
    assert tallest.title == ("2020-02-10: 4 events (1 dated to the day, 3 dated only to the "
                             "week, month or year)")
    # bars keep their order along the x axis and stay inside the plot
    xs = [b.x for b in t.bars]
    assert xs == sorted(xs) and xs[0] >= t.left and xs[-1] + t.bars[-1].width <= t.right


def test_long_spans_group_days_and_keep_every_event() -> None:
    start = date(2018, 1, 1)
    counts = [DayCount(start + timedelta(days=i), exact=i % 3) for i in range(0, 1000, 7)]
    counts = [c for c in counts if c.exact]
    t = timeline.build(counts)
    span = (counts[-1].day - counts[0].day).days + 1
    assert t.days_per_bar == -(-span // timeline.MAX_BARS) == 3
    assert len(t.bars) <= timeline.MAX_BARS
    assert sum(b.exact for b in t.bars) == sum(c.exact for c in counts)
    for b in t.bars:
        assert (b.last - b.first).days == 2 or b.last == counts[-1].day
        inside = sum(c.exact for c in counts if b.first <= c.day <= b.last)
        assert inside == b.exact
        assert b.title.startswith(f"{b.first} to {b.last}: " if b.first != b.last
                                  else f"{b.first}: ")


def test_counts_from_bindings_merges_precision_and_skips_malformed_dates() -> None:
    rows = [
        {"day": {"value": "2020-02-10"}, "coarse": {"value": "true"}, "n": {"value": "2"}},
        {"day": {"value": "2020-02-10"}, "coarse": {"value": "false"}, "n": {"value": "1"}},
        {"day": {"value": "2020-02-03"}, "coarse": {"value": "false"}, "n": {"value": "4"}},
        {"day": {"value": "not a date"}, "coarse": {"value": "false"}, "n": {"value": "9"}},
    ]
    assert timeline.counts_from_bindings(rows) == [
        DayCount(date(2020, 2, 3), 4, 0), DayCount(date(2020, 2, 10), 1, 2)]


def test_with_prefixes_declares_only_what_is_used_and_undeclared() -> None:
    q = 'SELECT ?x WHERE { ?x a ckg:Event ; rdfs:label "geo: in a string" }'
    out = with_prefixes(q)
    assert out.splitlines()[:2] == [f"PREFIX ckg: <{PREFIXES['ckg']}>",
                                    f"PREFIX rdfs: <{PREFIXES['rdfs']}>"]
    assert out.endswith(q) and "PREFIX geo:" not in out
    declared = "PREFIX ckg: <urn:x#>\nSELECT ?x WHERE { ?x a ckg:Event }"
    assert with_prefixes(declared) == declared
    assert with_prefixes("SELECT ?ckg WHERE { ?ckg ?p <http://x/ckg:y> }").startswith("SELECT")
    for _title, query in EXAMPLES:
        assert with_prefixes(query).count("PREFIX ckg:") == 1
