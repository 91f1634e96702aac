"""Talking HTTP to a remote SPARQL 1.1 engine: endpoints, credentials, retries, error messages.

One concern only: turning "send this request to the engine" into either a response or one of the
project's errors with a message a person can act on (which URL, what went wrong, which setting to
check). What the requests *mean* (SPARQL Protocol, Update, Graph Store Protocol) is
:mod:`kg.store.remote`'s business.

Idempotent requests (queries, Graph Store GETs, and the article and ontology writes, which are
idempotent by construction) are retried with exponential backoff when the engine cannot be
reached or answers 502/503/504 — an engine restarting or a load balancer switching over should
not fail a batch of a thousand articles. Other writes are sent once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from kg.config import Settings
from kg.errors import InputError, StoreError

#: statuses meaning "briefly unavailable, try again" (proxy errors, overload, restarts)
RETRY_STATUSES = frozenset({502, 503, 504})
#: at most this much of an engine's error body goes into our message
MESSAGE_BYTES = 2000


class EngineUnreachable(StoreError):
    """No connection to the engine (after the retries)."""


class EngineTimeout(StoreError):
    """The engine did not answer in time."""


class EngineFailed(StoreError):
    """The engine answered with an error of its own (5xx, auth, wrong endpoint)."""

    def __init__(self, message: str, status: int, engine_message: str) -> None:
        super().__init__(message)
        self.status = status
        self.engine_message = engine_message


class EngineRefused(InputError):
    """The engine refused the request as malformed (4xx): the request's fault."""

    def __init__(self, message: str, status: int, engine_message: str) -> None:
        super().__init__(message)
        self.status = status
        self.engine_message = engine_message


@dataclass(frozen=True)
class Endpoints:
    """Where the engine answers each protocol.

    Derived from the store URL with Oxigraph server's layout (``{url}query``, ``{url}update``,
    ``{url}store``) unless set one by one (``KG_STORE_QUERY_URL`` and friends) — other engines
    name them differently (docs/deploy.md)."""

    root: str
    query: str
    update: str
    gsp: str

    @classmethod
    def from_settings(cls, location: str, settings: Settings) -> Endpoints:
        parts = urlsplit(location)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"{location!r} is not an http(s) URL of a SPARQL store")
        root = location if location.endswith("/") else location + "/"
        return cls(root=root,
                   query=settings.store_query_url or root + "query",
                   update=settings.store_update_url or root + "update",
                   gsp=settings.store_gsp_url or root + "store")


class EngineClient:
    """A pooled HTTP session to one engine (thread-safe for the web layer's threads)."""

    def __init__(self, endpoints: Endpoints, settings: Settings) -> None:
        self.endpoints = endpoints
        self.timeout = settings.store_timeout
        self.retries = max(0, settings.store_retries)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "conflict-kg (+https://w3id.org/conflict-kg/)"
        if settings.store_token and (settings.store_user or settings.store_password):
            raise StoreError("set either KG_STORE_TOKEN (bearer) or KG_STORE_USER and "
                             "KG_STORE_PASSWORD (basic), not both")
        if settings.store_token:
            self.session.headers["Authorization"] = f"Bearer {settings.store_token}"
        elif settings.store_user or settings.store_password:
            if not (settings.store_user and settings.store_password):
                raise StoreError("basic authentication needs both KG_STORE_USER and "
                                 "KG_STORE_PASSWORD")
            self.session.auth = (settings.store_user, settings.store_password)
        self._lock = threading.Lock()
        #: retries made since start and the last failure seen (reported on /health)
        self.retried = 0
        self.last_problem: str | None = None

    def send(self, method: str, url: str, *, idempotent: bool, what: str,
             timeout: float | None = None, stream: bool = False,
             **kwargs: object) -> requests.Response:
        """Send one request; a 2xx response, or an error for everything else.

        ``what`` names the operation for messages ("query", "article write", …).
        Bodies given as files or generators are sent once (they cannot be rewound), so such
        requests are never retried."""
        attempts = 1 + (self.retries if idempotent else 0)
        wait = 0.25
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                resp = self.session.request(method, url, timeout=timeout or self.timeout,
                                            stream=stream, **kwargs)  # type: ignore[arg-type]
            except requests.Timeout:
                self._note(f"{what}: no answer from {url} within {timeout or self.timeout:g} s")
                raise EngineTimeout(
                    f"the SPARQL store at {url} did not answer the {what} within "
                    f"{timeout or self.timeout:g} s; it may be overloaded (raise "
                    f"KG_STORE_TIMEOUT if such requests are expected to be slow)") from None
            except requests.ConnectionError as exc:
                self._note(f"{what}: cannot connect to {url}")
                if last:
                    raise EngineUnreachable(
                        f"cannot reach the SPARQL store at {url} ({_reason(exc)}); is the "
                        f"engine running, and are --store / KG_STORE_QUERY_URL, "
                        f"KG_STORE_UPDATE_URL, KG_STORE_GSP_URL right?") from None
            else:
                if resp.status_code < 300:
                    return resp
                if resp.status_code not in RETRY_STATUSES or last:
                    raise engine_error(resp, what)
                self._note(f"{what}: {url} answered {resp.status_code}")
                resp.close()
            with self._lock:
                self.retried += 1
            time.sleep(wait)
            wait *= 2
        raise AssertionError("unreachable")  # the last attempt returns or raises

    def _note(self, problem: str) -> None:
        with self._lock:
            self.last_problem = problem

    def close(self) -> None:
        self.session.close()


def engine_message(resp: requests.Response) -> str:
    """The engine's own explanation (first MESSAGE_BYTES of its body), on one line."""
    try:
        raw = next(resp.iter_content(MESSAGE_BYTES), b"") if resp.raw is not None else b""
    except requests.RequestException:
        raw = b""
    finally:
        resp.close()
    text = raw.decode("utf-8", "replace").strip()
    return " ".join(text.split()) or resp.reason or ""


def engine_error(resp: requests.Response, what: str) -> EngineRefused | EngineFailed:
    """The project's error for an engine's non-2xx answer.

    4xx other than auth/not-found is the request's fault (InputError: the query or update text
    was refused, with the engine's reason); everything else is a store problem."""
    status, url = resp.status_code, resp.url
    message = engine_message(resp)
    if status in (401, 403):
        return EngineFailed(
            f"the SPARQL store at {url} refused the {what} (HTTP {status}: {message}); check "
            f"KG_STORE_TOKEN, or KG_STORE_USER and KG_STORE_PASSWORD", status, message)
    if status in (404, 405):
        return EngineFailed(
            f"{url} answered HTTP {status} to the {what}: it does not look like the engine's "
            f"endpoint for it; set KG_STORE_QUERY_URL, KG_STORE_UPDATE_URL or KG_STORE_GSP_URL "
            f"(docs/deploy.md lists them per engine)", status, message)
    if 400 <= status < 500:
        return EngineRefused(f"the SPARQL store refused the {what}: {message}", status, message)
    return EngineFailed(f"the SPARQL store at {url} failed on the {what} (HTTP {status}): "
                        f"{message}", status, message)


def _reason(exc: requests.ConnectionError) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "No route to host",
                   "Connection reset", "timed out", "Temporary failure in name resolution"):
        if marker in text:
            return marker.lower()
    return type(exc).__name__
