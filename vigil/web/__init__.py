"""`vigil serve`: the web view for monitoring staff (Flask, Jinja2 templates, plain forms, no JavaScript).

`create_app` builds the application over one data directory; `server.serve` runs it.
"""

from vigil.web.app import create_app

__all__ = ["create_app"]
