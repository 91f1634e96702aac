"""The lexical SERVICE/LOAD guard: keywords are found where they are keywords, and only there.

pyoxigraph would fetch any SERVICE or LOAD IRI (internal hosts included), so a bypass of this
guard is an SSRF; the escape cases below were real bypasses once.
"""

from __future__ import annotations

import pytest

from kg.query_text import has_keyword, query_facts, query_form, with_update_dataset


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }",
    "select * { service silent <http://10.0.0.1/> { ?s ?p ?o } }",
    r"SELECT * { BIND(schema:x\#y AS ?z) SERVICE <http://internal/> { ?s ?p ?o } }",
    "SELECT * { BIND(ex:a\\' AS ?x) SERVICE <http://i/> { ?s ?p ?o } BIND(\"'\" AS ?y) }",
    'SELECT * { BIND("a\\"b" AS ?x) SERVICE <http://i/> { ?s ?p ?o } }',
    "SELECT * {\n# comment\nSERVICE <http://i/> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",
    # an IRI holding what SPARQL allows in one, then '#': if the scanner does not take it for
    # an IRI, the '#' starts a "comment" that hides the SERVICE after it (real bypasses once)
    r"SELECT * { BIND(<http://x/\u0061#> AS ?a) SERVICE <http://i/> { ?s ?p ?o } }",
    r"SELECT * { BIND(<http://x/\U0001F600#> AS ?a) SERVICE <http://i/> { ?s ?p ?o } }",
    "SELECT * { BIND(<http://x/\u00a0#> AS ?a) SERVICE <http://i/> { ?s ?p ?o } }",
    "SELECT * { BIND(<http://x/a#\u3000> AS ?a) SERVICE <http://i/> { ?s ?p ?o } }",
    "SELECT * { BIND(<http://x/\u2028#> AS ?a) SERVICE <http://i/> { ?s ?p ?o } }",
])
def test_service_is_found(query: str) -> None:
    assert has_keyword(query, "SERVICE")
    assert query_facts(query).service  # the endpoint's one-pass scan finds it too


@pytest.mark.parametrize("query", [
    'SELECT * { ?s ?p "SERVICE" }',
    "SELECT * { ?s ?p ?o } # SERVICE <http://x/>",
    "SELECT * { ?s ex:SERVICE ?o . ?service ?p <http://x/SERVICE> }",
    "SELECT * { ?s ?p '''multi\nline SERVICE''' }",
])
def test_service_is_not_found_where_it_is_not_a_keyword(query: str) -> None:
    assert not has_keyword(query, "SERVICE")
    assert not query_facts(query).service


def test_load_hidden_behind_an_escape_is_found() -> None:
    assert has_keyword(r"INSERT DATA { ex:a\#b ex:p 1 } ; LOAD SILENT <http://127.0.0.1/x>",
                       "LOAD")


@pytest.mark.parametrize(("query", "form"), [
    ("PREFIX a: <http://x/SELECT> # ASK\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("ask {}", "ASK"), ("BASE <http://x/> select * {}", "SELECT"),
    ("DESCRIBE <http://x/>", "DESCRIBE"), ("INSERT DATA {}", None),
])
def test_query_form(query: str, form: str | None) -> None:
    assert query_form(query) == form
    assert query_facts(query).form == form


@pytest.mark.parametrize(("query", "from_clause"), [
    ("SELECT * FROM <http://g/> WHERE { ?s ?p ?o }", True),
    ("select * from named <http://g/> { graph ?g { ?s ?p ?o } }", True),
    ("SELECT ?from WHERE { ?s ex:FROM ?from } # FROM <http://g/>", False),
    ('SELECT * WHERE { ?s ?p "FROM" . ?s ?p <http://x/FROM> }', False),
])
def test_from_clause(query: str, from_clause: bool) -> None:
    """The FROM fact decides whether a worker answers from the union default graph."""
    assert has_keyword(query, "FROM") is from_clause
    facts = query_facts(query)
    assert facts.from_clause is from_clause
    assert facts.form == "SELECT" and not facts.service


def test_update_dataset_goes_before_each_top_level_where() -> None:
    update = ('PREFIX ex: <http://ex/#WHERE> INSERT { ?s a ?o } WHERE { ?s a ?o '
              '{ SELECT ?s WHERE { ?s ?p "WHERE" } } } ; DELETE WHERE { ?s ?p ?o } ; '
              'DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }')
    out = with_update_dataset(update, ["http://a/"], ["http://b/"])
    clause = "USING <http://a/> USING NAMED <http://b/> WHERE"
    assert out.count(clause) == 2  # not in the sub-SELECT, not after DELETE WHERE
    assert out.replace("USING <http://a/> USING NAMED <http://b/> ", "") == update


@pytest.mark.parametrize("update", [
    "INSERT { ?s a ?o } USING <http://x/> WHERE { ?s a ?o }",
    "WITH <http://x/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_update_with_its_own_dataset_refuses_the_parameters(update: str) -> None:
    with pytest.raises(ValueError, match="cannot be combined"):
        with_update_dataset(update, ["http://a/"], [])
