"""The check behind `make install`'s spaCy build (kg/extract/spacy_build.py), and its outcome."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.extract.spacy_build import has_profiling_hooks, reports_pyx_calls


def _compiled_as(filename: str):  # type: ignore[no-untyped-def]
    """A real function whose code object names ``filename`` as its source, as the frames
    Cython's profiling hooks report name their ``.pyx`` file."""
    namespace: dict[str, object] = {}
    exec(compile("def build():\n    return 1\n", filename, "exec"), namespace)
    return namespace["build"]


def test_a_call_reported_from_a_pyx_source_is_seen() -> None:
    assert reports_pyx_calls(_compiled_as("spacy/tokens/doc.pyx"))


def test_calls_from_python_sources_are_not_taken_for_hooks() -> None:
    assert not reports_pyx_calls(_compiled_as("spacy/tokens/_dict_proxies.py"))
    assert not reports_pyx_calls(lambda: sorted([3, 1, 2]))


def test_the_profiler_in_place_before_the_check_is_restored() -> None:
    def mine(*_args: object) -> None:
        return None

    before = sys.getprofile()
    sys.setprofile(mine)
    try:
        reports_pyx_calls(lambda: None)
        assert sys.getprofile() is mine
    finally:
        sys.setprofile(before)


def test_make_install_left_spacy_without_profiling_hooks() -> None:
    """`make install` builds spaCy without the hooks when the wheel has them; only when that
    build failed (no compiler) does it leave `.spacy-stock` in the virtualenv."""
    venv = Path(sys.prefix)
    if not (venv / ".spacy-built").exists():
        pytest.skip("not a virtualenv made by `make install`")
    if (venv / ".spacy-stock").exists():
        pytest.skip("`make install` could not build spaCy here: the wheel's hooks stay")
    assert not has_profiling_hooks()
