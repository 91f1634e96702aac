"""A real authenticating reverse proxy for the tests: the way a deployment puts credentials in
front of ``oxigraph serve``, which has no authentication of its own (docs/deploy.md).

It listens on a free loopback port, answers **401** (with ``WWW-Authenticate``) to any request
whose ``Authorization`` header is not exactly the expected bearer token or basic credentials,
and forwards every other request — method, path and query, headers, body (``Content-Length`` or
chunked, as requests sends file uploads) — to the upstream server over HTTP/1.1, then relays
the answer. The ``Authorization`` header is consumed here, not forwarded: the engine behind
never sees it. Every request it receives is recorded with all its headers, so a test can show
where credentials went (with no credentials configured it is a plain recording proxy).

``refuse(method, path)`` (path with its query) may name a status the proxy answers itself
instead of forwarding, with a short text body: an engine that lacks a request the upstream
Oxigraph server has (tests/test_dump_select.py: no whole-dataset Graph Store GET); and
``transform(content_type, body)`` may change the upstream's answer before it is relayed (an
engine that cuts results off at a number of rows).
"""

from __future__ import annotations

import base64
import hmac
import http.client
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

#: headers that describe one connection, not the message (RFC 9110 §7.6.1), plus those the
#: proxy sets itself
_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
                         "te", "trailer", "transfer-encoding", "upgrade", "host",
                         "content-length", "authorization"})


@dataclass(frozen=True)
class Seen:
    """One request as it reached the proxy."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    status: int  # what the proxy answered

    @property
    def authorization(self) -> str | None:
        return next((v for k, v in self.headers if k.lower() == "authorization"), None)


class AuthProxy:
    """``AuthProxy(upstream, token=…)`` or ``AuthProxy(upstream, user=…, password=…)`` or, with
    neither, a recording pass-through. ``url`` is the proxy's base URL (same paths as
    upstream's); ``seen`` the requests so far; ``stop()`` closes it."""

    def __init__(self, upstream: str, *, token: str | None = None, user: str | None = None,
                 password: str | None = None,
                 refuse: Callable[[str, str], int | None] | None = None,
                 transform: Callable[[str, bytes], bytes] | None = None) -> None:
        parts = urlsplit(upstream)
        self.refuse, self.transform = refuse, transform
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        if token is not None:
            self.expected: str | None = f"Bearer {token}"
            self.scheme = "Bearer"
        elif user is not None and password is not None:
            pair = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            self.expected = f"Basic {pair}"
            self.scheme = "Basic"
        else:
            self.expected = None
            self.scheme = ""
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def admits(self, authorization: str | None) -> bool:
        if self.expected is None:
            return True
        return authorization is not None and hmac.compare_digest(
            authorization.encode("latin-1", "replace"), self.expected.encode("latin-1"))

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)

    def reset(self) -> None:
        with self._lock:
            self.seen.clear()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


def _handler_for(proxy: AuthProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the engine client's pooled session uses

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the recorded requests are the log."""

        def _body(self) -> bytes:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                out = bytearray()
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass  # trailers
                        return bytes(out)
                    out += self.rfile.read(size)
                    self.rfile.readline()  # the CRLF after each chunk
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _forward(self) -> None:
            body = self._body()
            given = self.headers.get("Authorization")
            headers = tuple(self.headers.items())
            if not proxy.admits(given):
                proxy.record(Seen(self.command, self.path, headers, 401))
                self._answer(401, [("WWW-Authenticate", f'{proxy.scheme} realm="engine"'),
                                   ("Content-Type", "text/plain")], b"unauthorised\n")
                return
            refused = proxy.refuse(self.command, self.path) if proxy.refuse else None
            if refused is not None:
                proxy.record(Seen(self.command, self.path, headers, refused))
                self._answer(refused, [("Content-Type", "text/plain")],
                             f"refused by the test proxy: {refused}\n".encode())
                return
            conn = http.client.HTTPConnection(*proxy.upstream, timeout=120)
            try:
                out = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                out["Content-Length"] = str(len(body))
                conn.request(self.command, self.path, body=body, headers=out)
                resp = conn.getresponse()
                data = resp.read()
                relay = [(k, v) for k, v in resp.getheaders() if k.lower() not in _HOP_BY_HOP]
            except OSError as exc:
                proxy.record(Seen(self.command, self.path, headers, 502))
                self._answer(502, [("Content-Type", "text/plain")],
                             f"upstream failed: {type(exc).__name__}\n".encode())
                return
            finally:
                conn.close()
            proxy.record(Seen(self.command, self.path, headers, resp.status))
            if proxy.transform is not None:
                data = proxy.transform(resp.getheader("Content-Type") or "", data)
            self._answer(resp.status, relay, data)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

    return Handler
