"""The SHACL gate: shapes parsed and compiled once per process, article graphs validated alone
or many at a time.

Validating each article on its own keeps the cost flat as the store grows. The shapes are
self-contained: the converter writes every class explicitly (no RDFS inference is needed) and each
event class shape lists its allowed sub-event types, so the ontology is not mixed into the data
graph (inference "none"). The shapes use SHACL Core and one SPARQL constraint, none of SHACL-AF,
so validation runs without pyshacl's "advanced" mode, which would copy the data graph first.

Two engines give the same reports (``KG_SHACL_ENGINE``):

- ``pyshacl-turbo`` (default): a Rust SHACL engine with pySHACL's API; the shapes are compiled
  once per process, with their numeric ranges as patterns (:func:`fast_engine_shapes`).
  Whenever it finds a violation, pyshacl validates that article again and its report is the
  one that rejects (or, should they ever disagree, accepts) the article.
- ``pyshacl``: the reference implementation the tests check the other against.

Batches (:func:`validate_batch`): one engine run over a union of several article graphs in which
every node that more than one article describes is renamed apart per article — so no article can
mask another's error (an entity typed as an actor by one article is still untyped in the other)
and every finding belongs to exactly one article. Findings are mapped back to their article and
to the original names; an article with a violation, or any finding that cannot be attributed,
is validated on its own, so reports stay per article and exactly what a single run would say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from kg.config import SHACL_ENGINES, SHAPES_PATH, Settings
from kg.rdf.mapping import rdflib_graph, to_rdflib
from kg.rdf.namespaces import PREFIXES


@dataclass(frozen=True)
class Finding:
    """One SHACL result, in words."""

    severity: str
    focus: str
    path: str | None
    component: str
    message: str
    value: str | None

    def line(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"  {self.severity}: {where}: {self.message}{value} [{self.component}]"


@dataclass(frozen=True)
class Report:
    conforms: bool
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    @property
    def violations(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "Violation")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != "Violation")

    def text(self) -> str:
        if not self.findings:
            return "conforms: no violations, no warnings"
        return "\n".join(f.line() for f in sorted(self.findings, key=_order))


def _order(f: Finding) -> tuple[int, str, str, str]:
    return (0 if f.severity == "Violation" else 1, f.focus, f.path or "", f.message)


@cache
def shapes_graph() -> Graph:
    """The shapes file, parsed once per process."""
    return Graph().parse(SHAPES_PATH, format="turtle")


@cache
def _shapes_iris() -> frozenset[str]:
    """Every IRI the shapes mention (classes, properties, allowed values): a batch never
    renames one of these, as the shapes compare them by name."""
    return frozenset(str(t) for triple in shapes_graph() for t in triple if isinstance(t, URIRef))


@cache
def default_engine() -> str:
    """The engine named by ``KG_SHACL_ENGINE`` (read once per process)."""
    return Settings.from_env().shacl_engine


# -- the engines --------------------------------------------------------------------------------
Data = Graph | Sequence[ox.Triple]


def _as_graph(data: Data) -> Graph:
    return data if isinstance(data, Graph) else rdflib_graph(data)


def _run_pyshacl(data: Data) -> tuple[bool, Graph]:
    from pyshacl import validate as shacl_validate

    conforms, results, _text = shacl_validate(
        _as_graph(data), shacl_graph=shapes_graph(), inference="none",
        advanced=False, allow_warnings=True, abort_on_first=False,
    )
    return bool(conforms), results


#: Valid lexical forms, without their sign, of xsd:integer and xsd:decimal.
_UNSIGNED_FORMS = {XSD.integer: r"[0-9]+", XSD.decimal: r"([0-9]+(\.[0-9]*)?|\.[0-9]+)"}


def _integers_below(bound: int) -> str:
    """A pattern of the canonical (no leading zero) decimal numerals of 0 … ``bound`` - 1."""
    digits = str(bound)
    parts = [r"[0-9]" if len(digits) > 1 else f"[0-{bound - 1}]"]
    parts += [rf"[1-9][0-9]{{{n - 1}}}" for n in range(2, len(digits))]
    if len(digits) > 1:
        for i, d in enumerate(digits):
            low = 1 if i == 0 else 0
            if int(d) > low:
                parts.append(digits[:i] + f"[{low}-{int(d) - 1}]"
                             + (rf"[0-9]{{{len(digits) - i - 1}}}" if i < len(digits) - 1 else ""))
    return "|".join(parts)


def _range_pattern(datatype: Node | None, low: Node | None, high: Node | None) -> str | None:
    """The lexical forms of ``datatype`` (xsd:integer or xsd:decimal) whose values lie in
    [``low``, ``high``], as a SHACL (XPath) pattern, for the two ranges the shapes use: ``>= 0``
    (no upper bound) and ``-B … B`` for a positive integer B. None for anything else."""
    unsigned = _UNSIGNED_FORMS.get(datatype)  # type: ignore[arg-type]
    if unsigned is None or not isinstance(low, Literal) or low.datatype != XSD.integer:
        return None
    fraction, zero_fraction = (r"(\.[0-9]*)?", r"(\.0*)?") if datatype == XSD.decimal \
        else ("", "")
    if high is None and low.toPython() == 0:
        # a valid form with a minus sign is >= 0 only when all its digits are zeros
        zeros = r"(0+(\.0*)?|\.0+)" if datatype == XSD.decimal else r"0+"
        return rf"^(\+?{unsigned}|-{zeros})$"
    if isinstance(high, Literal) and high.datatype == XSD.integer \
            and isinstance(bound := high.toPython(), int) and bound > 0 \
            and low.toPython() == -bound:
        tail = r"|\.[0-9]+" if datatype == XSD.decimal else ""
        return (rf"^[+-]?(0*({_integers_below(bound)}){fraction}|0*{bound}{zero_fraction}"
                rf"{tail})$")
    return None


def _inverted_shapes(shapes: Graph) -> set[Node]:
    """Shapes whose failure can make another shape pass: those under ``sh:not``, members of
    ``sh:xone`` lists and qualified value shapes, and every shape they reach."""
    todo: list[Node] = [*shapes.objects(None, SH["not"]), *shapes.objects(None,
                                                                       SH.qualifiedValueShape)]
    for head in shapes.objects(None, SH.xone):
        todo += list(Collection(shapes, head))
    seen: set[Node] = set()
    while todo:
        shape = todo.pop()
        if shape in seen:
            continue
        seen.add(shape)
        for p in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape):
            todo += list(shapes.objects(shape, p))
        for p in (SH["and"], SH["or"], SH.xone):
            for head in shapes.objects(shape, p):
                todo += list(Collection(shapes, head))
    return seen


def fast_engine_shapes(shapes: Graph) -> Graph:
    """The shapes as pyshacl-turbo runs them: the numeric range of a shape that also requires
    ``sh:datatype`` xsd:integer or xsd:decimal (``sh:minInclusive 0``, or ``sh:minInclusive -B``
    with ``sh:maxInclusive B``) is checked as a ``sh:pattern`` of that type's lexical forms in
    the range instead.

    Why: pyshacl-turbo evaluates each ``sh:minInclusive``/``sh:maxInclusive`` comparison as a
    SPARQL expression in Oxigraph's profiling mode (a clock read per step), which made the
    ranges of counts, text offsets and coordinates ~25 % of its time per article
    (bench/README.md, "SHACL's range checks"); its pattern check is native. The verdict
    cannot get laxer: a value the pattern accepts, of the datatype the shape requires, lies in
    the range, and a value of another type fails ``sh:datatype`` in both forms. It can only get
    stricter (a valid form the pattern misses, e.g. with surrounding spaces), and every
    violation the fast engine finds is judged again by pyshacl with the published shapes
    (:func:`validate_graph`), so reports and verdicts are the published shapes' own. Left as
    they are: shapes with a ``sh:pattern`` of their own or other range parameters, warnings
    (a conforming article keeps the fast engine's report), and shapes under ``sh:not``,
    ``sh:xone`` or a qualified value shape, where stricter is laxer."""
    out = Graph()
    for prefix, namespace in shapes.namespaces():
        out.bind(prefix, namespace, override=True)
    patterns: dict[Node, str] = {}
    inverted = _inverted_shapes(shapes)
    for shape in set(shapes.subjects(SH.minInclusive, None)):
        if shape in inverted or shapes.value(shape, SH.severity, default=SH.Violation) \
                != SH.Violation:
            # a stricter check is a laxer one under sh:not, sh:xone or a qualified maximum;
            # a warning's own report (the fast engine's, when nothing is violated) would name
            # another constraint component
            continue
        values = {p: list(shapes.objects(shape, p)) for p in (
            SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.datatype,
            SH.pattern, SH.flags)}
        if values[SH.pattern] or values[SH.flags] or values[SH.minExclusive] \
                or values[SH.maxExclusive] or len(values[SH.datatype]) != 1 \
                or len(values[SH.minInclusive]) != 1 or len(values[SH.maxInclusive]) > 1:
            continue
        pattern = _range_pattern(values[SH.datatype][0], values[SH.minInclusive][0],
                                 values[SH.maxInclusive][0] if values[SH.maxInclusive] else None)
        if pattern is not None:
            patterns[shape] = pattern
    for s, p, o in shapes:
        if s in patterns and p in (SH.minInclusive, SH.maxInclusive):
            continue
        out.add((s, p, o))
    for shape, pattern in patterns.items():
        out.add((shape, SH.pattern, Literal(pattern)))
    return out


@cache
def _turbo_program():  # type: ignore[no-untyped-def]
    """The shapes compiled by pyshacl-turbo, once per process."""
    import pyshacl_turbo

    return pyshacl_turbo.compile_shapes(fast_engine_shapes(shapes_graph()), advanced=False)


def _turbo_input(triples: Sequence[ox.Triple]) -> object:
    """pyoxigraph triples as the engine's native input: N-Triples text, written by Oxigraph's
    serialiser and handed over as pyshacl-turbo's own input record — what the engine makes of
    an Oxigraph store anyway (a dump of it), without building the store (~0.6 ms per article
    of ~190 triples). An engine version without that record gets the store."""
    try:
        from pyshacl_turbo.rdf import Input
    except ImportError:
        store = ox.Store()
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        return store
    text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return Input(text, "nt", None, {}, preserve_ids=True)


def _run_turbo(data: Data) -> tuple[bool, Graph]:
    source = data if isinstance(data, Graph) else _turbo_input(data)
    conforms, results, _text = _turbo_program().validate(
        source, inference="none", allow_warnings=True, abort_on_first=False)
    return bool(conforms), results


_RUNNERS: dict[str, Callable[[Data], tuple[bool, Graph]]] = {
    "pyshacl": _run_pyshacl, "pyshacl-turbo": _run_turbo,
}
assert set(_RUNNERS) == set(SHACL_ENGINES)


# -- reports ------------------------------------------------------------------------------------
def _short(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, ns in PREFIXES.items():
            if text.startswith(ns) and len(text) > len(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return node.n3()
    return str(node)


def _results(results: Graph) -> list[tuple[Node, dict[str, Node | None]]]:
    """(result node, its parts) for every result of a report graph."""
    out = []
    for result in results.subjects(SH.resultSeverity, None):
        out.append((result, {
            "severity": results.value(result, SH.resultSeverity),
            "focus": results.value(result, SH.focusNode),
            "path": results.value(result, SH.resultPath),
            "component": results.value(result, SH.sourceConstraintComponent),
            "message": results.value(result, SH.resultMessage),
            "value": results.value(result, SH.value),
        }))
    return out


def _finding(parts: dict[str, Node | None], restore: Callable[[Node | None], Node | None]
             ) -> Finding:
    message = parts["message"]
    return Finding(
        severity=str(parts["severity"]).rsplit("#", 1)[-1],
        focus=_short(restore(parts["focus"])) or "?",
        path=_short(parts["path"]),
        component=(_short(parts["component"]) or "?")
        .replace("<http://www.w3.org/ns/shacl#", "sh:").rstrip(">"),
        message=str(message) if message is not None else "constraint not satisfied",
        value=_short(restore(parts["value"])),
    )


def _report(conforms: bool, results: Graph) -> Report:
    return Report(conforms=conforms, findings=tuple(
        _finding(parts, lambda n: n) for _r, parts in _results(results)))


def validate_graph(data: Data, engine: str | None = None) -> Report:
    """Validate one data graph (an rdflib Graph or pyoxigraph triples) against the shapes.

    With pyshacl-turbo, a graph it finds in violation is validated again by pyshacl, whose
    report decides: every rejection and its wording come from the reference engine."""
    engine = engine or default_engine()
    if engine == "pyshacl":
        return _report(*_run_pyshacl(data))
    try:
        conforms, results = _RUNNERS[engine](data)
    except Exception:  # an engine failure must not decide an article's fate: ask the reference
        return _report(*_run_pyshacl(data))
    if not conforms:
        return _report(*_run_pyshacl(data))
    return _report(conforms, results)


# -- batches ------------------------------------------------------------------------------------
OxNode = ox.NamedNode | ox.BlankNode


@dataclass
class _Union:
    """Several article graphs as one, with the nodes they share renamed apart per article."""

    triples: list[ox.Triple]
    owner: dict[OxNode, int]  # a node → the one article it belongs to
    original: dict[OxNode, OxNode]  # a renamed node → its name in its article


def _disjoint_union(articles: Sequence[Sequence[ox.Triple]]) -> _Union | None:
    """The union of ``articles`` in which every IRI or blank node that is the subject of a
    triple in one article and occurs in another is renamed per article (``urn:kg-batch:…``).
    What is left shared are objects without triples of their own (vocabulary terms, Wikidata
    IRIs, literals), which no shape can follow from one article into another. None when a
    shared subject is named by the shapes themselves (renaming it would change the checks).

    Built from per-article sets (one pass of C-level set building per article) and only the
    triples that touch a shared node are rebuilt: a batch costs ~0.4 ms per article here."""
    subjects_of = [{t.subject for t in triples} for triples in articles]
    nodes_of = [subjects | {t.object for t in triples if not isinstance(t.object, ox.Literal)}
                for subjects, triples in zip(subjects_of, articles, strict=True)]
    counts = Counter(n for nodes in nodes_of for n in nodes)
    multi = {n for n, c in counts.items() if c > 1}  # nodes occurring in more than one article
    shared = multi & set().union(*subjects_of)
    shapes_iris = _shapes_iris()
    if any(isinstance(n, ox.NamedNode) and n.value in shapes_iris for n in shared):
        return None
    owner = {n: i for i, nodes in enumerate(nodes_of) for n in nodes if n not in multi}
    if not shared:
        return _Union([t for triples in articles for t in triples], owner, {})
    original: dict[OxNode, OxNode] = {}
    union: list[ox.Triple] = []
    for i, (triples, nodes) in enumerate(zip(articles, nodes_of, strict=True)):
        local = nodes & shared
        if not local:
            union += triples
            continue
        renamed: dict[OxNode, OxNode] = {}
        for n in sorted(local, key=str):
            new = ox.NamedNode(f"urn:kg-batch:{i}:{len(original)}")
            renamed[n] = new
            original[new] = n
            owner[new] = i
        for t in triples:
            s, o = t.subject, t.object
            if s in local or o in local:
                t = ox.Triple(renamed.get(s, s), t.predicate, renamed.get(o, o))
            union.append(t)
    return _Union(union, owner, original)


def _ox_key(node: Node | None) -> ox.NamedNode | None:
    """A report node as :class:`_Union` keys it (None: not a data node we can place, e.g. a
    blank node the report copied under a new label, or a literal)."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    return None


def validate_batch(articles: Sequence[Sequence[ox.Triple]], engine: str | None = None
                   ) -> list[Report]:
    """One report per article graph, as :func:`validate_graph` would give for each alone, from
    one engine run over all of them when they conform (the common case). A batch with a
    violation is narrowed down by validating the offending articles (or, when a finding
    cannot be placed, all of them) one by one."""
    engine = engine or default_engine()
    if len(articles) <= 1:
        return [validate_graph(a, engine) for a in articles]
    union = _disjoint_union(articles)
    if union is None:
        return [validate_graph(a, engine) for a in articles]
    try:
        conforms, results = _RUNNERS[engine](union.triples)
    except Exception:  # let the single-article path (and its reference fallback) decide
        return [validate_graph(a, engine) for a in articles]

    def restore(node: Node | None) -> Node | None:
        key = _ox_key(node)
        return to_rdflib(union.original[key]) if key in union.original else node

    findings: list[list[Finding]] = [[] for _ in articles]
    for _result, parts in _results(results):
        where = None
        for candidate in (parts["focus"], parts["value"]):
            key = _ox_key(candidate)
            if key is not None and key in union.owner:
                where = union.owner[key]
                break
        if where is None or isinstance(parts["focus"], BNode):
            return [validate_graph(a, engine) for a in articles]
        findings[where].append(_finding(parts, restore))
    violated = [any(f.severity == "Violation" for f in fs) for fs in findings]
    if not conforms and not any(violated):
        return [validate_graph(a, engine) for a in articles]
    return [validate_graph(a, engine) if bad else Report(conforms=True, findings=tuple(fs))
            for a, fs, bad in zip(articles, findings, violated, strict=True)]
