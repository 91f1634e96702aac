"""Property: any facts document — valid, generated or mutated — is either published (stored
whole and SHACL-valid) or rejected with a message, never a crash and never a half-written store.

The pipeline is the real one (facts → RDF → pyshacl → one Oxigraph transaction) on a real
embedded store. Hypothesis runs a bounded, derandomized number of examples so CI is
deterministic; a failing example is printed and can be pinned with ``@example``.
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import SEED_FACTS
from kg.facts import KINDS
from kg.ingest import ingest
from kg.rdf.iris import Minter
from kg.store.embedded import EmbeddedStore
from kg.store.updates import ontology_statements
from kg.validate import validate_graph

BASE = "https://w3id.org/conflict-kg/"
SEED: dict = json.loads(SEED_FACTS.read_text(encoding="utf-8"))
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: strings that break naive code: markup, control characters, bidi overrides, emoji with
#: modifiers and joiners, combining marks, lone high code points, very long tokens
NASTY = st.sampled_from([
    "", " ", "\x00", "\x1b[31m", "\r\n", "\u2028", "\u202e\u2066evil\u2069", "<b>x</b>",
    "\"'><script>", "👩🏽\u200d🚀", "e\u0301\u0301\u0301", "\ufeff", "\uffff", "\U0010ffff",
    "حلب", "דמשק", "x" * 3000, "ａｌｅｐｐｏ", "null", "NaN", "0", "-1", "1e309",
    "../../etc/passwd", "javascript:alert(1)", "%00", "\\u0000",
])
TEXT = st.one_of(NASTY, st.text(max_size=40), st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20))
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20),
                        st.floats(allow_nan=True, allow_infinity=True), TEXT)
JSON_VALUE = st.recursive(JSON_SCALAR, lambda kids: st.one_of(
    st.lists(kids, max_size=3), st.dictionaries(TEXT, kids, max_size=3)), max_leaves=6)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    s = EmbeddedStore(str(tmp_path_factory.mktemp("fuzz-facts") / "store"), base_iri=BASE)
    s.ensure_ontology(ontology_statements())
    yield s
    s.close()


def _paths(value: object, prefix: tuple = ()) -> Iterator[tuple]:
    """Every path (keys and indexes) into a JSON value."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict:
    """The seed document with 1-4 random edits: a value replaced by any JSON value, a key
    deleted, a list element duplicated, or a string made nasty."""
    doc = copy.deepcopy(SEED)
    doc["article"]["id"] = draw(st.sampled_from(["fz-a", "fz-b", "fz-c"]))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent: object = doc
        for key in path[:-1]:
            parent = parent[key]  # type: ignore[index]
        last = path[-1]
        # string edits keep the shape, so the document gets past parsing to SHACL and the store
        op = draw(st.sampled_from(["replace", "delete", "duplicate", "nasty", "nasty", "nasty"]))
        if op == "replace":
            parent[last] = draw(JSON_VALUE)  # type: ignore[index]
        elif op == "delete":
            del parent[last]  # type: ignore[attr-defined]
        elif op == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))  # type: ignore[index]
        elif isinstance(parent[last], str):  # type: ignore[index]
            parent[last] = draw(NASTY) + parent[last] + draw(NASTY)  # type: ignore[index]
        elif isinstance(parent[last], int) and not isinstance(parent[last], bool):  # type: ignore[index]
            parent[last] = draw(st.integers(-3, 10**12))  # type: ignore[index]
    return doc


@st.composite
def generated_documents(draw: st.DrawFn) -> dict:
    """Documents built from scratch in the facts format's shape: plausible values (hostile
    strings, random graphs of entities and events, offsets that may miss the text), then at most
    one deliberate flaw, so that every outcome — stored, rejected by SHACL, refused — is met."""
    n_ent = draw(st.integers(1, 4))
    entities = [{"id": f"e{i}", "name": f"Name {i} " + draw(TEXT),
                 "kind": draw(st.sampled_from(KINDS)),
                 "wikidata": draw(st.sampled_from([None, "Q858", "Q1000001"]))}
                for i in range(n_ent)]
    types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
             ("Violence against civilians", "Attack"), ("Battles", "Air/drone strike"),
             ("Riots", "Mob violence")]
    ent_ids = [f"e{j}" for j in range(n_ent)]
    text = draw(TEXT)
    events = []
    for i in range(draw(st.integers(0, 3))):
        etype, sub = draw(st.sampled_from(types))
        start = draw(st.integers(-1, 10))
        end = start + draw(st.integers(-1, 30))
        events.append({
            "id": f"ev{i}", "event_type": etype, "sub_event_type": sub,
            "date": draw(st.sampled_from([None, "2020-02-10", "2020-02-09", "0001-01-01"])),
            "date_precision": draw(st.sampled_from(["day", "month", "year", None])),
            "location": draw(st.sampled_from([None, *ent_ids])),
            "actors": draw(st.lists(st.sampled_from(ent_ids), max_size=2)),
            "targets": draw(st.lists(st.sampled_from(ent_ids), max_size=1)),
            "attributed_to": [],
            "certainty": draw(st.sampled_from(["asserted", "claimed"])),
            "casualties": [{"count": draw(st.integers(0, 10**9)),
                            "qualifier": draw(st.sampled_from(["exact", "at-least", "about"])),
                            "outcome": draw(st.sampled_from(["killed", "injured"])),
                            "victim": draw(st.sampled_from([None, *ent_ids])),
                            "claimed_by": None}
                           for _ in range(draw(st.integers(0, 2)))],
            "evidence": [{"start": start, "end": end, "text": text[max(start, 0):max(end, 0)]}],
        })
    doc = {
        "format": "conflict-kg/facts@1",
        "article": {"id": draw(st.sampled_from(["fz-g1", "fz-g2", "fz-g3"])),
                    "title": draw(TEXT), "url": draw(st.sampled_from(
                        ["https://example.org/a", "https://example.org/b?x=<y>&z=\"",
                         "javascript:alert(1)"])),
                    "source": draw(TEXT), "published": "2020-02-10", "language": "en",
                    "text": text},
        "entities": entities, "events": events,
    }
    flaw = draw(st.sampled_from([None, "id", "published", "kind", "wikidata", "dangling",
                                 "type", "count"]))
    if flaw == "id":
        doc["article"]["id"] = draw(st.sampled_from(["", "../x", "a b", "é"]))
    elif flaw == "published":
        doc["article"]["published"] = draw(st.sampled_from(["2020-13-01", "tomorrow", ""]))
    elif flaw == "kind":
        entities[0]["kind"] = "bogus"
    elif flaw == "wikidata":
        entities[0]["wikidata"] = draw(st.sampled_from(["Q0", "858", "Q" + "9" * 30]))
    elif flaw == "dangling" and events:
        events[0]["location"] = "missing"
    elif flaw == "type" and events:
        events[0]["sub_event_type"] = draw(st.sampled_from(["Nothing", "Peaceful protest"]))
    elif flaw == "count" and events and events[0]["casualties"]:
        events[0]["casualties"][0]["count"] = draw(st.sampled_from([-1, 10**30, 1.5, "3"]))
    return doc


def _json_roundtrip(doc: dict) -> object | None:
    """The document as a JSON reader would hand it over (NaN and Infinity included, as
    Python's json accepts them); None when it cannot be written as JSON at all."""
    try:
        return json.loads(json.dumps(doc))
    except (ValueError, TypeError, RecursionError):
        return None


def _publish_or_reject(store: EmbeddedStore, doc: object) -> str:
    """Publish ``doc`` with the real batch pipeline (``kg ingest``'s: read → parse → RDF →
    SHACL gate → one write) and check the store contract: a rejection says why and writes
    nothing; a stored article is whole and passes the shapes as it is in the store."""
    before = len(store._store)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        summary = ingest([path], store, Minter(BASE), max_bytes=10**7)
    (outcome,) = summary.outcomes
    if outcome.status == "rejected":
        assert outcome.message.strip(), "a rejection must say why"
        assert len(store._store) == before  # nothing written for a rejected article
        return "rejected" if "SHACL" in outcome.message else "refused"
    graph = str(Minter(BASE).article_graph(str(outcome.article_id)))
    assert graph in set(store.article_graphs())
    stored = validate_graph(store.article_validation_graph(graph))
    assert stored.conforms, [f.line() for f in stored.violations]  # what is stored is valid
    n_events = sum(1 for _ in store._store.query(
        f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ ?e a "
        f"<https://w3id.org/conflict-kg/ontology#Event> }} }}"))
    assert n_events == outcome.events  # whole: every event of the article is there
    return outcome.status  # stored or unchanged


@given(mutated_documents())
@FUZZ
def test_mutated_documents_are_published_or_rejected(store: EmbeddedStore, doc: dict) -> None:
    loaded = _json_roundtrip(doc)
    if loaded is not None:
        event(_publish_or_reject(store, loaded))  # --hypothesis-show-statistics: the mix


@given(generated_documents())
@FUZZ
def test_generated_documents_are_published_or_rejected(store: EmbeddedStore, doc: dict) -> None:
    loaded = _json_roundtrip(doc)
    if loaded is not None:
        event(_publish_or_reject(store, loaded))  # --hypothesis-show-statistics: the mix


@given(JSON_VALUE)
@settings(max_examples=60, deadline=None, derandomize=True, database=None)
def test_any_json_value_is_refused_with_a_message(store: EmbeddedStore, value: object) -> None:
    """Not a facts document (and not an article): refused, nothing written, no crash."""
    if isinstance(value, float) and math.isnan(value):
        value = None
    assert _publish_or_reject(store, value) == "refused"


def test_the_seed_document_is_stored_by_the_same_check(store: EmbeddedStore) -> None:
    """The property's 'stored' branch is reachable: the unmutated seed takes it."""
    assert _publish_or_reject(store, copy.deepcopy(SEED)) in ("stored", "unchanged")


def test_deeply_nested_json_file_is_rejected_not_a_crash(tmp_path: Path) -> None:
    from conftest import kg_process

    f = tmp_path / "deep.json"
    f.write_text("[" * 200_000, encoding="utf-8")
    r = kg_process("ingest", f, store=tmp_path / "store")
    assert r.returncode == 1 and "nested too deeply" in r.stdout, r.stdout + r.stderr
    assert "internal error" not in r.stderr
