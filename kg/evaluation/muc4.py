"""MUC-4 answer-key templates → gold facts (see also :mod:`kg.evaluation.adapters`).

MUC-4 (TST1–TST4 answer keys; one template = one incident = one event)
=======================================================================

================================  ===============================================================
MUC-4 template                    facts event
================================  ===============================================================
STAGE THREATENED                  skipped: ACLED does not code threats
STAGE ATTEMPTED + BOMBING         Strategic developments / Disrupted weapons use (bomb planted,
                                  did not go off or was defused)
STAGE ATTEMPTED, other types      mapped as if accomplished, ``optional: true`` (ACLED codes a
                                  failed attack with shots fired, not one foiled beforehand; the
                                  key does not say which)
"A / B" stages (key alternatives) the most "happened" one wins: ACCOMPLISHED > ATTEMPTED >
                                  THREATENED
"A / B" incident types            the first alternative that is not ATTACK (MUC uses ATTACK only
                                  when no other type fits)
MESSAGE: TEMPLATE "n (OPTIONAL)"  ``optional: true`` (the key doubts the incident belongs)
same incident, other perpetrator  ``optional: true`` after the first: MUC keys one template per
                                  alleged perpetrator, ACLED codes the incident once
BOMBING                           Explosions/Remote violence, sub-type by INSTRUMENT TYPE/ID:
                                  suicide → Suicide bomb; GRENADE → Grenade; MORTAR, ROCKET,
                                  MISSILE, PROJECTILE → Shelling/artillery/missile attack; AERIAL
                                  BOMB → Air/drone strike; anything else (BOMB, DYNAMITE, VEHICLE
                                  BOMB, MINE, none) → Remote explosive/landmine/IED
ATTACK with explosive instrument  Explosions/Remote violence, same sub-type rules (MUC files
                                  air raids, mortar fire and dynamited pylons as ATTACK)
ATTACK, a civilian-type human     Violence against civilians / Attack (HUM TGT TYPE CIVILIAN,
target                            POLITICAL FIGURE, GOVERNMENT OFFICIAL, DIPLOMAT, LEGAL OR
                                  JUDICIAL, SECURITY GUARD, FORMER …)
ATTACK, only military/police      Battles / Armed clash (HUM TGT TYPE ACTIVE MILITARY or LAW
targets                           ENFORCEMENT; physical targets that are military/police sites)
ATTACK, only physical targets     Strategic developments / Looting/property destruction
                                  (sabotage of pylons, pipelines, offices)
ATTACK, no target at all          Violence against civilians / Attack (MUC only keys terrorist
                                  incidents, which ACLED mostly codes as attacks on civilians)
MURDER (MUC-3 keys)               Violence against civilians / Attack
KIDNAPPING                        Violence against civilians / Abduction/forced disappearance
HIJACKING                         Abduction/forced disappearance with human targets, else
                                  Strategic developments / Looting/property destruction
ARSON, ROBBERY                    Strategic developments / Looting/property destruction
FORCED WORK STOPPAGE              Strategic developments / Other, ``optional: true`` (an
                                  enforced "armed strike" is coded by ACLED only sometimes)
================================  ===============================================================

Slots:

* Filler notation: ``"A" / "B"`` are alternative strings for one filler (the first is the name,
  the rest aliases); ``-`` is empty, ``*`` not applicable. A filler prefixed with ``?`` is
  optional in the key ("null is also correct"); facts v1 cannot mark an argument optional, so
  such fillers are left out rather than demanded.
* INCIDENT: DATE ``DD MMM YY`` → that day (precision day). ``- DD MMM YY`` ("on or before",
  typically the dateline date standing in for "last Wednesday") → that date, precision week.
  ``D1 - D2`` → the midpoint, precision day/week/month/year for spans of ≤2/≤14/≤62/more days
  (the scorer's windows then cover the whole range). Alternatives ``(X) / (Y)``: the first.
  ``-`` and optional ``? …`` dates → null date.
* INCIDENT: LOCATION ``COUNTRY: NAME (TYPE): …`` → a ``country`` entity and one ``place``
  entity per level, each with ``country``; the first DEPARTMENT/PROVINCE/STATE/REGION level is
  the ``admin1`` of the levels below it. The event's location is the deepest populated-place
  level (CITY, TOWN, MUNICIPALITY, …) because ACLED geocodes to towns, not neighbourhoods or
  buildings; without one, the deepest level given (department, facility or the country itself).
  ``A (CITY) - B (CITY)`` (between two places) → A. Alternatives: the first.
* PERP: ORGANIZATION ID → actors (state_force for armies/police, government_body for
  governments, armed_group otherwise); when there is none, PERP: INDIVIDUAL ID → actors.
* HUM TGT: NAME/DESCRIPTION (joined with TYPE, NUMBER, EFFECT through the key's
  cross-references) → targets: named people → person; unnamed → civilians or state_force by
  HUM TGT TYPE. PHYS TGT (buildings, pylons) are not actors and are not targets.
* HUM TGT: EFFECT DEATH → casualty ``killed``, INJURY → ``injured``; targets of a KIDNAPPING →
  ``captured``. Count from HUM TGT: NUMBER: ``6`` exact, ``6-`` and ``6-8`` at_least 6, ``~6``
  about 6, a named person 1; ``PLURAL`` (no number) gives no casualty, because a count is required.
* Evidence and mentions: MUC-4 has no offsets; each span is the first occurrence of a filler
  string in the text (case-insensitive, any whitespace between words), and a filler that does
  not occur verbatim is simply not evidenced (an empty evidence list is possible).
* certainty is "asserted": MUC keys only incidents the message reports as fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from kg.evaluation.builder import DocBuilder, facts_document, find_text
from kg.evaluation.names import normalise

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"))}
_MUC_DATE = r"(\d{1,2}) ([A-Z]{3}) (\d{2})"
_STAGE_RANK = {"ACCOMPLISHED": 3, "ATTEMPTED": 2, "THREATENED": 1}
_ADMIN1_TYPES = {"DEPARTMENT", "PROVINCE", "STATE", "REGION", "OFFICIAL REGION", "INTENDANCY",
                 "COMMISSARIAT"}
_LOCALITY_TYPES = {"CITY", "TOWN", "VILLAGE", "HAMLET", "MUNICIPALITY", "CANTON", "DISTRICT",
                   "JURISDICTION", "CORREGIMIENTO", "COMMUNITY", "COUNTY", "PORT"}
_MILITARY_WORDS = re.compile(
    r"\b(ARMY|ARMED FORCES|AIR FORCE|NAVY|MILITARY|SOLDIERS?|TROOPS?|POLICE|POLICEM[AE]N|"
    r"BRIGADE|BATTALION|GARRISON|BARRACKS|GUARDIA|NATIONAL GUARD|TREASURY POLICE|DEATH SQUADS?|"
    r"SECURITY FORCES?|PATROL)\b", re.IGNORECASE)
_GOVERNMENT_WORDS = re.compile(r"\b(GOVERNMENT|ADMINISTRATION|MINISTRY|EMBASSY|CABINET)\b",
                               re.IGNORECASE)
_GROUP_WORDS = re.compile(
    r"\b(GUERRILLAS?|TERRORISTS?|REBELS?|COMMANDOS?|MEN|INDIVIDUALS|PEOPLE|PERSONS|MEMBERS|"
    r"FORCES|GROUPS?|SQUADS?|SUSPECTS|TRAFFICKERS|MAFIA|ASSASSINS|CRIMINALS|GUNMEN|KIDNAPPERS|"
    r"UNITS?|CELLS?|FRONT|ARMY|CARTEL|EXTRADITABLES|SUBVERSIVES|MILITARY|SOLDIERS)\b",
    re.IGNORECASE)
_CIVILIAN_TARGET_TYPES = {"CIVILIAN", "DIPLOMAT", "GOVERNMENT OFFICIAL",
                          "FORMER GOVERNMENT OFFICIAL", "FORMER ACTIVE MILITARY",
                          "LEGAL OR JUDICIAL", "POLITICAL FIGURE", "SECURITY GUARD"}
_SECURITY_TARGET_TYPES = {"ACTIVE MILITARY", "LAW ENFORCEMENT"}


@dataclass(frozen=True)
class _Filler:
    """One slot filler: its set-fill label (before ``:``) and its alternative strings."""

    label: str
    strings: tuple[str, ...]
    xref: tuple[str, ...]
    optional: bool


def _quoted(text: str) -> list[str]:
    return [s.replace('\\"', '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', text)]


def _split_top(value: str, sep: str = " / ") -> list[str]:
    """Split ``value`` on ``sep`` outside parentheses and quotes."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(value):
        c = value[i]
        if c == '"' and (i == 0 or value[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and c == "(":
            depth += 1
        elif not quoted and c == ")":
            depth -= 1
        elif not quoted and depth == 0 and value.startswith(sep, i):
            parts.append(value[start:i])
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(value[start:])
    return [p.strip() for p in parts if p.strip()]


def _unparen(value: str) -> str:
    value = value.strip()
    while value.startswith("(") and value.endswith(")") and _balanced(value[1:-1]):
        value = value[1:-1].strip()
    return value


def _balanced(value: str) -> bool:
    depth = 0
    for c in value:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def _fillers(values: list[str] | None) -> list[_Filler]:
    """Parse a slot's raw value lines into fillers (empty for ``-`` and ``*``)."""
    out = []
    for raw in values or []:
        v = raw.strip()
        if v in ("-", "*", ""):
            continue
        optional = v.startswith("?")
        v = v.lstrip("? ").strip()
        label, strings, xref = "", [], []
        if v.startswith('"'):
            # '"A" / "B"' or '"DESC" / "DESC2": "NAME"' (description cross-referenced to a name)
            head, sep, tail = v.rpartition('": "')
            if sep:
                strings, xref = _quoted(head + '"'), _quoted('"' + tail)
            else:
                strings = _quoted(v)
        else:
            label, _, rest = v.partition(":")
            strings = [] if rest.strip() in ('"-"', "") else _quoted(rest)
            xref = strings
            label = label.strip()
        out.append(_Filler(label, tuple(s for s in strings if s.strip()),
                           tuple(x for x in xref if x.strip()), optional))
    return out


def _muc_date(day: str, mon: str, yy: str) -> date | None:
    try:
        return date(1900 + int(yy), _MONTHS[mon], int(day))
    except (KeyError, ValueError):
        return None


def parse_muc_date(value: str | None) -> tuple[date | None, str | None]:
    """A MUC-4 INCIDENT: DATE filler → (date, precision); (None, None) when empty or unreadable.

    ``14 APR 89`` → day; ``- 14 APR 89`` ("on or before") → week; ``D1 - D2`` → the midpoint
    with a precision wide enough for the range; ``(X) / (Y)`` → the first alternative; an
    optional fill (``? …``) → no date.
    """
    if not value:
        return None, None
    v = value.strip()
    if v.startswith("?"):  # "null is also correct": facts cannot say so, so demand nothing
        return None, None
    if v in ("-", "*", ""):
        return None, None
    v = _unparen(_split_top(v)[0])
    m = re.fullmatch(_MUC_DATE, v)
    if m:
        d = _muc_date(*m.groups())
        return (d, "day") if d else (None, None)
    m = re.fullmatch(r"-\s*" + _MUC_DATE, v)
    if m:
        d = _muc_date(*m.groups())
        return (d, "week") if d else (None, None)
    m = re.fullmatch(_MUC_DATE + r"\s*-\s*" + _MUC_DATE, v)
    if m:
        a, b = _muc_date(*m.groups()[:3]), _muc_date(*m.groups()[3:])
        if a is None or b is None:
            return None, None
        a, b = min(a, b), max(a, b)
        span = (b - a).days
        mid = a + timedelta(days=span // 2)
        precision = ("day" if span <= 2 else "week" if span <= 14
                     else "month" if span <= 62 else "year")
        return mid, precision
    return None, None


def parse_muc_number(value: str) -> tuple[int, str] | None:
    """A MUC-4 NUMBER fill → (count, qualifier); None for PLURAL or anything without a number.

    ``6`` exact; ``6-`` / ``6-8`` at_least 6 (ranges keep the lower bound, as ACLED does);
    ``~6`` about 6; ``A / B`` → the first readable alternative.
    """
    for alt in _split_top(value.strip().lstrip("?").strip()):
        alt = alt.strip()
        m = re.fullmatch(r"(~?)\s*(\d+)\s*(-\s*(\d+)?)?", alt)
        if not m:
            continue
        count = int(m.group(2))
        if m.group(1):
            return count, "about"
        if m.group(3):
            return count, "at_least"
        return count, "exact"
    return None


def _stage(slots: Mapping[str, list[str]]) -> str:
    raw = (slots.get("INCIDENT: STAGE OF EXECUTION") or ["ACCOMPLISHED"])[0]
    stages = [s.strip().lstrip("?").strip() for s in raw.split("/")]
    return max(stages, key=lambda s: _STAGE_RANK.get(s, 0))


def _incident_type(slots: Mapping[str, list[str]]) -> str:
    raw = (slots.get("INCIDENT: TYPE") or [""])[0]
    types = [t.strip().lstrip("?").strip() for t in raw.split("/") if t.strip()]
    specific = [t for t in types if t != "ATTACK"]
    return specific[0] if specific else (types[0] if types else "")


def _explosive_subtype(instrument_text: str) -> str | None:
    """ACLED Explosions/Remote violence sub-type for instrument words, None if not explosive."""
    t = instrument_text.upper()
    if "SUICIDE" in t:
        return "Suicide bomb"
    if "AERIAL BOMB" in t or "AIR RAID" in t or "BOMBARDMENT" in t:
        return "Air/drone strike"
    if re.search(r"\b(MORTARS?|ROCKETS?|MISSILES?|PROJECTILES?|ARTILLERY|M-79|RPG)\b", t):
        return "Shelling/artillery/missile attack"
    if "GRENADE" in t:
        return "Grenade"
    if re.search(r"\b(BOMBS?|DYNAMITE|EXPLOSIVES?|MINES?|CAR BOMB|VEHICLE BOMB)\b", t):
        return "Remote explosive/landmine/IED"
    return None


def _muc_event_type(itype: str, stage: str, slots: Mapping[str, list[str]],
                    human_types: list[str], phys: list[_Filler]) -> tuple[str, str, bool] | None:
    """(event_type, sub_event_type, optional) for a template, or None when ACLED would skip it."""
    if stage == "THREATENED":
        return None
    attempted = stage == "ATTEMPTED"
    instrument = " ".join(slots.get("INCIDENT: INSTRUMENT TYPE", []) +
                          slots.get("INCIDENT: INSTRUMENT ID", []))
    if itype == "BOMBING":
        if attempted:
            return "Strategic developments", "Disrupted weapons use", False
        return ("Explosions/Remote violence",
                _explosive_subtype(instrument) or "Remote explosive/landmine/IED", False)
    if itype == "FORCED WORK STOPPAGE":
        return "Strategic developments", "Other", True
    if itype in ("ARSON", "ROBBERY"):
        return "Strategic developments", "Looting/property destruction", attempted
    if itype == "KIDNAPPING":
        return "Violence against civilians", "Abduction/forced disappearance", attempted
    if itype == "HIJACKING":
        if human_types:
            return "Violence against civilians", "Abduction/forced disappearance", attempted
        return "Strategic developments", "Looting/property destruction", attempted
    if itype == "MURDER":
        return "Violence against civilians", "Attack", attempted
    if itype != "ATTACK":
        return None
    sub = _explosive_subtype(instrument)
    if sub:  # MUC files air raids, mortar fire and dynamited pylons as ATTACK; ACLED as explosions
        return "Explosions/Remote violence", sub, attempted
    if any(t in _CIVILIAN_TARGET_TYPES for t in human_types):
        return "Violence against civilians", "Attack", attempted
    phys_security = any(
        f.label == "LAW ENFORCEMENT FACILITY" or _MILITARY_WORDS.search(" ".join(f.strings))
        for f in phys)
    if any(t in _SECURITY_TARGET_TYPES for t in human_types) or phys_security:
        return "Battles", "Armed clash", attempted
    if phys:
        return "Strategic developments", "Looting/property destruction", attempted
    return "Violence against civilians", "Attack", attempted


def _location_chain(value: str) -> list[tuple[str, str]]:
    """``COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY)`` → [(name, type), …], country first."""
    v = _unparen(_split_top(value.strip().lstrip("?").strip())[0])
    chain = []
    for i, part in enumerate(p.strip() for p in v.split(":")):
        part = _split_top(part, " - ")[0]  # "A (CITY) - B (CITY)": between two places → A
        m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", part)
        name, kind = (m.group(1).strip(), m.group(2).strip()) if m else (part, "")
        if i == 0:
            kind = "COUNTRY"
        if name and name != "-":
            chain.append((name, kind))
    return chain


class _MucDoc:
    """Builds the facts of one MUC-4 message."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self.record = record
        self.text: str = record.get("text") or ""
        self.b = DocBuilder(self.text)

    def found(self, strings: Iterable[str]) -> list[tuple[int, int]]:
        """First-occurrence spans of those ``strings`` that occur in the text at all."""
        return [hit for hit in (find_text(self.text, s) for s in strings) if hit]

    def named(self, key: tuple[str, ...], strings: tuple[str, ...], kind: str, **kw: Any) -> str:
        spans = self.found(strings)
        return self.b.entity(key, strings[0], kind, aliases=strings[1:], mentions=spans, **kw)

    def location(self, value: str | None) -> tuple[str | None, list[tuple[int, int]]]:
        if not value:
            return None, []
        chain = _location_chain(value)
        if not chain:
            return None, []
        country_id: str | None = None
        admin1_id: str | None = None
        ids: list[tuple[str, str]] = []
        evidence: list[tuple[int, int]] = []
        path: tuple[str, ...] = ()
        for name, kind in chain:
            path += (name,)
            spans = self.found([name])
            evidence += spans[:1]
            if kind == "COUNTRY":
                ent = self.b.entity(("place", *path), name, "country", mentions=spans)
                country_id = ent
            else:
                ent = self.b.entity(("place", *path), name, "place", mentions=spans,
                                    country=country_id,
                                    admin1=admin1_id if kind not in _ADMIN1_TYPES else None)
                if kind in _ADMIN1_TYPES and admin1_id is None:
                    admin1_id = ent
            ids.append((ent, kind))
        localities = [ent for ent, kind in ids if kind in _LOCALITY_TYPES]
        return (localities[-1] if localities else ids[-1][0]), evidence[-1:]

    def perpetrators(self, slots: Mapping[str, list[str]]) -> tuple[list[str], list]:
        """Actors from PERP: ORGANIZATION ID, else PERP: INDIVIDUAL ID.

        The kind follows PERP: INCIDENT CATEGORY when it is unambiguous (MUC defines STATE-
        SPONSORED VIOLENCE as "the perpetrator is a member of the government/military/police"),
        and the filler's words otherwise ("POPULAR LIBERATION ARMY" is not a state army).
        """
        category = {c.strip().lstrip("? ").strip()
                    for c in " ".join(slots.get("PERP: INCIDENT CATEGORY", [])).split("/")}
        category.discard("-")
        state = category == {"STATE-SPONSORED VIOLENCE"}
        terrorist = category == {"TERRORIST ACT"}
        orgs = [f for f in _fillers(slots.get("PERP: ORGANIZATION ID")) if not f.optional]
        people = [f for f in _fillers(slots.get("PERP: INDIVIDUAL ID")) if not f.optional]
        actors, evidence = [], []
        for f in orgs or people:
            if not f.strings:
                continue
            words = " ".join(f.strings)
            single = not orgs and (re.match(r"(ONE|A|AN) ", f.strings[0]) or not (
                _GROUP_WORDS.search(words) or f.strings[0].rstrip().endswith("S")))
            if single:
                kind = "person"  # an individual perpetrator, named or described singly
            elif terrorist:
                kind = "armed_group"
            elif _GOVERNMENT_WORDS.search(words) and not _MILITARY_WORDS.search(words):
                kind = "government_body"
            elif state or (_MILITARY_WORDS.search(words) and "LIBERATION" not in words):
                kind = "state_force"
            else:
                kind = "armed_group"
            actors.append(self.named(("actor", normalise(f.strings[0])), f.strings, kind))
            evidence += self.found(f.strings[:1])
        return actors, evidence

    def human_targets(self, slots: Mapping[str, list[str]]) -> list[dict[str, Any]]:
        """Human targets with their cross-referenced type, number and effects."""
        targets: list[dict[str, Any]] = []
        for f in _fillers(slots.get("HUM TGT: NAME")):
            if f.strings:
                targets.append({"names": f.strings, "descs": (), "optional": f.optional})
        for f in _fillers(slots.get("HUM TGT: DESCRIPTION")):
            if not f.strings:
                continue
            owner = next((t for t in targets if f.xref and set(f.xref) & set(t["names"])), None)
            if owner is not None:
                owner["descs"] = owner["descs"] + f.strings
            elif not f.xref:
                targets.append({"names": (), "descs": f.strings, "optional": f.optional})

        def attach(slot: str, key: str) -> None:
            for f in _fillers(slots.get(slot)):
                refs = set(f.xref)
                # Fillers cross-referenced to "-" (a summary with no target) have no owner.
                for t in targets:
                    if refs & set(t["names"] or t["descs"]):
                        t.setdefault(key, []).append(f)
                        break

        attach("HUM TGT: TYPE", "types")
        attach("HUM TGT: NUMBER", "numbers")
        attach("HUM TGT: EFFECT OF INCIDENT", "effects")
        return targets

    def add_template(self, template: Mapping[str, Any]) -> None:
        """Add the event of one answer-key template (nothing when ACLED would not code it)."""
        slots: Mapping[str, list[str]] = template.get("slots", {})
        itype = _incident_type(slots)
        stage = _stage(slots)
        humans = self.human_targets(slots)
        human_types = [f.label.lstrip("? ").strip() for t in humans if not t["optional"]
                       for f in t.get("types", []) if not f.optional]
        human_types = [x for part in human_types for x in part.split(" / ")]
        phys = [f for f in _fillers(slots.get("PHYS TGT: TYPE")) if not f.optional]
        mapped = _muc_event_type(itype, stage, slots, human_types, phys)
        if mapped is None:
            return
        event_type, sub_type, optional = mapped
        template_no = (slots.get("MESSAGE: TEMPLATE") or [""])[0]
        optional = optional or "OPTIONAL" in template_no.upper()
        when, precision = parse_muc_date((slots.get("INCIDENT: DATE") or [None])[0])
        location, evidence = self.location((slots.get("INCIDENT: LOCATION") or [None])[0])
        actors, perp_evidence = self.perpetrators(slots)
        evidence += perp_evidence
        targets, casualties = [], []
        for t in humans:
            if t["optional"] or not (t["names"] or t["descs"]):
                continue
            ttypes = {x for f in t.get("types", []) if not f.optional
                      for x in f.label.split(" / ")}
            if t["names"]:
                strings, kind = t["names"], "person"
            else:
                strings = t["descs"]
                kind = "state_force" if ttypes and ttypes <= _SECURITY_TARGET_TYPES \
                    else "civilians"
            ent = self.named(("target", normalise(strings[0])), strings, kind)
            targets.append(ent)
            evidence += self.found(strings[:1])
            number = next((parse_muc_number(f.label) for f in t.get("numbers", [])
                           if not f.optional), None)
            if number is None and t["names"]:
                number = (1, "exact")
            outcomes = []
            for f in t.get("effects", []):
                if f.optional:
                    continue
                labels = {x.strip() for x in f.label.split("/")}
                if "DEATH" in labels:
                    outcomes.append("killed")
                elif "INJURY" in labels:
                    outcomes.append("injured")
            if itype == "KIDNAPPING":
                outcomes.insert(0, "captured")  # abducted first, whatever happened after
            if number is None:
                continue
            for outcome in dict.fromkeys(outcomes):
                casualties.append({"count": number[0], "qualifier": number[1],
                                   "outcome": outcome, "victim": ent, "claimed_by": None})
        for f in _fillers(slots.get("INCIDENT: INSTRUMENT ID")):
            if not f.optional:
                evidence += self.found(f.strings[:1])
        self.b.add_event(
            event_type=event_type, sub_event_type=sub_type, date_value=when,
            precision=precision, location=location, actors=actors, targets=targets,
            casualties=casualties, evidence=evidence, optional=optional,
            note=f"MUC-4 template {template_no}: {itype or '?'} {stage}")


def adapt_muc4(record: Mapping[str, Any]) -> dict[str, Any]:
    """Facts for one MUC-4 corpus record (``gold.templates`` with raw ``slots``)."""
    doc = _MucDoc(record)
    for template in (record.get("gold") or {}).get("templates", []):
        doc.add_template(template)
    _mark_alternative_perpetrators(doc.b.events)
    return facts_document(record, doc.b, "muc4")


def _mark_alternative_perpetrators(events: list[dict[str, Any]]) -> None:
    """Make repeats of one incident under another alleged perpetrator optional.

    MUC-4 keys a separate template per perpetrator ("a separate instance is one which has a
    different filler for the … perpetrator slot"), so one killing blamed on two parties is two
    templates; ACLED codes it once. The first stays required, the others become optional: an
    extractor is not punished for reporting the incident once, nor for reporting it twice.
    """
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for ev in events:
        key = (ev["event_type"], ev["sub_event_type"], ev["date"], ev["location"],
               tuple(sorted(ev["targets"])))
        first = seen.get(key)
        if first is None:
            seen[key] = ev
        elif ev["actors"] and first["actors"] and set(ev["actors"]) != set(first["actors"]):
            ev["optional"] = True
            ev["note"] += f" (same incident as {first['id']}, another alleged perpetrator)"
