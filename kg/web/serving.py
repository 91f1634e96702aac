"""``kg serve``'s HTTP server: waitress, with a response's head and body sent in one write.

Waitress hands every piece a response is made of to the socket as soon as it has it
(``send_bytes`` = 1): first the status line and headers, then the body. For a small answer —
the typical `/sparql` lookup, a few kB held whole in memory — that is two ``send`` calls and two
TCP segments, and the client, which reads the head before it asks for the body, has to be
woken twice. Measured on a q01 lookup (bench/README.md, "Where the fixed cost of a tiny query
goes"), one write instead of two takes ~40–60 µs off every request, as much as all of a
request's parsing.

:class:`OneWriteTask` therefore joins the head to the first body part when the response has
a declared ``Content-Length`` that the part does not overrun, is not chunked, and the part is
small enough that copying it costs less than the second system call (:data:`JOIN_LIMIT`); a
small answer held whole in memory (a lookup's few kB) is that first part. Everything else —
chunked and streamed answers, file wrappers, HEAD, 204 and 304 answers, bodies that overrun
their ``Content-Length`` — is left to waitress's own ``write``, so the bytes on the wire are
exactly the bytes waitress writes: only how many ``send`` calls carry them changes
(tests/test_serving.py compares them with stock waitress's).
"""

from __future__ import annotations

import logging
from typing import Any

from waitress import create_server
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer
from waitress.task import WSGITask

#: the largest first body part that is copied behind the head to save a ``send``; larger parts
#: (streamed files come in 64 KiB chunks) go out on their own, as waitress sends them
JOIN_LIMIT = 64 * 1024


class OneWriteTask(WSGITask):
    """A WSGI task whose response head leaves with the body when the body is small and whole."""

    def write(self, data: bytes) -> None:
        if self.wrote_header or not data or not self.complete:
            super().write(data)  # later parts, an empty write, start_response not yet called
            return
        head = self.build_response_header()  # decides chunking and keep-alive, as waitress does
        self.wrote_header = True
        if (self.has_body and not self.chunked_response and self.content_length is not None
                and len(data) <= min(self.content_length, JOIN_LIMIT)):
            # what waitress's write() would send in two calls: the head, then all of ``data``
            self.content_bytes_written += len(data)
            self.channel.write_soon(head + data)
            return
        self.channel.write_soon(head)
        super().write(data)  # the head is out: waitress chunks, trims or drops this part


class OneWriteChannel(HTTPChannel):
    """An HTTP connection whose requests run as :class:`OneWriteTask`."""

    task_class = OneWriteTask


def make_server(app: Any, **adjustments: Any) -> Any:
    """``waitress.create_server`` with :class:`OneWriteChannel` on every listening socket (not
    yet running); the keyword arguments are waitress's adjustments (host, port, threads, …)."""
    server = create_server(app, **adjustments)
    # one listening socket: the server itself; several (a name with IPv4 and IPv6 addresses):
    # a MultiSocketServer whose map holds one server per socket
    for listener in (server, *getattr(server, "map", {}).values()):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = OneWriteChannel
    return server


def serve(app: Any, **adjustments: Any) -> None:
    """``waitress.serve`` with :func:`make_server`'s server: runs until interrupted."""
    logging.basicConfig()  # as waitress.serve: its "Serving on …" line and warnings show
    server = make_server(app, **adjustments)
    server.print_listen("Serving on http://{}:{}")
    server.run()
