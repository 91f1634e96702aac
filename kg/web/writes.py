"""Token-protected writes: SPARQL 1.1 Update (/update) and the Graph Store HTTP Protocol (/store).

Reads are public; every write needs ``Authorization: Bearer <KG_WRITE_TOKEN>``. Without a
configured token the service is read-only and says so (403). Writes run on the on-disk store in
the server process, one at a time and each in one transaction; afterwards the query workers are
moved to a fresh snapshot so that the next query sees the change.

``LOAD`` and ``SERVICE`` are refused in updates: pyoxigraph would fetch any IRI, ``file:`` and
internal hosts included. Upload RDF with the Graph Store Protocol instead.
"""

from __future__ import annotations

import hmac
from urllib.parse import parse_qsl

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.errors import InputError
from kg.query_text import has_keyword, with_update_dataset
from kg.web.sparql import accept_without_params, error

bp = Blueprint("writes", __name__)

UPDATE_FORM = "application/x-www-form-urlencoded"
UPDATE_DIRECT = "application/sparql-update"
#: media type → parser format for Graph Store Protocol bodies
RDF_BODY_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}
#: media type → serialiser format for Graph Store Protocol GET
RDF_GET_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
}


def authorise() -> Response | None:
    """None when the request may write, else the refusal to send."""
    token = current_app.config["KG_SETTINGS"].write_token
    if not token:
        return error(403, "this service is read-only: writes are enabled only when the server "
                          "is started with KG_WRITE_TOKEN")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return error(401, "writes need 'Authorization: Bearer <token>'",
                     **{"WWW-Authenticate": 'Bearer realm="conflict-kg"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        return error(403, "the write token is not valid")
    return None


def _after_write() -> None:
    current_app.config["KG_REFRESH"]()


@bp.route("/update", methods=["POST", "GET"])
def update() -> Response:
    if request.method == "GET":
        return error(405, "send updates with POST (SPARQL 1.1 Protocol §2.2)",
                     Allow="POST")
    refusal = authorise()
    if refusal is not None:
        return refusal
    settings = current_app.config["KG_SETTINGS"]
    mimetype = request.mimetype
    raw = request.get_data(cache=True)
    try:
        if mimetype == UPDATE_FORM:
            pairs = parse_qsl(raw.decode("ascii"), keep_blank_values=True,
                              encoding="utf-8", errors="strict")
            updates = [v for k, v in pairs if k == "update"]
            if "query" in {k for k, _ in pairs}:
                return error(400, "this is the update endpoint; send queries to /sparql")
            if len(updates) != 1:
                return error(400, f"the request has {len(updates)} 'update' parameters; "
                                  f"send exactly one")
            text = updates[0]
            params = pairs
        elif mimetype == UPDATE_DIRECT:
            text = raw.decode("utf-8")
            params = parse_qsl(request.query_string.decode("ascii"), keep_blank_values=True)
        else:
            return error(415, f"POST an update as {UPDATE_FORM} or {UPDATE_DIRECT}")
    except UnicodeDecodeError:
        return error(400, "the update is not valid UTF-8")
    if len(text.encode("utf-8")) > settings.max_query_bytes:
        return error(413, f"the update is longer than {settings.max_query_bytes:,} bytes")
    using = [v for k, v in params if k == "using-graph-uri"]
    using_named = [v for k, v in params if k == "using-named-graph-uri"]
    if using or using_named:
        for iri in using + using_named:
            try:
                ox.NamedNode(iri)
            except ValueError:
                return error(400, f"{iri!r} is not an absolute IRI")
        try:
            text = with_update_dataset(text, using, using_named)
        except ValueError as exc:
            return error(400, str(exc))
    for keyword in ("LOAD", "SERVICE"):
        if has_keyword(text, keyword):
            return error(400, f"{keyword} is disabled on this service; upload RDF with the "
                              f"Graph Store Protocol (/store) instead")
    store = current_app.config["KG_STORE"]
    with current_app.config["KG_WRITE_LOCK"]:
        try:
            store.update(text, base_iri=request.base_url)
        except InputError as exc:
            return error(400, str(exc))
        _after_write()  # a StoreError goes to the app's handler: 503/502, detail in the log
    return Response(status=204)


def _target_graph() -> tuple[str | None, Response | None]:
    """The graph a Graph Store Protocol request is about (indirect ?graph= / ?default, or the
    request URL itself for direct identification under /store/...)."""
    args = request.args
    if request.path.rstrip("/") != "/store":  # direct: the request URL names the graph
        if args:
            return None, error(400, "a directly identified graph takes no parameters")
        try:
            ox.NamedNode(request.base_url)
        except ValueError:
            return None, error(400, f"{request.base_url!r} is not a valid IRI")
        return request.base_url, None
    has_default = "default" in args
    graphs = args.getlist("graph")
    if has_default and graphs:
        return None, error(400, "give either ?default or ?graph=, not both")
    if len(graphs) > 1:
        return None, error(400, "give one ?graph= parameter")
    if not has_default and not graphs:
        if request.method == "POST":
            return "", None  # POST to the service: a new graph with a server-made IRI
        return None, error(400, "say which graph: ?default or ?graph=IRI")
    if has_default:
        return None, None
    iri = graphs[0]
    try:
        ox.NamedNode(iri)
    except ValueError:
        return None, error(400, f"{iri!r} is not an absolute IRI")
    return iri, None


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
@bp.route("/store/<path:_rest>", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph_store(_rest: str | None = None) -> Response:
    graph, problem = _target_graph()
    if problem is not None:
        return problem
    store = current_app.config["KG_STORE"]
    if request.method in ("GET", "HEAD"):
        return _get_graph(store, graph)
    refusal = authorise()
    if refusal is not None:
        return refusal
    with current_app.config["KG_WRITE_LOCK"]:
        if request.method == "DELETE":
            if not store.graph_exists(graph):
                return error(404, f"no graph {graph}")
            store.drop_graph(graph)
            _after_write()
            return Response(status=204)
        body = request.get_data(cache=True)
        fmt = RDF_BODY_FORMATS.get(request.mimetype)
        if request.mimetype == "multipart/form-data" and request.method == "POST":
            body, problem = _merged_parts()  # GSP §5.5: each part is RDF to merge
            if problem is not None:
                return problem
            fmt = ox.RdfFormat.N_TRIPLES
        if fmt is None:
            return error(415, "send the graph as " + ", ".join(RDF_BODY_FORMATS)
                         + " (or, to POST, multipart/form-data of those)")
        created_iri = None
        if graph == "":  # POST to the service itself: mint the new graph's IRI from content
            import hashlib

            digest = hashlib.sha256(body).hexdigest()[:16]
            created_iri = request.host_url.rstrip("/") + f"/store/graph-{digest}"
            graph = created_iri
        existed = store.graph_exists(graph)
        try:
            store.write_graph(graph, body, fmt, replace=request.method == "PUT")
        except InputError as exc:
            return error(400, str(exc))
        _after_write()
    if created_iri is not None:
        resp = Response(status=201)
        resp.headers["Location"] = created_iri
        return resp
    return Response(status=204 if existed else 201)


def _merged_parts() -> tuple[bytes, Response | None]:
    """The RDF files of a multipart/form-data POST as one N-Triples document. Each part is
    parsed on its own (its Content-Type, else its file name, says the format), with its blank
    nodes renamed so that two files' ``_:b0`` stay two nodes."""
    parts = [f for _name, f in request.files.items(multi=True)]
    if not parts:
        return b"", error(400, "the multipart body has no file parts")
    triples: list[ox.Triple] = []
    for part in parts:
        fmt = RDF_BODY_FORMATS.get(part.mimetype or "")
        if fmt is None and part.filename and "." in part.filename:
            fmt = ox.RdfFormat.from_extension(part.filename.rsplit(".", 1)[1])
        if fmt is None or fmt.supports_datasets:
            return b"", error(415, f"part {part.name!r}: send each file as one of "
                                   + ", ".join(RDF_BODY_FORMATS))
        try:
            triples.extend(ox.parse(part.read(), fmt, base_iri=request.base_url,
                                    rename_blank_nodes=True))  # type: ignore[arg-type]
        except SyntaxError as exc:
            return b"", error(400, f"part {part.name!r} is not valid {fmt.name}: {exc}")
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", None


def _get_graph(store, graph: str | None) -> Response:  # type: ignore[no-untyped-def]
    if graph == "":
        return error(400, "say which graph: ?default or ?graph=IRI")
    if not store.graph_exists(graph):
        return error(404, f"no graph {graph}")
    best = accept_without_params().best_match(list(RDF_GET_FORMATS)) if request.headers.get(
        "Accept", "").strip() else "text/turtle"
    if best is None:
        return error(406, "acceptable: " + ", ".join(RDF_GET_FORMATS))
    body = store.graph_bytes(graph, RDF_GET_FORMATS[best])
    limit = current_app.config["KG_SETTINGS"].max_result_bytes
    if len(body) > limit:
        return error(413, f"the graph is larger than {limit:,} bytes; download the dumps "
                          f"(/dumps/) or page through it with SPARQL")
    resp = Response(b"" if request.method == "HEAD" else body,
                    content_type=f"{best}; charset=utf-8")
    resp.headers.update({"Access-Control-Allow-Origin": "*", "Vary": "Accept",
                         "Content-Length": str(len(body))})
    return resp
