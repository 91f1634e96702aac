"""Casualty claims → the single figures tables want, by stated rules.

Our graph keeps every reported figure with its qualifier, victim and claimant; a table has one
``fatalities`` cell (ACLED) or ``best``/``low``/``high`` (UCDP GED). The rules:

* Killed reports are grouped by victim (reports naming no victim form one group). Reports in one
  group are different figures for the same deaths (they disagree, or come from different
  claimants); different groups are different deaths and add up.
* ACLED ``fatalities``: per group the **lowest** figure — ACLED's rule is the most conservative
  reported figure — summed over groups. The stated count is used whatever its qualifier ("at
  least 20" → 20, "up to 30" → 30: the only figure the source gave).
* UCDP ``low`` / ``high``: per group the lowest / highest figure, summed. ``best``: per group the
  lowest figure among reports *not* claimed by a party to the event (an actor or target: parties
  inflate their enemies' losses), or the group's lowest figure when every report is a party's
  claim; summed. ``deaths_a`` / ``deaths_b`` / ``deaths_civilians`` / ``deaths_unknown`` split
  ``best`` by victim: a civilian group, an actor (side A), a target (side B), anyone else.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.exchange.records import Claim, EventRecord


def _groups(ev: EventRecord) -> dict[str | None, list[Claim]]:
    groups: dict[str | None, list[Claim]] = defaultdict(list)
    for c in ev.claims:
        if c.outcome == "killed":
            groups[c.victim.iri if c.victim else None].append(c)
    return groups


def acled_fatalities(ev: EventRecord) -> int:
    """The most conservative reported death toll (0 when no deaths are reported)."""
    return sum(min(c.count for c in claims) for claims in _groups(ev).values())


@dataclass(frozen=True)
class UcdpDeaths:
    best: int
    low: int
    high: int
    deaths_a: int
    deaths_b: int
    deaths_civilians: int
    deaths_unknown: int


def ucdp_deaths(ev: EventRecord) -> UcdpDeaths:
    parties = {p.iri for p in (*ev.actors, *ev.targets)}
    actors = {p.iri for p in ev.actors}
    targets = {p.iri for p in ev.targets}
    best = low = high = 0
    split = {"a": 0, "b": 0, "civilians": 0, "unknown": 0}
    for victim, claims in _groups(ev).items():
        counts = [c.count for c in claims]
        neutral = [c.count for c in claims if c.claimed_by is None
                   or c.claimed_by.iri not in parties]
        figure = min(neutral) if neutral else min(counts)
        best += figure
        low += min(counts)
        high += max(counts)
        kind = claims[0].victim.kind if claims[0].victim else ""
        side = ("civilians" if kind == "civilians" else "a" if victim in actors
                else "b" if victim in targets else "unknown")
        split[side] += figure
    return UcdpDeaths(best, low, high, split["a"], split["b"], split["civilians"],
                      split["unknown"])
