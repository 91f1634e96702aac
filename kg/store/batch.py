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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.rdf.mapping import ArticleRdf
from kg.store.updates import replace_articles_update, single_valued_rows

#: a lookup of stored facts hashes: graph IRIs → {graph IRI: hash} for those stored
HashLookup = Callable[[Sequence[str]], dict[str, str]]
#: sends one update text (raises on failure)
Send = Callable[[str, int], None]
#: the store's reason when an exception means "this request is refused", else None
Refusal = Callable[[Exception], str | None]
#: stored single-valued entity properties: subjects → {subject: {(property, value)}}
SingleValuedLookup = Callable[[Sequence[str]], dict[str, set[tuple[str, str]]]]


def replace_articles(rdfs: Sequence[ArticleRdf], stored_hashes: HashLookup, send: Send,
                     refusal: Refusal, single_valued: SingleValuedLookup | None = None
                     ) -> list[bool | str]:
    """Replace several articles; per article True (written), False (already stored with the
    same facts hash: nothing written) or the store's reason for refusing it (nothing of it
    written). ``send(text, n)`` sends an update covering ``n`` articles.

    ``single_valued`` is for a store with one writer only (the embedded store holds a lock):
    the stored single-valued entity properties are read once for the batch, and the articles
    whose replacement of them would delete nothing leave that operation out (it costs about
    as much as the insert). With several writers another could change a value between the
    read and the write, so the remote store always sends it."""
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
    skip = _needless_single_valued(writes, single_valued) if single_valued else set()
    refused = _send_isolating(writes, send, refusal, skip)
    for (index, _rdf), reason in zip(todo, refused, strict=True):
        if reason is not None:
            results[index] = reason
    for index, earlier in repeats:
        if isinstance(results[earlier], str):  # its twin was refused, so is it
            results[index] = results[earlier]
    return results


def _needless_single_valued(rdfs: Sequence[ArticleRdf], lookup: SingleValuedLookup
                            ) -> set[int]:
    """Positions of the articles whose single-valued replacement would delete nothing, given
    the stored values and the articles written before them in the batch (after an article,
    an entity's single-valued properties are exactly the ones that article sets)."""
    sets = [single_valued_rows(rdf.entity_triples) for rdf in rdfs]
    subjects = sorted({x for rows in sets for x in rows})
    state = lookup(subjects) if subjects else {}
    needless = set()
    for i, rows in enumerate(sets):
        if all(state.get(x, set()) <= values for x, values in rows.items()):
            needless.add(i)
        for x, values in rows.items():
            state[x] = set(values)
    return needless


def _send_isolating(rdfs: Sequence[ArticleRdf], send: Send, refusal: Refusal,
                    skip: set[int]) -> list[str | None]:
    """Send ``rdfs`` in one request; when it is refused, each half on its own (recursively).
    Per article: None (written) or the store's reason for refusing it. ``skip``: positions
    without the single-valued replacement (decided for the whole batch, so the halves send
    it again: a refused article may have changed what the later ones would find)."""
    if not rdfs:
        return []
    try:
        send(replace_articles_update(rdfs, skip), len(rdfs))
    except Exception as exc:
        reason = refusal(exc)
        if reason is None:
            raise
        if len(rdfs) == 1:
            return [reason]
        mid = len(rdfs) // 2
        return (_send_isolating(rdfs[:mid], send, refusal, set())
                + _send_isolating(rdfs[mid:], send, refusal, set()))
    return [None] * len(rdfs)
