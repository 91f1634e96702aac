"""Gazetteer and entity linking: names → Wikidata QIDs for places and conflict actors.

* :func:`build_from_files` / :func:`build_from_sparql` compile sources into the shipped
  ``data/gazetteer/places.jsonl.gz`` (see :mod:`kg.gazetteer.records` for the format);
* ``data/gazetteer/actors.csv`` is the curated list of armed actors, ministries, monitors and
  international bodies, every QID in it backed by cited evidence;
* :class:`Gazetteer` loads both and :meth:`Gazetteer.link` resolves a mention to a
  :class:`Candidate` — or to None when the match would be a guess; what loading builds is
  kept in a disk cache keyed by the files and code (:mod:`kg.gazetteer.cache`,
  ``KG_CACHE_DIR``), so that the next process reads it instead of building it.
"""

from kg.gazetteer.build import build_from_files, build_from_sparql
from kg.gazetteer.lookup import Candidate, Gazetteer, NameEntry

__all__ = ["Candidate", "Gazetteer", "NameEntry", "build_from_files", "build_from_sparql"]
