"""Errors a user can act on.

The library raises these; only the CLI (and later the web layer) turns them into exit codes or
HTTP statuses. Each message says what is wrong and, where it helps, what to do about it.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem with input, configuration or the store, explained in words."""


class InputError(KgError):
    """A file or document cannot be read as what it claims to be (size, encoding, syntax)."""


class FactsError(InputError):
    """A facts document breaks the facts-format contract; names the article, field and problem."""

    def __init__(self, article: str | None, field: str, problem: str) -> None:
        self.article = article
        self.field = field
        self.problem = problem
        where = f"article {article!r}" if article else "facts document"
        super().__init__(f"{where}: {field}: {problem}")


class ValidationError(KgError):
    """An article graph violates the SHACL shapes; carries the readable report."""

    def __init__(self, article: str, report: str) -> None:
        self.article = article
        self.report = report
        super().__init__(f"article {article!r} rejected by SHACL validation:\n{report}")


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the embedded store's lock."""
