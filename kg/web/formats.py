"""Result formats: names, W3C media types and pyoxigraph serialisers, in one table.

Results are always written by pyoxigraph's own serialisers (never re-serialised through rdflib),
which is what keeps the HTTP layer nearly free.
"""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

#: name → (media type, pyoxigraph format) for SELECT and ASK results; first = default.
RESULT_FORMATS: dict[str, tuple[str, ox.QueryResultsFormat]] = {
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
#: name → (media type, pyoxigraph format) for CONSTRUCT and DESCRIBE; first = default.
GRAPH_FORMATS: dict[str, tuple[str, ox.RdfFormat]] = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    "jsonld": ("application/ld+json", ox.RdfFormat.JSON_LD),
    "nquads": ("application/n-quads", ox.RdfFormat.N_QUADS),
    "trig": ("application/trig", ox.RdfFormat.TRIG),
}
#: Media types clients send that mean one of ours.
ALIASES: dict[str, str] = {
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
    "text/plain": "ntriples", "application/x-turtle": "turtle",
    "application/json+ld": "jsonld",
}
#: ``format=`` values browsers and scripts use.
FORMAT_PARAM: dict[str, str] = {
    **{k: k for k in (*RESULT_FORMATS, *GRAPH_FORMATS)},
    "ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml",
    "xml-rdf": "rdfxml", "json-ld": "jsonld", "nq": "nquads",
    "text": "tsv", "sparql-results+json": "json", "sparql-results+xml": "xml",
}


def media_type(name: str) -> str:
    return (RESULT_FORMATS.get(name) or GRAPH_FORMATS[name])[0]


def offers(form: str) -> list[tuple[str, str]]:
    """(media type, format name) pairs acceptable for a query form, default first."""
    table = GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS
    pairs = [(mt, name) for name, (mt, _f) in table.items()]
    pairs += [(alias, name) for alias, name in ALIASES.items() if name in table]
    return pairs


def serialize_result(result: object, name: str, out: IO[bytes]) -> tuple[str, str]:
    """Write a pyoxigraph query result in format ``name`` (or the form's default when ``name``
    does not fit the result); returns (form, format name actually written)."""
    if isinstance(result, ox.QueryBoolean | ox.QuerySolutions):
        name = name if name in RESULT_FORMATS else "json"
        result.serialize(out, RESULT_FORMATS[name][1])
        return ("boolean" if isinstance(result, ox.QueryBoolean) else "solutions"), name
    name = name if name in GRAPH_FORMATS else "turtle"
    result.serialize(out, GRAPH_FORMATS[name][1])  # type: ignore[attr-defined]
    return "graph", name
