"""The HTTP service: a Flask application factory with one blueprint per concern.

``create_app`` opens the store, writes an N-Quads snapshot of it for the query workers, starts
the worker pool and registers the blueprints; after each write the workers move to a new
snapshot. In front of a remote SPARQL engine (``--store http(s)://…``) there are no snapshots or
workers: queries are passed through to the engine (:mod:`kg.web.remote`). ``kg serve`` runs the
app on waitress.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, Response, jsonify

from kg.config import Settings
from kg.errors import StoreError
from kg.store import is_remote, open_store
from kg.store.updates import ontology_statements
from kg.web.dumps import DumpCache
from kg.web.protocol import body_limit
from kg.web.workers import WorkerPool


class Snapshots:
    """N-Quads snapshots of the store for the query workers, one file per store version.

    ``current`` is the published (version, path, created) triple, replaced in one assignment
    once the new file is complete, so a reader never pairs a new version with an old file."""

    def __init__(self, store: object) -> None:
        self.store = store
        self.workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        atexit.register(shutil.rmtree, self.workdir, ignore_errors=True)
        generation = self._generation()
        self.current: tuple[int, Path, datetime] = (0, self._write(0), _now())
        #: (version, the store's write generation its snapshot was taken at), set after
        #: ``current``: the store holds exactly the published version's data while its
        #: generation is that one (kg.web.lookup)
        self.synced: tuple[int, int | None] = (0, generation)

    @property
    def version(self) -> int:
        return self.current[0]

    @property
    def path(self) -> Path:
        return self.current[1]

    @property
    def stamp(self) -> tuple[int, datetime]:
        """(version, created) of the published snapshot, read in one go."""
        version, _path, created = self.current
        return version, created

    @property
    def created(self) -> datetime:
        return self.current[2]

    def _generation(self) -> int | None:
        """The store's write generation (None for a store that does not count its writes)."""
        return getattr(self.store, "generation", None)

    def _write(self, version: int) -> Path:
        path = self.workdir / f"snapshot-{version}.nq"
        with path.open("wb") as fh:
            self.store.dump(fh, "nquads")  # type: ignore[attr-defined]
        return path

    def next(self) -> Path:
        """Write the snapshot of the store as it is now, then publish it; the file before the
        previous one is removed (workers loaded it into memory long ago)."""
        version, _path, _created = self.current
        generation = self._generation()  # (called under the write lock: no write runs)
        path = self._write(version + 1)
        self.current = (version + 1, path, _now())
        self.synced = (version + 1, generation)
        stale = self.workdir / f"snapshot-{version - 1}.nq"
        stale.unlink(missing_ok=True)
        return path

    def info(self) -> dict[str, int]:
        stats = self.store.stats()  # type: ignore[attr-defined]
        return {"triples": stats.triples, "graphs": stats.graphs,
                "articles": stats.articles, "events": stats.events}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    from kg.web.response_cache import cache_for

    query_cache = cache_for(settings, remote=settings.remote_store)  # checked before any start
    store = open_store(settings.store, base_iri=settings.base_iri, settings=settings)
    store.ensure_ontology(ontology_statements())
    if is_remote(store):
        snapshots, pool, info, refresh = _remote_parts(store, settings)
    else:
        snapshots = Snapshots(store)
        info = snapshots.info()
        pool = WorkerPool(snapshots.path, size=settings.query_workers,
                          timeout=settings.query_timeout,
                          max_result_bytes=settings.max_result_bytes,
                          spill_dir=snapshots.workdir)
        atexit.register(pool.close)

        def refresh() -> None:
            """After a write: new snapshot for the workers, new counts for the descriptions,
            and the write flushed out of RocksDB's memory (else the server grows with every
            write until the write buffers fill). The write is committed (in RocksDB's log)
            before: a failed flush is reported on stderr, not to the client; RocksDB retries."""
            path = snapshots.next()
            pool.reload(path, snapshots.version)  # replies say which version they are of
            info.update(snapshots.info())
            try:
                store.flush()  # type: ignore[attr-defined]
            except StoreError as exc:
                print(f"kg serve: {exc}", file=sys.stderr, flush=True)

    lookups = None
    if not is_remote(store) and settings.inline_lookup_kb > 0:
        from kg.web.lookup import InlineLookups

        lookups = InlineLookups(store, snapshots,  # type: ignore[arg-type]
                                int(settings.inline_lookup_kb * 1024))
    app = Flask(__name__)
    app.config.update(
        KG_SETTINGS=settings, KG_POOL=pool, KG_STORE=store, KG_DATASET_INFO=info,
        KG_QUERY_CACHE=query_cache, KG_LOOKUPS=lookups,
        KG_REFRESH=refresh, KG_WRITE_LOCK=threading.Lock(), KG_SNAPSHOTS=snapshots,
        KG_DUMPS=DumpCache(snapshots.workdir),
        # bodies up to the input limit (articles, Graph Store uploads); the query and update
        # routes check their own, smaller limit
        MAX_CONTENT_LENGTH=max(settings.max_input_bytes, body_limit(settings.max_query_bytes)),
        JSON_SORT_KEYS=False,
    )
    from kg.web.limits import init_rate_limit

    init_rate_limit(app, settings)
    from kg.web.sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)
    from kg.web.resources import bp as resources_bp

    app.register_blueprint(resources_bp)
    from kg.web.writes import bp as writes_bp

    app.register_blueprint(writes_bp)
    from kg.web.dumps import bp as dumps_bp

    app.register_blueprint(dumps_bp)
    from kg.web.metadata import bp as metadata_bp

    app.register_blueprint(metadata_bp)
    from kg.web.pages import bp as pages_bp

    app.register_blueprint(pages_bp)
    from kg.web.browse import bp as browse_bp

    app.register_blueprint(browse_bp)
    from kg.web.articles import bp as articles_bp

    app.register_blueprint(articles_bp)
    from kg.web.exports import bp as exports_bp

    app.register_blueprint(exports_bp)

    @app.get("/health")
    def health() -> Response | tuple[Response, int]:
        cache = query_cache.stats() if query_cache is not None else None
        if not is_remote(store):
            return jsonify(status="ok", store=settings.store, workers=pool.size,
                           worker_restarts=pool.restarts, query_cache=cache,
                           inline_lookups=lookups.answered if lookups is not None else None,
                           **info)
        engine = pool.health()  # a remote engine: can this instance reach it now?
        up = engine["engine"]["reachable"]
        return jsonify(status="ok" if up else "engine unreachable", store=settings.store,
                       workers=pool.size, worker_restarts=pool.restarts, query_cache=cache,
                       **engine, **info), (200 if up else 503)

    @app.errorhandler(404)
    def not_found(_exc: Exception) -> tuple[str, int, dict[str, str]]:
        return "not found\n", 404, {"Content-Type": "text/plain; charset=utf-8"}

    @app.errorhandler(405)
    def not_allowed(_exc: Exception) -> tuple[str, int, dict[str, str]]:
        return "method not allowed\n", 405, {"Content-Type": "text/plain; charset=utf-8"}

    @app.errorhandler(413)
    def too_large(_exc: Exception) -> tuple[str, int, dict[str, str]]:
        return ("request body too large\n", 413,
                {"Content-Type": "text/plain; charset=utf-8"})

    @app.errorhandler(StoreError)
    def store_failed(exc: StoreError) -> tuple[str, int, dict[str, str]]:
        """The store could not do what a request needed (disk full, remote engine down or
        slow): 503, so clients retry, and the detail — file paths, engine URLs — only in the
        server's log, not in the answer."""
        from kg.store.engine import EngineFailed

        print(f"kg serve: store error: {exc}", file=sys.stderr, flush=True)
        status = 502 if isinstance(exc, EngineFailed) else 503
        return ("the store could not complete the request; see the server log, and try again "
                "later\n", status, {"Content-Type": "text/plain; charset=utf-8",
                                     "Retry-After": "5"})

    @app.errorhandler(500)
    def internal(_exc: Exception) -> tuple[str, int, dict[str, str]]:
        return ("internal error\n", 500, {"Content-Type": "text/plain; charset=utf-8"})

    return app


def _remote_parts(store, settings: Settings):  # type: ignore[no-untyped-def]
    """In front of a remote engine: pass-through queries, versions made on demand, counts that
    follow the versions, and a refresh that just starts a new version."""
    from kg.web.remote import RemoteQueries, RemoteSnapshots

    store.check_union_default_graph()  # refuse to start where every query would find nothing
    snapshots = RemoteSnapshots(store, settings.remote_refresh)
    info = snapshots.info()
    snapshots.on_advance = lambda: info.update(snapshots.info())
    pool = RemoteQueries(store, settings)
    atexit.register(pool.close)
    return snapshots, pool, info, snapshots.next
