"""The union of the graphs of an N-Quads file: every triple of every graph, each written once.

Why: the triple dumps (N-Triples, Turtle) are the union of the dataset's graphs. They used to
come from one Oxigraph CONSTRUCT over the on-disk store, which reads every term back from RocksDB
and ran at 8-31 MB/s of N-Triples; ``Store.dump`` of each graph reads the store the same way and
is no faster (bench/README.md). The N-Quads snapshot file of a store version (the one the query
workers load) holds the same data, is immutable, and pyoxigraph parses it and serialises its
triples four to seven times faster. Everything written here comes from that one file, so a dump
is of exactly one version whatever is written to the store meanwhile.

A triple may be in several graphs (an update or a loaded file can put it anywhere), and the
union holds it once. A Python set of every triple written would cost hundreds of bytes per
triple, gigabytes at 100k events, so the producer keeps a table of 8-byte entries instead
(:class:`_Seen`), one per distinct triple: the top 40 bits of the triple's hash and the number of
the block of the file it was first read from. A triple whose entry is already there is looked
up in that block, read again and parsed, so a repeated triple is written once and a hash
collision never drops one: the output is exactly the set of triples of the union. (Oxigraph's
CONSTRUCT, by comparison, forgets what it wrote after about a million triples and never
deduplicates triples with blank nodes, so a triple held in two graphs could be written twice.)

The dumps of a store without a snapshot file of its own (``kg dump``, ``kg release``, the remote
backend) first write its N-Quads to a temporary file (:class:`QuadsFile`): ``Store.dump`` or the
engine's Graph Store Protocol answer in a thread of its own, while the union is read from the
file right behind it, so the dump takes about the time of the N-Quads alone when a second core
is free. Blank nodes: a
label names one node within the one file (the parser keeps labels, across blocks too), as it did
in the store the file was dumped from.

Memory: the table has a power-of-two number of 8-byte slots, sized from the file (one slot per
~140 bytes of N-Quads, at least 65,536) and doubled whenever it would be more than 70 % full:
11.4 to 23 bytes per distinct triple, 64 MiB at 100k events (806 MB of N-Quads, 3.8M quads);
plus one block of N-Quads and its triples, plus at most ``_CACHE`` blocks parsed again while
repeated triples are checked. Nothing else grows with the data.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from itertools import chain
from operator import attrgetter
from typing import IO

import numpy as np
import pyoxigraph as ox

#: N-Quads read and parsed at a time (whole lines): big enough that the numpy work per block is
#: cheap next to parsing it, small enough that checking a repeated triple (parsing its block
#: again) takes about a millisecond.
BLOCK_BYTES = 1 << 20

#: an entry is ``fingerprint << 24 | block + 1``: 0 marks an empty slot
_FP_BITS = 40
_BLOCK_BITS = 64 - _FP_BITS
_BLOCK_MASK = (1 << _BLOCK_BITS) - 1
_MAX_LOAD = 0.7
#: probe sequences still pending after the numpy rounds are finished one at a time below this
_SCALAR_TAIL = 16
#: blocks kept parsed for checking repeats (a graph copied into another repeats one block after
#: the other, so a few suffice)
_CACHE = 4
#: a guess of the N-Quads bytes per quad that only sizes the first table (it grows when needed)
_BYTES_PER_QUAD = 200
#: entries moved at a time when the table grows (bounds the temporary arrays to a few MB)
_PLACE_SLICE = 1 << 16

_U = np.uint64
_triple = attrgetter("triple")


def write_union(source: IO[bytes], output: IO[bytes], fmt: ox.RdfFormat, *,
                prefixes: dict[str, str] | None = None) -> None:
    """Serialise the union of the graphs of the N-Quads in ``source`` (a file opened for
    binary reading at its start, written by Oxigraph) to ``output`` in ``fmt``, a triple
    format, with pyoxigraph's own serialiser."""
    ox.serialize(union_triples(source), output, fmt, prefixes=prefixes)


def union_triples(source: IO[bytes], *, block_bytes: int = BLOCK_BYTES,
                  hasher: Callable[[ox.Triple], int] = hash) -> Iterator[ox.Triple]:
    """Every distinct triple of the N-Quads in ``source``, once, in file order (each the first
    time it is read). ``source`` must be a real file: repeats are checked by reading back
    (``os.pread``) the block where the triple was first seen. ``hasher`` is only replaced by
    the tests, with a weak hash that makes collisions common; like Python's ``hash`` it must
    return ints that fit 64 signed bits."""
    # lists chained in C: no Python frame per triple
    return chain.from_iterable(_union_blocks(source, block_bytes, hasher))


def _union_blocks(source: IO[bytes], block_bytes: int,
                  hasher: Callable[[ox.Triple], int]) -> Iterator[list[ox.Triple]]:
    """The triples to write, block by block."""
    fd = source.fileno()
    size = os.fstat(fd).st_size
    seen = _Seen(max(1, size // _BYTES_PER_QUAD))
    spans: list[tuple[int, int]] = []  # block number → (offset, length) in the file
    cache: OrderedDict[int, frozenset[ox.Triple]] = OrderedDict()

    def parsed(block: int) -> frozenset[ox.Triple]:
        """The triples of an earlier block, read again."""
        triples = cache.get(block)
        if triples is None:
            offset, length = spans[block]
            data = os.pread(fd, length, offset)
            if len(data) != length:
                raise OSError("the N-Quads file changed while its union was written")
            triples = frozenset(map(_triple, _parse(data)))
            cache[block] = triples
            if len(cache) > _CACHE:
                cache.popitem(last=False)
        else:
            cache.move_to_end(block)
        return triples

    for block, (offset, data) in enumerate(_blocks(source, block_bytes)):
        if block + 1 > _BLOCK_MASK:
            raise ValueError("too many blocks for the table's block numbers")
        spans.append((offset, len(data)))
        triples = list(map(_triple, _parse(data)))
        if not triples:
            continue
        hashes = np.fromiter(map(hasher, triples), dtype=np.int64,
                             count=len(triples)).view(_U)
        skip = _repeats(triples, hashes, block, seen, parsed)
        yield [t for i, t in enumerate(triples) if i not in skip] if skip else triples


def _repeats(triples: list[ox.Triple], hashes: np.ndarray, block: int, seen: _Seen,
             parsed: Callable[[int], frozenset[ox.Triple]]) -> set[int]:
    """Add the block's triples to ``seen``; the positions of those already written (in an
    earlier block, or earlier in this one), which must not be written again."""
    skip: set[int] = set()
    slow: list[int] = []  # a different triple with the same hash as another: one at a time
    ordered = np.sort(hashes)
    if not (ordered[1:] == ordered[:-1]).any():  # the usual case: no hash twice in the block
        first = np.arange(hashes.size)
    else:  # equal hashes inside the block: equal triples, or (rarely) not
        _uniq, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        leader = first[inverse.reshape(-1)]
        others: dict[ox.Triple, int] = {}  # triples sharing a hash with a different leader
        for i in np.flatnonzero(leader != np.arange(len(triples))).tolist():
            triple = triples[i]
            if triple == triples[int(leader[i])] or triple in others:
                skip.add(i)
            else:
                others[triple] = i
                slow.append(i)

    def written_in(other: int, triple: ox.Triple) -> bool:
        # an entry of this very block is a different triple: equal ones were merged above
        return other != block and triple in parsed(other)

    found, where = seen.add(hashes[first], block)
    for k, other in zip(first[found].tolist(), where.tolist(), strict=True):
        if written_in(other, triples[k]):
            skip.add(k)
        else:  # a fingerprint shared by two triples: look further along
            slow.append(k)
    for i in slow:
        triple = triples[i]
        if not seen.add_one(int(hashes[i]), block, lambda b, t=triple: written_in(b, t)):
            skip.add(i)
    return skip


class _Seen:
    """An open-addressing (linear probing) hash table of 8-byte entries, one per triple written:
    the top 40 bits of its hash (the fingerprint) and the number of the block it came from.

    The home slot is the hash's top bits, so the table can grow from the entries alone. Blocks
    of hashes are added with numpy, a round per probe step; the rare entry whose fingerprint
    belongs to another triple is handled one at a time (:meth:`add_one`)."""

    def __init__(self, expected: int) -> None:
        self.count = 0
        self._alloc(max(16, int(expected / _MAX_LOAD).bit_length()))

    def _alloc(self, bits: int) -> None:
        if bits > _FP_BITS:
            raise ValueError("the union table cannot grow further")
        self.bits = bits
        self.table = np.zeros(1 << bits, dtype=_U)
        self.mask = (1 << bits) - 1

    def _home(self, fingerprints: np.ndarray) -> np.ndarray:
        return (fingerprints >> _U(_FP_BITS - self.bits)).astype(np.int64)

    def _reserve(self, more: int) -> None:
        """Grow (double until it fits) before the table would pass its maximum load."""
        bits = self.bits
        while self.count + more > _MAX_LOAD * (1 << bits):
            bits += 1
        if bits != self.bits:
            entries = self.table[self.table != 0]
            self._alloc(bits)
            self._place(entries)

    def _place(self, entries: np.ndarray) -> None:
        """Put entries already counted (those of a smaller table) into empty slots, a slice at
        a time: all at once, the temporary arrays of the last doubling at 100k events took
        ~250 MB next to the 64 MiB table (a dump read while its file is written starts from
        the smallest table, so it doubles seven times)."""
        for start in range(0, entries.size, _PLACE_SLICE):
            self._place_slice(entries[start:start + _PLACE_SLICE])

    def _place_slice(self, entries: np.ndarray) -> None:
        table, mask = self.table, self.mask
        idx = self._home(entries >> _U(_BLOCK_BITS))
        pending = np.arange(entries.size)
        while pending.size:
            at = idx[pending]
            empty = np.flatnonzero(table[at] == 0)
            keep = np.ones(pending.size, dtype=bool)
            if empty.size:
                _slots, won = np.unique(at[empty], return_index=True)
                won = empty[won]
                table[at[won]] = entries[pending[won]]
                keep[won] = False
            pending = pending[keep]
            idx[pending] = (idx[pending] + 1) & mask

    def add(self, hashes: np.ndarray, block: int) -> tuple[np.ndarray, np.ndarray]:
        """Add distinct hashes read from ``block``. Those whose fingerprint is already in the
        table are not added: returns their positions in ``hashes`` and the blocks named by the
        entries found, for the caller to check."""
        self._reserve(hashes.size)
        table, mask = self.table, self.mask
        fps = hashes >> _U(_BLOCK_BITS)
        entries = (fps << _U(_BLOCK_BITS)) | _U(block + 1)
        idx = self._home(fps)
        pending = np.arange(hashes.size)
        found: list[np.ndarray] = []
        where: list[np.ndarray] = []
        while pending.size > _SCALAR_TAIL:
            at = idx[pending]
            slots = table[at]
            empty = slots == 0
            match = ~empty & ((slots >> _U(_BLOCK_BITS)) == fps[pending])
            keep = ~match
            if match.any():
                found.append(pending[match])
                where.append(((slots[match] & _U(_BLOCK_MASK)) - _U(1)).astype(np.int64))
            if empty.any():  # several may want one empty slot: the last write takes it
                free_at, free = at[empty], pending[empty]
                table[free_at] = entries[free]
                # (two triples of this block with one fingerprint make equal entries and
                # share the slot: a repeat of either is then found in this block, as it should)
                won = table[free_at] == entries[free]
                self.count += int(won.sum())
                keep[np.flatnonzero(empty)[won]] = False
            pending = pending[keep]
            idx[pending] = (idx[pending] + 1) & mask
        # the few long probe sequences left: one at a time, cheaper than numpy rounds
        for k in pending.tolist():
            fp, entry, i = int(fps[k]), int(entries[k]), int(idx[k])
            while True:
                slot = int(table[i])
                if slot == 0:
                    table[i] = entry
                    self.count += 1
                    break
                if slot >> _BLOCK_BITS == fp:
                    found.append(np.array([k]))
                    where.append(np.array([(slot & _BLOCK_MASK) - 1]))
                    break
                i = (i + 1) & mask
        if not found:
            none = np.empty(0, dtype=np.int64)
            return none, none
        return np.concatenate(found), np.concatenate(where)

    def add_one(self, hashed: int, block: int, written_in: Callable[[int], bool]) -> bool:
        """Add one triple, checking every entry with its fingerprint along the probe sequence
        (``written_in(block)``: whether the triple was read from that block). False when it
        was already written."""
        self._reserve(1)
        fp = (hashed & 0xFFFFFFFFFFFFFFFF) >> _BLOCK_BITS
        i = fp >> (_FP_BITS - self.bits)
        while True:
            slot = int(self.table[i])
            if slot == 0:
                self.table[i] = (fp << _BLOCK_BITS) | (block + 1)
                self.count += 1
                return True
            if slot >> _BLOCK_BITS == fp and written_in((slot & _BLOCK_MASK) - 1):
                return False
            i = (i + 1) & self.mask


class QuadsFile:
    """An N-Quads file that ``produce(path)`` writes in a thread of its own, in a temporary
    directory (``TMPDIR``), whose union is read while it is written and which is removed after.

    Why: the N-Quads of a store come out of RocksDB at 25-35 MB/s (``Store.dump``, which does
    not hold the GIL), and those of an engine at the pace of its Graph Store Protocol answer:
    both slower than the union is written from a file (~100 MB/s of N-Triples). Read right
    behind the writer on a second core, the union adds little to the time of the N-Quads
    themselves; written one after the other, the two took longer than the CONSTRUCT they
    replace (bench/README.md).
    The file needs the disk space of the whole N-Quads dump (~80 bytes a quad) while it lasts;
    memory stays as :func:`union_triples` documents."""

    def __init__(self, produce: Callable[[str], None]) -> None:
        self._dir = tempfile.mkdtemp(prefix="kg-dump-")
        self._remove = weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)
        self.path = os.path.join(self._dir, "dataset.nq")
        with open(self.path, "wb"):  # there to be followed before the writer opens it
            pass
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(produce,), daemon=True,
                                        name="kg-dump-quads")
        self._thread.start()

    def _run(self, produce: Callable[[str], None]) -> None:
        try:
            produce(self.path)
        except BaseException as exc:  # handed to the reader, raised in its thread
            self._error = exc
        finally:
            self._done.set()

    def _check(self) -> None:
        if self._error is not None:
            self._remove()
            raise self._error

    def wait_begun(self) -> None:
        """Return once the first bytes are in the file, or the writer has finished: a store's
        dump reads one snapshot, taken before it writes anything, so the data of the file is
        then fixed whatever is written to the store afterwards."""
        while not self._done.wait(_POLL_SECONDS):
            if os.stat(self.path).st_size:
                return
        self._check()

    def write_union(self, output: IO[bytes], fmt: ox.RdfFormat, *,
                    prefixes: dict[str, str] | None = None) -> None:
        """Write the union of the file's graphs to ``output`` (:func:`write_union`) as the file
        grows; the writer's error, if it fails, is raised here. The file is removed after (on
        a failure, without waiting for the writer, which then writes to an unlinked file)."""
        try:
            with open(self.path, "rb", buffering=0) as raw:
                write_union(_Following(raw, self._done, self._check), output, fmt,
                            prefixes=prefixes)
            self._thread.join()  # it has finished: the reader saw the end of its file
            self._check()
        finally:
            self._remove()


#: how long a reader that caught up with the writer waits before it looks again
_POLL_SECONDS = 0.002


class _Following:
    """A file being written by another thread, read as a whole file: ``read`` waits for the
    bytes asked for and returns fewer only at the real end, once the writer has finished."""

    def __init__(self, raw: IO[bytes], done: threading.Event,
                 check: Callable[[], None]) -> None:
        self._raw, self._done, self._check = raw, done, check

    def fileno(self) -> int:
        return self._raw.fileno()

    def read(self, size: int) -> bytes:
        parts: list[bytes] = []
        want = size
        while want > 0:
            finished = self._done.is_set()  # before the read: nothing is written after it
            data = self._raw.read(want)
            if data:
                parts.append(data)
                want -= len(data)
            elif finished:
                self._check()
                break
            else:
                self._done.wait(_POLL_SECONDS)
        return b"".join(parts)


def _parse(data: bytes) -> Iterator[ox.Quad]:
    # lenient: the file was written by Oxigraph's own serialiser, so its IRIs and language
    # tags are valid already; checking them again costs half the parsing time
    return ox.parse(data, format=ox.RdfFormat.N_QUADS, lenient=True)


def _blocks(source: IO[bytes], size: int) -> Iterator[tuple[int, bytes]]:
    """(offset, bytes) of consecutive runs of whole lines of about ``size`` bytes."""
    offset = 0
    rest = b""
    while True:
        data = source.read(size)
        if not data:
            if rest:  # a last line without its line feed
                yield offset, rest
            return
        if rest:
            data = rest + data
        cut = data.rfind(b"\n") + 1
        if cut == 0:  # a line longer than a block: read on
            rest = data
            continue
        yield offset, data[:cut]
        offset += cut
        rest = data[cut:]
