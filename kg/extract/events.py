"""Event detection and typing: trigger words in context → ACLED event and sub-event types.

A trigger is a verb or noun (by lemma) in a dependency parse; the sentence around it decides the
sub-type (weapons named, who did it, who suffered). Triggers that report no real occurrence are
dropped: negated ones, ones under a modal or an intention ("is attempting to reassert control",
"only a few kilometres from seizing"), compound modifiers ("battle areas") and background
("fighting is ongoing"). One event per sentence: the most specific trigger wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

# family → lemmas (verbs and nouns)
TRIGGERS: dict[str, set[str]] = {
    # ("retook": the parser's lemma of an irregular past it does not know)
    "territory": {"seize", "capture", "retake", "retook", "recapture", "overrun", "liberate",
                  "liberation", "regain", "conquer", "storm", "take", "fall", "occupy"},
    "clash": {"clash", "fight", "fighting", "battle", "firefight", "skirmish", "gunfight",
              "gunbattle", "shootout", "confrontation", "engagement", "exchange"},
    "attack": {"attack", "assault", "raid", "ambush", "offensive", "strike", "hit", "target",
               "bombard", "pound", "shell", "shelling", "bombing", "bomb", "airstrike",
               "air-strike", "strafe", "fire", "retaliate", "launch", "drop", "ram", "lob",
               "hurl", "throw", "toss"},
    "explosion": {"explode", "explosion", "blast", "detonate", "detonation", "ied", "blow",
                  "landmine"},
    "kill": {"kill", "execute", "massacre", "murder", "assassinate", "behead", "slay", "shoot",
             "gun", "slaughter", "lynch", "assassination", "killing", "shooting", "stabbing",
             "stab", "slaying", "beheading", "execution", "body"},
    "intercept": {"intercept", "interception", "defuse", "thwart", "foil", "down",
                  "neutralize", "neutralise", "destroy"},  # (destroyed by air defences only)
    "abduct": {"abduct", "kidnap", "abduction", "kidnapping", "hostage"},
    "sexual": {"rape", "sexually"},
    "protest": {"protest", "demonstrate", "demonstration", "rally", "march", "sit-in", "vigil",
                "protester", "demonstrator", "human chain", "picket"},
    "riot": {"riot", "rioter", "mob", "loot", "looting", "torch", "vandalize", "vandalise",
             "ransack"},
    "destroy": {"set", "burn", "raze", "torch", "demolish"},
    "arrest": {"arrest", "detain", "apprehend"},
    "agreement": {"ceasefire", "truce", "agreement", "accord", "deal", "pact"},
    "deploy": {"deploy", "send", "dispatch", "reinforce", "deployment", "mobilize"},
    "withdraw": {"withdraw", "withdrawal", "retreat", "evacuate"},
}
#: People led to safety, whose evacuation is no withdrawal of forces.
_EVACUATED_PEOPLE = {"mp", "mps", "lawmaker", "legislator", "senator", "deputy", "minister",
                     "official", "staff", "diplomat", "employee", "worker", "journalist",
                     "patient", "student", "pupil", "tourist", "passenger", "member", "guest",
                     "delegate", "delegation", "family", "resident", "villager", "people"}
#: Every trigger word of every family.
_ALL_TRIGGER_WORDS = frozenset(w for words in TRIGGERS.values() for w in words)
#: The families each trigger word belongs to, in :data:`TRIGGERS`' order (looked up once per
#: token instead of testing every family's set).
_FAMILIES_OF: dict[str, tuple[str, ...]] = {
    w: tuple(f for f, words in TRIGGERS.items() if w in words) for w in _ALL_TRIGGER_WORDS}
PRIORITY = ("territory", "explosion", "attack", "clash", "intercept", "kill", "abduct", "sexual",
            "riot", "destroy", "protest", "arrest", "agreement", "withdraw", "base", "change",
            "deploy")

_WORDS = {
    "chemical": r"chemical|chlorine|sarin|toxic gas|nerve agent|mustard gas",
    "suicide": r"suicide|blew (?:himself|herself|themselves) up|self-detonat|"
               # "a third bomber rammed a car into the Shalom Church"
               r"bombers?\s+(?:rammed|drove|crashed|ploughed|plowed)\b|"
               # "she detonated the explosives strapped to her body"
               r"(?:explosives?|bombs?|devices?|vests?|belts?)\s+strapped\s+to\s+"
               r"(?:his|her|their)\s+bod(?:y|ies)\b|"
               r"detonated\s+(?:his|her|their)\s+(?:explosive\s+|suicide\s+)?(?:vests?|belts?)",
    "air": r"air ?strikes?|air raids?|air-strikes?|warplanes?|jets?|aircraft|helicopters?|"
           r"drones?|uavs?|aerial|air force|airstrikes|gunships?|air\s+interdictions?|"
           # (aircraft bombers by their type; not people: "not counting the two bombers")
           r"(?:strategic|heavy|long-range|stealth|jet|fighter|kfir|tupolev|sukhoi|"
           r"[a-z]{1,3}-?\d+[a-z]*)\s+bombers?|bombers\s+(?:take|took|flew|flown|dropped)|"
           # (Myanmar's junta bombs from motorised paragliders)
           r"(?:para|power\s?)gliders?|paramotors?|"
           r"(?:glide|guided|barrel|air-dropped|airdropped)\s+bombs?",  # dropped from the air
    # (not "tear gas shells": for a crowd)
    "shelling": r"(?<!gas )(?<!teargas )shell(?:s|ed|ing)?|artillery|mortars?|rockets?|"
                # ("hit 115 targets in Syria": what a state's guns hit; not "positions",
                # which fighters attack on foot)
                r"missiles?|howitzers?|barrages?|bombard\w*|tank fire|grad|katyusha|targets? in|"
                # "two projectiles were fired from the Khan Younis area towards Ashkelon"
                # (not stones, bottles and other projectiles a crowd throws)
                r"projectiles?(?=\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
                r"(?:fired|launched))|(?:fired|launched)\s+(?:[\w-]+\s+){0,3}?projectiles?",
    # (not "rocket-propelled grenade fire": a direct-fire weapon of a gunfight)
    "grenade": r"(?<!propelled )(?<!propelled-)grenades?(?![\s-]+launchers?)",
    "ied": r"ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|"
           # a mine, not a gold mine or a mine's tunnel
           r"(?<!gold )(?<!coal )(?<!copper )(?<!diamond )(?<!iron )(?<!salt )(?<!mining )"
           r"(?<!cobalt )\bmines?\b(?!\s+(?:tunnels?|shafts?|sites?|workers?|owners?|pits?))|"
           r"car bombs?|(?<!mock )(?<!smoke )bombs?|explosive devices?|booby|explosives?|vbied|"
           r"bomb-laden",
    "civilian_target": r"civilians?|villagers?|residents?|worshippers?|passengers?|students?|"
                       r"peasants?|"
                       r"farmers?|women|woman|children|shoppers?|pilgrims?|market|mosque|church|"
                       r"school|hospital|wedding|funeral|bus|homes?|houses?|journalists?|"
                       r"aid workers?|motorists?|"
                       # (a crowd attacked by armed men: "gunmen attacked protesters")
                       r"protesters?|demonstrators?|marchers?|"
                       r"villages?|hamlets?|communit(?:y|ies)|"
                       r"priests?|teachers?|family|families|people|miners?|labou?rers?|"
                       r"herders?|fishermen|traders?|merchants?|vendors?|drivers?|shepherds?|"
                       r"employees?|scholars?|clerics?|imams?|pastors?|monks?|elders?|"
                       r"chiefs?|activists?|lawyers?|judges?|doctors?|nurses?|engineers?|"
                       r"businessm[ae]n|shopkeepers?|politicians?|candidates?|councillors?|"
                       # (a crowd come for aid: "crowds of Palestinians waiting for food")
                       r"aid[- ]seekers?|crowds?\s+(?:of\s+[\w-]+\s+)?(?:waiting|queu\w*|seeking)|"
                       # (the displaced and their camps: "attacked the Plaine Savo displacement
                       # site", "an IDP camp")
                       r"displacement\s+(?:sites?|camps?)|idps?|internally\s+displaced|"
                       r"displaced\s+(?:people|persons|families)|"
                       # (goods and travellers on the road: "ambushed a commercial truck")
                       r"commercial\s+(?:trucks?|vehicles?|lorr(?:y|ies)|buses|convoys?)|"
                       r"lorr(?:y|ies)|minibus(?:es)?|taxis?",
    "armed_target": r"soldiers?|troops?|army|military|police(?:men)?|checkpoints?|bases?|"
                    r"convoys?|patrols?|barracks|garrison|militants?|rebels?|fighters?|"
                    r"insurgents?|positions?|forces|outposts?|security|terrorists?|"
                    r"separatists?|jihadists?|extremists?|guerrillas?|combatants?|bunkers?|"
                    # India's Maoist insurgents and their cadres; armed gangs
                    r"maoists?|naxal(?:ite)?s?|cadres?|gangs?|gangsters?|"
                    # armed auxiliaries: "a bunker manned by village volunteers"
                    r"village\s+(?:defen[cs]e\s+)?(?:volunteers?|guards?)|vdps?|"
                    r"vigilantes?|militias?|defen[cs]e\s+volunteers?|"
                    # Pakistan's word for the militants it fights, and Balochistan's Levies
                    # force; armour and its crews
                    r"khwarij|khawarij|kharijis?|levies|tanks?|armou?red\s+vehicles?|"
                    # (a unit by its arm: "the Luhansk airport, held by Ukrainian paratroopers")
                    r"paratroopers?|marines|servicem[ae]n|commandos?|gendarmes?|gendarmerie",
    "perpetrator_irregular": r"gunmen|unknown assailants|unidentified|attackers|militiamen|"
                             r"bandits|mob|armed men",
    "intercepted": r"drones?|missiles?|rockets?|uavs?|shaheds?|projectiles?|aircraft|jets?|"
                   r"unmanned aerial vehicles?|quadcopters?|"
                   r"helicopters?|planes?|bombs?|explosives?|ieds?|attacks?\b|plots?\b|"
                   r"warheads?|targets",  # "attack", not "the attackers" ("neutralised" them)
    # (not a crowd that "dispersed peacefully" of its own accord)
    "intervention": r"tear[\s-]gas\w*|dispers\w+\b(?!\s+(?:(?:after|within|at|by)\s+"
                    # ("the rally dispersed after about two hours without incident")
                    r"[^.,;]{1,30}?\s+)?(?:peacefully|quietly|calmly|"
                    r"without\s+incident|on\s+(?:their|its)\s+own))|rubber bullets|"
                    r"water cannons?|baton|clashed with police|pepper spray|stun grenades|"
                    r"(?:gas\s+)?canisters",
    "lethal_force": r"(?:police|(?<!rebel\s)(?<!militia\s)forces|troops|soldiers)\s+"
                    r"(?:\w+\s+){0,3}(?:opened fire|shot|killed|fired live)",
    "troops": r"troops|soldiers|forces|reinforcements|military vehicles|tanks|convoy",
    "crowd": r"protesters?|demonstrators?|rall(?:y|ies)|marche[sd]|marching|crowds?|thousands|"
             r"hundreds|dozens|gathered|took to the streets|sit-in|chanting|placards|students",
    "violence": r"killed|killing|dead|died|deaths?|terroris\w*|wounded|wounding|injured|"
                r"injuring|casualt\w*|gunfire|"
                r"gunmen|shot|shooting|"
                r"fire[ds]?\b|bomb\w*|explosi\w*|blast|rockets?|missiles?|shell\w*|artillery|"
                r"mortars?|air ?strikes?|drones?|troops|soldiers|army|militants?|rebels?|"
                r"insurgents?|fighters?|forces|police|militia\w*|jihadists?|weapons?|armed|"
                r"guns?|rifles?|grenades?|ied|raid\w*|ambush\w*|checkpoint|attackers?|"
                r"assailants?|hostages?|clash\w*|targets|retaliat\w*|struck|offensive|"
                r"military|jets?|warplanes?|aircraft|helicopters?|tanks?|positions|"
                # armed men by their trade: "The bandits attacked Kanoma on Sunday"
                # (not "gangs": "help in fighting the gangs" is a policy)
                r"bandits?|gunman|kidnappers?|raiders|pirates|"
                # "Israeli settlers attacked farmers near Turmusayya"
                r"settlers|"
                # a crowd's own weapons: "angry youths attacked journalists …, pelting them
                # with stones", "a mob armed with machetes"
                r"stones|stoned|pelt(?:ed|ing)|machetes?|lynch\w*|mobs?|"
                # a military government's forces, and an attack beaten back: "The TNLA
                # repelled a junta attack near Mogok"
                r"junta|repel(?:led|s)?|"
                # fighting told going on somewhere: "Heavy fighting continued on Friday in
                # Lashkar Gah" (not "the fight against corruption")
                r"(?:heavy|fierce|intense|bitter)\s+fighting|"
                r"fighting\s+(?:raged|erupted|broke\s+out)",
}
W = {k: re.compile(rf"\b(?:{v})", re.IGNORECASE) for k, v in _WORDS.items()}
#: A suicide attacker told: what ACLED types a bombing by, whatever else the attack was (the
#: pipeline retypes an attack told again by one).
SUICIDE = W["suicide"]
# whole words for who was hit: "bus" is not "Bushehr" nor "business", "army" not "armyworm"
W["civilian_target"] = re.compile(rf"\b(?:{_WORDS['civilian_target']})\b", re.IGNORECASE)
W["armed_target"] = re.compile(rf"\b(?:{_WORDS['armed_target']})\b", re.IGNORECASE)
_MODALS = {"will", "would", "could", "might", "may", "should", "must", "can", "shall"}
#: What an occurrence is said to bring about when it is only weighed: "would cause a
#: catastrophe", "could trigger a new exodus".
_CONSEQUENCES = {"cause", "create", "trigger", "spark", "provoke", "drive", "lead", "result",
                 "mean", "risk", "endanger", "threaten", "worsen", "deepen", "unleash",
                 "precipitate", "plunge", "force", "undermine", "derail", "jeopardize",
                 "jeopardise"}
_INTENT = {"attempt", "try", "plan", "want", "aim", "seek", "threaten", "vow", "intend",
           "prepare", "hope", "expect", "likely", "prevent", "stop", "avoid", "fail", "refuse",
           "deny", "warn", "call", "urge", "demand", "order", "ask", "push", "struggle",
           "fear", "worry", "risk", "mean"}
#: Verbs of asking someone to act: "called on residents to observe …", "urged people to join".
_CALLS_ON = {"call", "urge", "appeal", "ask", "invite", "encourage"}


def _called_on_to_do(tok: Any) -> bool:
    """Whether the word is part of what someone is asked to do: under an infinitive clause of
    "call on"/"urge"/"appeal to" ("called on residents to observe a day of 'dead city' … to
    protest against the killings")."""
    node = tok
    for _ in range(8):
        head = node.head
        if head == node:
            return False
        if node.dep_ == "xcomp" and head.lemma_.lower() in _CALLS_ON and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True
        node = head
    return False


#: Words dating a deed to a day of the news: "on Saturday", "yesterday", "overnight".
_DAYS_TOLD = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "overnight", "tonight"}
def _a_day_s_deed_accused(verb: Any, deed: Any) -> bool:
    """"accused soldiers of setting fire to 30 houses on Saturday": a deed of a day of the news,
    told as others accuse (a court's or a party's charge names no day: "accused of attacking")."""
    return verb.lemma_.lower() == "accuse" and any(t.lower_ in _DAYS_TOLD for t in deed.subtree)


#: Verbs of courts and police: what they charge someone with is told elsewhere, if at all.
_CHARGED = {"charge", "accuse", "convict", "sentence", "suspect", "indict", "acquit", "try",
            "prosecute", "jail", "imprison"}
#: Verbs whose object did not happen: a foiled, prevented or planned attack.
#: Verbs of rules that permit or forbid: what they allow is no occurrence.
_ALLOWED = {"allow", "permit", "authorize", "authorise", "ban", "forbid", "prohibit", "outlaw"}
_AVERTED = {"foil", "thwart", "prevent", "avert", "plan", "plot", "stop", "fear", "threaten",
            "intend", "prepare",
            # (asked for, not done: "the agreement that required the withdrawal of foreign
            # forces")
            "require", "demand", "urge", "request",
            # (talked of, not done: "the committee discussed the withdrawal of foreign
            # fighters")
            "discuss", "negotiate", "debate", "propose",
            # ("U.S. officials said they were considering air strikes against ISIS")
            "consider", "contemplate", "weigh"}
#: Verbs of carrying on a campaign: "presses an offensive", "wages war".
_WAGED = {"press", "wage", "pursue", "prosecute", "sustain"}
#: Families whose triggers report violence (their background mentions are not events).
VIOLENT_FAMILIES = frozenset({"territory", "clash", "attack", "explosion", "kill"})
#: A period summed up: "over the past year", "in the last six months".
PERIOD = re.compile(r"\b(?:over|in|during|throughout) the (?:past|last) (?:\w+ )?"
                    r"(?:decades?|years?|months?)\b", re.IGNORECASE)
#: How the war's background is told: ongoing, continuing, for years, since 2011.
BACKGROUND = re.compile(r"\b(?:ongoing|continu\w*|persist\w*|escalat\w*|spread|rag(?:e|ing)|"
                        r"ha(?:s|ve) been (?:fighting|battling|waging)|"
                        r"for (?:(?:nearly|almost|more than|over|about|some) )?(?:\w+ )?"
                        r"(?:years|decades?)|"
                        r"(?:recurrent|repeated|frequent|sporadic|periodic|regular) (?:armed )?"
                        r"(?:clashes|fighting|attacks|raids|violence|strikes|shelling)|"
                        r"ha(?:s|ve) (?:witnessed|seen|experienced|suffered) (?!(?:a|an|the)\b)|"
                        r"(?:says|say|said) (?:it|they) (?:is|are|was|were) (?:fighting|battling)|"
                        r"since \d{4}|over the years|in recent years|"
                        # ("Russian troops regularly pound towns along the Sumy border")
                        r"(?:regularly|routinely|frequently|often)\s+\w+|"
                        # ("Fano … has clashed with the army since April")
                        r"ha(?:s|ve)\s+(?:been\s+)?\w+ed\b[^.;]{0,60}?\bsince\s+(?:(?:early|"
                        r"late|mid)[\s-]+)?(?:january|february|march|april|may|june|july|"
                        r"august|september|october|november|december)\b|"
                        r"during the (?:\w+ )?(?:war|conflict|insurgency))\b|" + PERIOD.pattern,
                        re.IGNORECASE)
#: Fighting that went on through one day told ("Fighting continued throughout Saturday in
#: the centre of the city", "fighting continued on Sunday"): that day's battle, not the war
#: going on (but not "fighting has continued since Friday").
_A_DAY_GOES_ON = re.compile(r"\b[Ff]ighting\s+continued\s+(?:on|throughout|into|through)\s+"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                            # … or dated anywhere in its sentence: "Heavy fighting continued
                            # today around Ain Zara", "Earlier on Friday, fighting continued
                            # near the villages of Ak-Sai and Kok-Tash" (not "fighting has
                            # continued in Masisi": the war's standing)
                            r"|^(?=.*\b[Ff]ighting\s+(?:continued|raged)\b)(?=.*\b(?:today|"
                            r"tonight|yesterday|this\s+(?:morning|afternoon|evening)|"
                            r"(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday))\b)")


#: Modifiers that make a plural trigger a pattern rather than an occurrence ("frequent attacks",
#: "previous terrorist attacks", "numerous bombings").
_HABITUAL = {"numerous", "frequent", "repeated", "recent", "previous", "past", "sporadic",
             "occasional", "regular", "countless", "such", "similar", "future", "possible",
             "potential", "further", "more", "many", "periodic", "routine", "earlier", "other",
             "various", "multiple", "intensified", "increased", "intensifying", "escalating",
             "growing", "mounting", "daily", "nightly", "constant", "relentless", "persistent",
             "incessant"}
#: Nouns that make what they govern a pattern, risk or plan ("a spate of attacks", "the threat
#: of airstrikes", "the prospect of terrorists ... launching attacks").
_NOT_AN_OCCURRENCE = {"spate", "series", "wave", "string", "history", "number", "threat",
                      "risk", "fear", "prospect", "possibility", "danger", "plot", "plan",
                      "capability", "capacity", "ability", "campaign", "cycle", "pattern",
                      "rise", "surge", "increase", "decline", "prevention", "fears", "concern",
                      "mastermind",  # "the mastermind of several kidnappings": his record
                      "planning", "plotting", "preparation", "afraid", "scared", "fearful",
                      "terrified",
                      "cost"}  # "raises the political cost of a full assault": what it would be
#: Modifiers by which a mass noun tells a habit: "daily shelling", "constant bombardment".
_EVERY_DAY = {"daily", "nightly", "constant", "incessant", "relentless", "persistent",
              "regular", "frequent", "repeated", "sporadic", "occasional", "periodic",
              "routine", "near-daily"}
#: A note to readers about the page, not news: "Editor's note:", "Correction:".
_NOTE_TO_READERS = re.compile(r"\s*(?:editor['’]s\s+note|correction|clarification)\s*:",
                              re.IGNORECASE)
#: A sentence telling that something happens again and again, not that it happened.
_RECURRENCE = re.compile(r"\bnot (?:for )?the first time\b", re.IGNORECASE)
#: A sentence telling of an ordinary crime, which ACLED does not code: a man who killed his
#: wife or neighbour, a quarrel over a fare or a debt, a killing the police call a personal
#: matter or a common crime, a robbery resisted, a cash-in-transit van, a motorbike stolen
#: ("Separately, a tricycle driver was shot dead … by a man who had quarreled with him over a
#: fare"). Told beside a story of political or communal violence, it is none of it.
_ORDINARY_CRIME = re.compile(
    r"\b(?:man|woman|husband|suspect)\s+who\s+(?:allegedly\s+|had\s+)?(?:shot|stabbed|hacked|"
    r"killed|murdered|beat)\s+(?:dead\s+)?(?:his|her)\s+(?:wife|husband|neighbou?r|cousin|"
    r"brother|sister|father|mother|son|daughter|girlfriend|boyfriend)\b"
    r"|\bquarrel(?:l?ed)?\b[^.]{0,30}\bover\s+(?:an?\s+|the\s+)?(?:fare|debt|loan|money|goat|"
    r"cow|phone|bill|borrowed)\b"
    r"|\bpersonal\s+(?:matter|dispute|feud|grudge)\b|\b(?:common|ordinary)\s+crime\b"
    r"|\bresisting\s+(?:a\s+)?robbery\b|\bcash-in-transit\b"
    r"|\btried\s+to\s+steal\s+(?:his|her|their)\b"
    r"|\brobbed\s+(?:an?|the)\s+[\w\s-]{0,30}?\s+of\s+(?:his|her|their)\b", re.IGNORECASE)
#: Nouns that name what was just told when a story goes on to set it in context: "The attacks
#: come as efforts to end the war have stalled".
_TOLD_OCCURRENCES = {"attack", "strike", "airstrike", "raid", "killing", "violence", "fighting",
                     "clash", "offensive", "assault", "bombing", "shelling", "abduction",
                     "kidnapping", "incident", "ambush", "massacre", "escalation", "unrest",
                     "explosion", "blast", "protest", "arrest", "attacks", "strikes", "clashes",
                     "raids", "killings"}
#: Words opening what a told occurrence "comes" amid: the wider situation, never a day's news
#: (not "after", which often tells an earlier occurrence of its own: "The strike came days
#: after M23 fighters seized Rubaya").
_AMID_WORDS = {"as", "amid", "amidst", "while", "despite", "ahead", "during"}
#: Spans of time a war is counted in: "years of bombing" is its length, not one bombing.
_LONG_SPANS = {"year", "decade", "month"}
#: Predicates that describe how common something is ("kidnappings are commonplace").
_PREVALENCE = {"common", "commonplace", "rare", "frequent", "routine", "widespread", "regular",
               "rampant", "endemic", "prevalent", "typical", "usual"}
#: Participles that describe what a thing is like after the fact: "looted homes".
_STATES_OF_THINGS = {"loot", "destroy", "burn", "torch", "raze", "ransack", "vandalize",
                     "vandalise", "damage", "bomb", "shell"}
#: Verbs of keeping a record: what "has been documented" is a tally, not one event.
_DOCUMENTED = {"document", "record", "register", "verify", "catalogue", "catalog", "count"}
#: Verbs that tell how a kind of event develops over time, not that one happened.
_TREND = {"accelerate", "increase", "rise", "grow", "mount", "intensify", "escalate",
          "decline", "decrease", "spread", "surge", "soar", "double", "triple", "multiply",
          "fall", "drop", "slow", "persist"}
#: Munitions that come down on a place ("shells fell on residential areas").
_FALLING_MUNITION = re.compile(r"shells|rockets|missiles|bombs|mortars|projectiles|drones")
#: Prepositions of where something comes down.
_ONTO = {"on", "onto", "in", "into", "near", "inside", "around"}
#: What a raid falls on, when it is a settlement: "Mayikengo in the Lubero territory", "the
#: village of Kadauri", "a village near Bama".
_A_SETTLEMENT_RAIDED = re.compile(r"\s*(?:(?:raid|storm)\w*\s+(?:on\s+|into\s+)?)?"
                                  r"(?:(?:the|a|an)\s+(?:[\w-]+\s+)?(?:village|hamlet|"
                                  r"settlement|community|town|cattle\s+camp)\b|"
                                  r"(?:al-|el-)?[A-Z][\w'’-]+"
                                  r"(?:\s+[A-Z][\w'’-]+){0,2}\s*,?\s+(?:in|of|near)\s)")
#: What makes a "rally" an election meeting rather than a protest ("a campaign rally").
_NOT_A_PROTEST_RALLY = {"campaign", "election", "electoral", "pre-election", "party",
                        "victory", "stock", "market", "relief", "late", "fundraising"}
#: Verbs of speaking: "told a rally", "addressed a rally" is a speech, not a protest.
_SPEAK = {"tell", "say", "address", "speak", "declare", "announce", "promise", "vow"}
#: Verbs after which an infinitive reports what happened ("managed to seize").
_ACHIEVED = {"manage", "succeed", "continue", "begin", "start", "proceed", "go", "happen"}
#: "fire" is an attack only as gunfire or artillery fire, not a blaze or "fuel on the fire".
_FIRE_VERBS = {"open", "exchange", "return", "come", "trade", "draw", "pour", "rain"}


#: Who is evacuated, or whereto, when an evacuation is care or rescue, not forces leaving.
_CARED_FOR = re.compile(r"\b(?:wounded|injured|casualties|victims|bodies|nationals|citizens|"
                        r"sailors|crew|staff|diplomats|patients|hospitals?|clinic)\b",
                        re.IGNORECASE)


#: Forms spaCy's lemmatizer gets wrong ("raped" → "rap").
_LEMMA_FIXES = {"raped": "rape", "raping": "rape", "rapes": "rape"}
#: Verbs that kill when "to death" follows: "hacked to death", "clubbed to death" (not "beat":
#: a crowd's lynching, typed by its own rule, nor "burn", set fire to).
_TO_DEATH = {"hack", "club", "bludgeon", "stone", "machete", "slash", "chop", "cut", "axe",
             "strangle", "torture"}


@dataclass(frozen=True)
class Trigger:
    family: str
    token_i: int
    lemma: str
    #: a protest verb whose subject is a crowd ("thousands of people rallied"): the sentence's
    #: occurrence, whatever violence its demands name ("to denounce Turkish attacks")
    crowd: bool = False


#: Who a crowd is made of, as the subject of "rallied", "marched", "demonstrated".
#: What a crowd holds, that police disperse: "to disperse a sit-in", "dispersed the rally".
_GATHERINGS = {"protest", "rally", "demonstration", "march", "gathering", "vigil", "blockade",
               "procession", "picket"}


def _a_sit_in(tok: Any) -> bool:
    """Whether the token is the last of "sit-in" (three tokens, the noun's head the last)."""
    return tok.lower_ == "in" and tok.i >= 2 and tok.nbor(-1).text == "-" \
        and tok.nbor(-2).lower_ == "sit"


_CROWD_NOUNS = {"people", "resident", "villager", "trader", "worker", "student", "woman",
                "farmer", "supporter", "activist", "protester", "demonstrator", "thousand",
                "hundred", "dozen", "crowd", "family", "relative", "youth", "teacher", "doctor",
                "nurse", "lawyer", "merchant", "vendor", "driver", "employee", "citizen",
                "inhabitant", "opponent", "member", "mother", "veteran", "miner", "pensioner",
                # (a party's, the opposition's or a union's rally brings its people out: "the
                # ruling Georgian Dream party held a rally in support of the bill")
                "party", "opposition", "union"}
#: Who or what police disperse: a crowd, or the gathering it holds.
_DISPERSED = _CROWD_NOUNS | _GATHERINGS
#: What police clear a crowd with: "used sound grenades, tear gas and batons … to clear
#: hundreds of students" (a crowd cleared by force was a protest met with it).
_WEAPONS_OF_CROWD_CONTROL = re.compile(r"\b(?:tear\s*gas|batons?|water\s+cannons?|"
                                       r"rubber\s+bullets|sound\s+grenades|stun\s+grenades|"
                                       r"pellets?)\b", re.IGNORECASE)


#: Counts that are a crowd told as the subject: "Hundreds of Palestinians hurl rocks".
_CROWD_COUNTS = {"hundreds", "thousands", "dozens", "scores", "tens"}


def _crowd_subject(tok: Any) -> bool:
    """"Thousands of people rallied", "several hundred traders demonstrated", "about 300 lime
    growers marched": a protest verb whose subject names a crowd, or counts many."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "nsubj":
            if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                c = tok.head  # "ANC and IFP supporters who pelted each other with stones"
            words = {c.lemma_.lower()} | {t.lemma_.lower() for t in c.subtree}
            return bool(words & _CROWD_NOUNS) or c.lower_ in _CROWD_COUNTS or any(
                t.head == c and (t.lower_ in _MANY or (t.dep_ == "nummod"
                                                       and _at_least(t.text, 20)))
                for t in c.children)
    if tok.dep_ == "conj" and tok.head != tok:
        return _crowd_subject(tok.head)  # "residents … placed the bodies … and staged a sit-in"
    return False


def _a_crowd_of_many(tok: Any) -> bool:
    """The subject of the verb that holds a vigil counts many ("dozens of Indigenous people
    held a vigil"): a family's vigil at home is mourning, not a protest."""
    node = tok.head
    while node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    return any(c.dep_ == "nsubj" and any(t.like_num or t.lower_ in _MANY or t.lemma_.lower()
                                         in ("crowd", "thousand", "hundred", "dozen")
                                         for t in c.subtree) for c in node.children)


_MANY = {"dozens", "hundreds", "thousands", "scores", "many", "several"}


def _at_least(number: str, least: int) -> bool:
    """Whether a number written in figures ("300", "1,500") is at least ``least``."""
    digits = number.replace(",", "")
    return digits.isdigit() and int(digits) >= least


#: A crowd's verbs: their object or "against" phrase is a grievance, not an occurrence told.
_AGGRIEVED = {"protest", "demonstrate", "rally", "march", "gather"}
#: What a crowd is stirred by: "protesters angered by the port explosion".
_ANGERED = {"anger", "angered", "angry", "outrage", "outraged", "incense", "incensed", "enrage",
            "enraged", "furious", "infuriate", "infuriated"}
#: What a crowd gathers to do about a grievance ("rallied to denounce the killing of …"); on
#: their own ("the UN condemned the massacre") these tell of the occurrence.
_DENOUNCE = {"demand", "denounce", "condemn", "decry", "mourn"}


def _grievance(tok: Any) -> bool:
    """What a crowd protests against or denounces: "marched … to protest against what they
    called the abduction of party activists", "rallied to denounce the killing of civilians".
    The crowd's act is the event; the occurrence it names is told, if at all, elsewhere."""
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "at", "over") \
            and tok.head.head.lemma_.lower() in _ANGERED:
        return True  # "thousands of protesters angered by the devastating port explosion
        # clashed with security forces": what stirred them, told as its cause
    for _ in range(5):
        head = node.head
        if head == node:
            return False
        if head.lemma_.lower() in _AGGRIEVED and head.pos_ == "VERB" and (
                node.dep_ in ("dobj", "ccomp") or (node.dep_ == "prep"
                                                   and node.lower_ in ("against", "over"))):
            return True
        if head.lemma_.lower() in _DENOUNCE and node.dep_ == "dobj" \
                and head.dep_ in ("advcl", "xcomp") and head.head.lemma_.lower() in _AGGRIEVED:
            return True
        node = head
    return False


#: What a crowd does to protest: the protest itself ("blocked the highway to protest").
_PROTEST_ACTS = {"block", "barricade", "march", "rally", "gather", "take", "stage", "burn",
                 "occupy", "close", "shut", "hold", "chant", "assemble", "converge", "parade"}


def _protesting_by(verb: Any) -> bool:
    """"hundreds of youths blocked the highway with bonfires to protest the killings": the
    purpose of a crowd's act is the protest it is (not "plans to protest", an intent)."""
    if verb.lemma_.lower() not in ("protest", "demonstrate") \
            or verb.dep_ not in ("advcl", "xcomp", "relcl"):
        return False
    act = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)  # (the parser may hang
    # the purpose on the last noun: "with bonfires to protest")
    return act is not None and act.lemma_.lower() in _PROTEST_ACTS \
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in act.children)


def _done_by_a_crowd(verb: Any) -> bool:
    """The act a protest's purpose hangs on is a crowd's: "young people who had blocked the
    main roads … to protest" (the subject, or the noun a relative clause tells of)."""
    act = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    if act is None:
        return False
    subjects = [c for c in act.children if c.dep_ == "nsubj"]
    if act.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        subjects = [act.head]
    return any({t.lemma_.lower() for t in s.subtree} & _CROWD_NOUNS for s in subjects)


#: Verbs and nouns of courts: what they judge someone for is a past crime.
_JUDGED = {"sentence", "convict", "jail", "imprison", "try", "charge", "indict", "acquit",
           "prosecute", "fine", "punish", "verdict", "trial", "conviction", "acquittal",
           "indictment", "execute", "hang"}


def judged(tok: Any) -> bool:
    """An occurrence named as what a court judges: "tried over the massacre", "sentenced for
    the killing" (a past crime, neither told again nor placed at the court)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("for", "over", "in") \
        and tok.head.head.lemma_.lower() in _JUDGED


#: The prepositions by which a court's verdict names the crimes: "guilty of crimes against
#: humanity, including the torture of 70 detainees", "convicted over the killing".
_CRIME_PREPS = {"of", "including", "with", "for", "over"}


def _convicted_of(tok: Any) -> bool:
    """A noun among the crimes a verdict or a charge names: "found a former intelligence
    officer guilty of crimes against humanity, including the torture of at least 70 detainees
    and the killing of nine" (the crimes tried, not the day's news)."""
    node = tok
    for _ in range(8):
        if node.dep_ not in ("pobj", "prep", "conj", "dobj", "appos") or node.head == node:
            return False
        if node.dep_ == "prep" and node.lower_ not in _CRIME_PREPS:
            return False
        head = node.head
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and (lemma in _CHARGED or (lemma == "find" and any(
                t.lower_ == "guilty" for t in head.subtree))):
            return True
        node = head
    return False


#: What a party bargains for or asks: "talks on the withdrawal of forces", "a call for a
#: ceasefire", "no deal on a prisoner exchange".
_BARGAINED = {"agreement", "deal", "talk", "negotiation", "demand", "call", "accord",
              "proposal", "plan", "discussion", "condition", "request", "push"}


def _bargained_for(tok: Any) -> bool:
    """A noun in what is negotiated, asked for or lacking: "without agreement on a prisoner
    exchange or the withdrawal of rebel forces", "talks on the withdrawal of troops"."""
    node = tok
    for _ in range(5):
        if node.dep_ not in ("pobj", "conj", "prep", "dobj") or node.head == node:
            return False
        head = node.head
        if head.dep_ == "prep" and head.lower_ == "without":
            return True
        if node.dep_ == "prep" and node.lower_ in ("on", "over", "for", "about") \
                and head.lemma_.lower() in _BARGAINED:
            return True
        if node.dep_ == "dobj" and head.lemma_.lower() in _COVERING \
                and head.head.lemma_.lower() in _BARGAINED:
            return True  # "a comprehensive deal covering the withdrawal of rebel forces"
        if node.dep_ == "prep" and node.lower_ == "of" and head.lemma_.lower() in _TERMS:
            return True  # "differences remain on the sequence of withdrawal"
        node = head
    return False


#: What sets people held free: "the release of detained sympathisers".
_FREEING = {"release", "freeing", "return", "exchange", "swap", "handover", "liberation"}
#: What a reward is offered for: "information leading to the capture of …".
_TIPS = {"information", "tip", "intelligence", "reward", "details"}
#: The terms in which a step is negotiated: "the sequencing of an M23 withdrawal".
_TERMS = {"sequence", "sequencing", "timetable", "timeline", "schedule", "modality", "terms",
          "conditions", "framework", "roadmap", "mechanism", "phasing"}
#: What a deal's terms do to what they name: "a deal covering the withdrawal of …".
_COVERING = {"cover", "include", "govern", "regulate", "envisage", "require", "provide"}


#: Pronouns for people.
_PEOPLE_PRONOUNS = {"he", "she", "him", "her", "i", "me", "we", "us", "you"}
#: Aircraft, whose crash is an accident unless told otherwise.
_AIRCRAFT = {"helicopter", "plane", "aircraft", "jet", "airplane", "airliner", "chopper"}
#: Words for an occurrence awaited: "ahead of an expected offensive".
_ANTICIPATED = {"expected", "planned", "threatened", "looming", "anticipated", "possible",
                "imminent", "feared", "potential", "promised", "impending", "long-awaited"}


#: Nouns of stopping, whose object is what a truce ends: "a halt to hostilities".
_ENDINGS = {"halt", "end", "cessation", "stop", "suspension", "pause", "freeze", "stoppage"}


#: An explosive told as found, not used: "leaving behind an improvised explosive device",
#: "recovered two grenades", "a bomb that was later defused", "weapons and explosives had been
#: seized"; nor the bombs that held up those sent to help ("reinforcements … had been slowed
#: by roadside bombs"), told of the attack's aftermath.
_UNUSED_WEAPON = re.compile(
    # (a list of what was seized, to its last explosive: "had seized weapons, explosives and a
    # vehicle-borne bomb under construction")
    r"\b(?:leaving\s+behind|left\s+behind|recovered|seized|confiscated|defused)\s+"
    r"(?:(?!(?:detonat|explod|plant|hurl|threw|throw|set\s+off)\w*)[\w-]+,?\s+){0,8}"
    r"(?:improvised\s+explosive\s+devices?|explosive\s+devices?|ieds?|landmines?|mines?|bombs?|"
    r"explosives?|grenades?)\b|\b(?:ieds?|devices?|bombs?|mines?)\s+(?:that|which)\s+(?:was|were)"
    r"\s+(?:later\s+)?(?:defused|found|recovered)\b|"
    r"\b(?:ieds?|devices?|bombs?|mines?|explosives|grenades)\s+(?:had|have|has)\s+been\s+"
    r"(?:\w+\s+)?(?:seized|recovered|confiscated|defused|found|discovered)\b|"
    r"\b(?:slowed|delayed|hampered|held\s+up)\s+(?:down\s+)?by\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ieds?|bombs?|mines?|landmines?|explosives)\b", re.IGNORECASE)
#: Explosives as found things: what is recovered, defused or left behind is not set off.
_EXPLOSIVE_NOUNS = {"ied", "ieds", "device", "devices", "landmine", "landmines", "mine", "mines",
                    "bomb", "bombs", "explosive", "explosives", "grenade", "grenades",
                    # ("found … two mortar shells in the house", "mortar rounds")
                    "shell", "shells", "round", "rounds"}
#: What holds weapons found: "a cache of IEDs", "a stockpile of mines".
_STORES = {"cache", "caches", "stockpile", "stockpiles", "stock", "stocks", "store", "stores",
           "haul", "consignment", "quantity", "number", "dump", "arsenal"}
#: What is done to a weapon found: "recovered", "defused", "seized", "left behind".
_FOUND_VERBS = {"recover", "find", "seize", "confiscate", "defuse", "discover", "dismantle",
                "detect", "unearth", "retrieve", "leave", "abandon",
                # ("engineers were clearing roadside bombs from the town": after the fighting)
                "clear", "remove"}


def _found_not_fired(tok: Any) -> bool:
    """An explosive named as found rather than set off: the object of "recovered", "seized",
    "defused", "left behind" (or one of a list that is), or told with "that was defused"."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _EXPLOSIVE_NOUNS:
        return False
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _FOUND_VERBS for c in tok.children):
        return True  # "an improvised explosive device that was later defused"
    node = tok
    while node.head.i != node.i and (
            node.dep_ in ("conj", "compound", "amod", "nmod", "appos")
            or (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN"
                and node.head.head.lower_ in _STORES)):
        # ("three firearms, a landmine and …": one of what was recovered; "a cache of 12
        # pressure-plate IEDs": what the cache found held)
        node = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _FOUND_VERBS:
        return True
    # (however the parser hangs a long list: "recovered three rifles, two pistols, four IEDs
    # and a quantity of ammunition during search operations in the hill ranges of …", where
    # "pistols" was read as the subject of "ranges")
    return _FOUND_LIST_BEFORE.search(tok.doc.text, tok.sent.start_char, tok.idx) is not None


#: A list of things found, up to the explosive that ends it: "recovered three rifles, two
#: pistols, four (IEDs)" (no clause or act of use between).
_FOUND_LIST_BEFORE = re.compile(
    r"\b(?:recovered|seized|confiscated|defused|found|discovered|unearthed)\s+"
    r"(?:(?!(?:detonat|explod|plant|hurl|threw|throw|set|kill|wound|injur|when|after|as|while|"
    r"which|that|who|before|where|used|fired|hit|struck)\w*\b)[\w-]+,?\s+){0,8}$",
    re.IGNORECASE)


def _asked_not_told(tok: Any) -> bool:
    """A trigger in a clause of what a source did not say, opened by a question word ("did not
    say what the drones had been targeting", "gave no details of whether …")."""
    node = tok
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "ccomp" and head.lemma_.lower() in ("say", "specify", "disclose", "tell",
                                                           "reveal", "explain", "confirm") \
                and any(c.dep_ == "neg" for c in head.children) \
                and any(t.lower_ in ("what", "whether", "who", "which", "where", "how", "if")
                        and t.i < tok.i for t in node.subtree):
            return True
        node = head
    return False


#: A fight told as going on as the story is written: "rebels are fighting them street by
#: street", "… this morning", not the war's standing ("Cameroon is battling Boko Haram").
_FIGHT_GOING_ON_NOW = re.compile(r"\b(?:street\s+by\s+street|house\s+to\s+house|"
                                 r"this\s+(?:morning|afternoon|evening)|tonight|right\s+now)\b",
                                 re.IGNORECASE)


#: What armed groups strike from afar at sea: "the Houthis struck a tanker".
_AT_SEA_TARGETS = re.compile(r"\b(?:ships?|vessels?|tankers?|carriers?|destroyers?|"
                             r"freighters?)\b", re.IGNORECASE)


#: People shot at, who make "shoot" an act of violence with no toll word: "surrounded the
#: village, shooting residents as they tried to flee" (not "shot a video").
_PEOPLE_SHOT = {"resident", "civilian", "villager", "people", "worshipper", "protester",
                "demonstrator", "passenger", "farmer", "student", "worker", "family",
                "mourner", "displaced", "child", "woman", "man", "men", "women", "children"}
#: What a crowd's gathering is broken up by: "fired tear gas to break up a protest" (the
#: protest was held, whatever the purpose clause says of the police).
_BROKEN_UP = {"break", "disperse", "scatter", "quell"}
#: Verbs that tell a deed as done by the teller's word: "claimed to have detonated".
_CLAIMED_DONE = {"claim", "say", "boast", "admit", "confess", "report", "acknowledge"}


def _a_group_s_raid(actor_kind: str | None, victims: str | None, s: str) -> bool:
    """Rebels who "struck Doruma …, killing at least 40 people in and around a church", no
    weapon named: a raid on the ground, not a strike from the air (not at sea: "the Houthis
    struck a tanker")."""
    return actor_kind == "armed_group" and victims == "civilian" \
        and not _AT_SEA_TARGETS.search(s)


#: Verb forms that are nothing but a past tense, whatever the parser makes of them: "troops on
#: Sunday retook Mocímboa da Praia" (parsed as a noun in a compound name).
_PAST_ONLY = frozenset({"retook", "overran"})


def _the_dead_mourned(tok: Any) -> bool:
    """A trigger in what killed the dead a funeral or burial is for, however deep the parser
    hangs it ("the burial in Muyuka of two gendarmes killed in an ambush")."""
    node, the_dead = tok, None
    for _ in range(8):
        if node.dep_ not in ("prep", "pobj", "acl", "relcl", "conj") or node.head == node:
            return False
        if the_dead is None and node.dep_ in ("acl", "relcl") \
                and node.lemma_.lower() in ("kill", "die"):
            the_dead = node
        node = node.head
        if node.lemma_.lower() in _MOURNED:
            # (only the dead of a time gone: "the funeral of two men killed in an Israeli
            # drone strike late on Tuesday night", "Funeral held for fighters killed in Tubas
            # drone strike" tell the strike's news)
            return the_dead is not None and _LONG_AGO.search(
                " ".join(t.text for t in the_dead.subtree)) is not None
    return False


#: A time gone by: "last week", "months ago", "earlier this year", "in March".
_LONG_AGO = re.compile(r"\blast\s+(?:week|month|year)\b|\b(?:weeks|months|years)\s+ago\b|"
                       r"\bearlier\s+this\s+(?:month|year)\b|\bin\s+(?:January|February|March|"
                       r"April|May|June|July|August|September|October|November|December|"
                       r"(?:19|20)\d\d)\b")


def _is_real(tok: Any) -> bool:
    """False for triggers that report no occurrence (negated, modal, intended, hypothetical)."""
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                    for c in tok.children) \
            and any(c.dep_ == "attr" and c.lemma_.lower() in ("violation", "breach")
                    for c in tok.head.children):
        return False  # "saying the attack was "a flagrant violation" of the ceasefire and of
        # the commitments made in Berlin on Sunday": what one told is called, no new one
    if (tok.dep_ == "compound" and tok.lower_ not in _PAST_ONLY) or (tok.dep_ == "amod" and (
            tok.pos_ != "VERB" or (tok.lemma_.lower() in _STATES_OF_THINGS and not (
                tok.i > 0 and tok.nbor(-1).lower_ in ("and", "or"))))):
        # ("returnees describe looted homes, destroyed water networks": what they found; not
        # "fired in the air and looted shops", which the parser may read the same way)
        return False
    if tok.pos_ == "VERB" and tok.tag_ in ("VBP", "VBZ") and any(
            c.dep_ in ("npadvmod", "advmod") and any(
                g.dep_ == "det" and g.lower_ in ("every", "each") for g in c.children)
            for c in tok.children):
        return False  # "Every night they bomb, and every night we come back": a habit told
    if tok.dep_ == "relcl" and tok.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in tok.children):
        return False  # "the region of Mosul, where the government is retaking territory"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (tok.head.lower_ == "before" or (
            tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead")) and any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.lower_ in _ANTICIPATED
            for c in tok.children):
        return False  # "to reach a deal before an Israeli assault on Rafah", "ahead of an
        # expected offensive": what is awaited (not "before the attack", one told)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "after" \
            and tok.head.i > 0 and tok.head.nbor(-1).lower_ in _SPANS_OF_TIME \
            and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in tok.children):
        return False  # "the mass grave where hundreds of the dead were buried in the days
        # after the attack": a time told from the occurrence the story told, not another
    if tok.pos_ == "NOUN" and any(
            c.dep_ == "relcl" and any(w.lower_ in ("expected", "due", "scheduled", "set")
                                      and any(x.dep_ == "xcomp" for x in w.children)
                                      for w in c.subtree)
            for c in (*tok.children, *(g for p in tok.children
                                       if p.dep_ == "prep" and p.lower_ == "of"
                                       for o in p.children if o.dep_ == "pobj"
                                       for g in o.children))):
        return False  # "The withdrawal of the … peacekeeping mission, which is expected to end
        # its mandate this year, has raised fears": what is to come
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubjpass", "nsubj") \
            and tok.head.lemma_.lower() in ("root", "stem") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "such") for c in tok.children):
        return False  # "The clashes are rooted in a long-running dispute over access to water
        # and pasture": the violence told, explained
    if _told_long_after(tok):
        return False  # "A year after protesters occupied the President's House": what the
        # time is measured from, long past
    if tok.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down"
                                             for c in tok.children) and any(
            c.dep_ in ("nsubjpass", "dobj") and c.lower_ in _PEOPLE_PRONOUNS
            for c in tok.children):
        return False  # 'the envoy said he had been "shot down" in his latest attempt': a
        # person turned down, not an aircraft downed
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("against", "of") \
            and tok.head.head.lemma_.lower() in ("warn", "caution"):
        return False  # "Cairo warns against Rafah offensive": one feared, not one told
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "from" \
            and tok.head.head.lemma_.lower() in ("protect", "defend", "shield", "safeguard",
                                                 "guard", "secure", "save", "spare"):
        return False  # "preparing new steps to protect its cities from missile attacks"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("before", "since") \
            and tok.lemma_.lower() in ("fighting", "war", "conflict", "hostility", "violence") \
            and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # "the positions they held before the fighting": the war as a time
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "since" \
            and tok.head.head.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ in ("first", "largest", "biggest", "deadliest",
                                                  "worst", "heaviest", "latest")
                for c in tok.head.head.children):
        return False  # "their first deal since the Karabakh offensive", "the deadliest attack
        # since the 2017 offensive": a time told by an occurrence of long ago
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of") \
            and tok.head.head.lemma_.lower() in _ENDINGS:
        return False  # "the plan provides for a halt to hostilities", "a cessation of
        # hostilities", "called for an end to the fighting": what is to stop, not what happened
    if _found_not_fired(tok):
        return False  # "troops recovered three firearms, a landmine and documents", "an
        # improvised explosive device that was later defused": a weapon found, not used
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "protest" and tok.dep_ == "pobj" \
            and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "right":
        return False  # "a violation of the constitutional right to peaceful protest"
    if _asked_not_told(tok):
        return False  # "CENTCOM did not say what the drones had been targeting": a question
        # the source left open, no occurrence of its own
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("every", "any", "each", "no")
                                  for c in tok.children):
        return False  # "every attack on the police is an attack on us", "any attack will be
        # answered": attacks in general, none in particular
    if tok.dep_ == "acl" and tok.head.lower_ in ("those", "ones"):
        return False  # "placards with the faces of those killed last year": whom they mourn
    if tok.lemma_.lower() == "bomb" and any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("petrol", "gasoline", "fire")
            for c in tok.children):
        return False  # "mobs armed with sticks, swords and petrol bombs rampaged": a crowd's
        # or a raider's firebrand, no explosive (ACLED codes the riot or the attack)
    if tok.lemma_.lower() in ("shell", "bomb", "grenade", "canister") and any(
            t.lower_ in _CROWD_CONTROL for t in tok.subtree if t.i < tok.i):
        return False  # "tear gas shells", "mock bombs", "stun grenades": for a crowd
    if tok.pos_ == "NOUN" and (tok.head.lemma_.lower() in _KEPT_OR_DISPOSED or (
            tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _KEPT_OR_DISPOSED)):
        return False  # "disposing of expired shells and rockets", "stored rockets": munitions
        # kept or destroyed by their owners, not fired
    if tok.lemma_.lower() == "fire" and _FIRE_SERVICE.match(tok.doc.text, tok.idx + len(tok)):
        return False  # "(Israel Fire and Rescue Services)": who puts fires out
    if tok.lemma_.lower() == "fire" and _crowd_control_only(tok):
        return False  # "fired tear gas shells and mock bombs to disperse the crowd": a crowd
        # dispersed, not an attack
    if tok.lemma_.lower() in ("explosion", "blast", "detonation", "explode", "blow") \
            and _CONTROLLED.search(tok.sent.text):
        return False  # "a loud explosion … was a controlled detonation of old munitions"
    if _accidental_blast(tok) or (tok.dep_ in ("advcl", "conj", "xcomp")
                                  and _accidental_blast(tok.head)):
        return False  # "a gas explosion ripped through a shop", "a cylinder exploded …,
        # killing two cooks": an accident, no attack
    if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.lemma_.lower() == "crash" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _AIRCRAFT for c in tok.head.children):
        return False  # "a military helicopter crashed into a field, killing two crew members":
        # an accident (a downing is told by its own verb: "was shot down")
    if tok.lemma_.lower() == "blow" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False  # "in a blow to President Iván Duque": a setback
    if tok.lemma_.lower() == "blow" and tok.tag_ == "VBN" and any(
            c.dep_ == "prt" and c.lower_ in ("off", "out", "away", "in") for c in tok.children
    ) and not any(c.dep_ == "agent" for c in tok.children):
        return False  # "a building with its roof blown off", "windows were blown out": the
        # damage an explosion told did, not one of its own
    if _words_for_weapons(tok):
        return False  # "was bombarded with questions", "fired a barrage of criticism"
    if _EXERCISE.search(tok.sent.text):
        return False  # "held an amphibious exercise …, 'storming a hostile beach'": a drill
    if ((tok.lemma_.lower() in ("fight", "battle") and tok.tag_ == "VBG" and (
            tok.dep_ == "acl" or any(c.dep_ == "aux" and c.lower_ in ("is", "are")
                                     for c in tok.children))) \
            or (tok.lower_ in ("fighting", "battling") and tok.dep_ == "acl")
            # ("Burundi, which had about 10,000 troops in eastern DRC fighting alongside the
            # Congolese army": an ally's standing)
            or (tok.lower_ == "fighting" and any(c.dep_ == "prep" and c.lower_ == "alongside"
                                                 for c in tok.children)
                and not any(c.dep_ == "mark" for c in tok.children))) \
            and not _FIGHT_GOING_ON_NOW.search(tok.sent.text):
        return False  # "Congolese forces fighting the M23", "Cameroon is also battling Boko
        # Haram in its Far North", "the Saudi-led military coalition fighting in Yemen" (a
        # participle the tagger took for a noun): who fights whom, the war's standing, not
        # one clash
    if _since_when(tok) or _perfect_since(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_.lower() == "lead" \
            and tok.head.head.head.lemma_.lower() in _TIPS:
        return False  # "a reward for information leading to the capture of …": what is
        # wished for
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in tok.head.children):
        return False  # "attacking their positions almost daily since the ceasefire was
        # declared": when a period began, a point of reference
    acted = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok
    if acted.pos_ == "VERB" and any(c.lower_ == "being" for c in acted.children) and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in acted.children):
        return False  # "we are being killed by shells in the morning": what keeps happening
    heard = tok
    while heard.dep_ == "conj" and heard.head.i < heard.i:
        heard = heard.head  # ("gunfire and explosions were heard": each of them)
    if heard.dep_ in ("dobj", "nsubjpass") and heard.head.lemma_.lower() == "hear":
        return False  # "residents said they heard several explosions at dawn", "heavy
        # gunfire and explosions were heard in several neighbourhoods": a sound
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("begin", "start", "launch") \
            and tok.head.dep_ == "advcl" and any(c.dep_ == "mark"
                                                 and c.lower_ in ("before", "since")
                                                 for c in tok.head.children):
        return False  # "were living in Iran before Israel began its air strikes on June 13",
        # "has faced intensified attacks since Russia launched a cross-border offensive on
        # May 10": the war's start, a point of reference
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") or (
                child.dep_ == "amod" and child.lower_ == "little"
                and not any(g.lower_ == "a" for g in tok.children)):
            return False  # (a noun denied: "No arrests were reported", "no agreement"; or all
            # but: "fighters walking through the city centre, with little shooting")
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return False  # "his forces would fight until victory": what may or will be
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.head.head.children):
        return False  # "There were no reports of clashes", "no sign of fighting"
    if judged(tok) or (tok.pos_ == "NOUN" and _convicted_of(tok)):
        return False  # "sentenced 12 former soldiers for the killing of 120 civilians": the
        # crime a court judges, not an occurrence of the day
    if _usually(tok):
        return False  # "They usually say they respond to attacks by government forces"
    if _told_to_a_court(tok):
        return False  # "a survivor told the Federal High Court how gunmen opened fire on
        # worshippers": testimony on the crime tried
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in _REMEMBERED_BY:
        return False  # "a survivor of the attack on St Francis Xavier Catholic Church",
        # "the anniversary of the kidnapping": the occurrence who remember it outlived
    if tok.dep_ == "acl" and _REMEMBRANCE.search(tok.sent.text):
        return False  # "parents of the schoolgirls abducted from Chibok gathered to mark the
        # tenth anniversary of the kidnapping": what is remembered
    if tok.pos_ == "NOUN" and _bargained_for(tok):
        return False  # "ended talks without agreement on … the withdrawal of rebel forces"
    if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ == "of" and tok.head.head.head.lemma_.lower() in _FREEING:
        return False  # "the release of detained sympathisers remained a priority": whom a
        # release would free, held since who knows when (not an arrest told)
    verb = tok if tok.pos_ == "VERB" else (tok.head if tok.dep_ in ("dobj", "nsubjpass")
                                           and tok.head.pos_ == "VERB" else None)
    if verb is not None and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            and verb.head.lemma_.lower() not in _ACHIEVED and not _protesting_by(verb) \
            and not (verb.tag_ == "VBN" and verb.head.lemma_.lower() in _CLAIMED_DONE
                     and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)) \
            and not (tok is not verb and verb.lemma_.lower() in _BROKEN_UP
                     and tok.lemma_.lower() in _DISPERSED):
        return False  # "to launch attacks", "moved to retake": purpose, not occurrence (but
        # "JNIM also claimed on Sunday to have detonated an improvised explosive device
        # against a French convoy": a deed claimed done; "fired tear gas to break up a
        # protest": the protest broken up was held)
    if _conditional(tok) or _generic(tok) or _habitual(verb if verb is not None else tok) \
            or _grievance(tok) or (verb is not None and _stance(verb)):
        return False
    if tok.dep_ == "nsubj" and tok.head.pos_ in ("VERB", "AUX") and _habitual(tok.head):
        return False  # "cattle raiding usually peaks in the dry season": a habit
    if verb is not None and _quoted_present(verb):
        return False  # ""… and then a drone kills somebody on the road," he said"
    if verb is None and tok.tag_ == "NNS":
        gov, hops = tok.head, 0
        while gov.pos_ not in ("VERB", "AUX") and gov.head != gov and hops < 5:
            gov, hops = gov.head, hops + 1
        if gov.pos_ == "VERB" and _quoted_present(gov):
            return False  # ""We live by the rhythm of the shootings," a shopkeeper … told":
            # plural occurrences in a witness's present, what keeps happening
    if tok.dep_ in ("csubj", "csubjpass") and (tok.head.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.head.children)):
        # "being bombed by America is a recruitment tool", "bombing villages full of refugees
        # will only drive more young men into the arms of the militants": what it is like or
        # would do (not "shelling by the RSF on El Fasher killed six")
        return False
    if tok.dep_ in ("nsubj", "advcl") and tok.pos_ == "NOUN" and tok.i < tok.head.i \
            and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _CONSEQUENCES and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                for c in tok.head.children):
        return False  # "A full-scale government offensive on the city of Idlib … would cause a
        # humanitarian catastrophe": what one would bring about, not what happened (the
        # parser may hang the subject on the verb as a clause, "offensive" being read as one)
    if tok.tag_ in ("NN", "VBG") and any(t.lower_ in _EVERY_DAY
                                         for t in tok.doc[max(tok.sent.start, tok.i - 2):tok.i]):
        return False  # "citing what they called daily Ukrainian shelling": a habit
    if tok.lemma_.lower() in ("retaliate", "respond") and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in tok.children):
        return False  # "saying it is retaliating for Russian strikes": a stance
    if _called_on_to_do(tok):
        return False  # "It also called on residents to observe a day of 'dead city' on
        # Thursday to protest against the killings": what a body asks for, not what was done
    if _the_dead_mourned(tok):
        return False  # "returning from the burial in Muyuka of two gendarmes killed in an
        # ambush on the Kumba road last week": the dead buried, the deed that killed them old
    node = tok
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ == "increasingly" for c in node.children):
            return False  # "the army has increasingly relied on airstrikes": a trend
        if any(c.dep_ == "advmod" and c.lower_ in ("once", "formerly") and c.i < node.i
               for c in node.children):
            return False  # "Abu Sayyaf, which once held dozens of foreign hostages": history
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lower_ == "past" for g in c.children)
               for c in node.children):
            return False  # "IS has in the past claimed deadly attacks on …": history
        if node.pos_ == "NOUN" and any(re.fullmatch(r"(?:19|20)\d\d", c.text)
                                       for c in node.children if c.dep_ in ("nummod", "compound")):
            return False  # "a 2022 bombing at a centre that killed dozens": of that year
        head = node.head
        if head == node:
            break
        lo, hi = sorted((node.i, head.i))
        # (a quote's verb is not the teller's intent: the parser may hang "marched …, chanting
        # "we want them back"" on the quote's "want")
        quoted = any(t.text in ('"', "“", "”") for t in tok.doc[lo + 1:hi])
        if node == tok and node.dep_ == "dobj" and head.lemma_.lower() in _AVERTED:
            return False  # "police foiled an attack", "planned attacks": none took place
        if node == tok and node.dep_ == "dobj" and tok.pos_ == "NOUN" \
                and head.lemma_.lower() in _ALLOWED:
            return False  # "The state of emergency … allows arrests without a court
            # warrant and bans public gatherings": what a rule permits or forbids
        if node == tok and node.dep_ == "dobj" and head.lemma_.lower() in _WAGED:
            return False  # "as it presses an offensive in the capital": a campaign going on
        if node.dep_ == "dobj" and (node == tok or node.lemma_.lower() in _TOLD_BY_OTHERS) \
                and head.lemma_.lower() in _DENIED:
            return False  # "the PMF denied reports that a drone had struck one of its bases",
            # "PMF denies drone strike on Jurf al-Sakhar base"
        if (node.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "pobj", "acl") or (
                node.dep_ == "prep" and node.lower_ in ("for", "of"))) \
                and head.lemma_.lower() in _INTENT and not quoted:
            return False  # "had called on social media for a protest", "warned of attacks"
        if node.dep_ in ("pcomp", "pobj") and head.lower_ in ("from", "without", "towards",
                                                             "of") \
                and tok.tag_ == "VBG" and (node == tok or node.tag_ == "VBG") \
                and not (head.lower_ == "of" and _a_day_s_deed_accused(head.head, node)):
            # ("accused of attacking", "refrain from fighting"; not "dozens of graduates who
            # were protesting"; nor a deed of a day told as witnesses accuse: "residents of
            # Kwakwa village accused soldiers of setting fire to at least 30 houses on Saturday")
            return False
        if head.lower_ in _MODALS:
            return False
        if node.dep_ == "pobj" and head.lower_ in ("into", "of") and (
                head.head.lemma_.lower() in _INQUIRY or (head.lower_ == "into" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _INQUIRY
                    for c in head.head.children))):
            # "opened an investigation into the killings of social leaders" (however the
            # parser hangs "into")
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in _COURT_NOUNS:
            return False  # "standing trial on charges including terrorism and murder", "one
            # of a handful of terrorism prosecutions involving a high-profile attack": what a
            # court judges, not the day's occurrence
        if head.lemma_.lower() in _MOURNED and node.dep_ in ("prep", "relcl", "acl", "pobj",
                                                             "dobj"):
            return False  # "the funeral of two paramedics who were killed last month": the
            # dead mourned (not "buried 23 people killed when bandits stormed the village on
            # Friday": a burial that tells the news)
        if node.dep_ == "pobj" and head.lower_ in ("with", "of", "for") and (
                head.head.lemma_.lower() in _CHARGED or (
                    head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in _CHARGED)) \
                and not _a_day_s_deed_accused(
                    head.head if head.head.lemma_.lower() in _CHARGED else head.head.head, node):
            # "charged with murder", "convicted of the killing": a court's word; "accusing
            # the army of attacks on civilians" (the parser hangs "of" on the accused; but not
            # a deed of a day told as witnesses accuse: "residents of Kwakwa village accused
            # soldiers of setting fire to at least 30 houses on Saturday")
            return False
        if node.dep_ == "relcl" and node.tag_ in ("VBZ", "VBP"):
            return False  # "a militia leader who helps the military fight": what one does
        if node.dep_ in ("dobj", "nsubj", "nsubjpass", "xcomp", "ccomp", "conj", "oprd") and any(
                (c.dep_ == "aux" and c.lower_ in _MODALS) or (node.dep_ == "oprd"
                                                              and c.dep_ == "neg")
                for c in head.children) and not _told_as_done(node, head):
            # "will set off bombs", "said they would retaliate", "cannot be held hostage
            # again to the ambitions of armed groups"
            return False
        node = head
    return True


#: Verbs by which a teller tells what happened, whatever modal they speak with.
_CONFIRMING = {"confirm", "announce", "report", "say", "state", "inform", "tell"}
#: A past tense's own auxiliaries: "was killed", "had been killed", "has killed".
_DONE_AUX = {"was", "were", "had", "has", "have"}


def _told_as_done(node: Any, head: Any) -> bool:
    """A deed told as done under a teller's modal: "the Ministry of Defence must confirm that a
    soldier … was killed", "we can confirm that two people died" (not "will say they would
    retaliate")."""
    return node.dep_ == "ccomp" and head.lemma_.lower() in _CONFIRMING and (
        node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DONE_AUX
                                  for c in node.children))


#: Verbs by which a party states where it stands.
_STANCE_VERBS = {"say", "insist", "maintain", "argue", "stress", "deny", "assert", "reiterate"}


def _stance(verb: Any) -> bool:
    """What a party says it does as a rule, in the present simple and in prose (a headline's
    present tells news): "Ankara says it targets only terrorists and takes great care to
    avoid harming civilians", "Moscow denies it targets civilians", "the army has previously
    said it targets only militia gatherings"."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass")
                                               for c in verb.children):
        return False
    node = verb
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head  # ("… it targets only terrorists and takes great care")
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ != "PRON" and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
        return False  # (a party speaks of itself, "Kyiv says its strikes target military
        # infrastructure": "Hundreds of Palestinians hurl rocks and firebombs at Israeli
        # troops …, the army says" is a live page's news)
    said = node.head
    # (after a past "said", only a plain -s form: the tagger reads "retook" as a present)
    return node.dep_ == "ccomp" and said.lemma_.lower() in _STANCE_VERBS \
        and (said.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBZ" and verb.lower_.endswith("s"))) \
        and verb.sent.text.rstrip().endswith((".", '"', "”"))


def _quoted_present(verb: Any) -> bool:
    """A verb in the simple present inside a quotation: what a witness says keeps happening
    (""… and then a drone kills somebody on the road"", ""we know who kills us""), not news
    told in a headline's present."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass")
                                               for c in verb.children):
        return False
    sent = verb.sent
    before = sent.text[:verb.idx - sent.start_char]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


#: Words of a police's means of dispersing a crowd ("tear gas shells", "rubber bullets").
_CROWD_CONTROL = {"gas", "teargas", "tear-gas", "stun", "smoke", "sound", "mock", "rubber",
                  "water", "blank", "pepper", "pellet", "pellets"}


def _crowd_control_only(fire: Any) -> bool:
    """Whether all that is fired is for dispersing a crowd: "fired tear gas shells and mock
    bombs", "fired rubber bullets" (not "fired tear gas and live ammunition")."""
    if any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
            g.lower_ == "air" for g in c.children) for c in fire.children) \
            and "dispers" in fire.sent.text.lower():
        return True  # "Taliban fighters fired into the air to disperse about 20 women"
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "shot" and any(
            g.lower_ == "warning" for g in c.children) for c in fire.children):
        return True  # "troops had fired "warning shots" at suspects": the army's word for
        # a shooting told, or none
    objs = [c for c in fire.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(any(t.lower_ in _CROWD_CONTROL for t in o.subtree
                                   if t.i <= o.i) or o.lower_ in ("teargas", "tear-gas")
                              for o in objs)


#: What follows "fire" in the name of those who put fires out.
_FIRE_SERVICE = re.compile(r"\s+(?:and\s+rescue|services?|department|brigades?|station|trucks?|"
                           r"engines?|crews?|authority)\b", re.IGNORECASE)
#: What owners do with munitions that fires none of them.
_KEPT_OR_DISPOSED = {"dispose", "disposal", "store", "stockpile", "stock", "warehouse"}
#: An explosion set off on purpose by those who own the munitions.
_CONTROLLED = re.compile(r"\bcontrolled\s+(?:detonations?|explosions?|blasts?)\b", re.IGNORECASE)
#: What blows up by accident: "a gas explosion", "a boiler exploded".
_ACCIDENTAL_BLASTS = {"gas", "cylinder", "cylinders", "boiler", "transformer", "kerosene",
                      "firecracker", "firecrackers", "fireworks"}
#: A military exercise held: what is done in it is rehearsed ("storming a hostile beach").
_EXERCISE = re.compile(r"\b(?:held|holds|holding|conducted|conducts|conducting|staged|stages|"
                       r"staging|carried\s+out|began|launched)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
                       r"(?:[\w-]+\s+){0,3}(?:exercises?|drills|war\s+games|manoeuvres|"
                       r"maneuvers)\b", re.IGNORECASE)
#: Deaths its teller says no one caused: "found no indication of hostile action".
_NO_HOSTILE = re.compile(r"\bno\s+(?:indications?|signs?|evidence|suggestions?)\s+of\s+"
                         r"(?:hostile\s+(?:action|activity|fire)|enemy\s+(?:action|fire)|"
                         r"foul\s+play|sabotage)\b", re.IGNORECASE)
#: A road crash told with "rammed": "a bus rammed into a stationary trailer".
#: A takeover told as one without fighting.
UNOPPOSED = re.compile(r"\bwithout\s+(?:(?:facing|meeting|encountering)\s+)?(?:a|any)\s+"
                       r"(?:single\s+)?(?:fight|battle|resistance|opposition|shot\s+(?:being\s+)?"
                       r"fired|shot\b)"
                       # ("entered Zaranj … without facing resistance")
                       r"|\bwithout\s+(?:(?:facing|meeting|encountering)\s+)?(?:fighting|"
                       r"resistance|opposition)|\bwithout\s+firing\s+a\s+(?:single\s+)?shot|"
                       r"\bunopposed\b|"
                       # ("Not a single shot was fired," a spokesman said)
                       r"\bnot\s+(?:a|one)\s+(?:single\s+)?shot\s+(?:was|had\s+been)\s+fired|"
                       r"\bno\s+shots?\s+(?:was|were|had\s+been)\s+fired|"
                       r"\b(?:met|meeting|encounter(?:ed|ing)|fac(?:ed|ing))\s+(?:little\s+or\s+)?"
                       r"no\s+(?:resistance|opposition)|"
                       # "No fighting was reported.", "there were no clashes"
                       r"\bno\s+(?:fighting|clashes|resistance|shots?\s+fired)\s+(?:was|were|has|"
                       r"had)\s+(?:been\s+)?(?:reported|heard|seen)|\bthere\s+(?:was|were)\s+no\s+"
                       r"(?:fighting|clashes|resistance)\b", re.IGNORECASE)
#: The other side gone before the takeover: "after French troops stationed there left in a
#: convoy", "hours after Ethiopian troops who had been based there withdrew", "as the army
#: pulled out".
AFTER_THEY_LEFT = re.compile(
    r"\b(?:after|as|once|when)\s+(?:[\w'-]+\s+){0,6}?(?:troops|forces|soldiers|army|fighters|"
    r"rebels|militants|police|garrison|units?|peacekeepers|contingent)\b[^.;]{0,60}?\b(?:left|"
    r"withdrew|had\s+withdrawn|pulled\s+out|abandoned|vacated|departed|evacuated|retreated|"
    r"were\s+withdrawn)\b|\bhand(?:ed|ing)?\s*-?over\b", re.IGNORECASE)
#: A vehicle made a bomb: "a vehicle laden with explosives", "an explosives-packed truck",
#: "a suicide car bomber".
_LADEN_WITH_EXPLOSIVES = re.compile(
    r"\b(?:(?:laden|packed|loaded|rigged|filled)\s+with\s+explosives|explosives?-(?:laden|"
    r"packed|filled|rigged)|suicide\s+(?:car\s+|truck\s+)?bombers?|car\s+bomb|vbied)\b",
    re.IGNORECASE)
_ROAD_CRASH = re.compile(r"\b(?:crash(?:ed|es)?|collision|collided|accident|speeding|road\s+safety|"
                         r"lost\s+control|overturned|skidded)\b", re.IGNORECASE)
#: What is "shot down" in words only: "a plan his critics shot down".
_IDEAS = {"plan", "proposal", "idea", "bill", "motion", "claim", "report", "rumour", "rumor",
          "suggestion", "notion", "request", "theory", "amendment", "offer", "bid", "demand",
          "argument", "initiative", "scheme", "plea", "objection", "petition",
          "resolution", "law", "budget", "nomination", "appeal"}


#: What words, not arms, are "fired" or "bombarded with": "a barrage of criticism".
_WORDS_FIRED = {"question", "criticism", "complaint", "message", "call", "email", "request",
                "insult", "abuse", "accusation", "query", "demand", "letter", "tweet", "praise",
                "invective", "rhetoric", "propaganda", "text", "comment", "claim", "threat",
                "warning", "protest", "objection", "petition"}
_SALVOS = {"barrage", "volley", "salvo", "hail", "torrent", "stream", "flood", "fusillade"}


def _words_for_weapons(tok: Any) -> bool:
    """A barrage of words told in the words of war: "bombarded with questions", "fired off a
    volley of complaints", "a barrage of criticism" (not "a barrage of rockets")."""
    lemma = tok.lemma_.lower()
    if lemma in _SALVOS:
        fired = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
    elif lemma in ("bombard", "fire", "pelt", "shower", "blast", "pound", "hammer", "hit"):
        fired = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"]
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in _SALVOS:
                fired += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"]
            elif c.dep_ == "dobj":
                fired.append(c)
    else:
        return False
    return any(f.lemma_.lower() in _WORDS_FIRED for f in fired)


#: A day of remembrance: what it marks happened long ago.
_REMEMBRANCE = re.compile(r"\b(?:anniversary|commemorat\w*|memorial\s+(?:service|ceremony))\b",
                          re.IGNORECASE)
#: Who or what outlives an occurrence: "a survivor of the attack", "the anniversary of …".
_REMEMBERED_BY = {"survivor", "anniversary", "memory", "commemoration", "memorial"}
_COURTS = {"court", "tribunal", "judge", "judges", "jury", "panel", "hearing", "inquiry",
           "commission"}


#: Adverbs of a habit: what a clause under them tells is no single occurrence.
_HABIT_ADVERBS = {"usually", "often", "regularly", "routinely", "typically", "frequently",
                  "generally", "always", "normally", "customarily"}


def _usually(tok: Any) -> bool:
    """Whether a habit's adverb governs the trigger or a clause it hangs from ("they usually
    say they respond to attacks by government forces")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in _HABIT_ADVERBS for c in node.children):
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def _told_to_a_court(tok: Any) -> bool:
    """Whether the trigger is in what a witness tells a court ("told the court how …",
    "testified that …")."""
    node = tok
    for _ in range(4):
        if node.head == node:
            return False
        head = node.head
        if node.dep_ in ("ccomp", "advcl", "xcomp") and (
                head.lemma_.lower() in ("testify", "depose") or (
                    head.lemma_.lower() in ("tell", "recount", "describe", "say")
                    and any(c.dep_ in ("dobj", "dative", "pobj", "prep")
                            and any(t.lemma_.lower() in _COURTS for t in c.subtree)
                            for c in head.children if c.i < node.i))):
            return True
        node = head
    return False


def _accidental_blast(tok: Any) -> bool:
    """"a gas explosion", "a gas cylinder exploded", "the boiler blew up": an accident."""
    blast = tok.lemma_.lower()
    if blast in ("explosion", "blast", "explode") and any(
            t.lower_ in _ACCIDENTAL_BLASTS for t in tok.subtree if t.i < tok.i):
        return True
    return blast in ("explode", "blow") and any(
        c.dep_ == "nsubj" and c.lower_ in _ACCIDENTAL_BLASTS for c in tok.children)


def _an_idea_shot_down(tok: Any) -> bool:
    """"a plan his critics shot down as unworkable", "shot down the proposal": rejected."""
    shot = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("relcl", "acl"):
        shot.append(tok.head)
    return any(t.lemma_.lower() in _IDEAS for t in shot)
#: What an inquiry is into is what it asks about, not news of its own.
_INQUIRY = {"investigation", "inquiry", "probe", "inquest"}
#: Nouns of courts: an occurrence under one is what is judged.
_COURT_NOUNS = {"charge", "accusation", "allegation", "indictment", "verdict", "trial",
                "conviction", "prosecution", "testimony", "lawsuit", "hearing"}
#: Mourning what was told before: a funeral's dead are not its news.
_MOURNED = {"funeral", "burial", "memorial", "anniversary", "commemoration"}
#: What a party denies when it denies an occurrence others told.
_TOLD_BY_OTHERS = {"report", "claim", "allegation", "rumour", "rumor", "account", "accusation"}
_DENIED = {"deny", "dismiss", "reject", "refute", "rebut"}


def _since_when(tok: Any) -> bool:
    """Told in a "since X, when …" clause: how a period began ("mired in war since late 2014,
    when the Houthi group seized control of several provinces")."""
    node = tok
    for _ in range(7):  # (deep: "since October, when it said the assailants behind a bomb
        # attack in Ankara had come from Syria")
        head = node.head
        if head == node:
            return False
        if node.dep_ in ("relcl", "advcl") and any(
                c.dep_ == "advmod" and c.lower_ == "when" for c in node.children) and (
                (head.dep_ == "pobj" and head.head.lower_ == "since") or head.lower_ == "since"):
            return True
        node = head
    return False


def perfect(verb: Any) -> bool:
    """The verb is in the present perfect: it has "has" or "have" ("has seized")."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def progressive(verb: Any) -> bool:
    """The verb is in the present progressive: an "-ing" form with "is"/"are" ("are
    conducting")."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am")
                                      for c in verb.children)


def _perfect_since(tok: Any) -> bool:
    """A present perfect over a period ("has seized large areas since it took up arms", "seven
    detachments have been targeted since mid-May", "has stepped up attacks in recent months",
    "have been massing for weeks"): a sum of occurrences, not one."""
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and perfect(tok.head) and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in tok.children):
        return True  # "The siege has tightened since the RSF seized El Fasher": the start of
        # a period the story sums up, not its news
    # (a gerund told as a noun is one: "cut off … by fighting between …")
    verb = tok if tok.pos_ == "VERB" and tok.dep_ != "pobj" else None
    node = tok
    for _ in range(3):
        # a noun told as what a present perfect over a period did: "the Houthis have launched
        # dozens of drone and missile attacks on merchant ships since November"
        if verb is not None or node.dep_ not in ("dobj", "pobj", "conj", "prep", "nsubjpass",
                                                 "attr", "agent"):
            break
        node = node.head
        if node.pos_ == "VERB" or (node.pos_ == "AUX" and node.dep_ == "ROOT"):
            verb = node  # ("Catatumbo has been the scene of a fierce confrontation since
            # January between the ELN and FARC dissidents": a copula over a period)
    if verb is None:
        return False
    if verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head  # "have been detained since the election, and at least 24 killed"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        verb = verb.head  # "has targeted the city with drones since May, hitting its airport"
    # (also a past perfect: "the hospital had been looted twice since July")
    return (perfect(verb) or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)) \
        and _over_a_period(verb)


#: Verbs of holding ground, whose "since <day>" tells the day it was taken.
_HELD_SINCE = {"occupy", "control", "hold", "seize", "capture", "take"}
_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
                      re.IGNORECASE)


#: Lengths of time a present perfect sums occurrences over ("for weeks", "in recent months").
_SPANS = {"week", "month", "year"}
#: … and the seasons and years it sums them in ("this winter", "this year").
_SEASONS = {"winter", "summer", "spring", "autumn", "fall", "year", "month"}


def _superlative_before(clause: Any) -> bool:
    """A "since" clause or phrase right after a superlative: "the deadliest attack since",
    "one of the worst massacres since": what it compares with, not a period."""
    left = clause.left_edge
    return any(t.tag_ == "JJS" or t.lower_ == "most"
               for t in left.doc[max(0, left.i - 3):left.i])


def _over_a_period(verb: Any) -> bool:
    """The verb is told over a period: "since November", "since it took up arms", "in recent
    weeks", "over the past two months", "for years" (not "for hours": one fight may last
    them)."""
    for c in verb.children:
        if _superlative_before(c):
            continue  # "in one of the worst massacres since the group declared its
            # 'caliphate'": a comparison, no period
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since"
                                     for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("long", "always", "repeatedly"):
            return True  # "the gang that has long fought Los Chone Killers"
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _SEASONS and any(
                d.lower_ in ("this", "last") for d in c.children):
            return True  # "have also been hit by waves of drone attacks this winter"
        if c.dep_ != "prep":
            continue
        if c.lower_ == "since" and verb.lemma_.lower() in _HELD_SINCE and any(
                g.dep_ == "pobj" and _WEEKDAY.fullmatch(g.text) for g in c.children):
            continue  # "the rebels have occupied the town of Minova since Tuesday": held since
            # the day they took it, one takeover
        if c.lower_ == "since":
            return True
        for g in c.children:
            if g.dep_ == "pobj" and g.lower_ in ("much", "most", "part", "all") \
                    and c.lower_ == "for":
                # "for much of the past year": the span is the part's
                g = next((p for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
                          for p in o.children if p.dep_ == "pobj"), g)
            if g.dep_ != "pobj" or g.lemma_.lower() not in _SPANS:
                continue
            mods = {m.lower_ for m in g.children if m.dep_ in ("amod", "det", "nummod")}
            if c.lower_ in ("in", "over", "during", "throughout", "for") \
                    and mods & {"recent", "past", "last"}:
                return True
            if c.lower_ == "for" and g.tag_ == "NNS":
                return True
    return False


#: Adverbs of frequency: with a verb in the present they tell what someone keeps doing.
_FREQUENCY = {"frequently", "often", "regularly", "routinely", "usually", "typically",
              "habitually", "commonly", "sometimes", "periodically", "constantly"}


#: … and with the present perfect, also "repeatedly" ("have been bombed repeatedly").
_AGAIN_AND_AGAIN = _FREQUENCY | {"repeatedly"}


def _habitual(verb: Any) -> bool:
    """ "Al-Shabab … frequently carries out bombings in the capital": a habit, present tense
    (VBZ/VBP) or present perfect with an adverb of frequency, or a rate, not one
    occurrence."""
    if _at_a_rate(verb):
        return True
    if perfect(verb) and any(
            c.dep_ == "advmod" and c.lower_ in _AGAIN_AND_AGAIN for c in verb.children):
        return True  # "villages … have been bombed repeatedly": the war's course, not a day
    if verb.tag_ not in ("VBZ", "VBP") and not progressive(verb):
        return False
    # (also on a preposition of the verb: "are conducting small assaults, often with two- to
    # three-person groups")
    return any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY
               for c in (*verb.children, *(g for p in verb.children if p.dep_ == "prep"
                                          for g in p.children)))


_PERIODS = {"day", "week", "month", "year", "annum"}


def _at_a_rate(verb: Any) -> bool:
    """ "… killing more than 6,000 people a year", "gangs kill 300 people per month": a rate,
    whatever the tense, is a tally of many occurrences, not one ("a year ago" is a date)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr"))]
    for h in heads:
        for t in h.children:
            if t.dep_ == "npadvmod" and t.lemma_.lower() in _PERIODS and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an", "every", "each", "per")
                    for c in t.children) and not (
                        # ("came a day after MNLA fighters opened fire": how long before)
                        t.i + 1 < len(t.doc)
                        and t.nbor().lower_ in ("after", "before", "earlier", "later", "ago")):
                return True
            if t.dep_ == "prep" and t.lower_ == "per" and any(
                    c.dep_ == "pobj" and c.lemma_.lower() in _PERIODS for c in t.children):
                return True
    return False


def _conditional(tok: Any) -> bool:
    """Inside an "if"/"unless"/"whether" clause: "what if it's rigged as an IED?"."""
    node = tok
    joined = False
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node.tag_ in ("VBZ", "VBP", "VB") and not joined and any(
                c.dep_ == "mark" and c.lower_ == "until" for c in node.children):
            return True  # "operations would continue until the rebels abide by the conditions,
            # including withdrawal from the districts": awaited (not "until they withdrew", nor
            # "… until normalcy returns" and that 17 people had been arrested")
        joined = joined or node.dep_ == "conj"
        if node.pos_ == "VERB" and (node.tag_ in ("VBZ", "VBP") or any(
                c.dep_ == "aux" and c.lower_ in _MODALS for c in node.children)) and any(
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                          for g in c.children) for c in node.children):
            return True  # "if you don't pay, they kill you": what happens on a condition
            # (not "the attack, if confirmed, killed 20": a past told with a doubt)
        if node.head == node:
            return False
        node = node.head
    return False


#: Verbs that carry out a batch of strikes or raids as one deed.
_CARRY_OUT = {"carry", "launch", "conduct", "mount", "unleash", "stage", "fire"}


def _a_batch_carried_out(noun: Any) -> bool:
    """"(has) carried out a series of air raids on the capital", "launched a wave of strikes
    on Kharkiv": a batch done at one time, told as a deed — the occurrence itself, not the
    pattern a "series" or "wave" of attacks names as a subject or after "has seen"."""
    return noun.lemma_.lower() in ("series", "wave") and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in _CARRY_OUT


def _generic(tok: Any) -> bool:
    """A pattern, a risk or a statistic rather than one occurrence: plural triggers with a
    habitual modifier ("frequent attacks") or governed by "a spate of", "the threat of";
    things said to be common ("kidnappings are commonplace")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    # "frequent attacks … and assassinations": coordinated nouns share the modifier
    modified = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    if any(c.dep_ in ("amod", "advmod") and c.lower_ in _HABITUAL
           for t in modified for c in t.children):
        return tok.tag_ in ("NNS", "NNPS") or any(c.lower_ in ("such", "future", "possible",
                                                                 "potential")
                                                   for c in tok.children)
    if tok.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in _EVERY_DAY
                                for c in tok.children):
        return True  # "citing what they called daily Ukrainian shelling"
    if tok.dep_ == "nsubjpass" and tok.tag_ in ("NNS", "NNPS") \
            and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children) \
            and any(c.dep_ == "auxpass" and c.lower_ == "are" for c in tok.head.children) \
            and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.head.subtree):
        return True  # "Glide bombs … are released by Russian jets flying inside Russia's
        # Belgorod region": what such weapons are, not one strike
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and _generic(tok.head):
        return True  # (and what they are called: "Glide bombs – Soviet-era free-fall bombs")
    if tok.dep_ == "conj" and _generic(tok.head):
        return True
    if tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ == "one" and any(
                c.tag_ == "JJS" or (c.dep_ == "amod" and (c.lower_.endswith("est")
                                                          or c.lower_ == "worst"))
                for c in tok.children):
        return True  # "after one of the bloodiest battles of the war": a comparison
    node = tok
    for _ in range(5):
        head = node.head
        if head == node:
            break
        if node.dep_ == "pobj" and head.dep_ == "prep" \
                and head.lower_ in ("of", "with", "including") \
                and not _a_batch_carried_out(head.head) \
                and (head.head.lemma_.lower() in _NOT_AN_OCCURRENCE or any(
                    c.dep_ == "acomp" and c.lemma_.lower() in _NOT_AN_OCCURRENCE
                    for c in head.head.children)):
            # ("a pattern of attacks on towns …, with killings, looting and abductions", "had
            # been involved in the planning of attacks", "afraid of the fighting")
            return True
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" \
                and head.head.lemma_.lower() in ("involve", "implicate", "participate"):
            return True  # "the suspects were involved in attacks on security forces and the
            # planting of roadside bombs": what they are held for, no occurrence told
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" \
                and (head.head.lemma_.lower() in _LONG_SPANS or head.head.lower_ == "weeks"):
            return True  # "survived eight years of Saudi bombing", "after months of fighting",
            # "where weeks of fighting have driven thousands from their homes": a war's
            # length, not an occurrence ("two days of fighting" may be one battle)
        node = head
    subject = tok.head if tok.dep_ == "conj" else tok  # "kidnappings and bombings are …"
    if tok.tag_ in ("NNS", "NNPS") and subject.dep_ in ("nsubj", "nsubjpass") \
            and subject.head.lemma_.lower() in _TREND and not (
                subject.head.lemma_.lower() in ("fall", "drop")
                and _FALLING_MUNITION.fullmatch(tok.lower_) and any(
                    c.dep_ == "prep" and c.lower_ in _ONTO for c in subject.head.children)):
        # (not munitions falling on something: "two people were injured when shells fell on
        # residential areas")
        return True  # "arrests of activists have accelerated": a trend, not an occurrence
    if tok.tag_ in ("NNS", "NNPS") and tok.dep_ == "dobj" and (
            tok.head.lemma_.lower() in _TREND | {"step"} or (
                tok.head.lemma_.lower() in _DOCUMENTED and perfect(tok.head))):
        # "separatists intensified abductions", "stepped up attacks": a trend; "rights groups
        # have documented killings of civilians by both sides": a record, not an occurrence
        return True
    bare = tok.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "nummod", "poss") for c in tok.children)
    if tok.tag_ in ("NNS", "NNPS") and subject.dep_ in ("nsubj", "nsubjpass"):
        verb = subject.head
        if verb.lemma_.lower() in ("be", "remain", "become", "seem") and any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _PREVALENCE
                for c in verb.children):
            return True
        if bare and verb.lower_ in ("are", "is") and verb.tag_ in ("VBP", "VBZ"):
            return True  # "strikes on military infrastructure are legitimate targets"
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
        return True  # "strikes on infrastructure are legitimate targets": what they are
    if tok.dep_ in ("pobj", "conj") and any(
            t.dep_ == "prep" and t.lower_ == "for" and t.head.lower_ in _REPUTED
            for t in (tok.head, tok.head.head, tok.head.head.head)):
        return True  # "the Abu Sayyaf, known for kidnappings for ransom and beheadings"
    # "Ukraine rarely comments on attacks inside Russia"
    return bare and tok.dep_ == "pobj" and any(
        c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in tok.head.head.children)


#: What a group is reputed for is its record, not an occurrence: "known for kidnappings".
_REPUTED = {"known", "notorious", "infamous", "famous", "feared"}
#: Adverbs of a pattern on the verb that governs a bare plural: "rarely comments on attacks".
_HABITUAL_ADVERBS = {"rarely", "seldom", "often", "frequently", "regularly", "routinely",
                     "usually", "typically", "repeatedly", "never"}


def _gunfire(tok: Any) -> bool:
    """The noun "fire" as shooting: "opened fire", "mortar fire", "came under fire"."""
    mods = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
    if any(m in ("cease", "ceasefire") for m in mods) or "cease" in tok.doc[
            max(0, tok.i - 2):tok.i].text.lower():
        return False  # "cease-fire"
    if mods:
        return True
    head = tok.head
    if head.lemma_.lower() in _FIRE_VERBS and tok.dep_ != "nsubj":
        return True  # "opened fire", not "then the fire comes"
    return head.dep_ == "prep" and head.lower_ in ("under", "of") and head.head.lemma_.lower() \
        in ("come", "exchange", "hail", "barrage", "volley", "line")


#: What makes the noun "strike" a military strike rather than a labour, hunger or "armed" strike.
_STRIKE_MODS = {"air", "drone", "missile", "rocket", "artillery", "precision", "retaliatory",
                "military", "naval", "preemptive", "pre-emptive", "airstrike", "aerial",
                "israeli", "russian", "american", "u.s.", "us", "coalition", "deadly", "lethal",
                "targeted", "surgical", "nuclear", "cruise", "ballistic", "kamikaze", "suicide",
                "overnight", "new", "latest", "fresh", "massive"}


#: Of those, the words that say a strike is armed by themselves: its arm, its means, its
#: state ("new", "massive" or "targeted" strikes may be workers').
_ARMED_STRIKE_MODS = _STRIKE_MODS - {"new", "latest", "fresh", "massive", "overnight",
                                     "targeted", "surgical", "deadly", "lethal", "suicide"}


def _armed_strike(tok: Any) -> bool:
    """The noun "strike" said to be armed by a word of its own: "Israeli strikes", "drone
    strikes", "retaliatory strikes" (what makes it violent without another violent word), and
    told as what happened, not what has been so ("roads and bridges have been destroyed by
    Israeli strikes")."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod")
                                      and c.lower_ in _ARMED_STRIKE_MODS for c in tok.children) \
        and not perfect(verb)


#: Verbs that give what was told a name: "called it", "condemned it as", "described it as".
_CALLING = {"call", "describe", "condemn", "denounce", "label", "brand", "term", "decry",
            "characterize", "characterise"}


def _a_name_called(tok: Any) -> bool:
    """A noun naming what the sentence's verb of calling acts on ("called the strike a
    terrorist attack", "condemned it as a terrorist attack"): the occurrence told, named."""
    # (not "began what it called 'limited, localized' ground raids", "after what the
    # Secretariat described as a 'confrontation'": the occurrence itself, in its teller's word)
    verb = tok.head if tok.dep_ == "oprd" else tok.head.head
    if verb.lemma_.lower() not in _CALLING or not (
            tok.dep_ == "oprd" or (tok.dep_ == "pobj" and tok.head.lower_ == "as")):
        return False
    named = [c for c in verb.children if c.dep_ == "dobj"]
    if named and all(c.lower_ != "what" for c in named):
        return True
    # (but "France condemned what it called "a new massacre"": what a reaction is to, named
    # by the side reacting, an occurrence told elsewhere)
    return any(c.lower_ == "what" for c in named) and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in _REACTING


#: Verbs of a side's reaction to an occurrence: "condemned", "denounced".
_REACTING = {"condemn", "denounce", "deplore", "decry", "criticise", "criticize", "slam",
             "reject", "protest", "mourn", "lament"}


#: Nouns of answering: "in response to", "in retaliation for".
_ANSWERING = {"response", "retaliation", "revenge", "reprisal"}


def _answered_by_the_sentence(tok: Any) -> bool:
    """A noun the sentence's occurrence answers: "in response to Israeli strikes", "in
    retaliation for the attack on …" (an earlier occurrence, not the one told)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("to", "for") \
        and prep.head.lemma_.lower() in _ANSWERING and prep.head.dep_ == "pobj" \
        and prep.head.head.lower_ == "in"


def _military_strike(tok: Any) -> bool:
    """The noun "strike": "air strike", "missile strikes on Kyiv" — not "a general strike"."""
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _STRIKE_MODS
           for c in tok.children):
        return True
    if any(c.lower_ in ("general", "hunger", "armed", "labor", "labour", "national", "workers",
                        "teachers", "doctors", "nationwide") for c in tok.children):
        return False
    if any(c.lower_ in ("one", "another", "second", "third", "each", "latest", "first", "last")
           for c in tok.children):
        return True  # "one strike hit a house", "another strike on a school"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("carry", "conduct") \
            and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "American forces had carried out five 'self-defense strikes'": strikes
        # counted and carried out are blows struck (a walkout is one, and not carried out)
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting", "in", "near")
               for c in tok.children)


_FORCE_WORDS = re.compile(r"^(?:rebels?|militants?|insurgents?|fighters?|forces?|troops?|army|"
                          r"militias?|jihadists?|guerrillas?|hands)$", re.IGNORECASE)


def _falls_to_a_force(tok: Any) -> bool:
    """"fell to the rebels", "fell to Russian forces", "fell into the hands of the Taliban"."""
    if tok.pos_ != "VERB":
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
            for t in prep.subtree:
                if _FORCE_WORDS.match(t.text) or t.ent_type_ in ("ORG", "NORP"):
                    return True
    return False


def _territory_object(tok: Any) -> bool:
    """Seizing, capturing or taking *ground*: the object names a place or a kind of territory
    ("captured the town", "seized Saraqib"), not documents, weapons or people."""
    if tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.head.i == tok.i + 1 \
            and tok.head.pos_ == "PROPN" and tok.head.ent_type_ not in ("PERSON", "ORG", "NORP"):
        return True  # "forces on Sunday captured Dhadar, a mountain village", misparsed as
        # an adjective of the name
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "pobj", "attr") or (
                tok.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "of"):
            if any(t.lemma_.lower() in _NOT_GROUND for t in child.subtree
                   if t.i == child.i or (t.dep_ in ("compound", "appos") and t.head.i == child.i)) \
                    or child.lemma_.lower() in _PEOPLE_TAKEN:
                # ("captured 14 suspected members of Los Lobos": people, not ground; "seized
                # two 'monstruos' – trucks fitted with armour": vehicles)
                continue  # "seized the vessel Galaxy Leader": a ship named, not ground
            # (not where or when it happened: "seized 14 rifles during an operation in
            # Chicomuselo")
            occasion = {t.i for p in child.subtree if p.dep_ == "prep" and p.lower_ in _OCCASION
                        for t in p.subtree}
            for t in child.subtree:
                if t.i in occasion:
                    continue
                if t.ent_type_ in ("GPE", "LOC", "FAC") or (
                        t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "ORG", "NORP")):
                    return True  # a named place, also one NER missed ("Al EIs was seized")
            if _takes_territory(child):
                return True
    return False


def _into_the_air(tok: Any) -> bool:
    """Shots fired "in/into the air" ("fired several shots in the air"): aimed at no one."""
    for c in tok.children:
        for p in (c, *(g for g in c.children if g.dep_ == "prep")) if c.dep_ == "dobj" else (c,):
            if p.dep_ == "prep" and p.lower_ in ("in", "into") and any(
                    g.dep_ == "pobj" and g.lower_ == "air" for g in p.children):
                return True
    return False


def _heard_as_a_habit(tok: Any) -> bool:
    """A weapon heard in the present tense ("Now we sit at home and listen to the bombs",
    "We hear gunshots every night"): what people live with, no occurrence (news tells one it
    heard in the past: "residents heard three loud explosions")."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else tok.head
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") \
        and head.lemma_.lower() in ("hear", "listen") and (head.tag_ in ("VBP", "VBZ") or (
            # ("sit at home and listen to": the tense of the verb it is joined to)
            head.tag_ == "VB" and head.dep_ == "conj" and head.head.tag_ in ("VBP", "VBZ")))


#: Prepositions of the occasion of a seizure, not of what was seized.
_OCCASION = {"during", "after", "before", "amid", "following", "since"}
#: People captured or carried off: "captured 14 members of …", "seized two commanders of …",
#: "the pupils were taken from a school".
_PEOPLE_TAKEN = {"member", "fighter", "suspect", "soldier", "militant", "commander", "leader",
                 "man", "people", "person", "rebel", "combatant", "hostage", "civilian",
                 "officer", "operative", "cadre", "pupil", "student", "schoolchild", "child",
                 "teacher", "woman", "girl", "boy", "villager", "passenger", "worker",
                 "resident", "farmer", "family", "priest", "nun", "journalist", "tourist",
                 # people by their office: "the Fon of Nkar was taken from his palace"
                 "fon", "chief", "ruler", "king", "emir", "mayor", "councillor", "headman",
                 "pastor", "imam", "doctor", "nurse", "lawyer", "activist", "engineer",
                 "trader", "businessman", "driver", "official", "fisherman", "sailor",
                 "crew",
                 # an association's officers, the press: "took away the president and the
                 # vice-president of the Association of Journalists from their homes"
                 "president", "secretary", "editor", "reporter", "blogger", "photojournalist",
                 "photographer", "cameraman",
                 # a school's head: "set fire to the school … and took away its headmaster"
                 "headmaster", "headmistress", "headteacher"}
def _a_person_taken(tok: Any) -> bool:
    """Whether a verb's object names people: "the pupils", "photojournalist Tomás Lerma" (a
    person by name, or by the office or trade told before the name)."""
    return tok.lemma_.lower() in _PEOPLE_TAKEN or (tok.ent_type_ == "PERSON" and any(
        c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in _PEOPLE_TAKEN
        for c in tok.children))


#: People held or escaped from holding, whom a force "recaptured".
_ESCAPED = {"inmate", "prisoner", "escapee", "fugitive", "detainee", "convict", "jailbreaker"}
#: Pronouns for people: "took him to the outskirts of the village" carries a person off.
_TAKEN_ONES = {"him", "her", "them", "me", "us"}
def _told_in_other_words(tok: Any, lemma: str, text: str) -> tuple[str, str] | None:
    """(family, lemma) of an occurrence told by a verb that is no trigger word of its own, or
    None."""
    if tok.pos_ != "VERB":
        return None
    if lemma in ("beat", "stone") and _STREET_JUSTICE.search(text):
        # "residents stoned and set fire to two men they accused of being gang members", "a
        # crowd beat to death a man accused of having been an informant": a lynching
        return "kill", "lynch"
    if (lemma in ("pelt", "hurl") or (lemma == "throw" and tok.dep_ != "advcl" and not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "after", "while")
            for c in tok.children))) \
            and _crowd_subject(tok) and any(
            t.lemma_.lower() in ("stone", "rock", "brick", "firebomb") for t in tok.subtree) \
            and (lemma == "pelt" or THREW_STONES_AT_FORCES.search(text)):
        # "youths pelted stones at police and CRPF personnel", "Hundreds of Palestinians hurl
        # rocks and firebombs at Israeli troops near the Beit El checkpoint", "crowds of angry
        # residents threw stones at MONUC vehicles" (not "Police fired tear gas … when some
        # protesters threw rocks at officers": the protest met with force)
        return "riot", "riot"
    if _taken_in(tok, lemma):
        # "troops rounded up at least 15 people", "took them into custody": arrests
        return "arrest", "arrest"
    if lemma in ("restore", "reestablish", "re-establish") and any(
            c.dep_ == "dobj" and (c.lower_ == "control" or (
                c.lower_ in ("security", "stability")
                and any(p.dep_ == "prep" and p.lower_ == "to" for p in tok.children)))
            for c in tok.children):
        # "its forces had restored control over the town of Qardaha": ground retaken (and
        # Syrian state media's "Army units restored security and stability to Kabana village")
        return "territory", "retake"
    if lemma in ("establish", "gain", "assume", "wrest", "impose") and tok.tag_ != "VBG" and any(
            c.dep_ == "dobj" and c.lower_ == "control" for c in tok.children) and any(
            p.dep_ == "prep" and p.lower_ in ("over", "of") and _ground_named(p)
            for c in tok.children if c.dep_ == "dobj" for p in (*c.children, *tok.children)):
        # "Militia forces of the DPR have established full control over Debaltseve",
        # "the rebels gained control of the town": ground taken (not "were establishing
        # control over the abandoned town": a handover under way)
        return "territory", "take"
    return None


#: Police of any name: taking control of an area after a riot is restoring order.
_ORDER_KEEPERS = re.compile(r"\b(?:police|policemen|rangers|gendarmes?|gendarmerie)\b")
#: Ground named by its kind: "control of the town".
_GROUND_WORDS = {"town", "village", "city", "area", "district", "base", "hill", "airport",
                 "territory", "positions", "port", "camp", "crossing", "outskirts", "centre",
                 "center", "neighbourhood", "neighborhood", "region", "province", "county"}


def _ground_named(prep: Any) -> bool:
    """Whether a preposition's object is a place: a name ("over Debaltseve") or a kind of
    ground ("of the town"), not "of the situation"."""
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in _GROUND_WORDS
               or (t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "ORG", "NORP"))
               for t in prep.subtree if t.i != prep.i)


def _taken_in(tok: Any, lemma: str) -> bool:
    """"rounded up dozens of young men", "took them into custody": people detained, told
    without "arrested" (``tok`` a verb)."""
    if lemma == "round":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _PEOPLE_TAKEN or c.lower_ in _TAKEN_ONES
                                  or any(t.like_num or t.lower_ in ("dozens", "hundreds", "scores")
                                         for t in c.subtree))
            for c in tok.children)
    return lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(
            g.lower_ == "custody" and not any(a.lower_ == "protective" for a in g.children)
            for g in c.children)
        for c in tok.children)  # (not "taken into protective custody": sheltered, not held)


#: What is seized and named but is no ground: ships, vehicles, aircraft, weapons and goods.
_NOT_GROUND = {"vessel", "ship", "tanker", "boat", "ferry", "freighter", "carrier", "yacht",
               "aircraft", "plane", "jet", "helicopter", "vehicle", "truck", "car", "bus",
               "convoy", "cargo", "crew", "shipment",
               # weapons and goods: "seized two assault rifles in Kharkiv", "seized two
               # firearms, 120 rounds of ammunition and a flag from an abandoned camp"
               "rifle", "firearm", "weapon", "gun", "pistol", "ammunition", "round",
               "explosive", "grenade", "bomb", "drug", "cocaine", "heroin", "cannabis", "cash",
               "money", "motorcycle", "motorbike", "phone", "document", "flag", "item",
               "equipment", "material", "fuel", "cattle", "livestock", "goods", "arm"}


#: What a force sets up where it settles: ACLED's headquarters or base established.
_BASES = {"base", "bases", "headquarters", "outpost", "outposts", "camp", "camps", "garrison"}
#: What is handed over without a fight: ACLED's non-violent transfer of territory.
_HANDED = {"town", "towns", "village", "villages", "city", "positions", "position", "control",
           "area", "areas", "territory", "base", "bases", "district", "checkpoint",
           "checkpoints", "airport", "border", "crossing"}


#: A town shut in protest, kept: "observed a 'dead city' day", "shops remained closed … in
#: response to a call for a 'ville morte'".
_DEAD_CITY_KEPT = re.compile(r"\b(?:observed|observe|observing|held|marked|(?:remained|were|"
                             r"stayed)\s+(?:closed|shut)|in\s+response\s+to)\b", re.IGNORECASE)


def _a_dead_city_kept(tok: Any, text: str) -> bool:
    """Whether the token ends "dead city" or "ville morte" in a sentence that tells it kept."""
    return tok.lower_ in ("city", "morte") and tok.i > tok.sent.start \
        and tok.nbor(-1).lower_ in ("dead", "ville") and _DEAD_CITY_KEPT.search(text) is not None


#: Members a group expels, and fighters or officers who defect.
_MEMBERS = re.compile(r"\b(?:commanders?|members?|leaders?|fighters|officers?|cadres?|soldiers|"
                      r"troops|colonel|general|brigadier|major|captain|lieutenant|unit|"
                      r"brigade|battalion|faction|militiamen|garrison)\b", re.IGNORECASE)


#: The lemmas :func:`_changed_sides` reads.
_SIDE_CHANGES = frozenset({"defect", "defection", "switch", "break", "split", "expel"})


def _changed_sides(tok: Any, lemma: str) -> bool:
    """Whether the token tells a change to an armed group: a fighter's or an officer's
    defection ("the defection on Thursday of Colonel …", "switched sides with about 200 of his
    men"), a faction breaking away, or members expelled — told as news, not as what a "which"
    clause recalls ("a faction …, which broke away from the peace deal") or as what later
    events followed ("since 20 October, following the defection of an RSF commander"). (A
    member leaving its coalition is not read: "left the …" lost a held-out set's actors.)"""
    if lemma not in _SIDE_CHANGES:
        return False  # (asked of every word: the cheap test first)
    kids = list(tok.children)
    if tok.dep_ == "relcl" or (tok.dep_ == "pobj" and tok.head.lower_ in (
            "after", "following", "since", "before")):
        return False
    if lemma == "defect" and tok.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and _MEMBERS.search(" ".join(t.text for t in c.subtree))
                   for c in kids)
    if lemma == "defection" and tok.pos_ == "NOUN":
        return _MEMBERS.search(" ".join(t.text for t in tok.subtree)) is not None
    if tok.pos_ != "VERB":
        return False
    if lemma == "switch" and any(c.dep_ == "dobj" and c.lower_ == "sides" for c in kids):
        return True
    if lemma in ("break", "split") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "away" and (
                any(g.dep_ == "prep" and g.lower_ == "from" for g in c.children)
                or any(g.dep_ == "prep" and g.lower_ == "from" for g in kids))
            for c in kids):
        return True  # ("had broken away from the group": "from" hangs on "away" or the verb)
    # its own members ("expelled five commanders of its Eastern Bloc"), not a government
    # expelling foreign troops
    return lemma == "expel" and any(
        c.dep_ in ("dobj", "nsubjpass") and _MEMBERS.search(" ".join(t.text for t in c.subtree))
        and any(t.lower_ in ("its", "their") for t in c.subtree) for c in kids)


def _held_object(tok: Any, lemma: str) -> str | None:
    """The family of "set up / established a base" ("base") and "handed over the town to …"
    ("withdraw": a non-violent transfer), or None."""
    if tok.pos_ != "VERB":
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    particle = any(c.dep_ == "prt" and c.lower_ in ("up", "over") for c in tok.children)
    if (lemma == "establish" or (lemma == "set" and particle)) \
            and any(o.lower_ in _BASES or o.lower_ == "position" for o in objects):
        return "base"  # (and "set up a position in the former US base")
    if lemma in ("move", "relocate", "transfer") and any(
            o.lower_ == "headquarters" and any(t.lower_ in ("its", "their") for t in o.subtree)
            for o in objects) and any(c.dep_ == "prep" and c.lower_ in ("to", "into")
                                      for c in tok.children):
        return "base"  # "the MNDAA moved its headquarters … into the former regional
        # military command compound in Laukkai"
    if lemma == "hand" and particle and any(
            o.lower_ in _HANDED or o.pos_ == "PROPN" for o in objects):
        return "withdraw"
    return None


#: Verbs by which defenders tell an attack they fought off.
REPELLED = {"repel", "repulse", "repell", "rebuff"}
#: Who is "neutralised" when it means killed: fighters, not drones or threats.
_FIGHTERS = re.compile(r"\b(?:bandits?|terrorists?|militants?|insurgents?|fighters?|rebels?|"
                       r"gunmen|attackers?|assailants?|jihadists?|kidnappers?|suspects?|"
                       r"infiltrators?|elements|members|cadres?|maoists?|naxals?|"
                       r"criminals?|gangsters?|combatants?|soldiers|troops)\b", re.IGNORECASE)


#: A tally over the days before: "in the previous seven days", "over the past week".
_WEEKLY = re.compile(r"\b(?:past|previous|last)\s+(?:week|seven\s+days|\w+\s+days)\b|"
                     r"\bweekly\b", re.IGNORECASE)


def definite(tok: Any) -> bool:
    """A noun told before: "the attackers", "this attack", "those gunmen"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those")
               for c in tok.children) and tok.pos_ == "NOUN"


_DEMOLISHERS = re.compile(r"\b(?:troops|soldiers|army|forces|police|bulldozers?)\b",
                          re.IGNORECASE)


def _demolished(tok: Any) -> bool:
    """"blew up houses", "detonated three houses" by troops: buildings demolished by a
    state's forces (the subject may be the verb's it is a conjunct of: "Israeli troops still
    deployed near the village blew up at least four houses", parsed as two verbs)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subjects and tok.dep_ == "conj":
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return (tok.lemma_.lower() == "detonate"
            or any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)) and any(
        c.dep_ == "dobj" and _PROPERTY.search(" ".join(t.text for t in c.subtree))
        for c in tok.children) and any(
        _DEMOLISHERS.search(" ".join(t.text for t in c.subtree)) for c in subjects)


#: What is done for people once taken: released, rescued, traced, sought.
_FOR_THE_TAKEN = {"release", "rescue", "return", "trace", "search", "free", "freeing", "reunite",
                  "whereabouts", "fate", "find", "locate", "swap", "exchange"}


def _the_taken_sought(tok: Any) -> bool:
    """An abduction word that only describes people now released or sought ("the release of
    the more than 200 schoolgirls abducted from Chibok in April", "tracing abducted women and
    children"): no abduction told."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "amod"):
        return False
    people = tok.head
    governor = people.head.head if people.dep_ == "pobj" and people.head.lower_ == "of" \
        else people.head if people.dep_ == "dobj" else None
    return governor is not None and governor.lemma_.lower() in _FOR_THE_TAKEN


def _fighters_object(tok: Any) -> bool:
    """The object of "neutralised" names fighters ("12 bandits", "four militants")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (_FIGHTERS.search(
        " ".join(t.text for t in c.subtree)) or ((
            c.lemma_.lower() in ("other", "others")
            or (_of_them(c) and tok.tag_ in ("VBD", "VBN"))) and any(
            _FIGHTERS.search(t.text) for t in tok.sent if t.i < tok.i)))
        for c in tok.children)  # (and "two others were neutralized" after fighters were, and
    # "pursued the attackers and 'neutralised' 11 of them"; not a participle, "engaged the
    # bandits …, neutralising six of them", the fight told by its other verb)


def _of_them(tok: Any) -> bool:
    """A count of those just named: "11 of them"."""
    return tok.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ == "them" for g in c.children) for c in tok.children)


#: What firefighters battle: "battling a blaze" is no battle.
_FIRES = {"blaze", "fire", "flame", "flames", "wildfire", "inferno", "fires", "blazes"}
#: Verbs that deliver a munition by hand or from the air: an attack only with one as their object.
_DELIVER = {"drop", "lob", "hurl", "throw", "toss"}
#: What is sent that is no force: "sent his condolences", "sent a message".
_SENT_WORDS = {"condolence", "message", "letter", "greeting", "wish", "sympathy", "note",
               "invitation", "signal", "delegation", "request", "regard", "prayer", "tweet"}
#: Explosives the attackers wore into an assault: no blast unless one is told ("fighters, some
#: of them wearing explosive belts, stormed the school", "armed with suicide vests").
_WORN_EXPLOSIVES = re.compile(r"\b(?:wearing|wore|worn|strapped\s+with|armed\s+with|in)\s+"
                              r"(?:an?\s+|their\s+)?(?:explosive|suicide|bomb)\s+"
                              r"(?:belts?|vests?|jackets?)\b", re.IGNORECASE)
#: Bombs among the arms attackers carried: "militants armed with guns, knives and homemade
#: bombs attacked around 30 police outposts" (what they had, not a blast told).
_ARMED_WITH_BOMBS = re.compile(r"\barmed\s+with\s+(?:[\w-]+,?\s+){0,8}?(?:homemade\s+|"
                               r"home-made\s+|crude\s+|improvised\s+)?(?:bombs|explosives|"
                               r"explosive\s+devices)\b", re.IGNORECASE)
#: What fires rounds that are shells: "mortar rounds", "artillery rounds", "tank rounds".
_SHELLS_ROUNDS = {"mortar", "artillery", "tank", "howitzer", "rocket", "shell"}
#: What is dropped on a target: "dropped an explosive", "dropped bombs", "dropped grenades".
_MUNITIONS = {"explosive", "explosives", "bomb", "bombs", "grenade", "grenades", "munition",
              "munitions", "charge", "charges", "shell", "shells", "mine", "mines", "payload",
              "device", "devices", "barrel", "mortar", "mortars", "rocket", "rockets",
              "missile", "missiles", "projectile", "projectiles"}
#: What flies and is shot at: hit in the air, it is intercepted, not attacked.
_AIRBORNE = re.compile(r"drones?|uavs?|missiles?|rockets?|aircraft|jets?|planes?|helicopters?|"
                       r"warplanes?")

#: What a weapon does when it comes down on something: "a drone crashed into a house".
_CRASHED = {"crash", "slam", "smash", "plough", "plow"}
#: Strikes that damage what they hit: "Shelling damaged three houses".
_DAMAGING = {"strike", "strikes", "airstrike", "airstrikes", "shelling", "bombardment",
             "bombing", "bombings", "barrage", "shellfire"}
#: Weapons (no aircraft: an aircraft that crashes is an accident).
_MUNITION_CRASHING = re.compile(r"drones?|uavs?|missiles?|rockets?|shells?")

#: Crowds: what they storm, they riot in.
_CROWD = re.compile(r"\b(?:protesters|demonstrators|crowds?|mobs?|rioters|supporters|"
                    # ("a group of young men stormed a Turkish visa application office")
                    r"students|youths|young\s+men)\b", re.IGNORECASE)


#: Verbs of driving a force from a place: "pushed Russian forces out of Kindrashivka",
#: "drove the militants from Marte".
_DRIVE_OUT = {"push", "drive", "force", "expel", "oust", "dislodge", "flush", "chase", "rout",
              "clear"}
#: Who is driven out: a force, not residents ("forced residents out of their homes").
_FORCES_DRIVEN = {"force", "troop", "fighter", "militant", "rebel", "insurgent", "soldier",
                  "unit", "jihadist", "terrorist", "militia", "militiaman", "enemy", "army",
                  "occupier", "invader", "gunman", "bandit", "extremist"}


def _cleared_of_foes(tok: Any) -> bool:
    """"troops cleared Marte of terrorists", "cleared the town of 'extremist forces'": a
    place rid of a force (not "cleared three camps", "clearing it of mines")."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        place = c.ent_type_ in ("GPE", "LOC", "FAC") or (
            c.pos_ == "PROPN" and c.ent_type_ not in ("NORP", "ORG")) \
            or c.lemma_.lower() in ("town", "village", "city", "area", "district")
        if not place:
            continue
        for prep in (*(g for g in tok.children if g.dep_ == "prep"),
                     *(g for g in c.children if g.dep_ == "prep")):
            if prep.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _FORCES_DRIVEN
                    for g in prep.children):
                return True
    return False


def _drives_out(tok: Any, lemma: str) -> bool:
    """"pushed Russian forces out of Kindrashivka", "drove al-Shabaab fighters from the town
    of Bariire": a force driven from a named place (a takeover of it)."""
    if lemma not in _DRIVE_OUT or tok.pos_ != "VERB":
        return False
    if lemma == "clear" and _cleared_of_foes(tok):
        return True
    if not any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _FORCES_DRIVEN
                                                   or c.ent_type_ in ("ORG", "NORP"))
               for c in tok.children):
        return False
    driven = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (*(c for c in tok.children if c.dep_ in ("prep", "prt")),
                 # (or hung on the force: "had cleared Fano fighters from Lalibela")
                 *(g for c in driven for g in c.children if g.dep_ == "prep")):
        if prep.lower_ == "out":
            prep = next((g for g in prep.children if g.lower_ == "of"), prep)
        if prep.lower_ not in ("of", "from"):
            continue
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC")
                                or (obj.pos_ == "PROPN" and obj.ent_type_ not in
                                    ("PERSON", "NORP"))
                                or (obj.lemma_.lower() in ("town", "village", "city") and any(
                                    g.lower_ == "of" and any(p.pos_ == "PROPN"
                                                             for p in g.children)
                                    for g in obj.children))):
            return True  # (a place named: not "out of a small village on the front line")
    # "entered the city of Wad Madani after driving out the militia": the place entered
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head if tok.dep_ == "advcl" else None
    if head is not None and head.lemma_.lower() == "enter" and head.pos_ == "VERB":
        return any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or (
            c.lemma_.lower() in ("town", "city", "village", "capital") and any(
                g.lower_ == "of" for g in c.children))) for c in head.children)
    return False


def sets_in_context(sent: Any) -> bool:
    """"The attacks come as efforts to end the war have stalled", "The violence comes amid a
    deadlock over elections": the subject is what the story has just told, the rest the
    situation around it (no occurrence, and no place or day for the one told)."""
    root = sent.root
    if root.lemma_.lower() != "come" or not any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _TOLD_OCCURRENCES
            and any(d.dep_ == "det" and d.lower_ in ("the", "this", "these", "that", "those")
                    for d in c.children)
            for c in root.children):
        return False
    after_verb = [t for t in sent if t.i > root.i][:2]
    return any(t.lower_ in _AMID_WORDS for t in after_verb)


#: Armed men who carry people off, named by their kind: "gunmen seized …".
_RAIDERS_WHO_TAKE = {"gunman", "gunmen", "militant", "fighter", "bandit", "rebel", "insurgent",
                     "militiaman", "militiamen", "attacker", "assailant", "kidnapper",
                     "jihadist", "raider", "pirate", "gang", "kidnappers"}


def _taken_by_raiders(tok: Any) -> bool:
    """A verb of seizing whose object is people and whose subject is armed men of no state
    ("gunmen", "Druze fighters", "armed men"): an abduction."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PEOPLE_TAKEN for c in tok.children) \
        and _done_by_raiders(tok)


def _done_by_raiders(tok: Any) -> bool:
    """Whether a verb's subject is armed men of no state ("gunmen", "Druze fighters", "armed
    men"); a verb with none of its own takes the first verb's of its conjunction ("armed
    Taliban stopped two minibuses … and took away 12 passengers")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lemma_.lower() in _RAIDERS_WHO_TAKE or subj.lower_ in _RAIDERS_WHO_TAKE or any(
        c.lower_ == "armed" for c in subj.children)


def _hurt_by_raiders(tok: Any) -> bool:
    """A verb of hurting in the active voice whose subject is armed men of no state ("gunmen
    fired at and injured a shopkeeper", "bandits wounded three farmers"): an attack told by
    its toll alone."""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) \
        and _done_by_raiders(tok)


#: Verbs that take hostages: only with one of them is "hostage" a kidnapping told.
def _hostage_taker(tok: Any) -> Any:
    """The word governing "hostage", past the conjuncts the parser may hang it on ("took about
    50 guards and administrative staff hostage": "hostage" a conjunct of "guards")."""
    node = tok
    while node.dep_ == "conj":  # (a conjunct is never the root: the walk ends)
        node = node.head
    return node.head if node is not tok and node.dep_ in ("dobj", "nsubjpass") else tok.head


_TAKERS_OF_HOSTAGES = {"take", "seize", "hold", "kidnap", "abduct", "capture", "grab", "keep",
                       "snatch", "took", "taken"}


#: What nature does: "the earthquake that struck central Myanmar on March 28, killing more
#: than 3,700 people" is no strike.
#: (Not "fire" nor "blaze": "Israeli fire killed five".)
_DISASTERS = {"earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "floods",
              "cyclone", "hurricane", "typhoon", "landslide", "landslides", "tsunami",
              "drought", "wildfire", "avalanche", "mudslide", "heatwave", "epidemic", "cholera",
              "famine"}


def _done_by_nature(tok: Any) -> bool:
    """A trigger whose doer is a disaster: "an earthquake struck", "floods killed 40", and the
    participle hanging on it ("…, killing more than 3,700")."""
    for verb in (tok, tok.head):
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (
                c.lemma_.lower() in _DISASTERS or (c.dep_ == "agent" and any(
                    g.lemma_.lower() in _DISASTERS for g in c.children)))
               for c in verb.children):
            return True
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _DISASTERS:
            return True  # "the earthquake that struck …"
        if verb.head.i == verb.i:
            break
    return False


#: What disasters do in news: strike, kill, destroy.
_NATURE_VERBS = {"strike", "hit", "kill", "destroy", "devastate", "wreck", "displace", "claim",
                 "leave"}


def told_of_nature(sent: Any) -> bool:
    """A sentence telling what a disaster did: "the 7.7-magnitude earthquake that struck central
    Myanmar on March 28, killing more than 3,700 people" (no occurrence, nor a toll of one)."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _NATURE_VERBS and _done_by_nature(t)
               for t in sent)


#: A road accident: "killed when a minibus collided with a truck", "a tanker truck overturned
#: and caught fire", "died in a road accident".
_ROAD_ACCIDENT = re.compile(
    r"\b(?:(?:road|traffic|car|bus|motorcycle)[^\S\n]+(?:accident|crash|collision)s?"
    r"|(?:minibus|bus|truck|lorry|car|tanker|vehicle|van|motorcycle|train)[^\S\n]+"
    r"(?:collided|overturned|veered|plunged|skidded|crashed)\b)", re.IGNORECASE)
#: What makes a crash an attack or a part of one: "a truck overturned after hitting a
#: landmine", "the car crashed after gunmen opened fire on it".
_HOSTILE = re.compile(
    r"\b(?:shot|shoot\w*|(?<!caught\s)fire[ds]?|gun\w*|ambush\w*|attack\w*|bomb\w*|explo\w+|mines?|"
    r"landmines?|IEDs?|rockets?|missiles?|drones?|shell\w*|strikes?|struck|militants?|"
    r"rammed|ramming|assault\w*|beat(?:en|ing)?|lynch\w*|mob|rebels?|insurgents?|"
    r"bandits?|police\s+(?:fired|chased)|chased|fleeing)\b", re.IGNORECASE)


def told_of_accident(text: str) -> bool:
    """A sentence telling of a road accident and of nothing hostile: "four passengers were
    killed when a minibus collided with a truck" is no attack on civilians."""
    return _ROAD_ACCIDENT.search(text) is not None and _HOSTILE.search(text) is None


#: Words that, after a hyphen, make the word before them a trade or a kit, not a deed
#: ("bomb-making", "bomb-disposal"): whatever that word is, it triggers nothing there.
_NOT_THE_DEED = {"making", "maker", "makers", "disposal", "proof", "resistant", "sniffing"}


#: Prepositions that place: "in the town of Hit", "near Hit", "from Hit".
_PLACING = {"in", "of", "near", "at", "from", "to", "around", "outside", "towards", "toward"}


def _a_town_named_so(tok: Any, sent: Any) -> bool:
    """Whether a capitalised name inside the sentence, placed by a preposition, is a town
    whose name is a trigger word ("the town of Hit", "near Hit" in Iraq's Anbar): a place,
    not a deed."""
    return tok.i > sent.start and tok.tag_ == "NNP" and tok.is_title \
        and tok.dep_ == "pobj" and tok.head.lower_ in _PLACING \
        and (tok.i + 1 >= sent.end or tok.nbor(1).pos_ not in ("PROPN", "NOUN"))


#: Verbs of leaving, and of being driven out, whose object or agent is what people left.
_FLED = frozenset({"flee", "escape"})
_DISPLACED = frozenset({"displace", "uproot"})


def _fled_from(tok: Any) -> bool:
    """Whether the token is a noun of fighting that people fled or were displaced by (the
    cause of their leaving, which the story tells as news elsewhere if at all)."""
    if tok.pos_ != "NOUN" or tok.lower_ not in ("fighting", "clashes", "violence", "attacks"):
        return False
    head = tok.head
    return (tok.dep_ == "dobj" and head.lemma_.lower() in _FLED) or (
        tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _DISPLACED)


def find_triggers(sent: Any) -> list[Trigger]:
    out: list[Trigger] = []
    text = sent.text  # Token.sent is costly: read the sentence text once
    if _RECURRENCE.search(text):
        return out  # "This is not the first time that residents have protested": a pattern
    if _NOTE_TO_READERS.match(text):
        return out  # "Editor's note: … does not publish the names of civilians killed"
    if _ORDINARY_CRIME.search(text):
        return out  # "a man who shot dead his neighbour … in a quarrel over a borrowed goat"
    for tok in sent:
        if tok.i + 2 < sent.end and tok.nbor(1).text == "-" \
                and tok.nbor(2).lower_ in _NOT_THE_DEED:
            continue  # "bomb-making materials were found", "a bomb-disposal team": no blast
        if _a_town_named_so(tok, sent):
            continue  # "arrested three men in the town of Hit": Iraq's Hit, no blow struck
        if _fled_from(tok):
            continue  # "families who had fled fighting in Sirwah district in recent days",
            # "people displaced by earlier fighting": why people left, not news of a fight
        lemma = _LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()
        if tok.i == sent.start and tok.pos_ == "PROPN" and lemma == tok.lower_ \
                and lemma.endswith("s"):
            # "Clashes between the ELN and the dissidents …" opening a paragraph after a
            # heading: the parser takes the plural for a name and leaves it unlemmatised
            lemma = next((w for w in (lemma[:-2], lemma[:-1]) if w in _ALL_TRIGGER_WORDS),
                         lemma)
        if tok.lower_ == "shot" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "dead":
            lemma = "shoot"  # "gunmen on a motorcycle shot dead …", parsed as a noun
        elif lemma == "drive" and tok.pos_ == "VERB" and _LADEN_WITH_EXPLOSIVES.search(text) \
                and any(t.dep_ == "prep" and t.lower_ == "into" for t in tok.subtree):
            # (however the parser hangs "into": "drove a car packed with explosives into the
            # gate of the ECWA Good News Church")
            lemma = "ram"  # "a suicide bomber drove a vehicle laden with explosives into the
            # gate of the hotel": a car bomb driven in, as one rammed
        elif lemma == "stop" and tok.pos_ == "VERB" and _LADEN_WITH_EXPLOSIVES.search(text) \
                and any(c.dep_ == "dobj" for c in tok.children):
            lemma = "intercept"  # "security forces stopped a minibus packed with explosives at
            # a checkpoint": a bombing prevented
        elif lemma in ("wound", "injure") and tok.pos_ == "VERB" and _hurt_by_raiders(tok):
            lemma = "shoot"  # "gunmen fired at and injured a shopkeeper outside his shop":
            # armed men's blow that killed no one (hurt told bare after a deed is its toll)
        elif lemma == "round" and tok.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _SHELLS_ROUNDS
                for c in tok.children):
            lemma = "shell"  # "several mortar rounds landed on a residential neighborhood"
        elif lemma == "combat" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("in", "during") \
                and ((tok.i + 1 < sent.end and tok.nbor(1).lower_ == "with")
                     or any(a.pos_ == "VERB" and a.lemma_.lower() in (
                         "kill", "neutralize", "neutralise")
                            and any(c.dep_ == "nsubj" for c in a.children)
                            for a in list(tok.ancestors)[:5])):
            lemma = "fighting"  # "two soldiers were killed in combat with the EMC's front",
            # "troops had killed four members of the Carlos Patiño front in combat" (not "a
            # soldier had been killed in combat in northern Gaza": a loss, told as before)
        elif lemma == "interdiction" and tok.i > sent.start and tok.nbor(-1).lower_ == "air":
            lemma = "airstrike"  # "the Air Component conducted air interdiction on a terrorist
            # enclave": Nigeria's military word for its air strikes
        elif tok.pos_ == "VERB" and lemma in _TO_DEATH and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(
                    g.lower_ == "death" for g in c.children) for c in tok.children):
            lemma = "murder"  # "hacked to death at least 14 civilians with machetes"
        if _gathered_to_denounce(tok, lemma) or _took_to(tok, lemma) \
                or _protesters_gathered(tok, lemma) or _filled_a_square(tok, lemma) \
                or _blocked_with_burning_tyres(tok, lemma):
            # "several hundred supporters of the junta gathered … to denounce foreign
            # interference": a crowd met for a cause protests
            out.append(Trigger("protest", tok.i, lemma, True))
            continue
        if lemma == "engage" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _AIR_DEFENCE.search(" ".join(t.text for t in c.subtree))
                for c in tok.children) and _is_real(tok):
            # "air defences had engaged hostile targets over western Tehran": interceptions
            out.append(Trigger("intercept", tok.i, lemma))
            continue
        if lemma == "enter" and _entered_to_hold(tok, text) and _is_real(tok):
            # "M23 fighters entered Goma late on Sunday night and by Monday morning controlled
            # the city centre", "Rebels entered Salamiyeh without a fight": ground taken
            out.append(Trigger("territory", tok.i, "enter"))
            continue
        if lemma == "agree" and _agreed_to_stop_fighting(tok) and _is_real(tok):
            # "the chiefs of general staff agreed in Moscow on Tuesday to stop hostilities":
            # a ceasefire told by what was agreed, not by its name
            out.append(Trigger("agreement", tok.i, "ceasefire"))
            continue
        if tok.lower_ == "stoning" and tok.i > sent.start \
                and tok.nbor(-1).lower_ in ("and", ",", "while", "by") \
                and any(t.dep_ == "ROOT" and _crowd_subject(t) and _is_real(t) for t in sent):
            # "hundreds of angry youths mounted roadblocks …, burning tyres and stoning
            # vehicles and police patrols": a crowd's violence (however the parser tags it)
            out.append(Trigger("riot", tok.i, "riot"))
            continue
        if lemma == "beat" and _a_crowd_beat_someone(tok) and _is_real(tok):
            # "a group of Muslim men pulled a Buddhist monk off a motorbike, beat him and set
            # him on fire", "residents beat two suspected thieves": a crowd's violence
            out.append(Trigger("riot", tok.i, "beat"))
            continue
        if lemma == "beat" and _a_crowd_beat_someone(tok, _ARMED_BEATERS) and _is_real(tok):
            # "Koglweogo members seized four young men accused of stealing cattle …, tied them
            # to trees and beat them with whips and sticks": armed men's violence on people
            out.append(Trigger("attack", tok.i, "beat"))
            continue
        if lemma == "engage" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _FOES_BEFORE.search(" ".join(t.text for t in c.subtree))
                is None and W["troops"].search(" ".join(t.text for t in c.subtree))
                for c in tok.children) and any(
                c.dep_ == "dobj" and _FOES_BEFORE.search(" ".join(t.text for t in c.subtree))
                for c in tok.children) and _is_real(tok):
            # "troops of Operation Whirl Stroke engaged the attackers as they withdrew":
            # forces that engage armed men fight them
            out.append(Trigger("clash", tok.i, "fight"))
            continue
        if (lemma == "disperse" or (lemma == "clear" and _WEAPONS_OF_CROWD_CONTROL.search(
                tok.sent.text))) and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") and (
                    c.lemma_.lower() in _DISPERSED or _a_sit_in(c))
                for c in tok.children) and (_is_real(tok) or (
                    tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB"
                    and (tok.head.dep_ not in ("xcomp", "advcl", "ccomp") or (
                        # ("police used batons to disperse dozens of traders …, the traders'
                        # association said": told in the past by whoever says it)
                        tok.head.dep_ == "ccomp" and tok.head.tag_ == "VBD"
                        and tok.head.head.lemma_.lower() in ("say", "tell", "report")))
                    and not any(
                        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS)
                        for c in tok.head.children))):
            # "police fired tear gas to disperse residents who had blocked the road": a crowd
            # the police broke up protested, whatever the story calls it (told as a purpose,
            # "to disperse", the firing is what happened: unless it was denied or threatened)
            out.append(Trigger("protest", tok.i, lemma))
            continue
        if lemma == "engage" and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and _ENGAGED_FOE.search(" ".join(
                    t.text for t in c.subtree if t.i <= c.i)) for c in tok.children) \
                and _is_real(tok):
            # "troops … engaged armed herders who had attacked farmers, neutralising three",
            # "engaged the attackers as they withdrew": a fight (not "engaged in talks")
            out.append(Trigger("clash", tok.i, "fight"))
            continue
        if lemma == "go" and tok.pos_ == "VERB" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) and any(
                c.dep_ == "nsubj" and any(
                    w.lower_ in _MUNITIONS or w.lemma_.lower() in (
                        "device", "bomb", "mine", "ied", "charge")
                    # ("In the capital, Quito, an explosive device went off", parsed with the
                    # town as the subject and the device in apposition)
                    for w in (c, *(a for a in c.children if a.dep_ == "appos")))
                for c in tok.children) and _is_real(tok):
            # "an improvised explosive device went off as a military vehicle drove past"
            out.append(Trigger("explosion", tok.i, "explode"))
            continue
        if lemma in _CRASHED | {"fall", "land"} and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _MUNITION_CRASHING.fullmatch(c.lower_)
                for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ in (("into", "onto", "on") if lemma in _CRASHED
                                                  else ("into", "onto", "on", "near", "in"))
                for c in tok.children) and _is_real(tok):
            # "a drone crashed into a private house in the town of Kurchatov": a drone or a
            # missile that comes down on a building hit it (an aircraft crashing is an
            # accident); one that fell or landed near or in a place hit there ("In Haifa, a
            # missile fell near the Bazan oil refinery complex")
            out.append(Trigger("attack", tok.i, "hit"))
            continue
        if lemma == "damage" and tok.tag_ == "VBD" and tok.i > sent.start and (
                _MUNITION_CRASHING.fullmatch(tok.nbor(-1).lower_)
                or tok.nbor(-1).lower_ in _DAMAGING) and tok.nbor(-1).dep_ != "pobj" \
                and (_is_real(tok) or tok.dep_ == "amod"):
            # "Russian attack drones damaged port infrastructure and a grain warehouse in
            # Izmail district": a weapon that damaged something hit it (not "the war damaged
            # the economy", nor damage said of a storm). Read off the words: the parser takes
            # "drones damaged port infrastructure" for an adjective, "Shelling damaged" for an
            # auxiliary (not "debris from downed drones damaged houses", the debris rule's)
            out.append(Trigger("attack", tok.i, "hit"))
            continue
        if _armed_men_stole(tok, lemma) and _is_real(tok):
            # "armed men broke into the office of a national NGO …, tied up the guards and
            # made off with two vehicles, computers and cash": goods taken by armed men
            out.append(Trigger("riot", tok.i, "steal"))
            continue
        if lemma == "beat" and tok.pos_ == "VERB" and _beaten_with_arms(tok) and _is_real(tok):
            # "militia members beat nine MDC supporters with sticks and iron bars": people
            # beaten with weapons were attacked
            out.append(Trigger("attack", tok.i, "attack"))
            continue
        told = _told_in_other_words(tok, lemma, text)
        if told is not None and _is_real(tok):
            out.append(Trigger(told[0], tok.i, told[1]))
            continue
        if _drives_out(tok, lemma) and _is_real(tok):
            # "its troops had pushed Russian forces out of Kindrashivka": a place retaken
            out.append(Trigger("territory", tok.i, "retake"))
            continue
        if _a_dead_city_kept(tok, text) and not _called_on_to_do(tok):
            # "residents observed a 'dead city' day on Monday to protest against insecurity",
            # "shops … remained closed on Wednesday in response to a call for a 'ville morte'":
            # a town shut in protest (not one only called for: "called on residents to
            # observe a day of 'dead city' on Thursday")
            out.append(Trigger("protest", tok.i, "protest"))
            continue
        if _changed_sides(tok, lemma) and _is_real(tok):
            # "the defection on Thursday of Colonel …", "announced … that it had broken away
            # from the TTP", "had expelled five commanders of its Eastern Bloc": ACLED's change
            # to a group or its activity
            out.append(Trigger("change", tok.i, lemma))
            continue
        held = _held_object(tok, lemma)
        if held is not None and _is_real(tok):
            # "set up a forward operating base in Wanlaweyn"; "handed over the town of Mogoke
            # to the military"
            out.append(Trigger(held, tok.i, lemma))
            continue
        if _a_sit_in(tok) and tok.dep_ != "prep":
            lemma = "sit-in"  # "staged a sit-in" is three tokens, the noun's head the last
        elif lemma == "chain" and tok.pos_ == "NOUN" and any(
                c.lower_ == "human" for c in tok.children if c.dep_ in ("amod", "compound")):
            lemma = "human chain"  # "some 300 residents staged a human chain on the jetty"
        elif tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") and lemma not in ("ied",):
            continue
        by_lemma, by_form = _FAMILIES_OF.get(lemma, ()), _FAMILIES_OF.get(tok.lower_, ())
        for family in (by_lemma if not by_form or by_form == by_lemma else
                       [f for f in TRIGGERS if f in by_lemma or f in by_form]):
            if family == "territory" and lemma in ("take", "seize") and tok.pos_ == "VERB" \
                    and any(c.dep_ in ("dobj", "nsubjpass") and _a_person_taken(c)
                            for c in tok.children) and any(
                    (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent"
                    # (or the people's own "from": "seized at least 30 young men from
                    # teashops, bus stops and a football pitch")
                    or (c.dep_ == "dobj" and _a_person_taken(c) and any(
                        g.dep_ == "prep" and g.lower_ == "from" for g in c.children))
                    for c in tok.children) and not any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
                    and _is_real(tok):
                # "the pupils … were taken on Friday from a school … by men armed with
                # rifles", "the teachers were seized on Friday morning from the school":
                # people carried off (not "taken to hospital")
                out.append(Trigger("abduct", tok.i, "abduct"))
                continue
            if family == "territory" and (lemma in ("seize", "grab", "snatch") or (
                    lemma == "take" and any(c.dep_ in ("prt", "advmod", "prep")
                                            and c.lower_ in ("away", "off")
                                            for c in tok.children))) \
                    and tok.pos_ == "VERB" and _taken_by_raiders(tok) and _is_real(tok):
                # "Druze gunmen then seized several Bedouin men in the city", "militants
                # seized five aid workers", "armed Taliban … took away 12 passengers",
                # "Taliban fighters stopped a passenger bus … and took 14 passengers off it":
                # people carried off by armed men, not arrested
                out.append(Trigger("abduct", tok.i, "abduct"))
                continue
            if family == "territory" and lemma == "take" and any(
                    c.dep_ == "nsubjpass" and any(
                        w.ent_type_ == "PERSON" or w.lemma_.lower() in _PEOPLE_TAKEN | _KIN
                        or w.lower_ in ("he", "she", "they", "we", "i")
                        for w in (c, *(g for g in c.children if g.dep_ == "appos")))
                    for c in tok.children):
                continue  # "her daughter Mariam was taken on the road": a person, no land
            if family == "territory" and lemma == "take" and (not _takes_territory(tok) or any(
                    (c.dep_ == "dobj" and (c.lower_ in ("place", "part")
                                           or c.lemma_.lower() in _MARCHES))
                    or (c.dep_ in ("dobj", "nsubjpass")
                        and (c.lemma_.lower() in _PEOPLE_TAKEN or c.lower_ in _TAKEN_ONES
                             or c.pos_ == "NUM"))
                    or (c.dep_ == "prt" and c.lower_ in ("away", "off", "up"))
                    or (c.dep_ == "prep" and c.lower_ == "to"
                        and any(a.dep_ == "auxpass" for a in tok.children))
                    for c in tok.children)):
                continue  # "took part", "demonstrations took place in the city of …", "the
                # pupils were taken from a school in the Nkwen neighbourhood", "the three had
                # been taken to the township police station", "taken away by the armed men":
                # people; "took out a torch rally in Moirang town": a march; "had
                # redeployed and taken up positions outside the city": no ground won
            if family == "territory" and lemma in ("recapture", "retake", "retook",
                                                    "capture") \
                    and tok.pos_ == "VERB" and any(
                        t.lemma_.lower() in _ESCAPED
                        for t in tok.doc[tok.i + 1:min(tok.i + 5, tok.sent.end)]):
                # "Police said they had recaptured 17 escaped inmates" (the words after
                # the verb: the parser may make "escaped" a clause of its own): people
                # arrested
                out.append(Trigger("arrest", tok.i, "arrest"))
                continue
            if family == "territory" and lemma == "storm" and tok.pos_ != "VERB":
                continue  # "The storm knocked down power lines": weather, not a raid
            if lemma == "fall" and not _falls_to_a_force(tok):
                continue  # "the town fell to the rebels", not "prices fell to a low"
            if family == "territory" and lemma in ("seize", "capture", "conquer", "regain",
                                                    "occupy") \
                    and tok.pos_ == "VERB" and not _territory_object(tok):
                continue  # "seized weapons", "captured 20 soldiers"
            if family == "territory" and lemma == "capture" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in _PEOPLE_TAKEN
                        for g in c.children) for c in tok.children):
                # "the Army announced the capture of alias 'Chiquito Malo''s logistics
                # chief": a man taken, as ACLED codes an arrest
                out.append(Trigger("arrest", tok.i, "arrest"))
                continue
            if lemma == "liberation" and (tok.pos_ != "NOUN" or not _territory_object(tok)):
                continue  # "announced the liberation of Tripoli International Airport",
                # not "national liberation", "the Liberation Army"
            if lemma == "occupy" and (tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound")
                                      or not {"dobj", "nsubj"} <= {c.dep_ for c in
                                                                   tok.children}
                                      or _CROWD.search(text[:tok.idx - sent.start_char])):
                continue  # "the occupied West Bank", "Israeli-occupied Golan": a standing
                # state; "protesters occupied the parliament": a protest's; "rebels
                # occupied the town of Minova": a takeover
            if family == "territory" and lemma == "storm" and _CROWD.search(
                    " ".join(t.text for t in subject.subtree)
                    if (subject := next((c for c in tok.children if c.dep_ == "nsubj"),
                                        None)) is not None
                    else text[:tok.idx - sent.start_char]):
                family = "riot"  # "protesters stormed the parliament building" (its subject
                # when it has one: not "students … are still missing three days after Boko
                # Haram insurgents stormed the school")
            elif family == "territory" and lemma == "storm" and tok.pos_ == "VERB":
                family = "attack"  # "stormed the school", "stormed a hotel": a raid;
                # "gunmen stormed the village of Yankuzo": a raid too, unless the
                # sentence says they took it (then its own trigger: "seized", "took
                # control of")
            if lemma == "strike" and tok.pos_ == "NOUN" and not _military_strike(tok):
                continue
            if tok.pos_ == "NOUN" and _a_name_called(tok):
                continue  # "… called the strike \"a terrorist attack on the livelihood of the
                # people\"", "condemned it as a \"terrorist attack\"": a word for one told
            if tok.pos_ == "NOUN" and _answered_by_the_sentence(tok):
                continue  # "Hezbollah claims the barrage, saying it targeted … in response to
                # Israeli strikes in southern Lebanon": what was answered, told before or not
            if lemma == "target" and tok.pos_ == "NOUN":
                continue  # "engaged hostile targets": what is aimed at, not an attack
            if family == "agreement" and tok.pos_ == "NOUN" and (
                    (tok.dep_ == "pobj" and tok.head.lower_ == "under"
                     # (not "began leaving the town of Harasta … under a deal brokered by
                     # Russia": the deal told as it is carried out)
                     and not any(c.dep_ == "acl" for c in tok.children))
                    or (tok.dep_ in ("dobj", "nsubjpass")
                        and any(c.dep_ == "neg" for c in tok.head.children))):
                continue  # "took part in the operation under an agreement with Baghdad": a
                # deal in force; "Moscow has not accepted the ceasefire": none made
            if lemma == "detonate" and tok.pos_ == "VERB" and _set_off_to_clear(tok) \
                    and _is_real(tok):
                # "police bomb experts safely detonated an improvised explosive device hidden
                # in a bag": a device disarmed, ACLED's disrupted weapons use
                out.append(Trigger("intercept", tok.i, "defuse"))
                continue
            if lemma in ("blow", "detonate") and _demolished(tok) and _is_real(tok):
                # "Israeli troops blew up several houses in Kfar Kila": a demolition, ACLED's
                # property destruction (not a bomb set off against people)
                out.append(Trigger("destroy", tok.i, lemma))
                continue
            if family == "attack" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in REPELLED:
                # "repelled a Huthi attack on their positions": fought; "air defences had
                # repelled a massive drone attack": shot down
                family = "intercept" if any(
                    _AIRBORNE.fullmatch(c.lower_) for c in tok.children
                    if c.dep_ in ("compound", "amod", "nmod")) else "clash"
            if family == "attack" and lemma == "fire" and tok.pos_ == "VERB" \
                    and _fired_at_a_gathering(tok) and _done_by_raiders(tok):
                lemma = "shoot"  # "gunmen fired on the closing rally of a
                # mayoral candidate", "armed men fired into the crowd": shooting at people
            if family == "attack" and lemma in ("hit", "strike") and tok.pos_ == "VERB" \
                    and any(c.dep_ == "nsubjpass" and _AIRBORNE.fullmatch(c.lower_)
                            for c in tok.children):
                family = "intercept"  # "the drone was hit by a surface-to-air missile"
            elif family == "attack" and lemma in ("hit", "target", "fire", "strike") \
                    and tok.pos_ == "VERB" and not _military_object(tok) \
                    and not _struck_from_the_air(tok) \
                    and not _territory_object(tok) \
                    and not _hit_by_a_weapon_told_before(tok) \
                    and not (lemma == "fire" and _fired_at_a_thing(tok)):
                continue  # (not "struck Kharkiv", "hit a village", "explosives dropped
                # from drones hit two homes")
            if lemma == "fire" and tok.pos_ == "NOUN" and not _gunfire(tok):
                continue
            if lemma in ("assault", "attack", "strike") \
                    and _modifies(tok, _UNITS_AND_ARMS):
                continue  # "sabotage and assault groups", "assault rifles": a kind of
                # unit or weapon, no occurrence (not "attack helicopters fired on …")
            if _heard_as_a_habit(tok):
                continue
            if lemma in ("fire", "shoot") and tok.pos_ == "VERB" and _into_the_air(tok):
                continue  # "fired in the air and looted shops", "troops then fired in the
                # air, causing panic": shots at no one (a crowd dispersed so is told by
                # its own words)
            if lemma in _DELIVER and (tok.pos_ != "VERB" or not (any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _MUNITIONS
                    for c in tok.children) or (
                        # "a hand grenade thrown at a police checkpoint … wounded three"
                        tok.dep_ == "acl" and tok.head.lemma_.lower() in _MUNITIONS))):
                told = _told_in_other_words(tok, lemma, text)
                if told is not None and told[0] == "riot" and _is_real(tok):
                    # (a crowd's stones at the forces: "Hundreds of Palestinians hurl rocks
                    # and firebombs at Israeli troops")
                    out.append(Trigger(told[0], tok.i, told[1]))
                continue  # "a drone dropped an explosive on a minibus", "a grenade was
                # lobbed at a bunker"; not "prices dropped", "threw stones", "hurled abuse"
            if family == "deploy" and lemma == "send" and (not W["troops"].search(text) or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _SENT_WORDS for c in tok.children)):
                continue  # (nor "sent his condolences to the families of the fallen soldiers")
            if family == "deploy" and tok.pos_ == "VERB" and (
                    tok.dep_ in ("acl", "amod", "acomp", "xcomp") or any(
                        c.dep_ == "auxpass" and (c.lower_ in ("is", "are", "am")
                                                 or c.lower_.startswith(("remain", "stay")))
                        for c in tok.children)):
                continue  # "troops deployed as part of a coalition", "are deployed in",
                # "remained deployed in Sake": where forces are, not a deployment
            if lemma == "withdraw" and tok.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and not W["troops"].search(
                        " ".join(t.text for t in c.subtree)) for c in tok.children):
                continue  # "withdrew the finance bill": not forces leaving
            if family == "withdraw" and tok.pos_ == "VERB" and (any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(
                        g.lemma_.lower() in _NO_GROUND_LEFT for g in c.children)
                    for c in tok.children) or any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _NO_FORCE_LEAVING
                    for c in tok.children) or _raiders_withdrew(tok)):
                continue  # "A candidate … withdrew from the race", "withdrew from the talks":
                # no ground left; "engaged the attackers as they withdrew towards Daudu": a
                # band's retreat from its raid
            if lemma == "withdraw" and tok.pos_ == "VERB" and _AFTER_AN_OPERATION.search(
                    " ".join(t.text for t in tok.subtree if t.i > tok.i)):
                continue  # "Israeli forces withdrew from the eastern parts of Khan Younis
                # last week after a weeks-long ground operation": a raid's end, no ground
                # handed over
            if lemma == "exchange" and not re.search(
                    r"\b(?:fire|gunfire|shots|salvos|blows|strikes|artillery|rockets|"
                    r"missiles|bullets)\b", tok.doc[max(tok.i - 3, tok.sent.start):min(
                        tok.i + 5, tok.sent.end)].text, re.IGNORECASE):
                continue  # "a prisoner exchange", "the exchange of bodies": no fire
            if lemma == "exchange" and tok.i > 0 and tok.nbor(-1).lower_ == "in" \
                    and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "for":
                continue  # "in exchange for their release": a bargain, not fire
            if lemma == "launch" and (tok.pos_ != "VERB" or not _WEAPON_LAUNCHED.search(
                    " ".join(t.lower_ for t in tok.subtree if t.i > tok.i))):
                continue  # "launched a barrage of rockets at", not "launched an appeal"
            if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and definite(tok) \
                    and tok.head.lemma_.lower() == "claim" and _nobody_did(tok.head):
                continue  # "No group has claimed the abduction": the occurrence told
            if lemma == "body" and not _bodies_found(tok):
                continue  # "the body of the treaty", "a body of water"
            if lemma == "torch" and tok.pos_ == "NOUN":
                continue  # "ran to the monastery with torches": a light, not arson
            if lemma == "bomb" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in ("have", "carry", "possess", "wear"):
                continue  # "They came in shouting that they had bombs": arms carried
            if family == "destroy" and not _destroys_property(tok):
                continue  # "set a deadline", "burned to death", "torched" a mob's work
            if lemma == "evacuate" and (any(
                    (c.dep_ in ("dobj", "nsubjpass") and (W["civilian_target"].search(
                        words := " ".join(t.text for t in c.subtree) + " " + c.lemma_)
                        or _CARED_FOR.search(words)
                        # ("MPs who had just voted were evacuated through an underground
                        # tunnel to the nearby Bunge Towers": people led to safety)
                        or c.lemma_.lower() in _EVACUATED_PEOPLE))
                    or (c.dep_ == "prep" and c.lower_ == "to"
                        and _CARED_FOR.search(" ".join(t.text for t in c.subtree)))
                    for c in tok.children) or _one_person_evacuated(tok)
                    or (tok.dep_ == "conj"
                        and tok.head.lemma_.lower() in ("wound", "injure", "hurt"))):
                # "evacuated dozens of families": a rescue, not a withdrawal; "The wounded
                # soldiers were evacuated to the Bamenda Regional Hospital", "Japan
                # evacuates 87 nationals", "the soldier … was evacuated to Timika by
                # helicopter", "four others were wounded and evacuated to Maiduguri": care
                # and rescue
                continue
            if family == "agreement" and tok.lower_ == "according":
                continue  # "according to UNICEF": a source, not an accord
            if family == "abduct" and _freed(tok):
                continue  # "troops rescued 57 kidnapped hostages": a rescue, not a kidnap
            if family == "abduct" and tok.dep_ == "nsubj" \
                    and tok.lemma_.lower() in ("hostage", "captive") \
                    and tok.head.lemma_.lower() == "remain":
                continue  # "It says 120 hostages remain in Gaza": who is held, not a kidnap
            if family == "abduct" and tok.lemma_.lower() == "hostage" \
                    and _hostage_taker(tok).lemma_.lower() not in _TAKERS_OF_HOSTAGES:
                continue  # "the return of the remains of hostages still held in Gaza",
                # "talks on a hostage release": who is held, not a taking (unlike "took
                # 20 hostages", "were taken hostage", "holding the guests hostage")
            if family == "deploy" and any(
                    c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _RESPONSE
                    for c in tok.children):
                continue  # "teams have been deployed to rescue the victims": a response
            if family == "agreement" and not _concluded(tok):
                continue  # "a commitment to reach agreements", "the Geneva agreement"
            if family == "agreement" and any(
                    t.lower_.startswith("unilateral") for t in sent.doc[max(sent.start,
                                                                            tok.i - 3):tok.i]):
                continue  # "the federal government declared a unilateral ceasefire": one
                # side's pause, no agreement between sides (on the dev gold, never coded)
            if family == "clash" and lemma in ("fight", "fighting") and BACKGROUND.search(
                    text) and not _A_DAY_GOES_ON.search(text):
                continue
            if family == "clash" and any(
                    c.dep_ in ("dobj", "pobj", "prep") and (c.lemma_.lower() in _FIRES or any(
                        g.dep_ == "pobj" and g.lemma_.lower() in _FIRES for g in c.children))
                    for c in tok.children):
                continue  # "firefighters were battling a blaze", "fighting the flames"
            if lemma == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down"
                                        for c in tok.children):
                if family == "kill" and _is_real(tok) and not _an_idea_shot_down(tok):
                    out.append(Trigger("intercept", tok.i, lemma))  # "shot down 31 drones"
                continue
            if lemma == "destroy" and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and _WEAPON_SUBJECT.search(
                        " ".join(t.lower_ for t in c.subtree)) for c in tok.children) \
                    and not _AIR_DEFENCE.search(text) and _is_real(tok):
                # "Ukrainian drones had destroyed a Russian ammunition depot": a strike
                out.append(Trigger("attack", tok.i, "strike"))
                continue
            if lemma == "destroy" and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in _WRECKERS
                    for c in tok.children) and _destroys_property(tok) and not any(
                    c.dep_ == "dobj" and _MILITARY_OBJECT.search(
                        " ".join(t.lower_ for t in c.subtree)) for c in tok.children) \
                    and _is_real(tok):
                # "suspected Al-Shabaab militants … destroyed a Safaricom communication mast
                # in Elwak town": property destroyed by armed men or a crowd (not a force's
                # tally of the enemy's vehicles destroyed)
                out.append(Trigger("destroy", tok.i, lemma))
                continue
            if lemma == "destroy" and not (_AIR_DEFENCE.search(text)
                                           and W["intercepted"].search(text)):
                continue  # "destroyed three tanks": only air defences' targets count
            if family == "intercept" and lemma in ("intercept", "interception") \
                    and not W["intercepted"].search(text):
                continue  # "armed men who intercepted their vehicle": stopped, not downed
            if family == "intercept" and lemma in ("neutralize", "neutralise") \
                    and tok.pos_ == "VERB" and _fighters_object(tok) and _is_real(tok):
                # "troops neutralised 12 bandits", "said they had 'neutralised' four
                # militants": the armies' word for killing them (not the attackers just
                # told, nor a weekly tally: "neutralised 32 terrorists in the previous
                # seven days")
                if not _WEEKLY.search(text) and not any(
                        c.dep_ in ("dobj", "nsubjpass") and definite(c)
                        for c in tok.children):
                    out.append(Trigger("kill", tok.i, "kill"))
                continue
            if family == "intercept" and lemma in ("down", "neutralize", "neutralise",
                                                   "thwart", "foil") and (
                    tok.pos_ != "VERB" or not W["intercepted"].search(text)):
                continue  # "downed" drones, not "down the road"; foiled *attacks*
            if lemma == "ram" and _ROAD_CRASH.search(text):
                continue  # "a bus rammed into a stationary trailer … blaming speeding"
            if family in VIOLENT_FAMILIES and _NO_HOSTILE.search(text):
                continue  # "Five officers were killed …, the GDF said, adding that it had
                # found "no indication of hostile action" and that bad weather was the
                # likely cause": an accident
            if family == "kill" and lemma in ("shoot", "gun") and not re.search(
                    r"\b(?:dead|killed|down|wounded|injured)\b", text, re.I) and not (
                    lemma == "shoot" and tok.tag_ == "VBG" and tok.dep_ == "advcl"
                    and tok.head.lemma_.lower() not in _ALL_TRIGGER_WORDS and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in _PEOPLE_SHOT
                        for c in tok.children)):
                continue  # (but "The attackers surrounded Ogossagou …, shooting residents as
                # they tried to flee": people shot, what the raid told was)
            if family == "kill" and lemma in ("shooting", "execution") \
                    and not _violent_context(text):
                continue  # "the shooting of the film", "the execution of the plan"
            if family in ("clash", "attack") and not _violent_context(text) \
                    and not (lemma == "strike" and _armed_strike(tok)):
                continue  # "fight against corruption", "attacked the proposal" (not "Israeli
                # strikes hit Beirut": a strike whose words say whose arms)
            if family == "protest" and not _protest_occurs(tok, text, sent.start_char) \
                    and not (_gathered_to_protest(tok) and _crowd_subject(tok.head)):
                continue  # ("women's groups blocked the road to protest the killings")
            if family == "abduct" and _the_taken_sought(tok):
                continue  # "the release of the schoolgirls abducted from Chibok",
                # "partners are tracing abducted children": those once taken, sought now
            if _called_on_to_do(tok):
                continue  # (whatever crowd it names: "called on residents to observe a day
                # of 'dead city' … to protest against the killings")
            if _is_real(tok) or (family == "protest" and lemma in ("protester",
                                                                  "demonstrator")
                                 and W["intervention"].search(text)) or (
                    family == "protest" and _gathered_to_protest(tok)):
                # "used tear gas to disperse protesters": the purpose is the police's,
                # the protest happened
                out.append(Trigger(family, tok.i, lemma,
                                   family == "protest" and _crowd_subject(tok)))
    if out and any(t.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in _HABITUAL
            and not (c.lower_ == "multiple" and c.i + 1 < len(c.doc)
                     and c.nbor(1).lower_ == "rocket")  # (a weapon: "Grad multiple rocket
            # launchers" destroyed during battles)
            for c in t.children) for t in sent):
        # a sentence about a pattern ("sees frequent attacks … and assassinations"): its
        # other bare plurals belong to the pattern too, whatever the parser attached them to
        doc = sent.doc
        out = [t for t in out if not (doc[t.token_i].tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "nummod", "poss") for c in doc[t.token_i].children))]
    return out


#: What strikes from afar when it is the subject of "destroyed".
_WEAPON_SUBJECT = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|shelling|artillery|"
                             r"airstrikes?|air\s+strikes?|warplanes?|jets?|aircraft|bombs?|"
                             r"helicopters?|strikes?|air\s+forces?)\b")
_WEAPON_LAUNCHED = re.compile(r"\b(?:rockets?|missiles?|drones?|shells?|mortars?|projectiles?|"
                              r"katyushas?|barrages?|salvos?|volleys?|grenades?)\b")
_FOUND = {"find", "discover", "dump", "recover", "exhume", "leave", "uncover", "retrieve",
          "pull", "lie", "litter", "hang"}


def _bodies_found(tok: Any) -> bool:
    """"The bodies of five men were found dumped", "police discovered 12 bodies": a killing
    known by its victims (news and ACLED date it by the discovery)."""
    if tok.lower_ not in ("bodies", "body", "corpses", "corpse"):
        return False
    head = tok.head
    while head.dep_ in ("conj", "appos") and head != head.head:
        head = head.head
    verbs = {head.lemma_.lower(), *(c.lemma_.lower() for c in tok.children if c.pos_ == "VERB")}
    return bool(verbs & _FOUND) and (tok.lower_ in ("bodies", "corpses") or any(
        c.dep_ in ("nummod",) for c in tok.children))


#: Property an armed group or a crowd destroys ("set fire to several vehicles").
_PROPERTY = re.compile(r"\b(?:houses?|homes?|huts?|vehicles?|cars?|trucks?|buses|shops?|stores?|"
                       r"markets?|buildings?|churche?s?|mosques?|schools?|villages?|propert\w+|"
                       r"cathedrals?|colleges?|jails?|prisons?|"
                       r"offices?|stations?|warehouses?|crops|fields|granar\w+|businesses|"
                       r"towers?|masts?|tankers?|hospitals?|clinics?|factor(?:y|ies)|"
                       r"(?:town|city|village)\s+halls?|health\s+cent(?:re|er)s?|bridges?|"
                       r"tents?|palaces?|headquarters|premises|facilit(?:y|ies)|depots?|"
                       r"motor(?:cycle|bike)s?|boats?|farms?|compounds?|dwellings?|"
                       r"residences?|kiosks?|stalls?|lorr(?:y|ies)|vans?|banks?|cinemas?|"
                       r"hotels?|restaurants?|bars?|theat(?:re|er)s?|courts?|courthouses?|"
                       r"temples?|shrines?|pagodas?|monaster(?:y|ies)|librar(?:y|ies)|"
                       r"universit(?:y|ies)|trains?|wagons?)\b",
                       re.IGNORECASE)


def _destroys_property(tok: Any) -> bool:
    """"set fire to several vehicles", "set the buses on fire", "set ablaze", "burned down 40
    homes", "razed the village": property destroyed, a verb whose object is property."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    on_fire = lemma == "set" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.lower_ == "fire" for g in c.children) for c in kids)
    if lemma == "set" and not on_fire \
            and not any(c.dep_ in ("dobj", "acomp", "advmod", "oprd", "ccomp")
                        and c.lower_ in ("fire", "ablaze", "alight") for c in kids) \
            and "ablaze" not in [t.lower_ for t in tok.subtree]:
        return False
    if on_fire:
        # (what was set on fire is the verb's object: not "A truck carrying some of the
        # attackers was set on fire, and bodies lay in the street near the truck")
        objects = [c for c in kids if c.dep_ == "dobj"]
        if not (tok.dep_ == "conj" and any(c.lower_ in ("them", "it") for c in objects)):
            return any(_PROPERTY.search(" ".join(t.text for t in c.subtree)) for c in objects)
        # "hijacked at least six buses and delivery trucks and set them on fire", "ordered
        # passengers off three buses … and set them on fire": what the verb it is joined to
        # took or emptied
        return any(c.dep_ in ("dobj", "prep", "prt") and c.i != tok.i
                   and _PROPERTY.search(" ".join(t.text for t in c.subtree))
                   for c in tok.head.children)
    if lemma == "burn" and any(c.lower_ == "death" for c in tok.subtree):
        return False  # "burned to death": a killing
    # (what was burned, not where: "burned tyres near the central market" is a crowd's riot)
    where = {t.i for c in kids if c.dep_ == "prep" and c.lower_ in _WHERE_BURNED
             for t in c.subtree}
    words = " ".join(t.text for t in tok.subtree if t.i >= tok.i and t.i not in where)
    return bool(_PROPERTY.search(words))


#: Who destroys property rather than an enemy's materiel: "militants destroyed a mast".
_WRECKERS = {"militant", "gunman", "attacker", "insurgent", "jihadist", "bandit", "separatist",
             "settler", "mob", "protester", "rioter", "youth", "assailant", "terrorist"}
#: An enemy's materiel, whose destruction is a battle's tally, not property destroyed.
_MILITARY_OBJECT = re.compile(r"\b(?:military|army|tanks?|armou?red|weapons?|ammunition|"
                              r"positions?|posts?|bases?|artillery|launchers?)\b")


#: The operation forces leave a place after: "after a weeks-long ground operation",
#: "following a month-long raid".
_AFTER_AN_OPERATION = re.compile(r"\b(?:after|following)\s+(?:an?|the|its|their)\s+"
                                 r"(?:[\w-]+\s+){0,5}?(?:operation|raid|incursion|offensive)\b",
                                 re.IGNORECASE)
#: Units and arms named by what they are for: "assault groups", "assault rifles".
_UNITS_AND_ARMS = {"group", "team", "unit", "force", "troop", "brigade", "battalion",
                   "detachment", "squad", "company", "regiment", "rifle", "weapon", "dog",
                   "package", "capability"}
#: What is "taken" that is no ground: "taken measures", "took action", "take steps".
_NO_GROUND_TAKEN = {"measure", "action", "step", "precaution", "time", "responsibility",
                    "credit", "photo", "picture", "oath", "refuge", "shelter", "cover"}


def _modifies(tok: Any, heads: set[str]) -> bool:
    """Whether the word (or the conjunct list it ends: "sabotage and assault groups")
    modifies a noun of ``heads``."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("compound", "nmod", "amod") and node.head.lemma_.lower() in heads


#: Prepositions that say where a thing was burned, not what.
_WHERE_BURNED = {"in", "at", "near", "outside", "along", "around", "inside", "across", "behind",
                 "opposite", "beside", "by"}


#: What forces are sent to do after an attack, not an operation of their own.
_RESPONSE = {"rescue", "search", "find", "locate", "restore", "track", "hunt", "pursue",
             "arrest", "apprehend", "free", "secure", "evacuate", "help", "assist", "calm"}
#: Verbs that end a captivity.
_FREE = {"rescue", "free", "release", "liberate", "return", "reunite", "save", "recover"}


def _freed(tok: Any) -> bool:
    """A captive word ("kidnapped hostages", "the abducted pupils") in what frees them."""
    node = tok.head if tok.dep_ == "amod" else tok
    for _ in range(2):
        if node.dep_ in ("dobj", "nsubjpass", "pobj", "prep") \
                and node.head.lemma_.lower() in _FREE:
            return True  # (and "the release of the remaining hostages")
        if node.dep_ == "pobj":
            node = node.head
        else:
            break
    return tok.dep_ == "amod" and tok.head.lemma_.lower() in ("hostage", "captive", "pupil",
                                                              "student", "schoolgirl",
                                                              "victim", "child", "people")


#: What makes an agreement, told of it as a participle: "the agreement, signed in Minsk".
_SEALED = {"sign", "reach", "conclude", "seal", "ink", "initial", "initialled", "initialed"}
#: What one withdraws from that is no ground: "withdrew from the race", "from the talks".
_NO_GROUND_LEFT = {"race", "election", "contest", "talks", "negotiation", "agreement", "deal",
                   "treaty", "accord", "competition", "tournament", "process", "coalition",
                   "government", "poll", "ballot", "run-off", "runoff", "primary", "bid"}


#: Who withdraws that is no force leaving ground: people, a candidate, a party.
_NO_FORCE_LEAVING = _PEOPLE_TAKEN | {"candidate", "party", "lawmaker", "minister", "delegation"}
#: Who leaves after a raid, not ground: "the attackers had set fire to part of the camp before
#: withdrawing", "arrived after the gang had withdrawn".
_RAIDERS = re.compile(r"\b(?:attackers|assailants|gunmen|bandits|raiders|gangs?|kidnappers|"
                      r"assault\s+team)\b", re.IGNORECASE)


def _raiders_withdrew(tok: Any) -> bool:
    """"… engaged the attackers as they withdrew towards Daudu", "the attackers had set fire
    to part of the camp before withdrawing toward the Mauritanian border": raiders or
    attackers leaving the scene of their raid (a retreat, no ground handed over)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "advcl" and subject is not None and subject.lower_ in ("they", "them") \
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                    for c in tok.children):
        return True
    node = tok
    for _ in range(3):  # ("… before withdrawing": the subject of the clause it ends)
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return bool(_RAIDERS.search(" ".join(t.text for t in subject.subtree)))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_CONCLUDE = {"sign", "reach", "agree", "broker", "announce", "accept", "declare", "strike",
             "conclude", "seal", "approve", "endorse", "ink", "enter", "implement", "begin",
             "take",
             # ("… on Wednesday initialled a political agreement on sharing power")
             "initial", "initialled", "initialed"}


#: Verbs of a crowd coming together: "gathered to protest" is the protest, not a plan.
_GATHER = {"gather", "assemble", "rally", "march", "converge", "flock", "take", "turn",
           # a crowd's act whose purpose is a protest: "women's groups blocked the Imphal-
           # Moirang road with burning tyres to protest the killings"
           "block", "barricade", "blockade", "occupy",
           # "held a peaceful caravan … to protest the planned phaseout"
           "hold", "stage", "form"}


#: Where a protest's demands begin: what follows is what the crowd wants, not what it did.
_DEMANDS = re.compile(r"\b(?:to\s+demand|demanding|to\s+call\s+for|calling\s+for|to\s+denounce|"
                      r"denouncing|to\s+protest|protesting|in\s+protest|against|over)\b",
                      re.IGNORECASE)
#: Who destroys drones and missiles in the air: "air defences destroyed nine drones".
_AIR_DEFENCE = re.compile(r"\bair[- ]defen[cs]es?\b|\banti-aircraft\b|\bair defen[cs]e (?:units|"
                          r"systems|forces)\b", re.IGNORECASE)


#: What a crowd gathers to do when it protests.
_CAUSES = {"denounce", "condemn", "demand", "protest", "oppose", "reject", "call", "support",
           "express", "show", "voice", "mourn", "commemorate", "honour", "honor", "decry",
           # what a crowd does that shows its cause: "gathered outside the embassy, laying
           # flowers and candles … and chanting \"Putin is a killer\""
           "chant", "lay", "light", "wave", "hold"}


#: What a crowd does when it comes out for a cause: gathers, and takes over a road or a square.
_GATHERING = {"gather", "assemble", "converge", "flock"}
_COMING_OUT = _GATHERING | {"block", "barricade", "blockade"}


def _gathered_to_denounce(tok: Any, lemma: str) -> bool:
    """A crowd that gathered, assembled or converged to denounce, demand or support
    something, or blocked a road doing so ("hundreds of residents blocked the Pan-American
    Highway … to demand a permanent army presence", "…, demanding security")."""
    return lemma in _COMING_OUT and tok.pos_ == "VERB" and _is_real(tok) \
        and _crowd_subject(tok) and any(
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _CAUSES
            and (lemma in _GATHERING or c.lemma_.lower() != "protest")
            and (any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
                 or (c.tag_ == "VBG" and c.lemma_.lower() != "support"))
            for c in tok.children) and not _WELCOMING.search(tok.sent.text)


#: A crowd out to greet or celebrate, not to protest: "Crowds gathered on Freedom Square, waving
#: flags and chanting \"ZSU\" as the first soldiers arrived".
_WELCOMING = re.compile(r"\bas\s+(?:the\s+)?(?:first\s+)?(?:soldiers|troops|forces|units)\s+"
                        r"(?:arrived|entered|rolled\s+in)\b|\bto\s+(?:greet|welcome|cheer)\b|"
                        r"\bcelebrat\w*", re.IGNORECASE)


#: Who are a protest by their very name: "hundreds of protesters gathered outside the embassy".
_PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "marcher"}


def _protesters_gathered(tok: Any, lemma: str) -> bool:
    """"Hundreds of protesters gathered outside the Turkish embassy": people the story calls
    protesters gathering (a crowd of others needs a cause told: "residents gathered to demand
    …")."""
    return lemma in _GATHERING and tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in _PROTESTER_NOUNS or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _PROTESTER_NOUNS for g in p.children)
            for p in c.children))  # ("hundreds of protesters")
        for c in tok.children) and _is_real(tok)


#: Public spaces a crowd fills: "filled Sanaa's Sabeen Square", "filled the streets".
_PUBLIC_SPACES = {"square", "street", "plaza", "avenue", "boulevard", "roundabout", "stadium"}


def _filled_a_square(tok: Any, lemma: str) -> bool:
    """"Tens of thousands of Houthi supporters filled Sanaa's Sabeen Square …, waving rifles
    and chanting": a crowd that fills a public space has come out (not "water filled the
    streets": the subject must be a crowd)."""
    return lemma == "fill" and tok.pos_ == "VERB" and tok.tag_ == "VBD" \
        and _crowd_subject(tok) and any(c.dep_ == "dobj" and c.lemma_.lower() in _PUBLIC_SPACES
                                        for c in tok.children) and _is_real(tok)


#: A road blocked with fire: "blocked National Road 2 with burning tires and rocks".
BURNING_TYRES = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,3}?burning\s+(?:tyres|tires)\b",
                           re.IGNORECASE)


def _blocked_with_burning_tyres(tok: Any, lemma: str) -> bool:
    """"Residents angry about the insecurity blocked National Road 2 with burning tires": a
    crowd that bars a road with fire has come out, its cause told or not."""
    return lemma in ("block", "barricade") and tok.pos_ == "VERB" and tok.tag_ == "VBD" \
        and _crowd_subject(tok) and bool(BURNING_TYRES.search(
            tok.doc[tok.i:tok.sent.end].text)) and _is_real(tok)


def _took_to(tok: Any, lemma: str) -> bool:
    """"Hundreds of residents took to Martyrs' Square", "thousands took to the streets": a
    crowd come out in public is a protest, not a force taking ground."""
    return lemma == "take" and tok.pos_ == "VERB" and tok.tag_ == "VBD" \
        and not any(c.dep_ == "auxpass" for c in tok.children) and _crowd_subject(tok) and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ == "dobj" for c in tok.children) and _is_real(tok)


def _gathered_to_protest(tok: Any) -> bool:
    """"Hundreds of residents gathered in front of the building to protest against power
    cuts": the purpose of a gathering that happened is the protest that happened."""
    head = tok.head
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) and \
        head.lemma_.lower() in _GATHER and head.tag_ in ("VBD", "VBN", "VBZ", "VBP") and \
        not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS)
                for c in head.children)


#: Verbs by which a crowd holds a protest named by a noun.
_STAGE = {"stage", "hold", "form", "mount", "organise", "organize", "launch", "begin", "start",
          "stag"}  # (spaCy lemmatises "staged" as "stag")


#: A funeral's words, and a grievance's, which make a funeral march a protest.
_FUNERAL = re.compile(r"\b(?:funerals?|mourners|burials?|coffins?|shrouded)\b", re.IGNORECASE)
_GRIEVANCE = re.compile(r"\b(?:protest\w*|demonstrat\w*|chant\w*|slogans?|denounc\w*|"
                        r"demand\w*|condemn\w*|against|angry|anger|outrage\w*)\b",
                        re.IGNORECASE)


#: Men in uniform, whose march is a parade or a move, no protest.
_MARCHING_FORCES = {"serviceman", "servicemen", "soldier", "troop", "unit", "contingent", "cadet",
                    "battalion", "regiment", "brigade", "sailor", "airman", "marine"}


def _protest_occurs(tok: Any, text: str, offset: int) -> bool:
    """A protest trigger reports a protest when a crowd is named besides the trigger word
    itself (a government "protesting" a decision is no protest event), a rally is not an
    election meeting or a speech venue ("told a campaign rally"), and protesters are the ones
    acting or the ones met by force ("protesters marched", "police dispersed protesters"),
    not merely mentioned ("known for aiding protesters")."""
    lemma = tok.lemma_.lower()
    at = tok.idx - offset
    rest = text[:at] + " " * len(tok.text) + text[at + len(tok.text):]
    if lemma in ("march", "gather", "walk", "procession") and _FUNERAL.search(text) \
            and not _GRIEVANCE.search(text):
        return False  # "hundreds of mourners marched through the camp for the funeral": a
        # burial, no protest (unless it voices a grievance: "mourners chanted slogans against")
    if lemma == "march" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _MARCHING_FORCES
                                for c in tok.children):
        return False  # "More than 3,000 servicemen … marched past the tribune": a parade
    if lemma in ("march", "demonstrate", "rally", "protest", "picket") and _crowd_subject(tok) \
            and not (lemma == "march" and any(c.dep_ == "dobj" for c in tok.children)):
        return True  # "several thousand people marched peacefully through the center"
    if tok.pos_ == "NOUN" and lemma not in ("vigil", "protester", "demonstrator") and any(
            a.lower_ in ("peaceful", "peaceable") for c in tok.children if c.dep_ == "amod"
            for a in (c, *(g for g in c.children if g.dep_ == "conj"))):
        return True  # "led a large and peaceful rally in eastern Caracas", "held a peaceful
        # demonstration in Brasilia": whoever is named, a crowd came out
    if tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                t.lemma_.lower() in _CROWD_NOUNS or t.lower_ in _MANY for t in c.subtree)
            for c in tok.children):
        return True  # "a march of several thousand people passed off peacefully"
    if lemma == "chain" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STAGE:
        return True  # "activists … formed a human chain": people in a line, a crowd itself
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STAGE and _crowd_subject(tok.head):
        # "residents … staged a sit-in", "dozens of people held a vigil"
        return lemma != "vigil" or _a_crowd_of_many(tok)
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _STAGE \
            and lemma in ("demonstration", "protest", "rally", "march", "sit-in") \
            and tok.head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were")
                                               for c in tok.head.children):
        return True  # "In Tartus, a counter-demonstration … was held on Friday"
    if lemma == "vigil":
        return False
    if lemma not in ("protester", "demonstrator") and not W["crowd"].search(rest) \
            and not (_protesting_by(tok) and _done_by_a_crowd(tok)):
        return False
    if lemma == "rally":
        if any(c.lower_ in _NOT_A_PROTEST_RALLY for c in tok.children
               if c.dep_ in ("compound", "amod", "nmod")):
            return False
        head = tok.head
        if tok.dep_ in ("dobj", "pobj") and (
                head.lemma_.lower() in _SPEAK or head.head.lemma_.lower() in _SPEAK):
            return False  # "Maduro told a rally", "said at a rally"
    if lemma in ("protester", "demonstrator"):
        return tok.dep_ in ("nsubj", "nsubjpass") or bool(
            W["intervention"].search(text) or W["lethal_force"].search(text))
    return True


def _concluded(tok: Any) -> bool:
    """An agreement is an event when the sentence says it was signed, reached or took effect
    (a past or present-tense verb governing it), not when it is wanted or merely named."""
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and tok.head.head.lemma_.lower() in ("end", "conclude", "close") \
            and tok.head.head.tag_ == "VBD" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("talk", "negotiation", "meeting",
                                                           "summit", "round")
                for c in tok.head.head.children):
        return True  # "talks … in Kunming ended with an agreement to extend a truce"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SEALED
            and not _agreed_before(c) for c in tok.children):
        return True  # "The agreement, signed in the Belarusian capital on Feb. 12 by …,
        # provides for a ceasefire": the deal the sentence is about, told as signed
    for _ in range(3):
        head = node.head
        if head == node:
            break
        if head.lemma_.lower() in _UNDONE:
            return False  # "announced the end of its defence cooperation agreement"
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CONCLUDE:
            return head.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not _agreed_before(head)
        node = head
    return False


#: Ground held once entered: "and by Monday morning controlled the city centre", "raised
#: their flag over the town hall".
_HELD_AFTER_ENTERING = re.compile(
    r"\b(?:controlled|took\s+(?:full\s+)?control|in\s+(?:full\s+)?control\s+of|raised\s+"
    r"(?:\w+\s+){0,2}flags?|hoisted)\b"
    # ("Ukrainian troops entered Kherson on Nov. 11, ending more than eight months of Russian
    # occupation": the occupier's hold ended)
    r"|\bending\s+(?:[\w-]+\s+){0,7}?(?:occupation|rule|control|siege)\b", re.IGNORECASE)
#: Who enters a town to hold it: an armed force told by its word.
_ARMED_ENTRANTS = re.compile(r"\b(?:troops|soldiers|forces|army|units|fighters|rebels|militants|"
                             r"insurgents|jihadists|militia\w*|guerrillas|gunmen|"
                             r"paramilitar\w+)\b", re.IGNORECASE)
#: What is entered to be held: a settlement or a post.
_ENTERED_GROUND = {"town", "city", "village", "capital", "camp", "base", "airport", "district",
                   "port", "garrison", "headquarters", "neighbourhood", "neighborhood",
                   "centre", "center"}  # ("entered the town center … and raised the flag")


def _entered_to_hold(verb: Any, text: str) -> bool:
    """An armed force told as having entered a town and held it, or entered it with no one
    left to fight ("entered Salamiyeh without a fight", "entered Kherson after Russian forces
    withdrew", "entered Goma … and by Monday morning controlled the city centre"): ground
    taken. Not a convoy of aid, a raid told alone, nor a war entering its third week."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not (UNOPPOSED.search(text) or AFTER_THEY_LEFT.search(text)
            or _HELD_AFTER_ENTERING.search(text)):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (_ARMED_ENTRANTS.search(" ".join(t.text for t in subj.subtree))
                            or subj.ent_type_ in ("ORG", "NORP")):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "LOC", "FAC")
                                or obj.lemma_.lower() in _ENTERED_GROUND)


#: Verbs of stopping a fight, and what is stopped: "agreed to stop hostilities", "agreed to
#: halt the fighting", "agreed to cease fire".
_HALT = {"stop", "halt", "end", "cease", "suspend"}
_FIGHTING = {"hostility", "hostilities", "fighting", "fight", "attack", "fire", "clash",
             "shelling", "combat"}


def _agreed_to_stop_fighting(verb: Any) -> bool:
    """Sides told as having agreed, in a past or present tense, to stop fighting ("agreed in
    Moscow on Tuesday to stop hostilities"), not as having done so before the news."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _HALT and any(
            g.dep_ == "dobj" and g.lemma_.lower() in _FIGHTING for g in c.children)
        for c in verb.children) and not _agreed_before(verb)


def _agreed_before(verb: Any) -> bool:
    """An agreement told as what came before the news: "two days after a ceasefire took effect
    in Gaza", "a week after Pakistan and the Taliban agreed to a ceasefire", "former fighters
    who had signed the peace agreement", "Qatar, which brokered the deal" (the time it is
    told by, or what those named had done, not an occurrence the story reports)."""
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in ("after", "since", "before") and not any(
                t.lemma_.lower() in ("hour", "minute") for t in c.doc[max(0, c.i - 3):c.i]):
            return True  # (not "hours after the cabinet approved the deal": that day's)
    # (or a party named by what it did: "Egypt and Qatar, which brokered the deal", "Beijing,
    # which brokered short-lived ceasefires in northern Shan State")
    return verb.dep_ == "relcl" and any(
        (c.dep_ == "aux" and c.lower_ == "had")
        or (c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")) for c in verb.children)


#: What ends an agreement rather than concludes one.
_UNDONE = {"end", "termination", "collapse", "suspension", "cancellation", "breakdown",
           "abrogation",
           # "He called the US strikes a violation of the Doha agreement": a deal named as
           # broken, not one made
           "violation", "breach"}


def _violent_context(sentence: str) -> bool:
    """Fighting and attacks are events only among weapons, casualties or armed men."""
    return len(W["violence"].findall(sentence)) >= 1


def _one_person_evacuated(tok: Any) -> bool:
    """ "The soldier was hit in the shoulder and was evacuated": one person (the verb's own
    passive subject, or the one of the verb it is joined to) is carried to care, not a force
    leaving."""
    for v in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        for c in v.children:
            if c.dep_ == "nsubjpass" and c.tag_ == "NN" and c.lemma_.lower() in _PEOPLE_TAKEN:
                return True
    return False


def _nobody_did(verb: Any) -> bool:
    """ "No group has claimed", "nobody claimed", "has not claimed": a deed denied to all."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "no-one")
                                               or any(g.dep_ == "det" and g.lower_ == "no"
                                                      for g in c.children))
        for c in verb.children)


#: What a crowd "takes out": "women took out a torch rally", "took out a procession".
_MARCHES = {"rally", "procession", "march", "protest", "demonstration", "parade", "vigil"}
#: People named by their kin: "her daughter … was taken on the road".
_KIN = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
        "child", "girl", "boy", "cousin", "niece", "nephew", "uncle", "aunt"}


#: Who takes places: forces, fighters and the groups named by their kind.
_TAKERS = re.compile(r"\b(?:forces?|troops|soldiers|army|military|fighters|rebels|"
                          r"militants|insurgents|jihadists|militias?|militiamen|guerrillas?|"
                          r"service|units?|brigades?|battalions?|regiments?|divisions?|"
                          r"Taliban|Shabaab|Houthis|separatists)\b", re.IGNORECASE)


def _takes_territory(tok: Any) -> bool:
    """'took control of', 'taken an area', 'took the town' — not 'took part', 'take time'."""
    # "were injured and taken to a health post in the town of Pataz": carried somewhere
    carried = tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children)
    # "had taken measures against extremist forces in the Bure area", "took office"
    # ("On the road they took our phones and our money": goods, not the road)
    no_ground = any(c.dep_ == "dobj" and (c.lemma_.lower() in _NO_GROUND_TAKEN
                                          or c.lemma_.lower() in _NOT_GROUND or (
        c.lower_ == "office" and not any(c.children))) for c in tok.children) and not any(
        # ("took control of the military base …, the first step in the withdrawal": an
        # apposition the parser hangs on the verb as a second object)
        c.dep_ == "dobj" and c.lower_ == "control" for c in tok.children)
    if tok.pos_ == "VERB" and (carried or no_ground):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lower_ in ("streets", "street") for g in c.children)
           for c in tok.children):
        return False  # "Citizens in Homs city … took to the streets in celebration": a crowd
    words = " ".join(t.lower_ for t in tok.subtree)
    if re.search(r"\b(?:hospitals?|clinics?|medical|morgue|mortuary)\b", words):
        return False  # "The victim was taken to the Graivoron central district hospital"
    doer = tok.head if tok.dep_ == "conj" else tok
    if re.search(r"\bcontrol\s+of\s+the\s+(?:area|situation|streets?)\b", words) and any(
            c.dep_ in ("nsubj", "nsubjpass") and _ORDER_KEEPERS.search(
                " ".join(t.lower_ for t in c.subtree)) for c in doer.children):
        return False  # "Police and Rangers were called in and took control of the area by the
        # evening": order restored after a riot, no ground taken
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children) \
            and any(c.dep_ == "nsubj" and _TAKERS.search(
                " ".join(t.text for t in c.subtree)) for c in tok.children):
        return True  # "Rebels took Kidal", "The elite Counter-Terrorism Service took Tob Zawa":
        # a force taking a named place (the tagger's own reading of the name is no guide)
    return bool(re.search(r"\b(?:control|town|village|city|area|territory|base|airport|hill|"
                          r"district|neighbou?rhood|villages|towns|region|road|"
                          r"highway|province|townships?|outposts?|garrisons?|barracks|"
                          r"office|headquarters|compound|palace|"
                          r"police\s+stations?|military\s+posts?|border\s+posts?)\b", words))


def _hit_by_a_weapon_told_before(tok: Any) -> bool:
    """"explosives dropped from drones hit two homes", parsed with "hit" hanging from
    "dropped" (a clause or a conjunct without a subject of its own): the weapon is in the
    words it hangs from."""
    if tok.dep_ not in ("conj", "advcl") or any(c.dep_ in ("nsubj", "nsubjpass")
                                                 for c in tok.children):
        return False
    own = {t.i for t in tok.subtree}
    before = " ".join(t.lower_ for t in tok.head.subtree if t.i not in own and t.i < tok.i)
    return bool(_WEAPON_SUBJECT.search(before))


#: What people ride, which fire is aimed at: "fired at a tractor", "fired on a bus".
#: (vehicles only: fire "at houses" in a village is mostly how a gunfight told began)
_CIVILIAN_THINGS = {"tractor", "car", "bus", "minibus", "truck", "lorry", "van", "taxi",
                    "motorcycle", "vehicle", "boat", "ambulance"}


def _fired_at_a_thing(tok: Any) -> bool:
    """Fire aimed at a vehicle people use ("Azerbaijani servicemen fired at a
    tractor carrying out agricultural work", "gunmen fired on a bus"): an attack told by its
    target (not "fired a warning", "fired the manager")."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CIVILIAN_THINGS for g in c.children)
        for c in tok.children)


#: Gatherings of people fire is aimed at: "gunmen fired on the closing rally of a mayoral
#: candidate", "… on mourners".
_FIRED_ON = {"rally", "crowd", "meeting", "procession", "funeral", "wedding", "gathering",
             "party", "celebration", "congregation", "worshipper", "mourner", "motorcade",
             "market", "festival", "ceremony"}


#: The same, as words: "into the crowd", "on mourners".
_A_GATHERING = re.compile(r"\b(?:" + "|".join(sorted(_FIRED_ON)) + r")s?\b", re.IGNORECASE)


def _fired_at_a_gathering(tok: Any) -> bool:
    """Fire aimed at people gathered ("gunmen fired on the closing rally of a mayoral
    candidate in Cotija"): by armed men of no state, an attack told by its target."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _FIRED_ON for g in c.children)
        for c in tok.children)


#: Armed men who take goods: "armed men", "gunmen", "bandits", "fighters", "soldiers".
_ARMED_TAKERS = {"gunman", "gunmen", "bandit", "bandits", "fighter", "fighters", "soldier",
                 "soldiers", "militant", "militants", "rebel", "rebels", "militiaman",
                 "militiamen", "jihadist", "jihadists", "insurgent", "insurgents"}


def _armed_men_stole(tok: Any, lemma: str) -> bool:
    """Goods taken by armed men: "armed men … made off with two vehicles", "gunmen stole
    cattle", "bandits carted away foodstuff" (the verb's subject, or the subject of the verb
    it is joined to: "broke into the office …, tied up the guards and made off with …")."""
    if tok.pos_ != "VERB":
        return False
    took = lemma in ("steal", "rob") or (
        lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)) or (
        lemma in ("cart", "carry") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away"
                                           for c in tok.children)) or (
        # "took away 12 fuel tankers": goods (not people: "took away two women")
        lemma == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away"
                                for c in tok.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() not in _PEOPLE_TAKEN
                and c.lower_ not in _TAKEN_ONES and c.pos_ == "NOUN" for c in tok.children))
    if not took:
        return False
    verb = tok
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "nsubj" and (c.lower_ in _ARMED_TAKERS or (
        c.lemma_.lower() == "man" and any(a.lower_ == "armed" for a in c.children)))
        for c in verb.children)


#: What people are beaten with in an assault: "with sticks and iron bars".
_BEATING_ARMS = {"stick", "club", "bar", "rod", "baton", "machete", "whip", "butt", "cane",
                 "truncheon", "pipe", "hammer", "cudgel"}


def _beaten_with_arms(tok: Any) -> bool:
    """"beat nine MDC supporters with sticks and iron bars": a people object, and weapons
    after "with" (not "beat the team", "beat the odds")."""
    # (not protesters: police beating a crowd with batons met a protest, typed so)
    people = any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PEOPLE_TAKEN | {
        "supporter", "voter", "youth"} for c in tok.children)
    armed = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        t.lemma_.lower() in _BEATING_ARMS for t in c.subtree) for c in tok.children)
    return people and armed


#: What strikes from the air, named as the agent of a passive "struck".
_STRIKING_AIRCRAFT = _AIRCRAFT | {"warplane", "drone", "gunship"}


#: Those who clear explosives: what they set off is a device disarmed.
_BOMB_CLEARERS = {"expert", "experts", "squad", "disposal", "sapper", "sappers", "engineer",
                  "engineers", "technician", "technicians", "deminer", "deminers", "eod"}


def _set_off_to_clear(tok: Any) -> bool:
    """A charge set off on purpose to make it safe: "safely detonated", by bomb experts or
    sappers, "in a controlled explosion" (not "the bomber detonated his explosives")."""
    if any(c.dep_ == "advmod" and c.lower_ == "safely" for c in tok.children):
        return True
    if any(w.lower_ in _BOMB_CLEARERS for c in tok.children if c.dep_ == "nsubj"
           for w in c.subtree):
        return True
    return any(c.dep_ == "prep" and any(w.lower_ == "controlled" for w in c.subtree)
               for c in tok.children)


def _struck_from_the_air(tok: Any) -> bool:
    """"columns of assailants were struck by aircraft of the Burkinabe Air Force": hit from the
    air, whatever was hit."""
    return any(c.dep_ == "agent" and any(
        g.lemma_.lower() in _STRIKING_AIRCRAFT and not any(w.lower_ in ("water", "cannon")
                                                  for w in g.subtree)  # ("water cannon jets")
        for g in c.children) for c in tok.children)


def _military_object(tok: Any) -> bool:
    words = " ".join(t.lower_ for t in tok.subtree)
    return bool(re.search(r"\b(?:targets?|positions?|bases?|convoys?|depots?|posts?|troops|"
                          r"soldiers|military|forces|fighters|militants|headquarters|"
                          r"sites?|camps?|vehicles?|tanks?|warplanes?|ships?|vessels?|"
                          r"missiles?|rockets?|shells?|mortars?|drones?|shots|bullets|"
                          r"projectiles?|artillery|barrages?)\b", words))


#: Spans that set an "after" clause apart in time: "two days after", "hours after".
_SPANS_BEFORE = {"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                 "minutes", "night", "nights", "minute"}
#: Words telling a clause came right after another occurrence: "Shortly after the second blast,
#: hundreds of angry youths mounted roadblocks".
_SOON = {"shortly", "soon", "immediately", "moments", "right", "minutes"}
#: Words that open a clause telling what came before: "after", "following", "since".
EARLIER = frozenset({"after", "following", "since"})


def _in_earlier_clause(tok: Any) -> bool:
    """A trigger inside an "after …" clause set days or hours before: "two days after the
    militia overran the garrison" (not "after heavy fighting", often the same occurrence)."""
    node = tok
    for _ in range(6):
        marker = next((c for c in node.children if c.dep_ in ("mark", "advmod")
                       and c.lower_ in EARLIER), None)
        if marker is None and node.dep_ in ("advcl", "pcomp", "pobj") \
                and node.head.lower_ in EARLIER:
            marker = node.head
        if marker is not None:
            return marker.i > 0 and marker.nbor(-1).lower_ in _SPANS_BEFORE | _SOON
        if node.dep_ == "pobj" and node.head.lower_ == "of" \
                and node.head.head.lower_ in _SPANS_BEFORE \
                and node.head.head.head.lower_ in ("within", "in"):
            return True  # "Within an hour of the explosion, hundreds of youths … descended
            # on Eastleigh, attacking Somali traders": the blast measures when, told before
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def came_after(tok: Any) -> bool:
    """The subject of "came" or "followed", which measures what it names from another
    occurrence: "The abduction comes two days after …", "The attack follows …"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("come", "follow")


def _told_thing_came(tok: Any) -> bool:
    """A definite noun for the occurrence just told, the subject of "came" or "followed":
    "The fighting came a day after …", "The attack follows …"."""
    return tok.pos_ == "NOUN" and came_after(tok) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in tok.children)


def _protested(tok: Any) -> bool:
    """The noun is what a protest was against: "a protest against the raid"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "against" \
        and tok.head.head.lemma_.lower() in TRIGGERS["protest"]


#: How forces enter a place to search it: with arrests and nobody hurt, an arrest operation.
RAID_VERBS = {"storm", "raid", "search", "break"}
#: Verbs a fight starts with: "The fighting erupted when …".
_BROKE_OUT = {"erupt", "break", "begin", "start", "flare", "ensue"}
#: Words of harm that make a raid more than an arrest.
HURT = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*|shot|shoot\w*|fired|firing|"
                   r"clash\w*|beat|beaten|tear\s+gas|bullets?|explosi\w*|demolish\w*)\b",
                   re.IGNORECASE)


def signers_clauses(deal: Any) -> list[Any]:
    """The relative clauses on the subject of a deal's verb: what the signers are or did
    ("Two feuding clans whose armed members fought a gun battle … signed a peace pact"), not
    the deal."""
    signed = deal if deal.pos_ == "VERB" else deal.head
    return [r for c in signed.children if c.dep_ == "nsubj"
            for r in c.children if r.dep_ == "relcl"]


def choose(triggers: list[Trigger], doc: Any = None) -> Trigger | None:
    if not triggers:
        return None
    if doc is not None and len(triggers) > 1:
        # (not what a protest was against: "was shot dead by Israeli forces during a protest
        # against the raid": the shooting, not the raid told before)
        kept = [t for t in triggers if not _protested(doc[t.token_i])]
        triggers = kept or triggers
    if doc is not None and len(triggers) > 1:
        # "the herders … opened fire when the farmers protested against the destruction of
        # their cassava": what the victims were doing when they were fired on, not a protest
        fired = {i for t in triggers if t.family in ("attack", "kill")
                 for i in (t.token_i, doc[t.token_i].head.i)}  # ("opened fire")
        kept = [t for t in triggers if not (
            t.family == "protest" and (tok := doc[t.token_i]).dep_ == "advcl"
            and tok.head.i in fired
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children))]
        triggers = kept or triggers
    arrest = next((t for t in triggers if t.family == "arrest"), None)
    if arrest is not None and doc is not None and doc[arrest.token_i].pos_ == "VERB":
        inside = {t.i for t in doc[arrest.token_i].subtree}
        if all(t.family == "arrest" or (doc[t.token_i].pos_ == "NOUN" and t.token_i in inside)
               for t in triggers):
            # "police arrested three suspects in connection with the bombing", "… in a raid on
            # a house": the arrest is what happened, the attack what it is about
            return arrest
        if all(t.family == "arrest" or t.lemma in RAID_VERBS for t in triggers) \
                and not HURT.search(doc[arrest.token_i].sent.text):
            # "the forces stormed the town of Beit Ummar, raided and searched several homes,
            # and arrested three young men": a raid that only detains is an arrest (ACLED)
            return arrest
    taking = next((t for t in triggers if t.family == "abduct"), None)
    if taking is not None and doc is not None and doc[taking.token_i].pos_ == "VERB":
        inside = {t.i for t in doc[taking.token_i].subtree}
        # ("gunmen seized two foreign truck drivers near Abu Ghraib after ambushing a fuel
        # convoy": the ambush was how they took them)
        means = {t.i for c in doc[taking.token_i].children
                 if c.dep_ == "prep" and c.lower_ in ("after", "by", "in") for t in c.subtree}
        if all(t.family == "abduct" or (t.family == "attack" and t.token_i in inside and (
                doc[t.token_i].pos_ == "NOUN" or t.token_i in means)) for t in triggers):
            # "Bandits have abducted at least 40 people … in an attack on Kadauri village":
            # the abduction is what happened, the attack its setting
            return taking
    deal = next((t for t in triggers if t.family == "agreement"), None)
    if deal is not None and doc is not None and len(triggers) > 1:
        before = {w.i for b in doc[deal.token_i].sent if b.lower_ == "after" and b.dep_ == "prep"
                  for w in b.subtree}
        # (or what went on meanwhile: "… signed a 45-day humanitarian ceasefire in N'Djamena
        # on Thursday, even as aid workers reported new militia raids on villages")
        before |= {w.i for b in doc[deal.token_i].sent if b.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "though", "although")
            for c in b.children) for w in b.subtree}
        # (or who the signers are: "Two feuding clans whose armed members fought a gun battle
        # … on Sunday signed a peace pact on Wednesday")
        before |= {w.i for r in signers_clauses(doc[deal.token_i]) for w in r.subtree}
        if deal.token_i not in before and all(t is deal or t.token_i in before
                                              for t in triggers):
            # "Elders … signed a ceasefire agreement in Dhusamareb on Monday after two days of
            # fighting …": the deal is what happened, the fighting what led to it
            return deal
    crowd = [t for t in triggers if t.crowd or (
        # ("dozens of motorbike riders staged a peaceful march … to protest against the
        # killing of one of their colleagues, who was shot dead by soldiers")
        t.family == "protest" and doc is not None and (tok := doc[t.token_i]).dep_ == "dobj"
        and (tok.head.lemma_.lower() in _STAGE or (
            # "hundreds of women … took out a torch rally …, demanding action against those
            # behind the drone attack"
            tok.head.lemma_.lower() == "take"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.head.children)))
        and _crowd_subject(tok.head)
        # (not "29 people were killed in a series of attacks …, as residents … staged
        # protests over the killings": the sentence tells the killings)
        and tok.head.dep_ != "advcl")]
    if doc is not None and len(crowd) < len(triggers):
        # (not a march told as what came before: "separatist fighters abducted at least 31
        # women …, days after the women marched through the village to protest taxes")
        crowd = [t for t in crowd if not _in_earlier_clause(doc[t.token_i])]
    if crowd:  # "people rallied … to denounce attacks": the rally is what happened
        return crowd[0]
    if doc is not None:
        # "the army carried out air strikes on Nasir on Friday, two days after the White Army
        # overran its garrison": the sentence tells the strikes; the "after" clause what came
        # before (told, if at all, as an occurrence of its own)
        main = [t for t in triggers if not _in_earlier_clause(doc[t.token_i])]
        if main and len(main) < len(triggers) and all(_told_thing_came(doc[t.token_i])
                                                      for t in main):
            # "The fighting came a day after MNLA fighters opened fire on hundreds of
            # residents protesting …": the noun names what was told; the clause tells news
            main = [t for t in triggers if t not in main]
        if main:
            triggers = main
        # "… engaged armed herders who had attacked farmers, neutralising three": what those
        # fought had done before, told to say who they were
        before = [t for t in triggers if (tok := doc[t.token_i]).dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)]
        if before and len(before) < len(triggers):
            triggers = [t for t in triggers if t not in before]
        # "Afghan forces backed by U.S. airstrikes battled Taliban fighters": the battle is
        # what happened, the strikes its support
        backing = [t for t in triggers if _backing(doc[t.token_i])]
        if backing and len(backing) < len(triggers):
            triggers = [t for t in triggers if t not in backing]
        elif backing and _present_progressive(doc[backing[0].token_i].head.head):
            # ("… in Lashkar Gah, where government forces backed by US air strikes are
            # trying to push back Taliban fighters": support of an effort going on, no strike
            # told)
            return None
        # "… battled Taliban fighters in Ghazni for a fourth day on Monday, … since the
        # insurgents stormed the city on Friday": what has gone on since, not its start
        since = [t for t in triggers if _in_since_clause(doc[t.token_i])]
        if since and len(since) < len(triggers):
            triggers = [t for t in triggers if t not in since]
        # "Hours before the strike on Sumy, a Russian drone hit a car": what came after
        # the sentence's occurrence, told to date it
        later = [t for t in triggers if any(t.token_i in told_as_later(doc[o.token_i])
                                            for o in triggers if o is not t)]
        if later and len(later) < len(triggers):
            triggers = [t for t in triggers if t not in later]
    if doc is not None and len(triggers) > 1:
        # "Fighting continued … between the FARDC and M23 rebels, according to civil society
        # sources, who reported heavy weapons fire": the fight between two sides, the fire
        # (a noun) how it sounded
        between = next((t for t in triggers if t.family == "clash" and any(
            c.dep_ == "prep" and c.lower_ == "between"
            for c in (*doc[t.token_i].children, *doc[t.token_i].head.children))), None)
        if between is not None and all(
                t is between or (t.lemma == "fire" and doc[t.token_i].pos_ == "NOUN")
                for t in triggers):
            return between
    if doc is not None and len(triggers) > 1:
        # "The fighting erupted on Tuesday afternoon when soldiers and police raided a house
        # in Barangay Basak Malutlut": the raid is how the fight the sentence tells began
        began = next((t for t in triggers if t.family == "clash"
                      and (tok := doc[t.token_i]).dep_ == "nsubj"
                      and tok.head.lemma_.lower() in _BROKE_OUT), None)
        if began is not None:
            when = {w.i for c in doc[began.token_i].head.children if c.dep_ == "advcl" and any(
                g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)
                    for w in c.subtree}
            if all(t is began or (t.lemma in RAID_VERBS and t.token_i in when)
                   for t in triggers):
                return began
        # "Soldiers clashed with gunmen who attacked them with drones carrying explosives": the
        # clash, whose other side is told by what it did in it
        fought = next((t for t in triggers if t.family == "clash"
                       and doc[t.token_i].pos_ == "VERB"), None)
        if fought is not None:
            told_of = {w.i for c in doc[fought.token_i].children
                       if c.dep_ == "prep" and c.lower_ == "with"
                       for o in c.children if o.dep_ == "pobj"
                       for r in o.children if r.dep_ == "relcl" for w in r.subtree}
            if told_of and all(t is fought or t.token_i in told_of for t in triggers):
                return fought
    if doc is not None and len(triggers) > 1:
        # "… accused soldiers of setting fire to at least 30 houses on Saturday, a day after
        # separatists ambushed a military convoy nearby": what came a day before dates the
        # sentence's own occurrence, it is not it
        before = told_a_time_after(doc[triggers[0].token_i].sent)
        if before and any(t.token_i not in before for t in triggers):
            triggers = [t for t in triggers if t.token_i not in before]
    # "stormed the village and opened fire on residents": a raid that kills is an attack
    if any(t.lemma in ("storm", "raid") for t in triggers if t.family == "territory") and any(
            t.family in ("attack", "kill") for t in triggers):
        triggers = [t for t in triggers if t.family != "territory"]
    return min(triggers, key=lambda t: (PRIORITY.index(t.family), t.token_i))


#: Spans of time told before "after": "a day after", "hours after", "two weeks after".
_SPANS_OF_TIME = {"day", "days", "hour", "hours", "week", "weeks", "month", "months", "minute",
                  "minutes"}


def _phrases_after(sent: Any, span: Callable[[Any, Any], bool]) -> Iterator[Any]:
    """The heads of the clauses or phrases opened by "after" in a sentence whose span of time
    (a noun the parser hangs on "after" or on the clause, ``span(noun, after)``) says how long
    after: "a day after", "six months after"."""
    for b in sent:
        if b.lower_ != "after" or b.dep_ not in ("prep", "mark"):
            continue
        phrase = b if b.dep_ == "prep" else b.head
        if any(c.dep_ == "npadvmod" and span(c, b) for c in (*b.children, *phrase.children)):
            yield phrase


def told_a_time_after(sent: Any) -> set[int]:
    """The words of the clauses or phrases opened by "a day after", "hours after" … in a
    sentence: an earlier occurrence, told to date the sentence's own."""
    return {t.i for phrase in _phrases_after(sent, lambda c, _b: c.lower_ in _SPANS_OF_TIME)
            for t in phrase.subtree}


def _told_long_after(tok: Any) -> bool:
    """A trigger in a clause or phrase opened by "a year after", "six months after": the start
    of the time the sentence measures (not "a day after", "hours after": recent, often news).
    The span is told before "after": not "after the militants seized Zinjibar in May last
    year", the day of the clause's own occurrence."""
    return any(phrase.left_edge.i <= tok.i <= phrase.right_edge.i for phrase in _phrases_after(
        tok.sent, lambda c, b: c.lemma_.lower() in _LONG_SPANS and c.i < b.i))


def told_as_later(tok: Any) -> set[int]:
    """The words of the phrases or clauses opened by "before" in ``tok``'s sentence that do
    not hold ``tok``: an occurrence told to set the sentence's own in time, which came after
    it ("Hours before the strike on Sumy, a Russian drone hit a car … in Krasnopillia")."""
    words: set[int] = set()
    for b in tok.sent:
        if b.lower_ != "before" or b.dep_ not in ("prep", "mark"):
            continue
        phrase = b if b.dep_ == "prep" else b.head
        inside = {t.i for t in phrase.subtree}
        if tok.i not in inside:
            words |= inside
    return words


def _in_since_clause(tok: Any) -> bool:
    """A trigger in a clause opened by "since": the start of what the sentence tells."""
    node = tok
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _present_progressive(verb: Any) -> bool:
    """The clause ``verb`` (or the subject it qualifies) hangs on is in the present
    progressive ("forces backed by … are trying"): an "-ing" form with "is"/"are"."""
    head = verb.head if verb.dep_ == "acl" else verb  # ("forces backed by …")
    return progressive(head.head if head.dep_ in ("nsubj", "nsubjpass") else head)


def _backing(tok: Any) -> bool:
    """A trigger noun naming what backed a force: "backed by U.S. airstrikes"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "by" \
        and tok.head.head.lemma_.lower() in ("back", "support", "assist", "aid", "cover")


#: Weapons as what a strike hits: launchers, launch sites, depots, factories.
_WEAPON_SITES = re.compile(r"\b(?:(?:anti-ship\s+|ballistic\s+|cruise\s+)?(?:missile|rocket|"
                           r"drone|weapons?|ammunition|munitions?)s?[\s-]+(?:launch(?:ers?|ing\s+"
                           r"sites?|\s+sites?|\s+pads?)|depots?|stores?|storage(?:\s+"
                           r"facilit(?:y|ies)|\s+sites?)?|sites?|factor(?:y|ies)|facilit(?:y|ies)|"
                           r"production|workshops?|warehouses?))\b", re.IGNORECASE)
#: Weapons fired from the ground: a "strike" with them is shelling or a missile attack.
_GROUND_FIRE = re.compile(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|"
                          r"howitzers?|barrages?|grad|katyusha|himars|tank fire)\b", re.IGNORECASE)


#: A front-line administration's daily tally of a military's attacks: "Russian forces carried out
#: 412 attacks on 11 settlements", "attacked 31 settlements … 87 times over the past day",
#: "Russian attacks killed two people … in Kherson Oblast over the past day". Hundreds of
#: attacks on whole districts in a day are fire from afar: ACLED codes them as shelling.
_ATTACK_TALLY = re.compile(r"\b(?:\d{2,}[\d,]*|dozens\s+of|hundreds\s+of)\s+(?:attacks|times)\b|"
                           r"\battack(?:s|ed)?\s+(?:on\s+)?\d[\d,]*\s+(?:settlements|hromadas|"
                           r"communities|localities)\b|\battacks?\b[^.;]{0,80}\b(?:over|in)\s+the\s+"
                           r"(?:past|last)\s+(?:day|24\s+hours)\b", re.IGNORECASE)


#: A crowd that attacks: "a mob attacked the neighbourhood", "mobs torched homes".
_MOB = re.compile(r"\bmobs?\b(?!\s+(?:boss|bosses|family|families))|"
                  # "crowds of Shia men, some of them armed, attacked Sunni mosques" (not a
                  # crowd of protesters: a demonstration)
                  r"\bcrowds?\s+of\s+(?:[\w-]+\s+){0,2}?(?:men|youths|residents|villagers|"
                  r"locals)\b"
                  # "attacks by groups of youths on residents of Burayu" (not armed youth)
                  r"|\bgroups?\s+of\s+(?!armed\b)(?:[\w-]+\s+){0,1}?(?:youths|young\s+men)\b",
                  re.IGNORECASE)


#: A crowd, armed at most with what a crowd carries, set on protesters.
_CROWD_ON_PROTESTERS = re.compile(
    r"\b(?:(?:hundreds|dozens|scores|crowds|groups|gangs|a\s+(?:crowd|group|gang))\s+of\s+"
    r"(?:[\w-]+\s+){0,2}?(?:men|youths|thugs|supporters|loyalists)"
    # ("activists of Bangladesh Chhatra League (BCL), the student wing of the ruling Awami
    # League, attacked quota reform protesters … with sticks, iron rods and machetes")
    r"|(?:activists|cadres|supporters|loyalists)\s+of)\b"
    r"(?=[^.;]{0,160}\b(?:sticks|clubs|machetes|batons|iron\s+(?:bars|rods)|rods|stones|rocks|"
    r"beating|beat)\b)"
    r"(?=[^.;]{0,160}\b(?:protesters|demonstrators|marchers|protest\s+camp|sit-in)\b)",
    re.IGNORECASE)


#: An ambush told, whichever of its acts the trigger is.
_AMBUSHED = re.compile(r"\bambush(?:ed|ing|es)?\b", re.IGNORECASE)
#: Guns fired in the same assault as a bomb: the ambush was fought, not only detonated.
_AMBUSH_FIRE = re.compile(r"\b(?:(?:opened|opening|open) fire|(?:came|come|coming) under fire|"
                          r"returned fire|returning fire|machine[-\s]?guns?|gunfire|small[- ]arms|"
                          r"rifles?|exchanged? (?:of )?fire|firefights?|gun ?battles?|gunfight|"
                          r"shootout|confronted)\b", re.IGNORECASE)


#: A convoy of travellers or goods, not of troops: "a convoy of lorries", "of fuel tankers".
_CIVILIAN_CONVOY = re.compile(r"\bconvoys?\s+of\s+(?:civilian\s+(?:vehicles|cars)|lorries|"
                              r"trucks|buses|civilians|traders|merchants|passengers|"
                              r"travell?ers|(?:fuel\s+)?tankers)\b", re.IGNORECASE)
#: A convoy under armed guard: "escorted by the Malian army", "under military escort".
_ESCORTED = re.compile(r"\bescort(?:s|ed|ing)?\b", re.IGNORECASE)


#: A raid on the ground told with "struck": "The attackers, who arrived on motorcycles, first
#: struck Bindin village …, going from house to house and abducting 23 people".
_ON_THE_GROUND = re.compile(r"\bon\s+motorcycles?\b|\b(?:house|door)\s+to\s+(?:house|door)\b|"
                            r"\b(?:abduct|kidnapp?)(?:ed|ing)\b|"
                            # "The attackers struck Mushu village at about 10 p.m.": men on
                            # foot strike a village; a jet or a drone would be named; "On the
                            # same morning, another group struck the camp at Mondoro"
                            r"\b(?:gunmen|attackers|assailants|bandits|raiders|herders|"
                            r"militiamen|jihadists|militants|insurgents|group)\s+"
                            r"(?:[\w,-]+\s+){0,6}?(?:struck|strike)\b",
                            re.IGNORECASE)
#: Weapons of the firefight, not of remote violence: "destroyed two tanks with anti-tank
#: rockets" is a battle, and so is "its fighters had targeted an Israeli Merkava tank with a
#: Yassin-105 rocket" (an anti-tank rocket fired at close range, by name).
_DIRECT_FIRE = re.compile(r"\b(?:anti-tank|antitank|anti-armou?r|rocket-propelled|rpgs?|"
                          r"bazookas?|shoulder-fired|yassin(?:-\d+)?|kornet|merkava)\b",
                          re.IGNORECASE)

#: Fire from beyond sight of what it hits: "fired from across the border", "launched from
#: Lebanon".
_FIRED_ACROSS = re.compile(r"\b(?:fired|launched)\s+from\s+(?:across|over|beyond|(?-i:[A-Z]))",
                           re.IGNORECASE)


#: What attackers carry, told beside the attack: "armed with heavy weapons and hand grenades".
_ARMED_WITH = re.compile(r"\barmed\s+with\s+[^,.;]*", re.IGNORECASE)
#: Killing verbs that ACLED codes as violence against civilians unless the dead were fighters.
_ONE_SIDED = {"murder", "massacre", "assassinate", "execute", "behead", "slaughter", "lynch",
              "slay", "assassination", "slaying", "beheading", "execution", "stabbing", "stab"}


#: An armed side other than a state's forces: a confrontation with one was fought.
_ARMED_PARTY = re.compile(r"\b(?:militants?|rebels?|fighters?|insurgents?|gunmen|armed\s+men|"
                          r"terrorists?|guerrillas?|jihadists?|gangs?|gangsters?|militias?|"
                          r"militiamen|combatants?|bandits?|separatists?|dissidents?)\b",
                          re.IGNORECASE)
#: A crowd as a party to a clash: the clash is a riot, not a battle between armed groups.
_CROWD_PARTY = re.compile(r"\b(?:protesters?|demonstrators?|rioters?|students|youths|crowds?|"
                          r"mobs?|stone-throwers?|(?:groups|gangs)\s+of\s+young\s+men)\b",
                          re.IGNORECASE)


#: A clash told as an exchange of fire: armed men's, never a crowd's ("heavy exchanges of
#: fire", "exchanged fire with gunmen", "a gunfight").
GUNFIGHT = re.compile(r"\b(?:gun\s*fights?|fire\s*fights?|gun\s*battles?|shoot-?outs?|"
                       r"exchanges?\s+of\s+(?:[\w-]+\s+)?fire|exchang(?:ed|ing)\s+(?:heavy\s+)?"
                       r"fire|(?:two|both)\s+sides\s+exchang(?:ed|ing)\s+[\w-]+\s+fire)\b",
                       re.IGNORECASE)  # ("the two sides exchanged artillery fire")


#: Whom troops engage in a fight: armed men ("armed herders", "the attackers", "militants").
_ENGAGED_FOE = re.compile(rf"\barmed\b|\b(?:attackers|assailants|gunmen|bandits|raiders|"
                          rf"kidnappers|{W['armed_target'].pattern})\b", re.IGNORECASE)
#: A raid that turned into a fight: "sparking a gunfight", "triggering an exchange of fire".
_SPARKED_A_GUNFIGHT = re.compile(r"\b(?:spark\w*|trigger\w*|le[ad]\w*\s+to|turn\w*\s+into|"
                                 r"result\w*\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:gun\s*fight|"
                                 r"fire\s*fight|gun\s*battle|shoot-?out|exchange\s+of\s+fire|"
                                 r"clash|battle)\b", re.IGNORECASE)


#: Who protests, as news names them.
_PROTESTERS = r"(?:protesters?|demonstrators?|marchers?|protestors?)"
#: The trigger's own object is a crowd of protesters ("fired on protesters", "shot dead two
#: demonstrators", "opened fire on a crowd of marchers").
_AT_PROTESTERS = re.compile(r"[\w-]+(?:\s+(?:fire|live\s+rounds|bullets|dead))?\s+(?:on|at|into)?"
                            rf"\s*(?:the\s+|an?\s+|a\s+crowd\s+of\s+)?"
                            # (a count and whose: "shot dead 15 Palestinian protesters")
                            rf"(?:[\w-]+\s+){{0,2}}{_PROTESTERS}\b", re.IGNORECASE)


#: A crowd come for aid, not for a cause: "crowds of Palestinians waiting for food", "crowds of
#: aid seekers" (shooting into it is an attack on civilians, not force against a protest).
_AID_CROWD = (r"(?!(?:\s+of\s+[^.;]{0,40}?)?\s+(?:waiting|queu(?:e|ed|ing)|seeking|aid[- ]seekers|"
              # ("opened fire on crowds waiting near an aid distribution site")
              r"gathered\s+(?:near|at|around)\s+(?:an?\s+|the\s+)?aid)\b)")
#: A state's force firing at a crowd, whatever it fires: "Police in Mozambique fired tear gas and
#: live ammunition at protesters".
_FIRED_AT_PROTESTERS = re.compile(
    r"\b(?:police(?:men)?|security\s+forces|(?<!rebel\s)(?<!militia\s)forces|troops|soldiers|"
    r"gendarmes?)\b[^.;]{0,60}?\b"
    r"(?:(?:fired|shot|opened\s+fire)\b[^.;]{0,50}?\b(?:at|on|into)\s+(?:the\s+)?"
    r"(?:a\s+crowd\s+of\s+)?(?:[\w-]+\s+)?"
    # ("shot dead 15 Palestinian protesters")
    rf"|shot\s+dead\s+(?:[\w,-]+\s+){{0,2}})(?:{_PROTESTERS}|crowds?{_AID_CROWD})\b",
    re.IGNORECASE)
#: People killed at a protest, or a protest stormed: "shot dead at a protest", "killed during a
#: demonstration", "stormed the sit-in".
_KILLED_AT_A_PROTEST = re.compile(
    r"\b(?:killed|shot(?:\s+dead)?|died|wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:at|during)\s+"
    r"(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:protest|demonstration|rally|march|sit-in)s?\b"
    # (by a state's forces: not "men loyal to Hezbollah and the Amal Movement stormed the main
    # protest camp", a party's mob)
    r"|\b(?:police|security\s+forces|soldiers|troops|army|paramilitar(?:y|ies)|forces)\b"
    r"[^.;]{0,60}?\b(?:stormed|raided|attacked|cleared|broke\s+up)\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sit-in|protest\s+camp)\b", re.IGNORECASE)
#: Who shoots at protesters when the parser found no actor: ACLED's excessive force is a state's.
_STATE_SHOOTERS = re.compile(r"\b(?:police|policemen|security\s+forces|soldiers|troops|army|"
                             r"gendarmes|riot\s+police|(?<!rebel\s)(?<!militia\s)forces)\b",
                             re.IGNORECASE)


#: A crowd protesting in the sentence that tells arrests.
_AT_A_PROTEST = re.compile(r"\b(?:protest(?:s|ed|ing)?|protesters?|protestors?|demonstrat\w*|"
                           # (not the month: "detained the head of the council … on March 27")
                           r"(?-i:march(?:ed|ing|ers?)?|March(?:ed|ing|ers?))|"
                           r"rall(?:y|ies|ied|ying)|sit-ins?)\b",
                           re.IGNORECASE)


#: A protest only called for or organised: "arrested three activists who had called on social
#: media for a protest" is an arrest.
_PROTEST_INTENDED = re.compile(r"\b(?:call(?:ed|ing|s)?|plann?(?:ed|ing)?|organi[sz](?:ed|ing|e)|"
                               r"urg(?:ed|ing)|incit(?:ed|ing)|lead(?:ing)?|led)\b[^.;]{0,35}$"
                               # "arrested 48 people on suspicion of looting … during the
                               # protests": what they are held for
                               r"|\b(?:suspicion|suspected|accused|charged)\b[^.;]{0,70}$"
                               # "arrested three suspects in connection with an attack on an
                               # ANP rally": the rally attacked, which they are held over (not
                               # "in connection with 'criminal acts' during Monday's protests")
                               r"|\b(?:attack|bombing|assault|blast|raid)s?\s+(?:on|at|against)"
                               r"\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}$",
                               re.IGNORECASE)


#: A protest broken up by force: "to break up a protest", "dispersed the demonstrators".
_BROKE_UP_A_PROTEST = re.compile(r"\b(?:break(?:ing)?\s+up|broke\s+up|disperse[sd]?|dispersing)"
                                 r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:protests?|"
                                 r"demonstrations?|rall(?:y|ies)|protesters|demonstrators|"
                                 r"sit-ins?|marches|march|crowds?|gatherings?)\b", re.IGNORECASE)
#: What a crowd does in the street, which no armed group does: "burned tyres, blocked the
#: main road".
_CROWD_ACTS = re.compile(r"\b(?:burn(?:ed|t|ing)\s+(?:car\s+)?tyres|(?:pelted|threw|hurled)\s+"
                         r"stones|stone[- ]pelting|blocked\s+(?:the\s+)?(?:[\w-]+\s+)?roads?|"
                         r"barricaded\s+(?:the\s+)?(?:[\w-]+\s+)?(?:roads?|streets?))\b",
                         re.IGNORECASE)


#: A crowd fighting the forces, wherever the sentence tells it (after what the crowd
#: protested against too): "… to protest against the drone attacks clashed with security forces".
_CLASHED_WITH_FORCES = re.compile(r"\bclash(?:ed|ing)\s+with\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                  r"(?:police|security\s+forces|troops|soldiers|army)\b",
                                  re.IGNORECASE)
#: An attack foiled by fighting: the attack and a toll or the losses inflicted on the attackers.
_AN_ATTACK_FOUGHT_OFF = re.compile(
    r"\b(?:attack|assault|offensive|infiltration)s?\b.*\b(?:killing|killed|wounding|wounded|"
    r"inflict(?:ed|ing)|losses|casualties)\b", re.IGNORECASE | re.DOTALL)
#: Bands of young men, the unrest's mobs: "gangs of youths armed with machetes".
_YOUTH_BANDS = re.compile(r"\b(?:gangs?|groups?|bands?)\s+of\s+(?:[\w-]+\s+)?youths\b",
                          re.IGNORECASE)
#: A crowd armed with what a crowd picks up: "hundreds of youths armed with sticks and stones".
_A_CROWD_ARMED_CRUDELY = re.compile(
    r"\b(?:hundreds|dozens|scores|thousands|crowds?|a\s+mob|mobs)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:youths|young\s+men|residents|villagers|people|men|locals)\s+armed\s+with\s+"
    r"(?:[\w-]+,?\s+){0,4}?(?:sticks|stones|clubs|machetes|rocks|iron\s+bars|knives|"
    r"cudgels)\b", re.IGNORECASE)
#: A crowd as the subject the sentence opens with, attacking or burning: "Protesters attacked
#: and set fire to …", "Hundreds of demonstrators stormed …", "Angry youths torched …".
_A_CROWD_ATTACKS = re.compile(
    # (after the day: "On 20 November, several hundred demonstrators protesting against the
    # fall of Goma attacked the MONUSCO compound in Bunia")
    r"\s*(?:on\s+[\w ]{1,25},\s*)?"
    r"(?:(?:(?-i:[A-Z])[\w'’-]*|hundreds|dozens|thousands|of|angry|some|a|an|the|group|"
    r"crowds?|several|hundred|thousand)"
    r"\s+){0,4}(?:protesters|demonstrators|rioters|youths|mobs?|crowds?)"
    r"(?:\s+(?:protesting|demonstrating|chanting|marching)\b[^,.;]{0,60}?)?\s+(?:then\s+)?"
    r"(?:attacked|stormed|torched|ransacked|vandali[sz]ed|set\s+fire|burned|burnt|looted)\b",
    re.IGNORECASE)


#: Who a crowd beats: a person, by pronoun or by what they are.
_BEATEN = {"him", "her", "them", "man", "men", "woman", "women", "boy", "boys", "monk",
           "officer", "officers", "policeman", "policemen", "suspect", "suspects", "thief",
           "thieves", "journalist", "journalists", "driver", "trader", "traders", "worker",
           "student", "students", "couple", "member", "members", "people"}
#: Who beats as a crowd: "a group of Muslim men", "residents", "a mob", "angry youths".
_CROWD_WORDS = {"group", "crowd", "mob", "mobs", "residents", "villagers", "youths", "men",
                "locals", "people", "supporters", "protesters", "students", "vigilantes"}


#: Who beats people as an armed body, not as a crowd: "Koglweogo members", "militiamen".
_ARMED_BEATERS = frozenset({"members", "militiamen", "militia", "soldiers", "troops",
                            "gunmen", "fighters", "rebels"})


def _a_crowd_beat_someone(tok: Any, beaters: frozenset[str] | set[str] = frozenset()) -> bool:
    """"a group of Muslim men … beat him and set him on fire": a crowd (the verb's subject, or
    that of the verb it is joined to) beating a person (not "troops beat back the attack",
    "beat the record"); with ``beaters``, a body of those instead."""
    beaters = beaters or _CROWD_WORDS
    if tok.pos_ != "VERB" or any(c.dep_ == "prt" for c in tok.children):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    joined = tok
    while not subjects and joined.dep_ == "conj":  # ("seized …, tied them … and beat them")
        joined = joined.head
        subjects = [c for c in joined.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "dobj" and c.lower_ in _BEATEN for c in tok.children) and any(
        any(t.lower_ in beaters for t in s.subtree) for s in subjects)


#: A crowd called angry: "angry youths", "irate residents".
_ANGRY = r"\b(?:angry|irate|enraged)\s+"
_CROWD_CALLED_ANGRY = r"youths?|residents|villagers|crowds?|mobs?|locals|young\s+men"
_AN_ANGRY_CROWD = re.compile(rf"{_ANGRY}(?:{_CROWD_CALLED_ANGRY})\b", re.IGNORECASE)
#: A crowd called angry that attacks: "angry youths in Jangebe attacked journalists".
_AN_ANGRY_CROWD_ATTACKS = re.compile(
    rf"{_ANGRY}(?:{_CROWD_CALLED_ANGRY}|people)\b"
    r"(?:\s+(?:in|of|from)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    # ("Angry youths on Sunday mounted roadblocks along the Jos-Bukuru road … and attacked
    # motorists": the day, and a deed of theirs before it)
    r"(?:\s+on\s+\w+)?(?:\s+[^.;,]{1,100}?\s+and)?"
    r"\s+(?:then\s+)?(?:attacked|beat|pelted|stoned|lynched|assaulted)\b", re.IGNORECASE)
#: Residents or youths stoning people, with no protest told: "residents of Vuhovi threw stones
#: at a Red Cross safe burial team and set fire to its vehicle" (ACLED: mob violence, a crowd's
#: violence outside a demonstration).
_A_CROWD_STONES = re.compile(
    r"\b(?:residents|villagers|locals|youths|young\s+men|a\s+crowd|crowds|a\s+mob)\b"
    r"(?:\s+(?:in|of|from)\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+on\s+\w+)?"
    r"\s+(?:threw\s+stones\s+at|stoned|pelted)\b", re.IGNORECASE)


def _protest_told(sentence: str) -> bool:
    """The sentence tells a protest that took place, not one only called for or the pretext
    of an arrest ("arrested … on suspicion of looting during the protests")."""
    return any(not _PROTEST_INTENDED.search(sentence, max(0, m.start() - 80), m.start())
               for m in _AT_A_PROTEST.finditer(sentence))


#: Police or troops firing on a crowd's day: "as police fire live rounds".
_POLICE_FIRE = re.compile(r"\b(?:police(?:men)?|security\s+forces|riot\s+police|troops|soldiers)"
                          r"\b[^.;]{0,30}?\b(?:fired?|firing|shot|shoot(?:ing)?|opened\s+fire)\b"
                          # (told passively: "was shot dead by Israeli forces during a protest")
                          r"|\bshot\s+(?:dead\s+)?by\s+(?:[\w-]+\s+){0,2}?(?:police(?:men)?|"
                          r"(?<!rebel\s)(?<!militia\s)forces|troops|soldiers)\b",
                          re.IGNORECASE)
#: Who lynches as a crowd (ACLED's mob violence), not as an armed group.
_CROWD_LYNCH = re.compile(r"\b(?:residents|villagers|mobs?|crowds?|locals|people|youths|"
                          r"vigilantes|angry)\b", re.IGNORECASE)


#: A crowd that kills those it accuses: "residents … killed two men they accused of being
#: gang members", "villagers beat to death a suspected thief".
_STREET_JUSTICE = re.compile(r"\b(?:residents|villagers|locals|youths|a\s+crowd|a\s+mob|"
                             r"angry\s+\w+)\b[^.;]{0,60}?\b(?:killed|beat|lynched|burned|"
                             r"stoned|hacked)\b[^.;]{0,40}?\b(?:they\s+accused|accused\s+of|"
                             r"suspected(?:\s+of)?|alleged)\b", re.IGNORECASE)


#: A crowd that burns or wrecks: "protesters … set fire to a police station".
_CROWD_BURNS = re.compile(r"\b(?:protesters|demonstrators|rioters|mobs?|marchers|protesting|"
                           r"demonstrating)\b", re.IGNORECASE)
#: Property where no one was: "abandoned houses", "the deserted village of Sinam".
_NO_ONE_THERE = re.compile(r"\b(?:abandoned|deserted|empty)\b", re.IGNORECASE)
#: Armed men among the looters: "crowds and some retreating soldiers looted shops".
_ARMED_LOOTERS = re.compile(r"\b(?:soldiers|troops|fighters|rebels|militiam[ae]n|gunmen)\b",
                            re.IGNORECASE)


#: Families whose type does not depend on the sentence.
_ONE_TYPE: dict[str, tuple[str, str]] = {
    "clash": ("Battles", "Armed clash"),
    "intercept": ("Strategic developments", "Disrupted weapons use"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "arrest": ("Strategic developments", "Arrests"),
    "agreement": ("Strategic developments", "Agreement"),
    "withdraw": ("Strategic developments", "Non-violent transfer of territory"),
    "base": ("Strategic developments", "Headquarters or base established"),
    "change": ("Strategic developments", "Change to group/activity"),
    "deploy": ("Strategic developments", "Other"),
    "destroy": ("Strategic developments", "Looting/property destruction"),
}


#: A vehicle or a patrol running onto a mine: "struck an improvised explosive device", "hit a
#: landmine", "drove over a roadside bomb".
_RAN_ONTO_A_BOMB = re.compile(
    r"\b(?:struck|strikes|hit|hits|ran\s+over|runs\s+over|drove\s+over|drives\s+over|"
    r"stepped\s+on|steps\s+on|triggered|triggers)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:improvised\s+explosive\s+device|IED|(?:land\s*)?mine|roadside\s+bomb|explosive\s+"
    r"device)s?\b", re.IGNORECASE)


#: Sites hit from afar: air bases, fuel and arms depots, plants, command posts.
_SITES = (r"(?:airfields?|air\s*bases?|airbases?|airports?|refiner(?:y|ies)|(?:oil|fuel|"
          r"ammunition|arms|weapons?)\s+(?:depots?|terminals?|facilit(?:y|ies)|storage|"
          r"warehouses?|plants?)|depots?|warehouses?|command\s+posts?|substations?|"
          r"power\s+(?:plants?|stations?)|plants?|factor(?:y|ies)|radars?|arsenals?|"
          r"(?:energy|military|port)\s+(?:infrastructure|facilit(?:y|ies))|"
          # the defence ministries' words for troops hit from afar
          r"(?:temporary\s+)?deployment\s+(?:points?|sites?|areas?)|"
          r"points?\s+of\s+temporary\s+deployment|concentrations?\s+of\s+(?:manpower|troops))")
_SITE_HIT = re.compile(r"\w+\s+[\"“]?(?:an?|the|its|their)\s+(?:[\w'’.-]+\s+){0,4}?" + _SITES
                       + r"\b", re.IGNORECASE)
_SITE_WAS_HIT = re.compile(_SITES + r"\b[^.;]{0,40}?\b(?:was|were|had\s+been|has\s+been|"
                           r"have\s+been)\s+(?:\w+\s+)?(?:hit|targeted|pounded)\b",
                           re.IGNORECASE)


#: An air force as the source of a report, not the weapon: "The missile hit the building,
#: Ukraine's air force said", "which the air force identified as an Iskander-M".
_AIR_FORCE_SPEAKS = re.compile(r"\bair force\s+(?:said|says|reported|reports|identified|"
                               r"added|stated|wrote|counted)\b|\baccording to (?:the |\w+'s )?"
                               r"air force\b|\bair force (?:spokes\w+|commander)\b",
                               re.IGNORECASE)


#: Drones among the arms seized after a fight: "had seized rifles, ammunition and a drone".
_ARMS_SEIZED = re.compile(r"\b(?:seiz|recover|confiscat)(?:ed|ing)\s+(?:[\w-]+,?\s+){0,6}?"
                          r"(?:and\s+)?(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+)?"
                          r"(?:[\w-]+\s+)?drones?\b", re.IGNORECASE)


#: Air power in support of troops on the ground: "its troops, supported by the air force, had
#: neutralised about 15 terrorists during a pursuit operation" is a ground fight.
_AIR_ARM = (r"(?:air\s+force|aircraft|aviation|air\s+support|helicopters?|drones?|air\s+assets|"
            r"air\s*strikes?|air-strikes?|warplanes?|jets?)")
_AIR_SUPPORT = re.compile(r"\b(?:supported|backed|assisted|aided|covered)\s+by\s+(?:the\s+)?"
                          rf"(?:[\w.-]+\s+)?{_AIR_ARM}(?:\s+and\s+(?:[\w-]+\s+)?{_AIR_ARM})?\b"
                          r"|\bwith\s+(?:the\s+)?"
                          r"(?:support|backing|help)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
                          r"(?:air\s+force|aircraft|aviation|helicopters?|drones?)\b|"
                          r"\bwith\s+air\s+(?:support|cover)\b|"
                          # (nor the aircraft that carried the wounded away: "55 wounded people
                          # had been evacuated to hospitals …, some of them by UN helicopter")
                          r"\b(?:evacuated|airlifted|flown|ferried|taken|transported)\b[^.;]{0,80}?"
                          r"\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:helicopters?|aircraft|"
                          r"planes?)\b", re.IGNORECASE)


#: The air arm as what was hit on the ground: "attacked the air force base at the airport and
#: set fire to several aircraft" (fighters on foot, no air strike).
_AIR_ARM_AS_TARGET = re.compile(r"\bair\s*(?:force\s+)?bases?\b|\bairbases?\b|"
                                r"\b(?:set\s+fire\s+to|burned|burnt|torched|destroyed)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:aircraft|planes?|helicopters?|jets?)\b",
                                re.IGNORECASE)
#: An aircraft shot at from the ground, the target and not the weapon: "a UN helicopter on a
#: mission to evacuate soldiers from Nasir came under fire".
_AIRCRAFT_FIRED_ON = re.compile(r"\b(?:helicopters?|aircraft|planes?|jets?)\b[^.;]{0,80}?\b(?:came|"
                                r"comes|coming)\s+under\s+(?:heavy\s+)?fire\b"
                                # "gunmen fired a rocket-propelled grenade at a military
                                # helicopter, forcing it down": the aircraft hit from the ground
                                r"|\b(?:fired|shot|launched)\b[^.;]{0,60}?\bat\s+(?:an?|the)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:helicopters?|aircraft|planes?|jets?)\b"
                                r"|\b(?:shot|brought)\s+down\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:helicopters?|aircraft|planes?|jets?)\b", re.IGNORECASE)



#: Drones, mortars or grenades used beside guns in one assault: "with drones and machine guns",
#: "with rifle fire and explosive-laden drones", "with small arms and mortars".
_GUNS = (r"(?:machine[- ]?guns?|rifles?|rifle\s+fire|small\s+arms|gunfire|machine-gun\s+fire|"
         r"(?:automatic|heavy|light|small)\s+weapons|assault\s+rifles?)")
#: (and "with Grad multiple rocket launchers and small arms": rockets fired with the rifles)
_HEAVY_ARMS = r"(?:drones?|mortars?|grenades?|rockets?|(?:rocket\s+)?launchers|RPGs?)"
_GUNS_AND_DRONES = re.compile(rf"\bwith\s+(?:[\w-]+\s+){{0,3}}?{_HEAVY_ARMS}(?:,|\s+and)\s+"
                              # (a list: "with rocket launchers, light machine guns and
                              # improvised mortars")
                              rf"(?:[\w-]+\s+)?{_GUNS}|\bwith\s+(?:[\w-]+\s+)?"
                              rf"{_GUNS}(?:,|\s+and)\s+(?:[\w-]+\s+){{0,3}}?"
                              # ("attacked its positions … with machine guns and mortars", "an
                              # SDF checkpoint with machine guns and hand grenades")
                              rf"{_HEAVY_ARMS}\b", re.IGNORECASE)

#: A crowd's stones thrown at the forces, told as what it did: "young men threw stones and
#: burned tyres at Israeli troops, who fired tear gas" (ACLED: a violent demonstration, met or
#: not; the forces' own word for it, "officers had been attacked with stones", is not this).
THREW_STONES_AT_FORCES = re.compile(
    r"\b(?:threw|hurled|pelted|throwing|hurling|pelting|throws?|hurls?)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:stones|rocks|bricks|petrol\s+bombs|firebombs|molotov\s+cocktails)\b[^.;]{0,60}?"
    r"\bat\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:troops|soldiers|police|policemen|officers|forces|security|"
    # (peacekeepers, their vehicles and their gates: "crowds of angry residents threw stones
    # at MONUC vehicles and at the gates of the mission's headquarters in Goma")
    r"peacekeepers|vehicles|gates)\b"
    # (the forces or their vehicle pelted with them: "pelted a police patrol vehicle with
    # stones, smashing its windscreen, before policemen fired tear gas")
    r"|\bpelt(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|police|"
    r"policemen|officers|forces|security)\b[^.;]{0,30}?\bwith\s+(?:[\w-]+\s+)?"
    r"(?:stones|rocks|bricks)\b",
    re.IGNORECASE)

#: What a raid did to goods and buildings: burned, looted, ransacked them.
_PLUNDERED = re.compile(r"\b(?:burn(?:ed|t|ing)|set\s+(?:fire|ablaze)|torch(?:ed|ing)|"
                        r"loot(?:ed|ing)|ransack(?:ed|ing)|plunder(?:ed|ing))\b", re.IGNORECASE)

#: The sounds of a fight, guns and blasts together: "residents reported hours of shooting and
#: explosions overnight", "heavy explosions and gunfire could be heard across the city" — two
#: sides fighting, which ACLED codes as a battle, not as the blasts alone.
_FIRE = r"(?:gunfire|gun\s+fire|gunshots|shooting|shots|exchanges?\s+of\s+fire)"
#: A killing told as a fight between armed groups' men: "a confrontation between cells of the
#: two factions", "a shootout between rival gangs".
_A_FIGHT_BETWEEN_GROUPS = re.compile(
    r"\b(?:confrontation|clash|shoot-?out|gunfight|gun\s+battle|fight)\s+between\s+(?:the\s+)?"
    r"(?:(?:two|rival|armed)\s+)?(?:cells|factions|gangs|cartels|groups|militias|members)\b",
    re.IGNORECASE)
_SOUNDS_OF_FIGHTING = re.compile(rf"\b{_FIRE}\s+and\s+(?:[\w-]+\s+)?(?:explosions|blasts)\b|"
                                 rf"\b(?:explosions|blasts)\s+and\s+(?:[\w-]+\s+)?{_FIRE}",
                                 re.IGNORECASE)
#: Heavy weapons fired together with small arms, as armies and armed groups fight: "exchanged
#: artillery and machine-gun fire", "opened fire with small arms and mortars", "heavy gunfire
#: and artillery continued until about 2 a.m." (on the dev gold 17 such sentences tell a
#: battle, one a shelling and one a helicopter's strike).
_MIXED_FIRE = re.compile(
    r"\b(?:artillery|mortars?|shells|shelling|rockets|heavy[\s-]weapons?)\s+and\s+(?:heavy\s+)?"
    r"(?:machine[\s-]?guns?|small[\s-]arms|automatic[\s-]weapons?|rifles?)"
    r"|\b(?:machine[\s-]?guns?|small[\s-]arms|automatic[\s-]weapons?|gun)\s*(?:fire\s+)?and\s+"
    r"(?:heavy\s+)?(?:artillery|mortars?|shelling|shells|rockets)\b", re.IGNORECASE)
#: A strike that stops work, no blow struck: "an 'armed strike' that has paralyzed the north",
#: "a shopkeeper was shot dead after he kept his store open in defiance of the strike".
_SHUTDOWN = re.compile(r"\b(?:armed|general|hunger|transport|labou?r|nationwide|indefinite|"
                       r"workers['’]?|truckers['’]?|teachers['’]?|doctors['’]?)\s+strikes?\b"
                       r"|\b(?:defiance\s+of|observ\w+|enforc\w+|call(?:ed|s|ing)?\s+(?:for\s+)?)"
                       r"\s+(?:the|a|an)\s+(?:[\w-]+\s+)?strike\b|\bstrike\s+calls?\b",
                       re.IGNORECASE)
#: A post armed men hold: "two security checkpoints", "an army base", "a police outpost".
_ARMED_POST = re.compile(r"\b(?:checkpoints?|bases?|outposts?|posts?|patrols?|positions?|barracks|"
                         r"garrisons?)\b", re.IGNORECASE)
#: The dead told only as people: "killing 15 people".
_PEOPLE_KILLED = re.compile(r"\bkill(?:ed|ing)\s+(?:at\s+least\s+|about\s+|some\s+)?"
                            r"(?:[\w-]+\s+)?(?:people|persons)\b", re.IGNORECASE)
#: Civilians named as such.
_CIVILIANS_NAMED = re.compile(r"\b(?:civilians?|villagers|residents|passengers|worshippers|"
                              r"women|children|farmers|students)\b", re.IGNORECASE)
#: Air strikes told as what followed the fight on the ground: "killed in the fighting and in
#: air strikes that followed", "in the ensuing air strikes" — the response, not the attack.
_AIR_STRIKES_AFTER = re.compile(r"\b(?:air|drone)\s*strikes?\s+(?:that|which)\s+followed\b|"
                                r"\b(?:subsequent|ensuing|follow-up)\s+(?:air|drone)\s*strikes?\b",
                                re.IGNORECASE)


#: A regiment or a corps named for its arms (capitalised): "The Rifles", "the Assam Rifles".
_RIFLES_REGIMENT = re.compile(r"\b(?:The|[A-Z][a-z]+)\s+Rifles\b")
#: Police or soldiers off duty: shot at home or on leave, they are civilians for ACLED.
_OFF_DUTY = re.compile(r"\boff[- ]duty\s+(?:[\w-]+\s+){0,2}?(?:police(?:\s+officers?|men|man)?|"
                       r"policem[ae]n|officers?|soldiers?|servicem[ae]n|troopers?|patrolm[ae]n|"
                       r"agents?|members?)\b", re.IGNORECASE)


#: Bullets meant for others: "killed by stray bullets", "caught in the crossfire".
_CROSSFIRE = re.compile(r"\bstray\s+(?:bullets?|rounds?|fire)\b|\bcross-?\s?fire\b", re.IGNORECASE)
#: A device thrown at soldiers by whom they shot, as an army tells it.
_THROWN_AT_FORCES = re.compile(r"\b(?:hurl|throw|threw|thrown)\w*\s+(?:an?\s+|two\s+|several\s+)?"
                               r"(?:explosive\s+devices?|pipe\s+bombs?|molotov\s+cocktails?|"
                               r"firebombs?)(?:\s+(?:at|towards?)\s+(?:the\s+|its\s+)?(?:forces|"
                               r"soldiers|troops|them|police|officers))?|"
                               r"\bexplosive\s+devices?\s+thrown\s+at\s+(?:them|the\s+forces|"
                               r"soldiers|troops)", re.IGNORECASE)
#: Where the detained were taken, unknown: "took him to an unknown location".
_TO_AN_UNKNOWN_PLACE = re.compile(r"\b(?:took|taken|taking|moved|led|transferred|driven)\s+"
                                  r"(?:\w+\s+)?to\s+(?:an?\s+)?(?:unknown|undisclosed)\s+"
                                  r"(?:location|destination|place|site)s?\b", re.IGNORECASE)
#: People taken to serve: "rounded up at least 30 young men … to be enlisted", "for forced
#: conscription".
_PRESSED_INTO_SERVICE = re.compile(r"\bto\s+be\s+(?:enlisted|conscripted|recruited|drafted)\b|"
                                   r"\bfor\s+(?:forced\s+)?(?:conscription|recruitment)\b",
                                   re.IGNORECASE)
#: Someone at or near home, off duty: "as he left his home", "outside his house".
_AT_HOME = re.compile(r"\b(?:as|when|while)\s+(?:he|she)\s+(?:left|was\s+leaving|returned|was\s+"
                      r"returning|arrived|was\s+arriving)\s+(?:to\s+)?(?:his|her)\s+(?:home|house)\b|"
                      r"\b(?:at|from|outside|in\s+front\s+of|near)\s+(?:his|her|their)\s+"
                      r"(?:own\s+)?(?:homes?|houses?|residences?)\b",
                      re.IGNORECASE)
#: Bombs that came down on something: "bombs hit homes", "bombs that fell on houses".
_BOMBS_FROM_ABOVE = re.compile(r"\bbombs?\s+(?:that\s+|which\s+)?(?:hit|struck|fell|landed|"
                               r"rained)\b", re.IGNORECASE)
#: Debris of what was shot down that hit something: "debris from downed drones had fallen on
#: the territory of an enterprise", "falling debris damaged houses", "falling fragments had
#: damaged a house".
DEBRIS_HIT = re.compile(r"\b(?:debris|fragments|shrapnel)\b[^.;]{0,80}?\b(?:fell|fallen|falling|"
                        r"hit|struck|damag\w*|injur\w*|set\s+(?:off\s+)?(?:a\s+)?fire|sparked|"
                        r"caused)\b|\bfalling\s+(?:\w+\s+)?(?:debris|fragments|shrapnel)\b",
                        re.IGNORECASE)
def debris_strike(text: str) -> str:
    """The strike whose shot-down weapon's debris hit something, by the weapon ``text`` names:
    a missile attack for missiles or rockets (and no drones), else a drone strike."""
    if re.search(r"\b(?:missiles?|rockets?)\b", text, re.IGNORECASE) \
            and not re.search(r"\bdrones?\b", text, re.IGNORECASE):
        return "Shelling/artillery/missile attack"
    return "Air/drone strike"


#: Someone told doing something when the shooting began: "X, 52, was sitting with his wife on
#: the porch … when two men on a motorcycle opened fire".
_CAUGHT_WHILE = re.compile(r"\s*(?P<who>[^.;]{3,200}?)\s+(?:was|were)\s+(?:\w+\s+){0,2}?\w+ing\b"
                           r"[^;]*?\bwhen\b", re.IGNORECASE)
#: An age told with a name: "Julián Andrés Cardona, 27,", "a 35-year-old man".
_AGED = re.compile(r",\s*\d{1,2},|\b\d{1,2}-year-old\b")


#: Who told it, closing the sentence: ", said Pol Col Wichai, superintendent of Bannang Sata
#: police station" (the police who tell it are not the side that was hit).
_SAID_TAIL = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:said|says|told|"
                        r"reported)\b[^,;.!?\n\"“”]*(?:,[^,;.!?\n\"“”]*)?[.!?\"”]*\s*$",
                        re.IGNORECASE)


#: An attack met by air defences: "the attack was successfully intercepted", "air defence
#: systems responded".
_MET_BY_AIR_DEFENCE = re.compile(r"\b(?:intercept(?:ed|ion|ions)?|air[\s-]+defen[cs]es?)\b",
                                 re.IGNORECASE)
#: Some of those just named: "killed six of them".
_OF_THEM = re.compile(r"[\s\"“”']*(?:[\w-]+[\s\"“”']+){1,2}of\s+them\b", re.IGNORECASE)
#: Armed men just named, whom "them" may be.
_FOES_BEFORE = re.compile(r"\b(?:attackers|assailants|gunmen|insurgents|militants|fighters|"
                          r"rebels|jihadists|terrorists|bandits|raiders|militiamen)\b",
                          re.IGNORECASE)


_PETROL_BOMB = re.compile(r"\b(?:petrol|gasoline|fire)[\s-]+bombs?\b", re.IGNORECASE)


#: The crew of an armoured vehicle killed: "hit a tank …, killing and wounding its crew".
_AN_ARMOURED_CREW = re.compile(r"\b(?:tanks?|armou?red\s+(?:[\w-]+\s+)?(?:vehicles?|"
                               r"bulldozers?|personnel\s+carriers?)|military\s+bulldozers?|"
                               r"apcs?|bmps?|btrs?)\b[^.;]{0,160}?\b(?:kill|wound)\w*\s+"
                               r"(?:and\s+(?:kill|wound)\w*\s+)?(?:its|their)\s+crews?\b",
                               re.IGNORECASE)


#: The war told going on around an occurrence, closing its sentence: ", as fighting, arson and
#: bomb attacks continued across Myanmar".
_AS_THE_WAR_WENT_ON = re.compile(r",\s+(?:as|while|amid)\s+(?:[\w'’-]+,?\s+){1,6}?(?:continued|"
                                 r"raged|persisted|went\s+on|intensified|escalated|spread)\s+"
                                 r"(?:across|throughout|in|around|elsewhere|unabated|"
                                 r"nationwide)\b[^.;]*", re.IGNORECASE)


def classify(family: str, sentence: str, actor_kind: str | None, victims: str | None = None,
             lemma: str = "", acted_on: str | None = None, source: str | None = None
             ) -> tuple[str, str] | None:
    """(event_type, sub_event_type) for a trigger family in its sentence. ``victims`` says who
    the sentence counts as killed or hurt ("civilian", "armed" or None): a one-sided attack on
    civilians is violence against civilians, fighting between armed men is a battle.
    ``source`` is the words naming who tells it, when told after the trigger ("…, a police
    officer said"): the police who tell of a killing were not the ones it hit."""
    s = sentence
    if family == "territory":
        if actor_kind in ("armed_group",):
            return "Battles", "Non-state actor overtakes territory"
        return "Battles", "Government regains territory"
    if family in ("attack", "explosion", "kill"):
        # (nor a weapon found or left behind: "the attackers fled …, leaving behind an
        # improvised explosive device that was later defused")
        s = _UNUSED_WEAPON.sub(" ", s)
        # (a petrol bomb is a firebrand, no explosive: "mobs armed with sticks, swords and
        # petrol bombs … killing at least 25 people")
        s = _PETROL_BOMB.sub("firebrands", s)
        # (nor what the army says the man it shot had thrown: "its soldiers fired at a
        # terrorist who hurled an explosive device at them", its account of a killing)
        s = _THROWN_AT_FORCES.sub(" ", s)
        # (nor a regiment named for its arms: "a soldier from 2nd Battalion The Rifles was
        # killed in an explosion", "the Assam Rifles")
        s = _RIFLES_REGIMENT.sub(" ", s)
        if lemma != "strike":
            # (nor the air strikes that answered the attack told: "killed in the fighting and
            # in air strikes that followed")
            s = _AIR_STRIKES_AFTER.sub(" ", s)
        # (nor the war going on around it: "killed 12 junta soldiers in an ambush …, as
        # fighting, arson and bomb attacks continued across Myanmar")
        going_on = _AS_THE_WAR_WENT_ON.search(s)
        if going_on is not None and not (lemma and lemma in going_on.group(0).lower()):
            s = s[:going_on.start()] + " " + s[going_on.end():]
        # (what the attackers carried is no weapon used: "the attackers, armed with heavy
        # weapons and hand grenades, attacked the station from three sides")
        used = _ARMED_WITH.sub("", s)
        if W["chemical"].search(s):
            return "Explosions/Remote violence", "Chemical weapon"
        if _CROSSFIRE.search(s) and actor_kind is None:
            # "at least 11 civilians … were killed by stray bullets": the toll of the fighting
            # around them, which ACLED codes with the battle
            return "Battles", "Armed clash"
        if W["suicide"].search(s):
            return "Explosions/Remote violence", "Suicide bomb"
        if _RAN_ONTO_A_BOMB.search(s):
            # "their vehicle struck an improvised explosive device": a mine, not a strike
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if lemma in ("raid", "storm", "attack", "ambush") and victims != "civilian" \
                and _SPARKED_A_GUNFIGHT.search(s):
            # "Taliban forces raided a house … where members of IS-K were hiding, sparking a
            # gunfight that lasted more than two hours": the raid became a battle
            return "Battles", "Armed clash"
        if lemma == "fire" and GUNFIGHT.search(s):
            # "Residents reported heavy exchanges of fire … near the Tajoura cardiac hospital":
            # two sides firing, a battle (not an attack on the hospital named as a landmark)
            return "Battles", "Armed clash"
        if _GUNS_AND_DRONES.search(s) and W["armed_target"].search(acted_on or s):
            # "SDF fighters attacked army positions with drones and machine guns", "attacked a
            # police station with rifle fire and explosive-laden drones": a ground assault
            # that also used drones, a battle
            return "Battles", "Armed clash"
        if _SOUNDS_OF_FIGHTING.search(s):
            return "Battles", "Armed clash"
        if _A_FIGHT_BETWEEN_GROUPS.search(s):
            # "Five men were killed when gunmen opened fire on two pick-up trucks, in what the
            # prosecutor's office described as a confrontation between cells of the two
            # factions of the Sinaloa Cartel": armed groups fighting, a battle (whom it killed
            # counted with it)
            return "Battles", "Armed clash"
        if lemma in ("raid", "storm") and victims is None and _PLUNDERED.search(s) \
                and not HURT.search(s) and not W["armed_target"].search(acted_on or s):
            # "insurgents … raided Matemo island … and burned fishing boats and a row of
            # houses", "armed men stormed the Teaching Hospital …, looting medicines": goods
            # and buildings, no one hurt, as ACLED codes a raid for them
            return "Strategic developments", "Looting/property destruction"
        if W["air"].search(_AIR_SUPPORT.sub("", _AIR_FORCE_SPEAKS.sub("", _AIRCRAFT_FIRED_ON.sub(
                "", _AIR_ARM_AS_TARGET.sub("", _ARMS_SEIZED.sub("", s)))))):
            return "Explosions/Remote violence", "Air/drone strike"
        if W["grenade"].search(used):
            return "Explosions/Remote violence", "Grenade"
        if _MIXED_FIRE.search(s) and victims != "civilian":
            # "the rebels and government troops exchanged artillery and machine-gun fire": a
            # battle fought with heavy weapons too, not a shelling
            return "Battles", "Armed clash"
        if lemma == "strike" and not _GROUND_FIRE.search(_WEAPON_SITES.sub(" ", s)) \
                and not _ON_THE_GROUND.search(s) and not _a_group_s_raid(actor_kind, victims, s):
            # "forces struck targets"; "strikes against four mobile anti-ship missile
            # launchers": what was hit, not what hit it
            return "Explosions/Remote violence", "Air/drone strike"
        if W["shelling"].search(s) and (not _DIRECT_FIRE.search(s) or _FIRED_ACROSS.search(s)):
            # (an anti-tank missile "fired from across the border hit a house in Metula":
            # fired from afar, not a firefight's)
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if actor_kind == "state_force" and _ATTACK_TALLY.search(s):
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if lemma in ("hit", "target", "pound") and not _GROUND_FIRE.search(s) \
                and not _ON_THE_GROUND.search(s) and (
                    (acted_on is not None and _SITE_HIT.match(acted_on))
                    or _SITE_WAS_HIT.search(s)):
            # "Ukrainian forces hit the Marinovka military airfield", "the refinery in
            # Volgograd was hit overnight": a site far from any fighting is hit from afar
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        carried = _WORN_EXPLOSIVES.sub(" ", _ARMED_WITH_BOMBS.sub(" ", s))  # (not what the
        # attackers wore: "fighters, some of them wearing explosive belts, stormed the
        # gendarmerie school", nor carried: "armed with guns, knives and homemade bombs")
        if (family == "explosion" or W["ied"].search(carried)) and victims != "civilian" \
                and _AMBUSH_FIRE.search(s) and (W["armed_target"].search(acted_on or s) or (
                    _AMBUSHED.search(s) and W["armed_target"].search(s))):
            # "guerrillas opened fire on an army patrol and detonated a roadside bomb",
            # "ambushed an infantry force with explosive devices and machine-gun fire",
            # "ambushed a military convoy, detonating two mines and then opening fire on the
            # trucks": an ambush fought with guns as well is a battle (ACLED's rule for IED
            # ambushes)
            return "Battles", "Armed clash"
        if family != "explosion" and _BOMBS_FROM_ABOVE.search(s) \
                and not re.search(r"\b(?:roadside|car|planted|laid|buried|suicide|truck|vbied|"
                                  r"improvised|landmines?|mines?)\b", s, re.IGNORECASE):
            # "18 civilians were killed when bombs hit homes in the Bani Hawat area", "bombs
            # that fell on houses": bombs that come down are dropped from the air
            return "Explosions/Remote violence", "Air/drone strike"
        if family == "explosion" or W["ied"].search(carried):
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if (lemma == "strike" or re.search(r"\bstrikes?\b", _SHUTDOWN.sub(" ", s),
                                            re.IGNORECASE)) \
                and not _ON_THE_GROUND.search(s) \
                and not (lemma == "strike" and _a_group_s_raid(actor_kind, victims, s)):
            # news says "strike" for what comes from the air (drones, jets, missiles named
            # above already); a strike on foot is a raid or an attack
            return "Explosions/Remote violence", "Air/drone strike"
        if (acted_on is not None and _AT_PROTESTERS.match(acted_on) and (
                actor_kind == "state_force" or (actor_kind is None and _STATE_SHOOTERS.search(s)))
                ) or (victims != "armed" and _FIRED_AT_PROTESTERS.search(s)):
            # "police opened fire on protesters", "Police fired tear gas and live ammunition at
            # protesters …, killing three": ACLED's excessive force against protesters
            return "Protests", "Excessive force against protesters"
        if victims != "armed" and _KILLED_AT_A_PROTEST.search(s):
            # "a man had been shot dead at a protest in the western city of Barquisimeto",
            # "security forces stormed the sit-in in front of the army command": the force
            # that met the protest, as ACLED codes it
            return "Protests", "Excessive force against protesters"
        if victims != "armed" and _POLICE_FIRE.search(s) and _protest_told(s):
            # "Kenya protests: Eight killed in Nairobi as police fire live rounds"
            return "Protests", "Excessive force against protesters"
        if victims != "armed" and _BROKE_UP_A_PROTEST.search(s) and _protest_told(s) \
                and not W["lethal_force"].search(s):
            # "Taliban fighters fired into the air and detained three women to break up a
            # protest": the protest, with the force that broke it up
            return "Protests", "Protest with intervention"
        if _A_CROWD_ATTACKS.match(s):
            # "Protesters attacked and set fire to the offices of the ruling party": the
            # crowd's own riot, whoever else the sentence names
            return "Riots", "Violent demonstration"
        if (_AN_ANGRY_CROWD_ATTACKS.search(s) or _A_CROWD_STONES.search(s)) \
                and not _AT_A_PROTEST.search(s):
            # "angry youths in Jangebe attacked journalists and officials who visited the
            # school, pelting them with stones": a crowd's violence with no protest told,
            # ACLED's mob violence
            return "Riots", "Mob violence"
        if actor_kind not in ("state_force", "armed_group") and _CROWD_ACTS.search(s) \
                and not W["civilian_target"].search(acted_on or ""):
            # "dozens of young men … burned tyres, blocked the main road and stormed the
            # municipal council building": a crowd's riot, not an armed attack
            return "Riots", "Violent demonstration"
        if lemma == "lynch" and _CROWD_LYNCH.search(s):
            return "Riots", "Mob violence"  # "residents lynched two men they accused of …"
        if actor_kind not in ("state_force", "armed_group") and _STREET_JUSTICE.search(s):
            # "residents armed with machetes killed two men they accused of being gang
            # members": justice in the street, a mob's violence
            return "Riots", "Mob violence"
        if _MOB.search(s) and actor_kind not in ("state_force", "armed_group"):
            return "Riots", "Mob violence"  # "a man was beaten to death when a mob attacked …"
        if actor_kind != "state_force" and (band := _YOUTH_BANDS.search(s) or (
                _A_CROWD_ARMED_CRUDELY.search(s) if not _AT_A_PROTEST.search(s) else None)) \
                is not None and (acted_on is None or band.start() < s.find(acted_on)):
            # "gangs of youths armed with machetes and clubs attacked residents from western
            # Kenya": a mob, though the parser's word for it is a gang's (the band before the
            # trigger: not one attacked); "hundreds of youths armed with sticks and stones
            # descended on Eastleigh, attacking Somali traders": a crowd's crude arms
            return "Riots", "Mob violence"
        if actor_kind != "state_force" and _CROWD_ON_PROTESTERS.search(s):
            # "Hundreds of men loyal to Hezbollah and the Amal Movement stormed the main protest
            # camp …, beating demonstrators with sticks", "dozens of thugs armed with machetes
            # and clubs attacked #EndSARS protesters": a crowd's violence on a crowd
            return "Riots", "Mob violence"
        if victims != "armed" and _CIVILIAN_CONVOY.search(s) and not _ESCORTED.search(s):
            # "a convoy of lorries was ambushed near Markoye": travellers and their goods,
            # with no soldiers to fight back (escorted, gold codes it either way)
            return "Violence against civilians", "Attack"
        if victims == "armed" and actor_kind != "state_force" and _AT_HOME.search(s):
            victims = "civilian"  # "gunmen shot dead a municipal police commander … as he
            # left his home": a policeman or a soldier killed off duty, as ACLED codes him
        if victims == "civilian" and acted_on is not None and _ARMED_POST.search(acted_on) \
                and _PEOPLE_KILLED.search(s) and not _CIVILIANS_NAMED.search(s):
            # "Suspected insurgents attacked two security checkpoints manned by village defence
            # volunteers …, killing 15 people": a post's armed men fought, whoever else died
            return "Battles", "Armed clash"
        if victims is None and _AN_ARMOURED_CREW.search(s):
            victims = "armed"  # "destroyed an Israeli Merkava tank … and killed and wounded
            # its crew": soldiers in their armour, fought
        if victims == "civilian" or (lemma in _ONE_SIDED and victims != "armed"):
            return "Violence against civilians", "Attack"
        if victims == "armed":
            return "Battles", "Armed clash"
        # who was acted upon: the words from the trigger on ("RSF fighters … opened fire on
        # residents" is one-sided), the whole sentence when the caller cannot tell
        side = _OFF_DUTY.sub("civilian", _SAID_TAIL.sub(
            "", acted_on if acted_on is not None else s))
        civilians = W["civilian_target"].search(side) or (
            # ("armed men fired into the crowd from the compound": people gathered)
            lemma == "shoot" and _A_GATHERING.search(side))
        armed = W["armed_target"].search(side.replace(source, " ") if source else side)
        if civilians and not armed:
            return "Violence against civilians", "Attack"
        if lemma in ("raid", "storm") and acted_on is not None and not armed \
                and actor_kind != "state_force" and _A_SETTLEMENT_RAIDED.match(acted_on):
            # "The attackers … raided Mayikengo in the Lubero territory": gunmen raiding a
            # village where no force is told to fight them, as ACLED codes it
            return "Violence against civilians", "Attack"
        if family == "kill" and not armed and acted_on is not None \
                and _OF_THEM.match(acted_on) and (at := s.find(acted_on)) > 0 \
                and _FOES_BEFORE.search(s, max(0, at - 80), at):
            # "said they had pursued the attackers and killed six of them in the Catupa
            # forest": the attackers, fought
            return "Battles", "Armed clash"
        if family == "kill" and not armed:
            return "Violence against civilians", "Attack"
        if actor_kind is None and lemma in ("fire", "shoot") and not civilians and not armed \
                and (caught := _CAUGHT_WHILE.match(s)) is not None \
                and not W["armed_target"].search(caught.group("who")) \
                and (W["civilian_target"].search(caught.group("who"))
                     or _AGED.search(caught.group("who"))):
            # "Abdulloh Mama, 52, headman of Moo 4 village, was riding his motorcycle home …
            # when two men on another motorcycle pulled alongside and opened fire": someone
            # going about their day, shot by men no one names, as ACLED codes it
            return "Violence against civilians", "Attack"
        if actor_kind in ("state_force", "country") and _MET_BY_AIR_DEFENCE.search(s):
            # "the Zionist regime attacked military centres in Tehran, Khuzestan and Ilam
            # provinces … and the attack was successfully intercepted": what air defences
            # meet came from the air
            return "Explosions/Remote violence", "Air/drone strike"
        return "Battles", "Armed clash"
    if family == "clash" and lemma == "confrontation" and victims == "civilian" \
            and not _ARMED_PARTY.search(s):
        # "a boy was shot dead by Israeli forces during confrontations in Beita", "a violent
        # confrontation between Israeli civilians and Palestinians": no armed side fought
        return "Violence against civilians", "Attack"
    if family == "clash" and _CROWD_PARTY.search(s) and not GUNFIGHT.search(s):
        # "protesters clashed with police" (not "killed in a gunfight with militants, as
        # tension rose over the abduction of two youths": guns, not a crowd)
        return "Riots", "Violent demonstration"
    if family == "arrest" and (_TO_AN_UNKNOWN_PLACE.search(s)
                               or _PRESSED_INTO_SERVICE.search(s)):
        # "the RSF detained a volunteer … and took him to an unknown location": a forced
        # disappearance, not an arrest; and so are men "rounded up … to be enlisted"
        return "Violence against civilians", "Abduction/forced disappearance"
    if family == "arrest" and _protest_told(s) and not _AT_HOME.search(s):
        # "police … disperse a protest … and detained 15 of its activists", "detained nine
        # supporters … who tried to march": ACLED codes the protest, with its intervention
        # (not organisers detained at their homes that night, or taken from them: an
        # arrest of its own)
        return "Protests", "Protest with intervention"
    if family == "intercept" and DEBRIS_HIT.search(s):
        # "debris from downed drones had fallen on an industrial enterprise in Saratov": the
        # drone attack on the place, which ACLED codes as the strike
        return "Explosions/Remote violence", debris_strike(s)
    if family == "destroy" and (_AN_ANGRY_CROWD.search(s) or _A_CROWD_STONES.search(s)) \
            and not _AT_A_PROTEST.search(s) and not _NO_ONE_THERE.search(s):
        # "angry youths barricaded the Enugu-Nsukka road and set fire to a cattle market":
        # a crowd's violence with no protest told, ACLED's mob violence
        return "Riots", "Mob violence"
    if family == "destroy" and _CROWD_BURNS.search(s) and not _NO_ONE_THERE.search(s):
        # "protesters … set fire to a regional office of the ruling party": the crowd's riot
        return "Riots", "Violent demonstration"
    if family == "intercept" and lemma in ("foil", "thwart") \
            and _AN_ATTACK_FOUGHT_OFF.search(acted_on or s):
        # "foiled an attack by elements of the Houthi rebellion on army positions …, killing
        # 28 of the terrorist elements": an attack fought off, a battle (not a bomb defused)
        return "Battles", "Armed clash"
    if family in _ONE_TYPE:
        return _ONE_TYPE[family]
    if family == "protest":
        if W["lethal_force"].search(s):
            return "Protests", "Excessive force against protesters"
        # what the crowd did, not what it demands ("to demand compensation for their burned
        # land", "against violent crime")
        done = _DEMANDS.split(s, maxsplit=1)[0]
        met = W["intervention"].search(s)
        # (the crowd's stones may be told past its demands, in the next sentence)
        threw = THREW_STONES_AT_FORCES.search(s)
        if met and not (threw and threw.start() < met.start()):
            # (the crowd's stones told first, the forces answering after: "young men threw
            # stones … at Israeli troops, who fired tear gas"; not "Police fired tear gas to
            # disperse the crowd when some protesters threw rocks at officers")
            return "Protests", "Protest with intervention"
        if threw is not None:
            return "Riots", "Violent demonstration"  # the forces pelted first
        # (and a statue toppled, the forces pelted)
        # (and set fire to, or clashed with the forces: "marched through the center …, fired
        # in the air and set fire to the offices of a charity", "students marching … to
        # protest against the drone attacks clashed with security forces")
        # (not the forces' "riot gear" or "riot police")
        if re.search(r"\b(?:(?<!anti-)riot(?!\s+(?:gear|police|control|squads?|shields?|"
                     r"helmets?|units?|officers?))|violent|stones|torched|burned|smashed|"
                     r"broke\s+into|looted|ransacked|toppled|pelted|set\s+(?:fire|ablaze)|"
                     r"clashed|clashing|"
                     # (and a person set upon: "protesters … dragged a small-town mayor …
                     # through the streets, doused her with red paint")
                     r"dragged|doused|assaulted|beat|beaten|lynched|stabbed)\b", done, re.I) \
                or _CLASHED_WITH_FORCES.search(s):
            return "Riots", "Violent demonstration"
        if re.search(r"\bblock(?:ed|ing)\b[^.;]{0,60}?$", BURNING_TYRES.split(done, 1)[0]) \
                and BURNING_TYRES.search(done):
            # "protesters in Omdurman blocked roads with burning tyres and bricks": a road
            # barred with fire, no force met (met, it is the protest with intervention above;
            # and "protested in the city centre, demanding …, blocking the coastal road … with
            # burning tyres" stays peaceful: the fire is told past the demands)
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    if family == "riot":
        if lemma == "steal":  # armed men who made off with goods (_armed_men_stole)
            return "Strategic developments", "Looting/property destruction"
        if re.search(r"\bloot|torch|ransack|vandal|set\s+fire|burn", s, re.I) and (
                _NO_ONE_THERE.search(s) or _ARMED_LOOTERS.search(s)):
            # "a mob set fire to at least 12 houses in the abandoned village of Sinam",
            # "crowds and some retreating soldiers looted shops": property destroyed where
            # no crowd confronted anyone, or in the wake of armed men
            return "Strategic developments", "Looting/property destruction"
        if re.search(r"\bloot|torch|ransack|vandal", s, re.I) and not re.search(
                # (a crowd's vandalism is a riot: "agitating workers vandalised a factory",
                # "youths looted a supermarket late on Friday")
                r"\b(?:riot|protest|demonstrat|agitat|crowds?\b|striking|youths?\b|"
                r"young\s+men\b|looters\b)", s, re.I):
            return "Strategic developments", "Looting/property destruction"
        if re.search(r"\bmob\b", s, re.I) or (lemma == "beat" and not _AT_A_PROTEST.search(s)):
            # (a crowd that beats someone with no protest told: "a group of men … beat him")
            return "Riots", "Mob violence"
        return "Riots", "Violent demonstration"
    return None
