"""Table exports by format name, from a store or from an N-Quads snapshot file.

The CLI exports from the open store (which the CLI holds alone, so its queries see one state);
the web service and releases export from a snapshot file loaded into an in-memory Oxigraph
store, so every table of a store version comes from exactly the data of that version.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from kg.errors import InputError
from kg.exchange.acled_export import write_acled
from kg.exchange.records import EventRecord, QueryFn, read_events
from kg.exchange.ucdp_export import write_ucdp
from kg.rdf.namespaces import PREFIXES

WRITERS: dict[str, Callable[[list[EventRecord], TextIO], int]] = {
    "acled-csv": write_acled, "ucdp-ged": write_ucdp,
}
#: format → file name in releases and under /exports/
FILE_NAMES = {"acled-csv": "events.csv", "ucdp-ged": "events-ucdp-ged.csv"}
MEDIA_TYPE = "text/csv"


def snapshot_query(nquads: Path) -> QueryFn:
    """A query function over an in-memory copy of an N-Quads snapshot (union default graph)."""
    store = ox.Store()
    with nquads.open("rb") as fh:
        store.bulk_load(fh, ox.RdfFormat.N_QUADS)
    return lambda q: store.query(q, use_default_graph_as_union=True, prefixes=PREFIXES)


def export_csv(fmt: str, query: QueryFn, out: TextIO) -> int:
    """Write one table (header + one row per event); returns the number of rows."""
    if fmt not in WRITERS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(WRITERS)}")
    return WRITERS[fmt](read_events(query), out)


def export_bytes(fmt: str, query: QueryFn) -> tuple[bytes, int]:
    """The table as UTF-8 bytes (no byte order mark) and its row count."""
    buf = io.StringIO(newline="")
    n = export_csv(fmt, query, buf)
    return buf.getvalue().encode("utf-8"), n


def write_file(fmt: str, query: QueryFn, target: Path) -> int:
    """Write the table to ``target`` via ``target.part`` and a rename: never half a file."""
    data, n = export_bytes(fmt, query)
    part = target.with_name(target.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise InputError(f"cannot write {target}: {exc.strerror}") from None
    return n
