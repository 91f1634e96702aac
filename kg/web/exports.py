"""CSV tables at /exports/ and the releases at /dumps/releases/.

``/exports/events.csv`` (ACLED layout) and ``/exports/events-ucdp-ged.csv`` are made from the
store snapshot the query workers load — loaded into an in-memory Oxigraph store, so both tables
of a version come from the same data — on first request, and cached until the data changes,
like the dumps. Releases are served exactly as ``kg release`` wrote them: a file is only ever
looked up by a name its release's ``SHA256SUMS`` lists, and its ETag is that checksum.
Both serve with ETag, Last-Modified, Content-Length and ``Range`` (Flask's ``send_file``).
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, jsonify, request, send_file

from kg.exchange.export import FILE_NAMES, snapshot_query, write_file
from kg.exchange.release import VERSION_RE, list_releases

bp = Blueprint("exports", __name__)

_FORMAT_OF = {name: fmt for fmt, name in FILE_NAMES.items()}
_lock = threading.Lock()
_digests: dict[Path, str] = {}  # table file → its SHA-256 (the ETag: content, not a counter)


def _table(name: str, snapshot: Path, version: int) -> Path:
    """The table of this snapshot version, written once (both tables in one go)."""
    vdir = snapshot.parent / f"exports-{version}"
    target = vdir / name
    with _lock:
        if not target.exists():
            for old in snapshot.parent.glob("exports-*"):
                if old != vdir:
                    for f in old.iterdir():
                        f.unlink(missing_ok=True)
                    old.rmdir()
            vdir.mkdir(exist_ok=True)
            query = snapshot_query(snapshot)
            _digests.clear()
            for fname, fmt in _FORMAT_OF.items():
                write_file(fmt, query, vdir / fname)
                _digests[vdir / fname] = hashlib.sha256((vdir / fname).read_bytes()).hexdigest()
    return target


def _cors(resp: Response) -> Response:
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@bp.get("/exports/")
def index() -> Response:
    base = request.host_url.rstrip("/")
    return _cors(jsonify(exports=[{"name": n, "url": f"{base}/exports/{n}", "format": f,
                                   "mediaType": "text/csv"} for n, f in _FORMAT_OF.items()]))


@bp.get("/exports/<name>")
def export(name: str) -> Response:
    if name not in _FORMAT_OF:  # a fixed list: no path ever comes from the request
        abort(404)
    version, snapshot, created = current_app.config["KG_SNAPSHOTS"].current  # one read
    path = _table(name, snapshot, version)
    resp = send_file(path, mimetype="text/csv", as_attachment=True, download_name=name,
                     conditional=True, etag=_digests.get(path, f"v{version}-{name}"),
                     last_modified=created)
    resp.headers["Content-Type"] = "text/csv; charset=utf-8; header=present"
    resp.headers["Cache-Control"] = "public, max-age=60"
    return _cors(resp)


def _root() -> Path:
    return current_app.config["KG_SETTINGS"].releases_path


@bp.get("/dumps/releases/")
def releases() -> Response:
    base = request.host_url.rstrip("/")
    found = [{**r, "url": f"{base}/dumps/releases/{r['version']}/"}
             for r in list_releases(_root())]
    return _cors(jsonify(releases=found))


def _checksums(version: str) -> dict[str, str]:
    if not VERSION_RE.fullmatch(version):
        abort(404)
    sums = _root() / version / "SHA256SUMS"
    if not sums.is_file():
        abort(404)
    out = {}
    for line in sums.read_text(encoding="utf-8").splitlines():
        digest, _sep, name = line.partition("  ")
        out[name] = digest
    out["SHA256SUMS"] = ""
    return out


@bp.get("/dumps/releases/<version>/")
def release(version: str) -> Response:
    base = request.host_url.rstrip("/")
    names = _checksums(version)
    return _cors(jsonify(version=version, files=[
        {"name": n, "url": f"{base}/dumps/releases/{version}/{n}", "sha256": d or None}
        for n, d in sorted(names.items())]))


@bp.get("/dumps/releases/<version>/<name>")
def release_file(version: str, name: str) -> Response:
    names = _checksums(version)
    if name not in names:
        abort(404)
    path = _root() / version / name
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    media = "text/csv" if name.endswith(".csv") else (
        "application/gzip" if name.endswith(".gz") else
        "text/turtle" if name.endswith(".ttl") else
        "application/json" if name.endswith(".json") else "text/plain")
    resp = send_file(path.resolve(), mimetype=media, as_attachment=name.endswith((".gz", ".csv")),
                     download_name=name, conditional=True,
                     etag=names[name] or f"sums-{path.stat().st_size}", last_modified=modified)
    if media.startswith("text/"):
        resp.headers["Content-Type"] = f"{media}; charset=utf-8"
    resp.headers["Cache-Control"] = "public, max-age=86400, immutable"
    return _cors(resp)
