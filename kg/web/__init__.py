"""The HTTP service: a Flask application factory with one blueprint per concern.

``create_app`` opens the store, writes an N-Quads snapshot of it for the query workers, starts
the worker pool and registers the blueprints. ``kg serve`` runs the app on waitress.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from flask import Flask, Response, jsonify

from kg.config import Settings
from kg.store import open_store
from kg.validate import ontology_graph
from kg.web.workers import WorkerPool


def _snapshot(settings: Settings) -> tuple[Path, dict[str, int], object]:
    """Open the store, bring the ontology graph up to date, dump an N-Quads snapshot."""
    store = open_store(settings.store, base_iri=settings.base_iri)
    store.ensure_ontology(ontology_graph())
    workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    path = workdir / "snapshot.nq"
    with path.open("wb") as fh:
        store.dump(fh, "nquads")
    stats = store.stats()
    return path, {"triples": stats.triples, "graphs": stats.graphs,
                  "articles": stats.articles, "events": stats.events}, store


def create_app(settings: Settings | None = None) -> Flask:
    settings = settings or Settings.from_env()
    snapshot, info, store = _snapshot(settings)
    pool = WorkerPool(snapshot, size=settings.query_workers, timeout=settings.query_timeout,
                      max_result_bytes=settings.max_result_bytes)
    atexit.register(pool.close)

    app = Flask(__name__)
    app.config.update(
        KG_SETTINGS=settings, KG_POOL=pool, KG_STORE=store, KG_DATASET_INFO=info,
        MAX_CONTENT_LENGTH=settings.max_query_bytes * 3 + 4096,
        JSON_SORT_KEYS=False,
    )
    from kg.web.sparql import bp as sparql_bp

    app.register_blueprint(sparql_bp)

    @app.get("/health")
    def health() -> Response:
        return jsonify(status="ok", store=settings.store, workers=pool.size,
                       worker_restarts=pool.restarts, **info)

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

    @app.errorhandler(500)
    def internal(_exc: Exception) -> tuple[str, int, dict[str, str]]:
        return ("internal error\n", 500, {"Content-Type": "text/plain; charset=utf-8"})

    return app
