"""Per-client rate limiting (flask-limiter, in-memory counters).

A public SPARQL endpoint is one heavy query away from being unusable for everyone else; a limit
per client address keeps one script from taking all the workers. The counters live in this
process's memory (``memory://``): behind several ``kg serve`` instances each keeps its own,
which is the intended behaviour of a per-instance guard (a shared limit belongs in the load
balancer). ``KG_RATE_LIMIT`` is a flask-limiter rate string ("300 per minute", "20/second;
1000/hour") or ``off``. Behind ``KG_TRUSTED_PROXIES`` reverse proxies the client is the address
they put in ``X-Forwarded-For``; otherwise it is the TCP peer, never a header a client can set.
"""

from __future__ import annotations

from flask import Flask, Response, request

from kg.config import Settings

#: Paths that are never limited: the liveness probe and static files a page loads at once.
EXEMPT_PREFIXES = ("/health", "/static/")


def init_rate_limit(app: Flask, settings: Settings) -> None:
    if settings.trusted_proxies > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies)  # type: ignore[method-assign]
    if settings.rate_limit.strip().lower() in ("", "off", "none", "0"):
        return
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address
    from limits import parse_many

    try:
        parse_many(settings.rate_limit)
    except ValueError:
        from kg.errors import KgError

        raise KgError(f"KG_RATE_LIMIT={settings.rate_limit!r} is not a rate such as "
                      f"'300 per minute' or '20/second;1000/hour' (or 'off')") from None

    Limiter(get_remote_address, app=app, default_limits=[settings.rate_limit],
            storage_uri="memory://", headers_enabled=True, strategy="moving-window",
            default_limits_exempt_when=_exempt)

    @app.errorhandler(429)
    def too_many(exc: Exception) -> Response:
        from kg.web.sparql import error

        limit = getattr(exc, "description", "") or settings.rate_limit
        return error(429, f"too many requests from your address (limit: {limit}); slow down, "
                          f"or download the dumps (/dumps/) for bulk access")


def _exempt() -> bool:
    return request.method == "OPTIONS" or request.path.startswith(EXEMPT_PREFIXES)
