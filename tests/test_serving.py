"""kg serve's waitress server (kg.web.serving): a small response leaves in one write, and the
bytes on the wire are exactly stock waitress's for every kind of response.

Both servers run for real on sockets in this process, with the same WSGI app; the raw HTTP
exchanges (keep-alive, HEAD, 204/304, chunked and streamed bodies, a body that overruns its
Content-Length, HTTP/1.0) are compared byte for byte, the ``Date`` header aside.
"""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from waitress import create_server

from kg.web.serving import JOIN_LIMIT, OneWriteChannel, make_server

SMALL = b'{"head":{"vars":["p","o"]},"results":{"bindings":[]}}\n' * 40  # a lookup's size
LARGE = b"x" * (JOIN_LIMIT + 1)


def app(environ: dict[str, Any], start_response: Any) -> Any:
    """One response per path, covering the ways an application hands waitress a body."""
    path = environ["PATH_INFO"]
    environ["wsgi.input"].read()
    if path == "/small":
        start_response("200 OK", [("Content-Type", "application/json"),
                                  ("Content-Length", str(len(SMALL)))])
        return [SMALL]
    if path == "/large":
        start_response("200 OK", [("Content-Length", str(len(LARGE)))])
        return [LARGE]
    if path == "/parts":  # declared length, body in three parts
        start_response("200 OK", [("Content-Length", "9")])
        return [b"abc", b"def", b"ghi"]
    if path == "/chunked":  # no length: waitress chunks it
        start_response("200 OK", [("Content-Type", "text/plain")])
        return iter([b"one", b"two"])
    if path == "/overrun":  # more bytes than declared: waitress trims and logs
        start_response("200 OK", [("Content-Length", "3")])
        return [b"abcdef"]
    if path == "/single":  # a one-item list without a declared length: waitress measures it
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"measured"]
    if path == "/empty":
        start_response("204 No Content", [])
        return [b""]
    if path == "/not-modified":
        start_response("304 Not Modified", [("ETag", 'W/"1"')])
        return []
    if path == "/write":  # the legacy write() callable
        write = start_response("200 OK", [("Content-Length", "5")])
        write(b"hello")
        return []
    start_response("404 Not Found", [("Content-Length", "0")])
    return []


class RecordingChannel(OneWriteChannel):
    """kg serve's channel, keeping what each write_soon call was given (a test probe)."""

    writes: ClassVar[list[bytes]] = []

    def write_soon(self, data: Any) -> int:
        if isinstance(data, bytes):
            RecordingChannel.writes.append(data)
        return super().write_soon(data)


def _run(server: Any) -> Iterator[int]:
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        server.close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def ours() -> Iterator[int]:
    server = make_server(app, host="127.0.0.1", port=0, threads=2, ident="conflict-kg")
    server.channel_class = RecordingChannel
    yield from _run(server)


@pytest.fixture(scope="module")
def stock() -> Iterator[int]:
    yield from _run(create_server(app, host="127.0.0.1", port=0, threads=2,
                                  ident="conflict-kg"))


REQUESTS = [
    b"GET /small HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nquery",
    b"HEAD /small HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /large HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /parts HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /overrun HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /single HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /empty HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /not-modified HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /write HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /missing HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /small HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
    b"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n",  # no length: waitress closes after it
]


def _exchange(port: int, requests: list[bytes]) -> bytes:
    """Send the requests one after another on one connection; everything read until close."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for req in requests:
            sock.sendall(req)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(1 << 16):
            data += chunk
    return re.sub(rb"\r\nDate: [^\r]*", b"", data)


@pytest.mark.parametrize("raw", REQUESTS, ids=lambda r: r.split(b"\r\n")[0].decode())
def test_the_bytes_on_the_wire_are_stock_waitress_s(ours: int, stock: int, raw: bytes) -> None:
    mine, theirs = _exchange(ours, [raw]), _exchange(stock, [raw])
    assert mine.startswith(b"HTTP/1.") and mine == theirs


def test_keep_alive_answers_are_stock_waitress_s(ours: int, stock: int) -> None:
    """Several requests on one connection (those that keep it open), then one that closes."""
    sequence = [r for r in REQUESTS if b"/empty" not in r and b"/chunked" not in r
                and b"HTTP/1.0" not in r and b"/not-modified" not in r] + [REQUESTS[-1]]
    mine, theirs = _exchange(ours, sequence), _exchange(stock, sequence)
    assert mine.count(b"HTTP/1.1 ") == len(sequence) and mine == theirs


def test_a_small_whole_response_is_one_write(ours: int) -> None:
    RecordingChannel.writes.clear()
    answer = _exchange(ours, [b"GET /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"])
    assert len(RecordingChannel.writes) == 1
    (write,) = RecordingChannel.writes
    assert write.startswith(b"HTTP/1.1 200 OK\r\n") and write.endswith(b"\r\n\r\n" + SMALL)
    assert answer == re.sub(rb"\r\nDate: [^\r]*", b"", write)


@pytest.mark.parametrize(("path", "writes"), [
    ("/large", 2),  # past JOIN_LIMIT: the head, then the body, as waitress sends them
    ("/parts", 3),  # the head with the first part (not the whole body), then the other two
    ("/chunked", 4),  # the head, two chunks, the last chunk
    ("/not-modified", 1),  # no body
])
def test_other_responses_keep_waitress_s_writes(ours: int, path: str, writes: int) -> None:
    RecordingChannel.writes.clear()
    _exchange(ours, [f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()])
    assert len(RecordingChannel.writes) == writes
