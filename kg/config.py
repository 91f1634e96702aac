"""Every setting in one place: environment variable, CLI flag and default (the README's
configuration table gives their meaning).

The CLI overlays its flags on :func:`Settings.from_env`; :func:`cache_dir`, which has no
flag, is read by the code that loads the gazetteer. Nothing else in the package reads the
environment, so behaviour is reproducible from the documented variables alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/conflict-kg/"
DEFAULT_STORE = "kg-store"
DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_RELEASES_DIR = "releases"
DEFAULT_RATE_LIMIT = "300 per minute"
DEFAULT_SERVICE_TIMEOUT = 10.0
DEFAULT_SERVICE_MAX_BYTES = 8 * 1024 * 1024
DEFAULT_SERVICE_MAX_CALLS = 8
#: SHACL engines (kg/validate.py): the fast default first, the reference second
SHACL_ENGINES = ("pyshacl-turbo", "pyshacl")
DEFAULT_INGEST_BATCH = 32
#: quads the embedded store's batch writes put in RocksDB's in-memory write buffers before they
#: are flushed to files (kg/store/embedded.py): an insert into a small buffer costs half what it
#: costs into one of a few hundred thousand quads (bench/README.md, "Where ingest time goes")
STORE_FLUSH_QUADS = 25_000
#: how a remote store's default graph becomes the union of its graphs (kg/store/remote.py):
#: detected, the engine's own setting, or Oxigraph server's per-request parameter
STORE_UNION_MODES = ("auto", "native", "parameter")
#: how a remote store's dumps read the whole dataset (kg/store/remote.py): the Graph Store
#: Protocol GET of the dataset, falling back to SPARQL SELECT when the engine has none (auto),
#: or always one of the two
STORE_DUMP_MODES = ("auto", "gsp", "select")
#: the `/sparql` response cache (kg.web.response_cache): total budget, largest entry, and how
#: long an entry may live in front of a remote engine (0: no cache there)
DEFAULT_QUERY_CACHE_MB = 64
DEFAULT_QUERY_CACHE_ENTRY_KB = 256
DEFAULT_QUERY_CACHE_REMOTE_TTL = 0.0
#: the largest answer a lookup by IRI may have to be answered in the request thread by the
#: server's store (kg.web.lookup); a larger one is abandoned there and answered by a worker
DEFAULT_INLINE_LOOKUP_KB = 256


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        from kg.errors import KgError

        raise KgError(f"{name}={raw!r} is not a whole number") from None
    return value


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError:
        from kg.errors import KgError

        raise KgError(f"{name}={raw!r} is not a number") from None


def normalise_base_iri(base: str) -> str:
    """Base IRIs end in ``/`` so that ``base + "id/..."`` is well formed, and must be absolute
    IRIs (every minted IRI starts with them)."""
    import re

    from kg.errors import KgError

    base = base if base.endswith("/") else base + "/"
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", base):
        raise KgError(f"base IRI {base!r} is not an absolute IRI (e.g. https://example.org/kg/)")
    return base


def parse_service_allow(raw: str) -> tuple[str, ...]:
    """The ``SERVICE`` allow-list from its comma- or space-separated text: endpoint IRIs, each
    matched exactly, or as a prefix when it ends in ``/`` (its whole authority is then fixed).

    Entries are checked here, at start-up, so that a typo fails loudly instead of silently
    allowing nothing (or too much): only absolute ``http``/``https`` IRIs with a host, in lower
    case up to the path (matching is character for character), without user info, query or
    fragment; an IP literal may not be the unspecified address or a multicast group."""
    import ipaddress
    from urllib.parse import urlsplit

    from kg.errors import KgError

    entries: list[str] = []
    for entry in raw.replace(",", " ").split():
        parts = urlsplit(entry)
        try:
            parts.port  # noqa: B018  (raises on a malformed port)
        except ValueError:
            raise KgError(f"KG_SERVICE_ALLOW: {entry!r} has a malformed port") from None
        why = None
        if parts.scheme not in ("http", "https") or not entry.startswith(parts.scheme + "://"):
            why = "is not an http:// or https:// IRI (in lower case)"
        elif not parts.hostname or "@" in parts.netloc:
            why = "needs a host and no user name or password"
        elif parts.netloc != parts.netloc.lower():
            why = "must have its host in lower case (entries are matched character for character)"
        elif parts.fragment or "#" in entry or (parts.query and entry.endswith("/")):
            why = "may not have a fragment, and a prefix entry no query"
        elif any(c in entry for c in '<>"{}|^`\\'):
            why = "holds a character an IRI cannot"
        if why is None:
            try:
                literal = ipaddress.ip_address(parts.hostname)
            except ValueError:
                literal = None
            if literal is not None and (literal.is_unspecified or literal.is_multicast):
                why = "names the unspecified address or a multicast group"
        if why:
            raise KgError(f"KG_SERVICE_ALLOW: {entry!r} {why}")
        entries.append(entry)
    return tuple(dict.fromkeys(entries))


def store_union(mode: str) -> str:
    """A valid ``KG_STORE_UNION`` value, or a clear error naming the choices."""
    if mode not in STORE_UNION_MODES:
        from kg.errors import KgError

        raise KgError(f"KG_STORE_UNION={mode!r} is not a union mode; use one of "
                      f"{', '.join(STORE_UNION_MODES)}")
    return mode


def store_dump(mode: str) -> str:
    """A valid ``KG_STORE_DUMP`` value, or a clear error naming the choices."""
    if mode not in STORE_DUMP_MODES:
        from kg.errors import KgError

        raise KgError(f"KG_STORE_DUMP={mode!r} is not a dump mode; use one of "
                      f"{', '.join(STORE_DUMP_MODES)}")
    return mode


def shacl_engine(name: str) -> str:
    """A valid ``KG_SHACL_ENGINE`` value, or a clear error naming the choices."""
    if name not in SHACL_ENGINES:
        from kg.errors import KgError

        raise KgError(f"KG_SHACL_ENGINE={name!r} is not a SHACL engine; use one of "
                      f"{', '.join(SHACL_ENGINES)}")
    return name


@dataclass(frozen=True)
class Settings:
    """Resolved configuration for one process."""

    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    threads: int = 8
    query_workers: int = 2
    query_timeout: float = 30.0
    max_query_bytes: int = 100 * 1024
    max_result_bytes: int = 64 * 1024 * 1024
    write_token: str | None = None
    # a remote SPARQL 1.1 store (``store`` is an http(s):// URL): endpoints and credentials
    store_query_url: str | None = None
    store_update_url: str | None = None
    store_gsp_url: str | None = None
    store_token: str | None = None
    store_user: str | None = None
    store_password: str | None = None
    store_timeout: float = 60.0
    store_retries: int = 3
    #: how queries get the union of the graphs as their default graph (STORE_UNION_MODES)
    store_union: str = STORE_UNION_MODES[0]
    #: how dumps read the whole dataset (STORE_DUMP_MODES), and the rows per SELECT when they
    #: read it with SPARQL in pages (0: one SELECT)
    store_dump: str = STORE_DUMP_MODES[0]
    store_dump_page: int = 0
    remote_refresh: float = 60.0
    releases_dir: str = DEFAULT_RELEASES_DIR
    # public endpoint hygiene: requests per client, proxies trusted for X-Forwarded-For,
    # how long caches may reuse a query answer without revalidating
    rate_limit: str = DEFAULT_RATE_LIMIT
    trusted_proxies: int = 0
    cache_max_age: int = 0
    # SERVICE federation (kg.web.federation): off unless endpoints are allowed; each call's
    # time, answer size, and the number of SERVICE clauses per query are bounded
    service_allow: tuple[str, ...] = ()
    service_timeout: float = DEFAULT_SERVICE_TIMEOUT
    service_max_bytes: int = DEFAULT_SERVICE_MAX_BYTES
    service_max_calls: int = DEFAULT_SERVICE_MAX_CALLS
    # the SHACL gate's engine, and how many articles are validated and written together
    shacl_engine: str = SHACL_ENGINES[0]
    ingest_batch: int = DEFAULT_INGEST_BATCH
    # complete /sparql answers kept in memory per store version (0 MB: off); in front of a
    # remote engine only when the remote TTL is positive (other writers change it unseen)
    query_cache_mb: float = DEFAULT_QUERY_CACHE_MB
    query_cache_entry_kb: float = DEFAULT_QUERY_CACHE_ENTRY_KB
    query_cache_remote_ttl: float = DEFAULT_QUERY_CACHE_REMOTE_TTL
    # lookups by IRI answered by the server's own store, without a query worker, up to
    # this answer size (0: every query goes to a worker); see kg.web.lookup
    inline_lookup_kb: float = DEFAULT_INLINE_LOOKUP_KB
    # diagnostics: seconds between `kg serve` memory-log lines on stderr (0: off)
    memory_log: float = 0.0

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            store=os.environ.get("KG_STORE") or DEFAULT_STORE,
            base_iri=normalise_base_iri(os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI),
            max_input_bytes=_env_int("KG_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES),
            host=os.environ.get("KG_HOST") or DEFAULT_HOST,
            port=_env_int("KG_PORT", DEFAULT_PORT),
            threads=_env_int("KG_THREADS", 8),
            query_workers=_env_int("KG_QUERY_WORKERS", 2),
            query_timeout=_env_float("KG_QUERY_TIMEOUT", 30.0),
            max_query_bytes=_env_int("KG_MAX_QUERY_BYTES", 100 * 1024),
            max_result_bytes=_env_int("KG_MAX_RESULT_BYTES", 64 * 1024 * 1024),
            write_token=os.environ.get("KG_WRITE_TOKEN") or None,
            store_query_url=os.environ.get("KG_STORE_QUERY_URL") or None,
            store_update_url=os.environ.get("KG_STORE_UPDATE_URL") or None,
            store_gsp_url=os.environ.get("KG_STORE_GSP_URL") or None,
            store_token=os.environ.get("KG_STORE_TOKEN") or None,
            store_user=os.environ.get("KG_STORE_USER") or None,
            store_password=os.environ.get("KG_STORE_PASSWORD") or None,
            store_timeout=_env_float("KG_STORE_TIMEOUT", 60.0),
            store_retries=_env_int("KG_STORE_RETRIES", 3),
            store_union=store_union(os.environ.get("KG_STORE_UNION") or STORE_UNION_MODES[0]),
            store_dump=store_dump(os.environ.get("KG_STORE_DUMP") or STORE_DUMP_MODES[0]),
            store_dump_page=_env_int("KG_STORE_DUMP_PAGE", 0),
            remote_refresh=_env_float("KG_REMOTE_REFRESH", 60.0),
            releases_dir=os.environ.get("KG_RELEASES_DIR") or DEFAULT_RELEASES_DIR,
            rate_limit=os.environ.get("KG_RATE_LIMIT") or DEFAULT_RATE_LIMIT,
            trusted_proxies=_env_int("KG_TRUSTED_PROXIES", 0),
            cache_max_age=_env_int("KG_CACHE_MAX_AGE", 0),
            service_allow=parse_service_allow(os.environ.get("KG_SERVICE_ALLOW") or ""),
            service_timeout=_env_float("KG_SERVICE_TIMEOUT", DEFAULT_SERVICE_TIMEOUT),
            service_max_bytes=_env_int("KG_SERVICE_MAX_BYTES", DEFAULT_SERVICE_MAX_BYTES),
            service_max_calls=_env_int("KG_SERVICE_MAX_CALLS", DEFAULT_SERVICE_MAX_CALLS),
            shacl_engine=shacl_engine(os.environ.get("KG_SHACL_ENGINE") or SHACL_ENGINES[0]),
            ingest_batch=_env_int("KG_INGEST_BATCH", DEFAULT_INGEST_BATCH),
            query_cache_mb=_env_float("KG_QUERY_CACHE_MB", DEFAULT_QUERY_CACHE_MB),
            query_cache_entry_kb=_env_float("KG_QUERY_CACHE_ENTRY_KB",
                                            DEFAULT_QUERY_CACHE_ENTRY_KB),
            query_cache_remote_ttl=_env_float("KG_QUERY_CACHE_REMOTE_TTL",
                                              DEFAULT_QUERY_CACHE_REMOTE_TTL),
            inline_lookup_kb=_env_float("KG_INLINE_LOOKUP_KB", DEFAULT_INLINE_LOOKUP_KB),
            memory_log=_env_float("KG_MEMORY_LOG", 0.0),
        )

    @property
    def remote_store(self) -> bool:
        """True when ``store`` names a remote SPARQL 1.1 store rather than a directory."""
        return self.store.startswith(("http://", "https://"))

    @property
    def store_path(self) -> Path:
        return Path(self.store)

    @property
    def releases_path(self) -> Path:
        """Where ``kg release`` writes and ``/dumps/releases/`` serves from."""
        return Path(self.releases_dir)


#: ``KG_CACHE_DIR`` set to this (any case) turns the derived-data cache off.
CACHE_DIR_OFF = "off"


def cache_dir() -> Path | None:
    """Where structures derived from the gazetteer are cached on disk (kg.gazetteer.cache),
    or None when the cache is off: ``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/conflict-kg``,
    else ``~/.cache/conflict-kg``; ``KG_CACHE_DIR=off`` turns it off.

    Read here rather than through :class:`Settings`: extraction runs in worker processes and
    library calls that never see the CLI's settings, as ``KG_GAZETTEER`` is read where the
    gazetteer is loaded. A relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification
    asks; without a home directory there is no default (and so no cache)."""
    raw = (os.environ.get("KG_CACHE_DIR") or "").strip()
    if raw.lower() == CACHE_DIR_OFF:
        return None
    if raw:
        return Path(raw).expanduser()
    xdg = (os.environ.get("XDG_CACHE_HOME") or "").strip()
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "conflict-kg"
    try:
        return Path.home() / ".cache" / "conflict-kg"
    except RuntimeError:  # no HOME and no password-database entry
        return None


#: Where the ontology and shapes live (shipped next to the package in the source tree).
REPO_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_PATH = REPO_ROOT / "ontology" / "conflict-kg.ttl"
SHAPES_PATH = REPO_ROOT / "shapes" / "conflict-kg-shapes.ttl"
