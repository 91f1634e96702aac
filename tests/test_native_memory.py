"""kg.web.native_memory: glibc's arenas capped and free pages returned, checked on the real
allocator in fresh interpreters (the settings are per process and cannot be undone)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from conftest import Served
from kg.web.native_memory import _libc, limit_arenas

pytestmark = pytest.mark.skipif(_libc() is None, reason="glibc's malloc is not in use here")

# Eight threads allocate at once; glibc's malloc_stats() then lists one "Arena n:" per arena.
_ARENAS = textwrap.dedent("""
    import ctypes, sys, threading
    from kg.web.native_memory import limit_arenas
    if sys.argv[1] == "limit":
        assert limit_arenas(2)
    barrier = threading.Barrier(8)
    def work():
        barrier.wait()
        for _ in range(200):
            blocks = [bytearray(4096) for _ in range(50)]
            del blocks
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    ctypes.CDLL(None).malloc_stats()
""")


def _arenas(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run([sys.executable, "-c", _ARENAS, mode], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    return sum(1 for line in out.stderr.splitlines() if line.startswith("Arena "))


def test_arenas_are_capped_for_threads_started_after_the_call() -> None:
    assert _arenas("limit") <= 2
    assert _arenas("default") > 2  # without the cap glibc gives the threads arenas of their own


def test_an_operator_s_malloc_arena_max_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_arenas() is False


_TRIM = textwrap.dedent("""
    from kg.web.memwatch import rss_kib
    from kg.web.native_memory import trim
    blocks = [bytes(2048) for _ in range(60000)]    # ~120 MiB from malloc's heap
    keep = blocks[-1]                               # the heap's top stays in use
    del blocks
    before = rss_kib()
    assert trim()
    print(before - rss_kib())
""")


def test_trim_gives_freed_pages_back() -> None:
    out = subprocess.run([sys.executable, "-c", _TRIM], capture_output=True, text=True,
                         timeout=120, check=True)
    assert int(out.stdout) > 50 * 1024  # KiB: most of the freed ~120 MiB left the process


@pytest.mark.parametrize(("env", "capped"), [({}, True), ({"MALLOC_ARENA_MAX": "4"}, False)])
def test_kg_serve_caps_its_arenas_unless_told_otherwise(tmp_path, env: dict, capped: bool) -> None:
    served = Served(tmp_path / "store", "--workers", "1", env=env)
    try:
        assert ("malloc arenas" in served.stderr()) is capped
    finally:
        served.stop()

