"""Dataset dumps at /dumps/: gzip'd N-Quads, N-Triples and Turtle of one store version.

Every dump of a version is made from the same snapshot (the one the query workers load) or, for
the triple formats, from one Oxigraph query; files are generated on first request, cached until
the data changes, and served with ETag, Last-Modified, Content-Length and Range support (Flask's
``send_file``), so large downloads can be resumed and proxies can cache them.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, jsonify, request, send_file

bp = Blueprint("dumps", __name__)

#: file name → (store dump format, media type of the uncompressed content)
DUMP_FILES: dict[str, tuple[str, str]] = {
    "conflict-kg.nq.gz": ("nquads", "application/n-quads"),
    "conflict-kg.nt.gz": ("ntriples", "application/n-triples"),
    "conflict-kg.ttl.gz": ("turtle", "text/turtle"),
}


@dataclass
class DumpCache:
    """Dump files of the current snapshot version, made once per version."""

    workdir: Path
    version: int = -1
    digest: str = ""

    def __post_init__(self) -> None:
        self.lock = threading.Lock()

    def path(self, name: str, snapshot: Path, version: int, store: object) -> Path:
        with self.lock:
            vdir = self.workdir / f"dumps-{version}"
            if version != self.version:
                for old in self.workdir.glob("dumps-*"):
                    shutil.rmtree(old, ignore_errors=True)
                vdir.mkdir(parents=True, exist_ok=True)
                self.version = version
                self.digest = _sha256(snapshot)[:20]
            target = vdir / name
            if not target.exists():
                fmt, _media = DUMP_FILES[name]
                part = target.with_suffix(".part")
                with part.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb",
                                                           mtime=0) as gz:
                    if fmt == "nquads":
                        with snapshot.open("rb") as src:
                            shutil.copyfileobj(src, gz, 1 << 20)
                    else:
                        store.dump(gz, fmt)  # type: ignore[attr-defined]
                part.replace(target)
            return target


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _cache() -> DumpCache:
    return current_app.config["KG_DUMPS"]


@bp.get("/dumps/")
def index() -> Response:
    base = request.host_url.rstrip("/")
    files = [{"name": n, "url": f"{base}/dumps/{n}", "encoding": "gzip", "mediaType": media}
             for n, (_fmt, media) in DUMP_FILES.items()]
    resp = jsonify(dumps=files, triples=current_app.config["KG_DATASET_INFO"]["triples"],
                   description=f"{base}/.well-known/void")
    resp.headers["Access-Control-Allow-Origin"] = "*"
    return resp


@bp.get("/dumps/<name>")
def dump(name: str) -> Response:
    if name not in DUMP_FILES:  # a fixed list: no path ever comes from the request
        abort(404)
    version, snapshot, created = current_app.config["KG_SNAPSHOTS"].current  # one consistent read
    cache = _cache()
    path = cache.path(name, snapshot, version, current_app.config["KG_STORE"])
    resp = send_file(path, mimetype="application/gzip", as_attachment=True, download_name=name,
                     conditional=True, etag=f"{cache.digest}-{name}", last_modified=created)
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Cache-Control"] = "public, max-age=60"
    return resp
