"""WikiEvents (KAIROS) event mentions → gold facts (see also :mod:`kg.evaluation.adapters`).

WikiEvents (KAIROS ontology; mention-level, no event coreference, no dates)
===========================================================================

WikiEvents annotates every event *mention*, so one bombing appears as "blast", "explosion",
"the attack", "killed" … The adapter rebuilds ACLED-style occurrences in three steps:

1. Map mention types: ``Conflict.Attack.*`` → attack; ``Life.Die.*`` / ``Life.Injure.*`` →
   casualties of an attack; ``Conflict.Demonstrate.Unspecified`` → Protests / Peaceful protest;
   ``Conflict.Demonstrate.DemonstrateWithViolence`` → Riots / Violent demonstration;
   ``Justice.ArrestJailDetain.*`` → Strategic developments / Arrests (``optional``: ACLED codes
   arrests selectively); ``Movement.Transportation.*`` with a military/armed transporter →
   Strategic developments / Other (``optional``, like the seed's troop deployment; ordinary
   travel is dropped); ``ArtifactExistence.DamageDestroyDisableDismantle.*`` outside an attack's
   sentence → Strategic developments / Looting/property destruction (``optional``). Other types
   (Contact, Justice.Trial…, Disaster, Transaction…) are not ACLED events and are dropped.
2. Group attack mentions that share a sentence; a Life mention joins the attack in its sentence,
   else the nearest attack up to two sentences before it; a Life mention with a Killer/Injurer
   and no attack nearby is an attack of its own; one with neither is dropped.
3. Merge groups per document by (event type, location); a group without a place joins the only
   placed group of its type, or else all unplaced groups of a type become one event, which is
   ``optional`` when two or more placed groups of that type exist (it may repeat either).
   Because WikiEvents has no dates, the scorer can tell events apart only by type and place
   anyway, so this loses no distinction the scorer could make.

Attack types: ``DetonateExplode`` or an explosive word in a trigger/Instrument/ExplosiveDevice
(bomb, blast, explosion, IED, rocket, shelling, grenade, drone, airstrike …) → Explosions/Remote
violence, sub-type from the words of the mentions' sentences (chemical → Chemical weapon,
suicide → Suicide bomb, airstrike/drone/warplane → Air/drone strike, shell/mortar/rocket/missile/
artillery → Shelling/artillery/missile attack, grenade → Grenade, else Remote explosive/
landmine/IED). Other attacks: Battles / Armed clash when a target or victim is a military,
police or armed-group entity, else Violence against civilians / Attack.

Roles: Attacker/Killer/Injurer/Detonator, Demonstrator, Jailer, Transporter, Damager/Destroyer →
actors; Target (people, organisations, states only), Detainee, Regulator of a violent
demonstration → targets; Place (Destination for movements) → location, preferring a proper-name
GPE, then any proper-name place; a place known only as "the area" is no location. Entities are the
dataset's coreference clusters (``coref/<split>.jsonlines`` beside the corpus, when present) joined
with identical proper-name mentions; pronoun-only clusters are dropped. Kinds: Place → place;
GPE elsewhere → country; ORG/PER by role and words (army/police/soldiers → state_force,
militants/rebels/gunmen → armed_group, a proper name → person, other people → civilians).
Casualties: per victim cluster and outcome (Life.Die → killed, Life.Injure → injured), the count
is the victim mention if it is a number ("260", "six") or a number just before it ("23 Afghan
soldiers", "at least 7 people" → at_least); a singular noun or a name counts 1; plural or
pronoun victims without a number give no casualty. Two casualties of one event with the same
count and outcome are taken as the same group mentioned twice. Evidence = the trigger spans.
Dates are null (the dataset has no publication date), so the scorer ignores them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kg.evaluation.builder import DocBuilder, facts_document
from kg.evaluation.names import normalise

_PRONOUNS = frozenset((
    "he", "she", "it", "they", "them", "him", "her", "his", "its", "their", "theirs", "who",
    "whom", "whose", "which", "that", "those", "these", "this", "we", "us", "i", "you", "me",
    "one", "ones", "all", "others", "other", "more", "some", "many", "several", "both", "each",
    "himself", "herself", "themselves", "itself", "anyone", "someone", "everyone", "somebody",
    "nobody", "none", "another", "any", "few", "most", "your", "yours", "our", "ours", "my",
    "mine", "whoever", "what",
))
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100,
}
_NUM = r"(\d[\d,]*|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_QUALIFIERS = (
    ("at_least", r"at least|more than|over|upwards of|no fewer than|no less than"),
    ("about", r"about|around|nearly|almost|some|approximately|roughly|an estimated"),
    ("up_to", r"up to|as many as"),
)
_STATE_WORDS = re.compile(
    r"\b(soldiers?|troops?|army|armies|military|police|policem[ae]n|officers?|forces?|guards?|"
    r"marines?|commanders?|generals?|colonel|major|patrols?|servicem[ae]n|service members?|"
    r"personnel|battalions?|regiments?|navy|air force|security|sergeants?|"
    r"captains?|lieutenants?|paratroopers?|parachute|nato|defen[cs]e)\b", re.IGNORECASE)
_ARMED_WORDS = re.compile(
    r"\b(militants?|insurgents?|rebels?|terrorists?|guerrill\w*|fighters?|gunm[ae]n|jihadists?|"
    r"extremists?|bombers?|attackers?|assailants?|taliban|shabaab|islamic state|boko haram|"
    r"qaeda|separatists?|paramilitar\w*|militias?|brigade)\b"
    r"|\b(?-i:IS|ISIS|ISIL|IRA|ETA|PKK|FARC|ELN|HTS)\b", re.IGNORECASE)
_EXPLOSIVE_WORDS = re.compile(
    r"(bomb|blast|explo|detonat|\bied|suicide|air ?strike|air raid|drone|shell|mortar|rocket|"
    r"missile|grenade|artillery|landmine|\bmines?\b)", re.IGNORECASE)
_SUBTYPE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Chemical weapon", re.compile(r"chemical|chlorine|sarin|nerve agent|mustard gas",
                                   re.IGNORECASE)),
    ("Suicide bomb", re.compile(r"suicide", re.IGNORECASE)),
    ("Air/drone strike", re.compile(r"air ?strike|air raid|drone|warplane|fighter jet|aircraft|"
                                    r"helicopter gunship|bombing raid", re.IGNORECASE)),
    ("Shelling/artillery/missile attack", re.compile(r"shell|mortar|rocket|missile|artillery",
                                                     re.IGNORECASE)),
    ("Grenade", re.compile(r"grenade", re.IGNORECASE)),
)
_ANAPHORIC_TRIGGERS = frozenset(("attack", "attacks", "the attack", "assault", "incident",
                                 "attacked"))
_ACTOR_ROLES = {"Attacker", "Killer", "Injurer", "Detonator", "Demonstrator", "Jailer",
                "Transporter", "Damager", "Destroyer"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*(?=\s*[A-Z\"“‘(])|\n+")


def _sentence_starts(text: str) -> list[int]:
    """Approximate sentence starts: WikiEvents glues sentences ("Syria.The desert …")."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _is_proper(name: str, sentence_initial: bool = False) -> bool:
    """A proper name: capitalised and not a pronoun; at a sentence start ("Soldiers were …")
    capitals prove nothing, so there a later word must be capitalised too."""
    words = name.split()
    if not words or not name[:1].isupper() or normalise(name) in _PRONOUNS:
        return False
    return not sentence_initial or any(w[:1].isupper() for w in words[1:])


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:"


def _casualty_count(text: str, start: int, end: int, sentence_start: int
                    ) -> tuple[int, str] | None:
    """(count, qualifier) for a victim mention at text[start:end], None when unknown."""
    mention = text[start:end].strip()
    low = mention.lower()
    m = re.match(_NUM + r"\b", low)
    if m:
        count = _number(m.group(1))
        if count is not None:
            return count, _qualifier(text[sentence_start:start])
    left = text[max(sentence_start, start - 60):start]
    m = re.search(r"\b" + _NUM + r"\s+(?:[\w'’-]+\s+){0,2}$", left.lower())
    if m:
        count = _number(m.group(1))
        if count is not None:
            return count, _qualifier(left[:m.start()])
    if low in _PRONOUNS or re.search(r"\b(dozens|scores|hundreds|thousands|many|several)\b",
                                     left.lower()[-25:]):
        return None
    head = low.split()[-1] if low.split() else ""
    if _is_proper(mention, _starts_sentence(text, start)):
        return 1, "exact"  # a name
    if head.endswith("s") or head in {"people", "men", "women", "children", "police", "staff",
                                      "personnel", "crew", "family", "civilians"}:
        return None
    return 1, "exact"


def _number(raw: str) -> int | None:
    raw = raw.replace(",", "")
    if raw.isdigit():
        return int(raw)
    return _NUMBER_WORDS.get(raw)


def _qualifier(left: str) -> str:
    tail = left.lower()[-25:]
    for qual, pattern in _QUALIFIERS:
        if re.search(r"\b(?:" + pattern + r")\s*$", tail):
            return qual
    return "exact"


@dataclass
class _Mention:
    """One KAIROS event mention, classified."""

    index: int
    kind: str  # attack | life | protest | arrest | movement | damage
    etype: str
    start: int
    end: int
    sentence: int
    args: list[dict[str, Any]]


@dataclass
class _Group:
    mentions: list[_Mention]
    event_type: str = ""
    sub_event_type: str = ""
    optional: bool = False
    place: str | None = None  # cluster id


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class _WikiDoc:
    """Builds the facts of one WikiEvents document."""

    def __init__(self, record: Mapping[str, Any], coref: list[list[str]] | None) -> None:
        self.record = record
        self.text: str = record.get("text") or ""
        self.b = DocBuilder(self.text)
        gold = record.get("gold") or {}
        self.mentions_by_id: dict[str, dict[str, Any]] = {
            m["id"]: m for m in gold.get("entity_mentions", [])}
        self.uf = _UnionFind()
        for cluster in coref or []:
            for other in cluster[1:]:
                self.uf.union(cluster[0], other)
        by_text: dict[str, str] = {}
        for m in self.mentions_by_id.values():
            t = self.mention_text(m)
            if self.proper(m) and len(normalise(t)) > 1:
                key = normalise(t)
                if key in by_text:
                    self.uf.union(by_text[key], m["id"])
                else:
                    by_text[key] = m["id"]
        self.clusters: dict[str, list[dict[str, Any]]] = {}
        for m in self.mentions_by_id.values():
            self.clusters.setdefault(self.uf.find(m["id"]), []).append(m)
        self.starts = _sentence_starts(self.text)
        self.events = gold.get("event_mentions", [])

    def proper(self, m: Mapping[str, Any]) -> bool:
        span = m.get("char_span")
        initial = _starts_sentence(self.text, span[0]) if span and self.text else True
        return _is_proper(self.mention_text(m), initial)

    def mention_text(self, m: Mapping[str, Any]) -> str:
        span = m.get("char_span")
        if span and self.text:
            return " ".join(self.text[span[0]:span[1]].split())
        return " ".join(str(m.get("text", "")).split())

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def cluster_of(self, arg: Mapping[str, Any]) -> str | None:
        ent_id = arg.get("entity_id")
        return self.uf.find(ent_id) if ent_id in self.mentions_by_id else None

    def cluster_name(self, cluster: str) -> tuple[str, list[str], bool]:
        """(best name, other proper names, whether the name is proper) of a cluster."""
        mentions = self.clusters.get(cluster, [])
        texts = [self.mention_text(m) for m in mentions]
        proper = list(dict.fromkeys(self.mention_text(m) for m in mentions if self.proper(m)))
        if proper:
            best = max(proper, key=len)
            return best, [t for t in proper if t != best], True
        non_pronoun = [t for t in texts if normalise(t) not in _PRONOUNS]
        return (non_pronoun[0] if non_pronoun else (texts[0] if texts else "")), [], False

    def cluster_type(self, cluster: str) -> str:
        """The cluster's most frequent entity type; ties go to actor-like types ("23" is VAL
        but its cluster "23 soldiers" is PER)."""
        types = [str(m.get("entity_type")) for m in self.clusters.get(cluster, [])]
        rank = ("PER", "ORG", "GPE", "FAC", "LOC")
        return max(dict.fromkeys(types), default="",
                   key=lambda t: (types.count(t), -rank.index(t) if t in rank else -99))

    def entity(self, cluster: str, role: str) -> str | None:
        """The facts entity of a cluster used in ``role``; None for pronouns and objects."""
        name, aliases, proper = self.cluster_name(cluster)
        if not name or normalise(name) in _PRONOUNS:
            return None
        etype = self.cluster_type(cluster)
        words = " ".join([name, *aliases])
        fighting_role = role in _ACTOR_ROLES - {"Demonstrator"}
        if role in ("Place", "Destination", "Origin") or etype in ("FAC", "LOC"):
            kind = "place"
        elif etype == "GPE":
            kind = "country"
        elif etype not in ("PER", "ORG"):
            return None  # weapons, vehicles, values: not actors
        elif role in ("Jailer", "Regulator"):
            kind = "state_force"
        elif etype == "PER" and proper:
            kind = "person"
        elif _STATE_WORDS.search(words):
            kind = "state_force"
        elif _ARMED_WORDS.search(words):
            kind = "armed_group"
        elif etype == "ORG":
            kind = "armed_group" if fighting_role else "organization"
        else:
            kind = "armed_group" if fighting_role else "civilians"
        spans = [tuple(m["char_span"]) for m in self.clusters.get(cluster, [])
                 if m.get("char_span")]
        return self.b.entity(("cluster", cluster), name, kind, aliases=aliases,
                             mentions=[(int(s), int(e)) for s, e in spans])

    # -- step 1: classify ------------------------------------------------------------------------
    def classify(self) -> list[_Mention]:
        """Step 1: the mentions that map to ACLED, each with its kind and sentence."""
        out = []
        for i, ev in enumerate(self.events):
            etype: str = ev.get("event_type", "")
            span = (ev.get("trigger") or {}).get("char_span") or [0, 0]
            args = list(ev.get("arguments", []))
            if etype.startswith("Conflict.Attack"):
                kind = "attack"
            elif etype.startswith(("Life.Die", "Life.Injure")):
                kind = "life"
            elif etype.startswith("Conflict.Demonstrate"):
                kind = "protest"
            elif etype.startswith("Justice.ArrestJailDetain"):
                kind = "arrest"
            elif etype.startswith("ArtifactExistence.DamageDestroyDisableDismantle"):
                kind = "damage"
            elif etype.startswith("Movement.Transportation"):
                movers = [a for a in args if a.get("role") in ("Transporter", "PassengerArtifact")]
                armed = any(_STATE_WORDS.search(a.get("text", ""))
                            or _ARMED_WORDS.search(a.get("text", "")) for a in movers)
                if not armed:
                    continue
                kind = "movement"
            else:
                continue
            out.append(_Mention(i, kind, etype, int(span[0]), int(span[1]),
                                self.sentence(int(span[0])), args))
        return out

    # -- step 2: group ---------------------------------------------------------------------------
    def group(self, mentions: list[_Mention]) -> list[_Group]:
        """Step 2: attacks by sentence, Life mentions joined to a nearby attack, the rest alone."""
        attacks = sorted((m for m in mentions if m.kind == "attack"), key=lambda m: m.start)
        groups: list[_Group] = []
        by_sentence: dict[int, _Group] = {}
        for m in attacks:
            g = by_sentence.get(m.sentence)
            if g is None:
                g = _Group([])
                groups.append(g)
                by_sentence[m.sentence] = g
            g.mentions.append(m)
        for m in sorted((m for m in mentions if m.kind in ("life", "damage")),
                        key=lambda m: m.start):
            home = by_sentence.get(m.sentence)
            if home is None and m.kind == "life":
                before = [a for a in attacks if m.sentence - 2 <= a.sentence <= m.sentence]
                if before:
                    home = by_sentence[before[-1].sentence]
            if home is not None:
                home.mentions.append(m)
            elif m.kind == "life" and any(a.get("role") in ("Killer", "Injurer")
                                          for a in m.args):
                groups.append(_Group([m]))
            elif m.kind == "damage":
                groups.append(_Group([m], "Strategic developments",
                                     "Looting/property destruction", optional=True))
        for m in mentions:
            if m.kind == "protest":
                violent = m.etype.endswith("DemonstrateWithViolence")
                groups.append(_Group([m], "Riots" if violent else "Protests",
                                     "Violent demonstration" if violent else "Peaceful protest"))
            elif m.kind == "arrest":
                groups.append(_Group([m], "Strategic developments", "Arrests", optional=True))
            elif m.kind == "movement":
                groups.append(_Group([m], "Strategic developments", "Other", optional=True))
        for g in groups:
            if not g.event_type:
                g.event_type, g.sub_event_type = self.attack_type(g)
            g.place = self.place_of(g)
        return groups

    def attack_type(self, g: _Group) -> tuple[str, str]:
        """ACLED type of an attack group: explosive words first, then who was hit."""
        attacks = [m for m in g.mentions if m.kind == "attack"]
        instruments = [a.get("text", "") for m in attacks for a in m.args
                       if a.get("role") in ("Instrument", "ExplosiveDevice")]
        triggers = [self.text[m.start:m.end] for m in attacks]
        explosive = any(m.etype.endswith("DetonateExplode") for m in attacks) or any(
            _EXPLOSIVE_WORDS.search(t) for t in triggers + instruments)
        if explosive:
            sentences = " ".join(self.sentence_text(m.sentence) for m in attacks)
            for sub, pattern in _SUBTYPE_WORDS:
                if pattern.search(sentences):
                    return "Explosions/Remote violence", sub
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        sides = [a for m in g.mentions for a in m.args if a.get("role") in ("Target", "Victim")]
        for a in sides:
            cluster = self.cluster_of(a)
            words = " ".join([a.get("text", ""), *(self.cluster_name(cluster)[:1]
                                                   if cluster else [])])
            if _STATE_WORDS.search(words) or _ARMED_WORDS.search(words):
                return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"

    def sentence_text(self, index: int) -> str:
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[start:end]

    def place_of(self, g: _Group) -> str | None:
        """The cluster of the group's location: the first proper-name GPE, else proper place."""
        roles = ("Destination",) if g.mentions[0].kind == "movement" else ("Place",)
        ordered = sorted(g.mentions, key=lambda m: (m.kind != g.mentions[0].kind, m.start))
        candidates = []
        for m in ordered:
            for a in m.args:
                if a.get("role") in roles:
                    cluster = self.cluster_of(a)
                    if cluster and self.cluster_name(cluster)[2]:
                        candidates.append((self.cluster_type(cluster) != "GPE", cluster))
        if not candidates:
            return None
        return min(candidates, key=lambda c: c[0])[1]  # stable: first GPE, else first place

    # -- step 3: merge per document --------------------------------------------------------------
    def merge(self, groups: list[_Group]) -> list[_Group]:
        """Step 3: one event per (type, sub-type, place) in the document; see the module doc."""
        merged: dict[tuple[str, str, str | None], _Group] = {}
        order: list[tuple[str, str, str | None]] = []
        for g in groups:
            key = (g.event_type, self.sub_key(g), self.place_key(g.place))
            if key in merged:
                self.absorb(merged[key], g)
            else:
                merged[key] = _Group(list(g.mentions), g.event_type, g.sub_event_type,
                                     g.optional, g.place)
                order.append(key)
        out = []
        for key in order:
            g = merged[key]
            if key[2] is not None:
                out.append(g)
                continue
            placed = [merged[k] for k in order if k[:2] == key[:2] and k[2] is not None]
            if len(placed) == 1:
                self.absorb(placed[0], g)
            else:
                g.optional = g.optional or len(placed) >= 2
                out.append(g)
        out = self.resolve_anaphora(out)
        return sorted(out, key=lambda g: min(m.start for m in g.mentions))

    def resolve_anaphora(self, groups: list[_Group]) -> list[_Group]:
        """Fold bare "the attack" groups into the document's one bombing.

        A generic attack noun with no attacker, target or place ("the attack killed 3") is not
        typed by itself; when the document reports exactly one required explosion, that is what
        it refers to (a Boston Marathon article calls the bombing "the attack" throughout).
        """
        blasts = [g for g in groups
                  if g.event_type == "Explosions/Remote violence" and not g.optional]
        if len(blasts) != 1:
            return groups
        out = []
        for g in groups:
            attacks = [m for m in g.mentions if m.kind == "attack"]
            bare = g.event_type in ("Violence against civilians", "Battles") and attacks and all(
                self.text[m.start:m.end].lower().strip() in _ANAPHORIC_TRIGGERS
                and not any(a.get("role") in ("Attacker", "Target", "Place") for a in m.args)
                for m in attacks)
            if bare and g.place is None:
                self.absorb(blasts[0], g)
            else:
                out.append(g)
        return out

    @staticmethod
    def sub_key(g: _Group) -> str:
        """Explosions of any sub-type merge (one blast, several words); other sub-types don't."""
        return "" if g.event_type == "Explosions/Remote violence" else g.sub_event_type

    def place_key(self, cluster: str | None) -> str | None:
        return normalise(self.cluster_name(cluster)[0]) if cluster else None

    @staticmethod
    def absorb(into: _Group, other: _Group) -> None:
        into.mentions += other.mentions
        into.optional = into.optional and other.optional
        ranks = [s for s, _ in _SUBTYPE_WORDS] + ["Remote explosive/landmine/IED"]
        if into.sub_event_type in ranks and other.sub_event_type in ranks:
            into.sub_event_type = min(into.sub_event_type, other.sub_event_type, key=ranks.index)

    # -- emit ------------------------------------------------------------------------------------
    def emit(self, g: _Group) -> None:
        """Add the facts event of a group: actors, targets, casualties, evidence, location."""
        actors: list[str] = []
        targets: list[str] = []
        victims: dict[tuple[str, str], tuple[int, str, str | None]] = {}
        location = self.entity(g.place, "Place") if g.place else None
        for m in sorted(g.mentions, key=lambda m: m.start):
            for a in m.args:
                role = a.get("role", "")
                cluster = self.cluster_of(a)
                if cluster is None:
                    continue
                if role in _ACTOR_ROLES:
                    ent = self.entity(cluster, role)
                    if ent:
                        actors.append(ent)
                elif ((role == "Target" and m.kind == "attack") or role == "Detainee"
                      or (role == "Regulator" and g.event_type == "Riots")):
                    if self.cluster_type(cluster) in ("PER", "ORG", "GPE"):
                        ent = self.entity(cluster, role)
                        if ent:
                            targets.append(ent)
                elif role == "Victim" and m.kind == "life":
                    if g.mentions[0].kind == "life":  # an attack known only from its victims
                        ent = self.entity(cluster, role)
                        if ent:
                            targets.append(ent)
                    span = a.get("char_span")
                    if not span:
                        continue
                    count = _casualty_count(self.text, span[0], span[1],
                                            self.starts[self.sentence(span[0])])
                    if count is None:
                        continue
                    outcome = "killed" if m.etype.startswith("Life.Die") else "injured"
                    key = (cluster, outcome)
                    if key not in victims or victims[key][0] < count[0]:
                        victims[key] = (count[0], count[1], self.entity(cluster, role))
        casualties: list[dict[str, Any]] = []
        seen: set[tuple[int, str]] = set()
        for (_, outcome), (count, qualifier, victim) in victims.items():
            if (count, outcome) in seen:
                continue
            seen.add((count, outcome))
            casualties.append({"count": count, "qualifier": qualifier, "outcome": outcome,
                               "victim": victim, "claimed_by": None})
        triggers = [f"{self.text[m.start:m.end]}({self.events[m.index].get('event_type')})"
                    for m in sorted(g.mentions, key=lambda m: m.start)]
        self.b.add_event(
            event_type=g.event_type, sub_event_type=g.sub_event_type, date_value=None,
            precision=None, location=location, actors=actors, targets=targets,
            casualties=casualties, evidence=[(m.start, m.end) for m in g.mentions],
            optional=g.optional, note="WikiEvents mentions: " + ", ".join(triggers))


def adapt_wikievents(record: Mapping[str, Any],
                     coref: list[list[str]] | None = None) -> dict[str, Any]:
    """Facts for one WikiEvents corpus record; ``coref`` = the document's entity clusters."""
    doc = _WikiDoc(record, coref)
    for group in doc.merge(doc.group(doc.classify())):
        doc.emit(group)
    return facts_document(record, doc.b, "wikievents")
