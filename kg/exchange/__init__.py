"""Academic data exchange: our events as ACLED- and UCDP-GED-shaped tables, those tables back
into the graph, and citable releases.

One module per concern: :mod:`records` reads events from a store with SPARQL (Oxigraph's
engine), :mod:`figures` turns casualty claims into table figures, :mod:`acled_export` and
:mod:`ucdp_export` write the CSV layouts, :mod:`tables` reads CSV files with line numbers,
:mod:`acled_import` and :mod:`ucdp_import` turn rows into facts, :mod:`importer` publishes them
through the SHACL gate, and :mod:`release` writes immutable, checksummed releases.
"""

from __future__ import annotations

#: ``kg export --format`` / ``kg import --format`` names.
EXPORT_FORMATS = ("acled-csv", "ucdp-ged")
IMPORT_FORMATS = ("acled-csv", "ucdp-ged")
