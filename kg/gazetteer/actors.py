"""The curated actors file (``data/gazetteer/actors.csv``): reading and validation.

Columns: ``id,name,kind,wikidata,aliases,country_qid,acled_inter,evidence``.

* ``id`` — stable local id (``[a-z0-9_-]+``); becomes the gazetteer id ``actor:<id>`` and so
  the basis of local IRIs for actors that have no QID.
* ``kind`` — a facts-format entity kind (state_force, armed_group, government_body,
  organization, person, civilians; ``country`` is allowed for polity-actors).
* ``wikidata`` — a QID or empty. A QID is only written when ``evidence`` cites a source that
  pairs this name with this QID; empty means "not verified", never "does not exist".
* ``aliases`` — ``|``-separated surface forms (acronyms, other languages, old names).
* ``country_qid`` — the state the actor belongs to or mainly operates in (for context
  disambiguation: "National Liberation Army" in a Colombian article is the ELN).
* ``acled_inter`` — ACLED actor-type code 1–8 when it is fixed for the actor, else empty.
* ``evidence`` — where the QID (or its absence) was checked; required on every row.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from kg.gazetteer.normalize import is_arabic
from kg.gazetteer.records import ENTITY_KINDS

QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
COLUMNS = ("id", "name", "kind", "wikidata", "aliases", "country_qid", "acled_inter", "evidence")


def read_csv_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Raw rows of a curated CSV file (all strings, stripped), which must have ``columns``.
    Lines starting with '#' are comments."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"{path}: missing columns {missing}")
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def read_actor_rows(path: Path) -> list[dict[str, str]]:
    """Raw rows of the curated actors file."""
    return read_csv_rows(path, COLUMNS)


def validate_actor_rows(rows: list[dict[str, str]]) -> list[str]:
    """Every problem found, as readable strings (empty list = valid).

    Enforced because a wrong QID is worse than none: malformed QIDs, QIDs without evidence,
    duplicate ids or kinds outside the facts format all fail the build.
    """
    errors: list[str] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        rid = row.get("id", "")
        where = f"line {n} ({rid or '?'})"
        if not ID_RE.match(rid):
            errors.append(f"{where}: bad id")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        if not row.get("name"):
            errors.append(f"{where}: empty name")
        if row.get("kind") not in ENTITY_KINDS:
            errors.append(f"{where}: kind {row.get('kind')!r} is not a facts-format kind")
        qid = row.get("wikidata", "")
        if qid and not QID_RE.match(qid):
            errors.append(f"{where}: malformed QID {qid!r}")
        if not row.get("evidence"):
            errors.append(f"{where}: evidence is required")
        cq = row.get("country_qid", "")
        if cq and not QID_RE.match(cq):
            errors.append(f"{where}: malformed country_qid {cq!r}")
        inter = row.get("acled_inter", "")
        if inter and inter not in {str(i) for i in range(1, 9)}:
            errors.append(f"{where}: acled_inter must be 1-8")
    return errors


def actor_records(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Turn validated rows into gazetteer records (same shape as place records)."""
    out = []
    for row in rows:
        aliases = sorted({a.strip() for a in row.get("aliases", "").split("|") if a.strip()}
                         - {row["name"]})
        out.append({
            "id": f"actor:{row['id']}",
            "qid": row.get("wikidata") or None,
            "kind": row["kind"],
            "level": "actor",
            "name": row["name"],
            "names": [a for a in aliases if not is_arabic(a)],
            "ar": [a for a in aliases if is_arabic(a)],
            "country": row.get("country_qid") or None,
            "acled_inter": int(row["acled_inter"]) if row.get("acled_inter") else None,
            "evidence": row.get("evidence") or None,
            "src": ["actors.csv"],
        })
    return out


def load_actors(path: Path) -> list[dict[str, Any]]:
    """Read, validate (raising ValueError listing every problem) and convert the actors file."""
    rows = read_actor_rows(path)
    errors = validate_actor_rows(rows)
    if errors:
        raise ValueError(f"{path}: invalid actors file:\n  " + "\n  ".join(errors))
    return actor_records(rows)

