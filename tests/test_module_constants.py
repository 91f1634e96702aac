"""Each module-level constant is bound once.

A second ``_PLACE_NOUNS = …`` further down ``kg/extract/pipeline.py`` silently replaced the first
for every function that read it, so three rules ran on a list written for a fourth (found in
session 19). Python allows the rebinding; this test does not.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def constants_bound_twice(source: str) -> list[str]:
    """Names in UPPER_CASE assigned more than once at a module's top level."""
    seen: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                seen[target.id] += 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_the_check_finds_a_rebound_constant() -> None:
    assert constants_bound_twice("_A = 1\nB: int = 2\n_A = 3\nb = 1\nb = 2\n") == ["_A"]


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_rebinds_a_constant(module: Path) -> None:
    assert constants_bound_twice(module.read_text(encoding="utf-8")) == []
