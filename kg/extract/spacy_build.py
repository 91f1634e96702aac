"""Whether the installed spaCy was compiled with Cython's profiling hooks, which halve its speed.

spaCy's wheels for Python before 3.12 are compiled with Cython's ``profile`` directive on
(spaCy's setup.py: ``"profile": sys.version_info < (3, 12)``). In a ``nogil`` function, the code
Cython generates for that directive takes and releases the GIL on every return, whether or not a
profiler is running; the parser's and the entity recognizer's state accessors (``StateC::B_``
and the like, a few calls per possible move per token) are such functions, so on our 2-core
machine ``en_core_web_sm``'s entity recognizer spent 6.0 s of its 8.4 s on 208 articles of 600
words in its transition loop, and 0.3 s once the same source was compiled without the hooks
(``bench/README.md``, session 52). The annotations are the same token for token: it is the same
code, less the hooks.

``make install`` therefore builds spaCy from its source release with ``CYTHON_PROFILE=0`` (the
macro Cython's generated code reads) when this check finds the hooks, and keeps the wheel when
the build fails (no compiler): slower, never different. Run as ``python -m
kg.extract.spacy_build`` it prints which build is installed and exits 1 when it has the hooks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


def reports_pyx_calls(call: Callable[[], object]) -> bool:
    """True when ``call()`` reports, to a profiler set with :func:`sys.setprofile`, a call of a
    function whose source is a ``.pyx`` file: what Cython's profiling hooks do, and what a
    module compiled without them never does."""
    sources: list[str] = []

    def listen(frame: FrameType, event: str, _arg: Any) -> None:
        if event == "call":
            sources.append(frame.f_code.co_filename)

    previous = sys.getprofile()
    sys.setprofile(listen)
    try:
        call()
    finally:
        sys.setprofile(previous)
    return any(source.endswith(".pyx") for source in sources)


def has_profiling_hooks() -> bool:
    """True when the installed spaCy's compiled modules carry the hooks (building a ``Doc``
    runs ``spacy/tokens/doc.pyx``)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    vocab = Vocab()
    return reports_pyx_calls(lambda: Doc(vocab, words=["profiled", "?"]))


def describe(hooks: bool) -> str:
    """One line on the installed spaCy: its version and whether it carries the hooks."""
    import spacy

    if hooks:
        return (f"spaCy {spacy.__version__} with Cython's profiling hooks "
                "(the wheel's build: about half the speed)")
    return f"spaCy {spacy.__version__} without Cython's profiling hooks"


def main() -> int:
    hooks = has_profiling_hooks()
    print(describe(hooks))
    return 1 if hooks else 0


if __name__ == "__main__":
    sys.exit(main())
