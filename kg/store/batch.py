"""Batched article writes, the same on every backend: one hash lookup and one update request for
many articles, each of them still atomic and judged on its own.

A batch is one SPARQL Update request holding each article's replace operations in turn
(:func:`kg.store.updates.replace_articles_update`). Oxigraph, embedded or as a server, applies a
request in one transaction, so a batch is written whole or not at all — every article in it
atomically. When the store refuses a batch as a request (malformed for it, too large, failing
while it runs), the batch is split in halves and each half sent again, down to single articles:
the article the store cannot take is reported with the store's reason, and every other article
of the batch is written. Problems of the store itself (unreachable, disk full, credentials) are
not refusals: they propagate and stop the ingest, which a re-run resumes.

A store with one writer (the embedded store holds a lock) looks before it writes, once per
batch, and leaves out what would delete nothing: the removal of a previous version for an
article whose graph it does not hold, and the search for single-valued entity properties to
replace, which becomes a ``DELETE DATA`` of exactly the values the lookup found (or nothing).
Those searches cost more than the insert itself; the stored result is the same quads. While
every article of the batch so far is new, it also leaves out of each insert the entity
statements the store already holds (most of them: entities are shared across articles, and
inserting a stored quad still costs a locked read per quad) and deletes only the alternative
names that exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.rdf.mapping import ArticleRdf
from kg.store.updates import (
    ALT_LABEL_NT,
    LABEL_NT,
    REPLACED_NT,
    Shortcut,
    replace_articles_update,
    single_valued_rows,
)

#: a lookup of stored facts hashes: graph IRIs → {graph IRI: hash} for those stored
HashLookup = Callable[[Sequence[str]], dict[str, str]]
#: sends one update text (raises on failure)
Send = Callable[[str, int], None]
#: the store's reason when an exception means "this request is refused", else None
Refusal = Callable[[Exception], str | None]
#: the statements the entities graph holds about some subjects: subjects → {subject:
#: {(property, value)}}, in N-Triples form
EntityLookup = Callable[[Sequence[str]], dict[str, set[tuple[str, str]]]]
#: graph IRIs → the ones the store holds no graph for
AbsentLookup = Callable[[Sequence[str]], set[str]]


def replace_articles(rdfs: Sequence[ArticleRdf], stored_hashes: HashLookup, send: Send,
                     refusal: Refusal, entity_statements: EntityLookup | None = None,
                     absent: AbsentLookup | None = None) -> list[bool | str]:
    """Replace several articles; per article True (written), False (already stored with the
    same facts hash: nothing written) or the store's reason for refusing it (nothing of it
    written). ``send(text, n)`` sends an update covering ``n`` articles.

    ``entity_statements`` and ``absent`` are for a store with one writer only (the embedded
    store holds a lock): what the store says about the batch's entities, and which of its
    graphs exist, are read once, and each article's update deletes exactly what that says it
    replaces (and, while the batch's articles are new, inserts only what is missing). With
    several writers another could write between the read and the write, so the remote store
    always sends the operations that search."""
    stored = stored_hashes([str(rdf.graph_iri) for rdf in rdfs]) if rdfs else {}
    # graph → (facts hash it holds after the writes so far, index of the write that put it
    # there in this batch, or None when it was stored before)
    current: dict[str, tuple[str, int | None]] = {g: (h, None) for g, h in stored.items()}
    results: list[bool | str] = []
    todo: list[tuple[int, ArticleRdf]] = []
    repeats: list[tuple[int, int]] = []  # (index, index of the identical write before it)
    for rdf in rdfs:
        graph, index = str(rdf.graph_iri), len(results)
        held = current.get(graph)
        if held is not None and held[0] == rdf.facts_sha256:
            if held[1] is not None:  # written earlier in this batch: unchanged by this one
                repeats.append((index, held[1]))
            results.append(False)
            continue
        current[graph] = (rdf.facts_sha256, index)
        todo.append((index, rdf))
        results.append(True)
    writes = [rdf for _i, rdf in todo]
    fresh = _fresh(writes, set(stored), absent) if absent else set()
    plans = _plans(writes, entity_statements, fresh) if entity_statements else None
    refused = _send_isolating(writes, send, refusal, plans, fresh)
    for (index, _rdf), reason in zip(todo, refused, strict=True):
        if reason is not None:
            results[index] = reason
    for index, earlier in repeats:
        if isinstance(results[earlier], str):  # its twin was refused, so is it
            results[index] = results[earlier]
    return results


def _plans(rdfs: Sequence[ArticleRdf], lookup: EntityLookup, fresh: set[int]
           ) -> list[Shortcut]:
    """Per article, what a one-writer update may say instead of searching
    (:class:`kg.store.updates.Shortcut`), from one lookup of the batch's entities."""
    subjects = sorted({str(t.subject) for rdf in rdfs for t in rdf.entity_triples})
    stored = lookup(subjects) if subjects else {}
    stale = _stale_single_valued(rdfs, {
        x: {(p, o) for p, o in pairs if p in REPLACED_NT} for x, pairs in stored.items()})
    present = _already_stored(rdfs, stored, stale, fresh)
    return [Shortcut(gone) if known is None else Shortcut(gone, *known)
            for gone, known in zip(stale, present, strict=True)]


def _already_stored(rdfs: Sequence[ArticleRdf], stored: dict[str, set[tuple[str, str]]],
                    stale: Sequence[Sequence[str]], fresh: set[int]
                    ) -> list[tuple[frozenset[str], list[str]] | None]:
    """Per article: the entity statements (N-Triples, no final dot) the store holds when its
    insert runs, and the alternative names it holds equal to a name the article gives — or
    None from the first article that has a previous version on: that version's removal takes
    descriptions no lookup here saw, so from there on the updates insert everything and
    delete by search. Until then the state is exact: what was stored, less what each
    article's operations before its insert delete (its ``stale`` statements; a stale name
    becomes an alternative name), plus what each inserts."""
    state = {x: set(pairs) for x, pairs in stored.items()}
    out: list[tuple[frozenset[str], list[str]] | None] = []
    for i, (rdf, gone) in enumerate(zip(rdfs, stale, strict=True)):
        if i not in fresh:
            return out + [None] * (len(rdfs) - i)
        for statement in gone:
            x, p, o = statement.split(" ", 2)
            held = state.setdefault(x, set())
            held.discard((p, o))
            if p == LABEL_NT:
                held.add((ALT_LABEL_NT, o))
        rows = [(str(t.subject), str(t.predicate), str(t.object)) for t in rdf.entity_triples]
        alts = sorted({f"{x} {ALT_LABEL_NT} {o}" for x, p, o in rows
                       if p == LABEL_NT and (ALT_LABEL_NT, o) in state.get(x, ())})
        for statement in alts:
            x, _p, o = statement.split(" ", 2)
            state[x].discard((ALT_LABEL_NT, o))
        # a statement with a blank node is never taken as stored: its label is this text's
        known = frozenset(f"{x} {p} {o}" for x, p, o in rows if (p, o) in state.get(x, ())
                          and not x.startswith("_:") and not o.startswith("_:"))
        for x, p, o in rows:
            state.setdefault(x, set()).add((p, o))
        out.append((known, alts))
    return out


def _stale_single_valued(rdfs: Sequence[ArticleRdf], stored: dict[str, set[tuple[str, str]]]
                         ) -> list[list[str]]:
    """Per article, the single-valued entity statements and names (N-Triples, no final dot)
    its write replaces, given the stored values (``stored``: single-valued properties and
    names only) and the articles written before it in the batch: after an article, an
    entity's single-valued properties are exactly the ones that article sets, if it sets any,
    and its names exactly the ones it gives (the same as
    :func:`kg.store.updates._replace_single_valued` finds by searching). A name listed here may
    be gone by the time the article is written (another article's previous version took the
    entity's description with it); the update only demotes the names it still finds."""
    sets = [single_valued_rows(rdf.entity_triples) for rdf in rdfs]
    state = {x: set(pairs) for x, pairs in stored.items()}
    stale: list[list[str]] = []
    for rows in sets:
        gone = []
        for x, values in rows.items():
            held = state.get(x, set())
            for part in (_names, _values):  # each part replaced only when the article sets it
                new = part(values)
                if new:
                    old = part(held)
                    gone += [f"{x} {p} {o}" for p, o in sorted(old - new)]
                    held = (held - old) | new
            state[x] = held
        stale.append(gone)
    return stale


def _names(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(p, o) for p, o in pairs if p == LABEL_NT}


def _values(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(p, o) for p, o in pairs if p != LABEL_NT}


def _fresh(rdfs: Sequence[ArticleRdf], stored: set[str], absent: AbsentLookup) -> set[int]:
    """Positions of the articles whose graph neither the store (no facts hash, no graph at
    all) nor an earlier article of the batch holds: their write removes nothing."""
    graphs = [str(rdf.graph_iri) for rdf in rdfs]
    unknown = sorted({g for g in graphs if g not in stored})
    missing = absent(unknown) if unknown else set()
    fresh, seen = set(), set()
    for i, g in enumerate(graphs):
        if g in missing and g not in seen:
            fresh.add(i)
        seen.add(g)
    return fresh


def _send_isolating(rdfs: Sequence[ArticleRdf], send: Send, refusal: Refusal,
                    plans: Sequence[Shortcut] | None, fresh: set[int]
                    ) -> list[str | None]:
    """Send ``rdfs`` in one request; when it is refused, each half on its own (recursively).
    Per article: None (written) or the store's reason for refusing it. ``plans`` and
    ``fresh`` were decided for the whole batch, so the halves search again (a refused
    article may have changed what the later ones would find)."""
    if not rdfs:
        return []
    try:
        send(replace_articles_update(rdfs, plans, fresh), len(rdfs))
    except Exception as exc:
        reason = refusal(exc)
        if reason is None:
            raise
        if len(rdfs) == 1:
            return [reason]
        mid = len(rdfs) // 2
        return (_send_isolating(rdfs[:mid], send, refusal, None, set())
                + _send_isolating(rdfs[mid:], send, refusal, None, set()))
    return [None] * len(rdfs)
