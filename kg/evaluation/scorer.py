"""Scoring extracted facts against gold facts (facts-format.md, "How extraction is scored").

Everything is computed per article (gold and predictions are paired by ``article.id``) and then
summed over articles (micro-averages), so a long article weighs more than a short one.

Event matching
    Gold events are matched one-to-one to predicted events by an optimal assignment (Hungarian
    algorithm) over *admissible* pairs. A pair is admissible when all of these hold:

    * ``event_type`` is equal;
    * the locations agree: gold has no location (anything goes); or the prediction has one and
      it is the same place (same QID when both entities have one, otherwise a shared normalised
      name/alias, see :mod:`kg.evaluation.names`), or one place's ``admin1`` is the other place
      (a town and its governorate, either way round). ``country`` is never used: a country does
      not contain its towns for matching purposes;
    * the dates agree: gold has no date (anything goes); or the prediction has one within the
      gold's window: 1 day for ``day`` precision, 7 days for ``week``, 31 for ``month``, 366 for
      ``year`` (symmetric, because a coarse gold date is often an anchor such as the publication
      date of "in recent days"). Only the *gold* precision counts.

    Among admissible pairs the assignment maximises, in this order: the number of matched
    non-optional gold events, then the number of matched optional gold events, then the
    alignment (same sub-event type, closer date, exact rather than contained place, overlapping
    participants). The first two keep the choice in the system's favour: a prediction is never
    spent on an optional gold event when a required one could use it.

Counting
    * Gold events with ``"optional": true`` never count: not as hits when matched, not as misses
      when not, and a prediction matched to one is not a false positive. Pairs with an optional
      gold event are also left out of every per-pair metric below.
    * event precision = matched required gold events / (predictions − predictions matched to
      optional gold events); recall = matched / required gold events; F1 their harmonic mean.

Per-pair metrics (matched pairs with a required gold event only)
    * sub-event-type accuracy: ``sub_event_type`` equal.
    * actors and targets: micro P/R/F1 of participant entities, each side's entities matched
      one-to-one; two entities are the same when both have QIDs and they are equal, or (when
      either lacks a QID) when their normalised name/alias sets intersect. For ``Battles`` the
      direction is often unstated (see the seed gold), so actors ∪ targets form one participant
      set on each side and are counted under *actors*; *targets* then covers the other types.
    * date accuracy: over pairs whose gold has a date. Day precision: same day (the matching
      rule tolerates ±1 day, this metric does not). Coarser precision: within the window.
    * location accuracy: over pairs whose gold has a location: the same place (QID or name);
      admin1 containment admits a pair but is not counted as a correct location.
    * casualties: each casualty is the triple (count, outcome, qualifier); victim and claimant
      are not compared. Casualty P/R/F1 is the multiset overlap of triples summed over pairs.
      Casualty accuracy is the share of pairs, among those where gold or prediction report any
      casualty, whose triples are exactly equal as multisets.

Entity linking (mention → QID)
    Over gold entities that have a QID (in every gold article, also entities no event uses; an
    article without prediction links nothing). Each is paired one-to-one with a predicted entity
    of the same article that has the same QID, overlapping mention offsets, or a shared
    normalised name, alias or mention text (preferred in that order). Recall = gold QID
    entities whose partner has the same QID / gold QID entities; precision = those correct /
    gold QID entities whose partner has any QID (a partner without a QID is a miss, not a wrong
    link). With ``gazetteer_contains`` the same figures are also reported for gold entities
    whose QID the gazetteer contains, which separates linking errors from gazetteer coverage.

A ratio with a zero denominator is ``None`` ("n/a"): undefined, not zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.errors import InputError
from kg.evaluation.assignment import max_weight_matching
from kg.evaluation.names import name_keys
from kg.facts import Entity, Event, Facts, parse_facts

FactsLike = Facts | Mapping[str, Any]

#: Largest |predicted − gold| in days that still matches, by the gold date's precision.
DATE_WINDOW_DAYS: dict[str, int] = {"day": 1, "week": 7, "month": 31, "year": 366}



# -- result types ---------------------------------------------------------------------------------
def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


@dataclass
class PRF:
    """Precision/recall/F1 from counts: ``tp`` hits, ``gold`` expected, ``pred`` produced."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.pred)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float | None:
        if not self.gold and not self.pred:
            return None
        return _ratio(2 * self.tp, self.gold + self.pred)

    def add(self, tp: int, gold: int, pred: int) -> None:
        self.tp += tp
        self.gold += gold
        self.pred += pred

    def as_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "gold": self.gold, "pred": self.pred}


@dataclass
class Accuracy:
    """Share of ``total`` cases that were ``correct``."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.correct, self.total)

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class Unmatched:
    """An event left unmatched, and why its closest counterpart could not be paired: a required
    gold event no prediction matched (a miss) or a prediction matched to no gold event (a false
    positive)."""

    article: str
    event: str
    description: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"article": self.article, "event": self.event, "description": self.description,
                "reason": self.reason}


@dataclass(frozen=True)
class MatchedPair:
    """One gold event and the prediction it was matched to."""

    article: str
    gold: str
    pred: str
    optional: bool


@dataclass
class Scores:
    """All figures of one evaluation run; ``as_dict()`` for JSON, ``text()`` for people."""

    events: PRF = field(default_factory=PRF)
    optional_gold: int = 0
    optional_matched: int = 0
    sub_event_type: Accuracy = field(default_factory=Accuracy)
    actors: PRF = field(default_factory=PRF)
    targets: PRF = field(default_factory=PRF)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    casualties: PRF = field(default_factory=PRF)
    casualty_events: Accuracy = field(default_factory=Accuracy)
    entity_linking: PRF = field(default_factory=PRF)
    entity_linking_gazetteer: PRF | None = None
    articles_gold: int = 0
    articles_pred: int = 0
    articles_without_prediction: list[str] = field(default_factory=list)
    articles_not_in_gold: list[str] = field(default_factory=list)
    matches: list[MatchedPair] = field(default_factory=list)
    misses: list[Unmatched] = field(default_factory=list)
    false_positives: list[Unmatched] = field(default_factory=list)

    def as_dict(self, details: bool = False) -> dict[str, Any]:
        """Plain JSON-ready figures; ``details`` adds matches, misses and false positives."""
        out: dict[str, Any] = {
            "articles": {"gold": self.articles_gold, "pred": self.articles_pred,
                         "without_prediction": len(self.articles_without_prediction),
                         "not_in_gold": len(self.articles_not_in_gold)},
            "events": {**self.events.as_dict(), "optional_gold": self.optional_gold,
                       "optional_matched": self.optional_matched,
                       "fp": self.events.pred - self.events.tp,
                       "fn": self.events.gold - self.events.tp},
            "sub_event_type": self.sub_event_type.as_dict(),
            "actors": self.actors.as_dict(),
            "targets": self.targets.as_dict(),
            "date": self.date.as_dict(),
            "location": self.location.as_dict(),
            "casualties": {**self.casualties.as_dict(),
                           "accuracy": self.casualty_events.value,
                           "pairs_correct": self.casualty_events.correct,
                           "pairs_total": self.casualty_events.total},
            "entity_linking": self.entity_linking.as_dict(),
            "entity_linking_gazetteer": (self.entity_linking_gazetteer.as_dict()
                                         if self.entity_linking_gazetteer else None),
        }
        if details:
            out["matches"] = [vars(m) for m in self.matches]
            out["misses"] = [m.as_dict() for m in self.misses]
            out["false_positives"] = [f.as_dict() for f in self.false_positives]
            out["articles"]["without_prediction_ids"] = list(self.articles_without_prediction)
            out["articles"]["not_in_gold_ids"] = list(self.articles_not_in_gold)
        return out

    def metrics(self) -> dict[str, float | None]:
        """The headline numbers in one flat mapping (handy for tests and dashboards)."""
        flat = {
            "event_precision": self.events.precision, "event_recall": self.events.recall,
            "event_f1": self.events.f1, "sub_event_type_accuracy": self.sub_event_type.value,
            "actor_precision": self.actors.precision, "actor_recall": self.actors.recall,
            "actor_f1": self.actors.f1, "target_precision": self.targets.precision,
            "target_recall": self.targets.recall, "target_f1": self.targets.f1,
            "date_accuracy": self.date.value, "location_accuracy": self.location.value,
            "casualty_precision": self.casualties.precision,
            "casualty_recall": self.casualties.recall, "casualty_f1": self.casualties.f1,
            "casualty_accuracy": self.casualty_events.value,
            "entity_linking_precision": self.entity_linking.precision,
            "entity_linking_recall": self.entity_linking.recall,
            "entity_linking_f1": self.entity_linking.f1,
        }
        if self.entity_linking_gazetteer is not None:
            g = self.entity_linking_gazetteer
            flat.update({"entity_linking_gazetteer_precision": g.precision,
                         "entity_linking_gazetteer_recall": g.recall,
                         "entity_linking_gazetteer_f1": g.f1})
        return flat

    def text(self) -> str:
        """A fixed-width table of every figure with the counts behind it."""
        ev = self.events
        rows: list[tuple[str, float | None, str]] = [
            ("event precision", ev.precision,
             f"{ev.tp} of {ev.pred} predictions ({self.optional_matched} more matched optional "
             f"gold events, not counted)"),
            ("event recall", ev.recall,
             f"{ev.tp} of {ev.gold} gold events ({self.optional_gold} optional not counted)"),
            ("event F1", ev.f1, ""),
            ("sub-event-type accuracy", self.sub_event_type.value,
             f"{self.sub_event_type.correct} of {self.sub_event_type.total} matched pairs"),
        ]
        for label, prf, unit in (("actor", self.actors, "participants"),
                                 ("target", self.targets, "targets"),
                                 ("casualty", self.casualties, "casualties")):
            rows += [
                (f"{label} precision", prf.precision, f"{prf.tp} of {prf.pred} predicted {unit}"),
                (f"{label} recall", prf.recall, f"{prf.tp} of {prf.gold} gold {unit}"),
                (f"{label} F1", prf.f1, ""),
            ]
        rows += [
            ("casualty accuracy", self.casualty_events.value,
             f"{self.casualty_events.correct} of {self.casualty_events.total} pairs with "
             f"casualties exactly right"),
            ("date accuracy", self.date.value,
             f"{self.date.correct} of {self.date.total} pairs with a gold date"),
            ("location accuracy", self.location.value,
             f"{self.location.correct} of {self.location.total} pairs with a gold location"),
        ]
        links = [("entity linking", self.entity_linking)]
        if self.entity_linking_gazetteer is not None:
            links.append(("entity linking (in gazetteer)", self.entity_linking_gazetteer))
        for label, prf in links:
            rows += [
                (f"{label} precision", prf.precision, f"{prf.tp} of {prf.pred} linked"),
                (f"{label} recall", prf.recall, f"{prf.tp} of {prf.gold} gold QID entities"),
            ]
        head = (f"{self.articles_gold} gold articles "
                f"({len(self.articles_without_prediction)} without predictions), "
                f"{self.articles_pred} predicted ({len(self.articles_not_in_gold)} not in gold)")
        width = max(len(r[0]) for r in rows)
        lines = [head, f"{'metric':<{width}}  {'score':>6}  counts"]
        for label, value, detail in rows:
            shown = "n/a" if value is None else f"{value:.3f}"
            lines.append(f"{label:<{width}}  {shown:>6}  {detail}".rstrip())
        return "\n".join(lines)

    def explain(self) -> str:
        """Every miss and false positive, one per line, with the reason."""
        lines: list[str] = []
        for art in self.articles_without_prediction:
            lines.append(f"NO PREDICTION  article {art}: its gold events all count as misses")
        for art in self.articles_not_in_gold:
            lines.append(f"NOT IN GOLD    article {art}: predictions ignored")
        for m in self.misses:
            lines.append(f"MISS  [{m.article}] {m.description}\n      {m.reason}")
        for f in self.false_positives:
            lines.append(f"FP    [{f.article}] {f.description}\n      {f.reason}")
        if not lines:
            lines.append("no misses and no false positives")
        return "\n".join(lines)


# -- one article's view ---------------------------------------------------------------------------
class _Doc:
    """A facts document with entity lookup and cached normalised names."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.by_id = {e.id: e for e in facts.entities}
        self._keys: dict[str, frozenset[str]] = {}

    @property
    def article(self) -> str:
        return self.facts.article.id

    def entity(self, ref: str | None) -> Entity | None:
        return self.by_id.get(ref) if ref else None

    def keys(self, ent: Entity) -> frozenset[str]:
        """Normalised canonical name and aliases (not mention texts: "the town" is no name)."""
        if ent.id not in self._keys:
            self._keys[ent.id] = name_keys([ent.name, *ent.aliases])
        return self._keys[ent.id]

    def describe(self, ev: Event) -> str:
        place = self.entity(ev.location)
        when = "no date" if ev.date is None else ev.date.isoformat()
        if ev.date is not None and ev.date_precision not in (None, "day"):
            when += f" ({ev.date_precision})"
        where = f"@ {place.name}" if place else "@ no place"
        opt = " [optional]" if ev.optional else ""
        return f"{ev.id}: {ev.event_type} / {ev.sub_event_type}, {when} {where}{opt}"


def _same_entity(gd: _Doc, g: Entity, pd: _Doc, p: Entity) -> bool:
    """Same QID when both have one; otherwise a shared normalised name or alias."""
    if g.wikidata and p.wikidata:
        return g.wikidata == p.wikidata
    return bool(gd.keys(g) & pd.keys(p))


def _location_check(gd: _Doc, g: Event, pd: _Doc, p: Event) -> tuple[bool, bool, str]:
    """(admissible, exactly the same place, reason if not admissible)."""
    gp = gd.entity(g.location)
    if gp is None:
        return True, False, ""
    pp = pd.entity(p.location)
    if pp is None:
        return False, False, f"gold has a location ({gp.name}) and the prediction has none"
    if _same_entity(gd, gp, pd, pp):
        return True, True, ""
    p_admin1 = pd.entity(pp.admin1)
    if p_admin1 is not None and _same_entity(gd, gp, pd, p_admin1):
        return True, False, ""
    g_admin1 = gd.entity(gp.admin1)
    if g_admin1 is not None and _same_entity(gd, g_admin1, pd, pp):
        return True, False, ""
    return False, False, (f"location {pp.name!r} does not agree with gold {gp.name!r} "
                          f"(not the same place, and neither is the other's admin1)")


def _date_check(g: Event, p: Event) -> tuple[bool, str]:
    if g.date is None:
        return True, ""
    if p.date is None:
        return False, f"gold has a date ({g.date.isoformat()}) and the prediction has none"
    precision = g.date_precision or "day"
    window = DATE_WINDOW_DAYS.get(precision, 1)
    delta = abs((p.date - g.date).days)
    if delta <= window:
        return True, ""
    return False, (f"date {p.date.isoformat()} is {delta} days from gold {g.date.isoformat()} "
                   f"({precision} precision allows {window})")


def _inadmissible(gd: _Doc, g: Event, pd: _Doc, p: Event) -> list[str]:
    """Why the pair cannot match; empty when it can."""
    reasons = []
    if g.event_type != p.event_type:
        reasons.append(f"event_type {p.event_type!r} ≠ gold {g.event_type!r}")
    ok, _, why = _location_check(gd, g, pd, p)
    if not ok:
        reasons.append(why)
    ok, why = _date_check(g, p)
    if not ok:
        reasons.append(why)
    return reasons


def _participants(ev: Event, battles: bool) -> tuple[list[str], list[str]]:
    """(actors, targets) as unique ids; for Battles everyone is an actor (direction unstated)."""
    if battles:
        return list(dict.fromkeys(ev.actors + ev.targets)), []
    return list(dict.fromkeys(ev.actors)), list(dict.fromkeys(ev.targets))


def _entity_overlap(gd: _Doc, g_ids: Sequence[str], pd: _Doc, p_ids: Sequence[str]) -> int:
    """Size of the best one-to-one matching between two participant lists."""
    g_ents = [e for e in (gd.entity(i) for i in g_ids) if e is not None]
    p_ents = [e for e in (pd.entity(i) for i in p_ids) if e is not None]
    if not g_ents or not p_ents:
        return 0
    weights = [[1.0 if _same_entity(gd, g, pd, p) else 0.0 for p in p_ents] for g in g_ents]
    return len(max_weight_matching(weights))


def _alignment(gd: _Doc, g: Event, pd: _Doc, p: Event) -> float:
    """Tie-break bonus in [0, 1) among admissible pairs: sub-type, date, place, participants."""
    bonus = 0.4 if g.sub_event_type == p.sub_event_type else 0.0
    if g.date is not None and p.date is not None:
        window = DATE_WINDOW_DAYS.get(g.date_precision or "day", 1)
        bonus += 0.2 * max(0.0, 1.0 - abs((p.date - g.date).days) / (window + 1))
    if _location_check(gd, g, pd, p)[1]:
        bonus += 0.2
    battles = g.event_type == "Battles"
    ga, gt = _participants(g, battles)
    pa, pt = _participants(p, battles)
    total = len(ga) + len(gt) + len(pa) + len(pt)
    if total:
        hits = _entity_overlap(gd, ga, pd, pa) + _entity_overlap(gd, gt, pd, pt)
        bonus += 0.2 * (2 * hits / total)
    return bonus * 0.999


def _casualty_triples(ev: Event) -> Counter[tuple[int, str, str]]:
    return Counter((c.count, c.outcome, c.qualifier) for c in ev.casualties)


# -- scoring --------------------------------------------------------------------------------------
def _as_facts(doc: FactsLike) -> Facts:
    return doc if isinstance(doc, Facts) else parse_facts(dict(doc))


def _index(docs: Iterable[FactsLike], side: str) -> dict[str, Facts]:
    out: dict[str, Facts] = {}
    for doc in docs:
        facts = _as_facts(doc)
        if facts.article.id in out:
            raise InputError(f"{side}: article {facts.article.id!r} appears twice; give each "
                             f"article once (merge its events into one facts document)")
        out[facts.article.id] = facts
    return out


def score(gold: Sequence[FactsLike], pred: Sequence[FactsLike],
          gazetteer_contains: Callable[[str], bool] | None = None) -> Scores:
    """Score predicted facts against gold facts (see the module docstring for every rule).

    ``gold`` and ``pred`` are facts documents (parsed :class:`Facts` or plain dicts); they are
    paired by article id. Predicted articles missing from gold are ignored (and listed); gold
    articles without a prediction count as predicted empty. ``gazetteer_contains(qid)`` restricts
    an extra entity-linking figure to entities the gazetteer could have linked.
    """
    gold_by_id = _index(gold, "gold")
    pred_by_id = _index(pred, "predictions")
    scores = Scores(articles_gold=len(gold_by_id), articles_pred=len(pred_by_id))
    if gazetteer_contains is not None:
        scores.entity_linking_gazetteer = PRF()
    scores.articles_not_in_gold = sorted(set(pred_by_id) - set(gold_by_id))
    for art_id, g_facts in gold_by_id.items():
        p_facts = pred_by_id.get(art_id)
        if p_facts is None:
            scores.articles_without_prediction.append(art_id)
            p_facts = Facts(article=g_facts.article, entities=(), events=(), sha256="")
        _score_article(_Doc(g_facts), _Doc(p_facts), scores, gazetteer_contains,
                       missing=art_id in scores.articles_without_prediction)
    return scores


def _score_article(gd: _Doc, pd: _Doc, scores: Scores,
                   gazetteer_contains: Callable[[str], bool] | None, missing: bool) -> None:
    g_events = list(gd.facts.events)
    p_events = list(pd.facts.events)
    # Weights: one required match outweighs all optional matches together, and one optional
    # match outweighs all alignment bonuses together (each bonus < 1, at most n pairs).
    n = len(g_events) + len(p_events) + 1
    optional_weight, required_weight = float(n), float(n * n)
    weights = []
    for g in g_events:
        row = []
        base = optional_weight if g.optional else required_weight
        for p in p_events:
            row.append(base + _alignment(gd, g, pd, p) if not _inadmissible(gd, g, pd, p)
                       else 0.0)
        weights.append(row)
    pairs = max_weight_matching(weights) if g_events and p_events else []
    g_matched = {i: j for i, j in pairs}
    p_matched = {j: i for i, j in pairs}

    required = [g for g in g_events if not g.optional]
    scores.optional_gold += len(g_events) - len(required)
    tp = sum(1 for i in g_matched if not g_events[i].optional)
    optional_hits = len(g_matched) - tp
    scores.optional_matched += optional_hits
    scores.events.add(tp, len(required), len(p_events) - optional_hits)

    for i, j in pairs:
        g, p = g_events[i], p_events[j]
        scores.matches.append(MatchedPair(gd.article, g.id, p.id, g.optional))
        if not g.optional:
            _score_pair(gd, g, pd, p, scores)

    for i, g in enumerate(g_events):
        if i in g_matched or g.optional:
            continue
        reason = ("no prediction for this article" if missing
                  else _miss_reason(gd, g, pd, p_events, p_matched, g_events))
        scores.misses.append(Unmatched(gd.article, g.id, gd.describe(g), reason))
    for j, p in enumerate(p_events):
        if j in p_matched:
            continue
        reason = _fp_reason(gd, g_events, pd, p, g_matched, p_events)
        scores.false_positives.append(Unmatched(pd.article, p.id, pd.describe(p), reason))

    _score_linking(gd, pd, scores.entity_linking, None)
    if scores.entity_linking_gazetteer is not None:
        _score_linking(gd, pd, scores.entity_linking_gazetteer, gazetteer_contains)


def _score_pair(gd: _Doc, g: Event, pd: _Doc, p: Event, scores: Scores) -> None:
    scores.sub_event_type.add(g.sub_event_type == p.sub_event_type)
    battles = g.event_type == "Battles"
    ga, gt = _participants(g, battles)
    pa, pt = _participants(p, battles)
    scores.actors.add(_entity_overlap(gd, ga, pd, pa), len(ga), len(pa))
    if not battles:
        scores.targets.add(_entity_overlap(gd, gt, pd, pt), len(gt), len(pt))
    if g.date is not None and p.date is not None:
        delta = abs((p.date - g.date).days)
        precision = g.date_precision or "day"
        scores.date.add(delta == 0 if precision == "day"
                        else delta <= DATE_WINDOW_DAYS.get(precision, 1))
    if g.location is not None:
        scores.location.add(_location_check(gd, g, pd, p)[1])
    gc, pc = _casualty_triples(g), _casualty_triples(p)
    scores.casualties.add(sum((gc & pc).values()), sum(gc.values()), sum(pc.values()))
    if gc or pc:
        scores.casualty_events.add(gc == pc)


def _closest(reasons: list[tuple[list[str], float, str]]) -> tuple[list[str], float, str]:
    return min(reasons, key=lambda r: (len(r[0]), -r[1]))


def _miss_reason(gd: _Doc, g: Event, pd: _Doc, p_events: list[Event],
                 p_matched: dict[int, int], g_events: list[Event]) -> str:
    if not p_events:
        return "the prediction has no events for this article"
    candidates = []
    taken = []
    for j, p in enumerate(p_events):
        why = _inadmissible(gd, g, pd, p)
        if not why:
            taken.append(f"{p.id} (matched to gold {g_events[p_matched[j]].id})")
        candidates.append((why, _alignment(gd, g, pd, p), pd.describe(p)))
    if taken:
        return "every admissible prediction was matched to another gold event: " + ", ".join(taken)
    why, _, desc = _closest(candidates)
    return f"closest prediction {desc}: " + "; ".join(why)


def _fp_reason(gd: _Doc, g_events: list[Event], pd: _Doc, p: Event,
               g_matched: dict[int, int], p_events: list[Event]) -> str:
    if not g_events:
        return "gold has no events for this article"
    candidates = []
    taken = []
    for i, g in enumerate(g_events):
        why = _inadmissible(gd, g, pd, p)
        if not why:
            taken.append(f"{g.id} (matched to prediction {p_events[g_matched[i]].id})")
        candidates.append((why, _alignment(gd, g, pd, p), gd.describe(g)))
    if taken:
        return "every admissible gold event was matched to another prediction: " + ", ".join(taken)
    why, _, desc = _closest(candidates)
    return f"closest gold event {desc}: " + "; ".join(why)


def _mention_keys(doc: _Doc, ent: Entity) -> frozenset[str]:
    return doc.keys(ent) | name_keys(m.text for m in ent.mentions)


def _spans_overlap(g: Entity, p: Entity) -> bool:
    return any(a.start < b.end and b.start < a.end for a in g.mentions for b in p.mentions)


def _score_linking(gd: _Doc, pd: _Doc, prf: PRF,
                   gazetteer_contains: Callable[[str], bool] | None) -> None:
    golds = [e for e in gd.facts.entities if e.wikidata
             and (gazetteer_contains is None or gazetteer_contains(e.wikidata))]
    if not golds:
        return
    preds = list(pd.facts.entities)
    weights = []
    for g in golds:
        g_keys = _mention_keys(gd, g)
        row = []
        for p in preds:
            w = 0.0
            if p.wikidata and p.wikidata == g.wikidata:
                w += 4.0
            if _spans_overlap(g, p):
                w += 2.0
            if g_keys & _mention_keys(pd, p):
                w += 1.0
            row.append(w)
        weights.append(row)
    correct = linked = 0
    for i, j in (max_weight_matching(weights) if preds else []):
        if preds[j].wikidata:
            linked += 1
            correct += preds[j].wikidata == golds[i].wikidata
    prf.add(correct, len(golds), linked)
