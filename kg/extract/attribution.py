"""Who says so: speech and claim verbs, their speakers, and the certainty they imply.

"X said", "according to X", "X claimed", "X boasted". A party to the fight (a ministry, an army,
an armed group, a country) that states a figure *claims* it; a monitor, agency or journalist
*reports* it; no source means the article *asserts* it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

SPEECH = {"say", "tell", "report", "announce", "state", "confirm", "add", "note", "declare",
          "accord", "according", "reveal", "publish", "write", "quote", "cite", "document"}
CLAIM = {"claim", "boast", "allege", "insist", "assert"}
PARTY_KINDS = {"government_body", "state_force", "armed_group", "country"}
#: News media and wire services: they report events, they are never parties to them.
MEDIA = re.compile(
    r"\b(?:news|newspaper|times|post|herald|tribune|gazette|journal|telegraph|guardian|"
    r"television|tv|radio|broadcast\w*|newscast|channel|press|reuters|associated press|afp|"
    r"agence france|xinhua|tass|interfax|ria novosti|sputnik|anadolu|al[- ]jazeera|al[- ]arabiya|"
    r"al[- ]monitor|bbc|cnn|voa|voice of america|sana|irna|yonhap|kyodo|dpa|efe|ansa|ap|"
    r"upi|bloomberg|sky|fox|nbc|cbs|abc|pbs|npr|rfe|rferl|radio free|ukrinform|unian|kyiv "
    r"independent|haaretz|wafa|middle east eye|e&t|magazine|wire|agency press|telegram|"
    r"facebook|twitter|x\.com|instagram|youtube|tiktok|whatsapp|social media|"
    # outlets of the regional press that name no actor ("Indian Express", "DW", "Dabanga")
    r"express|dw|deutsche welle|france ?24|rfi|dabanga|mizzima|irrawaddy|punch|vanguard|"
    r"daily|dawn|observer|standard|chronicle|courier|africanews|allafrica|kyiv post|pravda|"
    r"meduza|naharnet|l'orient|"
    # state news agencies known by their initials ("the Saudi state news agency SPA")
    r"spa|wam|qna|kuna|mena|petra|saba|ina|irib|isna|tasnim|mehr|bernama|antara|"
    r"pna|ena|apa|aps)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    certainty: str  # asserted | reported | claimed
    speaker_token: int | None  # token index of the speaker's head, if any


def attribute(sent: Any) -> Attribution:
    """The attribution of a sentence: the strongest speech/claim verb and its subject."""
    best: Attribution | None = None
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in CLAIM and tok.pos_ == "VERB":
            return Attribution("claimed", _speaker(tok))
        if lemma in SPEECH and tok.pos_ in ("VERB",) and best is None:
            best = Attribution("reported", _speaker(tok))
        if tok.lower_ == "according" and tok.nbor(1).lower_ == "to" if tok.i + 1 < len(
                tok.doc) else False:
            objs = [c for c in tok.nbor(1).children if c.dep_ == "pobj"]
            best = Attribution("reported", objs[0].i if objs else None)
    if best is None and re.search(r"\b(?:reportedly|allegedly|reported(?:ly)?\s+killed)\b",
                                  sent.text, re.IGNORECASE):
        return Attribution("asserted", None)
    return best or Attribution("asserted", None)


def _speaker(verb: Any) -> int | None:
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        # with two subjects (a misparse of "…11 people in X, a local official said"), the
        # speaker is the one nearest before the verb
        before = [i for i in subjects if i < verb.i]
        return max(before) if before else subjects[0]
    # the parser often loses the subject of a trailing "…, governor Oleh Syniehubov said":
    # take the name right before the verb
    j = verb.i - 1
    while j >= verb.sent.start and verb.doc[j].pos_ in ("ADV", "AUX"):
        j -= 1
    if j >= verb.sent.start and verb.doc[j].pos_ in ("PROPN", "NOUN"):
        return j
    return None
