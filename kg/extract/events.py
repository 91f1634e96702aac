"""Event detection and typing: trigger words in context → ACLED event and sub-event types.

A trigger is a verb or noun (by lemma) in a dependency parse; the sentence around it decides the
sub-type (weapons named, who did it, who suffered). Triggers that report no real occurrence are
dropped: negated ones, ones under a modal or an intention ("is attempting to reassert control",
"only a few kilometres from seizing"), compound modifiers ("battle areas") and background
("fighting is ongoing"). One event per sentence: the most specific trigger wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# family → lemmas (verbs and nouns)
TRIGGERS: dict[str, set[str]] = {
    "territory": {"seize", "capture", "retake", "recapture", "overrun", "liberate", "regain",
                  "conquer", "storm", "take"},
    "clash": {"clash", "fight", "fighting", "battle", "firefight", "skirmish", "gunfight",
              "shootout", "confrontation", "engagement", "exchange"},
    "attack": {"attack", "assault", "raid", "ambush", "offensive", "strike", "hit", "target",
               "bombard", "pound", "shell", "shelling", "bombing", "bomb", "airstrike",
               "air-strike", "strafe", "fire", "retaliate"},
    "explosion": {"explode", "explosion", "blast", "detonate", "detonation", "ied", "blow"},
    "kill": {"kill", "execute", "massacre", "murder", "assassinate", "behead", "slay", "shoot",
             "gun", "slaughter", "lynch"},
    "abduct": {"abduct", "kidnap", "abduction", "kidnapping", "hostage"},
    "sexual": {"rape", "sexually"},
    "protest": {"protest", "demonstrate", "demonstration", "rally", "march", "sit-in",
                "protester", "demonstrator"},
    "riot": {"riot", "rioter", "mob", "loot", "looting", "torch", "vandalize", "ransack"},
    "arrest": {"arrest", "detain", "apprehend"},
    "agreement": {"ceasefire", "truce", "agreement", "accord", "deal"},
    "deploy": {"deploy", "send", "dispatch", "reinforce", "deployment", "mobilize"},
    "withdraw": {"withdraw", "withdrawal", "retreat", "evacuate"},
}
PRIORITY = ("territory", "explosion", "attack", "clash", "kill", "abduct", "sexual", "riot",
            "protest", "arrest", "agreement", "withdraw", "deploy")

_WORDS = {
    "chemical": r"chemical|chlorine|sarin|toxic gas|nerve agent|mustard gas",
    "suicide": r"suicide|blew (?:himself|herself|themselves) up|self-detonat",
    "air": r"air ?strikes?|air raids?|air-strikes?|warplanes?|jets?|aircraft|helicopters?|"
           r"drones?|uavs?|aerial|bombers|air force|airstrikes",
    "shelling": r"shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|howitzers?|barrages?|"
                r"bombard\w*|tank fire|grad|katyusha|targets? in|positions",
    "grenade": r"grenades?",
    "ied": r"ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|\bmines?\b|"
           r"car bombs?|bombs?|explosive devices?|booby|explosives?|vbied|bomb-laden",
    "civilian_target": r"civilians?|villagers?|residents?|worshippers?|passengers?|students?|"
                       r"peasants?|"
                       r"farmers?|women|children|shoppers?|pilgrims?|market|mosque|church|school|"
                       r"hospital|wedding|funeral|bus|homes?|houses?|journalists?|aid workers?|"
                       r"priests?|teachers?|family|families|people",
    "armed_target": r"soldiers?|troops?|army|military|police(?:men)?|checkpoints?|bases?|"
                    r"convoys?|patrols?|barracks|garrison|militants?|rebels?|fighters?|"
                    r"insurgents?|positions?|forces|outposts?|security",
    "perpetrator_irregular": r"gunmen|unknown assailants|unidentified|attackers|militiamen|"
                             r"bandits|mob|armed men",
    "intervention": r"tear gas|dispers\w+|rubber bullets|water cannons?|baton|clashed with police",
    "lethal_force": r"(?:police|security forces|troops|soldiers)\s+(?:\w+\s+){0,3}(?:opened fire|"
                    r"shot|killed|fired live)",
    "troops": r"troops|soldiers|forces|reinforcements|military vehicles|tanks|convoy",
    "crowd": r"protesters?|demonstrators?|rall(?:y|ies)|marche[sd]|marching|crowds?|thousands|"
             r"hundreds|gathered|took to the streets|sit-in|chanting|placards|students",
    "violence": r"killed|dead|died|wounded|injured|casualt\w*|gunfire|gunmen|shot|shooting|"
                r"fire[ds]?\b|bomb\w*|explosi\w*|blast|rockets?|missiles?|shell\w*|artillery|"
                r"mortars?|air ?strikes?|drones?|troops|soldiers|army|militants?|rebels?|"
                r"insurgents?|fighters?|forces|police|militia\w*|jihadists?|weapons?|armed|"
                r"guns?|rifles?|grenades?|ied|raid\w*|ambush\w*|checkpoint|attackers?|"
                r"assailants?|hostages?|clash\w*|targets|retaliat\w*|struck|offensive|"
                r"military|jets?|warplanes?|helicopters?|tanks?|positions",
}
W = {k: re.compile(rf"\b(?:{v})", re.IGNORECASE) for k, v in _WORDS.items()}
_MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "shall"}
_INTENT = {"attempt", "try", "plan", "want", "aim", "seek", "threaten", "vow", "intend",
           "prepare", "hope", "expect", "likely", "prevent", "stop", "avoid", "fail", "refuse",
           "deny", "warn", "call", "urge", "demand", "order", "ask", "push", "struggle"}
_BACKGROUND = re.compile(r"\b(?:ongoing|continu\w*|persist\w*|escalat\w*|spread|rag(?:e|ing)|"
                         r"has been fighting|for years|since \d{4}|over the years)\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Trigger:
    family: str
    token_i: int
    lemma: str


def _is_real(tok: Any) -> bool:
    """False for triggers that report no occurrence (negated, modal, intended, hypothetical)."""
    if tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.pos_ != "VERB"):
        return False
    for child in tok.children:
        if child.dep_ == "neg":
            return False
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return False
    node = tok
    for _ in range(4):
        head = node.head
        if head is node:
            break
        if node.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "acl") \
                and head.lemma_.lower() in _INTENT:
            return False
        if node.dep_ in ("pcomp", "pobj") and head.lower_ in ("from", "without", "towards",
                                                             "of") \
                and tok.tag_ == "VBG":
            return False
        if head.lower_ in _MODALS:
            return False
        node = head
    return True


def find_triggers(sent: Any) -> list[Trigger]:
    out = []
    text = sent.text  # Token.sent is costly: read the sentence text once
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") and lemma not in ("ied",):
            continue
        for family, lemmas in TRIGGERS.items():
            if lemma in lemmas or tok.lower_ in lemmas:
                if family == "territory" and lemma == "take" and not _takes_territory(tok):
                    continue
                if family == "attack" and lemma in ("hit", "target", "fire", "strike") \
                        and tok.pos_ == "VERB" and not _military_object(tok):
                    continue
                if family == "deploy" and lemma == "send" and not W["troops"].search(text):
                    continue
                if family == "agreement" and not re.search(
                        r"\b(?:sign|agree|reach|announc|broker|accept|declar)\w*",
                        text, re.IGNORECASE):
                    continue
                if family == "clash" and lemma in ("fight", "fighting") and _BACKGROUND.search(
                        text):
                    continue
                if family == "kill" and lemma in ("shoot", "gun") and not re.search(
                        r"\b(?:dead|killed|down|wounded|injured)\b", text, re.I):
                    continue
                if family in ("clash", "attack") and not _violent_context(text):
                    continue  # "fight against corruption", "attacked the proposal"
                if family == "protest" and not W["crowd"].search(text):
                    continue  # a government "protesting" a decision is not a protest event
                if _is_real(tok):
                    out.append(Trigger(family, tok.i, lemma))
    return out


def _violent_context(sentence: str) -> bool:
    """Fighting and attacks are events only among weapons, casualties or armed men."""
    return len(W["violence"].findall(sentence)) >= 1


def _takes_territory(tok: Any) -> bool:
    """'took control of', 'taken an area', 'took the town' — not 'took part', 'take time'."""
    words = " ".join(t.lower_ for t in tok.subtree)
    return bool(re.search(r"\b(?:control|town|village|city|area|territory|base|airport|hill|"
                          r"district|neighbou?rhood|positions?|villages|towns|region|road|"
                          r"highway|province)\b", words))


def _military_object(tok: Any) -> bool:
    words = " ".join(t.lower_ for t in tok.subtree)
    return bool(re.search(r"\b(?:targets?|positions?|bases?|convoys?|depots?|posts?|troops|"
                          r"soldiers|military|forces|fighters|militants|headquarters|"
                          r"sites?|camps?|vehicles?|tanks?|warplanes?)\b", words))


def choose(triggers: list[Trigger]) -> Trigger | None:
    if not triggers:
        return None
    return min(triggers, key=lambda t: (PRIORITY.index(t.family), t.token_i))


#: Killing verbs that ACLED codes as violence against civilians unless the dead were fighters.
_ONE_SIDED = {"murder", "massacre", "assassinate", "execute", "behead", "slaughter", "lynch",
              "slay"}


def classify(family: str, sentence: str, actor_kind: str | None, victims: str | None = None,
             lemma: str = "") -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a trigger family in its sentence. ``victims`` says who
    the sentence counts as killed or hurt ("civilian", "armed" or None): a one-sided attack on
    civilians is violence against civilians, fighting between armed men is a battle."""
    s = sentence
    if family == "territory":
        if actor_kind in ("armed_group",):
            return "Battles", "Non-state actor overtakes territory"
        return "Battles", "Government regains territory"
    if family in ("attack", "explosion", "kill"):
        if W["chemical"].search(s):
            return "Explosions/Remote violence", "Chemical weapon"
        if W["suicide"].search(s):
            return "Explosions/Remote violence", "Suicide bomb"
        if W["air"].search(s):
            return "Explosions/Remote violence", "Air/drone strike"
        if W["grenade"].search(s):
            return "Explosions/Remote violence", "Grenade"
        if W["shelling"].search(s):
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if family == "explosion" or W["ied"].search(s):
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if victims == "civilian" or (lemma in _ONE_SIDED and victims != "armed"):
            return "Violence against civilians", "Attack"
        if victims == "armed":
            return "Battles", "Armed clash"
        civilians = W["civilian_target"].search(s)
        armed = W["armed_target"].search(s)
        if civilians and not armed:
            return "Violence against civilians", "Attack"
        if family == "kill" and not armed:
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if family == "clash":
        return "Battles", "Armed clash"
    if family == "abduct":
        return "Violence against civilians", "Abduction/forced disappearance"
    if family == "sexual":
        return "Violence against civilians", "Sexual violence"
    if family == "protest":
        if W["lethal_force"].search(s):
            return "Protests", "Excessive force against protesters"
        if W["intervention"].search(s):
            return "Protests", "Protest with intervention"
        if re.search(r"\b(?:riot|violent|stones|torched|burned|smashed)\b", s, re.I):
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    if family == "riot":
        if re.search(r"\bloot|torch|ransack|vandal", s, re.I) and not re.search(
                r"\b(?:riot|protest)", s, re.I):
            return "Strategic developments", "Looting/property destruction"
        if re.search(r"\bmob\b", s, re.I):
            return "Riots", "Mob violence"
        return "Riots", "Violent demonstration"
    if family == "arrest":
        return "Strategic developments", "Arrests"
    if family == "agreement":
        return "Strategic developments", "Agreement"
    if family == "withdraw":
        return "Strategic developments", "Non-violent transfer of territory"
    if family == "deploy":
        return "Strategic developments", "Other"
    return None
