"""The facts-format v1 model (``conflict-kg/facts@1``) and its structural validation.

Facts are the contract between extraction and publishing (``shared/spec/facts-format.md``).
This module checks what must hold before RDF can even be built: required fields and their JSON
types, unique ids, references that resolve, real calendar dates, offsets inside the article text
when the text is given. Value ranges and closed vocabularies (event types, qualifiers, negative
counts, start < end) are deliberately left to the SHACL shapes, the single place those rules live,
so a rejected document names the shape constraint it breaks.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kg.errors import FactsError

FORMAT_ID = "conflict-kg/facts@1"
FORMAT_PREFIX = "conflict-kg/facts@"

KINDS = (
    "country", "state_force", "armed_group", "government_body",
    "organization", "person", "civilians", "place",
)
DATE_PRECISIONS = ("day", "week", "month", "year")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
#: GeoNames' semantic-web URI of a feature is this + its id + "/" (the concept, not the
#: ``about.rdf`` document about it): https://www.geonames.org/ontology/documentation.html
GEONAMES_FEATURE = "https://sws.geonames.org/"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str | None = None


@dataclass(frozen=True)
class SourceFile:
    """The file an article was derived from (an imported dataset release): PROV-O provenance."""

    name: str
    sha256: str
    issued: date | None = None


@dataclass(frozen=True)
class Article:
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None
    text: str | None = None
    derived_from: SourceFile | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    wikidata: str | None
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames: int | None = None  # the GeoNames feature id (a place known to GeoNames)


@dataclass(frozen=True)
class Casualty:
    count: int
    qualifier: str
    outcome: str
    victim: str | None
    claimed_by: str | None


@dataclass(frozen=True)
class Materiel:
    count: int
    item: str
    outcome: str
    owner: str | None
    claimed_by: str | None


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date: date | None
    date_precision: str | None
    location: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    casualties: tuple[Casualty, ...]
    materiel: tuple[Materiel, ...]
    area_km2: float | None
    attributed_to: tuple[str, ...]
    certainty: str
    evidence: tuple[Span, ...]
    optional: bool = False
    identifier: str | None = None


@dataclass(frozen=True)
class Facts:
    article: Article
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    sha256: str

    def entity(self, entity_id: str) -> Entity:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)


def canonical_sha256(doc: Mapping[str, Any]) -> str:
    """Hash of the document as canonical JSON (sorted keys, compact): same facts, same hash."""
    blob = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def default_article_id(text: str) -> str:
    """The facts-format default id: ``sha256:`` + the first 16 hex digits of the text's hash."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def is_facts_document(doc: object) -> bool:
    """True for anything that says it is a facts document (of any version)."""
    return isinstance(doc, dict) and str(doc.get("format", "")).startswith(FORMAT_PREFIX)


class _Reader:
    """Reads one document, raising FactsError with the article id and a JSON-path-like field."""

    def __init__(self, article_id: str | None) -> None:
        self.article_id = article_id

    def fail(self, field: str, problem: str) -> FactsError:
        return FactsError(self.article_id, field, problem)

    def obj(self, value: object, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, f"must be a JSON object, got {_json_type(value)}")
        return value

    def required(self, container: Mapping[str, Any], key: str, field: str) -> Any:
        if key not in container:
            raise self.fail(f"{field}.{key}" if field else key, "is required but missing")
        return container[key]

    def string(self, value: object, field: str, *, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(field, f"must be a string{' or null' if nullable else ''}, "
                                   f"got {_json_type(value)}")
        return value

    def nonempty(self, value: object, field: str) -> str:
        text = self.string(value, field)
        assert text is not None
        if not text.strip():
            raise self.fail(field, "must not be empty")
        return text

    def integer(self, value: object, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            raise self.fail(field, f"must be a whole number, got {_json_type(value)} {value!r}")
        return value

    def feature_id(self, value: object, field: str) -> int | None:
        """A positive whole number (a GeoNames feature id) or null; no strings, no fractions."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(field, f"must be a GeoNames feature id (a positive whole number) "
                                   f"or null, got {_json_type(value)} {value!r}")
        return value

    def number(self, value: object, field: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, f"must be a number or null, got {_json_type(value)}")
        if not math.isfinite(value):
            raise self.fail(field, f"must be a finite number, got {value!r}")
        return float(value)

    def array(self, value: object, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, f"must be a JSON array, got {_json_type(value)}")
        return value

    def iso_date(self, value: object, field: str) -> date | None:
        if value is None:
            return None
        text = self.string(value, field)
        assert text is not None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise self.fail(field, f"{text!r} is not an ISO date (YYYY-MM-DD)")
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            raise self.fail(field, f"{text!r} is not a real calendar date ({exc})") from None


def _json_type(value: object) -> str:
    return {
        type(None): "null", bool: "boolean", int: "number", float: "number",
        str: "string", list: "array", dict: "object",
    }.get(type(value), type(value).__name__)


def parse_facts(doc: object) -> Facts:
    """Validate one facts document and return its typed model.

    Raises FactsError naming the article, the field and the problem.
    """
    if not isinstance(doc, dict):
        raise FactsError(None, "(document)", f"must be a JSON object, got {_json_type(doc)}")
    fmt = doc.get("format")
    if fmt is None:
        raise FactsError(None, "format",
                         f"missing: this is not a facts document (expected {FORMAT_ID!r})")
    if fmt != FORMAT_ID:
        if isinstance(fmt, str) and fmt.startswith(FORMAT_PREFIX):
            raise FactsError(None, "format", f"unsupported version {fmt!r}; this kg reads "
                                             f"{FORMAT_ID!r}")
        raise FactsError(None, "format", f"{fmt!r} is not a facts format (expected {FORMAT_ID!r})")

    raw_article = doc.get("article")
    name = None
    if isinstance(raw_article, dict):  # name the article by id, else by title or url
        for key in ("id", "title", "url"):
            if isinstance(raw_article.get(key), str) and raw_article[key].strip():
                name = raw_article[key]
                break
    r = _Reader(name)
    a = r.obj(r.required(doc, "article", ""), "article")
    article = _parse_article(r, a)

    entities = _parse_entities(r, r.array(r.required(doc, "entities", ""), "entities"), article)
    ids = {e.id for e in entities}

    def ref(value: object, field: str, *, nullable: bool) -> str | None:
        ent = r.string(value, field, nullable=nullable)
        if ent is not None and ent not in ids:
            raise r.fail(field, f"{ent!r} is not the id of an entity in this article "
                                f"(dangling reference)")
        return ent

    for i, ent in enumerate(entities):
        ref(ent.country, f"entities[{i}].country", nullable=True)
        ref(ent.admin1, f"entities[{i}].admin1", nullable=True)

    events = tuple(
        _parse_event(r, r.obj(raw, f"events[{i}]"), f"events[{i}]", ref, article)
        for i, raw in enumerate(r.array(r.required(doc, "events", ""), "events"))
    )
    seen: set[str] = set()
    for i, ev in enumerate(events):
        if ev.id in seen:
            raise r.fail(f"events[{i}].id", f"{ev.id!r} is used by two events")
        seen.add(ev.id)
    return Facts(article=article, entities=entities, events=events, sha256=canonical_sha256(doc))


def _parse_article(r: _Reader, a: dict[str, Any]) -> Article:
    text = r.string(a.get("text"), "article.text", nullable=True)
    raw_id = a.get("id")
    if raw_id is None and text is not None:
        raw_id = default_article_id(text)
    art_id = r.nonempty(r.required(a, "id", "article") if raw_id is None else raw_id, "article.id")
    r.article_id = art_id
    url = a.get("url", a.get("url_or_origin"))
    return Article(
        id=art_id,
        title=r.string(a.get("title"), "article.title", nullable=True),
        url=r.string(url, "article.url", nullable=True),
        source=r.string(a.get("source"), "article.source", nullable=True),
        author=r.string(a.get("author"), "article.author", nullable=True),
        published=r.iso_date(a.get("published"), "article.published"),
        language=r.string(a.get("language"), "article.language", nullable=True),
        text=text,
        derived_from=_parse_source_file(r, a.get("derived_from")),
    )


def _parse_source_file(r: _Reader, value: object) -> SourceFile | None:
    """``article.derived_from``: the dataset file a converted table came from (optional)."""
    if value is None:
        return None
    f = "article.derived_from"
    d = r.obj(value, f)
    return SourceFile(
        name=r.nonempty(r.required(d, "name", f), f"{f}.name"),
        sha256=r.nonempty(r.required(d, "sha256", f), f"{f}.sha256"),
        issued=r.iso_date(d.get("date"), f"{f}.date"),
    )


def _spans(r: _Reader, value: object, field: str, article: Article) -> tuple[Span, ...]:
    spans = []
    for j, raw in enumerate(r.array(value, field)):
        f = f"{field}[{j}]"
        s = r.obj(raw, f)
        start = r.integer(r.required(s, "start", f), f"{f}.start")
        end = r.integer(r.required(s, "end", f), f"{f}.end")
        quote = r.string(s.get("text"), f"{f}.text", nullable=True)
        if article.text is not None:
            if not 0 <= start <= end <= len(article.text):
                raise r.fail(f, f"offsets {start}..{end} lie outside the article text "
                                f"(length {len(article.text)})")
            if quote is not None and article.text[start:end] != quote:
                raise r.fail(f"{f}.text", f"does not match the article text at {start}..{end}: "
                                          f"{article.text[start:end]!r}")
        spans.append(Span(start, end, quote))
    return tuple(spans)


def _parse_entities(r: _Reader, raw: list[Any], article: Article) -> tuple[Entity, ...]:
    out: list[Entity] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        f = f"entities[{i}]"
        e = r.obj(item, f)
        ent_id = r.nonempty(r.required(e, "id", f), f"{f}.id")
        if ent_id in seen:
            raise r.fail(f"{f}.id", f"{ent_id!r} is used by two entities")
        seen.add(ent_id)
        kind = r.string(r.required(e, "kind", f), f"{f}.kind")
        if kind not in KINDS:
            raise r.fail(f"{f}.kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        if "wikidata" not in e:
            raise r.fail(f"{f}.wikidata", "is required (a QID string, or null when unknown)")
        aliases = tuple(
            r.nonempty(x, f"{f}.aliases[{k}]")
            for k, x in enumerate(r.array(e.get("aliases", []), f"{f}.aliases"))
        )
        coords = e.get("coordinates") or {}
        coords = r.obj(coords, f"{f}.coordinates")
        out.append(Entity(
            id=ent_id,
            name=r.nonempty(r.required(e, "name", f), f"{f}.name"),
            kind=kind,
            wikidata=r.string(e["wikidata"], f"{f}.wikidata", nullable=True),
            mentions=_spans(r, e.get("mentions", []), f"{f}.mentions", article),
            aliases=aliases,
            country=r.string(e.get("country"), f"{f}.country", nullable=True),
            admin1=r.string(e.get("admin1"), f"{f}.admin1", nullable=True),
            lat=r.number(e.get("lat", coords.get("lat")), f"{f}.lat"),
            lon=r.number(e.get("lon", coords.get("lon")), f"{f}.lon"),
            geonames=r.feature_id(e.get("geonames"), f"{f}.geonames"),
        ))
    return tuple(out)


def _parse_event(r: _Reader, e: dict[str, Any], f: str, ref: Any, article: Article) -> Event:
    def refs(key: str) -> tuple[str, ...]:
        items = r.array(r.required(e, key, f), f"{f}.{key}")
        return tuple(ref(x, f"{f}.{key}[{k}]", nullable=False) for k, x in enumerate(items))

    casualties = []
    for k, raw in enumerate(r.array(r.required(e, "casualties", f), f"{f}.casualties")):
        cf = f"{f}.casualties[{k}]"
        c = r.obj(raw, cf)
        casualties.append(Casualty(
            count=r.integer(r.required(c, "count", cf), f"{cf}.count"),
            qualifier=r.nonempty(c.get("qualifier", "exact"), f"{cf}.qualifier"),
            outcome=r.nonempty(r.required(c, "outcome", cf), f"{cf}.outcome"),
            victim=ref(c.get("victim"), f"{cf}.victim", nullable=True),
            claimed_by=ref(c.get("claimed_by"), f"{cf}.claimed_by", nullable=True),
        ))
    materiel = []
    for k, raw in enumerate(r.array(e.get("materiel", []), f"{f}.materiel")):
        mf = f"{f}.materiel[{k}]"
        m = r.obj(raw, mf)
        materiel.append(Materiel(
            count=r.integer(r.required(m, "count", mf), f"{mf}.count"),
            item=r.nonempty(r.required(m, "item", mf), f"{mf}.item"),
            outcome=r.nonempty(r.required(m, "outcome", mf), f"{mf}.outcome"),
            owner=ref(m.get("owner"), f"{mf}.owner", nullable=True),
            claimed_by=ref(m.get("claimed_by"), f"{mf}.claimed_by", nullable=True),
        ))
    precision = r.string(e.get("date_precision"), f"{f}.date_precision", nullable=True)
    if precision is not None and precision not in DATE_PRECISIONS:
        raise r.fail(f"{f}.date_precision",
                     f"{precision!r} is not one of {', '.join(DATE_PRECISIONS)} or null")
    event_date = r.iso_date(r.required(e, "date", f), f"{f}.date")
    if event_date is not None and precision is None:
        precision = "day"
    evidence = _spans(r, r.required(e, "evidence", f), f"{f}.evidence", article)
    return Event(
        id=r.nonempty(r.required(e, "id", f), f"{f}.id"),
        event_type=r.nonempty(r.required(e, "event_type", f), f"{f}.event_type"),
        sub_event_type=r.nonempty(r.required(e, "sub_event_type", f), f"{f}.sub_event_type"),
        date=event_date,
        date_precision=precision if event_date is not None else None,
        location=ref(r.required(e, "location", f), f"{f}.location", nullable=True),
        actors=refs("actors"),
        targets=refs("targets"),
        casualties=tuple(casualties),
        materiel=tuple(materiel),
        area_km2=r.number(e.get("area_km2"), f"{f}.area_km2"),
        attributed_to=refs("attributed_to"),
        certainty=r.nonempty(r.required(e, "certainty", f), f"{f}.certainty"),
        evidence=evidence,
        optional=bool(e.get("optional", False)),
        identifier=r.string(e.get("identifier"), f"{f}.identifier", nullable=True),
    )

