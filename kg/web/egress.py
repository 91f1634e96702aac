"""Outbound HTTP on a user's behalf — the federated ``SERVICE`` calls — on our own terms.

pyoxigraph's SERVICE client resolves names, connects and follows redirects by itself, so it is
never given a SERVICE clause (:mod:`kg.web.federation` evaluates them with this client). This is
the only code that makes this service contact a host a query names, and it:

* speaks ``http`` and ``https`` only, through no proxy (proxy environment variables are not
  read: a proxy would resolve the name a second time), without credentials or cookies;
* resolves the host once and refuses the call when **any** of its addresses is not a public
  unicast address — loopback (127.0.0.0/8, ::1), private (RFC 1918, 100.64.0.0/10,
  fc00::/7, fec0::/10), link-local (169.254.0.0/16, fe80::/10), unspecified, multicast,
  broadcast, documentation and reserved ranges, and those addresses embedded in IPv4-mapped,
  6to4 or NAT64 IPv6 addresses — unless the host *is* an IP literal that the operator's
  allow-list names. A host name resolving to such an address is refused even when the name is
  allowed: that is what DNS rebinding looks like, and an operator who means a local endpoint
  names its address;
* connects to the very address it checked (no second resolution; TLS still verifies the
  certificate against the host name);
* follows no redirect: a 3xx answer is a failed call (a redirect could point anywhere);
* bounds the whole exchange by one deadline — a watchdog shuts the socket when it passes, so
  a server trickling bytes cannot stretch it — and the answer by a size;
* accepts only SPARQL results in JSON or XML, uncompressed.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
ACCEPT = f"{SPARQL_JSON}, {SPARQL_XML};q=0.9"
USER_AGENT = "conflict-kg-federation/1 (SPARQL 1.1 federated query)"
_CHUNK = 1 << 16
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
#: characters kept as they are when an IRI's path and query become a request target (the rest,
#: non-ASCII included, is percent-encoded; existing %XX escapes stay)
_TARGET_SAFE = "/?&=%:@!$'()*+,;~-._"


class EgressRefused(Exception):
    """This service will not make that call (a policy refusal: the request is at fault)."""


class EgressFailed(Exception):
    """The call was made and failed: unreachable, too slow, an error or redirect, an answer too
    large or not SPARQL results."""


@dataclass(frozen=True)
class Answer:
    media_type: str  # SPARQL_JSON or SPARQL_XML
    body: bytes


def is_public(ip: IPAddress) -> bool:
    """Whether ``ip`` is a public unicast address (see the module docstring for what is not)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if ip.teredo is not None:
            embedded = ip.teredo[1]
        if embedded is not None and not is_public(embedded):
            return False
        if ip.is_site_local:
            return False
    return ip.is_global and not (ip.is_private or ip.is_loopback or ip.is_link_local
                                 or ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def ip_literal(host: str | None) -> IPAddress | None:
    """``host`` as an IP address when it is written as one (dotted quad, IPv6 without its
    brackets); None for a name — ``2130706433`` or ``127.1`` are names here, and resolve."""
    if not host:
        return None
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def _resolve(host: str, port: int, timeout: float) -> list[IPAddress]:
    """Every address ``host`` resolves to, within ``timeout`` (getaddrinfo has no timeout of
    its own, so it runs in a thread that is abandoned if it overruns)."""
    found: list[tuple] = []
    failed: list[OSError] = []

    def lookup() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            failed.append(exc)

    worker = threading.Thread(target=lookup, name="kg-egress-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise EgressFailed(f"resolving its host took longer than {timeout:g} s")
    if failed or not found:
        raise EgressFailed("its host name does not resolve")
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in found:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if ip not in addresses:
            addresses.append(ip)
    return addresses


def checked_addresses(host: str, port: int, allowed_literals: frozenset[IPAddress],
                      timeout: float) -> list[IPAddress]:
    """The addresses a call to ``host`` may connect to; EgressRefused when it may not be made.
    What was refused is written to the server's log, not told to the client (the addresses of
    internal hosts are not the client's business)."""
    literal = ip_literal(host)
    if literal is not None:
        if literal.is_unspecified or literal.is_multicast:
            raise EgressRefused("the endpoint's address is not one a service can have")
        if literal in allowed_literals or is_public(literal):
            return [literal]
        print(f"kg serve: SERVICE refused: {literal} is not public and not named in "
              f"KG_SERVICE_ALLOW", file=sys.stderr, flush=True)
        raise EgressRefused("the endpoint's address is not public (a loopback, private or "
                            "link-local address is reached only when KG_SERVICE_ALLOW names "
                            "that address itself)")
    addresses = _resolve(host, port, timeout)
    inner = [ip for ip in addresses if not is_public(ip)]
    if inner:
        print(f"kg serve: SERVICE refused: {host} resolves to non-public "
              f"{', '.join(map(str, inner))}", file=sys.stderr, flush=True)
        raise EgressRefused("the endpoint's host name resolves to an address that is not "
                            "public; a host name is only called at public addresses (to call "
                            "a local endpoint, allow its IP address in KG_SERVICE_ALLOW)")
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to a fixed address, whatever its host name resolves to now; the
    name is still sent in the Host header."""

    def __init__(self, host: str, port: int, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self.address), self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """The same over TLS; the certificate is verified against the host name (or the IP
    literal), with the system's trust store."""

    default_port = 443

    def __init__(self, host: str, port: int, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, address, timeout)
        self.context = ssl.create_default_context()

    def connect(self) -> None:
        super().connect()
        self.sock = self.context.wrap_socket(self.sock, server_hostname=self.host)


def post_query(url: str, query: str, *, allowed_literals: frozenset[IPAddress],
               timeout: float, max_bytes: int) -> Answer:
    """POST ``query`` to the SPARQL endpoint ``url`` (SPARQL 1.1 Protocol, form-encoded) and
    return its SPARQL results; EgressRefused or EgressFailed otherwise. ``timeout`` bounds the
    whole call, name resolution included."""
    deadline = time.monotonic() + timeout
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise EgressRefused("only http:// and https:// endpoints can be called")
    if parts.username is not None or parts.password is not None:
        raise EgressRefused("an endpoint IRI with a user name or password is not called")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        raise EgressRefused("the endpoint's host or port is malformed") from None
    if not host:
        raise EgressRefused("the endpoint IRI has no host")
    addresses = checked_addresses(host, port, allowed_literals, timeout)
    target = quote(parts.path or "/", safe=_TARGET_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_TARGET_SAFE)
    body = urlencode({"query": query}).encode("ascii")
    headers = {"Accept": ACCEPT, "Content-Type": "application/x-www-form-urlencoded",
               "User-Agent": USER_AGENT, "Connection": "close"}
    connection = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    last: Exception | None = None
    for address in addresses:  # like a browser: the next address when one does not connect
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        conn = connection(host, port, address, remaining)
        try:
            conn.connect()
        except OSError as exc:
            conn.close()
            last = exc
            continue
        try:
            return _exchange(conn, target, body, headers, deadline, timeout, max_bytes)
        finally:
            conn.close()
    if isinstance(last, TimeoutError) or last is None:
        raise EgressFailed(f"it did not answer within {timeout:g} s")
    if isinstance(last, ssl.SSLError):
        raise EgressFailed(f"the TLS handshake failed ({last.reason or last})")
    if isinstance(last, ConnectionRefusedError):
        raise EgressFailed("it refused the connection")
    raise EgressFailed(f"it could not be reached ({last.strerror or type(last).__name__})")


def _exchange(conn: _PinnedHTTPConnection, target: str, body: bytes, headers: dict[str, str],
              deadline: float, timeout: float, max_bytes: int) -> Answer:
    """Send the request on the connected ``conn`` and read the answer, all before
    ``deadline``."""
    sock = conn.sock
    expired = threading.Event()

    def stop() -> None:  # unblocks any read or write in progress
        expired.set()
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), stop)
    watchdog.daemon = True
    watchdog.start()
    try:
        conn.request("POST", target, body=body, headers=headers)
        resp = conn.getresponse()
        if 300 <= resp.status < 400:
            where = resp.getheader("Location")
            raise EgressFailed(f"it answered HTTP {resp.status}, a redirect"
                               f"{' to ' + where[:200] if where else ''}; redirects are not "
                               f"followed (allow and name the final endpoint)")
        if resp.status != 200:
            raise EgressFailed(f"it answered HTTP {resp.status} {resp.reason}"
                               f"{_error_detail(resp)}")
        media = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
        if media not in (SPARQL_JSON, SPARQL_XML):
            raise EgressFailed(f"it answered {media or 'no media type'}, not SPARQL results "
                               f"in JSON or XML")
        encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
        if encoding != "identity":
            raise EgressFailed(f"it answered in {encoding} encoding, which was not asked for")
        declared = resp.getheader("Content-Length")
        if declared and declared.strip().isdigit() and int(declared) > max_bytes:
            raise EgressFailed(f"its answer ({int(declared):,} bytes) is larger than the "
                               f"{max_bytes:,} bytes left (KG_SERVICE_MAX_BYTES)")
        data = bytearray()
        while block := resp.read1(_CHUNK):
            data += block
            if len(data) > max_bytes:
                raise EgressFailed(f"its answer is larger than the {max_bytes:,} bytes "
                                   f"left (KG_SERVICE_MAX_BYTES)")
        if expired.is_set():
            raise TimeoutError
        return Answer(media, bytes(data))
    except EgressFailed:
        raise
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        if expired.is_set() or isinstance(exc, TimeoutError):
            raise EgressFailed(f"it did not answer within {timeout:g} s") from None
        if isinstance(exc, ssl.SSLError):
            raise EgressFailed(f"the TLS exchange failed ({exc.reason or exc})") from None
        raise EgressFailed(f"its answer broke off ({type(exc).__name__})") from None
    finally:
        watchdog.cancel()


def _error_detail(resp: http.client.HTTPResponse) -> str:
    """The first line of a plain-text error answer (an engine's parser message helps the user
    fix the SERVICE pattern), shortened and without control characters; nothing otherwise."""
    media = (resp.getheader("Content-Type") or "").split(";")[0].strip().lower()
    if media != "text/plain":
        return ""
    try:
        text = resp.read1(600).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = "".join(c if c.isprintable() else " " for c in line)[:300]
    return f": {line}" if line else ""
