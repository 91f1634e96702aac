"""CSV tables read record by record, each with its line number and place in the file.

Researchers' files are large and imperfect, so one bad record must not cost the others: every
record comes back either as values keyed by column or as a :class:`RowError` naming its line.
Each record also keeps its character offset and raw text in the decoded file, so an imported
event's evidence can point at the exact characters of the source file that state it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.inputs import read_text_and_sha256


@dataclass(frozen=True)
class Record:
    line: int  # 1-based line of the file on which the record starts
    start: int  # character offset of the record in the decoded file text
    raw: str  # the record as written in the file, without its line break
    values: dict[str, str]


@dataclass(frozen=True)
class RowError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class Table:
    path: Path
    sha256: str
    header: tuple[str, ...]
    records: list[Record] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def read_table(path: Path, max_bytes: int, required: Sequence[str]) -> Table:
    """Read a UTF-8 CSV file with a header row (RFC 4180; any line break convention).

    Raises InputError when the file as a whole is unusable (unreadable, not UTF-8, no header,
    a required column missing); problems of single records become :class:`RowError`\\ s.
    """
    text, sha = read_text_and_sha256(path, max_bytes)
    lines: list[tuple[int, str]] = []  # (offset, text) of every physical line read so far

    def feed() -> Iterator[str]:
        offset = 0
        for line in io.StringIO(text, newline=""):
            lines.append((offset, line))
            offset += len(line)
            yield line

    reader = csv.reader(feed(), strict=True)
    header: tuple[str, ...] | None = None
    table: Table | None = None
    consumed = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if table is None:
                raise InputError(f"{path}: the header row is not valid CSV ({exc})") from None
            table.errors.append(RowError(consumed + 1, f"not valid CSV ({exc})"))
            consumed = len(lines)
            continue
        start_line, consumed = consumed, len(lines)
        if not row or (len(row) == 1 and not row[0].strip()):
            continue  # blank line
        if header is None:
            header = tuple(h.strip() for h in row)
            missing = [c for c in required if c not in header]
            if missing:
                raise InputError(f"{path}: not the expected table: column(s) "
                                 f"{', '.join(missing)} missing from the header row")
            dupes = sorted({h for h in header if header.count(h) > 1})
            if dupes:
                raise InputError(f"{path}: column(s) {', '.join(dupes)} appear twice in the "
                                 f"header row")
            table = Table(path, sha, header)
            continue
        assert table is not None
        offset = lines[start_line][0]
        end = lines[consumed - 1][0] + len(lines[consumed - 1][1])
        raw = text[offset:end].rstrip("\r\n")
        if len(row) != len(header):
            table.errors.append(RowError(start_line + 1, f"has {len(row)} fields; the header "
                                                         f"has {len(header)}"))
            continue
        table.records.append(Record(start_line + 1, offset, raw, dict(zip(header, row,
                                                                         strict=True))))
    if table is None:
        raise InputError(f"{path}: no header row: the file holds no CSV table")
    return table
