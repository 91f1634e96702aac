"""Who the people of an event are, as the parse of its sentence words them.

Our parties keep ACLED's names ("Protesters (Kenya)", "Civilians (Nigeria)", "Unidentified
Armed Group (Mali)": one per country, so they can be counted across articles); readers and
coders also know them by the story's own words, which become their aliases (the facts format's
other names of an entity):

* a protest's or riot's crowd (:func:`crowd_names`): "hundreds of teachers and public employees
  rallied" are *teachers and public employees*, "Residents of Tsafe blocked the highway"
  *residents of Tsafe*, "about 20 women who had gathered" *women* (and *women protesters*),
  "several thousand people marched" *marchers*, "a rally by around 200 students" *students*;
* the people an event hit (:func:`victim_names`): "abducted 287 pupils and teachers", "a bus
  carrying port workers";
* those who did it unnamed (:func:`doer_names`): "suspected armed herders killed 12".

Found where the parse puts them (the subject of a gathering verb, the object of a harming one,
the people a relative clause tells of) rather than by word patterns, which cannot see past
"students of Dhaka University and other institutions rallied". :func:`bare_forces_fight` tells
whether a sentence's fighting is done by forces it names only as "soldiers" or "the army".
"""

from __future__ import annotations

from typing import Any

#: Verbs by which a crowd gathers ("marched", "rallied", "staged a sit-in", "blocked the road").
_GATHER = frozenset({"march", "rally", "gather", "protest", "demonstrate", "stage", "block",
                     "converge", "assemble", "picket", "parade", "riot", "storm", "hold"})
#: Nouns of a gathering whose "by"/"of" names its crowd ("a rally by 200 students", "a
#: gathering of soldiers' wives").
_GATHERING = frozenset({"rally", "protest", "march", "demonstration", "gathering", "vigil",
                        "procession", "sit", "picket", "strike"})
#: Words that count a crowd rather than name it ("hundreds of women", "a group of students").
_COUNTING = frozenset({"hundred", "thousand", "dozen", "score", "ten", "crowd", "group",
                       "number", "handful", "lot", "many", "some", "several", "all", "most"})
#: People in general: named only with what qualifies them ("young people").
_GENERIC = frozenset({"people", "person", "persons", "man", "men", "others", "individual",
                      "individuals", "one", "those"})
#: Qualifiers that are no kind of people ("several hundred", "other institutions").
_NO_KIND = frozenset({"several", "other", "many", "some", "more", "most", "all", "about",
                      "around", "nearly", "over", "least", "few", "angry", "hundred", "thousand",
                      "dozen", "dozens", "hundreds", "thousands", "mostly", "own"})

_IRREGULAR_NUMBER = {"child": "children", "person": "people", "woman": "women", "man": "men"}


def other_number(noun: str) -> str:
    """The plural of a singular people noun, or the singular of a plural one: "farmer" ↔
    "farmers", "fisherman" ↔ "fishermen", "family" ↔ "families", "child" ↔ "children"."""
    for one, many in _IRREGULAR_NUMBER.items():
        if noun.endswith(many) and not noun.endswith(one):
            return noun[:-len(many)] + one
        if noun.endswith(one):
            return noun[:-len(one)] + many
    if noun.endswith("wives"):
        return noun[:-3] + "fe"
    if noun.endswith("wife"):
        return noun[:-2] + "ves"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun[:-1] if noun.endswith("s") else noun + "s"


def _singular(noun: str) -> str:
    """A plural people noun as a modifier ("students" → "student", "women" stays)."""
    if noun.endswith(("women", "men", "children", "people")):
        return noun
    return other_number(noun) if noun.endswith("s") else noun


def _counted(tok: Any) -> Any:
    """The people a counting word counts ("hundreds of teachers" → teachers, "tens of
    thousands of people" → people), else the word itself."""
    seen = 0
    while tok.lemma_.lower() in _COUNTING and seen < 3:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if pobj is None:
            return tok
        tok, seen = pobj, seen + 1
    return tok


def _qualified(tok: Any) -> str | None:
    """A people noun with the words right before it that say what kind they are ("public
    employees", "Irigwe youths", "unemployed graduates", "soldiers' wives"), or None when
    nothing qualifies it."""
    doc, j = tok.doc, tok.i - 1
    while j >= tok.sent.start and doc[j].dep_ in ("amod", "compound", "nmod", "poss", "case") \
            and doc[j].lower_ not in _NO_KIND and doc[j].pos_ not in ("NUM", "DET") \
            and tok.left_edge.i <= j:
        j -= 1
    if j == tok.i - 1:
        return None
    return doc[j + 1:tok.i + 1].text


def _people(tok: Any) -> bool:
    """Whether a token can name people in a crowd: a common noun, or a people's name
    ("Palestinians"), never a place or an organisation ("the opposition platform BRDC")."""
    return (tok.pos_ == "NOUN" and tok.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")) or (
        tok.pos_ == "PROPN" and tok.ent_type_ == "NORP")


def _governing(tok: Any) -> Any:
    """The people a noun belongs to in "supporters of the BRDC who had gathered", where the
    parse hangs the relative clause on the nearest noun."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return tok


def _names_of(tok: Any, marched: bool, crowd: bool = True) -> set[str]:
    """Names for the crowd a noun heads: the noun, its kind, its conjuncts, the place or
    party it is "of" ("residents of Tsafe", "supporters of the BRDC"), "<kind> protesters"."""
    tok = _counted(tok)
    if not _people(tok) or not (crowd or _known_people(tok)):
        return set()
    heads = [tok, *(c for c in tok.conjuncts if _people(c) and (crowd or _known_people(c)))]
    names: set[str] = set()
    for head in heads:
        low = head.lower_
        qualified = _qualified(head)
        # (a crowd of "men" is no kind of crowd; men killed are the "Men (Habila)" of coders)
        if low not in _GENERIC or (not crowd and low in ("man", "men")):
            names |= {low, other_number(low)}
            if crowd:
                names |= {f"{_singular(low)} protesters", f"protesting {low}"}
            if marched:
                names.add(f"{_singular(low)} marchers")
        if qualified is not None:
            q = qualified
            names.add(q)
            if crowd and low in _GENERIC:  # "young people" are "young protesters"
                names.add(f"{q.rsplit(' ', 1)[0]} protesters")
    if len(heads) > 1:  # "teachers and public employees", "traders and transporters"
        first = min((c for c in tok.lefts if c.dep_ in ("amod", "compound")
                     and c.lower_ not in _NO_KIND), key=lambda c: c.i, default=tok)
        last = heads[-1]
        names.add(tok.doc[first.i:last.i + 1].text)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.i - tok.i > 8:
                continue
            # "residents of Tsafe", "relatives of missing people", "supporters of the ruling
            # military council" (and "BRDC supporters" for "supporters of … BRDC")
            names.add(f"{tok.text} {prep.lower_} "
                      f"{tok.doc[prep.i + 1:pobj.i + 1].text}".replace(" the ", " "))
            party = [t for t in pobj.subtree if t.pos_ == "PROPN"]
            if crowd and party and tok.lower_ in ("supporters", "members", "activists"):
                names.add(f"{party[-1].text} {tok.lower_}")
    return names


def crowd_names(sent: Any) -> set[str]:
    """What a sentence calls the crowd that gathers, marches or riots in it (empty when it
    tells no gathering by a crowd the parse can find)."""
    names: set[str] = set()
    marched = any(t.lemma_.lower() == "march" for t in sent)
    crowds = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _GATHER and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "relcl":
                subj = _governing(tok.head)  # "about 20 women who had gathered"
            elif subj is None and tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
                subj = _governing(tok.head)  # "hundreds of students marching towards …"
            if subj is not None:
                crowds.append(subj)
        elif lemma in _GATHERING and tok.pos_ == "NOUN":
            # "a gathering of soldiers' wives", "broke up a rally by around 200 students"
            after = tok.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
            preps = [c for c in tok.children if c.dep_ == "prep"] + (
                [after] if after is not None and after.dep_ == "prep" else [])
            crowds += [c for prep in preps if prep.lower_ in ("by", "of")
                       for c in prep.children if c.dep_ == "pobj"]
    for crowd in crowds:
        names |= _names_of(crowd, marched)
    if marched and any(_people(_counted(c)) for c in crowds):
        names.add("marchers")  # "several thousand people marched"
    return names


#: Verbs whose object, or whose subject in the passive, is whom an occurrence hit ("abducted
#: 287 pupils and teachers", "residents of Jaramana were wounded").
_HARM = frozenset({"kill", "abduct", "kidnap", "attack", "arrest", "detain", "injure", "wound",
                   "shoot", "massacre", "execute", "behead", "hit", "target", "seize", "round",
                   "hurt", "murder", "slaughter", "hack", "burn", "torture", "rape", "beat",
                   "assault", "ambush", "take", "grab", "snatch", "hold", "capture",
                   # (and whom what was hit held: "a bus carrying port workers", "a school
                   # sheltering displaced families")
                   "carry", "shelter", "house", "host", "transport"})
#: Nouns of an occurrence whose "of"/"on" names whom it hit ("the abduction of 20 women").
_HARMING = frozenset({"attack", "abduction", "kidnapping", "killing", "arrest", "detention",
                      "massacre", "execution", "murder", "shooting", "strike", "assault"})
#: People a victim can be named as: the nouns, or their plural, a story counts the hit by
#: (a strike's object is as often a thing, "hit a school", which names no one).
_PEOPLE_WORDS = """
worker villager resident civilian passenger farmer herder fisherman fishermen trader vendor
shopkeeper merchant student pupil schoolchild schoolchildren schoolgirl schoolboy teacher
lecturer doctor nurse medic paramedic patient journalist reporter photographer cameraman
worshipper worshiper pilgrim priest nun monk pastor imam cleric missionary seminarian child
children boy girl teenager baby infant woman women man men people person family families
relative parent mother father wife husband son daughter brother sister elder chief ruler
politician lawmaker councillor councilor activist protester demonstrator migrant refugee
miner driver motorist motorcyclist rider commuter traveller traveler tourist guest customer
shopper mourner employee staff staffer crew sailor seafarer engineer contractor labourer
laborer guard watchman inhabitant local youth supporter voter candidate peasant settler
colonist detainee prisoner inmate suspect hostage captive victim survivor informant
collaborator volunteer official officer member leader delegate observer christian muslim
"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())


def _known_people(tok: Any) -> bool:
    low = tok.lower_
    return tok.pos_ == "PROPN" or low in _PEOPLE or other_number(low) in _PEOPLE


def victim_names(sent: Any) -> set[str]:
    """What a sentence calls the people its occurrence hit ("287 pupils and teachers",
    "residents of Jaramana", "port workers"), for the civilians an event names no better."""
    names: set[str] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _HARM and tok.pos_ == "VERB":
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            hit = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not hit and tok.dep_ in ("acl", "relcl") and (passive or tok.tag_ == "VBN"):
                hit = [_governing(tok.head)]  # "passengers abducted on the highway"
        elif lemma in _HARMING and tok.pos_ == "NOUN":
            hit = [c for prep in tok.children if prep.dep_ == "prep"
                   and prep.lower_ in ("of", "on") for c in prep.children if c.dep_ == "pobj"]
        else:
            continue
        for who in hit:
            names |= _names_of(who, False, crowd=False)
    return names


#: Nouns for those who do violence without a name of their own ("gunmen", "suspected armed
#: herders", "bandits on motorcycles"); a named party needs no such words.
_DOER_WORDS = """
gunman gunmen attacker assailant militant insurgent bandit herder herdsman herdsmen kidnapper
abductor jihadist fighter rebel militiaman militiamen militia gang gangster arsonist raider
terrorist extremist separatist hitman hitmen assassin bomber man men youth
"""
_DOERS = frozenset(_DOER_WORDS.split())


def _doer(tok: Any) -> bool:
    low = tok.lower_
    return tok.pos_ == "NOUN" and (low in _DOERS or other_number(low) in _DOERS)


def doer_names(sent: Any) -> dict[str, set[str]]:
    """What a sentence calls those who did its violence, by their noun ("herders": {"herders",
    "suspected armed herders", …}): the subject of a harming verb, or the agent of a passive
    one ("abducted by bandits")."""
    found: dict[str, set[str]] = {}
    for tok in sent:
        if tok.lemma_.lower() not in _HARM or tok.pos_ != "VERB":
            continue
        if any(c.dep_ == "auxpass" for c in tok.children):
            doers = [o for c in tok.children if c.dep_ == "agent"
                     for o in c.children if o.dep_ == "pobj"]
        else:
            doers = [c for c in tok.children if c.dep_ == "nsubj"]
        for who in doers:
            who = _counted(who)
            for head in (who, *who.conjuncts):
                qualified = _qualified(head)
                kind = qualified.split()[:-1] if qualified else []
                # ("gang members": those of a kind of doers)
                if not (_doer(head) or any(w.lower() in _DOERS for w in kind)) \
                        or head.lower_ in ("man", "men", "youth"):
                    continue
                low = head.lower_
                names = {low, other_number(low)}
                if qualified is not None:
                    names.add(qualified)
                found.setdefault(low, set()).update(names)
    return found


#: A force told by its bare word: "soldiers", "troops", "the army", "security forces".
_BARE_FORCES = frozenset({"soldiers", "troops", "army", "military", "forces"})
#: Verbs by which a force fights: "soldiers clashed with …", "the army repelled an attack".
_FIGHT = frozenset({"clash", "battle", "fight", "repel", "repulse", "engage", "exchange",
                    "kill", "neutralise", "neutralize", "ambush", "attack", "raid", "storm",
                    "recapture", "retake", "capture", "push", "rout", "overrun", "free",
                    "rescue", "eliminate"})


def bare_forces_fight(sent: Any) -> bool:
    """Whether the sentence's fighting is done by a force it names only by its bare word
    ("soldiers clashed with CJNG gunmen", "security forces killed eight militants", "the army
    said its forces repelled a Houthi attack"), no country or owner told in the phrase."""
    for tok in sent:
        if tok.lemma_.lower() not in _FIGHT or tok.pos_ != "VERB" or any(
                c.dep_ == "auxpass" for c in tok.children):
            continue
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            if subj.lower_ not in _BARE_FORCES:
                continue
            owner = [c for c in subj.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                     and c.lower_ not in ("security", "its", "our", "government", "regular")]
            if not owner and not any(c.dep_ == "prep" and c.lower_ == "of"
                                     for c in subj.children):
                return True
    return False
