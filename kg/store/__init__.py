"""Storage behind one small interface (:class:`kg.store.base.Store`).

``open_store(location)`` picks the implementation from the location: a directory is the embedded
Oxigraph store. (A remote SPARQL 1.1 store for ``http(s)://`` locations is the scale-out work.)
"""

from __future__ import annotations

from kg.errors import StoreError
from kg.store.base import Store, StoreStats
from kg.store.embedded import EmbeddedStore


def open_store(location: str, *, base_iri: str, read_only: bool = False) -> Store:
    if location.startswith(("http://", "https://")):
        raise StoreError(
            f"{location}: remote SPARQL stores are not supported by this version yet; "
            f"use a directory for the embedded store")
    return EmbeddedStore(location, base_iri=base_iri, read_only=read_only)


__all__ = ["EmbeddedStore", "Store", "StoreStats", "open_store"]
