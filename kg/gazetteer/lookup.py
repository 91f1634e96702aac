"""Link entity names to gazetteer records (and so to Wikidata QIDs) — conservatively.

Order of evidence, strongest first:

1. exact match of the normalised name against a label or alias (case, accents, Arabic
   diacritics, punctuation and a leading "the" ignored), then the same with Arabic article
   variants folded ("Ar Raqqah" = "al-Raqqah") and with the article dropped ("Raqqah");
2. administrative designators ("Idlib province", "province of Idlib", "Idlib governorate",
   "Aleppo countryside") are stripped and remembered: the text asked for an *area*;
3. a fuzzy match (rapidfuzz ratio) with a high threshold, only against entries that carry a
   QID, only when a single entry wins.

Homonyms are ranked by kind (a requested ``state_force`` never returns a place), by the
article's countries (``context_countries``; a country's own name is not lost to towns named
after it), by level (a town before its governorate unless the text said "province"), then by
QID, population and whether the name is the record's own rather than an alias. When the top
two candidates cannot be told apart the answer is ``None``: a wrong QID is worse than none.
"""

from __future__ import annotations

import bisect
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from rapidfuzz import fuzz, process

from kg.gazetteer import actors as _actors_module
from kg.gazetteer import cache as derived
from kg.gazetteer import normalize as _normalize_module
from kg.gazetteer import records as _records_module
from kg.gazetteer.actors import load_actors
from kg.gazetteer.normalize import is_common_word, keys_for, normalize, split_designator
from kg.gazetteer.records import ACTOR_KINDS, PLACE_KINDS, gc_paused, read_gazetteer

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO_ROOT / "data" / "gazetteer" / "places.jsonl.gz"
DEFAULT_ACTORS = REPO_ROOT / "data" / "gazetteer" / "actors.csv"

# Match qualities (lower is better) and the score each one is worth.
EXACT, FOLDED, BARE, STRIPPED, FUZZY = 0, 1, 2, 3, 4
_QUALITY_SCORE = {EXACT: 1.0, FOLDED: 0.95, BARE: 0.9, STRIPPED: 0.75}
_MATCH_NAMES = ("exact", "folded", "bare", "designator", "fuzzy")
# Level preference for a bare place name (no designator): the polity, then towns, then areas.
_PLAIN_RANK = {"country": 0, "locality": 1, "neighbourhood": 2, "admin1": 3, "admin2": 4,
               "territory": 5, "region": 6, "actor": 7}
# With a designator ("Idlib province"): only areas qualify, first-level first.
_ADMIN_RANK = {"admin1": 0, "admin2": 1, "territory": 2, "region": 3}
# Organisation-like kinds an extractor easily confuses; a person never matches an organisation.
_ORG_KINDS = frozenset({"state_force", "armed_group", "government_body", "organization"})
#: Levels of an area, as against a town ("Texas" the state before San Antonio's alias).
_AREA_LEVELS = frozenset({"country", "admin1", "admin2", "territory", "region"})
FUZZY_THRESHOLD = 92.0
MIN_FUZZY_LEN = 6
DEFAULT_MIN_SCORE = 0.8
#: Answers of :meth:`Gazetteer.link` remembered per gazetteer (emptied beyond this many).
LINK_CACHE_SIZE = 100_000
#: "UN", "U.S.", "RSF": a short all-capitals name is an acronym, not a town written in capitals
#: (wire datelines, which are, are title-cased by their callers before linking)
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,3}")
#: A name of two words of letters joined by a hyphen: "Pétion-Ville", "Carrefour-Feuilles".
_TWO_PART_NAME = re.compile(r"[^\W\d_][^\W_-]+-[^\W\d_][^\W_-]+")


#: Designators of a first-level division, and of the divisions below one.
_FIRST_DIVISION_WORDS = frozenset({"province", "governorate", "state", "region", "oblast",
                                   "prefecture", "krai", "muhafazah", "wilayah", "vilayet",
                                   "provincia"})
_LOWER_DIVISION_WORDS = frozenset({"district", "county", "municipality"})
_DIVISION_WORDS = _FIRST_DIVISION_WORDS | _LOWER_DIVISION_WORDS


def _designator_word(key: str) -> str | None:
    """The designator a normalised name ends with ("amur oblast" → "oblast"), if any."""
    last = key.rsplit(" ", 1)[-1]
    return last if " " in key and last in _DIVISION_WORDS else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km): enough to tell a suburb
    from another city, or a source's point from a GeoNames point."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class Candidate:
    """One linked entity. ``qid`` is None for gazetteer entries without a verified QID."""

    id: str
    qid: str | None
    name: str
    kind: str
    level: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    score: float
    match: str

    @property
    def iri(self) -> str | None:
        """The Wikidata entity IRI, or None (callers then mint a local IRI from ``id``)."""
        return f"http://www.wikidata.org/entity/{self.qid}" if self.qid else None


@dataclass(frozen=True)
class NameEntry:
    """A surface form for dictionary-based recognisers (e.g. a spaCy EntityRuler pattern)."""

    text: str
    kind: str
    id: str
    qid: str | None


def _spelling(surface: str) -> str:
    """An acronym's letters as written: "the U. S." → "US" (case kept)."""
    if surface[:4] in ("the ", "The "):
        surface = surface[4:]
    return surface.replace(".", "").replace(" ", "")


#: ``src`` values of a record that only GeoNames named (``city-qids`` adds a QID, no names)
_GEONAMES_ONLY = frozenset({"geonames", "city-qids"})


#: An apostrophe after a letter inside or at the end of a word ("Mark’os", "Debark’"), not
#: one before a capital ("d'Ivoire").
_WORD_APOSTROPHE = re.compile(r"(?<=[a-z])['’](?![A-Z])")


def _named_by_geonames_only(rec: dict[str, Any]) -> bool:
    """A GeoNames city whose aliases are GeoNames' alternate names and nothing else: so a
    city keeps the same recogniser names whether or not ``city_qids.csv`` gave it a QID."""
    return rec["id"].startswith("gn:") or (
        bool(rec.get("src")) and set(rec["src"]) <= _GEONAMES_ONLY)


def _names_a_city(keys: list[str], cities: set[str]) -> bool:
    """Whether a surface (by its index keys) is a QID'd city's own name: a country's alias
    that is one ("Kinshasa" for the DR Congo) is left to the city, in the index and in the
    names given to recognisers alike."""
    return bool(keys) and keys[0] in cities


class Gazetteer:
    """In-memory index over the compiled places file and the curated actors."""

    _cache: ClassVar[dict[tuple[str, str], Gazetteer]] = {}
    #: What :meth:`_build_index` derives from the records (with them and the header): the
    #: state :meth:`load` keeps in the disk cache (:mod:`kg.gazetteer.cache`).
    _STATE: ClassVar[tuple[str, ...]] = ("header", "records", "_index", "_keys", "_by_id",
                                         "_fuzzy_keys", "_city_keys")
    #: The fingerprint of the data and code :meth:`load` built this from (None: not loaded
    #: by it, or the disk cache is off); structures derived further are cached under it.
    fingerprint: str | None = None

    def __init__(self, records: list[dict[str, Any]], header: dict[str, Any] | None = None):
        self.header = header or {}
        self.records = records
        self._index: dict[str, list[tuple[int, int]]] = {}
        self._init_memos()
        with gc_paused():
            self._build_index()

    def _init_memos(self) -> None:
        # link() answers by its arguments: the index never changes after loading, and an
        # article asks for the same names ("Syria", "Syrian forces") many times, as do the
        # articles of a batch (a third of the calls are new on the 120 dev-corpus articles)
        self._links: dict[tuple[str, str | None, frozenset[str], float], Candidate | None] = {}
        self._fuzzies: dict[str, dict[int, tuple[int, float]]] = {}
        self._fuzzy_by_length: dict[int, list[str]] = {}

    def _state(self) -> dict[str, Any]:
        """Everything loading built, as plain data (for the disk cache)."""
        return {name: getattr(self, name) for name in self._STATE}

    @classmethod
    def _from_state(cls, state: dict[str, Any]) -> Gazetteer:
        """The gazetteer :meth:`_state` describes, without building anything (KeyError when
        a name is missing, TypeError when ``state`` is not a dict)."""
        gaz = cls.__new__(cls)
        for name in cls._STATE:
            setattr(gaz, name, state[name])
        gaz._init_memos()
        return gaz

    def _build_index(self) -> None:
        # the hot loop of loading (~150k surfaces): _add/_put inlined, names bound locally
        records, index = self.records, self._index
        get = index.get
        # a capital that also names its country ("Kinshasa" for the DR Congo, "Brazzaville"
        # for the Republic of the Congo) is the city: its own name, not the country's alias
        cities = self._city_keys = {keys[0] for rec in records
                                    if rec["kind"] == "place" and rec.get("qid")
                                    and (keys := keys_for(rec["name"]))}
        for i, rec in enumerate(records):
            country = rec["kind"] == "country"
            for n, surface in enumerate((rec["name"], *rec.get("names", ()), *rec.get("ar", ()))):
                keys = keys_for(surface)
                if not keys or (country and n and _names_a_city(keys, cities)):
                    continue
                pairs = [(key, q if q < BARE else BARE) for q, key in enumerate(keys)]
                core, had = split_designator(keys[0])
                if had:
                    pairs.extend((key, STRIPPED) for key in keys_for(core))
                for key, quality in pairs:
                    hits = get(key)
                    if hits is None:
                        index[key] = [(i, quality)]
                    elif hits[-1][0] == i:     # records come in order: i can only be last
                        if quality < hits[-1][1]:
                            hits[-1] = (i, quality)
                    else:
                        hits.append((i, quality))
        self._keys = sorted(self._index)
        self._by_id: dict[str, int] = {}
        for i, rec in enumerate(records):
            self._by_id.setdefault(rec["id"], i)
            if rec.get("qid"):
                self._by_id.setdefault(rec["qid"], i)
        # fuzzy search space: only entries with a QID (a fuzzy hit on a QID-less village is
        # exactly the kind of doubtful match we refuse), keys long enough to be distinctive
        has_qid = [bool(rec.get("qid")) for rec in records]
        self._fuzzy_keys = [k for k in self._keys if len(k) >= MIN_FUZZY_LEN
                            and any(has_qid[i] for i, _ in self._index[k])]

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, path: Path | str | None = None,
             actors: Path | str | bool | None = True) -> Gazetteer:
        """Load (once per process and path) the compiled file plus the curated actors.

        ``path`` defaults to ``$KG_GAZETTEER`` or the shipped ``data/gazetteer/places.jsonl.gz``.
        ``actors``: True = the shipped ``actors.csv`` (its rows replace any actor records
        embedded in the compiled file, so editing the CSV takes effect without a rebuild);
        a path = that file; False/None = only what the compiled file contains.
        """
        places = Path(path or os.environ.get("KG_GAZETTEER") or DEFAULT_PATH)
        actor_path = DEFAULT_ACTORS if actors is True else (Path(actors) if actors else None)
        key = (str(places.resolve()), str(actor_path.resolve()) if actor_path else "")
        if key not in cls._cache:
            cls._cache[key] = cls._read(places, actor_path)
        return cls._cache[key]

    @classmethod
    def _read(cls, places: Path, actor_path: Path | None) -> Gazetteer:
        """Build from the files, or read what an earlier process built from the very same
        files with the very same code from the disk cache (:mod:`kg.gazetteer.cache`): the
        same structures, in a tenth of the time."""
        def build() -> Gazetteer:
            header, records = read_gazetteer(places)
            if actor_path and actor_path.is_file():
                records = [r for r in records if r.get("level") != "actor"]
                records.extend(load_actors(actor_path))
            return cls(records, header)

        def key() -> str | None:
            return derived.fingerprint("gazetteer", files=(places, actor_path),
                                       code=GAZETTEER_CODE_DIGESTS)

        gaz, gaz.fingerprint = derived.cached("gazetteer", key, build, cls._state,
                                              cls._from_state)
        return gaz

    # ------------------------------------------------------------------ linking

    def link(self, name: str, kind: str | None = None,
             context_countries: Iterable[str] = frozenset(), *,
             min_score: float = DEFAULT_MIN_SCORE,
             prefer: str | None = None) -> Candidate | None:
        """Best candidate for ``name`` of ``kind`` given the article's countries, or None.

        ``kind`` is a facts-format kind (``place``, ``country``, ``state_force``…) or None for
        any. ``context_countries`` are country QIDs of the article's other places; ``prefer``
        is the article's main country, which ranks above the others (a Ukrainian story that
        names Russia means Pokrovsk in Donetsk, not Engels, once called Pokrovsk). Returns
        None when nothing matches, when the best match scores below ``min_score`` or when
        two different entities tie.
        """
        context = frozenset(context_countries)
        memo = (name, kind, context, min_score, prefer)
        if memo in self._links:
            return self._links[memo]
        if len(self._links) >= LINK_CACHE_SIZE:
            self._links.clear()
        found = self._link(name, kind, context, min_score, prefer)
        if found is None and _TWO_PART_NAME.fullmatch(name.strip()):
            # "Pétion-Ville", which the gazetteer writes "Pétionville": the same name joined
            head, tail = name.strip().split("-")
            found = self._link(head + tail.lower(), kind, context, min_score, prefer)
        self._links[memo] = found
        return found

    def _link(self, name: str, kind: str | None, context: frozenset[str],
              min_score: float, prefer: str | None = None) -> Candidate | None:
        query = normalize(name)
        if not query:
            return None
        if kind is not None and kind not in PLACE_KINDS | ACTOR_KINDS:
            kind = None                       # unknown label (e.g. "GPE"): do not filter
        core, wants_area = split_designator(query)
        # 1. the whole name as written ("Idlib Governorate", "Islamic State", "Aleppo")
        hits: dict[int, int] = {}
        qkeys = keys_for(query)
        for key in qkeys:
            for i, q in self._index.get(key, []):
                hits[i] = min(hits.get(i, 9), q)
        if _ACRONYM.fullmatch(name.strip()):
            # only entries that write it so: "UN" is the United Nations, not Un in Gujarat
            return self._acronym(name.strip(), hits, kind, context, prefer)
        ranked = self._rank(hits, kind, context, wants_area=False, qkeys=qkeys, prefer=prefer)
        home = self._home_division(hits, kind, prefer, ranked)
        if home is not None:
            return home
        # 2. "Idlib province" / "province of Idlib": the core name, areas only; also when the
        # whole name is another country's ("al-Jawf province", an alias of Saudi Arabia's
        # Al-Jowf Province, in a Yemeni story is Yemen's Al Jawf Governorate)
        foreign = bool(ranked) and prefer is not None \
            and self.records[ranked[0][2]].get("country") != prefer
        if (not ranked or foreign) and wants_area:
            hits = {}
            qkeys = keys_for(core)
            for key in qkeys:
                for i, q in self._index.get(key, []):
                    # (past a foreign whole-name match, a core name met as an alias or with
                    # the designator stripped is one name: the article's country decides)
                    q = BARE if q == STRIPPED or (foreign and q < BARE) else q
                    hits[i] = min(hits.get(i, 9), q)
            areas = self._rank(hits, kind, context, wants_area=True, qkeys=qkeys,
                               prefer=prefer)
            if _designator_word(query) in _LOWER_DIVISION_WORDS:
                # "the city's Amur district" is not Amur Oblast: a district, county or
                # municipality is never the first-level division its own name calls otherwise
                areas = [r for r in areas if _designator_word(normalize(
                    self.records[r[2]]["name"])) not in _FIRST_DIVISION_WORDS]
            if not ranked or (areas and self.records[areas[0][2]].get("country") == prefer):
                ranked = areas
        # 3. fuzzy, QID-bearing entries only
        if not ranked:
            ranked = self._rank(self._fuzzy(core if wants_area else query), kind, context,
                                wants_area, prefer=prefer)
            # (a town spelled nearly like a foreign city is a town of the story's own
            # countries, no misspelled capital: "the town of Sangha" in a Malian story is not
            # Shanghai, "Kambala village" in a Tanzanian one not Kampala)
            ranked = [r for r in ranked if not (
                context and self.records[r[2]]["level"] == "locality"
                and self.records[r[2]].get("country") not in context)]
        if not ranked:
            return None
        best = ranked[0]
        if len(ranked) > 1 and ranked[1][0] == best[0] and not self._same(best[2], ranked[1][2]):
            return None                       # a genuine tie between different entities
        _key, quality, i, fuzz_score = best
        score = fuzz_score if quality == FUZZY else _QUALITY_SCORE[quality]
        if context and self.records[i].get("country") in context:
            score = min(1.0, score + 0.02)
        if score < min_score:
            return None
        return self._candidate(i, score, _MATCH_NAMES[quality])

    def _home_division(self, hits: dict[int, int], kind: str | None, prefer: str | None,
                       ranked: list[tuple[tuple[Any, ...], int, int, float]],
                       ) -> Candidate | None:
        """The article's own country's first- or second-level division named without its
        designator, when nothing of that country is named so in full: "Zamfara", "Benue",
        "Plateau" in a Nigerian story are Zamfara, Benue and Plateau State, not nothing and not
        Benin's Plateau Department (whose sources list "Plateau" as an alias). Nigerian, Indian
        or Ethiopian news names its states and regions bare; a bare match of another country's
        division, or no match at all, is then the wrong answer. Only one such division may
        match (two are a tie: None), and only a place may be asked for.
        """
        if prefer is None or kind not in (None, "place"):
            return None
        if ranked and ranked[0][1] != STRIPPED \
                and self.records[ranked[0][2]].get("country") == prefer:
            return None  # (the story's own town or area, named in full: "Kaduna" the city)
        own = {i for i, q in hits.items() if q == STRIPPED
               and (rec := self.records[i]).get("country") == prefer
               and rec.get("level") in ("admin1", "admin2") and rec.get("qid")}
        if len(own) != 1:
            return None
        return self._candidate(own.pop(), _QUALITY_SCORE[BARE], _MATCH_NAMES[STRIPPED])

    def town_in(self, name: str, admin1: str) -> Candidate | None:
        """The one town or neighbourhood called ``name`` (as written, or by an alias) in the
        first-level division ``admin1`` (a QID), or None when there is none or more than one:
        the Pokrovsk in Donetsk Oblast when a text places it there, not Engels (once called
        Pokrovsk) in Saratov."""
        found = {}
        for key in keys_for(normalize(name)):
            for i, _q in self._index.get(key, []):
                rec = self.records[i]
                if rec.get("admin1") == admin1 and rec.get("kind") == "place" \
                        and rec.get("level") in ("locality", "neighbourhood"):
                    found[rec["id"]] = i
        if len(found) != 1:
            return None
        return self._candidate(next(iter(found.values())), _QUALITY_SCORE[EXACT],
                               _MATCH_NAMES[EXACT])

    def _acronym(self, name: str, hits: dict[int, int], kind: str | None,
                 context: frozenset[str], prefer: str | None) -> Candidate | None:
        """Link an acronym by entries with that exact spelling (dots, spaces, "the" ignored), no
        fuzzing."""
        bare = _spelling(name)
        spelled = {i: q for i, q in hits.items()
                   if any(_spelling(s) == bare for s in (
                       self.records[i]["name"], *self.records[i].get("names", ())))}
        ranked = self._rank(spelled, kind, context, wants_area=False, qkeys=keys_for(
            normalize(name)), prefer=prefer)
        if not ranked:
            return None
        best = ranked[0]
        if len(ranked) > 1 and ranked[1][0] == best[0] and not self._same(best[2], ranked[1][2]):
            return None
        return self._candidate(best[2], _QUALITY_SCORE[best[1]], _MATCH_NAMES[best[1]])

    def _rank(self, hits: dict[int, Any], kind: str | None, context: frozenset[str],
              wants_area: bool, qkeys: Iterable[str] = (), prefer: str | None = None,
              ) -> list[tuple[tuple[Any, ...], int, int, float]]:
        """Candidates best first; equal keys for different entities mean a tie.

        Key: match quality, kind fit, article context, level, QID, population (powers of 3),
        then whether the query is the record's own name rather than one of its aliases (the
        Afghan Jalalabad before Sylhet, once called Jalalabad). A country among the hits keeps
        the context bonus from towns named after it: "Lebanon" in an article about the US is
        still the country, not Lebanon, Tennessee (first-level divisions keep the bonus:
        "Georgia" with the US in context is the state).
        """
        qset = set(qkeys)
        out = []
        rows = []
        country_hit = False
        for i, val in hits.items():
            rec = self.records[i]
            kind_rank = self._kind_rank(rec, kind)
            if kind_rank is None:
                continue
            rows.append((i, val, rec, kind_rank))
            country_hit = country_hit or rec.get("level") == "country"
        for i, val, rec, kind_rank in rows:
            quality, fscore = (val if isinstance(val, tuple) else (val, 0.0))
            level = rec.get("level") or ""
            if wants_area:
                if level not in _ADMIN_RANK:
                    continue
                level_rank = _ADMIN_RANK[level]
            else:
                level_rank = _PLAIN_RANK.get(level, 9)
            in_context = 0 if (prefer and rec.get("country") == prefer) else \
                1 if (context and rec.get("country") in context) else 2
            if country_hit and level not in ("country", "admin1"):
                in_context = 2
            pop = rec.get("pop") or 0
            alias = 0 if not qset or qset.intersection(keys_for(rec["name"])) else 1
            key = (min(quality, STRIPPED) if quality != FUZZY else FUZZY, kind_rank,
                   in_context, level_rank, 0 if rec.get("qid") else 1,
                   -int(math.log(pop, 3)) if pop > 1 else 0, alias)
            out.append((key, quality, i, fscore))
        out.sort(key=lambda t: (t[0], t[2]))
        return _own_area_first(out, self.records)

    @staticmethod
    def _kind_rank(rec: dict[str, Any], kind: str | None) -> int | None:
        """0 = exactly the requested kind, 1 = acceptable, None = excluded."""
        rk = rec.get("kind")
        if kind is None or rk == kind:
            return 0
        if kind == "place" and rk == "country":
            return 0                          # "in Syria": a country is a place too
        if kind == "country" and rk == "place" and rec.get("level") == "admin1" \
                and rec.get("country") != rec.get("qid") and "-" in (rec.get("iso") or ""):
            return 1                          # England, Scotland… as polities
        if kind in _ORG_KINDS and rk in _ORG_KINDS:
            return 1                          # extractors mix up armed_group/state_force/…
        return None                           # places vs actors, persons vs organisations

    def _same(self, i: int, j: int) -> bool:
        a, b = self.records[i], self.records[j]
        return a["id"] == b["id"] or (a.get("qid") is not None and a.get("qid") == b.get("qid"))

    def _fuzzy(self, query: str) -> dict[int, tuple[int, float]]:
        """Fuzzy hits as {record: (FUZZY, score)}; only unambiguous, long, QID-bearing keys.
        Remembered by query (a scan of every key; link() asks again for other kinds)."""
        if len(query) < MIN_FUZZY_LEN:
            return {}
        found = self._fuzzies.get(query)
        if found is None:
            if len(self._fuzzies) >= LINK_CACHE_SIZE:
                self._fuzzies.clear()
            found = self._fuzzies[query] = self._fuzzy_scan(query)
        return dict(found)

    def _fuzzy_reachable(self, length: int) -> list[str]:
        """The fuzzy keys a query of ``length`` characters could score the threshold with, in
        their order. ``fuzz.ratio`` is 100 × (1 − indel distance / total length), and the
        distance is at least the difference of the lengths: keys much longer or shorter than
        the query cannot reach it, and scanning only the others (a fifth of them) finds the
        same hits in the same order. Remembered by length."""
        keys = self._fuzzy_by_length.get(length)
        if keys is None:
            slack = (1.0 - FUZZY_THRESHOLD / 100.0) * 1.01  # (a margin for float rounding)
            keys = self._fuzzy_by_length[length] = [
                k for k in self._fuzzy_keys if abs(len(k) - length) <= slack * (len(k) + length)]
        return keys

    def _fuzzy_scan(self, query: str) -> dict[int, tuple[int, float]]:
        found = process.extract(query, self._fuzzy_reachable(len(query)), scorer=fuzz.ratio,
                                score_cutoff=FUZZY_THRESHOLD, limit=3)
        if not found:
            return {}
        top = found[0][1]
        keys = [k for k, s, _ in found if s == top and k[0] == query[0]]
        out: dict[int, tuple[int, float]] = {}
        for key in keys:
            for i, _q in self._index[key]:
                if self.records[i].get("qid"):
                    out[i] = (FUZZY, round(0.9 * top / 100.0, 3))
        return out

    def _candidate(self, i: int, score: float, match: str) -> Candidate:
        r = self.records[i]
        return Candidate(id=r["id"], qid=r.get("qid"), name=r["name"], kind=r["kind"],
                         level=r.get("level") or "", country=r.get("country"),
                         admin1=r.get("admin1"), lat=r.get("lat"), lon=r.get("lon"),
                         score=round(score, 3), match=match)

    # ------------------------------------------------------------------ helpers for others

    def main_force(self, country: str) -> Candidate | None:
        """A country's armed forces as one entity: the curated state_force of that country
        named "… Armed Forces" / "Armed Forces of …" (else its first curated state_force that
        is not a police, intelligence or air force unit), or None."""
        if not hasattr(self, "_forces"):
            forces: dict[str, int] = {}
            for i, rec in enumerate(self.records):
                if rec.get("kind") != "state_force" or rec.get("level") != "actor":
                    continue
                c = rec.get("country")
                if not c:
                    continue
                name = rec["name"].lower()
                whole = ("armed forces" in name or "military forces" in name
                         or "defense force" in name or "defence force" in name)
                if whole and (c not in forces
                              or "armed forces" not in self.records[forces[c]]["name"].lower()):
                    forces[c] = i
            for i, rec in enumerate(self.records):
                c = rec.get("country")
                if rec.get("kind") == "state_force" and rec.get("level") == "actor" and c \
                        and c not in forces and not re.search(
                            r"police|intelligence|security|guard|air force|directorate|bureau|"
                            r"peshmerga|popular mobili[sz]ation|regional",  # a region's own
                            rec["name"], re.IGNORECASE):
                    forces[c] = i
            self._forces = forces
        i = self._forces.get(country)
        return self._candidate(i, 1.0, "country force") if i is not None else None

    def armies(self, country: str) -> list[Candidate]:
        """The country's curated armies ("Syrian Arab Army", "Pakistan Army"): the land force
        news names for the whole of a country's military as often as its armed forces."""
        if not hasattr(self, "_armies"):
            armies: dict[str, list[int]] = {}
            for i, rec in enumerate(self.records):
                if rec.get("kind") == "state_force" and rec.get("level") == "actor" \
                        and rec.get("country") and re.search(r"\bArmy\b", rec["name"]):
                    armies.setdefault(rec["country"], []).append(i)
            self._armies = armies
        return [self._candidate(i, 1.0, "country army") for i in self._armies.get(country, [])]

    def population(self, id_or_qid: str) -> int:
        """The record's population (0 when unknown or no such record)."""
        i = self._by_id.get(id_or_qid)
        return int(self.records[i].get("pop") or 0) if i is not None else 0

    def capital(self, country: str) -> Candidate | None:
        """The capital city of the country with this id or QID (GeoNames' country table, in
        the compiled file's header), or None when the file names none."""
        rec = self.get(country)
        city = (self.header.get("capitals") or {}).get(rec.id) if rec is not None else None
        return self.get(city) if city else None

    def get(self, id_or_qid: str) -> Candidate | None:
        """The record with this gazetteer id or QID, as a Candidate (score 1)."""
        i = self._by_id.get(id_or_qid)
        return None if i is None else self._candidate(i, 1.0, "id")

    def curated_aliases(self, id_or_qid: str) -> list[str]:
        """The other names the curated actors file gives an actor (none for places: a
        GeoNames town's alternate names are mostly foreign spellings, not its English names)."""
        i = self._by_id.get(id_or_qid)
        if i is None or self.records[i].get("level") != "actor":
            return []
        return [n for n in self.records[i].get("names", []) if n.isascii()]

    def names(self, kinds: Iterable[str] | None = None,
              with_qid_only: bool = False, *, all_aliases: bool = False) -> Iterator[NameEntry]:
        """Every surface name (label, aliases, Arabic) with its kind, for building recognisers.

        ``kinds`` restricts to facts-format kinds; ``with_qid_only`` drops QID-less entries
        (e.g. the ten thousand Syrian villages) when a smaller pattern set is wanted.

        Unless ``all_aliases``, two kinds of surface a dictionary recogniser should not see
        are left out (:meth:`link` still knows them): names of QID-less records that are
        everyday English words (towns called "Split", "Date" or "Police";
        :data:`kg.gazetteer.normalize.COMMON_WORDS`), and the alternate names of GeoNames
        cities (ids ``gn:…``, or a QID from ``city_qids.csv`` on a record GeoNames alone
        named), ~100k mostly foreign-language spellings — their own name and its ASCII
        spelling are given, and the ASCII alternates close to the name that name no other
        place ("Mertule Mariam" for "Mertule Maryam"). Every place's names are also given
        without a transliteration's apostrophe ("Debre Markos" for "Debre Mark’os").
        """
        allowed = set(kinds) if kinds else None
        own_names = {normalize(n) for r in self.records
                     for n in (r["name"], *(r.get("names", []) if r.get("qid") else ()))}
        for r in self.records:
            if allowed is not None and r["kind"] not in allowed:
                continue
            if with_qid_only and not r.get("qid"):
                continue
            surfaces = [r["name"], *r.get("names", []), *r.get("ar", [])]
            if not all_aliases and _named_by_geonames_only(r):
                own = normalize(r["name"])
                # (and a spelling close to it that names no other place: "Mertule Mariam" for
                # "Mertule Maryam", not "Samara" for Iraq's "Sāmarrā’")
                surfaces = [t for t in surfaces if normalize(t) == own or (
                    t.isascii() and len(own) >= 6 and normalize(t) not in own_names
                    and fuzz.ratio(normalize(t), own) >= 90)]
            if r["kind"] == "place":
                # a transliteration's apostrophe inside a word, which news leaves out:
                # GeoNames' "Debre Mark’os" and "Debark’" are "Debre Markos" and "Debark"
                surfaces += [bare for t in surfaces
                             if (bare := _WORD_APOSTROPHE.sub("", t)) != t]
            seen: set[str] = set()
            for text in surfaces:
                if text in seen:
                    continue
                seen.add(text)
                if r["kind"] == "country" and text != r["name"] \
                        and _names_a_city(keys_for(text), self._city_keys):
                    continue  # (a capital naming its country is the city: "Kinshasa")
                if not all_aliases and not r.get("qid") and is_common_word(text):
                    continue
                yield NameEntry(text=text, kind=r["kind"], id=r["id"], qid=r.get("qid"))

    def entity_ruler_patterns(self, kinds: Iterable[str] | None = None,
                              with_qid_only: bool = False) -> list[dict[str, str]]:
        """spaCy EntityRuler patterns: ``{"label": KIND, "pattern": text, "id": gazetteer id}``."""
        return [{"label": e.kind.upper(), "pattern": e.text, "id": e.id}
                for e in self.names(kinds, with_qid_only)]

    def search_prefixes(self, prefix: str, limit: int = 20) -> list[str]:
        """Normalised index keys starting with ``prefix`` (autocomplete, recogniser tries)."""
        p = normalize(prefix)
        if not p:
            return []
        start = bisect.bisect_left(self._keys, p)
        out = []
        for key in self._keys[start:]:
            if not key.startswith(p) or len(out) >= limit:
                break
            out.append(key)
        return out


#: The modules whose code shapes what :meth:`Gazetteer.load` builds (reading the files,
#: normalising names, indexing them, the cache's own format): their source, as this process
#: imported it, is part of the disk cache's fingerprint, so editing any of them invalidates it.
GAZETTEER_CODE = (sys.modules[__name__], _normalize_module, _records_module, _actors_module,
                  derived)
GAZETTEER_CODE_DIGESTS = derived.code_digests(derived.module_files(*GAZETTEER_CODE))


def _own_area_first(ranked: list[tuple[tuple[Any, ...], int, int, float]],
                    records: list[dict[str, Any]],
                    ) -> list[tuple[tuple[Any, ...], int, int, float]]:
    """Move an area named exactly so ahead of a town that merely lists the name as an alias.

    A bare name prefers towns over areas ("Baghdad" is the city), but GeoNames' alternate names
    carry junk: San Antonio lists "Texas", Salem "Massachusetts", Mahdia "Africa". When the best
    candidate is a locality reached only through such an alias and an area, region or country of
    the same match quality, kind fit and context bears the name as its own, the area is meant.
    """
    if len(ranked) < 2:
        return ranked
    top = ranked[0]
    if top[0][-1] == 0 or records[top[2]].get("level") != "locality":
        return ranked
    own = []
    for cand in ranked[1:]:
        if cand[0][:3] != top[0][:3]:
            break
        if cand[0][-1] == 0 and records[cand[2]].get("level") in _AREA_LEVELS:
            own.append(cand)
    if not own:
        return ranked
    first = [c for c in own if c[0] == own[0][0]]  # equal keys stay together: a tie is a tie
    return [*first, *(c for c in ranked if c not in first)]

