"""Deterministic IRI minting (docs/rdf-model.md, "Data IRIs").

IRIs derive from content only (article id, event id, entity QID, GeoNames feature id or name +
kind, offsets), never from counters or clocks, so the same facts give the same IRIs on every run
and machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from rdflib import URIRef

from kg.facts import GEONAMES_FEATURE, QID_RE, WIKIDATA_ENTITY, Entity

_SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


def _sha(text: str, n: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def key(value: str) -> str:
    """An id usable as one IRI path segment: itself when already safe, else slug + short hash."""
    if _SAFE_KEY.fullmatch(value):
        return value
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-")[:60]
    return f"{slug}-{_sha(value, 10)}" if slug else f"x-{_sha(value, 10)}"


def name_key(name: str) -> str:
    """Normalised name: accents stripped, case-folded, other characters folded to ``-``."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:80]
    return slug or f"x-{_sha(name, 12)}"


def kind_segment(kind: str) -> str:
    return kind.replace("_", "-")


def wikidata_iri(value: str) -> URIRef:
    """The canonical entity IRI for a QID (a full entity IRI is accepted as well).

    Anything else is kept recognisably wrong (percent-encoded under the entity namespace) so the
    SHACL pattern rejects it with a message instead of the converter guessing.
    """
    qid = value.removeprefix(WIKIDATA_ENTITY).removeprefix("wd:")
    if QID_RE.fullmatch(qid):
        return URIRef(WIKIDATA_ENTITY + qid)
    from urllib.parse import quote

    return URIRef(WIKIDATA_ENTITY + quote(value, safe=""))


def geonames_iri(feature_id: int) -> URIRef:
    """GeoNames' semantic-web URI of a feature (the place itself, which GeoNames answers with a
    303 to its ``about.rdf`` document): ``https://sws.geonames.org/79415/``."""
    return URIRef(f"{GEONAMES_FEATURE}{int(feature_id)}/")


_GEONAMES_IRI = re.compile(re.escape(GEONAMES_FEATURE) + r"([1-9][0-9]*)/")


def geonames_id(iri: str | None) -> int | None:
    """The feature id of a GeoNames feature URI (:func:`geonames_iri`'s inverse), else None."""
    match = _GEONAMES_IRI.fullmatch(iri or "")
    return int(match.group(1)) if match else None


def valid_qid(value: str | None) -> str | None:
    if value is None:
        return None
    qid = value.removeprefix(WIKIDATA_ENTITY).removeprefix("wd:")
    return qid if QID_RE.fullmatch(qid) else None


@dataclass(frozen=True)
class Minter:
    """Mints every data IRI under one base (``KG_BASE_IRI``)."""

    base: str

    def _iri(self, kind: str, k: str) -> URIRef:
        return URIRef(f"{self.base}id/{kind}/{k}")

    def article(self, article_id: str) -> URIRef:
        return self._iri("article", key(article_id))

    def article_graph(self, article_id: str) -> URIRef:
        return self._iri("graph", key(article_id))

    def entities_graph(self) -> URIRef:
        return self._iri("dataset", "entities")

    def event(self, article_id: str, event_id: str) -> URIRef:
        return self._iri("event", f"{key(article_id)}.{key(event_id)}")

    def casualty(self, article_id: str, event_id: str, index: int) -> URIRef:
        return self._iri("casualty", f"{key(article_id)}.{key(event_id)}.{index}")

    def materiel(self, article_id: str, event_id: str, index: int) -> URIRef:
        return self._iri("materiel", f"{key(article_id)}.{key(event_id)}.{index}")

    def span(self, article_id: str, start: int, end: int) -> URIRef:
        return self._iri("span", f"{key(article_id)}.{start}-{end}")

    def source_file(self, sha256: str) -> URIRef:
        """A source file is named by its content: the same bytes are the same file."""
        return self._iri("file", key(sha256))

    def checksum(self, sha256: str) -> URIRef:
        return self._iri("checksum", key(f"sha256-{sha256}"))

    def entity(self, entity: Entity) -> URIRef:
        """``{kind}/{QID}``, else ``{kind}/gn-{GeoNames id}``, else ``{kind}/{name key}``.

        The GeoNames id comes before the name because a place only GeoNames knows is named as
        each article writes it ("Hodeida", "Hodeidah"): the feature id keeps it one node. Name
        keys are unchanged; only a place literally named "gn 79415" would share this key."""
        qid = valid_qid(entity.wikidata)
        if qid:
            return self._iri(kind_segment(entity.kind), qid)
        if entity.geonames is not None:
            return self._iri(kind_segment(entity.kind), f"gn-{entity.geonames}")
        return self._iri(kind_segment(entity.kind), name_key(entity.name))
