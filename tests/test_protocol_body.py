"""Reading a query request's body once (kg.web.protocol.query_body): the bytes the parser and
the response cache's key see, what is left for any later reader, and a body cut short.

Real Werkzeug requests on WSGI environs (a short body cannot be sent to waitress, which waits
for the whole body before it calls the application).
"""

from __future__ import annotations

import io

import pytest
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from kg.web.protocol import ProtocolError, query_body, read_query_request

BODY = b"query=SELECT+%3Fs+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D&format=csv"


def _request(body: bytes, **environ: object) -> Request:
    env = EnvironBuilder(path="/sparql", method="POST", data=body,
                         content_type="application/x-www-form-urlencoded").get_environ()
    env.update(environ)
    return Request(env)


def test_the_body_is_read_once_and_left_for_later_readers() -> None:
    request = _request(BODY)
    assert query_body(request, 4096) == BODY
    assert query_body(request, 4096) is query_body(request, 4096)  # read once
    assert request.get_data() == BODY  # the input now holds the same bytes
    parsed = read_query_request(request, 1024)
    assert parsed.query == "SELECT ?s WHERE { ?s ?p ?o }" and parsed.format == "csv"


def test_a_body_without_a_declared_length_is_read_by_werkzeug() -> None:
    env = _request(BODY).environ
    del env["CONTENT_LENGTH"]
    env["wsgi.input_terminated"] = True  # a chunked request the server has de-chunked
    env["wsgi.input"] = io.BytesIO(BODY)
    assert query_body(Request(env), 4096) == BODY


def test_a_body_shorter_than_its_length_is_a_400() -> None:
    request = _request(BODY[:20], CONTENT_LENGTH=str(len(BODY)))
    with pytest.raises(ProtocolError) as caught:
        query_body(request, 4096)
    assert caught.value.status == 400
    assert f"ended after 20 of its {len(BODY)} bytes" in caught.value.message


def test_a_body_over_the_limit_is_refused_before_it_is_read() -> None:
    with pytest.raises(ProtocolError) as caught:
        read_query_request(_request(b"query=" + b"x" * 8000), 1024)
    assert caught.value.status == 413
