"""Storage behind one small interface (:class:`kg.store.base.Store`).

``open_store(location)`` picks the implementation from the location: a directory is the embedded
Oxigraph store; an ``http(s)://`` URL is a remote SPARQL 1.1 store (:mod:`kg.store.remote`),
whose endpoints and credentials come from ``settings``. Everything above this function works the
same on both.
"""

from __future__ import annotations

from kg.config import Settings
from kg.store.base import Store, StoreStats
from kg.store.embedded import EmbeddedStore


def open_store(location: str, *, base_iri: str, read_only: bool = False,
               settings: Settings | None = None) -> Store:
    if location.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(location, base_iri=base_iri,
                           settings=settings if settings is not None else Settings.from_env())
    return EmbeddedStore(location, base_iri=base_iri, read_only=read_only)


def is_remote(store: object) -> bool:
    """Whether ``store`` talks to a remote engine (the web layer serves queries differently)."""
    return bool(getattr(store, "remote", False))


__all__ = ["EmbeddedStore", "Store", "StoreStats", "is_remote", "open_store"]
