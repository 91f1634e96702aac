"""A disk cache of the structures every extracting process derives from the gazetteer.

Why: building them — :class:`~kg.gazetteer.lookup.Gazetteer`'s index over ~150k surface
names, and the extraction's gazetteer name matcher (:func:`kg.extract.nlp.gazetteer_matcher`)
— costs each process ~2.5–4 s of start-up, more than loading the spaCy model; ``kg extract``
on one article paid it, ``-j N`` pays it per worker, the test suite per CLI process. Read
back from this cache the same structures take ~0.7 s (against ~2.8 s), half of it the cyclic
garbage collector's first passes over the million objects read, which a build pays too.

What makes it safe:

* **No stale answer, ever.** A file's name is a fingerprint (:func:`fingerprint`): SHA-256 over
  this format's version, the Python version and marshal format, the bytes of every data file
  the structures are built from and the source of every module whose code shapes them (the
  callers add what else decides them, e.g. spaCy's and the model's versions). Editing any of
  them gives another name; nothing is ever looked up by anything weaker, such as a time stamp.
  The source is hashed as the process imported it (:func:`code_digests`), so a file edited
  under a running process does not lend its name to what the old code builds; and the data
  are hashed again after a build, so a file rewritten while it was read is not stored under
  either name (:func:`cached`).
* **No code runs on load.** Files are :mod:`marshal` data (the format of Python's own
  ``__pycache__``): plain dicts, lists, tuples, sets, strings and numbers, ~10× faster to read
  than JSON. Each file carries the SHA-256 of its body, so a truncated or damaged file is
  detected before it is decoded.
* **Never a user's problem.** A missing, unreadable, corrupt or half-written file is a miss
  (the caller rebuilds, and writes a fresh one); a directory that cannot be created or written
  means working without a cache. Both are logged at debug level only.
* **Concurrent workers** (``kg extract -j N``) never see a half-written file: a file is written
  under a temporary name in the same directory and renamed into place (``os.replace``,
  atomic on POSIX and Windows). Two workers missing at once both build and write equal
  values; the last rename wins.
* **Bounded.** Writing a new fingerprint of a kind deletes all but the :data:`KEEP` most
  recently used files of that kind (two checkouts sharing the cache do not evict each other),
  and temporary files a killed writer left behind.

Where: ``KG_CACHE_DIR`` (``off`` turns the cache off), else ``$XDG_CACHE_HOME/conflict-kg``,
else ``~/.cache/conflict-kg`` (:func:`kg.config.cache_dir`). Deleting the directory is always
safe: it is rebuilt on the next run.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from kg.gazetteer.records import gc_paused

log = logging.getLogger(__name__)

#: Bump when the layout of a file or of any cached structure changes in a way the hashed
#: sources would not show.
FORMAT = 1
#: Files kept per kind (the most recently used).
KEEP = 3
#: Temporary files older than this are a killed writer's leftovers.
STALE_TMP_SECONDS = 3600.0
SUFFIX = ".marshal"
_DIGEST = hashlib.sha256

T = TypeVar("T")


def directory() -> Path | None:
    """The cache directory, or None when the cache is off (``KG_CACHE_DIR=off``)."""
    from kg.config import cache_dir

    return cache_dir()


def enabled() -> bool:
    """Whether a cache directory is configured (it may still turn out not to be writable)."""
    return directory() is not None


def module_files(*modules: Any) -> list[Path]:
    """The source files of imported modules."""
    return [Path(m.__file__) for m in modules]


def code_digests(paths: Iterable[Path]) -> tuple[str, ...] | None:
    """``"file-name sha256"`` of each source file as it is now; None when one cannot be read.

    Call it when the modules are imported and keep the answer: the code a process runs is
    the code it imported, and a file edited while a long process runs (``kg serve`` loads
    the gazetteer on its first extraction) must not lend its fingerprint to what the old
    code builds."""
    try:
        return tuple(f"{p.name} {_DIGEST(p.read_bytes()).hexdigest()}" for p in paths)
    except OSError as exc:
        log.debug("gazetteer cache: cannot read the code (%s): no cache", exc)
        return None


def fingerprint(kind: str, files: Iterable[Path | None] = (),
                code: Iterable[str] | None = (), extra: Iterable[str] = ()) -> str | None:
    """SHA-256 (hex) of everything a cached ``kind`` of structure is derived from: this
    format, the Python version and marshal format, the bytes of the data ``files`` (None, or a
    path that is not a file, counts as "absent", which differs from any content), the
    :func:`code_digests` of the modules that build it, and ``extra`` strings (versions). Each
    part is length-prefixed, so no two different inputs run together into the same bytes.

    None when the cache is off, or when an input is unknown (``code`` None, a file that cannot
    be read): the caller then builds and stores nothing, since a fingerprint that misses an
    input would not be one."""
    if not enabled() or code is None:
        return None
    h = _DIGEST()

    def part(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)

    part(f"conflict-kg derived cache {FORMAT} {kind}".encode())
    part(f"{sys.implementation.cache_tag} {sys.version_info[:2]} marshal {marshal.version}"
         .encode())
    try:
        for path in files:
            if path is not None and path.is_file():
                part(b"file")
                part(path.read_bytes())
            else:
                part(b"absent")
    except OSError as exc:
        log.debug("gazetteer cache: no fingerprint for %s (%s)", kind, exc)
        return None
    for text in code:
        part(b"code")
        part(text.encode())
    for text in extra:
        part(b"extra")
        part(text.encode())
    return h.hexdigest()


def _path(folder: Path, kind: str, key: str) -> Path:
    return folder / f"{kind}-{key}{SUFFIX}"


def _header(kind: str, key: str) -> bytes:
    return f"conflict-kg derived cache {FORMAT} {kind} {key}\n".encode()


def load(kind: str, key: str) -> Any | None:
    """The value stored for ``kind`` under fingerprint ``key``, or None on any miss: no cache,
    no file, an unreadable, truncated or corrupt one."""
    folder = directory()
    if folder is None:
        return None
    path = _path(folder, kind, key)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.debug("gazetteer cache: cannot read %s (%s)", path, exc)
        return None
    head = _header(kind, key)
    size = _DIGEST().digest_size
    body = raw[len(head) + size:]
    if not raw.startswith(head) or raw[len(head):len(head) + size] != _DIGEST(body).digest():
        log.debug("gazetteer cache: %s is damaged; rebuilding", path)
        return None
    try:
        with gc_paused():  # ~10⁶ containers: GC passes over them would take 5× the load
            value = marshal.loads(body)
    except (EOFError, ValueError, TypeError) as exc:
        log.debug("gazetteer cache: %s does not decode (%s); rebuilding", path, exc)
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept by _prune
    return value


def save(kind: str, key: str, value: Any) -> bool:
    """Store ``value`` (marshal-able) for ``kind`` under ``key``; False when it could not be
    written (no cache, a directory that cannot be created or written, a full disk)."""
    folder = directory()
    if folder is None:
        return False
    try:
        body = marshal.dumps(value)
    except ValueError as exc:  # an unmarshallable object: a bug, but not the user's problem
        log.debug("gazetteer cache: cannot encode %s (%s)", kind, exc)
        return False
    path = _path(folder, kind, key)
    tmp = folder / f".{kind}-{key[:16]}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_header(kind, key))
                fh.write(_DIGEST(body).digest())
                fh.write(body)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        log.debug("gazetteer cache: cannot write %s (%s); going on without it", path, exc)
        return False
    _prune(folder, kind, keep=path)
    return True


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:  # deleted meanwhile by another process
        return None


def _prune(folder: Path, kind: str, keep: Path) -> None:
    """Delete all but the KEEP most recently used files of ``kind`` (``keep`` always stays),
    and old temporary files of ``kind``. Another process deleting the same file first is
    fine."""
    try:
        found = sorted(((m, p) for p in folder.glob(f"{kind}-*{SUFFIX}")
                        if p != keep and (m := _mtime(p)) is not None), reverse=True)
        old = [p for _m, p in found[KEEP - 1:]]
        now = time.time()
        old += [p for p in folder.glob(f".{kind}-*.tmp")
                if (m := _mtime(p)) is not None and now - m > STALE_TMP_SECONDS]
        for p in old:
            p.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("gazetteer cache: cannot prune %s (%s)", folder, exc)


def cached(kind: str, key: Callable[[], str | None], build: Callable[[], T],
           dump: Callable[[T], Any], restore: Callable[[Any], T]) -> tuple[T, str | None]:
    """``(value, fingerprint)``: what ``restore`` makes of the value stored for ``kind`` under
    ``key()``, else ``build()``, stored as ``dump(value)`` for the next process.

    ``key`` is the :func:`fingerprint` of the inputs as they are now. It is asked again after
    a build: when the inputs changed meanwhile (a data file rewritten while it was read), the
    value is returned but neither stored nor vouched for (fingerprint None), so nothing
    derived from it is cached either. A key of None (no cache, an unknown input): just
    ``build()``. A stored value ``restore`` rejects (KeyError, TypeError, ValueError: not the
    shape that was written) is rebuilt and overwritten."""
    digest = key()
    if digest is None:
        return build(), None
    stored = load(kind, digest)
    if stored is not None:
        try:
            return restore(stored), digest
        except (KeyError, TypeError, ValueError) as exc:
            log.debug("gazetteer cache: %s does not restore (%r); rebuilding", kind, exc)
    value = build()
    if key() != digest:
        log.debug("gazetteer cache: the inputs of %s changed while it was built", kind)
        return value, None
    save(kind, digest, dump(value))
    return value, digest
