"""Extraction gives the same facts whatever Python's string-hash seed: IRIs and dumps must be
stable across runs and machines, and a set's iteration order must never choose a mention."""

from __future__ import annotations

import os
import subprocess
import sys

#: An article whose place has a name and an alias that match at the same offset ("Kpendjal
#: prefecture" / "Kpendjal"): which one wins once depended on a set's hash order.
_SCRIPT = """
import json
from kg.extract.article import from_text
from kg.extract.pipeline import extract
text = ("Attacks were recorded for the first time in Togo's Kpendjal prefecture last week, "
        "officials said.\\n\\nSuspected militants killed six civilians accused of collaborating "
        "with the army in the village of Kourientre, in Kpendjal prefecture, on 28 February.")
facts, _ = extract(from_text(text, id="t", published="2026-03-04"))
print(json.dumps(facts, sort_keys=True))
"""


def _facts_with_hash_seed(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                          text=True, check=True, timeout=300)
    return done.stdout


def test_extraction_does_not_depend_on_the_hash_seed() -> None:
    # (seeds 1 and 2 gave different mentions before the names were searched in a fixed order)
    first = _facts_with_hash_seed("1")
    assert '"Kpendjal prefecture"' in first
    assert _facts_with_hash_seed("2") == first
