"""Citable releases: ``kg release --version X.Y`` writes an immutable, dated directory.

``{releases}/{X.Y}/`` holds the dumps (N-Quads, N-Triples, Turtle; gzip, reproducible bytes),
the two CSV tables, ``SHA256SUMS`` (``sha256sum -c`` format), ``description.ttl`` (DCAT + VoID:
the release as a dataset with one ``dcat:Distribution`` per file giving byte size, media type and
an SPDX checksum), ``CITATION.cff`` (Citation File Format 1.2.0), ``CHANGELOG.md`` (counts and
events added/removed since the previous release) and ``release.json`` (the same facts for
programs, e.g. the service's ``/dumps/releases/`` listing).

Everything is derived from the store's content, the version and the release date only — no
clocks, no host names — so releasing unchanged data twice gives byte-identical files. The
directory is written under a temporary name and renamed when complete, its files are made
read-only, and an existing version is never overwritten.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, VOID, XSD

from kg.errors import InputError
from kg.exchange.export import FILE_NAMES, export_bytes
from kg.rdf.namespaces import SPDX
from kg.store.base import Store

VERSION_RE = re.compile(r"[0-9]+\.[0-9]+(\.[0-9]+)?")
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
IANA = "http://www.iana.org/assignments/media-types/"
#: file name → (store dump format, media type of the content)
DUMPS = {"conflict-kg.nq.gz": ("nquads", "application/n-quads"),
         "conflict-kg.nt.gz": ("ntriples", "application/n-triples"),
         "conflict-kg.ttl.gz": ("turtle", "text/turtle")}
DCAT_VERSION = URIRef("http://www.w3.org/ns/dcat#version")  # DCAT 3; not in rdflib's DCAT
COUNTS = ("triples", "graphs", "articles", "events", "casualty_reports", "entities",
          "linked_entities")


@dataclass(frozen=True)
class Release:
    version: str
    path: Path
    files: tuple[str, ...]


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def list_releases(root: Path) -> list[dict[str, object]]:
    """The complete releases under ``root`` (their ``release.json``), oldest first."""
    found = []
    if root.is_dir():
        for d in root.iterdir():
            meta = d / "release.json"
            if d.is_dir() and VERSION_RE.fullmatch(d.name) and meta.is_file():
                found.append(json.loads(meta.read_text(encoding="utf-8")))
    return sorted(found, key=lambda r: version_key(str(r["version"])))


def _gzip(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=buf, mode="wb", mtime=0) as gz:  # reproducible
        gz.write(data)
    return buf.getvalue()


def _dump(store: Store, fmt: str) -> bytes:
    raw = io.BytesIO()
    store.dump(raw, fmt)
    data = raw.getvalue()
    if fmt in ("nquads", "ntriples"):  # line formats: sorted lines are a canonical order
        data = b"".join(sorted(set(data.splitlines(keepends=True))))
    return _gzip(data)


def _event_iris(csv_bytes: bytes) -> set[str]:
    rows = csv.DictReader(io.StringIO(csv_bytes.decode("utf-8"), newline=""))
    return {r["ckg_event"] for r in rows if r.get("ckg_event")}


def make_release(store: Store, root: Path, version: str, released: date | None = None, *,
                 base_iri: str) -> Release:
    if not VERSION_RE.fullmatch(version):
        raise InputError(f"--version {version!r} is not a version number like 1.0 or 2.3.1")
    released = released or datetime.now(UTC).date()
    target = root / version
    if target.exists():
        raise InputError(f"release {version} already exists at {target}; releases are "
                         f"immutable: choose a new version")
    previous = [r for r in list_releases(root)
                if version_key(str(r["version"])) < version_key(version)]
    prev = previous[-1] if previous else None

    files: dict[str, bytes] = {name: _dump(store, fmt) for name, (fmt, _m) in DUMPS.items()}
    for fmt, name in FILE_NAMES.items():
        files[name] = export_bytes(fmt, store.query)[0]
    stats = store.stats().as_dict()
    counts = {k: int(stats[k]) for k in COUNTS}  # type: ignore[call-overload]
    media = {**{n: m for n, (_f, m) in DUMPS.items()},
             **{n: "text/csv" for n in FILE_NAMES.values()}}
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}

    events = _event_iris(files[FILE_NAMES["acled-csv"]])
    files["CHANGELOG.md"] = _changelog(version, released, counts, events, prev, root).encode()
    files["CITATION.cff"] = _citation(version, released, base_iri).encode()
    files["description.ttl"] = _description(version, released, base_iri, counts, files, media,
                                            sums)
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    files["SHA256SUMS"] = "".join(f"{sums[n]}  {n}\n" for n in sorted(sums)).encode()
    files["release.json"] = (json.dumps({
        "version": version, "date": released.isoformat(), "counts": counts,
        "files": [{"name": n, "bytes": len(files[n]), "sha256": sums[n],
                   "mediaType": media.get(n, _media_of(n))} for n in sorted(sums)],
    }, indent=2, sort_keys=True) + "\n").encode()

    root.mkdir(parents=True, exist_ok=True)
    part = root / f".{version}.part"
    shutil.rmtree(part, ignore_errors=True)  # a crashed earlier attempt
    part.mkdir()
    try:
        for name, data in files.items():
            (part / name).write_bytes(data)
            (part / name).chmod(0o444)
        part.rename(target)
    except OSError as exc:
        shutil.rmtree(part, ignore_errors=True)
        raise InputError(f"cannot write release {version} to {root}: {exc.strerror}") from None
    return Release(version, target, tuple(sorted(files)))


def _media_of(name: str) -> str:
    return {".md": "text/markdown", ".cff": "application/x-yaml", ".ttl": "text/turtle",
            ".json": "application/json"}.get(Path(name).suffix, "text/plain")


def _changelog(version: str, released: date, counts: dict[str, int], events: set[str],
               prev: dict[str, object] | None, root: Path) -> str:
    lines = [f"# conflict-kg {version} ({released.isoformat()})", ""]
    if prev is None:
        lines += ["First release.", "", "| | count |", "| --- | ---: |"]
        lines += [f"| {k.replace('_', ' ')} | {v:,} |" for k, v in counts.items()]
        return "\n".join(lines) + "\n"
    pv = str(prev["version"])
    before = prev["counts"]
    assert isinstance(before, dict)
    lines += [f"Changes since {pv} ({prev['date']}).", "",
              f"| | {pv} | {version} | change |", "| --- | ---: | ---: | ---: |"]
    for k, v in counts.items():
        old = int(before.get(k, 0))
        lines.append(f"| {k.replace('_', ' ')} | {old:,} | {v:,} | {v - old:+,} |")
    old_csv = root / pv / FILE_NAMES["acled-csv"]
    if old_csv.is_file():
        old_events = _event_iris(old_csv.read_bytes())
        lines += ["", f"Events added: {len(events - old_events):,}; "
                      f"removed: {len(old_events - events):,}; "
                      f"kept: {len(events & old_events):,} (compared by event IRI)."]
    return "\n".join(lines) + "\n"


def _citation(version: str, released: date, base_iri: str) -> str:
    """CITATION.cff 1.2.0 (the keys GitHub, Zenodo and cffconvert read)."""
    return "\n".join([
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        'title: "conflict-kg: armed-conflict news as Linked Data"',
        f'version: "{version}"',
        f"date-released: {released.isoformat()}",
        "authors:",
        '  - name: "conflict-kg contributors"',
        "license: CC-BY-4.0",
        f'url: "{base_iri}"',
        f'repository-artifact: "{base_iri}dumps/releases/{version}/"',
        "abstract: >-",
        "  Events of armed conflict (battles, strikes, attacks on civilians, territorial",
        "  changes) extracted from news, with who claims each casualty figure, the sentences",
        "  that state them and Wikidata links; RDF dumps and ACLED/UCDP-shaped CSV tables.",
        "keywords:",
        '  - "armed conflict"', '  - "linked data"', "  - ACLED", "  - UCDP", "",
    ])


def _description(version: str, released: date, base_iri: str, counts: dict[str, int],
                 files: dict[str, bytes], media: dict[str, str], sums: dict[str, str]) -> bytes:
    """DCAT + VoID description of the release: one distribution per data file."""
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dcterms", DCTERMS), ("void", VOID), ("spdx", SPDX),
                       ("owl", OWL), ("xsd", XSD)):
        g.bind(prefix, ns)
    ds = URIRef(f"{base_iri}id/release/{version}")
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, DCTERMS.title, Literal(f"conflict-kg {version}", lang="en")))
    g.add((ds, DCTERMS.issued, Literal(released.isoformat(), datatype=XSD.date)))
    g.add((ds, DCAT_VERSION, Literal(version)))
    g.add((ds, OWL.versionInfo, Literal(version)))
    g.add((ds, DCTERMS.isVersionOf, URIRef(f"{base_iri}id/dataset/conflict-kg")))
    g.add((ds, DCTERMS.license, URIRef(LICENSE)))
    g.add((ds, VOID.triples, Literal(counts["triples"], datatype=XSD.integer)))
    g.add((ds, VOID.entities, Literal(counts["entities"], datatype=XSD.integer)))
    for name in sorted(media):
        dist = URIRef(f"{base_iri}id/release/{version}/{name}")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(name)))
        g.add((dist, DCAT.downloadURL, URIRef(f"{base_iri}dumps/releases/{version}/{name}")))
        g.add((dist, DCAT.byteSize, Literal(len(files[name]), datatype=XSD.nonNegativeInteger)))
        g.add((dist, DCAT.mediaType, URIRef(IANA + media[name])))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, URIRef(IANA + "application/gzip")))
            g.add((ds, VOID.dataDump, dist))
        checksum = URIRef(f"{base_iri}id/checksum/sha256-{sums[name]}")
        g.add((dist, SPDX.checksum, checksum))
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(sums[name])))
    return g.serialize(format="turtle").encode("utf-8")
