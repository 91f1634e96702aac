"""The compiled gazetteer file: gzip'd JSON Lines, one header line then one record per line.

Why this shape: it is small once compressed (the repo ships it), streams line by line, diffs
reasonably when decompressed, and needs nothing beyond the standard library to read. The
writer fixes every source of non-determinism (key order, record order, gzip mtime and file
name) so that rebuilding from the same inputs gives byte-identical output.

Header (first line)::

    {"format": "conflict-kg/gazetteer@1", "builder": "...", "sources": [...], "counts": {...},
     "capitals": {"Q837": "Q3037", ...}}

``capitals`` (built with the GeoNames cities) maps a country's id to its capital city's record
id, from GeoNames' country table: news names a capital by the word alone ("in the capital").

Record (every other line; absent optional fields are null or empty lists)::

    {"id": "Q41183", "qid": "Q41183", "kind": "place", "level": "locality",
     "name": "Aleppo", "names": ["Halab", ...], "ar": ["حلب"], "country": "Q858",
     "admin1": "Q214064", "lat": 36.2, "lon": 37.16, "pop": 1602264, "gn": 170063,
     "wof": 421202163, "iso": null, "src": ["wof-sy"]}

``id`` is the QID when there is one, else a source-local id ("wof:…", "gn:…", "actor:…").
``kind`` is one of the facts-format entity kinds (``place``/``country`` for places; actor
kinds for the curated actors). ``level`` orders places for disambiguation (country, admin1,
admin2, locality, neighbourhood, territory, region) and is ``actor`` for actors.
"""

from __future__ import annotations

import gc
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FORMAT = "conflict-kg/gazetteer@1"
RECORD_FIELDS = ("id", "qid", "kind", "level", "name", "names", "ar", "country", "admin1",
                 "lat", "lon", "pop", "gn", "wof", "iso", "acled_inter", "evidence", "src")
PLACE_KINDS = frozenset({"place", "country"})
ACTOR_KINDS = frozenset({"state_force", "armed_group", "government_body", "organization",
                         "person", "civilians"})
ENTITY_KINDS = PLACE_KINDS | ACTOR_KINDS
LEVEL_ORDER = {"country": 0, "admin1": 1, "admin2": 2, "locality": 3, "neighbourhood": 4,
               "territory": 5, "region": 6, "actor": 7}


def _round(value: float | None) -> float | None:
    """Five decimals (~1 m) is plenty for news geocoding and keeps the file small."""
    return None if value is None else round(float(value), 5)


def normalise_record(rec: dict[str, Any]) -> dict[str, Any]:
    """Return the record with every field present, in canonical order and rounding."""
    out: dict[str, Any] = {}
    for key in RECORD_FIELDS:
        val = rec.get(key)
        if key in ("names", "ar", "src"):
            val = list(val or [])
        elif key in ("lat", "lon"):
            val = _round(val)
        out[key] = val
    return out


def sort_key(rec: dict[str, Any]) -> tuple[Any, ...]:
    """Stable record order: kind/level first (countries on top), then country, name, id."""
    return (LEVEL_ORDER.get(rec.get("level") or "", 9), rec.get("country") or "",
            rec.get("name") or "", rec.get("id") or "")


def write_gazetteer(path: Path, header: dict[str, Any], records: Iterable[dict[str, Any]]) -> int:
    """Write header + records deterministically; returns the number of records written."""
    recs = sorted((normalise_record(r) for r in records), key=sort_key)
    head = {"format": FORMAT, **header}
    head["counts"] = count_records(recs)
    buf = io.StringIO()
    buf.write(json.dumps(head, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    buf.write("\n")
    for rec in recs:
        buf.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
        buf.write("\n")
    data = buf.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                               compresslevel=9) as gz:
        gz.write(data)
    tmp.replace(path)
    return len(recs)


def count_records(records: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Counts per kind and level, plus how many records carry a QID (goes into the header)."""
    counts: dict[str, int] = {}
    for rec in records:
        for key in (f"kind:{rec.get('kind')}", f"level:{rec.get('level')}"):
            counts[key] = counts.get(key, 0) + 1
        if rec.get("qid"):
            counts["with_qid"] = counts.get("with_qid", 0) + 1
        counts["total"] = counts.get("total", 0) + 1
    return dict(sorted(counts.items()))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Bulk loading allocates ~10⁶ small objects: cyclic GC passes over them only cost time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_gazetteer(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Read a compiled file; plain (non-gzip) JSON Lines is accepted too, for debugging."""
    raw = Path(path).read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    first, _, rest = raw.decode("utf-8").partition("\n")
    header = json.loads(first) if first.strip() else {}
    if header.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file (format={header.get('format')!r})")
    # one decoder call over the whole body is ~30% faster than one call per line
    lines = [line for line in rest.split("\n") if line.strip()]
    with gc_paused():
        records = json.loads("[" + ",".join(lines) + "]") if lines else []
    return header, records
