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
Those searches cost more than the insert itself; the stored result is the same quads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.rdf.mapping import ArticleRdf
from kg.store.updates import LABEL_NT, replace_articles_update, single_valued_rows

#: a lookup of stored facts hashes: graph IRIs → {graph IRI: hash} for those stored
HashLookup = Callable[[Sequence[str]], dict[str, str]]
#: sends one update text (raises on failure)
Send = Callable[[str, int], None]
#: the store's reason when an exception means "this request is refused", else None
Refusal = Callable[[Exception], str | None]
#: stored single-valued entity properties and names: subjects → {subject: {(property, value)}}
SingleValuedLookup = Callable[[Sequence[str]], dict[str, set[tuple[str, str]]]]
#: graph IRIs → the ones the store holds no graph for
AbsentLookup = Callable[[Sequence[str]], set[str]]


def replace_articles(rdfs: Sequence[ArticleRdf], stored_hashes: HashLookup, send: Send,
                     refusal: Refusal, single_valued: SingleValuedLookup | None = None,
                     absent: AbsentLookup | None = None) -> list[bool | str]:
    """Replace several articles; per article True (written), False (already stored with the
    same facts hash: nothing written) or the store's reason for refusing it (nothing of it
    written). ``send(text, n)`` sends an update covering ``n`` articles.

    ``single_valued`` and ``absent`` are for a store with one writer only (the embedded
    store holds a lock): the stored single-valued entity properties of the batch's entities,
    and which of its graphs exist, are read once, and each article's update deletes exactly
    what that says it replaces. With several writers another could write between the read and
    the write, so the remote store always sends the operations that search."""
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
    stale = _stale_single_valued(writes, single_valued) if single_valued else None
    fresh = _fresh(writes, set(stored), absent) if absent else set()
    refused = _send_isolating(writes, send, refusal, stale, fresh)
    for (index, _rdf), reason in zip(todo, refused, strict=True):
        if reason is not None:
            results[index] = reason
    for index, earlier in repeats:
        if isinstance(results[earlier], str):  # its twin was refused, so is it
            results[index] = results[earlier]
    return results


def _stale_single_valued(rdfs: Sequence[ArticleRdf], lookup: SingleValuedLookup
                         ) -> list[list[str]]:
    """Per article, the single-valued entity statements and names (N-Triples, no final dot)
    its write replaces, given the stored values and the articles written before it in the
    batch: after an article, an entity's single-valued properties are exactly the ones that
    article sets, if it sets any, and its names exactly the ones it gives (the same as
    :func:`kg.store.updates._replace_single_valued` finds by searching). A name listed here may
    be gone by the time the article is written (another article's previous version took the
    entity's description with it); the update only demotes the names it still finds."""
    sets = [single_valued_rows(rdf.entity_triples) for rdf in rdfs]
    subjects = sorted({x for rows in sets for x in rows})
    state = lookup(subjects) if subjects else {}
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
                    stale: Sequence[Sequence[str]] | None, fresh: set[int]
                    ) -> list[str | None]:
    """Send ``rdfs`` in one request; when it is refused, each half on its own (recursively).
    Per article: None (written) or the store's reason for refusing it. ``stale`` and
    ``fresh`` were decided for the whole batch, so the halves search again (a refused
    article may have changed what the later ones would find)."""
    if not rdfs:
        return []
    try:
        send(replace_articles_update(rdfs, stale, fresh), len(rdfs))
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
