"""The SHACL gate: shapes and ontology parsed once, one article graph validated at a time.

Validating each article on its own keeps the cost flat as the store grows. The shapes are
self-contained: the converter writes every class explicitly (no RDFS inference is needed) and each
event class shape lists its allowed sub-event types, so the ontology is not mixed into the data
graph — mixing it in costs ~15% per article and pyshacl copies only OWL/RDFS axioms anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.config import ONTOLOGY_PATH, SHAPES_PATH
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
def _graphs(shapes_path: Path = SHAPES_PATH, ontology_path: Path = ONTOLOGY_PATH
            ) -> tuple[Graph, Graph]:
    shapes = Graph().parse(shapes_path, format="turtle")
    ontology = Graph().parse(ontology_path, format="turtle")
    return shapes, ontology


def shapes_graph() -> Graph:
    return _graphs()[0]


def ontology_graph() -> Graph:
    return _graphs()[1]


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


def validate_graph(data: Graph) -> Report:
    """Validate a data graph against the shapes (with the ontology mixed in)."""
    shapes = shapes_graph()
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes, inference="none",
        advanced=True, allow_warnings=True, abort_on_first=False,
    )
    findings = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        component = results.value(result, SH.sourceConstraintComponent)
        findings.append(Finding(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=_short(results.value(result, SH.focusNode)) or "?",
            path=_short(results.value(result, SH.resultPath)),
            component=(_short(component) or "?").replace("<http://www.w3.org/ns/shacl#", "sh:")
            .rstrip(">"),
            message=str(message) if message is not None else "constraint not satisfied",
            value=_short(results.value(result, SH.value)),
        ))
    return Report(conforms=bool(conforms), findings=tuple(findings))
