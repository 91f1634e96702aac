"""The home page (timeline, browse links, editor wiring) and the browse lists, over real HTTP.

`kg serve` runs in a child process on a store with the seed article, a hostile article (markup
in every name) and an article with 60 events at 60 places over 60 days (pagination). Expected
numbers come from the facts written here or from the SPARQL endpoint, never from the pages.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

from conftest import SEED_FACTS, Served, kg_process
from kg.rdf.namespaces import PREFIXES

XSS = "<script>alert(1)</script>"
MANY = 60
START = date(2020, 3, 1)
STATIC = Path(__file__).resolve().parents[1] / "kg" / "web" / "static"


def _hostile_facts() -> dict:
    quote = f"{XSS} struck"
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": "xss-browse", "title": f"Headline {XSS}", "url": "https://example.org/x",
                    "source": "Evil <b>News</b>", "published": "2020-07-01", "language": "en"},
        "entities": [
            {"id": "e1", "name": f"{XSS} Brigade", "kind": "armed_group", "wikidata": None},
            {"id": "p1", "name": '"><img src=x onerror=alert(2)>ville', "kind": "place",
             "wikidata": None},
        ],
        "events": [{
            "id": "ev1", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": "2020-06-30", "date_precision": "day", "location": "p1", "actors": ["e1"],
            "targets": [], "attributed_to": [], "certainty": "asserted", "casualties": [],
            "evidence": [{"start": 0, "end": len(quote), "text": quote}],
        }],
    }


def _many_facts() -> dict:
    events, places = [], []
    for i in range(MANY):
        text = f"Clash number {i}."
        places.append({"id": f"p{i}", "name": f"Browsetown {i:02d}", "kind": "place",
                       "wikidata": None})
        events.append({
            "id": f"ev-{i:03d}", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": (START + timedelta(days=i)).isoformat(), "date_precision": "day",
            "location": f"p{i}", "actors": ["militia"], "targets": [], "casualties": [],
            "attributed_to": [], "certainty": "asserted",
            "evidence": [{"start": i * 100, "end": i * 100 + len(text), "text": text}],
        })
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": "browse-bulk", "title": "Sixty clashes",
                    "url": "https://example.org/bulk", "source": "Example",
                    "published": "2020-05-05", "language": "en"},
        "entities": [{"id": "militia", "name": "Browse Militia", "kind": "armed_group",
                      "wikidata": None}, *places],
        "events": events,
    }


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browse")
    docs: list[Path] = [SEED_FACTS]
    for name, doc in (("hostile.json", _hostile_facts()), ("many.json", _many_facts())):
        path = tmp / name
        path.write_text(json.dumps(doc), encoding="utf-8")
        docs.append(path)
    r = kg_process("ingest", *docs, store=tmp / "store")
    assert r.returncode == 0, r.stdout + r.stderr
    served = Served(tmp / "store")
    yield served.base
    served.stop()


def sparql(base: str, query: str) -> list[dict]:
    r = requests.post(base + "/sparql", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


class Page(HTMLParser):
    """Links, script sources, SVG bars and the rows of `table.list`, as a browser parses them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.bars: list[dict[str, str]] = []
        self.rows: list[list[str]] = []
        self.row_links: list[list[str]] = []
        self.tags: Counter[str] = Counter()
        self.next: str | None = None
        self._bar: dict[str, str] | None = None
        self._in_title = False
        self._in_list = False
        self._cell: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"] or "")
            if a.get("rel") == "next":
                self.next = a["href"]
            if self._in_list and self.row_links:
                self.row_links[-1].append(a["href"] or "")
        if tag == "script":
            self.scripts.append(a)
        if tag == "a" and "bar" in (a.get("class") or "").split():
            self._bar = {"href": a.get("href") or "", "title": "", "rects": ""}
            self.bars.append(self._bar)
        if tag == "rect" and self._bar is not None:
            self._bar["rects"] += (a.get("class") or "") + ":" + (a.get("height") or "") + " "
        if tag == "title" and self._bar is not None:
            self._in_title = True
        if tag == "table" and "list" in (a.get("class") or "").split():
            self._in_list = True
        if self._in_list and tag == "tr":
            self.rows.append([])
            self.row_links.append([])
        if self._in_list and tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._bar = None
        if tag == "title":
            self._in_title = False
        if tag == "table":
            self._in_list = False
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._in_title and self._bar is not None:
            self._bar["title"] += data
        if self._cell is not None:
            self._cell.append(data)

    def body_rows(self) -> list[list[str]]:
        return [r for r in self.rows if r]


def all_pages(base: str, path: str) -> list[Page]:
    pages = []
    url: str | None = path
    while url is not None:
        r = requests.get(base + unescape(url))
        assert r.status_code == 200, r.text
        assert r.headers["Content-Type"].startswith("text/html")
        page = Page(r.text)
        pages.append(page)
        url = page.next
        assert len(pages) <= 10
    return pages


# -- home page -----------------------------------------------------------------------------------
def test_home_links_browse_pages_and_loads_the_vendored_editor(base: str) -> None:
    r = requests.get(base + "/")
    assert r.status_code == 200
    csp = r.headers["Content-Security-Policy"]
    assert "connect-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-eval" not in csp and "script-src 'self' 'unsafe-inline'" not in csp
    page = Page(r.text)
    for path in ("/browse/events", "/browse/places", "/browse/actors"):
        assert path in page.hrefs
    # scripts: only from this site, none inline (the JSON island is data, not script)
    sources = [s.get("src") for s in page.scripts if s.get("type") != "application/json"]
    assert sources and all(s and s.startswith("/") for s in sources)
    assert [s for s in page.scripts if s.get("type") == "application/json"]
    for src in sources:
        asset = requests.get(base + src)
        assert asset.status_code == 200 and "javascript" in asset.headers["Content-Type"]
    styles = re.findall(r'<link rel="stylesheet" href="([^"]+)"', r.text)
    assert any(s.endswith("yasgui.min.css") for s in styles)
    for href in styles:
        assert requests.get(base + href).status_code == 200
    # no CDN anywhere: every URL the page loads is relative to this service
    assert not re.search(r'(src|href)="(https?:)?//', r.text)
    config = json.loads(unescape(re.search(
        r'<script type="application/json" id="kg-editor-config">(.*?)</script>', r.text,
        re.S).group(1)))
    assert config["endpoint"] == "/sparql" and config["prefixes"] == PREFIXES
    assert requests.get(base + config["prefixesUrl"]).json() == PREFIXES


def test_vendored_files_match_their_notice(base: str) -> None:
    notice = (STATIC / "yasgui" / "NOTICE.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w.-]+)` \| [^|]+ \| (\d+) \| `([0-9a-f]{64})` \|$", notice, re.M)
    assert {name for name, _, _ in rows} >= {"yasgui.min.js", "yasgui.min.css", "LICENSE.txt"}
    for name, size, sha in rows:
        served = requests.get(f"{base}/assets/ld/yasgui/{name}")
        assert served.status_code == 200
        assert len(served.content) == int(size)
        assert hashlib.sha256(served.content).hexdigest() == sha
    assert "MIT License" in (STATIC / "yasgui" / "LICENSE.txt").read_text(encoding="utf-8")


def test_example_queries_open_with_their_prefixes_and_run(base: str) -> None:
    r = requests.get(base + "/")
    links = re.findall(r'<a href="(/sparql\?[^"]+)" class="example" data-title="([^"]*)" '
                       r'data-query="([^"]*)"', r.text)
    assert len(links) == 5
    for href, _title, query in links:
        query = unescape(query)
        assert query.startswith("PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>")
        # what the editor sends (with PREFIX lines) and the no-script link agree
        direct = requests.post(base + "/sparql", data={"query": query},
                               headers={"Accept": "application/sparql-results+json"})
        assert direct.status_code == 200, direct.text
        link = requests.get(base + unescape(href))
        assert link.status_code == 200
        rows = direct.json()["results"]["bindings"]
        assert link.text.count("<tr>") - 1 == len(rows)


def test_timeline_has_one_bar_per_dated_day_linking_to_its_events(base: str) -> None:
    per_day = Counter()
    for row in sparql(base, "SELECT ?e ?d WHERE { ?e a ckg:Event ; ckg:date ?d }"):
        per_day[row["d"]["value"][:10]] += 1
    page = Page(requests.get(base + "/").text)
    # 2020-02-03 .. 2020-06-30 is under 366 days: one bar per day that has events
    assert len(page.bars) == len(per_day)
    assert re.search(r"<h2 id=\"timeline\">Events per day</h2>",
                     requests.get(base + "/").text)
    shown = {}
    for bar in page.bars:
        day = re.fullmatch(r"/browse/events\?from=(\S+)&to=(\S+)", unescape(bar["href"]))
        assert day and day.group(1) == day.group(2)
        n = int(re.match(r"\S+: (\d+) events?", bar["title"]).group(1))
        shown[day.group(1)] = n
        assert bar["rects"].strip()
    assert shown == dict(per_day)
    # week-precision seed events are drawn in the coarse shade
    coarse = [b for b in page.bars if "2020-02-10" in b["href"]]
    assert coarse and "coarse:" in coarse[0]["rects"] and "exact:" not in coarse[0]["rects"]
    # a bar's link lists exactly that day's events
    events = all_pages(base, page.bars[0]["href"])
    assert sum(len(p.body_rows()) for p in events) == shown[min(shown)]


# -- events by date -----------------------------------------------------------------------------
def test_events_list_is_complete_newest_first_and_paginated(base: str) -> None:
    total = int(sparql(base, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ckg:Event }")[0]["n"]
                ["value"])
    assert total == 5 + 1 + MANY
    pages = all_pages(base, "/browse/events")
    assert len(pages) == 2
    rows = [row for p in pages for row in p.body_rows()]
    links = [ls[0] for p in pages for ls in p.row_links if ls]
    assert all(link.startswith("/id/event/") for link in links)
    assert len(rows) == total and len(set(links)) == total
    dates = [row[0].split()[0] for row in rows]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] == "undated" and dates.count("undated") == 1  # the seed's undated event
    assert f"51–{total} of {total} events" in requests.get(base + "/browse/events?page=2").text
    assert "‹ previous" in requests.get(base + "/browse/events?page=2").text


def test_events_list_filters_by_date_range(base: str) -> None:
    first, last = START + timedelta(days=10), START + timedelta(days=19)
    page = all_pages(base, f"/browse/events?from={first}&to={last}")[0]
    rows = page.body_rows()
    assert [r[0] for r in rows] == [(last - timedelta(days=i)).isoformat() for i in range(10)]
    assert all("Browse Militia" in r[3] for r in rows)
    only_from = all_pages(base, "/browse/events?from=2020-06-01")
    assert [r[0] for p in only_from for r in p.body_rows()] == ["2020-06-30"]
    until = all_pages(base, "/browse/events?to=2020-02-05")
    assert [r[0] for p in until for r in p.body_rows()] == ["2020-02-03"]


@pytest.mark.parametrize("query", ["from=2021-13-01", "to=yesterday", "page=0", "page=two",
                                   "from=2021-02-01&to=2021-01-01", "page=-1"])
def test_events_list_refuses_bad_parameters(base: str, query: str) -> None:
    r = requests.get(f"{base}/browse/events?{query}")
    assert r.status_code == 400 and r.headers["Content-Type"].startswith("text/plain")


def test_page_past_the_end_says_so(base: str) -> None:
    r = requests.get(base + "/browse/events?page=9")
    assert r.status_code == 200 and "No events on page 9; there are 2 pages." in r.text


# -- places and actors --------------------------------------------------------------------------
def test_places_list_counts_events_like_the_place_pages(base: str) -> None:
    n_places = int(sparql(base, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ckg:Place }")
                   [0]["n"]["value"])
    assert n_places > 50
    pages = all_pages(base, "/browse/places")
    assert len(pages) == 2
    rows = [row for p in pages for row in p.body_rows()]
    assert len(rows) == n_places
    by_name = {row[0]: int(row[2]) for row in rows}
    assert by_name["Syria"] == 5 and by_name["Al-Eis"] == 1 and by_name["Browsetown 07"] == 1
    counts = [int(row[2]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    links = {row[0]: ls[0] for p in pages
             for row, ls in zip(p.body_rows(), [x for x in p.row_links if x], strict=True)}
    place_page = requests.get(base + links["Syria"], headers={"Accept": "text/html"}).text
    assert "Events <span class=\"count\">(5)</span>" in place_page
    assert any("Wikidata Q858" in row[3] for row in rows if row[0] == "Syria")


def test_actors_list_counts_and_kinds(base: str) -> None:
    pages = all_pages(base, "/browse/actors")
    rows = [row for p in pages for row in p.body_rows()]
    by_name = {row[0]: row for row in rows}
    assert by_name["Browse Militia"][1] == "armed group"
    assert int(by_name["Browse Militia"][2]) == MANY
    assert rows[0][0] == "Browse Militia"  # most events first, then by name, case aside
    zero = [row[0] for row in rows if row[2] == "0"]
    assert zero == sorted(zero, key=str.casefold) and "al-Qaeda" in zero
    assert by_name["Syrian Arab Army"][1] == "state force"
    assert "Browsetown 07" not in by_name  # places that are not actors stay out


def test_browse_pages_escape_every_value(base: str) -> None:
    for path in ("/browse/actors", "/browse/places", "/browse/events?from=2020-06-30"):
        r = requests.get(base + path)
        assert r.status_code == 200
        assert XSS not in r.text and "<img" not in r.text
        page = Page(r.text)
        assert page.tags["script"] == 0 and page.tags["img"] == 0
        assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Brigade" in requests.get(
        base + "/browse/actors").text
    home = requests.get(base + "/")
    assert XSS not in home.text
