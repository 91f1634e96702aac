"""A gzip file written by one producer thread and read, while it grows, by any number of responses.

Why: a dump of 100k events is hundreds of MB of RDF; making the whole gzip file before sending
a byte kept the first client waiting for tens of seconds. Here the RDF is compressed as it is
serialised, each compressed block is appended to ``NAME.part`` and every response following the
file sends it as soon as it is on disk. The same bytes therefore reach every client and the
cache file; ``NAME.part`` is renamed to ``NAME`` only after the gzip trailer is written, so the
name never refers to a partial file. The producer does not depend on any client: a client that
disconnects stops reading, the file is still finished. If the producer fails (the store or a
remote engine failing, a full disk), the part file is removed and every follower raises
:class:`BuildFailed` instead of ending normally, so its client sees a broken transfer, never a
short file that looks complete.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

#: The gzip level of the dumps, chosen by measurement (bench/results/dumps.md, one core of our
#: shared 2-core machine, N-Triples in 1 MiB blocks): level 1 compresses at 157-170 MB/s, level 6
#: at 49-60 MB/s, level 9 at 19 MB/s; level 1's file is 38 % larger than level 9's (4.7 vs 3.4 MB
#: at 10k events). The RDF arrives at 100-200 MB/s from the N-Quads snapshot file, so at level 6
#: or 9 the compressor would set the pace of every first download (level 9 made the old first
#: request take 70 s at 100k events); at level 1 it keeps up with the sources. The cached file
#: is sent at disk speed whatever the level, so the level only costs bytes on the wire.
GZIP_LEVEL = 1

#: RDF gathered before one compressor call: big enough that zlib (which releases the GIL) does
#: real work per call, small enough that the first bytes leave within milliseconds.
_BLOCK = 1 << 20


class BuildFailed(Exception):
    """The producer failed; ``cause`` is what it raised."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(f"the dump could not be made: {cause}")
        self.cause = cause


class GrowingGzip:
    """One gzip file being made from ``produce`` (which writes RDF bytes to the file object it
    is given) in a thread of its own; :meth:`follow` reads it from the start as it grows."""

    def __init__(self, target: Path, produce: Callable[[IO[bytes]], None],
                 level: int = GZIP_LEVEL) -> None:
        self.target = target
        self.part = target.with_name(target.name + ".part")
        self._produce = produce
        self._level = level
        self._cond = threading.Condition()
        self.size = 0  # bytes of gzip on disk so far
        self.started = False  # the producer has delivered RDF (or ended)
        self.done = False  # the gzip file is complete
        self.error: BaseException | None = None
        self.sha256 = ""  # of the complete gzip file
        self._fh = self.part.open("xb", buffering=0)  # x: a second producer fails loudly
        # followers read through their own descriptor on the same inode, so the file stays
        # readable after the rename or after an old version's directory is removed
        self._fd = os.open(self.part, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)

    def start(self) -> None:
        threading.Thread(target=self._run, name=f"dump {self.target.name}", daemon=True).start()

    # -- the producer ------------------------------------------------------------------------
    def _run(self) -> None:
        digest = hashlib.sha256()
        sink = _Sink(self, digest)
        try:
            with self._fh, gzip.GzipFile(filename="", mode="wb", fileobj=sink, mtime=0,
                                         compresslevel=self._level) as gz:
                blocks = _Blocks(gz, self._mark_started)
                self._produce(blocks)
                blocks.close()
        except BaseException as exc:  # every failure must reach the followers
            self.part.unlink(missing_ok=True)
            print(f"kg serve: making {self.target.name} failed: {exc}", file=sys.stderr,
                  flush=True)
            with self._cond:
                self.error = exc
                self.started = True
                self._cond.notify_all()
            return
        try:
            self.part.replace(self.target)
        except OSError:  # the version was superseded and its directory removed: followers
            self.part.unlink(missing_ok=True)  # still have every byte, nothing is cached
        with self._cond:
            self.sha256 = digest.hexdigest()
            self.done = self.started = True
            self._cond.notify_all()

    def _appended(self, n: int) -> None:
        with self._cond:
            self.size += n
            self._cond.notify_all()

    def _mark_started(self) -> None:
        if not self.started:
            with self._cond:
                self.started = True
                self._cond.notify_all()

    # -- followers ---------------------------------------------------------------------------
    def wait_started(self) -> None:
        """Until the producer has delivered its first RDF, or ended; raises its failure (so a
        request that has sent nothing yet can answer with a proper error status)."""
        with self._cond:
            self._cond.wait_for(lambda: self.started)
            if self.error is not None:
                raise BuildFailed(self.error)

    def wait_done(self) -> None:
        """Until the file is complete; raises the producer's failure."""
        with self._cond:
            self._cond.wait_for(lambda: self.done or self.error is not None)
            if self.error is not None:
                raise BuildFailed(self.error)

    def follow(self, chunk: int = 1 << 16) -> Iterator[bytes]:
        """Every byte of the file from the first, as soon as it is written; raises
        :class:`BuildFailed` (never a normal end) when the producer fails."""
        pos = 0
        while True:
            with self._cond:
                self._cond.wait_for(lambda at=pos: self.size > at or self.done
                                    or self.error is not None)
                if self.error is not None:
                    raise BuildFailed(self.error)
                available, finished = self.size, self.done
            while pos < available:
                block = os.pread(self._fd, min(chunk, available - pos), pos)
                if not block:
                    raise BuildFailed(OSError(f"{self.part.name} ended early"))
                pos += len(block)
                yield block
            if finished and pos >= self.size:
                return


class _Sink:
    """Where the gzip stream goes: the part file, the digest, and the followers' counter."""

    def __init__(self, build: GrowingGzip, digest: hashlib._Hash) -> None:
        self._build = build
        self._digest = digest

    def write(self, data: bytes) -> int:
        if data:
            view = memoryview(data)
            while view:  # an unbuffered file may take less than it is given
                n = self._build._fh.write(view)
                if n is None:
                    raise OSError("the dump file refused a write")
                view = view[n:]
            self._digest.update(data)
            self._build._appended(len(data))
        return len(data)

    def flush(self) -> None:
        """Every write already went to the file."""


class _Blocks:
    """The file object the producer writes RDF to: gathers it into blocks for the compressor.

    ``flush`` does nothing on purpose: a zlib flush in mid-stream would change the bytes."""

    def __init__(self, gz: gzip.GzipFile, on_first: Callable[[], None]) -> None:
        self._gz = gz
        self._buf = bytearray()
        self._on_first = on_first

    def write(self, data: bytes) -> int:
        self._buf += data
        if len(self._buf) >= _BLOCK:
            self._gz.write(self._buf)
            self._buf.clear()
        self._on_first()
        return len(data)

    def flush(self) -> None:
        """The buffered RDF is compressed when a block is full or the dump ends."""

    def close(self) -> None:
        if self._buf:
            self._gz.write(self._buf)
            self._buf.clear()
