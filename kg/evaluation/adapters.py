"""Evaluation corpora → gold facts (facts format v1), one facts document per corpus document.

The dev corpora (``*.corpus.jsonl``: ``id, source, url_or_origin, published, title, text, gold``)
carry their own annotation schemes. These adapters translate that gold into ACLED-style facts so
that :func:`kg.evaluation.scorer.score` can measure an extractor on them. They are written to be
faithful to the *gold* (what the annotators said), never to what an extractor happens to output:
no rule here looks at predictions, and no QID is ever invented (``wikidata`` is always null).

The mapping rules, decision by decision, are in the docstrings of :mod:`kg.evaluation.muc4` and
:mod:`kg.evaluation.wikievents`. In brief:

==============================================  ==================================================
corpus gold                                      facts event (ACLED event type / sub-event type)
==============================================  ==================================================
MUC-4 BOMBING                                    Explosions/Remote violence / Remote explosive/
                                                 landmine/IED (Suicide bomb, Grenade, Shelling/
                                                 artillery/missile attack, Air/drone strike by
                                                 instrument)
MUC-4 ATTACK on civilians, MURDER                Violence against civilians / Attack
MUC-4 ATTACK on military/police only             Battles / Armed clash
MUC-4 ATTACK on property only, ARSON, ROBBERY    Strategic developments / Looting/property
                                                 destruction
MUC-4 KIDNAPPING (HIJACKING of people)           Violence against civilians / Abduction/forced
                                                 disappearance
MUC-4 FORCED WORK STOPPAGE                       Strategic developments / Other, optional
MUC-4 stage THREATENED                           skipped
MUC-4 stage ATTEMPTED                            BOMBING → Strategic developments / Disrupted
                                                 weapons use; others as accomplished, optional
MUC-4 template "(OPTIONAL)"                      optional
KAIROS Conflict.Attack.DetonateExplode           Explosions/Remote violence (sub-type by words)
KAIROS Conflict.Attack.* (other)                 Battles / Armed clash if a side is military or
                                                 armed, else Violence against civilians / Attack
KAIROS Life.Die / Life.Injure                    casualties (killed / injured) of the attack in
                                                 the same or a preceding sentence
KAIROS Conflict.Demonstrate(WithViolence)        Protests / Peaceful protest (Riots / Violent
                                                 demonstration)
KAIROS Justice.ArrestJailDetain                  Strategic developments / Arrests, optional
KAIROS Movement.Transportation (armed movers)    Strategic developments / Other, optional
KAIROS ArtifactExistence.Damage…/Destroy…        Strategic developments / Looting/property
                                                 destruction, optional (unless part of an attack)
==============================================  ==================================================

Roles: MUC PERP → actors, HUM TGT → targets and casualties (EFFECT DEATH/INJURY with NUMBER),
LOCATION → place entities with country/admin1; KAIROS Attacker/Killer/Injurer → actors,
Target/Victim → targets/casualties, Place → location. Dates: MUC DATE slot → ISO date with
precision; WikiEvents → null. Entities are minted per document, ``wikidata`` always null.
Evidence: KAIROS trigger offsets; MUC-4 has none, so the first occurrence of a filler string in
the text is used (or nothing when it does not occur verbatim).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.evaluation.builder import article_meta
from kg.evaluation.muc4 import adapt_muc4, parse_muc_date, parse_muc_number
from kg.evaluation.wikievents import adapt_wikievents

__all__ = [
    "adapt_muc4", "adapt_record", "adapt_wikievents", "article_of", "coref_beside", "corpus_kind",
    "is_corpus_record", "iter_corpus", "load_corpus", "parse_muc_date", "parse_muc_number",
    "read_coref", "write_facts_jsonl",
]


def corpus_kind(record: Mapping[str, Any]) -> str | None:
    """"muc4", "wikievents", or None when the record's gold is neither."""
    gold = record.get("gold")
    if not isinstance(gold, Mapping):
        return None
    if "templates" in gold:
        return "muc4"
    if "event_mentions" in gold:
        return "wikievents"
    return None


def is_corpus_record(doc: object) -> bool:
    """True for an eval-corpus line (``text`` + ``gold``) rather than a facts document."""
    return isinstance(doc, Mapping) and "gold" in doc and "text" in doc and "format" not in doc


def read_coref(path: str | Path) -> dict[str, list[list[str]]]:
    """WikiEvents ``coref/<split>.jsonlines``: doc_key → clusters of entity-mention ids."""
    out: dict[str, list[list[str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out[d["doc_key"]] = d.get("clusters", [])
    return out


def coref_beside(path: Path) -> dict[str, list[list[str]]]:
    """The coreference file of a ``wikievents_<split>.corpus.jsonl``, if it ships beside it."""
    m = re.match(r"wikievents_(\w+)\.corpus\.jsonl$", path.name)
    if not m:
        return {}
    candidate = path.parent / "coref" / f"{m.group(1)}.jsonlines"
    return read_coref(candidate) if candidate.is_file() else {}


def adapt_record(record: Mapping[str, Any],
                 coref: Mapping[str, list[list[str]]] | None = None) -> dict[str, Any]:
    """Gold facts for one corpus record of either dataset."""
    kind = corpus_kind(record)
    if kind == "muc4":
        return adapt_muc4(record)
    if kind == "wikievents":
        doc_key = str(record.get("id", "")).split("-", 2)[-1]
        return adapt_wikievents(record, (coref or {}).get(doc_key))
    raise InputError(f"corpus record {record.get('id')!r}: gold is neither MUC-4 templates nor "
                     f"WikiEvents event mentions")


def article_of(record: Mapping[str, Any]) -> dict[str, Any]:
    """The article (``id, title, url, source, published, text``) of a corpus record."""
    art = article_meta(record)
    art["text"] = record.get("text")
    return art


def iter_corpus(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a ``*.corpus.jsonl`` file; InputError names the file and line at fault."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if not is_corpus_record(record):
            raise InputError(f"{path}:{lineno}: not an eval-corpus record "
                             f"(needs 'text' and 'gold')")
        yield record


def load_corpus(path: str | Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(article, gold facts) for every record of a ``*.corpus.jsonl`` file, in file order."""
    path = Path(path)
    coref = coref_beside(path)
    return [(article_of(r), adapt_record(r, coref)) for r in iter_corpus(path)]


def write_facts_jsonl(docs: Iterable[Mapping[str, Any]], out: str | Path | IO[str]) -> int:
    """Write facts documents as JSON Lines (to a path or an open text stream); returns the count."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8") as fh:
            return write_facts_jsonl(docs, fh)
    n = 0
    for doc in docs:
        out.write(json.dumps(doc, ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n
