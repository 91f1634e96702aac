"""glibc's allocator settings for a long-running `kg serve`: few arenas, free pages given back.

The served load runs (bench/results/load.md) left a server whose Python heap, spaCy vocabulary
and query workers stay flat while its RSS keeps creeping up, ever more slowly, with each POSTed
article. Its memory map shows why: a dozen anonymous regions of up to 64 MiB, each almost fully
resident — glibc's per-thread malloc arenas. glibc gives every thread that allocates under
contention an arena of its own (up to 8 per core), and waitress runs each request on one of 16
threads, so an article extracted on thread 3 leaves its numpy and spaCy buffers' freed pages in
arena 3, the next one in arena 11: the free space is spread over many heaps, none of which
shrinks. Two documented glibc knobs bound this:

* ``mallopt(M_ARENA_MAX, n)`` — at most ``n`` arenas (glibc's own ``MALLOC_ARENA_MAX``
  environment variable does the same at start-up, and when it is set we leave it alone);
* ``malloc_trim(0)`` — return the free pages of every arena to the system (since glibc 2.8 it
  walks all arenas, not only the top of the main heap).

Off glibc (musl, macOS) both are no-ops: the functions are looked up, not assumed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import cache

#: glibc's ``M_ARENA_MAX`` parameter number for ``mallopt`` (malloc.h).
M_ARENA_MAX = -8
#: Arenas `kg serve` asks for unless ``MALLOC_ARENA_MAX`` says otherwise: one for the main
#: thread, one shared by the request threads.
SERVE_ARENAS = 2


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "mallopt") or not hasattr(libc, "malloc_trim"):
        return None  # not glibc
    return libc


def limit_arenas(arenas: int = SERVE_ARENAS) -> bool:
    """Cap glibc's malloc arenas for threads created from now on; True when applied.

    Call it before the server starts its threads. An explicit ``MALLOC_ARENA_MAX`` in the
    environment wins (glibc has already applied it), so an operator can still choose."""
    libc = _libc()
    if libc is None or arenas < 1 or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))


def trim() -> bool:
    """Give the free pages of every arena back to the system; True when some were released."""
    libc = _libc()
    if libc is None:
        return False
    return bool(libc.malloc_trim(0))
