"""The HTTP service in front of a remote SPARQL engine: queries passed through, not replicated.

With the embedded store, queries run in worker processes on in-memory replicas
(:mod:`kg.web.workers`). With ``--store http(s)://…`` the engine *is* the scale-out: every
``kg serve`` instance is stateless and forwards each query — after the same checks
(:mod:`kg.web.sparql`: SERVICE refused or evaluated here by :mod:`kg.web.federation`, so the
engine never federates; size limits, content negotiation) — to the engine's
SPARQL endpoint and streams the engine's answer to the client as it arrives, so a large result
never sits in this process's memory.

:class:`RemoteQueries` has the worker pool's interface (``run`` returns a buffered
:class:`~kg.web.workers.Reply`, used for the Linked Data pages and HTML tables) plus ``stream``
for /sparql; :class:`RemoteSnapshots` stands in for the snapshot files: a version number for the
caches (VoID counts, dumps), advanced after every write through this service and, since other
writers (``kg ingest`` on other machines) change the engine directly, whenever it is older than
``KG_REMOTE_REFRESH`` seconds.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import requests
from flask import Response

from kg.config import Settings
from kg.query_text import has_keyword
from kg.store.engine import EngineFailed, EngineRefused, EngineTimeout, EngineUnreachable
from kg.store.remote import RemoteStore, prologue, unshift_positions
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS, media_type
from kg.web.workers import QueryJob, Reply

_CHUNK = 1 << 16
_MEDIA_NAMES = {mt: name for name, (mt, _f) in (*RESULT_FORMATS.items(), *GRAPH_FORMATS.items())}


class ResultTooLarge(Exception):
    """Raised inside a streamed answer: the connection is dropped before the final chunk, so
    the client sees a broken transfer rather than a silently truncated result."""


class RemoteQueries:
    """Queries forwarded to the engine (the remote counterpart of the worker pool)."""

    size = 0  # no replica workers: the engine answers
    restarts = 0

    def __init__(self, store: RemoteStore, settings: Settings) -> None:
        self.store = store
        self.timeout = settings.query_timeout
        self.max_result_bytes = settings.max_result_bytes

    def _open(self, job: QueryJob) -> requests.Response | Reply:
        """Send ``job`` to the engine; its streaming answer, or the Reply to give instead.

        A query naming no dataset of its own (no protocol dataset, no FROM) gets the union of
        the graphs as its default graph, as on the worker replicas
        (:meth:`RemoteStore.union_params`)."""
        protocol_dataset = job.default_graphs is not None or job.named_graphs is not None
        from_clause = has_keyword(job.query, "FROM") if job.from_clause is None \
            else job.from_clause
        data: list[tuple[str, str]] = [("query", prologue(job.base_iri) + job.query)]
        data += [("default-graph-uri", g) for g in job.default_graphs or ()]
        data += [("named-graph-uri", g) for g in job.named_graphs or ()]
        wanted = media_type(job.result_format)
        try:
            # decided once the engine holds data (then no request); its failures map as ours
            self.store.check_union_default_graph()
            data += self.store.union_params(protocol_dataset or from_clause)
            resp = self.store.engine.send(
                "POST", self.store.endpoints.query, idempotent=True, what="query", data=data,
                headers={"Accept": wanted}, stream=True, timeout=self.timeout)
        except EngineRefused as exc:
            return Reply(400, b"", message=f"malformed query: "
                                           f"{unshift_positions(exc.engine_message)}")
        except EngineTimeout:
            return Reply(503, b"", message=f"the query ran longer than {self.timeout:g} s and "
                                           f"was stopped")
        except EngineUnreachable:
            return Reply(503, b"", message="the SPARQL store behind this service is "
                                           "unreachable; try again shortly")
        except EngineFailed as exc:
            if exc.status == 503:
                return Reply(503, b"", message="the SPARQL store is busy or restarting; try "
                                               "again shortly")
            return Reply(502, b"", message=f"the SPARQL store failed on the query "
                                           f"(HTTP {exc.status}): {exc.engine_message}")
        media = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if _MEDIA_NAMES.get(media) != job.result_format:
            resp.close()
            given = media or "no media type"
            return Reply(502, b"", message=f"the SPARQL store answered {given} where {wanted} "
                                           f"was asked for")
        return resp

    def run(self, job: QueryJob, wait: float | None = None) -> Reply:
        """The whole answer in memory (bounded by KG_MAX_RESULT_BYTES), like a worker's."""
        opened = self._open(job)
        if isinstance(opened, Reply):
            return opened
        body = bytearray()
        with opened:
            try:
                for block in opened.iter_content(_CHUNK):
                    body += block
                    if len(body) > self.max_result_bytes:
                        return Reply(413, b"", message=(
                            f"the result is larger than {self.max_result_bytes:,} bytes; "
                            f"narrow the query (LIMIT/OFFSET pagination) or download the "
                            f"dataset dumps"))
            except requests.RequestException as exc:
                return Reply(502, b"", message=f"the SPARQL store's answer broke off: {exc}")
        return Reply(200, bytes(body), format_name=job.result_format)

    def stream(self, job: QueryJob, on_error: Callable[[int, str], Response],
               headers: dict[str, str], keep: Callable[[bytes], None] | None = None,
               keep_limit: int = 0) -> Response:
        """The engine's answer passed through chunk by chunk. ``keep``: called with the whole
        answer once it has been passed through completely, if it is at most ``keep_limit``
        bytes (the response cache); an answer cut off or abandoned is never kept."""
        opened = self._open(job)
        if isinstance(opened, Reply):
            extra = {"Retry-After": "1"} if opened.status == 503 else {}
            return on_error(opened.status, opened.message, **extra)  # type: ignore[call-arg]
        limit = self.max_result_bytes

        def chunks(resp: requests.Response = opened) -> Iterator[bytes]:
            sent = 0
            kept: list[bytes] | None = [] if keep is not None else None
            try:
                for block in resp.iter_content(_CHUNK):
                    sent += len(block)
                    if sent > limit:
                        raise ResultTooLarge(f"result over KG_MAX_RESULT_BYTES ({limit:,})")
                    if kept is not None and sent <= keep_limit:
                        kept.append(block)
                    else:
                        kept = None  # too large to keep: stop collecting
                    yield block
            finally:
                resp.close()
            if kept is not None and keep is not None:  # reached only after the last chunk
                keep(b"".join(kept))

        mt = media_type(job.result_format)
        if mt.startswith("text/") or mt.endswith(("+xml", "+json", "json", "triples", "quads",
                                                   "trig")):
            mt += "; charset=utf-8"
        out = Response(chunks(), status=200, content_type=mt)
        out.headers.update(headers)
        out.call_on_close(opened.close)
        return out

    def reload(self, _snapshot: object) -> None:
        """Nothing to reload: the engine always answers from its current data."""

    def close(self) -> None:
        self.store.close()

    def health(self) -> dict[str, object]:
        ok, why = self.store.reachable()
        engine = self.store.engine
        return {"engine": {"reachable": ok, "query_url": self.store.endpoints.query,
                           "retries": engine.retried, "last_problem": why or engine.last_problem}}


class RemoteSnapshots:
    """Versions of the remote dataset for the caches, and its N-Quads dump made on demand."""

    def __init__(self, store: RemoteStore, max_age: float) -> None:
        self.store = store
        self.max_age = max_age
        self.workdir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        import atexit

        atexit.register(shutil.rmtree, self.workdir, ignore_errors=True)
        self._lock = threading.Lock()
        self._version = 0
        self._created = _now()
        self._at = time.monotonic()
        #: called after the version advances (the app refreshes its counts)
        self.on_advance: Callable[[], None] | None = None

    def _advance_if_old(self) -> None:
        if time.monotonic() - self._at > self.max_age:
            self.next()

    @property
    def version(self) -> int:
        self._advance_if_old()
        return self._version

    @property
    def created(self) -> datetime:
        return self._created

    @property
    def stamp(self) -> tuple[int, datetime]:
        """(version, created) without fetching the N-Quads file: the dumps stream from the
        engine themselves."""
        self._advance_if_old()
        with self._lock:
            return self._version, self._created

    @property
    def current(self) -> tuple[int, Path, datetime]:
        """(version, N-Quads file, created): the file is fetched from the engine on the first
        request of a version (the dumps ask for it), never at start-up."""
        self._advance_if_old()
        with self._lock:
            version, created = self._version, self._created
            path = self.workdir / f"snapshot-{version}.nq"
            if not path.exists():
                part = path.with_suffix(".part")
                with part.open("wb") as fh:
                    self.store.dump(fh, "nquads")
                part.replace(path)
                for old in self.workdir.glob("snapshot-*.nq"):
                    if old != path:
                        old.unlink(missing_ok=True)
        return version, path, created

    @property
    def path(self) -> Path:
        return self.current[1]

    def next(self) -> None:
        """A new version (after a write, or when the last is older than ``max_age``)."""
        with self._lock:
            self._version += 1
            self._created = _now()
            self._at = time.monotonic()
        if self.on_advance is not None:
            self.on_advance()

    def info(self) -> dict[str, int]:
        stats = self.store.stats()
        return {"triples": stats.triples, "graphs": stats.graphs,
                "articles": stats.articles, "events": stats.events}


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
