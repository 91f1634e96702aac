"""Property: random and mutated requests to a real ``kg serve`` never get a 500 and never hang.

Queries are assembled from SPARQL fragments (valid, truncated, spliced, with hostile literals
and IRIs) or are random text; they arrive by GET, form POST or direct POST, in UTF-8 or other
encodings, with random protocol parameters, Accept headers and content types; other requests
go to every route with random paths, methods and bodies. Every answer must come within the
query timeout plus a margin, with a status below 500 — or 503 with a reason (timeout, busy).
After the run the service still answers a plain query. Bounded and derandomized for CI.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED_FACTS, Served, kg_process

TIMEOUT = 3  # the server's query timeout (s)
CLIENT_TIMEOUT = TIMEOUT + 30  # a hang is an answer later than this
TOKEN = "fuzz-token"
FUZZ = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("fuzz-http") / "store"
    assert kg_process("ingest", SEED_FACTS, store=store).returncode == 0
    served = Served(store, "--workers", "2", "--timeout", str(TIMEOUT),
                    env={"KG_WRITE_TOKEN": TOKEN})
    yield served.base
    served.stop()


FRAGMENTS = [
    "SELECT", "SELECT *", "SELECT DISTINCT ?e", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{",
    "}", "?s ?p ?o", "?e a ckg:Event", "?e ckg:date ?d", ".", ";", ",", "OPTIONAL {", "UNION",
    "FILTER(", ")", "?d > \"2020-01-01\"^^xsd:date", "LIMIT 5", "OFFSET 1", "ORDER BY ?d",
    "GROUP BY ?e", "(COUNT(*) AS ?n)", "VALUES ?x { 1 2 }", "BIND(1/0 AS ?z)", "GRAPH ?g {",
    "FROM <http://example.org/g>", "PREFIX ex: <http://example.org/>", "BASE <rel/>",
    "<http://example.org/a>", "<>", "<#x>", "<relative>", "ex:a", "_:b", "[]", "()",
    '"lit"', "'lit'", '"""long"""', '"x"@en', '"1"^^xsd:integer', "1e999", "-0", "true",
    "REGEX(?o, \"(a+)+$\")", "STRLEN(?o)", "NOT EXISTS {", "MINUS {", "SERVICE", "LOAD",
    "INSERT DATA", "DELETE WHERE", "#", "\\u0041", "\\", "\x00", "\u202e", "🙂", "\r\n",
    "?" * 3, "$v", "a", "rdfs:label", "|", "^", "/", "*", "+", "<script>", "%", "%00",
]
QUERY = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join),
    st.text(max_size=80),
    st.sampled_from([
        "SELECT * WHERE { ?s ?p ?o } LIMIT 10", "ASK { ?e a ckg:Battle }",
        "CONSTRUCT WHERE { ?e a ckg:Event }", "DESCRIBE <https://w3id.org/conflict-kg/id/x>",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 }",
    ]).flatmap(lambda q: st.builds(lambda cut, tail: q[:cut] + tail,
                                   st.integers(0, len(q)), st.sampled_from(FRAGMENTS))),
)
ACCEPT = st.one_of(st.none(), st.sampled_from([
    "*/*", "text/html", "application/sparql-results+json", "text/csv;q=0.5, */*;q=0.1",
    "application/json;q=abc", "text/turtle; charset=utf-8", "image/png", ";;;", "*/*;q=-1",
    "application/sparql-results+xml, text/html;q=2", "a/b/c", ",", "text/*", "*",
]), st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7e), max_size=30))
CONTENT_TYPE = st.sampled_from([
    None, "application/x-www-form-urlencoded", "application/sparql-query",
    "application/sparql-query; charset=latin-1", "text/plain", "multipart/form-data",
    "multipart/form-data; boundary=zz", "application/json", "application/x-www-form-urlencoded;"
    " charset=utf-16", "", "text/turtle", "application/sparql-update",
])
PARAM_NAME = st.sampled_from(["query", "format", "default-graph-uri", "named-graph-uri",
                              "update", "page", "from", "to", "graph", "default", "x", ""])
PARAM_VALUE = st.one_of(st.text(max_size=30), st.sampled_from([
    "html", "json", "csv", "turtle", "jsonld", "bogus", "http://example.org/g", "not an iri",
    "2020-02-10", "-1", "99999999999999999999", "<>", "\x00",
]))
ENCODING = st.sampled_from(["utf-8", "latin-1", "utf-16", "utf-8-sig", "cp1252"])


def _check(resp: requests.Response) -> None:
    assert resp.status_code != 500, resp.text[:300]
    assert resp.status_code < 500 or (resp.status_code == 503 and (
        "stopped" in resp.text or "busy" in resp.text)), (resp.status_code, resp.text[:300])
    if resp.status_code >= 400:
        assert "Traceback" not in resp.text


@given(query=QUERY, how=st.sampled_from(["get", "form", "direct"]), accept=ACCEPT,
       params=st.lists(st.tuples(PARAM_NAME, PARAM_VALUE), max_size=3), encoding=ENCODING)
@FUZZ
def test_random_queries_never_500_or_hang(base: str, query: str, how: str, accept: str | None,
                                          params: list[tuple[str, str]], encoding: str) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    try:
        raw = query.encode(encoding)
    except UnicodeEncodeError:
        raw = query.encode("utf-8", "surrogatepass")
    if how == "get":
        url = base + "/sparql?query=" + quote(raw, safe="") + "".join(
            f"&{quote(k)}={quote(v.encode('utf-8', 'surrogatepass'))}" for k, v in params)
        r = requests.get(url, headers=headers, timeout=CLIENT_TIMEOUT)
    elif how == "form":
        body = b"query=" + quote(raw, safe="").encode() + b"".join(
            f"&{quote(k)}={quote(v.encode('utf-8', 'surrogatepass'))}".encode()
            for k, v in params)
        r = requests.post(base + "/sparql", data=body, timeout=CLIENT_TIMEOUT, headers={
            **headers, "Content-Type": "application/x-www-form-urlencoded"})
    else:
        r = requests.post(base + "/sparql", data=raw, timeout=CLIENT_TIMEOUT,
                          params=[(k, v.encode("utf-8", "surrogatepass")) for k, v in params],
                          headers={**headers, "Content-Type": "application/sparql-query"})
    _check(r)


ROUTES = ["/", "/sparql", "/update", "/store", "/store/x", "/articles", "/id/event/x",
          "/id/place/Q858", "/browse/events", "/browse/places", "/browse/actors", "/dumps/",
          "/exports/", "/dumps/releases/", "/.well-known/void", "/ontology", "/shapes",
          "/health", "/prefixes.json", "/assets/ld/style.css", "/nowhere"]
SEGMENT = st.one_of(st.text(max_size=12), st.sampled_from([
    "..", ".", "%2e%2e", "%2F", "%00", "~", "x" * 300, "%ZZ", "%", ";", "@", ":"]))


@given(route=st.sampled_from(ROUTES), extra=st.lists(SEGMENT, max_size=3),
       method=st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
                               "TRACE", "PROPFIND"]),
       params=st.lists(st.tuples(PARAM_NAME, PARAM_VALUE), max_size=3),
       ctype=CONTENT_TYPE, accept=ACCEPT, body=st.one_of(st.binary(max_size=200), st.text(
           max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       auth=st.sampled_from([None, f"Bearer {TOKEN}", "Bearer x", "Basic Og==", "Bearer"]))
@FUZZ
def test_random_requests_to_every_route_never_500_or_hang(
        base: str, route: str, extra: list[str], method: str, params: list[tuple[str, str]],
        ctype: str | None, accept: str | None, body: bytes, auth: str | None) -> None:
    path = route + "".join("/" + quote(s.encode("utf-8", "surrogatepass"), safe="%.~;@:")
                           for s in extra)
    headers = {k: v for k, v in (("Content-Type", ctype), ("Accept", accept),
                                 ("Authorization", auth)) if v is not None}
    if auth == f"Bearer {TOKEN}" and method in ("PUT", "POST", "DELETE", "PATCH") and \
            route in ("/update", "/store", "/store/x"):
        headers.pop("Authorization")  # keep the seed data: writes are fuzzed unauthorised
    r = requests.request(method, base + path, timeout=CLIENT_TIMEOUT, headers=headers,
                         params=[(k, v.encode("utf-8", "surrogatepass")) for k, v in params],
                         data=body if method not in ("GET", "HEAD") else None)
    _check(r)


def test_service_is_whole_after_the_fuzzing(base: str) -> None:
    """Last in the module: the seed data is intact and every worker answers."""
    for _ in range(6):
        r = requests.get(base + "/sparql", timeout=CLIENT_TIMEOUT, params={
            "query": "SELECT (COUNT(*) AS ?n) WHERE { ?e a ckg:Event }"})
        assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "5"
    assert requests.get(base + "/health", timeout=30).json()["status"] == "ok"
