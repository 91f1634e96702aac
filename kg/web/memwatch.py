"""A memory log for `kg serve` (``KG_MEMORY_LOG=SECONDS``): evidence for telling a leak from
data growth in a long-running server.

RSS alone cannot say *what* grows. Every ``interval`` seconds this writes one line to stderr,
``kg-memory {json}``, holding what can be attributed cheaply:

* ``rss_kib`` — the whole process (Python, spaCy's C structures, pyoxigraph/RocksDB in Rust);
* ``py_blocks`` — memory blocks Python's own allocator holds (``sys.getallocatedblocks``):
  RSS growing while this stays flat points below Python (RocksDB caches, spaCy's C pools,
  allocator fragmentation);
* ``objects`` and ``grown`` — gc-tracked objects, and the types whose counts grew most since
  the previous line (a leak of Python objects shows here by name, line after line);
* ``spacy_strings``, ``spacy_lexemes`` and ``memos`` — spaCy's string store and vocabulary,
  which grow with every new word a process sees outside a memory zone, and the extraction
  memos (all bounded);
* with Python's own ``PYTHONTRACEMALLOC=1`` set for the server, also ``traced_kib`` (bytes
  Python's allocators hold) and ``sites``, the source lines whose allocations grew most since
  the first line. Off unless asked: with spaCy loaded, tracing costs ~2× the memory and a
  snapshot of millions of traces takes seconds.

Walking the gc heap takes a fraction of a second per line: a diagnostic mode, not a
production setting.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
import tracemalloc
from collections import Counter
from typing import TextIO

#: How many types and source lines each sample names.
TOP = 8


def rss_kib() -> int:
    """This process's resident set in KiB (Linux ``/proc``; 0 where there is none)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _type_counts() -> Counter[str]:
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def _site_sizes() -> dict[str, int]:
    if not tracemalloc.is_tracing():
        return {}
    stats = tracemalloc.take_snapshot().statistics("lineno")
    return {f"{s.traceback[0].filename}:{s.traceback[0].lineno}": s.size for s in stats}


def _spacy_sizes() -> dict[str, object]:
    """spaCy's vocabulary and the extraction memos (spaCy's, the gazetteer's links), read
    between two extractions (a zone's words are not yet freed during one), without loading
    spaCy if no article has been extracted yet (a read-only server never loads it)."""
    from kg.web.articles import EXTRACT_LOCK

    with EXTRACT_LOCK:  # the module is imported under it too: never seen half-initialised
        nlp_module = sys.modules.get("kg.extract.nlp")
        if nlp_module is None or nlp_module.load_nlp.cache_info().currsize == 0:
            return {}
        from kg.extract.nlp_speed import memo_sizes
        from kg.gazetteer.lookup import Gazetteer

        strings, lexemes = nlp_module.vocabulary_size()
        memos = memo_sizes()
        for gaz in Gazetteer._cache.values():
            memos["gazetteer_links"] = memos.get("gazetteer_links", 0) + len(gaz._links)
            memos["gazetteer_fuzzy"] = memos.get("gazetteer_fuzzy", 0) + len(gaz._fuzzies)
    return {"spacy_strings": strings, "spacy_lexemes": lexemes, "memos": memos}


class MemoryLog:
    """The sampling thread; ``sample()`` is one line, callable directly (the tests do)."""

    def __init__(self, interval: float, out: TextIO | None = None) -> None:
        self.interval = interval
        self.out = out if out is not None else sys.stderr
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._types = _type_counts()
        self._sites0 = _site_sizes()

    def sample(self) -> dict[str, object]:
        """One sample, written as one ``kg-memory`` line and returned."""
        gc.collect()
        types = _type_counts()
        grown = Counter({t: n - self._types.get(t, 0) for t, n in types.items()})
        self._types = types
        record: dict[str, object] = {
            "t": round(time.monotonic() - self.started, 1),
            "rss_kib": rss_kib(),
            "py_blocks": sys.getallocatedblocks(),
            "objects": sum(types.values()),
            "grown": [[t, n] for t, n in grown.most_common(TOP) if n > 0],
        }
        if tracemalloc.is_tracing():
            growth = Counter({s: n - self._sites0.get(s, 0) for s, n in _site_sizes().items()})
            record["traced_kib"] = tracemalloc.get_traced_memory()[0] // 1024
            record["sites"] = [[s, n // 1024] for s, n in growth.most_common(TOP) if n >= 1024]
        record.update(_spacy_sizes())
        self.out.write("kg-memory " + json.dumps(record) + "\n")
        self.out.flush()
        return record

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, name="kg-memory-log", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
