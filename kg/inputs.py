"""Reading input files safely: size limit before reading, strict UTF-8, JSON / JSON Lines.

Every document read is labelled with where it came from (``file.jsonl:3``) so that a batch can
report exactly which one failed and go on with the others.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError

DOCUMENT_SUFFIXES = (".json", ".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Document:
    """One JSON value from an input file, or the reason it could not be read."""

    label: str
    value: object = None
    error: InputError | None = None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus every .json/.jsonl/.txt file under a named directory (sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES + ARTICLE_SUFFIXES
            ))
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def read_text(path: Path, max_bytes: int) -> str:
    """The file's text, refusing files over ``max_bytes`` (checked before reading) and non-UTF-8."""
    return read_text_and_sha256(path, max_bytes)[0]


def read_text_and_sha256(path: Path, max_bytes: int) -> tuple[str, str]:
    """:func:`read_text` plus the SHA-256 of the bytes read: provenance that names exactly the
    content that was converted (one read, so the two cannot disagree)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > max_bytes:
        raise InputError(
            f"{path}: {size:,} bytes is over the input limit of {max_bytes:,} bytes "
            f"(set KG_MAX_INPUT_BYTES or --max-input-bytes to raise it); nothing was read")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: binary data (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"re-encode the file as UTF-8") from None
    return text.removeprefix("\ufeff"), hashlib.sha256(data).hexdigest()


#: Python's JSON parser recurses once per nesting level; a hostile document of a few hundred
#: kilobytes of ``[`` exhausts the stack, which is an input problem, not an internal error.
TOO_DEEP = "JSON nested too deeply to be a facts document or an article"


def read_documents(path: Path, max_bytes: int) -> Iterator[Document]:
    """JSON documents in a .json file (one value) or a .jsonl file (one per non-blank line)."""
    try:
        text = read_text(path, max_bytes)
    except InputError as exc:
        yield Document(str(path), error=exc)
        return
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            label = f"{path}:{lineno}"
            try:
                yield Document(label, json.loads(line))
            except json.JSONDecodeError as exc:
                yield Document(label, error=InputError(f"{label}: not JSON ({exc.msg} at column "
                                                       f"{exc.colno})"))
            except RecursionError:
                yield Document(label, error=InputError(f"{label}: {TOO_DEEP}"))
        return
    try:
        yield Document(str(path), json.loads(text))
    except json.JSONDecodeError as exc:
        yield Document(str(path), error=InputError(
            f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"))
    except RecursionError:
        yield Document(str(path), error=InputError(f"{path}: {TOO_DEEP}"))
