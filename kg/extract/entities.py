"""Entity mentions, within-document coreference and linking to the gazetteer.

Mentions come from spaCy's NER, the gazetteer phrase matcher and generic force/group/civilian
noun phrases ("Syrian forces", "government troops", "gunmen"). Each is given a kind, linked
through :class:`kg.gazetteer.lookup.Gazetteer` (never to an invented QID) and folded into one
entity per real-world referent: the same gazetteer record, the same country's state forces
("the Syrian Army" = "Syrian forces" = "Syrian soldiers"), or the same normalised name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.extract.nlp import TITLES
from kg.extract.normalize import hard_wrapped
from kg.gazetteer.lookup import Candidate, Gazetteer
from kg.gazetteer.normalize import is_common_word

#: demonym → country name (looked up in the gazetteer, which carries the QID)
DEMONYMS = {
    "afghan": "Afghanistan", "algerian": "Algeria", "american": "United States",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "british": "United Kingdom",
    "burkinabe": "Burkina Faso", "burmese": "Myanmar", "cameroonian": "Cameroon",
    "chadian": "Chad", "chinese": "China", "colombian": "Colombia", "congolese":
    "Democratic Republic of the Congo", "egyptian": "Egypt", "eritrean": "Eritrea",
    "ethiopian": "Ethiopia", "french": "France", "georgian": "Georgia", "german": "Germany",
    "guatemalan": "Guatemala", "honduran": "Honduras", "indian": "India",
    "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "israeli": "Israel",
    "jordanian": "Jordan", "kenyan": "Kenya", "lebanese": "Lebanon", "libyan": "Libya",
    "malian": "Mali", "mexican": "Mexico", "mozambican": "Mozambique", "nicaraguan":
    "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger", "pakistani": "Pakistan",
    "palestinian": "State of Palestine", "peruvian": "Peru", "philippine": "Philippines",
    "filipino": "Philippines", "russian": "Russia", "salvadoran": "El Salvador",
    "salvadorean": "El Salvador", "saudi": "Saudi Arabia", "somali": "Somalia",
    "sudanese": "Sudan", "syrian": "Syria", "turkish": "Turkey", "ukrainian": "Ukraine",
    "yemeni": "Yemen", "kurdish": None, "emirati": "United Arab Emirates", "qatari": "Qatar",
    "bangladeshi": "Bangladesh", "thai": "Thailand", "cuban": "Cuba", "venezuelan": "Venezuela",
    # (the rest of the world's states whose forces news names by their adjective; not the
    # words that also name a people fighting elsewhere: Uzbek, Turkmen, Kazakh fighters)
    "central african": "Central African Republic", "south sudanese": "South Sudan",
    "north korean": "North Korea", "south korean": "South Korea", "sri lankan": "Sri Lanka",
    "sierra leonean": "Sierra Leone", "costa rican": "Costa Rica", "burundian": "Burundi",
    "rwandan": "Rwanda", "ugandan": "Uganda", "tanzanian": "Tanzania", "haitian": "Haiti",
    "ecuadorian": "Ecuador", "ecuadorean": "Ecuador", "brazilian": "Brazil",
    "tunisian": "Tunisia", "moroccan": "Morocco", "nepali": "Nepal", "nepalese": "Nepal",
    "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan", "belarusian": "Belarus",
    "serbian": "Serbia", "kosovar": "Kosovo", "japanese": "Japan", "mauritanian": "Mauritania",
    "senegalese": "Senegal", "ivorian": "Ivory Coast", "ghanaian": "Ghana",
    "beninese": "Benin", "togolese": "Togo", "guinean": "Guinea", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe", "angolan": "Angola", "djiboutian": "Djibouti",
    "bahraini": "Bahrain", "kuwaiti": "Kuwait", "omani": "Oman", "canadian": "Canada",
    "australian": "Australia", "spanish": "Spain", "italian": "Italy", "polish": "Poland",
    "dutch": "Netherlands", "belgian": "Belgium", "greek": "Greece", "cypriot": "Cyprus",
    "lithuanian": "Lithuania", "latvian": "Latvia", "estonian": "Estonia",
    "moldovan": "Moldova", "chilean": "Chile", "argentine": "Argentina",
    "argentinian": "Argentina", "bolivian": "Bolivia", "paraguayan": "Paraguay",
    "malaysian": "Malaysia", "vietnamese": "Vietnam", "cambodian": "Cambodia",
    "azeri": "Azerbaijan", "liberian": "Liberia", "gabonese": "Gabon", "malawian": "Malawi",
    "namibian": "Namibia", "jamaican": "Jamaica", "panamanian": "Panama",
    "croatian": "Croatia", "albanian": "Albania", "hungarian": "Hungary",
    "romanian": "Romania", "bulgarian": "Bulgaria", "finnish": "Finland",
    "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "irish": "Ireland",
    "swiss": "Switzerland", "austrian": "Austria", "portuguese": "Portugal",
    "taiwanese": "Taiwan", "laotian": "Laos", "singaporean": "Singapore",
}
#: The first word of a two-word adjective of a state ("South Sudanese", "Central African"),
#: which must not leave its second word to name another ("Sudanese").
TWO_WORD_DEMONYM = r"(?:(?:South|North|Central|Sri|Sierra|Costa)\s+)?"
#: country name → its demonym (the first of DEMONYMS that names it)
DEMONYM_OF: dict[str, str] = {}
for _adj, _country in DEMONYMS.items():
    if _country:
        DEMONYM_OF.setdefault(_country, _adj.title())  # ("Central African", "Sri Lankan")
#: Words for an actor's members after its name: "3R rebels", "FACA soldiers" (and a state's word
#: for its enemies: "PKK terrorists", "PDF terrorists").
_MEMBER_TAIL = re.compile(r"\s+(?:rebels|fighters|militants|militiamen|militias?|soldiers|troops|"
                          r"forces|members|guerrillas|insurgents|jihadists|gunmen|elements|"
                          r"cadres|operatives|terrorists)$", re.IGNORECASE)
#: A side's name for its enemy's state: "the Zionist regime", "the Kyiv regime".
_STATE_EPITHET = re.compile(r"(?:the\s+)?(Zionist|Kyiv|Kiev|Kyiv-based)\s+(?:regime|entity)",
                            re.IGNORECASE)
_EPITHET_STATES = {"zionist": "Israel", "kyiv": "Ukraine", "kiev": "Ukraine",
                   "kyiv-based": "Ukraine"}
#: Country names written with "the" after "of": "the Armed Forces of the Philippines".
_TAKES_THE = re.compile(r"(?:United\s|Democratic\sRepublic|Republic\sof|Central\sAfrican|"
                        r"Dominican|Czech|Philippines|Netherlands|Gambia|Bahamas|Comoros|"
                        r"Maldives|State\sof)")
FORCE_NOUNS = r"(?:army|armed\s+forces|forces|troops|soldiers|military(?:\s+personnel)?|" \
              r"personnel|servicemen|police(?:men)?|security\s+forces|air\s+force|navy|" \
              r"warplanes|jets|gendarmes|marines|border\s+guards|special\s+forces|regime|" \
              r"commandos|commando\s+units?)"
GROUP_NOUNS = r"(?:rebels|militants|insurgents|fighters|jihadists|terrorists|gunm[ae]n|" \
              r"extremists|militias?|militiamen|guerrillas|factions|opposition\s+fighters|" \
              r"separatists|bandits|attackers?|assailants?|bombers?|gangs?|gang\s+members|" \
              r"cartels?|miscreants|" \
              r"armed\s+groups?|(?<=Israeli\s)settlers|(?<=Jewish\s)settlers|" \
              r"(?<=armed\s)herders|(?<=armed\s)herdsmen|(?<=armed\s)men|" \
              r"(?<=armed\s)youths?|raiders)"
CIVILIAN_NOUNS = r"(?:civilians|people|residents|villagers|women|children|worshippers|" \
                 r"passengers|students|farmers|protesters|demonstrators|pilgrims|refugees|" \
                 r"workers|journalists|shoppers|families|peasants)"
#: (Not "anti-junta fighters" nor "anti-government forces": those fight the state.)
_FORCE = re.compile(rf"\b(?<!-)(?:(?P<adj>{TWO_WORD_DEMONYM}[A-Z][a-z]+)\s+"
                    rf"(?:government\s+|regime\s+|military\s+)?|"
                    rf"(?P<gov>government|regime|junta|pro-government|state)\s+){FORCE_NOUNS}\b")
#: The last word of a force's name, that a force's generic noun may follow ("National Guard
#: troops"), and a capitalised word of that name right before it.
_A_NAME_ENDS = re.compile(r"Guard|Corps|Force|Army|Police|Navy|Command|Brigade|Division|"
                          r"Regiment|Battalion|Unit|Service|Gendarmerie|Marines|Forces")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
#: An air force by its words, after the country it is of, if told: "Ukraine's air force",
#: "the Ukrainian Air Force", "the Air Force".
AIR_FORCE = re.compile(r"(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+)?"
                        r"(?:[Aa]ir\s+[Ff]orce)")
#: A country's air force told by its owner's name: "Ukraine's air force said".
_OWNED_AIR_FORCE = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+[Aa]ir\s+[Ff]orce\b")
#: The police told by their word alone at a clause's start: "Police arrested five men", "In
#: Niamey, police detained …" (after a word they may be another's: "Nigerian police", "riot
#: police"; and not a word before what it names, "police station", nor a source, "police
#: said").
#: (Bare "troops", "soldiers", "security forces" and "the army" were tried too: held-out actor
#: F1 fell on two sets of three.)
_BARE_FORCE = re.compile(
    r"(?<![\w-][^\S\n])(?<!-)\b(?:[Tt]he[^\S\n]+)?(?:[Pp]olice(?:men)?|[Pp]olice[^\S\n]+officers)\b"
    r"(?![^\S\n]*(?:['’]|(?:station|post|checkpoint|chief|commissioner|spokes\w+|sources?|"
    r"vehicles?|bases?|camps?|uniforms?|headquarters|barracks|officers?|commanders?|academy|"
    r"lines|command|force|said|say|says|told|reported|added|confirmed|stated|announced|"
    r"believe|suspect)\b))")
_ACCORDING_TO = re.compile(r"\baccording[^\S\n]+to[^\S\n]+$", re.IGNORECASE)
#: A site a force's word names before it: "the Morozovsk military air base".
_FORCES_SITE = re.compile(r"[^\S\n]+(?:air[^\S\n]+)?(?:base|airbase|airfield|airport|"
                          r"hospital|academy|barracks|camp|court|college|school|compound)s?\b",
                          re.IGNORECASE)
_COUNT_WORD = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"dozens|hundreds|thousands|many|several|some|other|more|both|all|"
                         r"the|these|those|its|their|his|her|our|few|numerous)", re.IGNORECASE)
#: Armed men named by whom they fight: "anti-junta forces", "anti-government fighters".
_AGAINST_THE_STATE = re.compile(rf"\b[Aa]nti-(?:junta|government|regime|coup)[^\S\n]+"
                                rf"(?:{FORCE_NOUNS}|{GROUP_NOUNS})\b")
#: A clan's word after its name: "the Dir clan", "Hawiye sub-clans".
_CLAN_AFTER = re.compile(r"[^\S\n]+(?:sub-?)?clans?\b", re.IGNORECASE)
#: Kinds of weapons named by their acronyms, which NER takes for organisations.
_WEAPON_ACRONYM = re.compile(r"(?:FPV|UAV|UAS|IED|VBIED|MLRS|HIMARS|ATACMS|RPG|MANPADS|ATGM|"
                             r"APC|IFV|MRAP|Iskander-M|Kinzhal|Kalibr|Shahed(?:-\d+)?|"
                             r"Geran(?:-\d+)?|Oreshnik|Kh-\d+\w*)s?")
#: A weapon's model name before its kind: "a Yassin-105 rocket", "Grad-1 launchers".
_WEAPON_MODEL = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z]?\d*")
_WEAPON_KIND_AFTER = re.compile(r"[^\S\n]+(?:anti-\w+[^\S\n]+)?(?:rockets?|shells?|missiles?|"
                                r"drones?|rounds?|launchers?|projectiles?|warheads?|bombs?|"
                                r"mortars?|howitzers?|tanks?|jets?|helicopters?|rifles?)\b",
                                re.IGNORECASE)
_NON_STATE_ADJ = re.compile(r"(?:rebel|opposition|insurgent|militant|jihadist|islamist|"
                            r"separatist|tribal|guerrilla|resistance|militia|paramilitary)",
                            re.IGNORECASE)
# NER calls many small towns organisations; after "near"/"outside"/"north of" a name is a place,
# after "in"/"at" a one-word name that looks like no organisation is one too ("in Bagram")
_NEAR = re.compile(r"\b(?:near|outside|around|(?:north|south|east|west)(?:east|west)?\s+of|"
                   r"outskirts\s+of|edge\s+of|entrance\s+(?:of|to)|village\s+of|town\s+of|"
                   # "on the road about 15 kilometres from Bocaranga": a distance from a place
                   r"\d[\d.,]*\s*(?:km|kms|kilomet(?:re|er)s|miles)\s+(?:away\s+)?from)\s+$",
                   re.IGNORECASE)
#: (a word for which part of it may come between: "in rural Hacarí", "in northern Bama")
_IN_AT = re.compile(r"\b(?:in|at)\s+(?:(?:rural|urban|central|downtown|(?:north|south)?"
                    r"(?:north|south|east|west)ern)\s+)?$", re.IGNORECASE)
AREA_WORDS = (r"(?:province|governorate|region|oblast|state|sub-?district|district|"
              r"sub-?county|county|sub-?prefecture|nahiya|department|"
              r"prefecture|countryside|tehsil|township|upazila|woreda|taluka|territory|"
              r"hromada|groupement|grouping|chiefdom|chefferie|payam|"
              # (Nigeria's: "in Talata Mafara Local Government Area", the area, not its town)
              r"local\s+government\s+area|lga)")
#: Languages NER may take for places: "'patriots' in Swahili".
_LANGUAGES = re.compile(r"(?:Swahili|Kiswahili|Arabic|English|French|Pashto|Dari|Hausa|Amharic|"
                        r"Tigrinya|Lingala|Kinyarwanda|Kirundi|Portuguese|Spanish|Hebrew|Farsi|"
                        r"Persian|Urdu|Hindi|Bengali|Burmese|Tagalog|Fulfulde|Bambara|Wolof|"
                        r"Zarma|Kanuri|Tamasheq|Creole|Sango)")
#: An area's name ending in its administrative word: "Kani Township", "Bui Division".
AREA_NAME_END = re.compile(rf"\s(?:{AREA_WORDS}|division|lga)$", re.IGNORECASE)
#: The administrative word of an area's name. Left out: "countryside" names no division, and a
#: "region" the gazetteer lacks is mostly a geographic one ("the Catatumbo region").
_AREA_WORD = re.compile(r"\b(?:province|governorate|oblast|state|district|county|department|"
                        r"prefecture|tehsil|township|upazila|woreda|taluka|territory)\b",
                        re.IGNORECASE)
#: An area named last in a name: "… in Maru Local Government Area", "… in Kajuru LGA".
_LOCAL_GOVERNMENT_TAIL = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Local\s+"
                                    r"Government\s+Area|LGA|District|Province|State|County|"
                                    r"Township|Region)$")
#: Nigeria's second-level division told after its name: "Talata Mafara Local Government Area".
_LOCAL_GOVERNMENT = re.compile(r"\s+(?:local\s+government\s+area|lga)", re.IGNORECASE)


def _seat_for_its_lga(linked: Candidate, area_word: re.Match[str] | None) -> bool:
    """Whether the gazetteer linked "<Name> Local Government Area" to the seat town by the name
    alone ("Talata Mafara Local Government Area" is the area, not the town)."""
    return linked.level == "locality" and area_word is not None \
        and _LOCAL_GOVERNMENT.fullmatch(area_word.group(0)) is not None
_AREA_BEFORE = re.compile(rf"\b({AREA_WORDS}\s+of\s+)$", re.IGNORECASE)
_AREA_AFTER = re.compile(rf"\s+{AREA_WORDS}\b", re.IGNORECASE)
_AREA_BEFORE_START = re.compile(rf"^{AREA_WORDS}\s+of\s+", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around|from|across|into|to|towards|toward|"
                       r"of|on|through|between|and)\s+(?:the\s+)?$", re.IGNORECASE)
#: Words that open a clause or tell a time, never a group's name: "On Monday gunmen".
_NOT_A_NAME = (r"(?:on|in|at|after|before|when|while|then|but|and|or|late|early|last|"
               r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|"
               r"march|april|may|june|july|august|september|october|november|december)")
_GROUP = re.compile(rf"\b(?:(?P<adj>(?:(?!{_NOT_A_NAME}\b)(?-i:[A-Z][\w'’-]+)[^\S\n]+){{0,2}}"
                    rf"(?!(?:{_NOT_A_NAME}|and|or|of|the|with|by|for|to|in|on|at|from|as|"
                    rf"were|was|more|other|some|many|several|all|one|two|three|four|five|six|"
                    rf"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                    rf"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|scores|"
                    rf"hundreds|thousands|their|its|his|"
                    rf"her|our|these|those|suspected|killed|said|after|before|when|while|"
                    rf"since|during|until|because|if|than|that|which|who|where|but|then|"
                    rf"also|by|into|against)\b)(?-i:[A-Z])[\w'-]+|"
                    rf"jihadist|islamist|armed|rebel|"
                    rf"suspected)[^\S\n]+)?{GROUP_NOUNS}\b", re.IGNORECASE)  # not across lines
#: (the group noun alone: where a :data:`_GROUP` name may end)
_GROUP_NOUN = re.compile(GROUP_NOUNS, re.IGNORECASE)


def _group_names(text: str) -> Iterator[re.Match[str]]:
    """``_GROUP.finditer(text)``, trying the pattern only a few words before the next group
    noun: a name in front of its noun is at most three words, each a run of word characters
    apart from the next by spaces on the same line (trying them at every word of a long
    article was costly)."""
    pos = 0
    while (noun := _GROUP_NOUN.search(text, pos)) is not None:
        m = _GROUP.search(text, max(pos, _runs_before(text, noun.start(), 4)))
        if m is None:
            return
        yield m
        pos = m.end()


def _runs_before(text: str, i: int, runs: int) -> int:
    """Where the ``runs`` runs of word characters (``[\\w'’-]``) before ``i`` start, each
    apart from the next by spaces on one line; fewer where something else comes first."""
    for _ in range(runs):
        j = i
        while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
            k -= 1
        if k == j:
            break
        i = k
    return i


_CIVILIANS = re.compile(rf"\b{CIVILIAN_NOUNS}\b", re.IGNORECASE)
_GROUP_END = re.compile(rf"\s{GROUP_NOUNS}$", re.IGNORECASE)
#: A name headed by a crime group's word, written as part of the name (capitalised), which NER
#: reads as a place: "the Gulf Clan" (Clan del Golfo), "the Sinaloa Cartel".
_GANG_HEAD = re.compile(r"\s(?:Clan|Cartel|Gang)$")
#: A demonym before insurgents' common noun: "Syrian rebels", "Malian jihadists".
_DEMONYM_REBELS = re.compile(r"\b([A-Z][a-z]+)\s+(?:rebels|insurgents|jihadists|militants|"
                             r"separatists|guerrillas|opposition\s+fighters|opposition\s+forces|"
                             r"militias?|militiamen)\b")
_GROUP_AFTER = re.compile(rf"[^\S\n]+{GROUP_NOUNS}\b", re.IGNORECASE)
_DANGLING = re.compile(r"(?:\s+(?:of|the|and|in|at|for|from|on|who|which|that|whose))+$",
                       re.IGNORECASE)
#: A hyphen and the rest of a town's name NER left out: "Chaung(-U) town", "Ye(-U)".
_HYPHEN_SYLLABLE = re.compile(r"(-(?-i:[A-Z])[a-z]?)(?=[^\S\n]+(?:town|village|township|city)\b|"
                              r"[^\S\n]*[,.;]|[^\S\n]+(?:in|on|near)\b)")
#: The rest of a French or Creole place name joined by an elided article: "Saut(-d'Eau)",
#: "Anse(-d'Hainault)", "Pont(-l'Abbé)".
_ELIDED_PART = re.compile(r"-[dl]['’](?-i:[A-Z])[\w-]*")
#: A name made a modifier by a hyphenated participle: "Britain-based", "Iran-backed".
HYPHEN_MODIFIER = re.compile(r"-(?:based|backed|led|allied|aligned|supported|funded|installed|"
                             r"appointed|controlled|held|occupied|annexed|run|sponsored|"
                             r"trained|brokered|made|built|linked|affiliated|friendly)\b",
                             re.IGNORECASE)
_NAMED_PLACE = re.compile(r"\b(?:[Tt]own|[Cc]ity|[Vv]illage|[Hh]amlet|[Ss]ettlement|[Dd]istrict|"
                          r"[Mm]unicipality|[Nn]eighbou?rhood|[Ss]uburb|[Cc]amp|[Vv]alley|[Pp]ort)"
                          r"\s+of\s+"
                          r"((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2})")
#: A military operation's name, whose troops are a state's force: "Operation Hadin Kai",
#: "Operation Fansan Yamma", "Operation Whirl Stroke".
_OPERATION_NAME = re.compile(r"(?<![\w-])Operation[^\S\n]+[A-Z][\w'’-]+"
                             r"(?:[^\S\n]+[A-Z][\w'’-]+){0,2}")
#: A unit known by a name, not a number: "fighters of the Vostok battalion", "the Aidar
#: Battalion" (a name the gazetteer may hold as a village).
_NAMED_UNIT = re.compile(r"(?<=\b[Tt]he\s)([A-Z][a-z][\w'’-]+(?:[^\S\n]+[A-Z][a-z][\w'’-]+)?"
                         r"[^\S\n]+(?:[Bb]attalion|[Rr]egiment))\b")
#: A name of one to three capitalised words, maybe opened by an Arabic article.
_NAME = r"(?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2}"
#: Settlements told by the place they lie around: "raided villages around (Um Kadada)", "towns
#: near (Bir Hakim)".
_PLACES_AROUND = re.compile(r"\b(?:villages|towns|hamlets|settlements|communities|areas)\s+"
                            rf"(?:around|near|outside|surrounding)\s+({_NAME})")
#: A name raided, stormed or overrun in a division: "raided (Mayikengo) in the Lubero territory"
#: (NER may take a village no gazetteer knows for a person or a group).
_RAIDED_IN_DIVISION = re.compile(
    r"\b(?:raided|attacked|stormed|overran|overrun|besieged|shelled|bombed|torched|"
    # (and ground taken: "Ukrainian forces retook Snihurivka in Mykolaiv Oblast")
    r"ransacked|looted|captured|seized|retook|recaptured|liberated)\s+"
    rf"({_NAME})"
    r"(?=,?\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?i:territory|district|province|"
    r"region|state|county|department|township|woreda|LGA|zone|prefecture|governorate|oblast|"
    r"municipality)\b)")
#: A name told where, or as what was done to: "in X", "invaded X".
_PLACED_OR_ACTED_ON = rf"\b(?:in|at|near|(?-i:[a-z]+ed))\s+({_NAME})"
#: A name the apposition after it calls a village in a place: "gunmen invaded (Okokolo), a
#: community in Agatu LGA" (NER may read it as a person's).
_A_VILLAGE_IN = re.compile(rf"{_PLACED_OR_ACTED_ON},\s+an?\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:community|village|hamlet|settlement)\s+"
                           r"(?:in|of|near)\s+(?-i:[A-Z])")
#: A place told with the villages around it: "attacked (Pieri) and surrounding villages".
_AND_AROUND_IT = re.compile(rf"{_PLACED_OR_ACTED_ON}\s+and\s+(?:the\s+)?"
                            r"(?:surrounding|nearby|neighbou?ring|adjoining|adjacent)\s+"
                            r"(?:villages|areas|communities|settlements|hamlets|towns)\b")
#: Right before a speaker's name: "said ", "told ".
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")
#: A speaking verb right after a name: "Ashford said".
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|noted|stressed)\b")
#: Right after a person's name, what tells them one: ", a member of …", ", 34,", ", who …".
_PERSON_APPOSED = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:member|spokesm[ae]n|"
                             r"spokeswoman|spokesperson|head|leader|chief|commander|official|"
                             r"governor|mayor|minister|director|resident|witness|father|mother|"
                             r"brother|sister|son|daughter|doctor|journalist|activist|farmer)\b|"
                             r"\d{1,3},|who\s)")
#: A name told in apposition to its kind of place: "(Illinka), a village about 10 km southeast
#: of Kurakhove", "(Tumbun Rego), an island on Lake Chad" (a name NER did not see, or took for
#: a person's).
_APPOSED_KIND = re.compile(r"(?<![\w'’-])((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+"
                          r"(?:[^\S\n]+[A-Z][\w'’-]+)?)[\"”’]?,[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:village|town|"
                          r"settlement|hamlet|locality|island)\b")
#: A place a force holds, or whose edge: "regained control of Mirebalais", "took full control
#: over Kidal", "on the outskirts of Abudwak".
_CONTROL_OF = re.compile(r"\b(?:(?:regain(?:ed|s)?|retook|retaken|seiz(?:ed|es)|took|taken|"
                         r"wrest(?:ed|s)?|restor(?:ed|es)|tak(?:es|ing))[^\S\n]+"
                         r"(?:(?:full|complete|total)[^\S\n]+)?control[^\S\n]+(?:of|over)|"
                         r"outskirts[^\S\n]+of)"
                         rf"[^\S\n]+(?:the[^\S\n]+)?({_NAME})")
#: Areas named together on a town's edge: "(Al-Nasr) and Wad Al-Turabi areas on the outskirts
#: of Jebel Aulia" (coded at the town).
_AREAS_NAMED = re.compile(r"(?:[^\S\n]+and[^\S\n]+[^,.;\n]{1,40}?)?[^\S\n]+areas?\b")
#: A name that goes on after a lower-case linking word: "Puerto El Carmen| de Putumayo".
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:de|del|de\s+la|da|do|dos|das|di|du|des|la|el|al|y)"
                           r"[^\S\n]+[A-Z]")
#: A name the apposition after it calls a place: "in Sugapa, the capital of Intan Jaya", "near
#: Kani Masi, a village in Duhok province".
_APPOSED_PLACE = re.compile(r"\b(?:in|at|near|outside|(?-i:[a-z]+ed))\s+"
                            r"((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:town|city|village|hamlet|capital|settlement|locality|"
                            r"municipality|port|commune|district|suburb|neighbou?rhood|"
                            # (Nigerian English for a village: "gunmen invaded Okokolo, a
                            # community in Agatu LGA")
                            r"community)\b"
                            # (not "Musa, a village elder": a person)
                            r"(?!\s+(?:elders?|chiefs?|heads?|leaders?|officials?|residents?|"
                            r"councillors?|administrators?|guards?|headm[ae]n|members?|"
                            r"groups?|workers?|volunteers?|radio|policing|health|based|"
                            r"organi[sz]ers?))")
#: A name told in apposition to a rural division of Colombia, which only a place is: "the army
#: base in Campo Dos, a corregimiento of Tibú" (NER may read an organisation's name).
_APPOSED_RURAL_DIVISION = re.compile(r"\b(?:in|at|near|outside|(?-i:[a-z]+ed))[^\S\n]+"
                                     r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2}),[^\S\n]+"
                                     r"an?[^\S\n]+(?:rural[^\S\n]+)?(?:corregimiento|vereda)\b")
#: A distance after a name, which places it: "then moved to Hurti, about four kilometres
#: away", "in Kan Gyi, 5km east of Ywar Thit".
_DISTANCE = (r",\s+(?:(?:about|some|around|nearly|roughly|just|only|a\s+few)\s+)?"
             r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a)\s*"
             r"(?:km|kms|kilomet(?:re|er)s?|miles?)"
             # (Reuters gives both units: "about 9 km (6 miles) from")
             r"(?:\s*\([^()\n]{1,25}\))?\s+(?:away|from|north|south|east|west|outside)\b")
_DISTANCE_AFTER = re.compile(_DISTANCE, re.IGNORECASE)
#: A name NER did not see, placed by the distance after it.
_DISTANCE_APPOSED = re.compile(r"\b(?:to|in|at|near|from)\s+((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+"
                               r"(?:\s+[A-Z][\w'’-]+){0,2})(?=" + _DISTANCE + ")")
#: A group named by its members: "suspected members of Los Lobos", "gunmen of Los Lobos".
_MEMBERS_OF = re.compile(r"\b(?:members|gunmen|hitmen|sicarios)\s+of\s+(?:the\s+)?"
                         r"((?:Los|Las|El|La)\s+[A-Z][\w'’-]+"
                         r"(?:\s+[A-Z][\w'’-]+){0,2})")
#: A street named with its common word first, as Portuguese, Spanish, French, Italian and
#: Malay write it.
_STREET_FIRST = re.compile(r"\b(?:Avenida|Rua|Rue|Calle|Carrera|Praça|Plaza|Piazza|Jalan|"
                           r"Boulevard|Avenue)\s+(?:(?:de|da|do|dos|das|del|de\s+la|la)\s+)?"
                           r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
#: A name placed in another place: "at Tsamiya in Safana LGA", "near Kalay in Sagaing".
_PLACED_WITHIN = re.compile(r"\b(?:in|at|near|around|outside)\s+((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+"
                            r"(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+in|,\s+(?:in|on\s+the\s+"
                            r"(?:coast|outskirts|edge)\s+of))\s+(?:the\s+)?(?=[A-Z])")
#: One capitalised word after "near", "outside" or "the village of", then no more name (nor
#: a number: "near Block 5" is a part of a camp).
_NEAR_A_NAME = re.compile(r"\b(?:near|outside|village\s+of|town\s+of|"
                          # ("Dozens of residents of Chamchamal gathered …": where they live)
                          r"(?:residents|inhabitants|villagers)\s+of)[^\S\n]+"
                          r"((?-i:[A-Z])[a-z][\w'’-]+)\b(?!['’]s\b|[^\S\n]+(?:(?-i:[A-Z])|\d))")
_CALENDAR = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)(?:\s+\d+)?")
_NAMED_AREA = re.compile(r"(?<![\w'’-])(?!(?:The|This|That|These|Those|Its|Their|His|Her|Each|"
                         r"Every|Another|Which|Whose|One|Our|Your)\b)((?:al-|el-|Al-|El-)?"
                         r"[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2})[^\S\n]+(district|province|"
                         r"governorate|county|municipality|division|prefecture|subdivision|tehsil|"
                         # (capitalised as part of the name: "in Oddar Meanchey Province", which
                         # NER cut to "Meanchey Province")
                         r"woreda|hromada|Township|Province|District|Governorate|Prefecture)\b")
#: A possessive inside a name's words: "Yemen's (Hodeidah)".
_POSSESSIVE_IN = re.compile(r".*['’]s\s+")
#: A sentence's capitalised first word that is no part of a name: "In Saada province".
_OPENING_WORD = re.compile(r"(?:In|On|At|Near|From|Across|Around|Outside|Inside|"
                           r"Elsewhere|Meanwhile|Also|And|But|Both|All|Some|Many|Several|"
                           r"Neighbouring|Neighboring|Northern|Southern|Eastern|Western|"
                           r"Central)\s")
#: A settlement named by its name and a common noun after it: "the Rarasham area of Musakhel
#: district", "Koutruk village", "the Makeen area" (small places the gazetteer lacks; the noun
#: is not part of the name).
_SETTLEMENT_WORD = r"(?:village|hamlet|area|town|settlement|locality|sector)"
_SETTLEMENT_AFTER = re.compile(rf"[^\S\n]+{_SETTLEMENT_WORD}\b", re.IGNORECASE)
#: A name told with an indefinite article before a settlement word: "a Teke village" says of
#: whom it is (a people's name, not a place's).
_A_KIND_OF_SETTLEMENT = re.compile(r"\ban[^\S\n]+([A-Z][a-z]+)[^\S\n]+(?:village|hamlet|"
                                   r"settlement)\b|\ba[^\S\n]+([A-Z][a-z]+)[^\S\n]+(?:village|"
                                   r"hamlet|settlement)\b")
_NAMED_SETTLEMENT = re.compile(r"\b(?:the|in|at|near|nearby|on|attack(?:ed)?|bombed|shelled|"
                               r"raided|stormed|of|into|entered|outside|around|towards?)\s+"
                               r"((?:al-|el-|Al-|El-)?"
                               r"[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2})"
                               rf"[^\S\n]+(?:{_SETTLEMENT_WORD}|city)\b")
#: A Philippine village named with its word: "in Barangay Lantud, Talakag" (NER keeps the word
#: alone, or nothing; the name goes on to a number: "Barangay Rosary Heights 7").
_BARANGAY_NAMED = re.compile(r"\b(?:Barangay|Brgy\.?)[^\S\n]+([A-Z][a-z][\w'’-]*"
                             r"(?:[^\S\n]+(?:[A-Z][a-z][\w'’-]*|\d{1,2}\b)){0,3})")
#: A Colombian or Mexican rural settlement named with its word: "in the vereda Orú", "the
#: vereda of La Libertad", "in the ejido of Paso Hondo" (NER may keep only "Hondo").
_VEREDA_NAMED = re.compile(r"\b(?:[Vv]eredas?|[Ee]jidos?)[^\S\n]+(?:of[^\S\n]+)?"
                           r"((?:(?:La|El|Los|Las)[^\S\n]+)?[A-Z][\w'’-]+"
                           r"(?:[^\S\n]+[A-Z][\w'’-]+){0,2})")
#: A front named by the town it faces: "repelled attacks in the Hadrut direction", "on the
#: Tsorona front" (not a road between two, "the Paoua-Bozoum axis").
_TOWN_S_FRONT = re.compile(r"\b(?:in|on|along|towards?|at)\s+the\s+((?:al-|Al-)?[A-Z][a-z][\w'’]*"
                           r"(?:[^\S\n]+[A-Z][a-z][\w'’]*)?)[^\S\n]+(?:direction|axis|front)\b")
_NAMED_COMMUNITY = re.compile(r"\b(?:in|at|near|on|attack(?:ed|ing)?|of|raided|stormed)\s+"
                              r"([A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2})"
                              r"[^\S\n]+communit(?:y|ies)\b")
#: Villages named together with their common noun after them: "attacked Uikpam and Daudu
#: communities", "raided Hurum, Darwat and Mushu villages".
_ONE_NAME = r"[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*)?"
_NAMED_COMMUNITIES = re.compile(
    rf"\b(?:in|at|near|on|attack(?:ed|ing)?|of|raided|stormed|hit)\s+"
    rf"((?:{_ONE_NAME},[^\S\n]+)*{_ONE_NAME},?[^\S\n]+and[^\S\n]+{_ONE_NAME})"
    rf"[^\S\n]+(?:communities|villages)\b")
_EACH_NAME = re.compile(_ONE_NAME)
#: A named feature is named with its feature word, as coders and gazetteers name it ("Balata
#: refugee camp", "the Bulengo displacement site", "the Tsafe-Gusau road", "the Sububu forest",
#: "the Cal Miskaad mountains", "the Kerem Shalom crossing", "Tishreen Dam"); the bare name,
#: often a town's too, stays an alias.
_FEATURE_AFTER = re.compile(r"[^\S\n]+(?:(?:(?:refugee|displacement|IDP|displaced[^\S\n]+"
                            r"persons['’]?)[^\S\n]+)?(?:camp|site)|road|highway|expressway|"
                            r"forest|valley|mountains|hills?|range|(?:border[^\S\n]+)?crossing|"
                            r"junction|crossroads|"  # "at the Ceelasha Biyaha junction"
                            r"dam|island|(?:air[^\S\n]+|military[^\S\n]+|naval[^\S\n]+)?base|"
                            # "Kavumu airport", "the Khalino airfield", "Khor Mor gas field"
                            r"(?:(?:military|international)[^\S\n]+)?(?:airport|airfield|"
                            r"airstrip)|(?:gas|oil)[^\S\n]+field|"
                            # "the Djado gold-mining site", "the Kamituga gold mine"
                            r"(?:(?:gold|coal|diamond|copper|cobalt|tin|artisanal)[-\s])?"
                            r"mining[^\S\n]+site|(?:gold|coal|diamond|copper|cobalt|tin)"
                            r"[^\S\n]+mine)"
                            r"\b(?![-\w])", re.IGNORECASE)
#: A name joined by a short linking word between hyphens: "Mazar-i-Sharif", "Dera-e-Ghazi".
_HYPHENED_NAME = re.compile(r"(?<![\w-])[A-Z][\w'’]+(?:-(?:[a-z]{1,3}-)?[A-Z][\w'’]+)*"
                            r"-[a-z]{1,3}-[A-Z][\w'’]+(?![\w-])")
#: A police station named after its place: "the Mandan police station" (not a capitalised
#: determiner or generic word: '"The police station is in the middle of town').
_STATION = re.compile(r"(?<![\w'’-])(?!(?:The|This|That|Our|Their|His|Her|Its|Every|Each|Any|"
                      r"No|One|Another|Local|Nearby|Main|Central|District|Provincial|Regional|"
                      r"City|Town|Village|Border|Military)\b)"
                      r"((?:al-|el-|Al-|El-)?[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z]"
                      r"[\w'’-]*){0,2})[^\S\n]+(?:police[^\S\n]+(?:station|post|checkpoint|"
                      r"outpost)|Police[^\S\n]+(?:Station|Post))\b")
#: A town named after the station that guards it, told the other way round from
#: :data:`_STATION`: "attacked the police station of Suárez" (NER may read it as a person);
#: and a town's square or hall: "blew up near the market square of Cajibío".
_STATION_OF = re.compile(r"\b(?:police[^\S\n]+(?:station|post)|(?:market|main|central|town)"
                         r"[^\S\n]+(?:square|plaza)|town[^\S\n]+hall)[^\S\n]+of[^\S\n]+"
                         r"((?:al-|el-|Al-|El-)?[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*)?)")
#: A quarter named before its kind: "troops advancing in the Banggolo commercial district".
_QUARTER_OF_A_KIND = re.compile(r"\bthe[^\S\n]+([A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*)?)"
                                r"[^\S\n]+(?:commercial|business|residential|industrial)"
                                r"[^\S\n]+(?:district|area|quarter)\b")
#: A feature named with its feature word that NER did not see: "the Kuyambana Forest", "the
#: Zaina displacement site", "the Kamaran island".
_NAMED_FEATURE = re.compile(r"\bthe[^\S\n]+((?-i:(?:al-|el-|Al-|El-)?[A-Z][a-z][\w'’-]*"
                            r"(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2}))(?=" + _FEATURE_AFTER.pattern
                            + ")", re.IGNORECASE)
#: An island named without an article: "on Quirimba island", "off Basilan Island".
_NAMED_ISLAND = re.compile(r"\b(?:on|off|at|near|to|from)[^\S\n]+((?:al-|el-|Al-|El-)?"
                           r"[A-Z][a-z][\w'’-]*(?:[^\S\n]+[A-Z][a-z][\w'’-]*){0,2})"
                           r"[^\S\n]+(?:[Ii]sland|[Ii]sle)\b")
_ROAD_WORD = re.compile(r"[^\S\n]+(?:road|highway|expressway)\b", re.IGNORECASE)
#: What places a name NER took for a person or a body: ", in the municipality of Salamanca",
#: ", in Muidumbe district", ", on the coast of Macomia district".
_LOCATED_AFTER = re.compile(r",\s+(?:in|near|on\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edge|coast|"
                            r"banks?|shores?)\s+of|"
                            # ", southeast of Tubas", ", about 20 km north of Goma"
                            r"(?:(?:about|some|around|nearly)\s+)?(?:\d+\s*(?:km|kilometres|"
                            r"kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                            r"(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:municipality|district|"
                            r"province|region|state|department|county|town|city|commune|"
                            r"governorate|prefecture)\s+of\s+)?(?-i:[A-Z])", re.IGNORECASE)
#: Towns a road or a front runs between: "on the road between Bint Jbeil and Ainata".
_ROAD_BETWEEN = re.compile(r"\b(?:road|highway|route|motorway|border|frontier|front\s*line)\s+"
                           r"between\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:and\s+)?$")
#: A lake named with its word: "Lake Chad", "Lake Albert".
_LAKE = re.compile(r"Lake[^\S\n]+[A-Z][\w'’-]+")
#: A sea named with its word: "the Gulf of Aden", "the Sea of Azov", "the Strait of Hormuz".
_WATER = re.compile(r"\b(?:Gulf|Sea|Straits?|Bay)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
                    r"[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?"
                    # "Lake Chad", "Lake Albert": a lake, not the country or the town
                    r"|\b" + _LAKE.pattern)
#: Two names joined by "and", after a road "between": "the highway between Aguililla and
#: Apatzingán" (not "fighting between Hezbollah and Israel": two parties).
_TWO_TOWNS = re.compile(r"([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)[^\S\n]+and[^\S\n]+"
                        r"([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)")
_BETWEEN_BEFORE = re.compile(r"\b(?:road|highway|route|motorway|axis|stretch|border|frontier|"
                             r"front[^\S\n]*line)[^\S\n]+between[^\S\n]+(?:the[^\S\n]+)?$",
                             re.IGNORECASE)
#: A road between two towns NER does not take as one name: "along the Tsafe-Gusau road".
ROAD_BETWEEN_TOWNS = re.compile(r"\b((?-i:[A-Z][\w'’]+)(?:[^\S\n](?-i:[A-Z][\w'’]+))?"
                                r"(?:-(?-i:[A-Z][\w'’]+)(?:[^\S\n](?-i:[A-Z][\w'’]+))?)+)"
                                r"[^\S\n]+(?:road|highway|expressway)\b", re.IGNORECASE)
_PLACE_CUE = re.compile(r"(?:towns?|city|cities|villages?|district|province|region|areas?|"
                        r"(?<=rural\s)parts|(?<=remote\s)parts|"
                        r"neighbou?rhood|municipality|commune|zone|tehsil|upazila|locality|"
                        r"hamlets?|settlements?|valley|suburb|governorate|camp|outskirts|"
                        r"countryside|parish|canton|corregimiento|vereda|woreda|kebele|"
                        r"township|county|department|prefecture|community|hromada|hills?)"
                        # "the villages (veredas) of San Pedro Frío": a local word in brackets
                        r"(?:\s+\([^()\n]{1,30}\))?\s+of\s+$"
                        # "In the vereda Campo Dos of Tibu": Colombia's rural districts
                        r"|\b(?:vereda|corregimiento|barrio|colonia|kebele)\s+$", re.IGNORECASE)
#: An airport named after someone, by two or three words: "Aden Adde International Airport",
#: "Ben Gurion Airport" (not one town's, "Khartoum International Airport", nor whose airport,
#: "Israel's Ben Gurion Airport").
_PERSON_S_AIRPORT = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|At|In|Near|On|To|From|Towards?)\b)"
                               r"((?-i:(?!International\b)[A-Z][\w-]+)(?:[^\S\n]+(?-i:"
                               r"(?!International\b)[A-Z][\w-]+)){1,2})"
                               r"[^\S\n]+(?:International[^\S\n]+)?Airport\b(?!['’])")
#: A town's name before one of its institutions: "Quetta Press Club", "Lahore High Court",
#: "Zawiya Martyrs Hospital".
_TOWNS_INSTITUTION = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)??)\s+(?:Press\s+"
                                r"Club|(?:High\s+|District\s+|Sessions\s+)?Court|University|"
                                r"(?:Central\s+)?(?:Jail|Prison)|(?:(?:Martyrs|General|Central|"
                                r"Military|Teaching|Referral|Children['’]s|Medical)\s+)?Hospital|"
                                r"(?:Railway|Bus)\s+Station|Stadium)")
#: A preposition of place that opens a name NER read: "Near Tal Tamr".
_PLACE_PREPOSITION = re.compile(r"(?:Near|Outside|Around|Inside|NEAR|OUTSIDE|AROUND|INSIDE)"
                                r"\s+(?=[A-Z])")  # (and a dateline's: "NEAR MOSUL, Iraq")
#: A traditional ruler or an officer named by the town: "the Fon of Bambalang".
_RULER_OF = re.compile(r"(?:the\s+)?(?:Fon|Emir|Sultan|Oba|Obi|Sarki|Ardo|Mai|Lamido|Etsu|Ataman|"
                       r"Chief|Village\s+Head|Headman|Mayor|Imam)\s+of\s+([A-Z][\w'’-]+"
                       r"(?:\s+[A-Z][\w'’-]+)?)")
#: Words that tell a name NER took for a person or a body is where people live or fight:
#: "a resident of Kivyuka", "fleeing towards Bani Walid", "fighting for Kafr Nabuda", "a
#: location known as Gara Dima".
_DWELT_IN = re.compile(r"\b(?:(?:residents?|inhabitants?|villagers|natives?|people|elders)\s+of|"
                       r"(?:a\s+)?(?:man|woman|men|women|boy|girl|residents?|people|family|"
                       r"families|farmers?|villagers)\s+from|"
                       r"towards?|nearby|(?:fighting|battles?|clashes)\s+(?:for|over)|"
                       r"(?:location|place|area|spot|site|locality)\s+(?:known\s+as|called))"
                       r"\s+$", re.IGNORECASE)
#: "Kenscoff residents", "Houla villagers": the people of a place.
_DWELLERS_AFTER = re.compile(r"[^\S\n]+(?:residents|villagers|inhabitants|natives)\b")
#: What is done only to a place: "an attack on Gumuruk", "shelled Yunakivka" (for a one-word
#: name NER took for a body and no gazetteer knows: bodies are attacked too, "attacked
#: MONUSCO", but are known by name).
_DONE_TO_A_PLACE = re.compile(r"\b(?:(?:attacks?|assaults?|raids?|offensive)\s+on|shelled|"
                              r"shelling|bombed|bombarded|stormed|overran|displaced\s+from|"
                              r"fled|attacked)\s+$", re.IGNORECASE)
#: Where attackers went next: "The same group then moved to Dan Gulbi", "advanced towards
#: Kalkaji" (people are never where a band moves on to).
_MOVED_ON_TO = re.compile(r"\b(?:moved|moving|headed|heading|advanced|advancing|proceeded|"
                          r"marched|pushed|went)\s+(?:on\s+|back\s+)?(?:to|towards?|into)\s+$",
                          re.IGNORECASE)
#: The next item of a list: "Sloviansk|, |Kostiantynivka" (not "Tamerlan and Dzhokhar": two
#: brothers, the second also Grozny's old name).
_LISTED_NEXT = re.compile(r",[^\S\n]*([A-Z][\w'’-]+)\b")
#: … of which people are never the object: "have shelled Kherson" (read as a person).
_BOMBARDED = re.compile(r"\b(?:shelled|shelling|bombed|bombarded|pounded|stormed|overran|"
                        # ("a barrage of rockets … struck Kiryat Shmona")
                        r"struck|hit)\s+$",
                        re.IGNORECASE)
#: The words Levantine place names begin with ("Beit Jinn", "Kafr Nabuda", "Deir Sharaf",
#: "Khirbet Ghazaleh"): no person's name begins so, though NER takes some for people.
_LEVANTINE_PLACE = re.compile(r"(?:Beit|Bayt|Kafr|Kfar|Deir|Dayr|Khirbet|Khirbat|Jabal|Jebel|"
                              r"Wadi|Maarat|Ma'arat|Jisr|Tell|Qasr|Marj|Nahr|"
                              # (Hebrew's: "Kiryat Shmona", "Kibbutz Be'eri", "Ramat Gan")
                              r"Kiryat|Qiryat|Kibbutz|Moshav|Ramat|Givat|Ma['’]ale|Mitzpe)"
                              r"[^\S\n]+[A-Z]")
#: "the (military) post of Ngouboua": francophone news's post at a place (not "a post of the
#: Beninese Armed Forces": whose post).
_POST_OF = re.compile(r"\b(?:military\s+|army\s+)?(?:(?:post|outpost|garrison)\s+of|"
                      # "attacked the army's battalion base at Taung Bazar"
                      r"(?:post|outpost|garrison|base|camp|barracks|checkpoint|airbase|"
                      r"airfield)\s+at)\s+$", re.IGNORECASE)
#: Places named together after a plural place noun: "the villages of Dalne and Voznesenka",
#: "the towns of Sake, Minova and Kalehe".
_PLACES_OF = re.compile(rf"\b(?:villages|towns|cities|settlements|hamlets|localities|"
                        rf"communities|hills)(?:\s+\([^()\n]{{1,30}}\))?\s+of\s+"
                        rf"({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})")
_NAME_IN = re.compile(_NAME)
#: Names listed before one plural area word: "over Mykolaiv, Odesa, Kherson and Khmelnytskyi
#: oblasts", "in Idlib and Hama provinces" (each name is an area, not its homonymous city).
_LISTED_AREAS = re.compile(rf"(?<![\w'’-])({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+"
                           rf"{_NAME})[^\S\n]+(provinces|governorates|oblasts|states|regions|"
                           rf"districts|counties|departments|prefectures)\b")
#: A quarter named after its common noun: "the eastern district of Tariq al-Bab", "the
#: neighbourhood of Bab al-Nairab".
_QUARTER_NAMED = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb)\s+of\s+"
                            r"([A-Z][a-z][\w'’]*(?:[^\S\n]+(?:(?:al|el|as|ash|ad|ar|az|an|at|"
                            r"ez|es|ed|er|en|et|ul|um)-)?[A-Z][\w'’]+){1,2})\b(?![^\S\n]+[A-Z])")
#: The rest of an Arabic name NER cut at its article: " as-Sultan", " ez-Zor", " al-Shughur".
ARABIC_TAIL = re.compile(r"(?:[^\S\n]+(?:al|el|as|ash|ad|ar|az|an|at|ez|es|ed|er|en|et|ul|um)"
                          r"-[A-Z][\w'’]+)+")
#: "Rubaya, a town in Masisi territory", "Tumbun Rego, an island on Lake Chad": an apposition
#: that says what a name is.
_PLACE_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|city|village|"
                          r"hamlet|district|neighbou?rhood|suburb|settlement|locality|"
                          r"municipality|port|commune|island)\b", re.IGNORECASE)
#: Words that make a name NER calls a facility an institution's: a monitor, a committee, a
#: ministry (a hospital, a school or a mosque stays a place where things happen).
_BODY_WORDS = re.compile(r"\b(?:observatory|human\s+rights|committee|organi[sz]ation|agency|"
                         r"ministry|council|association|union|foundation|institute|network|"
                         r"commission|federation|watch)\b", re.IGNORECASE)
#: A house of worship or an institution named for someone: "the parish of Blessed Anuarite",
#: "the church of St Joseph", "the mosque of Imam Ali".
_PATRON_OF = re.compile(r"\b(?:parish|church|chapel|cathedral|basilica|mosque|shrine|monastery|"
                        r"convent|school|college|hospital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
#: A governor's or president's seat, a building in its town: "the Government House in
#: Makurdi", "near State House" (not "the Benue State House of Assembly", a body).
_SEAT_BUILDING = re.compile(r"(?:Government|State)[^\S\n]+House", re.IGNORECASE)
#: The last word of a landform's name: "the Sambisa Forest", "the Nuba Mountains".
_LANDFORM_END = re.compile(r"\s(?-i:Forest|Mountains|Hills|Desert|Valley|Plateau|Plains|"
                           r"Swamps?|Marshes)$")
#: A political party's name: "the Komala party", "the Democratic Party".
_PARTY_END = re.compile(r"\b(?:party|parties)$", re.IGNORECASE)
_POLICE = re.compile(r"\b(?:police|policemen|gendarm\w*|security forces)\b", re.IGNORECASE)
#: Forces a coder keeps apart from a country's military: its police, and a national guard
#: ("soldiers and National Guard troops": two actors, as the gold of every set has them).
_GUARD = re.compile(r"\bnational\s+guard\b|\bguardia\b", re.IGNORECASE)
_APART_FROM_ARMY = re.compile(rf"{_POLICE.pattern}|{_GUARD.pattern}", re.IGNORECASE)
#: Countries whose police are the provinces' or states' own forces, not one national force
#: (Pakistan: Police Order 2002; India: Constitution, Seventh Schedule, State List entry 2):
#: the police at work in Peshawar are the Khyber Pakhtunkhwa Police.
_PROVINCIAL_POLICE = {"Q843", "Q668"}  # Pakistan, India
# ("Barangay Ragayan": the Philippines' word for a village, written before its name; "Tambon
# Bato": Thailand's for a subdistrict)
_BARANGAY_WORD = r"(?:barangay|brgy\.?|tambon)\s+"
BARANGAY = re.compile(rf"(?:the\s+)?{_BARANGAY_WORD}", re.IGNORECASE)
_DETERMINER = re.compile(rf"^(?:(?:the|a|an|some|its|their|his|her)\s+)?"
                         # a hedge is no part of the name: "Suspected Allied Democratic Forces
                         # (ADF) rebels killed 11 civilians" (NER takes it in at a sentence's start)
                         rf"(?:(?:suspected|alleged|presumed|purported)\s+)?(?:{_BARANGAY_WORD})?",
                         re.IGNORECASE)
_GOV_WORDS = re.compile(r"\b(?:ministry|minister|secretariat|government|presidency|president|"
                        r"office|spokes(?:man|woman|person)|authorities|administration|council|"
                        r"cabinet|parliament|governor|defen[cs]e\s+headquarters|general\s+staff|"
                        r"defen[cs]e\s+media|(?:defen[cs]e|state|justice|interior)\s+department|"
                        r"department\s+of\s+(?:defen[cs]e|state|justice))\b", re.IGNORECASE)
_ORG_WORDS = re.compile(r"\b(?:observatory|united nations|u\.?n\.?|agency|committee|red cross|"
                        r"red crescent|human rights|watch|amnesty|news|press|reuters|"
                        r"associated press|afp|bbc|foundation|ngo|organi[sz]ation|unicef|"
                        r"who|ocha|unhcr|doctors|hospital|institute|monitor|"
                        # rescuers, not fighters: "the State Emergency Service", "the fire
                        # brigade", "the Syrian Civil Defence"
                        r"emergency\s+services?|rescue|civil\s+defen[cs]e|ambulance|"
                        r"paramedics?|fire\s+(?:service|department|brigade))\b", re.IGNORECASE)
_STATE_WORDS = re.compile(rf"\b{FORCE_NOUNS}\b", re.IGNORECASE)
#: Titles abbreviated before a name, with or without their stop, one after another.
_TITLES_OPENING = re.compile(rf"(?:(?:{'|'.join(sorted(TITLES))})\b\.?(?:\s+|$))+")
#: An army's unit known by its number: "the 33rd Light Infantry Division", "the 47th
#: Mechanized Brigade" (a state's formation; ACLED codes it as the state's military).
ARMY_UNIT = re.compile(r"\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Division|Brigade|"
                       r"Regiment|Battalion|Corps|Army\s+Corps|Operations\s+Command)"
                       r"|(?:[A-Z][\w-]*\s+)?(?:Infantry|Mechani[sz]ed|Motori[sz]ed|Airborne|"
                       r"Armou?red|Artillery|Rifle)\s+(?:Division|Brigade|Regiment|Battalion)")
#: A state's guard by its name: "the National Guard", "the Republican Guard" (not a word
#: groups' names are made of, nor any force noun).
_A_STATE_GUARD = re.compile(r"\b(?:National|Republican|Presidential|Revolutionary|Coast|Civil)"
                            r"\s+Guards?\b")
#: A police force's unit named without a force's word: "the Counter-Terrorism Department".
_POLICE_UNIT = re.compile(r"\bcounter[- ]?terrorism\s+(?:department|unit|wing)\b", re.IGNORECASE)
#: (An Arabic article alone makes no group: it opens as many place names, "the Wadi al-Shay
#: area", "al-Mawasi"; the words groups' names are made of do.)
_GROUP_WORDS = re.compile(r"\b(?:front|brigade|battalion|group|movement|militia|party|"
                          r"liberation|islamic|jihad|hezbollah|hamas|taliban|shabaab|"
                          r"haram|tahrir|sham|state|army of|mujahideen|ansar|jamaat|jama'at|"
                          r"fmln|farc|eln|isis|isil|daesh|qaeda|qaida|nusra|jabhat|harakat|"
                          r"kataib|kata'ib|asaib|saraya|jaish|hurras|faylaq|ahrar|jund|"
                          r"liwa|tanzim|majlis|katiba)\b", re.IGNORECASE)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    key: str = ""


@dataclass
class Entity:
    key: str
    name: str
    kind: str
    qid: str | None = None
    aliases: set[str] = field(default_factory=set)
    country: str | None = None  # country QID
    admin1: str | None = None  # admin1 QID
    lat: float | None = None
    lon: float | None = None
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    level: str | None = None


#: Words for what happened, which a title-case headline capitalises: never a place's name.
_EVENT_NOUNS = {"clash", "clashes", "attack", "attacks", "strike", "strikes", "airstrike",
                "airstrikes", "raid", "raids", "ambush", "blast", "blasts", "bombing", "bombings",
                "fighting", "battle", "offensive", "truce", "ceasefire", "shelling", "massacre",
                "siege", "assault", "protest", "protests", "riot", "riots", "gunfight",
                "firefight", "explosion", "shootout", "encounter", "killing", "killings"}
#: Words NER tags as places that name no place of their own ("the north", "the capital").
GENERIC_PLACES = re.compile(
    r"^(?:(?:far\s+|extreme\s+)?(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest|north-east|north-west|south-east|south-west|centre|center|interior)(?:ern)?"
    r"|region|area|country|city|capital|border|province|state|countryside|territory|town|village|"
    r"frontline|front|homeland|motherland|mainland|the region|earth|world|west bank|"
    # (a city's old quarter, which news names only with the city: "the Old City of Nablus")
    r"old\s+city|old\s+town|"
    r"kilometers|kilometres|miles)$", re.IGNORECASE)


def strip_determiner(text: str) -> str:
    return _DETERMINER.sub("", text.strip()).strip(" ,.;:'\"")


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", strip_determiner(text).casefold()).strip()


class EntityTable:
    """The entities of one article, built mention by mention."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.entities: dict[str, Entity] = {}
        self.context: set[str] = set()  # country QIDs seen so far
        self.main_country: str | None = None
        #: the country the story's places are in, which ranks homonyms of a place (the main
        #: country may be the one its actors are from)
        self.home_country: str | None = None
        self.redirect: dict[str, str] = {}  # merged entity key → surviving key
        #: a place the story calls a quarter of a town ("Solino, a working-class
        #: neighbourhood …") → that town
        self.quarter_of: dict[str, str] = {}
        #: places the story tells by a bearing from a town ("the Daquq district south of
        #: Kirkuk"): beside the town, never its quarters
        self.beside_a_town: set[str] = set()
        #: a place the story tells inside another ("Hendew village of south Kashmir's Shopian
        #: district", "Kani Township, Sagaing Region") → the places it lies in, as told
        self.within: dict[str, set[str]] = {}
        #: places the story names with a division's word after a place told inside them
        #: ("Manguredjipa, in the Bapere sector")
        self.divisions_told: set[str] = set()
        #: an army's numbered unit → the country told as its owner ("Russia's 1st Army
        #: Corps"), kept apart from the entity's own country, which makes it a country's force
        self.unit_country: dict[str, str] = {}
        #: a round-up's items, each under its country's label ("Turkey: Two soldiers were
        #: killed …"): (start, end, country QID) in the article's text
        self.items: list[tuple[int, int, str]] = []

    def item_country(self, at: int) -> str | None:
        """The country of the round-up item the text at ``at`` is in, if any."""
        return next((qid for s, e, qid in self.items if s <= at < e), None)

    # -- linking ------------------------------------------------------------------------------
    def country_of_adjective(self, adj: str) -> Candidate | None:
        name = DEMONYMS.get(adj.lower())
        if name is None and adj.lower() not in DEMONYMS:
            cand = self.gaz.link(adj, "country")
            # (a loose spelling is no country: "Islamic Emirate forces" are not the United
            # Arab Emirates')
            return cand if cand and cand.kind == "country" and (
                cand.match != "fuzzy" or cand.score >= 0.9) else None
        return self.gaz.link(name, "country") if name else None

    def _from_candidate(self, cand: Candidate, surface: str) -> Entity:
        key = f"gaz:{cand.id}"
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key=key, name=cand.name, kind=cand.kind, qid=cand.qid,
                         country=cand.country, admin1=cand.admin1, lat=cand.lat, lon=cand.lon,
                         level=cand.level)
            self.entities[key] = ent
            if cand.country:
                self.context.add(cand.country)
            # an actor's other names, as the curated file gives them ("Russian Armed Forces"
            # for the Armed Forces of the Russian Federation): labels a reader may search by
            ent.aliases.update(a for a in self.gaz.curated_aliases(cand.id) if a != ent.name)
        if surface and surface != ent.name:
            ent.aliases.add(surface)
        return ent

    def _local(self, key: str, name: str, kind: str, country: str | None = None) -> Entity:
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key=key, name=name, kind=kind, country=country)
            self.entities[key] = ent
        elif name != ent.name:
            ent.aliases.add(name)
        return ent

    def add(self, start: int, end: int, text: str, kind_hint: str | None,
            link: str | None = None) -> Entity | None:
        """Register one mention; returns its entity (None for mentions not worth keeping).
        ``link``: the name to resolve instead of the mention's own words ("Odesa oblast" for
        "Odesa" in "Odesa and Kherson oblasts")."""
        # NER cut short by a hyphenated word: "the health ministry of the (Tripoli-based …)"
        surface = _DANGLING.sub("", strip_determiner(text))
        if len(surface) < 2 or not any(c.isalpha() for c in surface):
            return None
        if BARANGAY.match(text):
            kind_hint = "place"  # "Barangay Hinabangan", which NER may take for a company
        if kind_hint in (None, "place", "gpe") and (GENERIC_PLACES.fullmatch(
                surface) or _LANGUAGES.fullmatch(surface)) and surface.lower() != "west bank":
            return None  # (nor a language: "Wazalendo ('patriots' in Swahili)")
        ent = self._resolve(surface if link is None else link, kind_hint)
        if ent is not None:
            ent.mentions.append((start, end, text))
        return ent

    def _resolve(self, surface: str, kind_hint: str | None) -> Entity | None:
        # NER's GPE: a country, a place or (by metonymy) a state; linked as any kind, and a
        # place when the gazetteer does not know it and its words name no organisation
        fallback = None
        epithet = _STATE_EPITHET.fullmatch(surface)
        if epithet is not None and kind_hint not in ("place", "area", "feature"):
            # "the Zionist regime", "the Kyiv regime": a side's word for its enemy's state
            cand = self.gaz.link(_EPITHET_STATES[epithet.group(1).lower()], "country")
            if cand is not None:
                return self._from_candidate(cand, surface)
        if kind_hint == "area":
            core = split_area(surface)
            # named as news and gazetteers name such areas: "Musakhel district", "Gezira
            # state" (the bare name, which is also a town's, stays an alias)
            word = _AREA_WORD.search(surface)
            name = f"{core} {word.group(0).lower()}" if word is not None and core != surface \
                else core
            ent = self._local(f"name:place:{norm(core)}", name, "place")  # one per name
            if ent.name != core:
                ent.aliases.add(core)
            ent.level = "area"
            return ent
        if kind_hint == "feature":
            core = _FEATURE_AFTER.sub("", surface).strip()
            ent = self._local(f"name:place:{norm(core)}", surface, "place")  # one per name
            if len(surface) > len(ent.name) and ent.name != core:
                # "Balata camp" then "Balata refugee camp": the fuller name
                ent.aliases.add(ent.name)
                ent.name = surface
            ent.aliases.update({core} - {ent.name})
            # (a lake is an area, told more precisely by a place on its shores or islands: "an
            # overnight attack … in the Lake Chad region" … "the post at Kaiga Kindjiria"; a
            # sea is where a ship was hit)
            ent.level = ent.level or ("area" if _LAKE.fullmatch(surface) else "locality")
            town = self.gaz.link(core, "place") if _TOWNS_AIRPORT.search(surface) else None
            if town is not None and town.kind == "place" and town.level == "locality" \
                    and town.lat is not None and ent.lat is None:
                # "Bahir Dar airport": the town's airport, placed where the town is (so that
                # the strike on it told again by the town's name is one)
                ent.country, ent.admin1 = town.country, town.admin1
                ent.lat, ent.lon = town.lat, town.lon
            return ent
        if kind_hint == "settlement":
            ent = self._local(f"name:place:{norm(surface)}", surface, "place")
            ent.level = ent.level or "locality"
            return ent
        if kind_hint == "gpe":
            kind_hint, fallback = None, "place"
        low = surface.lower()
        if low in _TWO_CONGOS:
            # "Congo" names two countries: the one the article's other places are in
            # (Goma, North Kivu → DR Congo), the DRC when nothing tells (by far the most
            # reported on); "DRC" and "DR Congo" are unambiguous
            qid = "Q971" if "Q971" in self.context and "Q974" not in self.context \
                else "Q974"
            cand = self.gaz.link("Republic of the Congo" if qid == "Q971" else
                                 "Democratic Republic of the Congo", "country")
            if cand is not None:
                return self._from_candidate(cand, surface)
        air = AIR_FORCE.fullmatch(surface)
        if air is not None and kind_hint in (None, "state_force", "actor", "organization"):
            # "Ukraine's air force", "the Air Force" (the story's country's): a part of the
            # country's military, as ACLED codes it, known also by the air force's names
            # (told bare, "the Air Force" is whose the story's forces tell, once all are
            # known: pipeline._named_party)
            owner = air.group("owner")
            country = self._country_named(owner) if owner else None
            if country is not None:
                return self.air_force_of(country, surface)
        # nationality + force noun: the country's state forces, one entity per country
        m = _FORCE.fullmatch(surface) or _FORCE.fullmatch(surface[0].upper() + surface[1:])
        if m and m.group("adj") and _NON_STATE_ADJ.fullmatch(m.group("adj")):
            # "Rebel forces", "Opposition fighters": armed, but not a state's
            return self._local(f"name:armed_group:{norm(surface)}", surface, "armed_group",
                               self.main_country)
        if m and kind_hint in (None, "state_force", "actor"):
            cand = self.gaz.link(surface, "state_force")
            if cand is not None and cand.kind == "state_force":
                return self._merge_force(self._from_candidate(cand, surface))
            country = None
            if m.group("adj") and m.group("adj").lower() in ("junta", "regime", "government"):
                country = self.main_country  # "Regime troops …" opening a sentence
            elif m.group("adj"):
                c = self.country_of_adjective(m.group("adj"))
                country = c.qid if c else None
                if c is None:
                    if _COUNT_WORD.fullmatch(m.group("adj")):
                        # "Two soldiers were also killed": how many, not whose
                        surface = surface[m.end("adj"):].strip()
                    return self._local(f"name:state_force:{norm(surface)}", surface,
                                       "state_force")
            else:
                country = self.main_country
            return self._force_of(country, surface)
        if kind_hint == "civilians" or (_CIVILIANS.fullmatch(low) and kind_hint is None):
            country = self.main_country
            return self._local(f"civilians:{country or ''}", "civilians", "civilians", country)
        kinds = [kind_hint] if kind_hint else [None]
        for k in kinds:
            # the article's countries rank homonyms: "Ariha" in Syria, not Jericho
            cand = self.gaz.link(surface, k, self.context,
                                 prefer=self.home_country or self.main_country)
            if cand is not None:
                if cand.kind == "state_force":
                    if self.main_country and cand.country \
                            and cand.country != self.main_country \
                            and _GENERIC_FORCE_NAME.fullmatch(surface):
                        # "Defence and security forces pursued the attackers" in a story
                        # from Niger: the words of many states (Mozambique's FDS by name),
                        # here the story's country's forces (its military, though "security
                        # forces" alone are its police)
                        army = self.gaz.main_force(self.main_country) \
                            if re.search(r"defen[cs]e|army|military", surface, re.IGNORECASE) \
                            else None
                        if army is not None:
                            return self._merge_force(self._from_candidate(army, surface))
                        return self._force_of(self.main_country, surface)
                    return self._merge_force(self._from_candidate(cand, surface))
                return self._from_candidate(cand, surface)
        if kind_hint in (None, "actor", "armed_group", "organization") \
                and re.fullmatch(r"[A-Z][a-z'-]+[a-rt-z]", surface):
            # "Houthi targets", "a Houthi spokesman": a group named in the plural ("Houthis")
            # used as a modifier, linked only by that exact plural
            cand = self.gaz.link(surface + "s", "armed_group")
            if cand is not None and cand.kind == "armed_group" and cand.score >= 1.0:
                return self._from_candidate(cand, surface)
        core = _MEMBER_TAIL.sub("", surface)
        if core != surface and kind_hint in (None, "actor", "armed_group", "state_force"):
            # "3R rebels", "FACA soldiers": the members of an actor the gazetteer knows
            cand = self.gaz.link(core, None, self.context, prefer=self.main_country)
            if cand is not None and cand.kind in ("armed_group", "state_force") \
                    and cand.score >= 1.0:
                ent = self._from_candidate(cand, surface)
                return self._merge_force(ent) if cand.kind == "state_force" else ent
        kind = kind_hint or guess_kind(surface)
        if kind in (None, "actor"):
            kind = guess_kind(surface) or fallback or "organization"
        return self._local(f"name:{kind}:{norm(surface)}", surface, kind)

    def _force_of(self, country: str | None, surface: str) -> Entity:
        if country and _POLICE.search(surface) and self.gaz.get(country) is not None:
            return self.police_of(country, surface)  # "Nigerian police": not its army
        for ent in self.entities.values():
            if ent.kind == "state_force" and country and ent.country == country \
                    and not _GUARD.search(ent.name):
                ent.aliases.add(surface)
                return ent  # (the country's troops are not its national guard)
        if country and not _POLICE.search(surface):
            # "Turkish military personnel": the country's armed forces as the gazetteer names
            # them (Turkish Armed Forces), so every article calls them the same
            cand = self.gaz.main_force(country)
            if cand is not None:
                return self._merge_force(self._from_candidate(cand, surface))
        name = surface
        known = self.gaz.get(country) if country and not _POLICE.search(surface) else None
        if known is not None and known.kind == "country":
            # ACLED's name for a state's military ("Military Forces of the United Kingdom"),
            # not the words of one sentence ("British warplanes")
            name = f"Military Forces of {known.name}"
        return self._local(f"force:{country or norm(surface)}", name, "state_force", country)

    def _country_named(self, words: str) -> str | None:
        """The QID of the country an adjective or a name calls ("Ukrainian", "Ukraine")."""
        cand = self.country_of_adjective(words)
        if cand is None:
            linked = self.gaz.link(words, "country")
            cand = linked if linked is not None and linked.kind == "country" \
                and linked.match != "fuzzy" else None
        return cand.qid if cand is not None else None

    def air_force_of(self, country: str, surface: str) -> Entity:
        """A country's air force: its military's entity (one per country, as for its army),
        with the names the air force goes by ("Ukrainian Air Force", "Air Force of
        Ukraine") among its aliases."""
        ent = self._force_of(country, surface)
        known = self.gaz.get(country)
        if known is not None and known.kind == "country":
            c = known.name
            of = f"the {c}" if _TAKES_THE.match(c) else c
            ent.aliases |= {f"{c} Air Force", f"Air Force of {of}"}
            if (demonym := DEMONYM_OF.get(c)) is not None:
                ent.aliases.add(f"{demonym} Air Force")
        return ent

    def capital_of(self, country: str | None) -> Entity | None:
        """The country's capital city (GeoNames' country table), as an entity of this story:
        "in the capital" names it without its name."""
        cand = self.gaz.capital(country) if country else None
        return self._from_candidate(cand, "") if cand is not None else None

    def army_of(self, country: str) -> Entity | None:
        """A country's military as this story has it: the first of its forces named that is
        not its police, else the gazetteer's armed forces of the country (None if it knows
        none). For a deed told with no doer named that only a state's military does."""
        for ent in self.entities.values():
            if ent.kind == "state_force" and ent.country == country \
                    and not _APART_FROM_ARMY.search(ent.name):
                return ent
        cand = self.gaz.main_force(country)
        return self._merge_force(self._from_candidate(cand, "")) if cand is not None else None

    def force_names(self, ent: Entity) -> set[str]:
        """The names news and coders give a country's armed forces as a whole ("Malian Armed
        Forces", "Armed Forces of Mali", "the Malian army", ACLED's "Military Forces of
        Mali"), for the entity that stands for them: other labels of one actor, so that a
        reader (or a gold file) naming them otherwise finds them. Police, an air force or a
        unit get none."""
        if ent.kind != "state_force" or not ent.country or _POLICE.search(ent.name):
            return set()
        if not ent.key.startswith("force:"):
            main = self.gaz.main_force(ent.country)
            if main is None or ent.key != f"gaz:{main.id}":
                return set()
        country = self.gaz.get(ent.country)
        if country is None or country.kind != "country":
            return set()
        c = country.name
        of = f"the {c}" if _TAKES_THE.match(c) else c
        names = {f"Armed Forces of {of}", f"Military Forces of {of}", f"{c} Armed Forces",
                 f"{c} Army"}
        # (and its army as the gazetteer names it: "Syrian Arab Army", "Pakistan Army")
        names |= {army.name for army in self.gaz.armies(ent.country)}
        demonym = DEMONYM_OF.get(c)
        if demonym:
            names |= {f"{demonym} Armed Forces", f"{demonym} Army", f"{demonym} military",
                      f"{demonym} forces", f"{demonym} troops", f"{demonym} government forces",
                      f"{demonym} security forces"}
        return names - {ent.name}

    def provincial_police_names(self, ent: Entity, admin1s: Iterable[str]) -> set[str]:
        """Where policing is a province's or state's own (``_PROVINCIAL_POLICE``), the names of
        the provincial forces of the provinces the article's events are in ("Khyber
        Pakhtunkhwa Police", "Jammu and Kashmir Police"), for the country's police: the force
        the article calls "police" there, as a reader or a coder names it."""
        if ent.kind != "state_force" or ent.country not in _PROVINCIAL_POLICE \
                or not re.search(r"\bpolice\b", ent.name, re.IGNORECASE):
            return set()
        names = set()
        for qid in admin1s:
            division = self.gaz.get(qid)
            if division is not None and division.country == ent.country:
                names.add(f"{division.name} Police")
        return names

    def police_of(self, country: str, surface: str) -> Entity:
        """A country's police, named as ACLED names them ("Police Forces of Kenya"), or the
        police the article already names for that country ("Kenyan police"): apart from its
        military, as ACLED codes them."""
        for ent in self.entities.values():
            if ent.kind == "state_force" and ent.country == country and _POLICE.search(ent.name):
                ent.aliases.add(surface)
                return ent
        known = self.gaz.get(country)
        name = f"Police Forces of {known.name}" if known is not None else surface
        ent = self._local(f"police:{country}", name, "state_force", country)
        ent.aliases.add(surface)
        if known is not None:
            # what a country's police call themselves ("Nigeria Police Force", "Colombian
            # National Police"), so a reader naming them so finds them
            of = f"the {known.name}" if _TAKES_THE.match(known.name) else known.name
            ent.aliases |= {f"{known.name} Police", f"{known.name} Police Force",
                            f"{known.name} National Police", f"National Police of {of}"}
        demonym = DEMONYM_OF.get(known.name) if known is not None else None
        if demonym:  # ("Somali Police Force", "Congolese National Police")
            ent.aliases |= {f"{demonym} police", f"{demonym} National Police",
                            f"{demonym} Police Force"}
        return ent

    def _merge_force(self, ent: Entity) -> Entity:
        """One country's military in one article is one entity, whatever it is called ("the
        Syrian Army", "Syrian forces", "the Syrian military"); police stay apart (ACLED codes
        military and police forces as different actors)."""
        if _APART_FROM_ARMY.search(ent.name):
            return ent
        for other in list(self.entities.values()):
            if other is not ent and other.kind == "state_force" and other.country \
                    and other.country == ent.country \
                    and not _APART_FROM_ARMY.search(other.name):
                if not other.key.startswith("force:"):  # the first named force survives
                    return self._fold(ent, into=other)
                self._fold(other, into=ent)
        return ent

    def _fold(self, src: Entity, into: Entity) -> Entity:
        """Make ``src`` an alias of ``into``: names, mentions, and its key redirected."""
        into.aliases.add(src.name)
        into.aliases.update(src.aliases)
        into.mentions.extend(src.mentions)
        del self.entities[src.key]
        self.redirect[src.key] = into.key
        return into

    def told_within(self, inner: str, outer: str) -> bool:
        """Whether the story puts place ``inner`` inside ``outer``, directly or through a
        place between."""
        a, b = self.find(inner), self.find(outer)
        if a is None or b is None or a.key == b.key:
            return False
        seen, todo = {a.key}, [a.key]
        while todo:
            for k in self.within.get(todo.pop(), ()):
                e = self.find(k)
                if e is None or e.key in seen:
                    continue
                if e.key == b.key:
                    return True
                seen.add(e.key)
                todo.append(e.key)
        return False

    def find(self, key: str) -> Entity | None:
        while key not in self.entities and key in self.redirect:
            key = self.redirect[key]
        return self.entities.get(key)


_TWO_CONGOS = {"congo", "drc", "d.r. congo", "dr congo", "congo-kinshasa"}


#: Words that make a name a non-state armed group's whatever else it says ("Baloch Liberation
#: Army", "National Resistance Front", "Islamic Jihad"): the decisive part of the group words.
#: A state's army named like a movement: China's People's Liberation Army.
_STATE_ARMY_NAME = re.compile(r"\bPeople['’]s\s+Liberation\s+Army\b(?!.*\b(?:Sudan|SPLA))",
                              re.IGNORECASE)
_INSURGENT_NAME = re.compile(rf"\b(?:liberation|jihad|mujahideen|{_NON_STATE_ADJ.pattern})",
                             re.IGNORECASE)


#: A council of fighters, an armed coalition: "the Mujahideen Shura Council", "the Benghazi
#: Revolutionaries Shura Council".
FIGHTERS_COUNCIL = re.compile(r"\b(?:shura|mujahideen|revolutionaries)\b[\w\s'’-]{0,20}?"
                               r"\bcouncil\b", re.IGNORECASE)
#: A town's name: one to three capitalised words ("Fortul", "Campo Dos", "Um Kadada").
_TOWN_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _town_of_a_known_area(table: EntityTable, text: str, s: int, name: str, comma: int
                          ) -> bool:
    """Whether NER's one name "X, Y" after a place preposition is a town the gazetteer lacks
    and the known place or country it is in ("in Fortul, Arauca", read as an organisation)."""
    head, rest = name[:comma], name[comma + 2:]
    return _TOWN_NAME.fullmatch(head) is not None and guess_kind(head) is None \
        and _LOCATIVE.search(text, max(0, s - 30), s) is not None \
        and _TOWN_NAME.fullmatch(rest) is not None \
        and table.gaz.link(rest, "place") is not None


#: Taken, as only places are: "the army retook Kidal", "captured Pagak".
_TAKEN = re.compile(r"\b(?:captured|seized|recaptured|retook|took\s+control\s+of|entered|"
                    r"liberated)\s+(?:the\s+)?$", re.IGNORECASE)
#: What may follow a place's name where a people's would take a noun ("Fulani herders").
_AFTER_A_PLACE = re.compile(r"(?:[,.;:)]|\s+(?:in|on|at|near|and)\b|\s*$)")
#: A state's forces named by common words only, which many states use: "Defence and Security
#: Forces", "the national army" (not "the FARDC", "the Tatmadaw": one state's by name).
_GENERIC_FORCE_NAME = re.compile(r"(?:the\s+)?(?:(?:national|defen[cs]e|and|security|armed|"
                                 r"defen[cs]e\s+and\s+security|military|army|troops|forces?|"
                                 r"government|regular)\s*)+", re.IGNORECASE)
#: A name with its word for a village, as NER reads it: "Nanjua village".
_A_VILLAGE_NAMED = re.compile(r"[^\S\n](?:village|hamlet)$")
#: A settlement or front after a name: "Kurkujan village", "the Raghwan front".
_SETTLEMENT_NOUN_AFTER = re.compile(r"\s+(?:villages?|town|front|axis)\b")


def _a_town_read_as_a_people(table: EntityTable, text: str, s: int, e: int, name: str) -> bool:
    """Whether a name NER calls a nationality or people (NORP) is a town: no demonym, language
    or people's plural, told where a place goes ("captured Pagak, …", "in the village of
    Sabiid", "shelling hit Sidakan villages")."""
    if table.country_of_adjective(name) is not None or _LANGUAGES.fullmatch(name) \
            or guess_kind(name) is not None or name.endswith("s") or not name[:1].isupper() \
            or name.casefold() in _PEOPLES:
        return False  # (nor a people's name: "gunmen attack Fulani villages")
    before = text[max(0, s - 40):s]
    if _SETTLEMENT_NOUN_AFTER.match(text, e):
        return True
    return bool(_PLACE_CUE.search(before) or _IN_AT.search(before) or _TAKEN.search(before)
                or _DONE_TO_A_PLACE.search(before) or _BOMBARDED.search(before)) \
        and _AFTER_A_PLACE.match(text, e) is not None


#: A local word for a village or quarter right before its name: "the vereda Campo Dos".
_PLACE_CUE_BEFORE_NAME = re.compile(r"\b(?:vereda|corregimiento|barrio|kebele|sitio|tambon)\s+$",
                                    re.IGNORECASE)


def guess_kind(surface: str) -> str | None:
    if FIGHTERS_COUNCIL.search(surface):
        return "armed_group"  # "the Benghazi Revolutionaries Shura Council": no government's
    if _GOV_WORDS.search(surface):
        return "government_body"
    if _INSURGENT_NAME.search(surface) and not _STATE_ARMY_NAME.search(surface):
        return "armed_group"
    if _ORG_WORDS.search(surface):
        return "organization"
    if _STATE_WORDS.search(surface) or _POLICE_UNIT.search(surface) \
            or _A_STATE_GUARD.search(surface) or ARMY_UNIT.fullmatch(strip_determiner(surface)):
        return "state_force"
    if _A_FEDERAL_STATE.fullmatch(surface):
        return None  # "Jonglei State", "Unity State": a country's state, a place
    if _GROUP_WORDS.search(surface) or _GROUP.fullmatch(surface):
        return "armed_group"
    return None


#: A state of a federation by its name: "Jonglei State", "Upper Nile State" (not "Islamic
#: State", nor a group named so: "the Islamic State Sahel Province").
_A_FEDERAL_STATE = re.compile(r"(?:the\s+)?(?!(?:Islamic|Free|Sovereign)\b)(?-i:[A-Z])[a-z'’-]+"
                              r"(?:\s+(?-i:[A-Z])[a-z'’-]+)?\s+(?-i:State)")


def _owner_country(table: EntityTable, text: str, at: int) -> str | None:
    """The country a name is told as belonging to, just before it: "Ukraine's (14th
    Brigade)", "the Ukrainian (47th Brigade)"."""
    before = re.search(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?(?:\s+\d+(?:st|nd|rd|th))?\s+$",
                       text[max(0, at - 40):at])
    return table._country_named(before.group(1)) if before is not None else None


def _a_bodys(table: EntityTable, name: str, feature: str) -> bool:
    """Whether "NAME base" is a body's base ("the MINUSCA base"), not a place's."""
    if not feature.strip().lower().endswith("base"):
        return False
    core = strip_determiner(name)
    known = table.gaz.link(core)
    # (an acronym names a body: "the MINUSCA base", "the UNIFIL base")
    return guess_kind(core) is not None or (core.isupper() and len(core) > 2) or (
        known is not None and known.kind not in ("place", "country"))


def _a_town(table: EntityTable, name: str) -> bool:
    """Whether the gazetteer's entry for a bare name is a town (or nothing), not an area."""
    cand = table.gaz.link(strip_determiner(name), "place")
    return cand is None or cand.level in ("locality", "neighbourhood")


def _settlement_name(table: EntityTable, name: str) -> bool:
    """Whether a name before "village"/"area" is a small place of its own: not a place, group
    or body the gazetteer knows ("the Gaza area" is Gaza's), not a generic word ("the border
    area"), no people's ("the Palestinian village of al-Mughayyir") and no group's or
    organisation's name ("the Fano militia area")."""
    core = strip_determiner(name)
    # (an Arabic article opens place names as well as groups' names: "the al-Mawasi area")
    return table.gaz.link(core) is None and not GENERIC_PLACES.fullmatch(core) \
        and core.casefold() not in _PEOPLES and table.country_of_adjective(core) is None \
        and guess_kind(re.sub(r"^[ae]l-", "", core, flags=re.IGNORECASE)) is None \
        and not _SETTLEMENT_STOP.search(core)


#: Where a name lies, told after it: "(Ras al-Ayn) in northern Syria" (a person is not "in
#: northern Syria" straight after the name).
_IN_A_REGION_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:north|south|east|west|central|"
                                r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
                                r"[A-Z]")


#: A town named in apposition to its common noun: "the state capital, Tuxtla Gutiérrez".
_TOWN_APPOSED_BEFORE = re.compile(r"\b(?:capital|city|town|village|port)\s*,\s*$",
                                  re.IGNORECASE)


def _located(table: EntityTable, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place with coordinates."""
    place = table.gaz.link(name, "place")
    return place is not None and place.lat is not None


def _a_towns_institution(table: EntityTable, name: str) -> bool:
    """Whether ``name`` is an institution named after the town it is in ("Quetta Press
    Club", "Zawiya Martyrs Hospital"), the gazetteer knowing the town; a press club is
    always named by its town ("the Parachinar Press Club"), known or not."""
    seat = _TOWNS_INSTITUTION.fullmatch(name)
    return seat is not None and (_located(table, seat.group(1)) or (
        name.endswith("Press Club") and not _NO_TOWN_S_CLUB.match(seat.group(1))))


#: A press club named by no town: "the National Press Club", "the Foreign Correspondents' …".
_NO_TOWN_S_CLUB = re.compile(r"(?:National|Foreign|International|Overseas|Capital|Central|City|"
                             r"State|Provincial|District|Regional|Reporters|Journalists)\b")


#: An airport called by its town's name and a common noun: "Bahir Dar airport".
_TOWNS_AIRPORT = re.compile(r"\s(?:international\s+)?(?:airport|airfield|air\s*base)$")
#: A site's name ends with what it is: "Aden Adde International Airport", "Benadir Hospital".
_NAMED_SITE = re.compile(r"\s(?:(?:International\s+)?Airport|Air\s*[Bb]ase|Airfield|Seaport|"
                         r"Stadium|Hospital|Prison|University|Palace|Barracks|Hotel)$")
#: A building's word in a name: "Shahjalal University of Science and Technology", "the Temple
#: of the Tooth".
_INSTITUTION = re.compile(r"\b(?:University|Temple|Mosque|Church|Cathedral|Hospital|Stadium|"
                          r"College|Courthouse|Monument|Memorial|Basilica|Chapel|Monastery|"
                          r"Convent|Seminary|School)\b")
#: A site named after its saint: "St Mary's Cathedral", "St. Theresa's Catholic Church".
SAINT_S_SITE = re.compile(r"\b(?:St\.?|Saint)[^\S\n]+[A-Z][\w-]+(?:[^\S\n]+(?-i:[A-Z])[\w-]+)?"
                           r"['’]s?[^\S\n]+(?:(?:Catholic|Anglican|Orthodox|Coptic|Evangelical|"
                           r"Methodist|Baptist|Lutheran|Presbyterian|Parish|Secondary|Primary|"
                           r"High)[^\S\n]+)?(?:Church|Cathedral|Basilica|Chapel|Monastery|"
                           r"Convent|Seminary|School|College|Hospital)\b")
#: A landmark's common noun after a name NER takes for a person's: "the Loy Charahi bazaar"
#: (lower case: "Ahmed Road" may be a street, "Ahmed Hospital" is read as a site above).
_LANDMARK_AFTER = re.compile(r"\s+(?:bazaar|market|mosque|bridge|roundabout|junction|"
                             r"checkpoint|crossing|square|street|road|highway)\b")


def _person_surnames(doc: Any) -> set[str]:
    """The surnames of the people the story names in full. "Ashford said", after "said Brig.
    Gen. Thomas Ashford", is that man (NER may call him an organisation, and Ashford is a town
    in Kent); taken so only where the name speaks (:func:`_speaks`): NER's people are often
    towns ("captured Ponnagyun")."""
    return {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
            and ent[-1].text[:1].isupper()}


def _speaks(text: str, s: int, e: int) -> bool:
    """The name at ``text[s:e]`` is who says something: "Ashford said", "said Ashford"."""
    return _SAYS_AFTER.match(text, e) is not None \
        or _SAID_BEFORE.search(text, max(0, s - 20), s) is not None


#: A ship named after its noun: "the vessel, the Amber Coast", "the tanker Sounion".
_SHIP_BEFORE = re.compile(r"\b(?:vessel|ship|tanker|freighter|carrier|boat|yacht|ferry|"
                          # ("the submarine USS Florida", "the destroyer HMS Diamond")
                          r"submarine|destroyer|frigate|warship|cruiser|corvette)"
                          r",?[^\S\n]+(?:the[^\S\n]+)?(?:(?-i:USS|HMS|INS|HMCS)[^\S\n]+)?"
                          r"[\"“]?$|\b(?-i:USS|HMS|HMCS)[^\S\n]+$", re.IGNORECASE)
#: An outlet named after a place: "the Houthi-controlled Saba news agency".
_OUTLET_AFTER = re.compile(r"[^\S\n]+(?:news[^\S\n]+agency|[Tt]elevision|TV)\b")
#: Faiths and churches' denominations, which name no place nor body alone: "an attack on a
#: Pentecostal service", "a Catholic church".
_FAITHS = frozenset({
    "christian", "muslim", "jewish", "catholic", "hindu", "sikh", "buddhist", "pentecostal",
    "evangelical", "anglican", "baptist", "methodist", "protestant", "orthodox", "coptic",
    "lutheran", "presbyterian", "adventist",
    # (and their scriptures: "burning pages of the Holy Quran")
    "quran", "holy quran", "koran", "holy koran", "qur'an", "bible", "holy bible", "torah"})
#: Faiths and peoples whose name, before "village" or "area", says whose it is: "the Alawite
#: village of al-Mukhtariya", "a Druze village", "the Fulani area".
_PEOPLES = frozenset({
    "alawite", "druze", "christian", "muslim", "jewish", "catholic", "hindu", "sikh", "shia",
    "shiite", "sunni", "ismaili", "yazidi", "kurdish", "arab", "bedouin", "assyrian",
    "armenian", "turkmen", "hazara", "pashtun", "baloch", "tajik", "uzbek", "fulani", "tuareg",
    "hausa", "tiv", "berom", "rohingya", "kachin", "karen", "karenni", "shan", "chin", "amhara",
    "tigrayan", "oromo", "somali", "masalit", "zaghawa", "nuer", "dinka", "lendu", "hema",
    "banyamulenge", "tutsi", "hutu", "anglophone", "francophone"}) | _FAITHS
#: Capitalised words before "area" that name no place: "the Border Area", "Security Zone".
_SETTLEMENT_STOP = re.compile(r"\b(?:border|security|military|industrial|old|new|city|capital|"
                              r"restricted|buffer|demilitari[sz]ed|tribal|rural|urban|coastal|"
                              r"frontier|operational|residential|commercial|control|gaza)\b",
                              re.IGNORECASE)


def split_area(surface: str) -> str:
    """The name of an area from its phrase: "province of Hodeidah", "Gao region" → the name."""
    return _AREA_AFTER.sub("", _AREA_BEFORE_START.sub("", surface)).strip() or surface


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
#: A common noun that makes the name before it a part of a place, not a landmark.
_PART_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|suburbs?|districts?|areas?|"
                         r"villages?|towns?|sectors?|zones?|regions?|provinces?)\b", re.IGNORECASE)
#: A town's road after its name, which the article before the name is for: "near the (Surab)
#: bypass" names the town's bypass, no landmark called Surab (but "the Sheskharis terminal"
#: is a site's name).
_A_NOUN_AFTER = re.compile(r"[^\S\n]+(?:bypass|ring[^\S\n]+road|road|highway|motorway|route|"
                           # (or its occurrence: "did not comment on the Metula strike", "the
                           # Kuriga abduction")
                           r"strikes?|attacks?|bombings?|shelling|massacres?|raids?|"
                           r"abductions?|kidnappings?|killings?|ambush|blasts?|explosions?|"
                           r"clashes|fighting|offensive|assault)\b")
#: Time zones NER takes for organisations.
_TIME_ZONE = re.compile(r"(?:GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|"
                        r"AST|WAT|CAT|EAT|SAST|PKT|MSK|JST|AEST|ICT|WIB)(?:[+-]\d{1,2})?")
#: A clock time NER may read as a name: "at around 11:30pm", "at 4 a.m.".
_CLOCK_TIME = re.compile(r"(?:(?:about|around)\s+)?\d{1,2}(?:[:.]\d{2})?[^\S\n]*"
                         r"(?:[ap]\.?m\.?|hrs|h)?", re.IGNORECASE)
#: A feast or a season NER may read as a place: "during the Easter period", "the Eid holiday".
_TIME_NAME = re.compile(r"(?:the\s+)?(?:(?:Orthodox|Catholic)\s+)?(?:Easter|Christmas|Ramadan|"
                        r"Eid(?:\s+al-\w+)?|Passover|Hanukkah|Nowruz|Lent|Diwali|Tet|Yom\s+Kippur)"
                        r"(?:\s+(?:period|holiday|holidays|season|weekend|week|eve|day|truce|"
                        r"ceasefire|break))?")


def collect(doc: Any, to_original: Any, table: EntityTable,
            gaz_matches: list[tuple[int, int, str]], text: str | None = None,
            recased: bool = False) -> list[Mention]:
    """All mentions in a spaCy doc, registered in ``table`` (original offsets). ``text`` is
    the doc's text when the caller has it (``Doc.text`` re-joins every token); ``recased``:
    it is all-caps copy recased by guess, so a name's lack of a capital says nothing."""
    text = doc.text if text is None else text
    found: list[Mention] = []
    spans: list[tuple[int, int]] = []
    # "attacked a Dogon village in the commune of Madougou", "a Teke village": a people's
    # name, no place's, wherever the story names it ("attack on Teke village", "the Teke
    # community"), unless the gazetteer knows a place so named
    kinds = {told for told in (m.group(1) or m.group(2)
                               for m in _A_KIND_OF_SETTLEMENT.finditer(text))
             if table.gaz.link(told, "place") is None}

    def take(s: int, e: int, kind: str | None, link: str | None = None) -> None:
        if kind in ("place", "settlement", "area") and text[s:e] in kinds:
            return
        if any(a < e and s < b for a, b in spans):
            return
        mention_text = text[s:e]
        ent = table.add(to_original(s), to_original(e), mention_text, kind, link)
        if ent is not None:
            spans.append((s, e))
            found.append(Mention(to_original(s), to_original(e), mention_text, ent.kind, ent.key))
            if ent.kind == "state_force" and ent.key not in table.unit_country \
                    and ARMY_UNIT.fullmatch(strip_determiner(mention_text)):
                owner = _owner_country(table, text, s)  # "Ukraine's 14th … Brigade"
                if owner is not None:
                    table.unit_country[ent.key] = owner
            if ent.kind == "place" and ent.level is None and not ent.qid and ((
                    _THE_BEFORE.search(text, max(0, s - 4), s)
                    and not _AREA_WORD.search(mention_text)
                    and not _PART_AFTER.match(text, e) and not _A_NOUN_AFTER.match(text, e))
                    or _INSTITUTION.search(mention_text)):
                # "near the Raj Bhavan", "at the Central Shaheed Minar": a building or a
                # landmark the gazetteer does not know, in a town (towns take no article; an
                # institution's name says what it is: "near Shahjalal University of Science
                # and Technology")
                ent.level = "landmark"

    for m in _NAMED_UNIT.finditer(text):
        first = m.group(1).split()[0]
        if table.country_of_adjective(first) is None \
                and guess_kind(m.group(1)) in (None, "armed_group"):
            take(m.start(1), m.end(1), "armed_group")  # (not "the Ukrainian battalion")
    for m in SAINT_S_SITE.finditer(text):
        # "St Mary's Cathedral", "St Theresa's Catholic Church": a church (or a school, a
        # hospital) named after its saint, one site (not Mary, a city in Turkmenistan, nor a
        # person "St John")
        take(m.start(), m.end(), "place")
    for m in _OPERATION_NAME.finditer(text):
        # "Troops of Operation Hadin Kai", "the Air Component of Operation Hadin Kai": NER
        # reads the name alone as a person's, or nothing at all
        take(m.start(), m.end(), "state_force")
    for m in _STATION.finditer(text):
        # "the Pezu police station": a station named after the place it guards (not "Pezu
        # police", a force)
        if guess_kind(m.group(1)) is None and table.country_of_adjective(m.group(1)) is None:
            take(m.start(1), m.end(1), "settlement")
    for m in (*_STATION_OF.finditer(text), *_QUARTER_OF_A_KIND.finditer(text)):
        if guess_kind(m.group(1)) is None and table.country_of_adjective(m.group(1)) is None:
            take(m.start(1), m.end(1), "settlement")
    for m in _NAMED_SETTLEMENT.finditer(text):
        # "in Nyaung Pin Thar village": a village of several words the gazetteer lacks, before
        # a shorter name inside it does ("Nyaung", a town elsewhere); one-word names wait for
        # NER and the gazetteer below
        if len(m.group(1).split()) > 1 and _settlement_name(table, m.group(1)) \
                and not re.search(r"['’]s\s", m.group(1)) \
                and not re.match(r"\s+of\b", text[m.end():]):
            # (not "Port-au-Prince's Delmas area", whose; nor "the Chittagong Hill Tracts
            # town of Khagrachhari", where the town is named after)
            take(m.start(1), m.end(1), "settlement")
    for m in _APPOSED_RURAL_DIVISION.finditer(text):
        # "in Campo Dos, a corregimiento of Tibú": a place, whatever NER reads in the name
        # (an organisation's)
        take(m.start(1), m.end(1), "place")
    for m in _BARANGAY_NAMED.finditer(text):
        if guess_kind(m.group(1)) is None:
            take(m.start(), m.end(), "settlement")
    for m in _VEREDA_NAMED.finditer(text):
        if guess_kind(m.group(1)) is None:
            take(m.start(1), m.end(1), "settlement")
    for m in _TOWN_S_FRONT.finditer(text):
        # "in the Hadrut direction": the town the front is named by, where the fighting was
        # (as the gazetteer knows it, or a town it lacks)
        known = table.gaz.link(m.group(1), "place")
        if (known is not None and known.kind == "place") or _settlement_name(table, m.group(1)):
            take(m.start(1), m.end(1), "place")
    for m in _NAMED_PLACE.finditer(text):
        # "near the town of Gida Ayana": a name of several words the phrase calls a place,
        # before NER cuts it ("Gida" a place, "Ayana" a person)
        if len(m.group(1).split()) > 1 and guess_kind(m.group(1)) is None \
                and table.country_of_adjective(m.group(1).split()[-1]) is None \
                and not _NAME_GOES_ON.match(text, m.end(1)) \
                and not re.search(r"['’]s\b", m.group(1)):
            # (not part of a longer name, "Puerto El Carmen de Putumayo", nor an owner and
            # what it owns, "the main town of Pakistan's Bajaur district")
            take(m.start(1), m.end(1), "place")
    for m in (*_RAIDED_IN_DIVISION.finditer(text), *_PLACES_AROUND.finditer(text),
              *_A_VILLAGE_IN.finditer(text), *_AND_AROUND_IT.finditer(text)):
        # "raided Mayikengo in the Lubero territory" (what lies in a division), "raided
        # villages around Um Kadada": places, though NER saw no name in them
        if guess_kind(m.group(1)) is None \
                and table.country_of_adjective(m.group(1).split()[-1]) is None \
                and not _NAME_GOES_ON.match(text, m.end(1)):
            take(m.start(1), m.end(1), "place")
    for m in _AGAINST_THE_STATE.finditer(text):
        # "anti-junta forces", "anti-government fighters": armed, and against the state
        take(m.start(), m.end(), "armed_group")
    # generic force phrases first ("Syrian forces" must not become the country Syria)
    for m in _FORCE.finditer(text):
        if m.group("adj") and _FORCES_SITE.match(text, m.end()) \
                and table.country_of_adjective(m.group("adj")) is None:
            continue  # "the Morozovsk military air base": a town's site (not "a Syrian army
            # base", the army's)
        if m.group("adj") and _A_NAME_ENDS.fullmatch(m.group("adj")) \
                and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "National Guard troops", "Frontier Corps personnel", "Nigerian Air
            # Force jets": the members of a force named before them, not a force "Guard"
        take(m.start(), m.end(), "state_force")
    for m in _OWNED_AIR_FORCE.finditer(text):
        take(m.start(), m.end(), "state_force")  # "Ukraine's air force said it had downed …"
    for m in _BARE_FORCE.finditer(text):
        # "police arrested five men": the police no adjective names, the story's country's
        if not _ACCORDING_TO.search(text, max(0, m.start() - 16), m.start()):
            take(m.start(), m.end(), "state_force")
    for m in _DEMONYM_REBELS.finditer(text):
        # "Syrian rebels", "Congolese militiamen": a country's insurgents, not its forces nor
        # the country (its demonym is also a name of the country in the gazetteer)
        if table.country_of_adjective(m.group(1)) is not None:
            take(m.start(), m.end(), "armed_group")
    for m in _MEMBERS_OF.finditer(text):
        # "14 suspected members of Los Lobos": a group, whatever else the name may be
        if guess_kind(m.group(1)) in (None, "armed_group") \
                and not table.gaz.link(m.group(1), "country"):
            take(m.start(1), m.end(1), "armed_group")
    for m in _HYPHENED_NAME.finditer(text):
        # "Mazar-i-Sharif": a name NER cuts at its first hyphen ("Mazar", a town in Syria),
        # taken whole when the gazetteer knows it whole
        cand = table.gaz.link(m.group(0), "place")
        if cand is not None and cand.kind in ("place", "country"):
            take(m.start(), m.end(), "place")
    for m in _STREET_FIRST.finditer(text):
        # "Avenida Paulista", "Rua Augusta": a street, whose name alone is no town ("Augusta"
        # is also an old name of London)
        take(m.start(), m.end(), "feature")
    def feature_end(s: int, e: int) -> int | None:
        """The end of "NAME camp/road/forest/…", unless the gazetteer knows the whole phrase
        or the name is a country's ("the Lebanon border crossing")."""
        feature = _FEATURE_AFTER.match(text, e)
        if feature is None or table.gaz.link(text[s:e], "country") is not None \
                or _a_bodys(table, text[s:e], feature.group(0)) \
                or table.gaz.link(text[s:feature.end()], "place") is not None \
                or re.search(r"\b(?:an?|one|another)\s+$", text[max(0, s - 8):s], re.I):
            # (nor an organisation's: "a Frontier Corps camp in Bela" is a camp, not a name)
            return None
        return feature.end()

    for m in ROAD_BETWEEN_TOWNS.finditer(text):
        take(m.start(1), m.end(), "feature")
    for m in _PERSON_S_AIRPORT.finditer(text):
        if table.gaz.link(m.group(1), "place") is None \
                and table.gaz.link(m.group(0), "place") is None:
            # "the Aden Adde International Airport": an airport named after a person, one
            # site (not Aden, a town in another country, and a stray "International Airport"),
            # a landmark of the town the story is in, however NER cut the name
            before = len(found)
            take(m.start(), m.end(), "place")
            if len(found) > before and (site := table.find(found[-1].key)) is not None \
                    and not site.qid:
                site.level = "landmark"
    for m in _WATER.finditer(text):
        take(m.start(), m.end(), "feature")  # "the Gulf of Aden" is no port of Aden
    for m in _PLACES_OF.finditer(text):
        for n in _NAME_IN.finditer(text, m.start(1), m.end(1)):
            take(n.start(), n.end(), "place")
    for m in _LISTED_AREAS.finditer(text):
        # "Mykolaiv, Odesa, Kherson and Khmelnytskyi oblasts": each name with the area word
        # is what the gazetteer knows as the area ("Odesa oblast" is Odesa Oblast, not the
        # city; "Kherson", read alone, NER took for a person)
        word = m.group(2)[:-1].lower()
        for n in _NAME_IN.finditer(text, m.start(1), m.end(1)):
            name = f"{n.group(0)} {word}"
            cand = table.gaz.link(name, "place")
            if cand is not None and cand.kind == "place" and cand.level in ("admin1", "admin2"):
                take(n.start(), n.end(), "place", name)

    for m in _NAMED_AREA.finditer(text):
        # "the Kafr Sousa district of Damascus": a district of several words the gazetteer
        # lacks, before a shorter name inside it does ("Kafr", a village elsewhere; and
        # "Baghlan-e-Markazi district", one word NER cuts at its first hyphen)
        if (len(m.group(1).split()) > 1 or m.group(2) == "Township"
                or re.search(r"\w-\w+-\w", m.group(1))) \
                and not _OPENING_WORD.match(m.group(1)) \
                and (not table.gaz.link(m.group(1), "place") or (
                    # "in Hlaing Tharyar Township" (the capital: the division's own name): a
                    # township the gazetteer knows only as a town spelled otherwise
                    # ("Hlaingthaya", which the text never matched), a settlement
                    m.group(2) == "Township"
                    and not any(a <= m.start(1) < b for a, b, _k in gaz_matches))) \
                and not GENERIC_PLACES.fullmatch(m.group(1)) and guess_kind(m.group(1)) is None \
                and table.country_of_adjective(m.group(1).split()[0]) is None \
                and not re.search(r"['’]s\b", m.group(1)):
            take(m.start(1), m.end(2),
                 "settlement" if table.gaz.link(m.group(1), "place") else "area")
    for ent in doc.ents:
        if ent.label_ == "ORG" and len(ent) > 2 and "\n" not in ent.text \
                and _INSURGENT_NAME.search(ent.text) and not _STATE_ARMY_NAME.search(ent.text):
            # "The Balochistan Liberation Front claimed responsibility": a movement named
            # after its land is the movement, before the gazetteer's place in its name
            take(ent.start_char + (4 if ent.text.startswith(("The ", "the ")) else 0),
                 ent.end_char, "armed_group")
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and len(ent) > 1 and "\n" not in ent.text \
                and any(ent.start_char <= a and b <= ent.end_char and b - a < len(ent.text)
                        for a, b, _kind in gaz_matches) \
                and (cand := table.gaz.link(strip_determiner(ent.text), "place")) is not None \
                and cand.kind == "place" and cand.match == "exact":
            # "in Kafr Taal": NER's whole name, which the gazetteer knows spelled otherwise
            # ("Kafr Ta`al"), before a shorter name inside it the gazetteer matched ("Kafr",
            # a village elsewhere)
            take(ent.start_char, ent.end_char, "place")
        elif ent.label_ in ("FAC", "ORG", "GPE", "LOC") \
                and (site_word := _NAMED_SITE.search(ent.text)) is not None \
                and "\n" not in ent.text and any(
                    ent.start_char <= a and b < ent.start_char + site_word.start()
                    for a, b, _kind in gaz_matches) \
                and table.gaz.link(strip_determiner(ent.text), "place") is None \
                and not _a_towns_institution(table, strip_determiner(ent.text)):
            # "near the perimeter of Aden Adde International Airport": a site named after
            # someone or something, not the town its first word names (Aden); a landmark of
            # the town the story is in (but "Peshawar University" is the town's, told below)
            before = len(found)
            take(ent.start_char, ent.end_char, "place")
            if len(found) > before and (site := table.find(found[-1].key)) is not None \
                    and not site.qid:
                site.level = "landmark"
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and "\n" not in ent.text \
                and any(ent.start_char < a and b <= ent.end_char for a, b, _k in gaz_matches) \
                and (_SAID_BEFORE.search(text, max(0, ent.start_char - 12), ent.start_char)
                     or _PERSON_APPOSED.match(text, ent.end_char)):
            # "…, said Khalid Jassim, a member of the provincial council": a person told as
            # one, whose surname the gazetteer spells like a town (Jasim, in Syria)
            take(ent.start_char, ent.end_char, "person")
    for m in _QUARTER_NAMED.finditer(text):
        # "In the eastern district of Tariq al-Bab": a quarter of several words no gazetteer
        # knows, not the town its last words name (al-Bab, 40 km away)
        if any(m.start(1) < a and b == m.end(1) for a, b, _k in gaz_matches) \
                and table.gaz.link(m.group(1), "place") is None:
            take(m.start(1), m.end(1), "place")
    for s, e, kind in gaz_matches:  # gazetteer names, longest first
        if kind == "place" and (_SHIP_BEFORE.search(text, max(0, s - 40), s)
                                or _OUTLET_AFTER.match(text, e)):
            continue  # "the submarine USS Florida", "the Saba news agency": no place (a
            # country's outlet, "a Sudan TV crew", still tells whose)
        if kind == "place" and (end := feature_end(s, e)) is not None:
            take(s, end, "feature")
            continue
        if kind == "place" and text.startswith(" City", e) and not text[e + 5:e + 6].isalpha() \
                and table.gaz.link(text[s:e + 5], "place") is not None:
            take(s, e + 5, kind)  # "Gaza City", "Kuwait City": "City" is part of the name
            continue  # (ISW's "Lviv City" is Lviv)
        if kind == "place":  # "the province of Idlib", "Hodeidah province": the area
            before = _AREA_BEFORE.search(text, max(0, s - 30), s)
            if before is not None and re.search(r"[A-Z][\w'’-]+\s+$", text[max(0, before.start(1)
                                                                         - 30):before.start(1)]):
                before = None  # "the Barmal district of Paktika province": Barmal's district
            after = _AREA_AFTER.match(text, e)
            if before is not None or after is not None:
                s2 = before.start(1) if before is not None else s
                e2 = after.end() if after is not None else e
                linked = table.gaz.link(strip_determiner(text[s2:e2]), "place")
                if linked is not None and not _seat_for_its_lga(linked, after):
                    take(s2, e2, kind)
                    continue  # (not "Talata Mafara Local Government Area", linked to its
                    # town by the name alone: the area, below)
                if not _a_town(table, text[s:e]):
                    take(s, e, kind)  # "North Kivu province": the gazetteer's area itself
                    continue
                # an area the gazetteer lacks is not its homonymous town: "Mali's Gao region"
                # is not the city of Gao (nor more precise than a village in it)
                take(s2, e2, "area")
                continue
        take(s, e, kind)
    wrapped = hard_wrapped(text)
    surnames = _person_surnames(doc)
    for ent in doc.ents:
        label = ent.label_
        s, e = ent.start_char, ent.end_char
        if label == "PERSON" and len(ent) == 1 and table.country_of_adjective(ent.text):
            label = "NORP"  # "an Azerbaijani unmanned aerial vehicle struck …": whose, no one
        if len(ent) == 1 and ent.text in surnames and label in ("ORG", "GPE", "PERSON") \
                and _speaks(text, s, e):
            take(s, e, "person")
            continue
        cut = -1 if wrapped else text.find("\n", s, e)
        if cut != -1:
            # "… homes in al-Mughayyir\nLive updates": a name never runs across a line break
            # (a headline glued to the next line; unless the text is wrapped at a fixed
            # width); the first line's part is the name
            e = len(text[:cut].rstrip())
            if e <= s:
                continue
        name = text[s:e]
        paren = name.rfind(" (")
        if paren > 0 and ")" not in name[paren:]:
            # "the Imphal-Jiribam national highway (NH-37": NER stops inside a bracket;
            # the name is what comes before it
            e = s + paren
            name = text[s:e]
        comma = name.find(", ")
        if comma > 0 and name[comma + 2:comma + 3].isupper() \
                and (table.gaz.link(strip_determiner(name[:comma]), "place") is not None
                     or _town_of_a_known_area(table, text, s, name, comma)):
            # "north of Rafah, Nasser Medical Complex in Khan Younis said": a town, then a
            # name of its own, never one name; "officials in Fortul, Arauca": a town the
            # gazetteer lacks, then the area it is in
            take(s, s + comma, "place")
            s += comma + 2
            name = text[s:e]
        of = re.search(r"\s+of\s+(?=[A-Z])", name)
        if of is not None and _PLACE_CUE_BEFORE_NAME.search(text, max(0, s - 40), s) \
                and _TOWN_NAME.fullmatch(name[of.end():]) and guess_kind(name[of.end():]) is None:
            # "In the vereda Campo Dos of Tibu", read as one name: a village, then the
            # municipality it is in
            take(s + of.end(), e, "place")
            e = s + of.start()
            name = text[s:e]
        if (near := _PLACE_PREPOSITION.match(name)) is not None:
            # "Near Tal Tamr, a drone strike on a car …": NER took the sentence's opening
            # preposition for part of a name (a person's); what follows it is a place
            s += near.end()
            name = text[s:e]
            label = "GPE"
        if label in ("PERSON", "ORG") and (ruler := _RULER_OF.fullmatch(name)) is not None \
                and guess_kind(ruler.group(1)) is None:
            # "the Fon of Bambalang", "the Emir of Kauru": a ruler named by the town he rules
            take(s + ruler.start(1), s + ruler.end(1), "place")
            continue
        if (title := _TITLES_OPENING.match(name)) is not None:
            # "Brig. Gen. Nabil Abdallah": NER reads "Brig." as a name of its own (a person's,
            # even a place's), or the titles as part of the person's name: the name is after
            if title.end() == len(name):
                continue
            if label == "PERSON":
                s += title.end()
                name = text[s:e]
        if _TIME_ZONE.fullmatch(name) or _CLOCK_TIME.fullmatch(name) \
                or (label in ("GPE", "LOC", "FAC") and _TIME_NAME.fullmatch(name)):
            # (nor "the Easter period" a place)
            continue  # "at 04:00 local time (02:00 GMT)": a clock, not an organisation
        if _SHIP_BEFORE.search(text, max(0, s - 40), s):
            continue  # "The vessel, the Amber Coast, was hit": a ship's name, no place
        if label in ("GPE", "LOC", "FAC") and _OUTLET_AFTER.match(text, e) \
                and table.gaz.link(name, "country") is None:
            continue  # "the Saba news agency made no mention of the airport": an outlet
        if label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and not any(
                c.isupper() for c in name) and guess_kind(name) is None \
                and not (recased and label in ("GPE", "LOC", "FAC")):
            continue  # "Drone strike on minibus kills at least nine", "debris hit a van": a
            # place, a person or a body has a name, and a name a capital (group words
            # apart: "khawarij"; nor a place where the capitals were guessed: in all-caps
            # MUC-4 copy a town named by English words, recased so, has none)
        if label in ("GPE", "LOC", "FAC") and name.lower() in _EVENT_NOUNS:
            continue  # "10 Soldiers Killed in Clash With FARC in Cauca": a title-case headline's
            # word for what happened, no town
        if len(ent) == 1 and ent[0].tag_ == "RB" and re.fullmatch(r"[A-Z][a-z]+ly", name):
            continue  # "Heavily armed members of the gang …": an adverb opening a sentence
        if label in ("GPE", "LOC", "FAC") and _CLAN_AFTER.match(text, e):
            continue  # "militias from the Marehan and Dir clans": a clan, no place (Dir)
        if label in ("GPE", "LOC", "FAC", "ORG") \
                and strip_determiner(name).casefold() in _FAITHS:
            continue  # "an attack on a Pentecostal service": a faith's word (not a people's,
            # some of which name regions too: Amhara, Kachin, Karenni)
        if _WEAPON_ACRONYM.fullmatch(name) or (_WEAPON_MODEL.fullmatch(name)
                                                and _WEAPON_KIND_AFTER.match(text, e)):
            continue  # "a Russian FPV drone", "HIMARS rockets": a kind of weapon, no body
        inside = re.search(r"\s+in\s+(?=[A-Z])", text[s:e]) if label in ("GPE", "LOC") or (
            label == "ORG" and (_PLACE_CUE.search(text[max(0, s - 40):s])
                                or _LOCAL_GOVERNMENT_TAIL.search(text[s:e]))) else None
        if inside is not None:
            # "the village of Bangkal in Patikul town", read by NER as one name: two places,
            # the first inside the second
            take(s, s + inside.start(), "place")
            take(s + inside.end(), e, "place")
            continue
        if text[e - 2:e] in ("'s", "’s") and e - s > 2:
            e -= 2  # "in Kupwara district's Machil sector", "Al Jazeera's correspondent",
            # "the National Unity Government's defence ministry": the possessive is not the
            # name
        if label in ("GPE", "LOC") and text.endswith(" city", s, e) and e - s > 5 \
                and table.gaz.link(text[s:e], "place") is None:
            e -= 5  # "In Sulaimani city": the town's name, without the common noun
        tail = ARABIC_TAIL.match(text, e) if label in ("GPE", "LOC", "FAC", "ORG",
                                                         "PERSON") else None
        if tail is not None:
            e = tail.end()  # "Tal as-Sultan", "Deir ez-Zor": NER stops at the article
        if label in ("GPE", "LOC", "PERSON") \
                and (joined := _HYPHEN_SYLLABLE.match(text, e)) is not None:
            e = joined.end(1)  # "near Chaung-U town": NER stops at the hyphen
        if label in ("GPE", "LOC", "PERSON", "ORG") \
                and (elided := _ELIDED_PART.match(text, e)) is not None:
            e = elided.end()  # "the town of Saut-d'Eau", "Anse-d'Hainault": NER stops at "-d'"
        if label in ("GPE", "LOC", "FAC", "ORG", "PERSON") \
                and (end := feature_end(s, e)) is not None:
            take(s, end, "feature")
            continue
        seat = _TOWNS_INSTITUTION.fullmatch(name) if label in ("FAC", "ORG", "GPE", "LOC") \
            else None
        if seat is not None and _a_towns_institution(table, name):
            # "outside the Quetta Press Club", "near the Lahore High Court": a building of the
            # town, which is where (the building's name is no place of its own)
            take(s + seat.start(1), s + seat.end(1), "place" if _located(
                table, seat.group(1)) else "settlement")  # (a town the gazetteer lacks: a
            # town all the same, not a quarter of the town told before)
            continue
        inner = _FEATURE_AFTER.search(name)
        if label in ("GPE", "LOC", "FAC") and inner is not None and inner.end() == len(name) \
                and inner.start() > 0 and table.gaz.link(strip_determiner(name), "place") is None \
                and not _a_bodys(table, name[:inner.start()], inner.group(0)):
            # "on Kivyuka hill", read by NER as one name: the feature of the place the story
            # then calls "Kivyuka"
            take(s, e, "feature")
            continue
        if label in ("GPE", "LOC", "NORP") and HYPHEN_MODIFIER.match(text, e):
            continue  # "the Britain-based Observatory": whose, not who or where
        pair = _TWO_TOWNS.fullmatch(name)
        if pair is not None and label in ("GPE", "LOC", "ORG", "PERSON", "FAC") \
                and _BETWEEN_BEFORE.search(text, max(0, s - 30), s):
            # "the highway between Aguililla and Apatzingán", read by NER as one name: the
            # two towns the road joins
            take(s + pair.start(1), s + pair.end(1), "place")
            take(s + pair.start(2), s + pair.end(2), "place")
            continue
        if re.match(r"(?:the\s+)?Operation\s+[A-Z]", name) and len(ent) > 1:
            # "troops of Operation Hadin Kai": a military operation's force, never a place
            take(s, e, "state_force")
            continue
        if label in ("ORG", "PERSON", "FAC") and len(ent) > 1 and _GROUP_END.search(name):
            take(s, e, "armed_group")  # "Kataib Hezbollah militia", read as a person
            continue
        if label in ("GPE", "LOC", "FAC") and len(ent) > 1 and _GANG_HEAD.search(name):
            take(s, e, "armed_group")  # "members of the Gulf Clan in Caucasia": no place
            continue
        group = _GROUP_AFTER.match(text, e)
        if group is not None and label in ("ORG", "PERSON", "GPE", "NORP"):
            # "Fano militiamen", "the Gran Grif gang": a name before a group noun names the
            # group (Fano is also a town in Italy)
            take(s, group.end(), "armed_group")
            continue
        if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _SETTLEMENT_AFTER.match(text, e) \
                and _settlement_name(table, name):
            # "the Rarasham area", "Koutruk village": a village NER took for a person
            take(s, e, "settlement")
            continue
        area = _AREA_AFTER.match(text, e)
        if area is not None and (label in ("ORG", "PERSON", "GPE", "LOC") or (
                label == "NORP" and table.country_of_adjective(name) is None)):
            # (a demonym before "state" is whose state: "the central Mexican state of …")
            # "the Catatumbo region", "Mali's Gao region": NER's name before an area word is
            # the area (as the gazetteer knows it, else an area of its own, not a homonym)
            linked = table.gaz.link(strip_determiner(text[s:area.end()]), "place")
            if linked is not None and not _seat_for_its_lga(linked, area):
                take(s, area.end(), "place")  # (not "Talata Mafara Local Government Area",
                # linked to its town by the name alone: the area, below)
            elif not _a_town(table, text[s:e]):  # the gazetteer knows the name as an area
                take(s, e, "place")
            else:
                take(s, area.end(), "area")
            continue
        before = _AREA_BEFORE.search(text, max(0, s - 30), s) \
            if label in ("GPE", "LOC", "ORG", "PERSON") else None
        if before is not None and not re.search(
                r"[A-Z][\w'’-]+\s+$", text[max(0, before.start(1) - 30):before.start(1)]) \
                and (area := table.gaz.link(text[before.start(1):e], "place")) is not None \
                and area.level in ("admin1", "admin2"):
            # "in the eastern province of Deir Ezzor", a spelling the gazetteer's names lack
            # and would link to the city by: the province (as "the province of Idlib" is, when
            # the name is spelled as the gazetteer has it)
            take(before.start(1), e, "place")
            continue
        if before is not None and not table.gaz.link(text[s:e], "place"):
            # "the southwestern department of Cauca", "the province of Badakhshan": an area
            # the gazetteer lacks, never more precise than a town in it
            take(s, e, "area")
            continue
        if label == "FAC" and _BODY_WORDS.search(name):
            # "The Iraqi Observatory for Human Rights condemned …": a body, not a building
            take(s, e, guess_kind(strip_determiner(name)) or "organization")
            continue
        inside = re.search(r"\s+in\s+(?=[A-Z])", name) if label in ("GPE", "LOC", "FAC") \
            else None
        if inside is not None and not table.gaz.link(name, "place"):
            # "the barangay hall of Poblacion in Datu Piang", read as one facility: the town
            # it is in is the place told (the name before "in" is a part of it)
            take(s + inside.end(), e, "place")
            continue
        if label in ("GPE", "LOC", "FAC", "PERSON") and _PATRON_OF.search(
                text, max(0, s - 40), s) and re.match(r"\s+in\s+[A-Z]", text[e:e + 6]):
            continue  # "the Catholic parish of Blessed Anuarite in Komanda": whom the church
            # is named for, in the town told next
        if label in ("GPE", "LOC", "FAC"):
            # a GPE the gazetteer lacks is a place only where the text uses it as one ("in
            # Sake", "near Pazigyi"); NER also calls people and groups GPE ("Matanov said")
            before = text[max(0, s - 40):s]
            listed = _LISTED_NEXT.match(text, e)
            locative = _LOCATIVE.search(text, max(0, s - 30), s) is not None \
                or _DWELT_IN.search(before) is not None or _DWELLERS_AFTER.match(text, e) \
                is not None or _DONE_TO_A_PLACE.search(before) is not None \
                or (listed is not None and _located(table, listed.group(1))) \
                or _DISTANCE_AFTER.match(text, e) is not None \
                or _A_VILLAGE_NAMED.search(name) is not None
            # ("Bazwaya, 5 km from …"; "insurgents entered Nanjua village": NER's name with
            # its word for a village is one whatever the words before it)
            # (or listed with a town the gazetteer knows: "missiles hit Sloviansk,
            # Kostiantynivka and Druzhkivka")
            take(s, e, "place" if label != "GPE" else ("gpe" if locative else None))
        elif label == "ORG" and _LANDFORM_END.search(name) and guess_kind(name) is None:
            take(s, e, "place")  # "in the Sambisa Forest", read as a body: a forest
        elif label in ("ORG", "FAC") and _SEAT_BUILDING.fullmatch(strip_determiner(name)):
            take(s, e, "place")  # "marched to the Government House in Makurdi": a building
        elif label == "ORG":
            if "," in text[s:e] and _PLACE_CUE.search(text[max(0, s - 40):s]):
                e = s + text[s:e].index(",")  # "the corregimiento of Pachelly, Tibu": two
                # places, the first the one the cue names
            located = re.search(r"\s+(?:in|at|near)\s+", name)
            if located is not None and any(a < e and s + located.end() < b for a, b in spans):
                e = s + located.start()  # "the University of Sinaloa in Culiacán": the place
                # is taken
            elif located is not None and name[located.end():][:1].isupper() \
                    and guess_kind(name[:located.start()]) is not None \
                    and guess_kind(name[located.end():]) is None:
                # "escorted by the Malian Armed Forces near Sandaré": a body, then where
                take(s + located.end(), e, "place")
                e = s + located.start()
            before = text[max(0, s - 40):s]
            cue = _PLACE_CUE.search(before) or _NEAR.search(before) or (
                _POST_OF.search(before) and guess_kind(name) is None) or (
                _IN_AT.search(before) and len(name.split()) == 1 and guess_kind(name) is None) \
                or ((_PLACE_AFTER.match(text, e) or _LOCATED_AFTER.match(text, e)
                     or _DISTANCE_AFTER.match(text, e) or _DWELT_IN.search(before)
                     or _DWELLERS_AFTER.match(text, e)
                     or (_DONE_TO_A_PLACE.search(before) and len(name.split()) == 1
                         and table.gaz.link(name) is None))
                    and guess_kind(name) is None)
            # (not "in Houthi-controlled areas": whose areas)
            take(s, e, "place" if cue and not HYPHEN_MODIFIER.match(text, e)
                 and not _PARTY_END.search(name) else None)  # ("a camp of the Komala party")
        elif label == "PERSON" and re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", name) \
                and (known := table.gaz.link(name)) is not None and known.kind != "place":
            take(s, e, None)  # "RSF shelling hit the camp": a body's acronym, no person's
        elif label == "PERSON" and _LANDMARK_AFTER.match(text, e):
            continue  # "a tree line west of the Loy Charahi bazaar": a landmark's name
        elif label == "PERSON":
            before = text[max(0, s - 40):s]
            # "the village of Wad al-Noura"; "in Khan Younis, a strike …": NER takes towns it
            # does not know for people, but people are not what news puts after "in"
            in_place = _IN_AT.search(before) is not None and not re.match(r"['’]s\b", text[e:])
            take(s, e, "place" if _PLACE_CUE.search(before) or _NEAR.search(before)
                 or in_place or _PLACE_AFTER.match(text, e) or _ROAD_BETWEEN.search(before)
                 or _LOCATED_AFTER.match(text, e) or _DISTANCE_AFTER.match(text, e)
                 or _DWELT_IN.search(before) or _DWELLERS_AFTER.match(text, e)
                 or _MOVED_ON_TO.search(before) is not None
                 or (_BOMBARDED.search(before) and table.gaz.link(name, "place") is not None)
                 or _LEVANTINE_PLACE.match(name) is not None
                 or (_TOWN_APPOSED_BEFORE.search(before) is not None
                     and table.gaz.link(name, "place") is not None)
                 or (_IN_A_REGION_AFTER.match(text, e) is not None
                     and table.gaz.link(name, "place") is not None)
                 else "person")
        elif label in ("PRODUCT", "WORK_OF_ART", "EVENT") and len(ent) <= 3 \
                and guess_kind(name) is None and table.country_of_adjective(name) is None \
                and (_BOMBARDED.search(text, max(0, s - 40), s)
                     or (_IN_AT.search(text, max(0, s - 40), s) and _PLACE_AFTER.match(text, e))
                     or _PLACE_CUE.search(text, max(0, s - 40), s)):
            # "Russian forces shelled Beryslav", "in Bahmut, a town …", "the village of X":
            # a town NER took for a product
            take(s, e, "place")
        elif label == "NORP":
            if len(ent) <= 3 and _a_town_read_as_a_people(table, text, s, e, name):
                take(s, e, "place")  # "captured Pagak, the headquarters", "Kurkujan village"
            continue
    for m in _NAMED_AREA.finditer(text):
        # "the Barmal district", "Imphal West district": a named area NER did not see
        if not table.gaz.link(m.group(1), "place") and not GENERIC_PLACES.fullmatch(m.group(1)) \
                and table.country_of_adjective(m.group(1)) is None \
                and not _POSSESSIVE_IN.search(m.group(1)):
            # (not a demonym: "the eastern Afghan province of Paktika" is whose province)
            take(m.start(1), m.end(2), "area")
        elif m.group(2).lower() in ("province", "governorate"):
            # "in Houthi-controlled areas of Yemen's Hodeidah province": a province the
            # gazetteer knows by another spelling (Al Hudaydah Governorate), which neither NER
            # nor the name dictionary saw (after its country's possessive)
            owner = _POSSESSIVE_IN.search(m.group(1))
            begin = m.start(1) + (owner.end() if owner is not None else 0)
            area = table.gaz.link(text[begin:m.end(2)], "place")
            if area is not None and area.kind == "place" and area.level == "admin1":
                take(begin, m.end(2), "place")
    for m in _NAMED_SETTLEMENT.finditer(text):
        owner = _POSSESSIVE_IN.match(m.group(1))
        if owner is not None and m.group(1)[owner.end():] \
                and _settlement_name(table, m.group(1)[owner.end():]):
            # "in Nairobi's Githurai area": the city's quarter, after its owner
            take(m.start(1) + owner.end(), m.end(1), "settlement")
        elif _settlement_name(table, m.group(1)):  # "the Makeen area": a village NER missed
            take(m.start(1), m.end(1), "settlement")
        elif text.startswith(" city", m.end(1)) and (
                town := table.gaz.link(m.group(1), "place")) is not None \
                and town.level == "locality":
            # "raided Qalqiliya city": a town the gazetteer knows spelled otherwise (Qalqilyah)
            take(m.start(1), m.end(1), "place")
    for m in _NAMED_COMMUNITY.finditer(text):
        # "Sunday night's attack on Ruwi community": Nigerian English for a village (not
        # "the Druze community": no article before the name)
        if _settlement_name(table, m.group(1)) \
                and table.country_of_adjective(m.group(1)) is None:
            take(m.start(1), m.end(1), "settlement")
    for m in _NAMED_COMMUNITIES.finditer(text):
        for name in _EACH_NAME.finditer(m.group(1)):
            if _settlement_name(table, name.group(0)) \
                    and table.country_of_adjective(name.group(0)) is None:
                take(m.start(1) + name.start(), m.start(1) + name.end(), "settlement")
    for m in _APPOSED_KIND.finditer(text):
        # '"liberated" Illinka, a village about 10 km southeast of Kurakhove'
        if _settlement_name(table, m.group(1)) and not any(
                is_common_word(w) or _CALENDAR.fullmatch(w) for w in m.group(1).split()) \
                and table.country_of_adjective(m.group(1)) is None:
            take(m.start(1), m.end(1), "settlement")
    for m in _NAMED_PLACE.finditer(text):
        # "near the town of Tessit": NER does not know every village, the phrase tells
        take(m.start(1), m.end(1), "place")
    for m in _CONTROL_OF.finditer(text):
        # "regained control of Mirebalais", "the outskirts of Abudwak": a place (a town NER
        # may miss)
        if not _CALENDAR.fullmatch(m.group(1)) and guess_kind(m.group(1)) is None \
                and not _AREAS_NAMED.match(text, m.end(1)) \
                and table.country_of_adjective(m.group(1)) is None \
                and ((known := table.gaz.link(m.group(1))) is None
                     or known.kind in ("place", "country")):
            take(m.start(1), m.end(1), "place")
    for m in _APPOSED_PLACE.finditer(text):
        take(m.start(1), m.end(1), "place")
    for m in _DISTANCE_APPOSED.finditer(text):
        take(m.start(1), m.end(1), "place")
    for m in _NAMED_FEATURE.finditer(text):
        # (not a road of one name: "along the Mirpur road" in Dhaka is in the city)
        if not _ROAD_WORD.match(text, m.end(1)) and guess_kind(m.group(1)) is None \
                and table.country_of_adjective(m.group(1)) is None \
                and not GENERIC_PLACES.fullmatch(m.group(1)) \
                and (end := feature_end(m.start(1), m.end(1))) is not None:
            take(m.start(1), end, "feature")
    for m in _NAMED_ISLAND.finditer(text):
        # "beheaded four fishermen on Quirimba island": an island NER did not see
        if guess_kind(m.group(1)) is None and table.country_of_adjective(m.group(1)) is None:
            take(m.start(1), m.end(), "feature")
    for m in _PLACED_WITHIN.finditer(text):
        # "struck a bandits' enclave at Tsamiya in Safana LGA": a name placed in a place
        # found is a place in it (not a month, a day or a body: "in January in Kabul")
        if not _CALENDAR.fullmatch(m.group(1)) and guess_kind(m.group(1)) is None and any(
                f.start == to_original(m.end()) and f.kind == "place" for f in found):
            take(m.start(1), m.end(1), "place")
    for m in _NEAR_A_NAME.finditer(text):
        # "opened fire at Armenian positions near Sotk": a one-word name NER saw nothing in,
        # told where things are near, is a place (not a day, a month nor a people)
        name = m.group(1)
        if not _CALENDAR.fullmatch(name) and guess_kind(name) is None \
                and table.country_of_adjective(name) is None \
                and not _LANGUAGES.fullmatch(name) and not GENERIC_PLACES.fullmatch(name):
            take(m.start(1), m.end(1), "place")
    for m in _group_names(text):
        take(m.start(), m.end(), "armed_group")
    for m in _CIVILIANS.finditer(text):
        if m.group(0).lower() in ("civilians", "villagers", "residents"):
            take(m.start(), m.end(), "civilians")
    for f in found:
        ent = table.find(f.key)
        owner = _COUNTRYS.search(text, max(0, f.start - 40), f.start) \
            if ent is not None and ent.kind == "government_body" and not ent.country else None
        cand = table.country_of_adjective(owner.group(1)) if owner is not None else None
        if cand is not None and cand.qid:
            # "Russia's Defence Ministry": a ministry of that country (NER leaves the country
            # a mention of its own), whose forces "its troops" are
            ent.country = cand.qid
    return sorted(found, key=lambda x: x.start)


#: A country's possessive right before a name: "Russia's| Defence Ministry".
_COUNTRYS = re.compile(r"\b([A-Z][a-z]+(?:[^\S\n][A-Z][a-z]+)?)['’]s[^\S\n]+$")
