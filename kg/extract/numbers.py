"""Casualty and materiel counts with their qualifiers, from one sentence.

"at least 20 civilians were reported killed", "killing three soldiers", "8 Turkish military
personnel being killed and 13 Syrian soldiers", "the death toll rose to 40", "destroyed three
tanks and two artillery pieces". Number words are read with number-parser; vague amounts
("dozens", "scores") are not turned into counts — a made-up figure is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from number_parser import parse_number

QUALIFIERS = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "no fewer than": "at_least", "no less than": "at_least",
    "about": "about", "around": "about", "some": "about", "nearly": "about", "almost": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "close to": "about",
    "up to": "up_to", "as many as": "up_to",
}
OUTCOMES = {
    "killed": "killed", "dead": "killed", "died": "killed", "dies": "killed", "deaths": "killed",
    "lost their lives": "killed", "slain": "killed", "massacred": "killed", "executed": "killed",
    "shot dead": "killed", "beheaded": "killed", "murdered": "killed", "perished": "killed",
    "gunned down": "killed", "hacked to death": "killed", "stabbed to death": "killed",
    "beaten to death": "killed", "burned to death": "killed", "burnt to death": "killed",
    "lynched": "killed",
    # (the word of military statements: "four terrorists were neutralized")
    "neutralized": "killed", "neutralised": "killed", "eliminated": "killed",
    "martyred": "killed",  # (South Asian news: "three policemen were martyred")
    # (Pakistan's military statements: "six khwarij were sent to hell", "three soldiers
    # embraced martyrdom", "embraced shahadat")
    "sent to hell": "killed", "embraced martyrdom": "killed", "embraced shahadat": "killed",
    # (Nigerian and Indian military statements: "two soldiers paid the supreme price")
    "paid the supreme price": "killed", "paid the ultimate price": "killed",
    "made the supreme sacrifice": "killed", "made the ultimate sacrifice": "killed",
    "wounded": "injured", "injured": "injured", "hurt": "injured", "injuries": "injured",
    "captured": "captured", "taken prisoner": "captured", "abducted": "captured",
    "kidnapped": "captured", "taken hostage": "captured", "missing": "missing",
    "unaccounted for": "missing",
    # (people led off by their attackers: "14 young men were taken away to an unknown
    # destination", "34 people were taken away")
    "taken away": "captured", "whisked away": "captured", "carried away": "captured",
    # (those detained are captured too: "11 people were detained", "five suspects arrested")
    "arrested": "captured", "detained": "captured",
    "displaced": "displaced",
}
VERB_OUTCOMES = {"killing": "killed", "kill": "killed", "kills": "killed", "killed": "killed",
                 "wounding": "injured", "injuring": "injured", "wounded": "injured",
                 "injured": "injured", "leaving": None, "left": None, "claimed the lives of":
                 "killed", "abducting": "captured", "kidnapping": "captured",
                 "abducted": "captured", "kidnapped": "captured", "displacing": "displaced",
                 "displaced": "displaced", "beheaded": "killed", "beheading": "killed",
                 "behead": "killed", "massacred": "killed", "massacring": "killed",
                 "executed": "killed", "executing": "killed", "neutralised": "killed",
                 "eliminated": "killed", "eliminating": "killed",
                 "neutralized": "killed", "neutralising": "killed", "neutralizing": "killed",
                 "shot dead": "killed", "shooting dead": "killed", "gunned down": "killed",
                 "gunning down": "killed", "arresting": "captured", "arrested": "captured",
                 "detaining": "captured", "detained": "captured", "apprehending": "captured",
                 "apprehended": "captured", "capturing": "captured", "captured": "captured",
                 "whisked away": "captured", "took away": "captured",
                 "liquidating": "killed", "liquidated": "killed",
                 "snatched": "captured", "snatching": "captured", "rounded up": "captured",
                 "rounding up": "captured",
                 "seizing": "captured", "seized": "captured",
                 **{f"{v} to death": "killed" for v in ("hacked", "hacking", "stabbed",
                                                        "stabbing", "beat", "beating", "burned",
                                                        "burning")},
                 "lynched": "killed", "lynching": "killed",
                 # (a headline's present: "Bandits kill three, abduct 15 in Niger community")
                 "abduct": "captured", "abducts": "captured", "kidnap": "captured",
                 "kidnaps": "captured", "wound": "injured", "wounds": "injured",
                 "injure": "injured", "injures": "injured"}
MATERIEL_VERBS = {"destroyed": "destroyed", "destroying": "destroyed", "downed": "destroyed",
                  "shot down": "destroyed", "damaged": "damaged", "hit": "damaged",
                  "captured": "captured", "seized": "captured", "seizing": "captured"}
MATERIEL_ITEMS = ("tank", "artillery piece", "helicopter", "aircraft", "plane", "jet", "drone",
                  "armoured vehicle", "armored vehicle", "vehicle", "truck", "rocket launcher",
                  "howitzer", "air defense system", "air defence system", "warship", "boat",
                  "ship", "gun", "launcher", "radar", "fighter jet", "warplane", "bulldozer")

# (a comma only as a thousands separator: "17, three of them" is seventeen)
_NUMWORD = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|"
            r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)"
            r"(?:[\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
            r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
            r"\d+\b(?!-year)))*\b")  # "a 64-year-old man" is one man, not "a 64"
_QUAL = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
_OUT = "|".join(sorted(map(re.escape, OUTCOMES), key=len, reverse=True))
#: Who was hit, between the number and its verb: a few words ("20 Turkish military personnel
#: being killed", "11 M23 rebels"), or whose they are by a name ("Four employees of the
#: Ministry of Agriculture were killed", "three soldiers of the paramilitary Frontier Corps
#: were killed", "Twelve fighters of the Al-Bunyan Al-Marsous operation were killed"), or where
#: they are from ("three nurses from the Saint-Nicolas hospital"), or
#: what they are members of ("Two members of the indigenous guard were killed").
_WHO = r"(?P<who>(?:(?:\d+-year-old|[A-Za-z'’.-]+|(?-i:[A-Z]+\d+|\d+[A-Z]+)|" \
       r"\((?-i:[A-Z]{2,8})\))\s+){0,4}?|" \
       r"members\s+of\s+(?:the\s+|a\s+|an\s+)?" \
       r"(?:(?!(?:were|was|had|have|has|are|is|and|or)\b)[\w'’-]+\s+){1,4}?|" \
       r"(?:[A-Za-z'’.-]+\s+){1,2}of\s+" \
       r"(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?-i:[A-Z])[\w'’.-]*\s+" \
       r"(?:(?:(?-i:[A-Z])[\w'’.-]*|of|for)\s+){0,4}(?:\((?-i:[A-Z]{2,8})\)\s+)?" \
       r"(?:(?:operation|forces|brigade|battalion|militia|group|movement|unit|coalition|" \
       r"alliance)\s+)?|" \
       r"(?:[A-Za-z'’.-]+\s+){1,3}?(?:living|serving|working|travell?ing|deployed|stationed|" \
       r"based|riding)\s+(?:[\w'’.-]+\s+|\((?-i:[A-Z]{2,8})\)\s+){1,8}?|" \
       r"(?:[A-Za-z'’.-]+\s+){1,3}?who\s+(?:[\w'’.-]+\s+){1,6}?|" \
       r"(?:[A-Za-z'’.-]+\s+){1,2}?from\s+(?:the\s+)?" \
       r"(?:(?!(?:had|has|have|was|were)\b)[\w'’.-]+\s+){1,4}?)"
#: Foes told down after "N of them" ("43 of them had been eliminated and 17 captured"): a
#: count of the side just named, not some of those already counted ("two of them were women").
_FOES_DOWN = re.compile(r"\bof\s+them\s+(?:were|had\s+been|have\s+been)\s+(?:\S+\s+)?"
                        r"(?:eliminated|neutrali[sz]ed|killed)\b", re.IGNORECASE)
#: What was done to them before the outcome: "was shot and killed", "were beaten and wounded".
_DONE_AND = r"(?:(?:shot|stabbed|beaten|hacked|tortured|attacked|abducted|kidnapped)\s+and\s+)?"
_BE = r"(?:(?:were|was|(?:have|had|has)\s+(?:(?:also|all|reportedly|since|now|already)\s+)?been|" \
      r"are|is|being|been|got)\s+)?" \
      r"(?:(?:reportedly|reported|confirmed|also|all|later|allegedly)\s+)*" + _DONE_AND
# "20 civilians were killed", "8 Turkish military personnel being killed"
_PASSIVE = re.compile(rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+{_WHO}{_BE}(?P<out>{_OUT})\b",
                      re.IGNORECASE)
# "five soldiers and two civilians were killed": two groups, one outcome
_NOT_A_NOUN = rf"(?!(?:and|or|{_OUT}|were|was|are|is|have|has|had|been|being|got|who|that)\b)"
_PASSIVE_PAIR = re.compile(
    rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+"
    # ("11 3R fighters and two soldiers were killed": a group's name of digits and capitals)
    rf"(?P<who>(?:{_NOT_A_NOUN}(?:\d+-year-old|(?-i:[A-Z]+\d+|\d+[A-Z]+)|[A-Za-z'’.-]+)\s+)"
    rf"{{1,3}}?"
    # ("At least 11 members of the security forces and eight civilians were killed")
    rf"(?:of\s+(?:the\s+)?(?:{_NOT_A_NOUN}[A-Za-z'’.-]+\s+){{1,3}}?)?)and\s+"
    rf"(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{_NUMWORD})\s+"
    rf"(?P<who2>(?:{_NOT_A_NOUN}(?:\d+-year-old|[A-Za-z'’.-]+)\s+){{1,3}}?"
    # ("two jawans of the District Reserve Guard (DRG) were killed": a unit's name)
    rf"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:\([A-Z]{{2,}}\)\s+)?)?){_BE}"
    rf"(?P<out>{_OUT})\b", re.IGNORECASE)
_ANY_OUTCOME = re.compile(rf"\b(?:{_OUT})\b", re.IGNORECASE)
#: Nouns for people, for the verbs that also take things ("executed a raid").
_PERSONS = re.compile(r"\b(?:people|persons|civilians|soldiers|troops|fighters|militants|"
                      r"terrorists|attackers|assailants|insurgents|jihadists|rebels|gunmen|men|"
                      r"women|children|prisoners|hostages|members|officers|policemen|"
                      r"bandits|extremists|villagers|residents|detainees|captives|"
                      r"worshippers|passengers|students|pupils|schoolchildren|farmers|workers|"
                      r"miners|travell?ers|youths|girls|boys|teachers|traders|herders|"
                      r"suspects|individuals|personnel|fishermen|journalists|activists|"
                      r"officials|sailors|crew|others)\b",
                      re.IGNORECASE)
_STOP = r"(?:and|or|in|on|at|while|including|near|after|before|during|when|as|from|by)\b"
# "killing three soldiers", "left 5 people dead"
_ACTIVE = re.compile(
    rf"\b(?P<verb>killing|killed|kills|kill|wounding|injuring|wounded|injured|leaving|left|"
    rf"abducting|kidnapping|abducted|kidnapped|displacing|displaced|claimed the lives of|"
    rf"beheaded|beheading|behead|massacred|massacring|executed|executing|neutrali[sz]ed|"
    rf"neutrali[sz]ing|eliminated|eliminating|shot dead|shooting dead|gunned down|gunning down|"
    # ("hacked to death at least 14 civilians", "beat to death a man", "lynched a man")
    rf"hacked to death|hacking to death|stabbed to death|stabbing to death|beat to death|"
    rf"beating to death|burned to death|burning to death|lynched|lynching|"
    rf"arresting|arrested|detaining|detained|apprehending|apprehended|"
    # (people only: "capturing 17 fighters", "seized 30 young men", not "seized 30 vehicles")
    rf"capturing|captured|seizing|seized|whisked away|took away|"
    # (Ukraine's and Russia's word for the enemy killed: "liquidating up to 40 officers")
    rf"liquidating|liquidated|"
    # ("snatched 11 worshippers", "troops rounded up at least 15 people")
    rf"snatched|snatching|rounded up|rounding up|"
    # (a headline's present tense: "Bandits kill three, abduct 15 in Niger community")
    rf"abducts|abduct|kidnaps|kidnap|wounds|wound|injures|injure)"
    # ("killing the two men inside", "killing all four passengers")
    # (and a bomber's victims told after the bomber: "killing herself and two worshippers")
    rf"(?:\s+(?:himself|herself|themselves)\s+and)?"
    rf"[\"”’']?\s+[\"“]?(?P<pre>(?:{_QUAL})\s+)?(?:(?:all\s+)?the\s+|all\s+|(?:his|her|their)\s+)?"
    rf"(?P<n>{_NUMWORD})"
    rf"(?!-year)\s*[\"“]?(?P<who>(?:(?!{_STOP})(?:\d+-year-old|[A-Za-z'’-]+)\s*){{0,5}})"
    rf"(?P<after>dead|wounded|injured)?(?=[\s,.;)]|$)", re.IGNORECASE)
# "at least eight people, including civilians, were killed": a count, an aside, its outcome
#: Words of a teller, never of whom a count tells ("A resident said two civilians, …"); the
#: first five are also the teller's words before one person hit (``_TOLD``).
_TELLER_WORDS = r"said|says|told|tells|that"
_TELLING = rf"(?:{_TELLER_WORDS}|added|reported)"
_PASSIVE_ASIDE = re.compile(
    rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+"
    rf"(?P<who>(?:(?!{_TELLING}\b)[A-Za-z'’.-]+\s+){{0,3}}"
    rf"(?!{_TELLING}\b)[A-Za-z'’.-]+)(?:,\s+(?:including|among\s+them|most\s+of\s+"
    rf"(?:them|whom)|mostly|many\s+of\s+them|(?:one|two|three|some|all|both)\s+of\s+"
    rf"(?:them|whom)|a|an|the|his|her|their)\s+[^,;.]{{1,80}},"
    # (or with no commas: "five people including a truck driver were killed")
    rf"|\s+including\s+[^,;.]{{1,60}}?)\s+{_BE}(?P<out>{_OUT})\b",
    re.IGNORECASE)
#: One more person hit, told after a count: "Two soldiers were killed and another was
#: wounded", "two children were killed and a third was injured".
_AND_ANOTHER = re.compile(r"\b(?:and|while)\s+(?:another|one\s+other|a\s+third|a\s+fourth|"
                          r"a\s+fifth)\s+(?:[\w-]+\s+)?(?:(?:was|has\s+been)\s+)?"
                          r"(?:(?:seriously|critically|slightly|badly|lightly|also)\s+)?"
                          r"(?P<out>wounded|injured|hurt|killed)\b", re.IGNORECASE)
#: One person hit, told by role after the verb: "killing the driver", "wounding its pilot".
_THE_ONE = re.compile(r"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|"
                      r"shooting\s+dead|shot\s+dead)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
                      r"(?P<who>driver|pilot|owner|commander|chief|headman|imam|pastor|priest|"
                      r"teacher|principal|shepherd|farmer|passenger|occupant|motorist|rider|mayor|"
                      r"man|woman|boy|girl|child|wife|husband|son|daughter|brother|sister|"
                      r"father|mother|nephew|niece|cousin|bodyguard)\b"
                      # (not a list that goes on: "killing the driver and his son"; but "killing
                      # the driver and wounding his wife" is two counts)
                      r"(?!['’-]|\s+(?:and|or)\s+(?!(?:killing|wounding|injuring|leaving)\b"
                      # (a list that counts on is summed: "wounding the driver and two
                      # passengers")
                      rf"|(?:{_NUMWORD})\s))",
                      re.IGNORECASE)
#: A side's own dead: "the army lost four soldiers", "we lost three men" (not "lost two
#: tanks").
_LOST_MEN = re.compile(rf"\blost\s+(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+"
                       r"(?P<who>(?:of\s+(?:its|their|our|his)\s+)?(?:[\w-]+\s+)?"
                       r"(?:soldiers|men|troops|fighters|members|officers|personnel|policemen|"
                       r"comrades|servicemen))\b", re.IGNORECASE)
#: "more than 6,270 people fled": the displaced, counted as they leave (tens of people at
#: least: "two gunmen fled the scene" counts no one displaced)
_FLED = re.compile(rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<n>\d[\d,]*|{_NUMWORD}\s+thousand)\s+"
                   rf"(?P<who>(?:people|residents|civilians|families|villagers|persons)\s+)"
                   rf"(?:have\s+|had\s+|were\s+forced\s+to\s+)?(?:fled|flee)\b", re.IGNORECASE)
#: "forced some 600 people to flee", "sending 3,000 residents fleeing": the displaced, counted
#: as what drove them out (tens of people at least, as for :data:`_FLED`); not what "has
#: forced" people out over a war, nor families (coders left "forced 400 families to flee"
#: uncounted).
_FORCED_OUT = re.compile(rf"(?<!has\s)(?<!have\s)\b(?:forc(?:ed|es|ing)|prompt(?:ed|s|ing)|"
                         rf"caus(?:ed|es|ing)|send(?:s|ing)?|sent)\s+"
                         rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>\d[\d,]*|{_NUMWORD}\s+thousand)\s+"
                         rf"(?P<who>people|residents|civilians|villagers|persons)\s+"
                         rf"(?:to\s+flee|fleeing|to\s+leave\s+their\s+homes)\b", re.IGNORECASE)
#: One person, named or described, without a number: "Attorney General Roberto Garcia Alvarado
#: was killed", "the driver was seriously wounded", "a police officer was shot dead".
_ONE_PERSON = re.compile(
    r"(?<![\w,])(?P<who>(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\w.'’-]+\s+){0,5}?"
    r"(?!(?:they|we|it|which|who|that|this|he|she|there|what)\b)[\w.'’-]+)\s+"
    # ("a Kurdish kolbar (cross-border porter) was shot dead")
    r"(?:\([^()]{1,40}\)\s+)?"
    r"(?:was|has\s+been|had\s+been)\s+(?:(?:reportedly|also|later|allegedly|fatally|seriously|"
    r"critically|slightly|badly|lightly|mortally)\s+)*" + _DONE_AND
    + r"(?P<out>killed|assassinated|murdered|shot\s+dead|(?:stabbed|burned|burnt|beaten|hacked)\s+"
    r"to\s+death|lynched|wounded|injured|kidnapped|abducted|executed|beheaded|slain)\b",
    re.IGNORECASE)
#: What is no person: "the building was damaged" needs no rule, but "the plan was killed" does.
_NO_PERSON = re.compile(r"\b(?:plan|bill|deal|project|proposal|talks?|motion|idea|attack|"
                        r"convoy|vehicle|car|bus|building|house|base|post|checkpoint)$",
                        re.IGNORECASE)
#: Not one person but a vague many ("told the BBC that dozens of soldiers had been killed",
#: "said hundreds had been killed"); and the teller's words before whom a sentence tells of
#: ("Furaha Nabintu, 38, said her husband was killed").
_MANY = re.compile(r"\b(?:dozens|hundreds|thousands|scores|several|many)\b", re.IGNORECASE)
_TOLD = re.compile(rf"\b(?:{_TELLER_WORDS})\b", re.IGNORECASE)
_ONE_OUTCOME = {"assassinated": "killed", "murdered": "killed", "shot dead": "killed",
                "stabbed to death": "killed", "burned to death": "killed",
                "burnt to death": "killed", "beaten to death": "killed",
                "hacked to death": "killed", "lynched": "killed",
                "slain": "killed", "executed": "killed",
                "beheaded": "killed", "kidnapped": "captured", "abducted": "captured"}
# "documented the death of 11 civilians", "the killing of five protesters"
_DEATHS_OF = re.compile(
    rf"\b(?:deaths?|killings?|murders?|martyrdom|loss)\s+of\s+(?P<pre>(?:{_QUAL})\s+)?(?P<n>{_NUMWORD})"
    rf"\s*(?P<who>(?:(?!{_STOP}|(?:were|was|is|are|has|have|had|since|who|that)\b)"
    rf"(?:\d+-year-old|[A-Za-z'’-]+)\s*){{0,4}})(?=[\s,.;)]|$)",
    re.IGNORECASE)
#: "announced the arrest of 12 people", "the capture of 27 soldiers": those taken, told by the
#: taking's noun (people only: not "the capture of 20 villages"; and not a cause told, as an
#: abduction mostly is: "tension rose over the abduction of two youths")
_ARRESTS_OF = re.compile(
    rf"\b(?:arrests?|detentions?|captures?)\s+of\s+"
    rf"(?P<pre>(?:{_QUAL})\s+)?(?P<n>{_NUMWORD})"
    rf"\s*(?P<who>(?:(?!{_STOP}|(?:were|was|is|are|has|have|had|since|who|that)\b)"
    rf"(?:\d+-year-old|[A-Za-z'’-]+)\s*){{0,4}})(?=[\s,.;)]|$)",
    re.IGNORECASE)
#: Words before a taking told as a crowd's or a story's cause ("to protest against the arrest
#: of five youths"): no count of this occurrence.
_FOR_A_CAUSE = re.compile(r"\b(?:over|against|after|following|for|since|demand\w*|protest\w*|"
                         r"condemn\w*|denounc\w*)\s+(?:the\s+)?$", re.IGNORECASE)
# "the bodies of five men were found", "police found 12 bodies"
_BODIES = re.compile(
    rf"\bbodies\s+of\s+(?P<pre>(?:{_QUAL})\s+)?(?P<n>{_NUMWORD})\s*(?P<who>(?:(?!{_STOP}|"
    rf"(?:were|was|had|have)\b)[A-Za-z'’-]+\s*){{0,3}})(?=[\s,.;)]|$)"
    rf"|\b(?P<pre2>(?:{_QUAL})\s+)?(?P<n2>{_NUMWORD})\s+(?:[\w-]+\s+)?(?:bodies|corpses)\b",
    re.IGNORECASE)
_FREED_BEFORE = re.compile(r"\b(?:rescued|freed|released|liberated|reunited|saved|"
                           r"rescuing|freeing|releasing|liberating)\s+(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
#: What follows a number that is an hour: "1 a.m.", "11pm", "10 o'clock".
_CLOCK_WORD = r"(?:[ap]\.\s?m\b|[ap]m\b|o['’]clock\b)"
_CLOCK = re.compile(_CLOCK_WORD, re.IGNORECASE)
_FOLLOWED_BY_NUMBER = re.compile(rf"\s+(?:(?:{_QUAL})\s+)?(?:{_NUMWORD})\b(?!\s*{_CLOCK_WORD})",
                                 re.IGNORECASE)
_TOLL = re.compile(rf"\b(?:death\s+toll|(?<=the\s)toll|(?<=a\s)toll(?=\s+of\b)|"
                   # ("gave a provisional toll of nine dead")
                   rf"(?:provisional|preliminary|initial|latest|new|updated|official|overall|"
                   rf"final)\s+toll(?=\s+of\b)|"
                   # ("put its own losses at six", "put the number of dead at seven")
                   rf"(?<=\s)(?:its|their|his)\s+(?:own\s+)?losses(?=\s+at\b)|"
                   rf"number\s+of\s+(?:the\s+)?dead|"
                   rf"number\s+of\s+(?:people|those|civilians|"
                   # ("The number of people killed in this morning's attack has risen to five")
                   rf"persons)\s+killed)\s+"
                   # (the occurrence told between, commas and all: "The death toll from an
                   # Israeli strike that flattened a three-storey building in the village of
                   # Ain Baal, near Tyre, on Wednesday evening has risen to 15")
                   rf"(?:[\w'’-]+,?\s+){{0,30}}?"
                   rf"(?:to|at|of|reached|hit)\s+"
                   rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\b(?!\s*{_CLOCK_WORD})",
                   re.IGNORECASE)
#: A toll of the hurt, taken or missing: "the number of wounded had risen to 17", "put the
#: number of those abducted at 12".
_TOLL_OF = re.compile(rf"\bnumber\s+of\s+(?:the\s+)?(?:(?:those|people|persons)\s+)?"
                      rf"(?P<what>wounded|injured|abducted|kidnapped|missing|displaced)\s+"
                      rf"(?:[\w'’-]+\s+){{0,20}}?(?:to|at|of|reached|hit)\s+"
                      rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})", re.IGNORECASE)
_AND_MORE = re.compile(rf"^\s*,?\s*(?:and|while|with)\s+(?:(?P<q>{_QUAL})\s+)?"
                       # (and whose: "wounding a woman and her two children")
                       rf"(?:(?:his|her|their)\s+)?(?P<n>{_NUMWORD})"
                       rf"\s+(?P<who>(?:(?!{_STOP})(?:\d+-year-old|[A-Za-z'’-]+)\s*){{1,4}})",
                       re.IGNORECASE)
#: One more person told by kin or role after one hit: "a man and his son", "a traditional
#: ruler, the Fon of Bambalang, and his bodyguard".
_KIN = (r"(?:wife|husband|son|daughter|brother|sister|father|mother|bodyguard|driver|child|"
        r"nephew|niece|cousin|uncle|aunt|companion|colleague|friend|guard|grandson|"
        r"granddaughter|fiancée?|partner|assistant)")
#: (what may stand before kin: "her minor son", "their 12-year-old son")
_KIN_ADJ = (r"(?:(?:minor|young|elder|older|younger|infant|pregnant|teenage|little|"
            r"\d+-year-old)\s+)?")
_AND_KIN = re.compile(r"\s*(?:,[^,;.]{1,40},)?(?P<more>(?:\s*,\s*(?:his|her|their)\s+"
                      rf"(?:{_NUMWORD}\s+)?{_KIN_ADJ}{_KIN}s?\b|\s+and\s+(?:his|her|their)\s+"
                      rf"(?:{_NUMWORD}\s+)?{_KIN_ADJ}"
                      rf"(?:{_KIN}|children|sons|daughters|brothers|sisters)\b)+)"
                      # (not one with an outcome of its own: "a boy was killed and his brother
                      # wounded")
                      rf"(?!\s+(?:was\s+|were\s+|also\s+)*(?:{_OUT})\b)", re.IGNORECASE)
#: One person and another told by kin, hit together: "A 60-year-old man and his 14-year-old
#: granddaughter were killed".
_KIN_PAIR_HIT = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<who>man|woman|boy|girl|farmer|"
                           r"driver|teacher|shepherd|fisherman|trader|pastor|imam|chief)\s+and\s+"
                           r"(?:his|her)\s+(?:[\w-]+\s+)?" + _KIN + r"\s+(?:were|have\s+been|"
                           r"had\s+been)\s+(?:(?:reportedly|also|both)\s+)?(?P<out>killed|wounded|"
                           r"injured|abducted|kidnapped|shot\s+dead)\b", re.IGNORECASE)
_MATERIEL_VERB = re.compile(
    rf"\b(?:{'|'.join(sorted(map(re.escape, MATERIEL_VERBS), key=len, reverse=True))})\b",
    re.IGNORECASE)
_ITEM = re.compile(rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+(?:[\w-]+\s+){{0,2}}?"
                   rf"(?P<item>{'|'.join(map(re.escape, MATERIEL_ITEMS))})(?:e?s)?\b",
                   re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"^(?:km|kilometers?|kilometres?|miles?|square|percent|per|years?|"
                         r"months?|days?|hours?|minutes?|times|targets?|tolls?\b|"
                         # (but "two village volunteers", "three town officials" are people)
                         r"(?:towns?|villages?)(?!\s+(?:volunteers?|guards?|defen[cs]e|chiefs?|"
                         r"heads?|elders?|headm[ae]n|leaders?|vigilantes?|councill?ors?|"
                         r"officials?|watchmen|militia\w*|residents?|people))|"
                         r"tanks?|vehicles?|houses?|homes?|buildings?|meters?|metres?|"
                         # (animals: "about 30 head of cattle were slashed", "killed 20 cows")
                         r"head\s+of\s+(?:cattle|livestock)|cattle|cows?|goats?|sheep|camels?|"
                         r"livestock|animals?|donkeys?|horses?)\b",
                         re.IGNORECASE)


_A_RATE = re.compile(r"\s+(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|annum)|annually|"
                     r"yearly|monthly|weekly|daily)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:no|none\s+of(?:\s+the)?|not)\s*$", re.IGNORECASE)
_FAMILY_OF = re.compile(rf"^(?:entire\s+)?family\s+of\s+({_NUMWORD})", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"^\s+(?:people|persons|civilians|families|residents|children|women|"
                          r"men|villagers|palestinians|ukrainians|syrians|sudanese|afghans|"
                          r"iraqis|yemenis|somalis|rohingya|refugees|soldiers|troops|persons)\b",
                          re.IGNORECASE)


#: Killed by a manner told around the victims: "a mob beat a man to death", "beat two
#: suspected thieves to death".
_TO_DEATH = re.compile(rf"\b(?:beat|beaten|beating|clubbed|clubbing|stoned|stoning|hacked|"
                       rf"hacking|stabbed|stabbing|burned|burnt|burning)\s+(?:(?P<q>{_QUAL})\s+)?"
                       rf"(?P<n>{_NUMWORD})\s+(?P<who>(?:[A-Za-z'’-]+\s+){{0,3}}?)to\s+death\b"
                       # (a mob's killing told by two deeds: "beat to death and set on fire three
                       # men", "stoned and burned three men")
                       rf"|\b(?:beat|beaten|stoned|hacked|stabbed)\s+(?:to\s+death\s+)?and\s+"
                       rf"(?:set\s+on\s+fire|set\s+fire\s+to|burned|burnt|lynched)\s+"
                       rf"(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{_NUMWORD})\s+"
                       rf"(?:(?:[A-Za-z'’-]+\s+){{0,2}}?(?:men|women|people|persons|youths|"
                       rf"suspects|boys|man|woman|youth|suspect|boy)\b)",
                       re.IGNORECASE)
#: One person wounded, told by the wound: "a Kenyan officer suffered a gunshot wound to the
#: leg".
_ONE_WOUNDED = re.compile(r"(?<![\w,])(?P<who>(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                          r"(?:suffered|sustained)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:wounds?|injury|injuries)\b", re.IGNORECASE)
#: The wounded counted by their care: "41 people were treated for injuries", "its medics had
#: treated 11 people for gunshot wounds", "treated 23 wounded", "Two neighbors were
#: hospitalized with burns" (not those treated for shock, tear gas or breathing problems).
_INJURY = (r"(?:[\w-]+\s+){0,3}?(?:wounds?|injur(?:y|ies)|burns|shrapnel|gunshots?|bullets?|"
           r"pellets?|smoke\s+inhalation|fractures?)\b")
_TREATED = re.compile(
    rf"\b(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+(?P<who>(?:(?!who\b)[A-Za-z'’-]+\s+){{0,3}}?)"
    rf"(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:being\s+)?"
    rf"(?:treated|admitted)\s+(?:[\w-]+\s+){{0,3}}?for\s+{_INJURY}"
    rf"|(?:were|was|had\s+been|have\s+been)\s+(?:hospitali[sz]ed|admitted)\s+with\s+{_INJURY}"
    # ("11 people had been treated at Janzour and Tripoli hospitals", "more than 70 people had
    # sought medical help")
    rf"|(?:were|was|had\s+been|have\s+been)\s+(?:being\s+)?treated\s+(?:at|in)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:hospitals?|clinics?)\b(?!\s+for\s+(?!{_INJURY}))"
    rf"|(?:had|have|has)\s+sought\s+(?:medical|hospital)\s+(?:help|treatment|care|attention)"
    # ("We have recovered 19 bodies and 11 people are receiving treatment in Jos")
    rf"|(?:are|is|were|was)\s+(?:receiving|undergoing)\s+(?:medical\s+)?treatment\b)"
    rf"|\b(?:treated|received|admitted|took\s+in)\s+(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{_NUMWORD})\s+"
    # ("the facility had received 14 wounded people")
    rf"(?P<who2>(?:(?:wounded|injured)\b"
    rf"|(?:[A-Za-z'’-]+(?:\s+|(?=,))){{0,3}}?(?:,[^,;.]{{0,60}},\s+)?for\s+{_INJURY}))",
    re.IGNORECASE)
#: After a count and its place, another count at another place: "were killed in Mamove and
#: seven in Kisiki", "killing eight people in Uikpam and five in Daudu".
_AND_N_IN = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?"
                       rf"(?:(?-i:[A-Z])[\w'’-]*\s+){{0,3}}?(?-i:[A-Z])[\w'’-]*\s*,?\s+and\s+"
                       rf"(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})\s+(?:(?:others?|more)\s+)?"
                       rf"(?:in|at)\s+(?:the\s+)?(?:(?:village|town)\s+of\s+)?(?-i:[A-Z])",
                       re.IGNORECASE)
#: People taken in a fight, told by the taking: "had taken 27 fighters prisoner", "taking 23
#: soldiers and police officers prisoner", "We took around 30 prisoners"; and "23 junta troops
#: had surrendered" (not those who "surrendered to the army" with their guns: no capture).
_PRISONERS = re.compile(rf"\b(?:took|taken|taking|take)\s+(?:(?P<q>{_QUAL})\s+)?(?P<n>{_NUMWORD})"
                        r"\s+(?P<who>(?:[A-Za-z'’-]+\s+){0,5}?)(?:as\s+)?prisoners?\b"
                        rf"|\b(?:(?P<q2>{_QUAL})\s+)?(?P<n2>{_NUMWORD})\s+"
                        r"(?P<who2>(?:[A-Za-z'’-]+\s+){1,4}?)(?:had\s+|have\s+)?surrendered\b"
                        r"(?!\s+(?:to|before)\b)", re.IGNORECASE)
#: A count told bare, its people named before it: "capturing 17 and seizing 30 vehicles".
_BARE_COUNT = re.compile(r"\s*(?:[,.;)]|and\b|$)")
#: ... or where its place or occasion follows ("captured 12 in clashes"): people, but not for
#: seizing ("seized 40 in a raid" may be anything).
_BARE_BEFORE_WHERE = re.compile(r"\s+(?:in|during|near|after)\s")
_QUOTED_FATE = re.compile(rf'\b(?:were|was|been|being|be|are|is|had|have|has)\s+["“](?:{_OUT})["”]',
                          re.IGNORECASE)
_QUOTE_MARK = re.compile(r'["“”]')
#: A record's measure told in a clause: "the deadliest on the capital since late January,
#: when …", "the worst attack since 2019, when …".
_SINCE_WHEN = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|most\s+\w+)\b"
                         r"[^.;]{0,80}?\bsince\b[^.;,]{1,60},?\s+when\b", re.IGNORECASE)
#: An article before an outcome word makes it a noun: "the wounded", "their dead".
_THE_BEFORE = re.compile(r"\b(?:the|their|his|her|its)\s+$", re.IGNORECASE)
#: The words before a means or a source, not a group hit: "killed by a bullet", "hit with".
_BY_MEANS = re.compile(r"\b(?:by|with|from)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    count: int
    qualifier: str
    outcome: str
    who: str  # the words naming the victims / items ("Turkish military personnel")
    start: int  # offsets of the match within the sentence
    end: int
    single: bool = False  # one person named without a number ("the mayor was shot dead")
    quoted: bool = False  # counted only once a statement's quote marks were read past


@lru_cache(maxsize=4096)
def number(text: str) -> int | None:
    """The value of a count as written ("20", "1,500", "twenty-one", "1.5 million"), or None
    for vague amounts; remembered, since number-parser takes about a millisecond a phrase."""
    t = text.strip().lower().replace(",", "")
    if t in ("a", "an"):
        return 1
    if t.isdigit():
        return int(t)
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million)", t)
    if scaled:  # "10 million", "1.5 million"
        return int(float(scaled.group(1)) * (1000 if scaled.group(2) == "thousand" else 10**6))
    if "dozen" in t and not re.search(r"\d|one|two|three|four|five", t):
        return None
    value = parse_number(t)
    return int(value) if isinstance(value, int | float) and value >= 0 else None


def _qual(q: str | None) -> str:
    return QUALIFIERS.get(" ".join(q.lower().split()), "exact") if q else "exact"


def casualties(sentence: str) -> list[Count]:
    """People killed, injured, captured, missing or displaced, as the sentence counts them.

    A statement quoted around its count or its label ("killed 21 "terrorists"", "said
    "about 20 terrorists" were neutralised") is read again without the quote marks; what only
    that reading counts is marked ``quoted`` and names no one (the label is the speaker's)."""
    plain = _casualties(sentence)
    if '"' not in sentence and "“" not in sentence:
        return plain
    unquoted = _casualties(_QUOTE_MARK.sub(" ", sentence))
    more = [replace(c, who="", quoted=True) for c in unquoted
            if not any(p.start < c.end and c.start < p.end for p in plain)]
    return sorted(plain + more, key=lambda c: c.start) if more else plain


#: Words a pattern cannot match without (case folded), so that a sentence is read only by the
#: patterns it could feed: most of a long article's sentences tell no casualty, and trying
#: every pattern at every position of them was a tenth of extraction's time.
_ANCHORS: dict[re.Pattern[str], tuple[str, ...]] = {
    _LOST_MEN: ("lost",),
    _ACTIVE: ("kill", "wound", "injur", "leav", "left", "abduct", "kidnap", "displac",
              "claimed the lives of", "behead", "massacr", "execut", "neutrali", "eliminat",
              "shot dead", "shooting dead", "gunned down", "gunning down", "to death", "lynch",
              "arrest", "detain", "apprehend", "captur", "seiz", "whisked away", "took away",
              "liquidat", "snatch", "rounded up", "rounding up"),
    _PASSIVE: tuple(OUTCOMES), _PASSIVE_PAIR: tuple(OUTCOMES), _PASSIVE_ASIDE: tuple(OUTCOMES),
    _FLED: ("fled", "flee"), _FORCED_OUT: ("flee", "leave"),
    _ONE_PERSON: ("kill", "assassinat", "murder", "shot", "death", "lynch", "wound", "injur",
                  "kidnap", "abduct", "execut", "behead", "slain"),
    _BODIES: ("bodies", "corpses"), _DEATHS_OF: ("death", "killing", "murder", "martyrdom", "loss"),
    _ARRESTS_OF: ("arrest", "detention", "capture"), _TOLL: ("toll", "losses", "number"),
    _TOLL_OF: ("number",), _KIN_PAIR_HIT: ("his", "her"),
    _THE_ONE: ("kill", "wound", "injur", "shot", "shooting"),
    _AND_ANOTHER: ("another", "other", "third", "fourth", "fifth"),
    _TREATED: ("treated", "hospitali", "admitted", "sought", "received", "took", "treatment"),
    _TO_DEATH: ("death", "fire", "burn", "lynch"), _ONE_WOUNDED: ("suffered", "sustained"),
    _PRISONERS: ("prisoner", "surrendered"),
}


#: (keyed by the pattern's id: a compiled pattern hashes its whole program on every lookup)
_ANCHOR_SETS = {id(pattern): frozenset(words) for pattern, words in _ANCHORS.items()}
_ALL_ANCHORS = tuple(sorted(set().union(*_ANCHORS.values())))


def _finder(sentence: str) -> Callable[[re.Pattern[str]], Iterable[re.Match[str]]]:
    """``pattern.finditer(sentence)``, or nothing at once where the sentence lacks every word
    :data:`_ANCHORS` gives the pattern."""
    folded = sentence.casefold()
    present = {word for word in _ALL_ANCHORS if word in folded}

    def find(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        if present.isdisjoint(_ANCHOR_SETS[id(pattern)]):
            return ()  # (empty, and false: see the pair pattern)
        return pattern.finditer(sentence)
    return find


def _casualties(sentence: str) -> list[Count]:
    # a statement's word for the fate, in scare quotes ("two of the attackers were
    # "neutralised""): read as the word (each quote mark a space, so offsets hold)
    if '"' in sentence or "“" in sentence:
        sentence = _QUOTED_FATE.sub(lambda m: _QUOTE_MARK.sub(" ", m.group(0)), sentence)
    find = _finder(sentence)
    out: list[Count] = []
    taken: list[tuple[int, int]] = []

    def add(n: str, q: str | None, outcome: str | None, who: str, s: int, e: int) -> bool:
        value = number(n)
        if value is None or outcome is None or any(a < e and s < b for a, b in taken):
            return False
        if _NEGATED.search(sentence[max(0, s - 12):s]):
            return False  # "no one was injured", "none of the 20 passengers were hurt"
        if _A_RATE.match(sentence, e) or _A_RATE.search(" " + who):
            return False  # "killing more than 6,000 people a year": a rate, not a toll
        if _FREED_BEFORE.search(sentence[max(0, s - 40):s]):
            return False  # "troops rescued 57 kidnapped hostages": freed, not taken
        if _SINCE_WHEN.search(sentence, 0, s):
            return False  # "the deadliest since late January, when a drone attack killed four
            # people": the earlier occurrence a record is measured by, not this one
        # (whom a relative clause tells is its head alone: "a TikTok user who had posted
        # videos" is the user, whatever else the clause names)
        who = re.sub(r"\s+who\b.*", "", who.strip(), flags=re.IGNORECASE | re.DOTALL)
        if _CLOCK.match(f"{who}{sentence[e:e + 4]}"):
            return False  # "five persons were killed around 1 a.m.": a time, not a count
        if value == 1 and re.match(r"(?:(?:young|elderly|married)\s+)?couple\b", who,
                                   re.IGNORECASE):
            value = 2  # "killing a couple and their 12-year-old son": a couple is two
        family = _FAMILY_OF.match(who)
        if family and value == 1:  # "killing a family of seven": seven people
            counted = number(family.group(1))
            if counted is None:
                return False
            value, who = counted, "family"
        if _NOT_PEOPLE.match(who) or re.match(r"^\d(?!\d*-year-old|\d*[A-Z]+\s)", who) \
                or re.search(r"\btolls?\b", who, re.IGNORECASE):  # "a 64-year-old"; "a … toll"
            return False
        if re.match(r"(?:(?:unknown|undetermined|unspecified|large|small|growing|certain)\s+)?"
                    r"numbers?\s+of\b", who, re.IGNORECASE):
            return False  # "an unknown number of residents": no count ("an" is not one)
        of_them = re.fullmatch(r"of\s+them", who.strip(), re.IGNORECASE) is not None \
            and _FOES_DOWN.search(sentence, s, e) is not None
        if re.search(r"\bamong\s+the$|\bamong$", who, re.IGNORECASE) or (re.fullmatch(
                r"(?:of|among)\s+(?:the|those|them)(?:\s+(?:victims|dead|people|bodies|"
                r"casualties|killed|injured|wounded))?", who, re.IGNORECASE) and not of_them):
            # ("Two of the victims were beheaded": some of those counted before)
            # "one of the dead was a member of the group": one of those already counted
            return False  # "a child was among the dead": one of those already counted
        if re.search(r"\b(?:after|before|until)\b", who, re.IGNORECASE):
            return False  # "the toll had risen to 13 after two of the wounded died": a clause
            # (not "when", "since" or "as": "five people as well as two soldiers")
        if re.search(r"\b(?:and|or|then)$", who, re.IGNORECASE):
            return False  # "seized 100 military posts and killed …": what killed is a verb

        if re.match(r"^(?:of|in|on|at|from|since|by)\b", who, re.IGNORECASE):
            who = ""
        kin = _AND_KIN.match(sentence, e) if n.lower() in ("a", "an") else None
        if kin is not None:
            # "killing a man and his son", "shot dead a chief and his bodyguard", "a man, his
            # wife and their two children": the one hit and those told with him, named by him
            # (a chief's bodyguard makes no armed victims)
            for part in re.finditer(rf"(?:his|her|their)\s+(?:(?P<n>{_NUMWORD})\s+)?[\w-]+",
                                    kin.group("more"), re.IGNORECASE):
                value += (number(part.group("n")) or 1) if part.group("n") else 1
            e = kin.end()
        out.append(Count(value, _qual(q), outcome, who, s, e))
        taken.append((s, e))
        m2 = _AND_MORE.match(sentence[e:])
        n2 = number(m2.group("n")) if m2 else None
        if m2 and n2 is not None and not _NOT_PEOPLE.match(m2.group("who")) \
                and not any(a < e + m2.end() and e + m2.start() < b for a, b in taken):
            who2 = m2.group("who").strip().rstrip(".")
            first = who2.split()[0].lower() if who2 else ""
            outcome2 = OUTCOMES.get(first, outcome)  # "5 killed and 20 injured"
            if first in OUTCOMES:
                who2 = who  # the same group, another outcome
            else:
                # "nine were dead and some 130 more were mutilated, injured …", "six were
                # killed with two other Americans and an Afghani injured": the second group's
                # own outcome follows it, before the clause ends
                rest = re.split(r"[;.]", sentence[e + m2.start():e + m2.end() + 60])[0]
                own = re.search(rf"\b({_OUT})\b", rest[m2.start("who") - m2.start():],
                                re.IGNORECASE)
                if own is not None:
                    outcome2 = OUTCOMES[own.group(1).lower()]
                    who2 = re.split(r"\s+(?:were|was|are|is|have|had)\b", who2)[0]
            out.append(Count(n2, _qual(m2.group("q")), outcome2, who2, e + m2.start(),
                             e + m2.end()))
            taken.append((e + m2.start(), e + m2.end()))
        return True

    for m in find(_LOST_MEN):
        # (before the passive readings: "We lost two gallant soldiers and four were wounded"
        # is not two wounded; a side's "men" it lost are its combatants, not civilians)
        who = m.group("who")
        add(m.group("n"), m.group("q"), "killed",
            "combatants" if re.search(r"\b(?:men|members|comrades)$", who) else who,
            m.start(), m.end())
    for m in find(_ACTIVE):
        verb = m.group("verb").lower()
        who = m.group("who")
        # "neutralising three", "engaged the terrorists, neutralising 7 of them": the foes just
        # named (not a subset of a count told before)
        foes_named = re.fullmatch(r"(?:of\s+them\s*)?", who, re.IGNORECASE) is not None
        taking = verb.startswith(("captur", "seiz", "whisk", "took", "snatch", "round"))
        if verb.startswith(("execut", "neutrali", "liquid")) or taking:
            bare = _BARE_COUNT.match(sentence, m.end("n")) is not None or (
                not verb.startswith("seiz")
                and _BARE_BEFORE_WHERE.match(sentence, m.end("n")) is not None)
            people = _PERSONS.search(who) is not None and not (
                verb.startswith("seiz") and re.fullmatch(r"others?\s*", who, re.IGNORECASE))
            if not people and not (foes_named and m.group("n").lower() not in ("a", "an")
                                   and (bare or not taking)):
                # "executed a raid", "neutralised a threat", "seized two AK-47 rifles",
                # "destroyed 15 combat vehicles and seized eight others": not people
                continue
        outcome = VERB_OUTCOMES.get(verb)
        if outcome is None and m.group("after"):
            outcome = OUTCOMES[m.group("after").lower()]
        add(m.group("n"), m.group("pre"), outcome, "" if foes_named else who, m.start(),
            m.end())
    # (the pair pattern is costly to try at every number: only where an outcome is told)
    pairs = find(_PASSIVE_PAIR)  # (its anchors first, then its words whole)
    for m in pairs if pairs and _ANY_OUTCOME.search(sentence) else ():
        if _FOLLOWED_BY_NUMBER.match(sentence[m.end():]) or _ATTRIBUTIVE.match(
                sentence[m.end():]):
            continue
        outcome = OUTCOMES[m.group("out").lower()]
        # ("was killed by a bullet and seven others were injured": a means, then a group)
        means = _BY_MEANS.search(sentence, 0, m.start()) is not None
        if means or add(m.group("n"), m.group("q"), outcome, m.group("who"), m.start(),
                        m.end("who")):
            add(m.group("n2"), m.group("q2"), outcome, m.group("who2"), m.start("n2") if
                m.group("q2") is None else m.start("q2"), m.end())
    for m in find(_PASSIVE):
        if _FOLLOWED_BY_NUMBER.match(sentence[m.end():]):
            continue  # "a bomber killed 12 people" is active: the count is after the verb
        if _ATTRIBUTIVE.match(sentence[m.end():]):
            continue  # "a school sheltering displaced people": an adjective, not a count
        if _THE_BEFORE.search(sentence, 0, m.start("out")) \
                and not re.match(r"of\s", m.group("who"), re.IGNORECASE):
            continue  # "a resident who helped carry the wounded": the wounded, a noun (but
            # "leaving 23 of their dead behind" counts them)
        if m.group("n").lower() in ("a", "an") \
                and re.search(r"\b(?:were|are)\b", sentence[m.end("who"):m.start("out")],
                              re.IGNORECASE):
            continue  # "two journalists from a private radio station were arrested": "a" is
            # no count of those the plural verb tells
        add(m.group("n"), m.group("q"), OUTCOMES[m.group("out").lower()], m.group("who"),
            m.start(), m.end())
    for m in find(_PASSIVE_ASIDE):
        add(m.group("n"), m.group("q"), OUTCOMES[m.group("out").lower()], m.group("who"),
            m.start(), m.end())
    for m in (*find(_FLED), *find(_FORCED_OUT)):
        value = number(m.group("n"))
        if value is not None and value >= 20:
            add(m.group("n"), m.group("q"), "displaced", m.group("who"), m.start(), m.end())
    for m in find(_ONE_PERSON):
        word = " ".join(m.group("out").lower().split())
        outcome = _ONE_OUTCOME.get(word) or OUTCOMES[word]
        if outcome == "injured" and re.search(r"\b(?:fatally|mortally)\b", m.group(0), re.I):
            outcome = "killed"  # "the pilot was fatally wounded"
        who = m.group("who")
        who = _TOLD.split(who)[-1].strip()  # "(said) her husband was killed"
        if not who or _NO_PERSON.search(who) or re.search(r"\d(?!\d*-year-old)", who) \
                or _MANY.search(who) \
                or re.match(r"(?:no|none|nobody|not|neither|nor|of)\b", who, re.IGNORECASE) \
                or any(c.outcome == outcome for c in out) \
                or any(a < m.end() and m.start() < b for a, b in taken):
            continue  # (a count of the same outcome in the sentence already includes them)
        out.append(Count(1, "exact", outcome, who, m.start(), m.end(), single=True))
        taken.append((m.start(), m.end()))
    for m in find(_BODIES):
        add(m.group("n") or m.group("n2"), m.group("pre") or m.group("pre2"), "killed",
            m.group("who") or "", m.start(), m.end())
    for m in find(_DEATHS_OF):
        if m.group(0).lower().startswith("loss") and not _PERSONS.search(m.group("who")):
            continue  # "the loss of seven soldiers", not "the loss of 20 tanks"
        add(m.group("n"), m.group("pre"), "killed", m.group("who"), m.start(), m.end())
    for m in find(_ARRESTS_OF):
        if _PERSONS.search(m.group("who")) \
                and not _FOR_A_CAUSE.search(sentence, max(0, m.start() - 30), m.start()):
            add(m.group("n"), m.group("pre"), "captured", m.group("who"), m.start(), m.end())
    for m in find(_TOLL):
        add(m.group("n"), m.group("q"), "killed", "", m.start(), m.end())
    for m in find(_TOLL_OF):
        add(m.group("n"), m.group("q"), OUTCOMES[m.group("what").lower()], "", m.start(),
            m.end())
    for m in find(_KIN_PAIR_HIT):
        # "A 60-year-old man and his 14-year-old granddaughter were killed"
        add("two", None, OUTCOMES[m.group("out").lower()], m.group("who"), m.start(), m.end())
    for m in find(_THE_ONE):
        # "a drone hit a car, killing the driver": one, told by role
        add("one", None, VERB_OUTCOMES[re.sub(r"\s+", " ", m.group("verb").lower())],
            m.group("who"), m.start(), m.end())
    for m in find(_AND_ANOTHER):
        # "Two soldiers were killed and another was wounded": one more, its own outcome
        add("one", None, OUTCOMES[m.group("out").lower()], "another", m.start(), m.end())
    for m in find(_TREATED):
        if m.group("n") is not None:
            add(m.group("n"), m.group("q"), "injured", m.group("who"), m.start(), m.end())
        else:
            who = re.split(r"\s*,|\s+for\b", m.group("who2"))[0]
            add(m.group("n2"), m.group("q2"), "injured", who, m.start(), m.end())
    for m in find(_TO_DEATH):
        # (whom a mob killed it names as it accuses them, "gang members": no party the
        # story names, so the count alone)
        add(m.group("n") or m.group("n2"), m.group("q") or m.group("q2"), "killed",
            m.group("who") or "", m.start(), m.end())
    for m in find(_ONE_WOUNDED):
        if not any(c.outcome == "injured" for c in out) and not _NO_PERSON.search(m.group("who")):
            add("one", None, "injured", "", m.start(), m.end())  # (the count, no party)
    for m in find(_PRISONERS):
        if m.group("n") is not None:
            add(m.group("n"), m.group("q"), "captured", m.group("who"), m.start(), m.end())
        elif not re.search(r"\b(?:were|was|who|that|had|have)\s", m.group("who2")):
            add(m.group("n2"), m.group("q2"), "captured", m.group("who2"), m.start(), m.end())
    for c in sorted(out, key=lambda c: c.start):
        # "12 people were killed in Mamove and seven in Kisiki": the same fate, another place
        m = _AND_N_IN.match(sentence, c.end)
        if m is not None:
            add(m.group("n"), m.group("q"), c.outcome, c.who, m.start("n") if m.group("q")
                is None else m.start("q"), m.end("n"))
    return _one_list_one_count(sorted(out, key=lambda c: c.start), sentence)


#: Who is under arms, in a count's words ("12 soldiers", "five Houthi fighters"): the
#: pipeline's side of the victims, and groups counted apart from the people hit beside them
#: ("killing five soldiers and two civilians").
_ARMED_WORD_LIST = (r"soldier|troop|personnel|police|army|officer|servicem|militant|"
                    r"fighter|rebel|insurgent|jihadist|guerrilla|militiam|gunm|terrorist|"
                    r"guard|commander|marine|conscript|occupier|invader|enem(?:y|ies)|"
                    r"separatist|bandit|combatant|extremist|vigilante|militia|levies|"
                    # Nigeria's armed auxiliaries: "five members of the Civilian Joint Task
                    # Force", "three CJTF members"
                    r"civilian\s+joint|joint\s+task\s+force|\bc?jtf\b")
ARMED_WORDS = re.compile(_ARMED_WORD_LIST, re.IGNORECASE)
#: (and, in a list of the hit, India's jawans and the attackers themselves)
_ARMED_WHO = re.compile(_ARMED_WORD_LIST + r"|jawan|attacker|assailant", re.IGNORECASE)


def _one_list_one_count(counts: list[Count], sentence: str) -> list[Count]:
    """People hit told as one list after the verb ("wounding five children and a woman",
    "killing a nurse and two patients") are one count of the victims, as coders sum them; a
    list joining the armed and the unarmed ("five soldiers and two civilians") stays two."""
    out: list[Count] = []
    for c in counts:
        prev = out[-1] if out else None
        joined = sentence[prev.end:c.end] if prev is not None else ""
        if prev is not None and prev.outcome == c.outcome and not (prev.single or c.single) \
                and prev.end <= c.start and _LIST_AND.match(joined) \
                and _HARM_VERB.match(sentence, prev.start) \
                and ((prev.count == c.count == 1 and prev.qualifier == c.qualifier == "exact")
                     or (not _ARMED_WHO.search(prev.who) and not _ARMED_WHO.search(c.who))):
            out[-1] = Count(prev.count + c.count, prev.qualifier, prev.outcome,
                            f"{prev.who} and {c.who}", prev.start, c.end)
            continue
        out.append(c)
    return out


#: A verb of harm opening a count's words: the list is its objects ("wounding five children
#: and a woman"), not groups told apart ("two other Americans and an Afghan injured").
_HARM_VERB = re.compile(r"(?:killing|killed|kills|kill|wounding|wounded|injuring|injured|"
                        r"(?:shot|shooting|shoots|shoot)\s+dead)\b", re.IGNORECASE)
#: What joins the second group of a list to the first: ", and", "as well as".
_LIST_AND = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+")


@dataclass(frozen=True)
class Loss:
    count: int
    item: str
    outcome: str


def materiel(sentence: str) -> list[Loss]:
    """Equipment destroyed, damaged or captured ("destroyed three tanks and two artillery
    pieces and hit a government helicopter"): each verb governs the items up to the next one."""
    verbs = list(_MATERIEL_VERB.finditer(sentence))
    out: list[Loss] = []
    for k, m in enumerate(verbs):
        outcome = MATERIEL_VERBS[" ".join(m.group(0).lower().split())]
        end = verbs[k + 1].start() if k + 1 < len(verbs) else len(sentence)
        for it in _ITEM.finditer(sentence[m.end():end]):
            n = number(it.group("n"))
            if n is not None:
                out.append(Loss(n, it.group("item").lower(), outcome))
    return out
