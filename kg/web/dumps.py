"""Dataset dumps at /dumps/: gzip'd N-Quads, N-Triples and Turtle of one store version.

Every dump of a version comes from one consistent view of it: the N-Quads snapshot file the
query workers load, which is immutable — copied as it is for N-Quads, and for the triple formats
read into the union of its graphs, each triple once (:mod:`kg.rdf.union`: parsing the file is
four to seven times faster than reading the store back with a CONSTRUCT) — or, in front of a
remote engine, the engine's Graph Store Protocol GET of the whole dataset as N-Quads, or its
SPARQL SELECT where it has no such GET (the triple formats: the union of those, each triple
once, by the same module). A dump is made on the first
request of a version and cached until the data changes.

The first request does not wait for the file: the RDF is compressed as it is serialised
(:mod:`kg.web.growing`) and sent as it reaches the cache file, so the first byte leaves within
milliseconds at any size, and every concurrent request for the same dump follows the same file
instead of making another. Such a streamed answer has no ``Content-Length`` and no ``ETag`` (the
length and the digest are not known yet), only ``Last-Modified``; once the file is complete it
is served by Flask's ``send_file`` with ``Content-Length``, ``Range`` and the SHA-256 of the
gzip file as a strong ETag (the same content gives the same tag, on either backend and after a
restart). Conditional and range requests (``If-None-Match``, ``If-Modified-Since``, ``Range``…)
wait for the complete file so that they are answered exactly.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, request, send_file

from kg.errors import StoreError
from kg.rdf.union import write_union
from kg.store import is_remote
from kg.store.base import DUMP_FORMATS
from kg.web.growing import BuildFailed, GrowingGzip

bp = Blueprint("dumps", __name__)

#: file name → (store dump format, media type of the uncompressed content)
DUMP_FILES: dict[str, tuple[str, str]] = {
    "conflict-kg.nq.gz": ("nquads", "application/n-quads"),
    "conflict-kg.nt.gz": ("ntriples", "application/n-triples"),
    "conflict-kg.ttl.gz": ("turtle", "text/turtle"),
}

#: request headers whose answer depends on the complete file (its length, digest or bytes)
_NEEDS_FILE = ("Range", "If-Range", "If-None-Match", "If-Match", "If-Modified-Since",
               "If-Unmodified-Since")

Producer = Callable[[IO[bytes]], None]


@dataclass
class DumpCache:
    """The dump files of the current store version: one :class:`GrowingGzip` per file, made
    once per version (a failed one is made again on the next request)."""

    workdir: Path
    version: int = -1
    builds: dict[str, GrowingGzip] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()

    def get(self, name: str, snapshots: Any, store: Any) -> tuple[GrowingGzip, datetime]:
        """The build of ``name`` for the current version (started if need be), and the time
        that version was published."""
        with self.lock:
            version, created = snapshots.stamp
            self._switch(version)
            build = self.builds.get(name)
            if build is None or build.error is not None:
                produce = _source(DUMP_FILES[name][0], version, snapshots, store)
                build = GrowingGzip(self.workdir / f"dumps-{version}" / name, produce)
                self.builds[name] = build
                build.start()
            return build, created

    def _switch(self, version: int) -> None:
        """Move to ``version`` (versions only grow): drop the older files. Followers of an old
        build keep reading through their open descriptor."""
        if version <= self.version:
            return
        for old in self.workdir.glob("dumps-*"):
            shutil.rmtree(old, ignore_errors=True)
        (self.workdir / f"dumps-{version}").mkdir(parents=True, exist_ok=True)
        self.version = version
        self.builds = {}


class Superseded(Exception):
    """A write published a newer version before the dump's data was fixed: ask again."""


def _source(fmt: str, version: int, snapshots: Any, store: Any) -> Producer:
    """The function that writes the RDF of ``version`` (run in the build's thread)."""
    if is_remote(store):  # the engine holds no snapshot for us: its data as it is when asked
        return store.open_dump(fmt)
    now, path, _created = snapshots.current  # the snapshot file of this very version
    if now != version:
        raise Superseded
    src = path.open("rb")  # held open: the snapshot file is removed two versions later
    if fmt == "nquads":

        def copy(out: IO[bytes]) -> None:
            with src:
                shutil.copyfileobj(src, out, 1 << 20)

        return copy
    rdf_format = getattr(ox.RdfFormat, DUMP_FORMATS[fmt][0])

    def union(out: IO[bytes]) -> None:
        # full IRIs, no prefixes: as the triple dumps have always been, on either backend
        with src:
            write_union(src, out, rdf_format)

    return union


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
    conf = current_app.config
    needs_file = any(h in request.headers for h in _NEEDS_FILE)
    for _attempt in range(3):
        try:
            build, created = _cache().get(name, conf["KG_SNAPSHOTS"], conf["KG_STORE"])
            if not (needs_file or build.done):
                build.wait_started()  # a failure before the first byte gets a real status
                return _streamed(build, name, created)
            build.wait_done()
        except Superseded:
            continue
        except BuildFailed as exc:
            if isinstance(exc.cause, Superseded):
                continue
            if isinstance(exc.cause, StoreError):
                raise exc.cause from None
            raise StoreError(str(exc)) from None
        if build.target.exists():
            return _from_file(build, name, created)
        # the file was superseded by a newer version before it was complete: ask again
    raise StoreError("the data changed three times while the dump was being made")


def _headers(resp: Response, name: str, created: datetime) -> Response:
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Cache-Control"] = "public, max-age=60"
    resp.headers.setdefault("Content-Disposition", f"attachment; filename={name}")
    resp.last_modified = created
    return resp


def _streamed(build: GrowingGzip, name: str, created: datetime) -> Response:
    """The file as it is being written: chunked, no length or ETag yet."""
    return _headers(Response(build.follow(), mimetype="application/gzip"), name, created)


def _from_file(build: GrowingGzip, name: str, created: datetime) -> Response:
    resp = send_file(build.target, mimetype="application/gzip", as_attachment=True,
                     download_name=name, conditional=True, etag=build.sha256,
                     last_modified=created)
    return _headers(resp, name, created)
