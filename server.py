"""WSGI entry point: ``app`` for any WSGI server (configured by the KG_* environment variables).

Run it with ONE process (threads are fine): the embedded store allows a single process, and the
app already runs queries in its own worker processes. ``kg serve`` does exactly this on waitress.
"""

from kg.web import create_app

app = create_app()
