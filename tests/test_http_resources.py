"""Linked Data at /id/{kind}/{key} over real HTTP: `kg serve` in a child process, real clients.

The store holds the seed article, a hostile article (markup in names, a javascript: URL) and an
article with many events for one actor (pagination).
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
import requests
from rdflib import Graph, Namespace, URIRef

from conftest import SEED_FACTS, Served, kg_process

BASE_IRI = "https://w3id.org/conflict-kg/"
CKG = Namespace(BASE_IRI + "ontology#")
EVENT = "id/event/dj-566899.evt-aleis"
EVENT_IRI = URIRef(BASE_IRI + EVENT)
SUBTYPE = URIRef(BASE_IRI + "vocab/sub-event-type/government-regains-territory")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
XSS = "<script>alert(1)</script>"
XSS_ACTOR = "id/armed-group/script-alert-1-script-brigade"
MANY = 60
RDF_TYPES = {"turtle": "text/turtle", "jsonld": "application/ld+json",
             "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml"}
RDFLIB_FORMAT = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}


def _hostile_facts() -> dict:
    quote = f"{XSS} struck"
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": "xss-1", "title": f"Headline {XSS}", "url": "javascript:alert(1)",
                    "source": "Evil <b>News</b>", "published": "2021-05-01", "language": "en"},
        "entities": [
            {"id": "e1", "name": f"{XSS} Brigade", "kind": "armed_group", "wikidata": None,
             "aliases": ['"><img src=x onerror=alert(2)>']},
            {"id": "p1", "name": "Testville", "kind": "place", "wikidata": "Q1000001",
             "lat": 35.5, "lon": 36.25},
        ],
        "events": [{
            "id": "ev1", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": "2021-04-30", "date_precision": "day", "location": "p1", "actors": ["e1"],
            "targets": [], "attributed_to": ["e1"], "certainty": "claimed",
            "casualties": [{"count": 3, "qualifier": "about", "outcome": "injured",
                            "victim": None, "claimed_by": "e1"}],
            "evidence": [{"start": 0, "end": len(quote), "text": quote}],
        }],
    }


def _many_events_facts() -> dict:
    start = date(2021, 1, 1)
    events = []
    for i in range(MANY):
        text = f"Clash number {i}."
        events.append({
            "id": f"ev-{i:03d}", "event_type": "Battles", "sub_event_type": "Armed clash",
            "date": (start + timedelta(days=i)).isoformat(), "date_precision": "day",
            "location": "town", "actors": ["militia"], "targets": [], "casualties": [],
            "attributed_to": [], "certainty": "asserted",
            "evidence": [{"start": i * 100, "end": i * 100 + len(text), "text": text}],
        })
    return {
        "format": "conflict-kg/facts@1",
        "article": {"id": "bulk-1", "title": "Sixty clashes", "url": "https://example.org/bulk",
                    "source": "Example", "published": "2021-03-05", "language": "en"},
        "entities": [
            {"id": "militia", "name": "Test Militia", "kind": "armed_group", "wikidata": None},
            {"id": "town", "name": "Bulkville", "kind": "place", "wikidata": None},
        ],
        "events": events,
    }


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("ld")
    store = tmp / "store"
    docs = [SEED_FACTS]
    for name, doc in (("hostile.json", _hostile_facts()), ("many.json", _many_events_facts())):
        path = tmp / name
        path.write_text(json.dumps(doc), encoding="utf-8")
        docs.append(path)
    r = kg_process("ingest", *docs, store=store)
    assert r.returncode == 0, r.stdout + r.stderr
    served = Served(store, "--workers", "2")
    yield served.base
    served.stop()


BLOCKS = frozenset({"p", "div", "dt", "dd", "li", "td", "th", "tr", "h1", "h2", "figcaption",
                    "blockquote", "nav", "section", "header", "title"})


class Page(HTMLParser):
    """What a browser would see: links, alternates, text, rows of the events table."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.alternates: dict[str, str] = {}
        self.attrs: list[tuple[str, str | None]] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self._in_list = False
        self._cell: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.text.append(" ")
        self.tags.append(tag)
        self.attrs.extend(attrs)
        a = dict(attrs)
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"] or "")
        if tag == "link" and a.get("rel") == "alternate":
            self.alternates[a.get("type") or ""] = a.get("href") or ""
        if tag == "table" and "list" in (a.get("class") or "").split():
            self._in_list = True
        if self._in_list and tag == "tr":
            self.rows.append([])
        if self._in_list and tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.text.append(" ")
        if tag == "table":
            self._in_list = False
        if tag == "td" and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @property
    def plain(self) -> str:
        return " ".join("".join(self.text).split())

    @property
    def event_rows(self) -> list[list[str]]:
        return [r for r in self.rows if r]


def html_get(base: str, path: str, **params: str) -> requests.Response:
    r = requests.get(base + "/" + path, params=params, headers={"Accept": BROWSER})
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("text/html")
    return r


def raw_get(base: str, path: str, accept: str = BROWSER) -> tuple[int, str]:
    """GET exactly ``path`` (no client-side normalisation of dot segments or escapes)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.putheader("Accept", accept)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


# -- the event page -----------------------------------------------------------------------------
def test_event_page_shows_what_a_person_needs(base) -> None:
    r = html_get(base, EVENT)
    assert "Accept" in r.headers["Vary"]
    page = Page(r.text)
    text = page.plain
    assert "Government regains territory" in text  # sub-event type from the ontology
    assert "Battles" in text
    assert "2020-02-08" in text and "precision: day" in text
    assert "Al-Eis" in text and "/id/place/al-eis" in page.hrefs
    assert "Syrian Arab Army" in text and "/id/state-force/syrian-arab-army" in page.hrefs
    assert "/id/armed-group/hay-at-tahrir-al-sham" in page.hrefs  # the target
    assert "at least 20 killed (Civilians (Syria))" in text
    assert "However, at least 20 civilians were reported killed in the fighting." in text
    assert "The Syrian Army seized the key town of Al Eis" in text
    assert "characters 217–304" in text
    assert "/id/article/dj-566899" in page.hrefs
    assert any(h.startswith("http://www.digitaljournal.com/") for h in page.hrefs)
    assert "asserted" in text
    # alternates in the head and visible format links
    assert page.alternates == {mt: f"/{EVENT}?format={name}" for name, mt in RDF_TYPES.items()}
    for name in RDF_TYPES:
        assert f"/{EVENT}?format={name}" in page.hrefs
    assert "script" not in page.tags  # no scripts on any page
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]


def test_event_with_claims_materiel_and_attribution(base) -> None:
    page = Page(html_get(base, "id/event/dj-566899.evt-retaliation").text)
    text = page.plain
    assert ("101 killed (Syrian Arab Army), claimed by Ministry of National Defense (Turkey)"
            in text)
    assert "3 × tank destroyed (owner: Syrian Arab Army)" in text
    assert "claimed" in text and "Attributed to Ministry of National Defense (Turkey)" in text
    assert "not stated" in text  # no date
    assert "http://www.wikidata.org/entity/Q858" in page.hrefs  # the place: Syria


def test_place_with_coordinates_and_wikidata(base) -> None:
    page = Page(html_get(base, "id/event/xss-1.ev1").text)
    assert "35.5, 36.25" in page.plain
    assert "http://www.wikidata.org/entity/Q1000001" in page.hrefs
    assert "about 3 injured" in page.plain
    place = Page(html_get(base, "id/place/Q1000001").text)
    assert "Testville" in place.plain and "35.5, 36.25" in place.plain
    assert "http://www.wikidata.org/entity/Q1000001" in place.hrefs
    assert any(h.startswith("https://www.openstreetmap.org/") for h in place.hrefs)
    town = Page(html_get(base, "id/place/al-eis").text)
    assert "Country Syria" in town.plain and "Within Aleppo Governorate" in town.plain
    assert {"/id/country/Q858", "/id/place/Q214064", f"/{EVENT}"} <= set(town.hrefs)


# -- RDF by content negotiation -----------------------------------------------------------------
def _check_rdf(r: requests.Response, name: str) -> Graph:
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == RDF_TYPES[name]
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Accept" in r.headers["Vary"]
    g = Graph().parse(data=r.content, format=RDFLIB_FORMAT[name])
    assert (EVENT_IRI, CKG.subEventType, SUBTYPE) in g
    return g


@pytest.mark.parametrize("name", list(RDF_TYPES))
def test_rdf_by_accept(base, name) -> None:
    r = requests.get(f"{base}/{EVENT}", headers={"Accept": RDF_TYPES[name]})
    g = _check_rdf(r, name)
    # one hop into the event's own nodes, and labels of what it links to
    cas = URIRef(BASE_IRI + "id/casualty/dj-566899.evt-aleis.1")
    assert (cas, CKG["count"], None) in g
    span = URIRef(BASE_IRI + "id/span/dj-566899.1808-1876")
    assert (span, URIRef("http://www.w3.org/ns/oa#exact"), None) in g
    assert any(str(o) == "Government regains territory" for o in g.objects(SUBTYPE, None))
    assert any(str(o) == "Al-Eis" for o in g.objects(
        URIRef(BASE_IRI + "id/place/al-eis"), None))


@pytest.mark.parametrize("name", list(RDF_TYPES))
def test_rdf_by_format_parameter(base, name) -> None:
    r = requests.get(f"{base}/{EVENT}", params={"format": name}, headers={"Accept": BROWSER})
    _check_rdf(r, name)


@pytest.mark.parametrize(("accept", "expected"), [
    ("*/*", "text/turtle"),
    ("", "text/turtle"),
    ("application/ld+json, text/html;q=0.5", "application/ld+json"),
    ("text/html;q=0.5, text/turtle", "text/turtle"),
    ("application/rdf+xml;q=0.9, text/html", "text/html"),
    ("application/xhtml+xml", "text/html"),
    ("text/plain", "application/n-triples"),
])
def test_negotiation(base, accept, expected) -> None:
    r = requests.get(f"{base}/{EVENT}", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == expected
    assert "Accept" in r.headers["Vary"]


def test_format_html_overrides_accept_and_unknown_format(base) -> None:
    r = requests.get(f"{base}/{EVENT}", params={"format": "html"},
                     headers={"Accept": "text/turtle"})
    assert r.headers["Content-Type"].startswith("text/html")
    assert requests.get(f"{base}/{EVENT}", params={"format": "pdf"}).status_code == 400


def test_not_acceptable(base) -> None:
    r = requests.get(f"{base}/{EVENT}", headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "text/turtle" in r.text
    assert "Accept" in r.headers["Vary"]


def test_iri_does_not_depend_on_host(base) -> None:
    r = requests.get(f"{base}/{EVENT}", headers={"Accept": "text/turtle",
                                                 "Host": "elsewhere.example"})
    assert (EVENT_IRI, CKG.subEventType, SUBTYPE) in Graph().parse(data=r.text,
                                                                  format="turtle")


# -- unknown resources and traversal ------------------------------------------------------------
@pytest.mark.parametrize("accept", [BROWSER, "text/turtle"])
def test_unknown_resource_is_404(base, accept) -> None:
    r = requests.get(f"{base}/id/event/dj-566899.no-such-event", headers={"Accept": accept})
    assert r.status_code == 404
    r = requests.get(f"{base}/id/no-such-kind/x", headers={"Accept": accept})
    assert r.status_code == 404


@pytest.mark.parametrize("path", [
    "/id/event/..%2F..%2Fetc%2Fpasswd",
    "/id/../sparql",
    "/id/%2e%2e/sparql",
    "/id/event/..",
    "/id/event/%2E%2E",
    "/id/event/dj-566899.evt-aleis%2F..%2F..",
    "/id/event/..%252F..%252Fetc%252Fpasswd",
    "/id/event/a..b",
    "/id/event/%00",
    "/id/event/x%3E%20%3Fp%20%3Fo",
])
def test_traversal_and_odd_keys_are_404(base, path) -> None:
    status, body = raw_get(base, path)
    assert status == 404, body
    assert "root:" not in body and "sparql-service-description" not in body


# -- actor, place, article, graph and generic pages ---------------------------------------------
def test_place_page_lists_events_and_links_wikidata(base) -> None:
    page = Page(html_get(base, "id/place/Q233218").text)
    assert "Idlib Governorate" in page.plain
    assert "Idlib Province" in page.plain  # altLabel
    assert "http://www.wikidata.org/entity/Q233218" in page.hrefs
    assert "/id/country/Q858" in page.hrefs
    rows = page.event_rows
    assert len(rows) == 3
    assert [r[0].split()[0] for r in rows] == ["2020-02-10", "2020-02-10", "2020-02-03"]
    assert "Armed clash" in rows[2][1] and "Idlib Governorate" in rows[2][2]
    for key in ("evt-600km2", "evt-deploy", "evt-feb3-clash"):
        assert f"/id/event/dj-566899.{key}" in page.hrefs


def test_admin1_page_lists_events_in_its_places(base) -> None:
    page = Page(html_get(base, "id/place/Q214064").text)  # Aleppo Governorate ⊃ Al-Eis
    rows = page.event_rows
    assert len(rows) == 1 and "Al-Eis" in rows[0][2] and "in this area" in rows[0][3]


def test_actor_page(base) -> None:
    page = Page(html_get(base, "id/state-force/syrian-arab-army").text)
    text = page.plain
    assert "Syrian Arab Army" in text and "Assad's forces" in text
    assert "not linked" in text  # no Wikidata QID
    rows = page.event_rows
    assert len(rows) == 4
    assert rows[-1][0] == "undated"  # newest first, undated last
    roles = {r[1]: r[3] for r in rows}
    assert "target" in roles["Shelling/artillery/missile attack"]


def test_victims_page_lists_the_event(base) -> None:
    rows = Page(html_get(base, "id/civilians/civilians-syria").text).event_rows
    assert len(rows) == 1 and "victims" in rows[0][3]


def test_article_page(base) -> None:
    page = Page(html_get(base, "id/article/dj-566899").text)
    text = page.plain
    assert "Syrian army attempts to seize Damascus to Aleppo highway" in text
    assert "Digital Journal" in text and "2020-02-10" in text
    assert any(h.startswith("http://www.digitaljournal.com/news/world/") for h in page.hrefs)
    assert len(page.event_rows) == 5


def test_graph_and_generic_pages(base) -> None:
    page = Page(html_get(base, "id/graph/dj-566899").text)
    assert "/id/event/dj-566899.evt-aleis" in page.hrefs
    r = requests.get(f"{base}/id/graph/dj-566899", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert (EVENT_IRI, CKG.subEventType, SUBTYPE) in g and len(g) > 100
    assert html_get(base, "id/dataset/entities").status_code == 200
    span = Page(html_get(base, "id/span/dj-566899.217-304").text)
    assert "The Syrian Army seized the key town of Al Eis" in span.plain
    assert f"/{EVENT}" in span.hrefs  # linked from the event
    cas = Page(html_get(base, "id/casualty/dj-566899.evt-aleis.1").text)
    assert "casualty report: at least 20 killed (Civilians (Syria))" in cas.plain


def test_entity_description_has_incoming_links(base) -> None:
    r = requests.get(f"{base}/id/place/Q233218", params={"format": "ntriples"})
    g = Graph().parse(data=r.text, format="nt")
    place = URIRef(BASE_IRI + "id/place/Q233218")
    assert len(set(g.subjects(CKG.location, place))) == 3


# -- hostile data -------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [XSS_ACTOR, "id/event/xss-1.ev1", "id/article/xss-1",
                                  "id/span/xss-1.0-32", "id/graph/xss-1",
                                  "id/casualty/xss-1.ev1.1"])
def test_markup_in_data_is_escaped(base, path) -> None:
    html = html_get(base, path).text
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [k for k, _v in page.attrs if k.startswith("on")]


def test_actor_with_markup_in_its_name(base) -> None:
    page = Page(html_get(base, XSS_ACTOR).text)
    assert f"{XSS} Brigade" in page.plain  # shown as text, exactly
    assert len(page.event_rows) == 1


def test_javascript_url_is_never_a_link(base) -> None:
    for path in ("id/article/xss-1", "id/event/xss-1.ev1", "id/graph/xss-1",
                 "id/span/xss-1.0-32"):
        page = Page(html_get(base, path).text)
        values = [v or "" for _k, v in page.attrs]
        assert not [v for v in values if "javascript:" in v.lower()], path
    article = Page(html_get(base, "id/article/xss-1").text)
    assert "javascript:alert(1)" in article.plain  # shown as text
    assert "Evil <b>News</b>" in article.plain


# -- pagination ---------------------------------------------------------------------------------
def test_pagination_newest_first(base) -> None:
    path = "id/armed-group/test-militia"
    first = Page(html_get(base, path).text)
    rows = first.event_rows
    assert len(rows) == 50
    newest = date(2021, 1, 1) + timedelta(days=MANY - 1)
    assert rows[0][0] == newest.isoformat()
    assert [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)
    assert f"/{path}?page=2" in first.hrefs
    assert f"/{path}?page=0" not in first.hrefs
    assert f"1–50 of {MANY}" in first.plain and "page 1 of 2" in first.plain
    second = Page(html_get(base, path, page="2").text)
    rows2 = second.event_rows
    assert len(rows2) == MANY - 50
    assert rows2[-1][0] == "2021-01-01"
    assert rows2[0][0] < rows[-1][0]
    assert f"/{path}?page=1" in second.hrefs and f"/{path}?page=3" not in second.hrefs
    beyond = Page(html_get(base, path, page="9").text)
    assert beyond.event_rows == [] and "no events on page 9" in beyond.plain.lower()
    for bad in ("0", "-1", "x", "1e3"):
        r = requests.get(f"{base}/{path}", params={"page": bad}, headers={"Accept": BROWSER})
        assert r.status_code == 400


def test_small_pages_have_no_pagination(base) -> None:
    page = Page(html_get(base, "id/place/Q233218").text)
    assert not [h for h in page.hrefs if "page=" in h]


def test_stylesheet_is_served(base) -> None:
    r = requests.get(base + "/assets/ld/ld.css")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/css")
    assert "http" not in r.text  # no external resources


def test_head_request(base) -> None:
    r = requests.head(f"{base}/{EVENT}", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")


def test_minted_keys_fit_the_route() -> None:
    """Keys minted by the converter always fit the route's pattern (no '..', no '/')."""
    from kg.rdf.iris import key, name_key
    from kg.web.resources import segment_ok

    for raw in ("dj-566899", "../../etc/passwd", "a..b", "sha256:0123abcd", "x/y", "…"):
        for k in (key(raw), name_key(raw)):
            assert segment_ok(k)


def test_each_page_costs_at_most_three_queries(tmp_path) -> None:
    """The query budget, counted at the pool (in process, on a store of its own)."""
    from dataclasses import replace

    from kg.config import Settings
    from kg.web import create_app

    store = tmp_path / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    app = create_app(replace(Settings(), store=str(store), query_workers=1))
    pool = app.config["KG_POOL"]
    calls: list[str] = []
    real_run = pool.run

    def counting_run(job, wait=None):  # type: ignore[no-untyped-def]
        calls.append(job.query)
        return real_run(job, wait)

    pool.run = counting_run
    client = app.test_client()
    try:
        for path, accept, status in [
            (f"/{EVENT}", BROWSER, 200), (f"/{EVENT}", "text/turtle", 200),
            ("/id/place/Q233218", BROWSER, 200), ("/id/country/Q858?page=1", BROWSER, 200),
            ("/id/article/dj-566899", BROWSER, 200), ("/id/graph/dj-566899", BROWSER, 200),
            ("/id/span/dj-566899.217-304", BROWSER, 200),
            ("/id/place/Q233218", "application/ld+json", 200),
            ("/id/event/nope", BROWSER, 404), ("/id/event/nope", "text/turtle", 404),
            ("/id/event/..", BROWSER, 404),
        ]:
            calls.clear()
            r = client.get(path, headers={"Accept": accept})
            assert r.status_code == status, path
            assert len(calls) <= 3, (path, len(calls))
    finally:
        pool.close()
        app.config["KG_STORE"].close()
