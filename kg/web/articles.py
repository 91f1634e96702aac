"""POST /articles: an article in, extracted, validated and stored; the facts and report out.

Token-protected like every write. The body is an article as JSON (``{"text": …, "id": …,
"published": …}``) or plain text (metadata then from query parameters ``published``, ``source``,
``url``, ``title``, ``author``). 201 with the facts and the SHACL report when stored, 200 when
the same facts were already stored, 422 with the report when the shapes reject it, 400 for an
unreadable article.
"""

from __future__ import annotations

import json
import threading
from contextlib import AbstractContextManager, nullcontext

from flask import Blueprint, Response, current_app, jsonify, request

from kg.errors import KgError
from kg.ingest import is_article, prepare
from kg.rdf.iris import Minter
from kg.web.native_memory import trim
from kg.web.sparql import error
from kg.web.writes import authorise

bp = Blueprint("articles", __name__)
#: spaCy and the gazetteer load once; one extraction at a time (memory zones do not nest), and
#: the memory log (kg.web.memwatch) reads the vocabulary between extractions, never during one
EXTRACT_LOCK = threading.Lock()
META = ("id", "published", "source", "url", "title", "author", "language")


@bp.post("/articles")
def post_article() -> Response:
    refusal = authorise()
    if refusal is not None:
        return refusal
    raw = request.get_data(cache=True)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return error(400, "the article is not valid UTF-8")
    if request.mimetype == "application/json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            return error(400, f"the body is not JSON: {exc.msg}")
        except RecursionError:  # thousands of nested brackets: refused, not a 500
            return error(400, "the body is JSON nested too deeply to be an article")
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            return error(400, "an article is a JSON object with a 'text' string")
    elif request.mimetype in ("text/plain", "text/html"):
        doc = {"text": text, **{k: request.args[k] for k in META if k in request.args}}
    else:
        return error(415, "POST the article as application/json or text/plain")
    settings = current_app.config["KG_SETTINGS"]
    try:
        with EXTRACT_LOCK, _vocabulary_zone(doc):
            facts, rdf, report = prepare(doc, Minter(settings.base_iri))
    except KgError as exc:
        return error(400, str(exc))
    facts_doc = _facts_json(facts, rdf)
    body = {"facts": facts_doc, "conforms": report.conforms,
            "report": [f.__dict__ for f in report.findings]}
    if not report.conforms:
        resp = jsonify(body)
        resp.status_code = 422
        return resp
    with current_app.config["KG_WRITE_LOCK"]:
        written = current_app.config["KG_STORE"].replace_article(rdf)
        if written:
            current_app.config["KG_REFRESH"]()
    trim()  # an extraction's buffers are freed: give their pages back (kg.web.native_memory)
    resp = jsonify({**body, "stored": written, "graph": str(rdf.graph_iri)})
    resp.status_code = 201 if written else 200
    resp.headers["Location"] = str(rdf.article_iri)
    return resp


def _vocabulary_zone(doc: dict[str, object]) -> AbstractContextManager[None]:
    """For an article, spaCy's memory zone: the words of one article are forgotten after it,
    so the server's memory does not grow with every new word in the news
    (:func:`kg.extract.nlp.transient_vocabulary`). A facts document needs no spaCy at all."""
    if not is_article(doc):
        return nullcontext()
    from kg.extract.nlp import transient_vocabulary  # spaCy loads with the first article only

    return transient_vocabulary()


def _facts_json(facts, rdf) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What was extracted, in brief: the article id, its IRI and the events' types."""
    return {"article": facts.article.id, "iri": str(rdf.article_iri),
            "events": [{"id": e.id, "event_type": e.event_type,
                        "sub_event_type": e.sub_event_type,
                        "date": e.date.isoformat() if e.date else None} for e in facts.events]}
