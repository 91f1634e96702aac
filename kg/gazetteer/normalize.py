"""Name normalisation shared by the build (index keys) and the lookup (queries).

Both sides must use the same function, otherwise "Idlib Governorate" in the data and
"the province of Idlib" in an article would never meet. The rules are deliberately
simple and symmetric: anything folded on one side is folded the same way on the other.
"""

from __future__ import annotations

import re
import unicodedata

# Everyday English words (compared after :func:`normalize`). GeoNames lists some as alternate
# names ("Google" for Topeka, "Human" for Uman) and some towns are called so ("Split",
# "Mobile", "Date", "Police"): such surfaces are dropped as aliases at build time and kept out
# of dictionary recognisers (:meth:`Gazetteer.names`) for records without a QID.
_COMMON_WORDS_TEXT = """
a about above across act action after again against age ago air airport all alley alliance
almost along also alter always am amen among an and angle annex another answer any apex area
arena army around art as ask at away baby back bad badger bake ball band bank bar barn
barrage base basic bay be beach bear beat became because become bed been before began begin
being bell below bend best better between big bill bird black blink block blood bloom blue
bluff board boat body bone book boom born both bottom box boy brake branch bread break
bridge bright bring brother brown build building burn bury bush business bust but buy by
cage call called came camp can canal capital cape car card care carry case cat catch cause
cell center central centre chair champion chance change charge check child chin choose
church circle city civil claim class clay clean clear close coast cold colon colony come
common company cone control cook cool corner cost could count country course court cove
cover creek crime cross crossing crossroads crowd crystal cup current cut dark data date
daughter dawn day days dead deal death decide deep defence defense defiance delta die dining
dire do doctor dog dollar dome door double down downtown draw drama dream dress drink drive
drop drug dry dual during each eagle early earnest earth east eastern easy eat edge effect
egg eight either elbow else empire end enemy energy enough enterprise even evening event
ever evergreen every example eye face fact fail fair fall falls family far farm fast fate
father fear federal feel feet few field fight figure file fill final find fine fire firm
first fish five fleet flint floor flow flower fly follow food foot for force fore forest
forge form fort forward fountain four free freedom fresh freshwater friend from front fruit
full fund furnace future gale game gap garden garrison gas gate gave gaze general get girl
give glass go god gold golden gone google good got govern grand grass great green ground group
grove groves grow guard guess gun had hail hair half hall hand hang happen happy harbor
harbour hard has hat have he head health hear heart heat heavy held help her here hero high
highland highlands hill hillside him hire his history hit hold hole holiday home homestead
hook hope horde horn horse hospital hot hotel hour house how hub human humble hundred hunter
hurricane i ice idea if imperial in inch independence industry inner into iron is island
issue it its job join joint judge junction just keen keep key kid kill kind king knew know
lady lake lakeshore lakeside land large last late laugh law lawman lay lead leader learn
least leave led left leg lemon lend lens less let letter level liberal liberty lie life lift
light like lime line linen lion list listen little live lively local lone long look loop
lose loss lost lot love low lower luck machine made main major make male man manage manger
mango many map marathon march marina mark market marks mass master match matter may me mean
measure meet member men middle might mile military milk mill million mind mine mire minute
miss mission mobile modern mole moment money month moon more morning moss most mother mount
mountain mouth move much music must my name nation national natural near neck need never new
news next nice night nine no none noisy noon normal north northern nose not note nothing
notice now number object of off offer office officer oil okay old on once one only open
opera opportunity or orange order other our out outer over overland own pace page paint pair
panorama paper parent park parole part party pass past path pay peace peak pearl peer people
period person pest pick picture piece pilot place plain plan plane plant plantation plaque
play plaza please plum plunge point police poor port pose position posse possession post
pound pout power press pretty price prison problem proclamation produce prosper protect
prove providence public pull punch push put quack queen question quick quiet race radio rail
rain raise range rapid rather reach read reading ready real reason record red region rent
reply report republic reservoir rest result retreat return reunion rich ride riding right
ring rise risen river riverbank riverside road rock roll room rose round roundabout row
royal rule run rust sad safari safe said sail sake sale salt same sand sandy save savage say
school science sea seaside season seat second see seed seem self sell semi send sense serve
set settle settlement seven several shall shape share she ship shoe shop shore shoreline
short shot should shoulder show shut side sign silver simple since sing sir sister sit six
size skin sky sleep slow small smile snow so soda soft soil sold sole some son song soon
sort soul sound sour south southern space speak special speed spike split spot spray spring
square staff stand star start state station stay steel step stick still stone stop store
storm story street strong student study such sugar summer summit sun sunrise sunset superior
supply sure surprise swallow sweet table tail take tale talk tall tame tango tank tape tax
teach team tell temple ten tender term terrace test than thank that the their them then
there these they thin thing think third this thorn those though three through tie tilt time
tire to today together told tone too took tool top torn torrent total tour tours tower town
track trade train trap travel tree trial trip trouble truck true truss try tune turn turtle
twenty two under union unit unity university until up upland upper uptown us use usual vale
valley value very veto victory view village vine vineyard vista visit voice vote wait walk
wall want war warm was wash watch water wave way we weapon wear weather wedding week weight
well were west western what wheel when where which while white who whole why wide wife wild
will win wind window winter wire wish with within without woman wonder wood word work world
worth would write yard year yellow yes yet yoga you young youth zest
"""
COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())

_SUFFIX_DESIGNATORS = (
    "province", "governorate", "state", "region", "department", "district", "oblast",
    "prefecture", "county", "municipality", "canton", "muhafazah", "countryside", "division",
    "territory", "krai", "provincia", "departamento", "wilayah", "vilayet",
)
_PREFIX_DESIGNATORS = (
    "province of", "governorate of", "state of", "region of", "department of", "district of",
    "oblast of", "prefecture of", "county of", "municipality of", "canton of", "departamento de",
    "provincia de", "departement de", "wilayat", "muhafazat", "countryside of",
)
_SUFFIX_SET = frozenset(_SUFFIX_DESIGNATORS)      # all single words: the last token decides
_PREFIX_BY_FIRST_WORD: dict[str, tuple[str, ...]] = {}
for _pre in _PREFIX_DESIGNATORS:
    _PREFIX_BY_FIRST_WORD[_pre.split(" ")[0]] = (
        *_PREFIX_BY_FIRST_WORD.get(_pre.split(" ")[0], ()), _pre)
# Arabic definite-article spellings in Latin transliteration ("Ar Raqqah", "as-Suwayda",
# "ad Dana", "El Bab"). Folding them to "al" makes the spellings meet.
_AR_ARTICLES = frozenset({
    "al", "el", "ar", "er", "as", "es", "ash", "esh", "at", "et", "ath", "ad", "ed", "adh",
    "az", "ez", "an", "en", "ul",
})
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None, "ٱ": "ا"})
_DROP = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf`'\"´ʿʾ]")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
# ASCII-only equivalent of _DROP + _PUNCT: quotes vanish, other punctuation becomes a space
_ASCII_PUNCT = str.maketrans({chr(c): (None if chr(c) in "'\"`" else " ")
                              for c in range(128)
                              if not chr(c).isalnum() and not chr(c).isspace()})


def strip_accents(text: str) -> str:
    """Drop combining marks (Latin accents and Arabic harakat alike) after NFKD."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Case-fold, strip accents/diacritics and punctuation, drop a leading "the".

    Apostrophes and ayn/hamza marks are removed without a space ("Dar`a" → "dara") because
    transliterations disagree on them; hyphens and other punctuation become spaces.
    """
    if text.isascii():                  # fast path (most names), same result as below
        t = " ".join(text.lower().translate(_ASCII_PUNCT).split())
    else:
        t = strip_accents(text).translate(_ARABIC_FOLD).casefold()
        t = _DROP.sub("", t)
        t = _PUNCT.sub(" ", t).replace("_", " ")
        t = _SPACES.sub(" ", t).strip()
    if t.startswith("the "):
        t = t[4:]
    return t


def fold_articles(key: str) -> str:
    """Fold Arabic article variants of a normalised key to "al" ("ar raqqah" → "al raqqah")."""
    tokens = key.split(" ")
    if len(tokens) < 2:
        return key
    out = ["al" if tok in _AR_ARTICLES and i < len(tokens) - 1 else tok
           for i, tok in enumerate(tokens)]
    return " ".join(out)


def drop_article(key: str) -> str:
    """Remove a leading Arabic article ("al raqqah" → "raqqah"); used as a weaker key."""
    tokens = fold_articles(key).split(" ")
    if len(tokens) >= 2 and tokens[0] == "al":
        return " ".join(tokens[1:])
    return key


def split_designator(key: str) -> tuple[str, bool]:
    """Strip an administrative designator from a normalised key.

    Returns ``(core, had_designator)``: "idlib province" → ("idlib", True),
    "province of idlib" → ("idlib", True), "aleppo" → ("aleppo", False). A bare designator
    ("province") is returned unchanged so that it never matches a place.
    """
    first = key.find(" ")
    if first <= 0:
        return key, False
    for pre in _PREFIX_BY_FIRST_WORD.get(key[:first], ()):
        if key.startswith(pre + " ") and len(key) > len(pre) + 1:
            return key[len(pre) + 1:].strip(), True
    last = key.rfind(" ")
    if key[last + 1:] in _SUFFIX_SET:
        return key[:last].strip(), True
    return key, False


def keys_for(name: str) -> list[str]:
    """All index keys for one surface name, strongest first (exact, article-folded, bare)."""
    base = normalize(name)
    if not base:
        return []
    out = [base]
    if " " in base:                     # same as fold_articles + drop_article, computed once
        folded = fold_articles(base)
        if folded != base:
            out.append(folded)
        if folded.startswith("al "):
            bare = folded[3:]
            if bare and bare not in out:
                out.append(bare)
        first = base[:base.find(" ")]
        if first in _TELL_SPELLINGS:
            # "Tal Rifaat", "Tel Rifaat", "Tell Rifaat": one Arabic word for a mound, many
            # transliterations (a weaker key, like the bare one)
            tell = "tell" + base[len(first):]
            if tell not in out:
                out.append(tell)
    return out


#: Transliterations of Arabic "tall" (a mound), which opens many Levantine place names.
_TELL_SPELLINGS = frozenset({"tal", "tel", "tell", "til", "tall"})


def is_common_word(text: str) -> bool:
    """True for an everyday English word ("split", "The Mobile"): see :data:`COMMON_WORDS`."""
    return normalize(text) in COMMON_WORDS


def is_arabic(text: str) -> bool:
    """True when the string is mostly Arabic script (used to sort names into en/ar)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f")
    return arabic * 2 > len(letters)


def has_letters(text: str) -> bool:
    """Reject flag emoji and bare codes that carry no letters (PeriodO lists 🇸🇾 as a name)."""
    return any(ch.isalpha() for ch in text)
