"""Query execution in worker processes that can be killed: a real timeout for pyoxigraph.

pyoxigraph cannot cancel a running query, and a thread cannot be stopped, so a runaway query in
the server process would burn a core until it finished. Each worker is a separate process holding
an in-memory replica of the dataset (loaded from an N-Quads snapshot); the server sends it one
query at a time and, when the timeout passes, kills it with SIGKILL — the CPU is released at
once — and starts a fresh replica in the background while the other workers keep answering.

In-memory replicas also answer ~3× faster than the on-disk store (shared/research/
performance-notes.md). The price is memory: each worker holds a copy of the data (about 0.4 kB
per triple), so the documented budget is ``workers × triples × 0.4 kB``.
"""

from __future__ import annotations

import io
import multiprocessing as mp
import queue
import select
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

_CTX = mp.get_context("spawn")  # never fork a process that has RocksDB and threads running


@dataclass(frozen=True)
class QueryJob:
    """One query for a worker. ``default_graphs``/``named_graphs`` None: the union default graph
    and every named graph (unless the query's own FROM / FROM NAMED say otherwise)."""

    query: str
    result_format: str  # a key of RESULT_FORMATS / GRAPH_FORMATS in kg.web.formats
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    base_iri: str | None = None  # relative IRIs in the query resolve against the endpoint
    spill: bool = False  # a large result may come back as a file to stream (see Reply.path)
    #: whether the query has FROM / FROM NAMED (then it names its dataset, not the union
    #: default graph); None: the worker scans the text itself. The endpoint has scanned it
    #: already (kg.query_text.query_facts), so it passes what it found.
    from_clause: bool | None = None


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    format_name: str = ""  # the format actually written (kg.web.formats)
    message: str = ""
    #: a result larger than SPILL_BYTES, written to this file instead of ``body`` (only for
    #: jobs with ``spill``); the caller streams it and deletes it
    path: Path | None = None
    #: the data version of the replica that answered (the ``version`` of the last
    #: :meth:`WorkerPool.reload`): a cache keeps an answer only under the version it is of
    version: int | None = None


class QueryTimeout(Exception):
    pass


class PoolBusy(Exception):
    pass


#: Results up to this size travel through the pipe; larger ones (for jobs that allow it) are
#: written to a file the server streams, so neither process holds a big result in memory.
SPILL_BYTES = 1024 * 1024


class CappedBuffer(io.RawIOBase):
    """A write target that refuses to grow past ``limit`` bytes and, when ``spill_dir`` is
    given, moves from memory to a file in it once it passes SPILL_BYTES."""

    def __init__(self, limit: int, spill_dir: str | None = None) -> None:
        self.buf = io.BytesIO()
        self.limit = limit
        self.overflow = False
        self.spill_dir = spill_dir
        self.file: io.BufferedWriter | None = None
        self.path: str | None = None
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[no-untyped-def, override]
        if self.size + len(b) > self.limit:
            self.overflow = True
            raise OSError("result size limit reached")
        self.size += len(b)
        if self.file is None and self.spill_dir is not None and self.size > SPILL_BYTES:
            import tempfile

            fd, self.path = tempfile.mkstemp(prefix="result-", dir=self.spill_dir)
            self.file = open(fd, "wb", buffering=1 << 16)  # noqa: SIM115 (closed by finish)
            self.file.write(self.buf.getbuffer())
            self.buf = io.BytesIO()
        if self.file is not None:
            return self.file.write(b)
        return self.buf.write(b)

    def finish(self) -> str | None:
        """Close the spill file (if any) and return its path."""
        if self.file is None:
            return None
        self.file.close()
        return self.path

    def discard(self) -> None:
        if self.file is not None and self.path is not None:
            self.file.close()
            Path(self.path).unlink(missing_ok=True)


def _worker_main(conn: Connection, snapshot: str | None, max_result_bytes: int,
                 spill_dir: str | None = None) -> None:
    """Body of a worker process: load the replica, then answer jobs until the pipe closes."""
    import pyoxigraph as ox

    from kg.query_text import has_keyword
    from kg.rdf.namespaces import PREFIXES
    from kg.web.formats import serialize_result

    store = ox.Store()
    if snapshot:
        store.bulk_load(path=snapshot, format=ox.RdfFormat.N_QUADS)
    declared = [(name + ":", name, iri) for name, iri in PREFIXES.items()]
    conn.send(("ready", len(store)))
    while True:
        try:
            job: QueryJob = conn.recv()
        except (EOFError, OSError):
            return
        out = CappedBuffer(max_result_bytes, spill_dir if job.spill else None)
        try:
            kwargs: dict[str, object] = {"prefixes": _prefixes_used(job.query, declared),
                                         "base_iri": job.base_iri}
            if job.default_graphs is not None or job.named_graphs is not None:
                # a protocol dataset replaces the whole dataset (SPARQL 1.1 Protocol §2.1.4)
                kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs or ()]
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs or ()]
            elif not (has_keyword(job.query, "FROM") if job.from_clause is None
                      else job.from_clause):
                kwargs["use_default_graph_as_union"] = True  # FROM in the query wins
            result = store.query(job.query, **kwargs)
            form, name = serialize_result(result, job.result_format, out)
            spilled = out.finish()
            if spilled is not None:
                conn.send_bytes(f"file {form} {name}\n{spilled}".encode())
            else:
                conn.send_bytes(f"ok {form} {name}\n".encode() + out.buf.getvalue())
        except SyntaxError as exc:
            out.discard()
            conn.send_bytes(b"400 " + f"malformed query: {exc}".encode())
        except OSError as exc:
            out.discard()
            if out.overflow:
                conn.send_bytes(b"413 " + (
                    f"the result is larger than {max_result_bytes:,} bytes; narrow the query "
                    f"(LIMIT/OFFSET pagination) or download the dataset dumps").encode())
            else:
                conn.send_bytes(b"500 " + f"query evaluation failed: {exc}".encode())
        except Exception as exc:  # an evaluation error is the client's answer
            out.discard()
            conn.send_bytes(b"400 " + f"query evaluation failed: {exc}".encode())


def _prefixes_used(query: str, declared: list[tuple[str, str, str]]) -> dict[str, str]:
    """The predeclared prefixes ``query`` can use: those whose ``name:`` occurs in its text.

    The engine parses every IRI it is given as a prefix on every query (21 of them: ~10 µs of a
    ~70 µs lookup, bench/README.md). A prefixed name carries its prefix as written (a prefix
    name has no escapes), so a prefix whose ``name:`` is not in the text cannot be used by the
    query, and leaving it out changes nothing, errors included; over-inclusion (``ckg:`` inside
    a string) is harmless. SPARQL 1.1 §19.2 lets an engine decode ``\\u``/``\\U`` escapes
    anywhere before parsing, which could spell a prefix without its text; Oxigraph does not,
    but a query with such an escape gets every prefix all the same, as before."""
    if "\\u" in query or "\\U" in query:
        return {name: iri for _needle, name, iri in declared}
    return {name: iri for needle, name, iri in declared if needle in query}


class _Worker:
    def __init__(self, snapshot: Path | None, max_result_bytes: int, version: int,
                 spill_dir: Path | None = None) -> None:
        self.version = version
        self.conn, child = _CTX.Pipe()
        self.process = _CTX.Process(
            target=_worker_main, args=(child, str(snapshot) if snapshot else None,
                                       max_result_bytes, str(spill_dir) if spill_dir else None),
            daemon=True)
        self.process.start()
        child.close()
        # one poll object per worker, registered once: Connection.poll builds and tears down a
        # selector on every call (4.0 vs 0.8 µs); a worker serves one thread at a time
        self._poller = select.poll()
        self._poller.register(self.conn.fileno(), select.POLLIN)

    def answered_within(self, timeout: float) -> bool:
        """Whether the worker's reply (or its death: POLLHUP, then EOF on reading) arrives
        within ``timeout`` seconds (poll retries on EINTR with the remaining time, PEP 475)."""
        return bool(self._poller.poll(timeout * 1000))

    def wait_ready(self, timeout: float) -> bool:
        if not self.conn.poll(timeout):
            return False
        try:
            msg = self.conn.recv()
        except (EOFError, OSError):
            return False
        return isinstance(msg, tuple) and msg[0] == "ready"

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """A fixed number of replica workers; ``run`` gives each query to an idle one."""

    def __init__(self, snapshot: Path | None, size: int = 2, timeout: float = 30.0,
                 max_result_bytes: int = 64 * 1024 * 1024, load_timeout: float = 600.0,
                 spill_dir: Path | None = None) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.size = size
        self.timeout = timeout
        self.max_result_bytes = max_result_bytes
        self.load_timeout = load_timeout
        self.spill_dir = spill_dir
        self._snapshot = snapshot
        self._version = 0
        # last in, first out: below full load the worker that just answered takes the next
        # query while its pages and CPU caches are warm, instead of waking a cold one each time
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0
        workers = [_Worker(snapshot, max_result_bytes, 0, spill_dir) for _ in range(size)]
        for w in workers:
            if not w.wait_ready(load_timeout):
                for other in workers:
                    other.kill()
                raise RuntimeError("a query worker failed to load the dataset snapshot")
            self._idle.put(w)

    def _respawn(self, count: bool = True) -> None:
        """Start a replacement in the background; it joins the idle queue once loaded, unless
        the data changed meanwhile (then reload() has started newer ones: it just exits)."""
        def start() -> None:
            with self._lock:
                snapshot, version = self._snapshot, self._version
            w = _Worker(snapshot, self.max_result_bytes, version, self.spill_dir)
            ready = w.wait_ready(self.load_timeout)
            with self._lock:
                current = version == self._version
            if ready and current and not self._closed:
                self._idle.put(w)
                return
            w.kill()
            if current and not self._closed:  # failed on the current data: try again
                time.sleep(1)
                self._respawn(count=False)
        if count:
            self.restarts += 1  # a worker lost (timeout, crash), not a reload
        threading.Thread(target=start, name="kg-worker-respawn", daemon=True).start()

    def reload(self, snapshot: Path, version: int | None = None) -> None:
        """Serve a new snapshot: replacements start loading at once; old workers are retired
        now if idle, or when they finish the query they are answering, so a query after a write
        waits for a fresh replica rather than answering from stale data (read-your-writes), and
        an old replica's memory is not kept while fresh workers sit above it in the idle stack.

        ``version``: the snapshot's store version (it must grow), so that every Reply says
        which version of the data it was computed from; default: one more than before."""
        with self._lock:
            self._snapshot = snapshot
            if version is not None and version <= self._version:
                raise ValueError(f"snapshot version {version} is not newer than "
                                 f"{self._version}")
            self._version = self._version + 1 if version is None else version
        keep: list[_Worker] = []
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker.version == self._version:
                keep.append(worker)  # a replacement of an earlier reload that raced with us
            else:
                worker.kill()
        for worker in reversed(keep):
            self._idle.put(worker)
        for _ in range(self.size):
            self._respawn(count=False)

    def run(self, job: QueryJob, wait: float | None = None) -> Reply:
        """Answer ``job`` within the timeout, or kill its worker and raise QueryTimeout."""
        deadline_wait = self.timeout if wait is None else wait
        while True:
            try:
                worker = self._idle.get(timeout=deadline_wait)
            except queue.Empty:
                raise PoolBusy("all query workers are busy; try again shortly") from None
            if not worker.process.is_alive():
                worker.kill()
                self._respawn()
                continue
            if worker.version == self._version:
                break
            worker.kill()  # stale: its replacement was started by reload(); reads see writes
        try:
            worker.conn.send(job)
            if not worker.answered_within(self.timeout):
                worker.kill()
                self._respawn()
                raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was "
                                   f"stopped")
            data = worker.conn.recv_bytes()
        except (EOFError, OSError, BrokenPipeError):
            worker.kill()
            self._respawn()
            return Reply(500, b"", message="the query worker died while answering; try again")
        if worker.version == self._version:
            self._idle.put(worker)
        else:
            worker.kill()  # the data changed while it answered; reload() started its successor
        head, _, rest = data.partition(b" ")
        if head in (b"ok", b"file"):
            meta, _, body = rest.partition(b"\n")
            _form, _, name = meta.decode().partition(" ")
            if head == b"file":
                return Reply(200, b"", format_name=name, path=Path(body.decode()),
                             version=worker.version)
            return Reply(200, body, format_name=name, version=worker.version)
        return Reply(int(head), b"", message=rest.decode("utf-8", "replace"),
                     version=worker.version)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break
