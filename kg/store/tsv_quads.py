"""The SPARQL 1.1 TSV results of ``SELECT ?s ?p ?o ?g`` as N-Quads lines: how the dumps read an
engine that has no whole-dataset Graph Store Protocol GET (:mod:`kg.store.remote`).

Why TSV: its results write each RDF term in Turtle's syntax, which for IRIs (``<…>``), blank
nodes (``_:label``) and quoted literals (``"…"``, ``"…"@lang``, ``"…"^^<iri>``, the same
escapes) is N-Quads' syntax too, so a row becomes an N-Quads line by joining its fields with
spaces. The rest of Turtle's term syntax, which TSV allows as well — numbers and booleans
written bare (Oxigraph writes ``307`` for ``"307"^^xsd:integer``), single-quoted and
triple-quoted strings — is read by pyoxigraph's Turtle parser, one distinct term at a time
(cached: the same numbers come back again and again). CSV results cannot be used: they drop the
kind of each term (an IRI and a string with the same text are the same CSV field). JSON results
of the same SELECT are 60 % larger and need a JSON parser.

Nothing else is checked here: a malformed term (an engine that does not escape a quote inside a
string, say) makes the N-Quads unreadable where they are parsed next (:mod:`kg.rdf.union`, or the
quad formats' serialiser), and the caller reports it.

Blank nodes keep the engine's labels, so within one result a label is one node, as within one
N-Quads file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox

from kg.errors import StoreError

#: the variables read from the results; ``g`` unbound (or absent) is the default graph
_VARIABLES = ("s", "p", "o", "g")


class TsvQuads:
    """``iter(TsvQuads(chunks))``: the N-Quads of a TSV result given as chunks of bytes, a
    block of lines per chunk; ``rows`` counts the rows read so far."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = chunks
        self.rows = 0

    def __iter__(self) -> Iterator[bytes]:
        columns: tuple[int, int, int, int | None] | None = None
        width = 0
        rest = b""
        for chunk in self._chunks:
            data = rest + chunk if rest else chunk
            cut = data.rfind(b"\n") + 1
            if cut == 0:  # no whole line yet
                rest = data
                continue
            rest = data[cut:]
            lines = data[:cut - 1].split(b"\n")
            if columns is None:
                columns, width = _header(lines[0])
                lines = lines[1:]
            if lines:
                yield self._block(lines, columns, width)
        if rest:  # a last line without its line feed
            if columns is None:
                _header(rest)  # a header and no rows
            else:
                yield self._block([rest], columns, width)

    def _block(self, lines: list[bytes], columns: tuple[int, int, int, int | None],
               width: int) -> bytes:
        si, pi, oi, gi = columns
        out: list[bytes] = []
        for line in lines:
            if line.endswith(b"\r"):  # CRLF line ends (a term never holds a raw CR)
                line = line[:-1]
            if not line:  # no row of this SELECT is empty (?s ?p ?o are bound): a blank line
                continue
            fields = line.split(b"\t")
            if len(fields) != width:
                raise StoreError(f"the SPARQL store's TSV results of the dump have a row of "
                                 f"{len(fields)} fields under a header of {width}: "
                                 f"{line[:200].decode('utf-8', 'replace')!r}")
            s, p, o = _term(fields[si]), _term(fields[pi]), _term(fields[oi])
            g = fields[gi] if gi is not None else b""
            if g:
                out.append(b"%s %s %s %s .\n" % (s, p, o, _term(g)))
            else:
                out.append(b"%s %s %s .\n" % (s, p, o))
        self.rows += len(out)
        return b"".join(out)


def _header(line: bytes) -> tuple[tuple[int, int, int, int | None], int]:
    """The positions of ?s ?p ?o (and ?g, when there) in the header line, and its width."""
    names = [name.strip().lstrip(b"?$").decode("utf-8", "replace")
             for name in line.rstrip(b"\r").split(b"\t")]
    where = {name: i for i, name in enumerate(names)}
    missing = [v for v in _VARIABLES[:3] if v not in where]
    if missing:
        raise StoreError(f"the SPARQL store's TSV results of the dump have no "
                         f"{', '.join('?' + v for v in missing)} column (header "
                         f"{line[:200].decode('utf-8', 'replace')!r})")
    return (where["s"], where["p"], where["o"], where.get("g")), len(names)


def _term(field: bytes) -> bytes:
    """A TSV term in N-Quads syntax: the same bytes for IRIs, blank nodes and "…" literals."""
    first = field[:1]
    if first == b"<" or first == b"_" or (first == b'"' and not field.startswith(b'"""')):
        return field
    return _other_term(field)


@lru_cache(maxsize=1 << 16)
def _other_term(field: bytes) -> bytes:
    """A term in the rest of Turtle's syntax (bare numbers and booleans, '…' and long strings),
    read as the object of a one-triple Turtle document by pyoxigraph (whose TSV results parser
    does not take single-quoted strings) and written back in N-Triples syntax."""
    if not field:
        raise StoreError("the SPARQL store's TSV results of the dump leave a subject, "
                         "predicate or object unbound")
    try:
        triples = list(ox.parse(b"<kg:s> <kg:p> " + field + b" .", format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        triples, why = [], f" ({exc})"
    else:
        why = ""
    if len(triples) != 1:
        raise StoreError(f"the SPARQL store's TSV results of the dump hold a term kg cannot "
                         f"read: {field[:200].decode('utf-8', 'replace')!r}{why}")
    return str(triples[0].object).encode("utf-8")
