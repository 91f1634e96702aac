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


# -- form decoding (kg.web.protocol._form): the C-codec path must be parse_qsl exactly --------

def _both(raw: bytes) -> tuple[object, object]:
    """(what _form makes of ``raw``, what parse_qsl makes of it), an error as its class."""
    from urllib.parse import parse_qsl

    from werkzeug.datastructures import MultiDict

    from kg.web.protocol import _form

    try:
        got: object = list(_form(raw).items(multi=True))
    except ProtocolError as exc:
        got = (ProtocolError, exc.status)
    try:
        want: object = list(MultiDict(parse_qsl(raw.decode("ascii"), keep_blank_values=True,
                                                encoding="utf-8", errors="strict")
                                      ).items(multi=True))
    except UnicodeDecodeError:
        want = (ProtocolError, 400)
    return got, want


@pytest.mark.parametrize("raw", [
    b"", b"&", b"&&query=a", b"query", b"query=", b"=x", b"a=b=c", b"a+b=c+d", b"a%2Bb=%2B",
    b"query=%3C%3E&format=csv&query=two", b"q=%e2%80%99%E2%80%99", b"q=%C3%A9t%C3%A9",
    b"q=%4G", b"q=%", b"q=%4", b"q=%%41", b"q=%ff", b"q=%C3", b"q=%C3%28",
    b"q=a\\nb", b"q=%5Cu0041", b"q=\\x41", b"q=%5C%78%34%31", b"q=\xc3\xa9", b"q=\x80",
    b"q=%00%0A%0D", b"q=line%0Abreak+and+%23hash", BODY,
])
def test_form_decoding_is_parse_qsl(raw: bytes) -> None:
    got, want = _both(raw)
    assert got == want


def test_form_decoding_is_parse_qsl_on_random_bodies() -> None:
    import random
    from urllib.parse import quote, quote_plus

    rng = random.Random(54)
    alphabet = ["a", "Z", "0", " ", "+", "%", "&", "=", "\\", "é", "’", "\n", "<", "#", "?",
                "x", "4", "G", "%4", "%C3", "%41", "%2B", "%26", "%3D", "%5C", "\u0000"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for raw in (text.encode("utf-8", "surrogatepass"),
                    quote(text).encode("ascii"), quote_plus(text).encode("ascii"),
                    b"query=" + quote_plus(text).encode("ascii") + b"&format=" + quote(text,
                                                                                  safe="%").encode()):
            got, want = _both(raw)
            assert got == want, raw


def test_the_codec_path_takes_what_it_can_and_leaves_the_rest() -> None:
    from kg.web.protocol import _percent_pairs

    assert _percent_pairs(BODY) == [("query", "SELECT ?s WHERE { ?s ?p ?o }"), ("format", "csv")]
    assert _percent_pairs(b"q=%E2%80%99") == [("q", "’")]
    for raw in (b"q=a\\b", b"q=%4G", b"q=%ff", b"q=\xc3\xa9"):  # parse_qsl's to decide
        assert _percent_pairs(raw) is None
