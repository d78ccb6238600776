"""Local stand-ins for an SMTP server and a Slack webhook, so the demo delivers for real.

Both listen on 127.0.0.1 on a port the system chooses and keep what they receive, so the
demo can show what monitoring staff would have been sent.
"""

from __future__ import annotations

import email
import email.policy
import json
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller


class PortZeroController(Controller):
    """aiosmtpd's Controller checks readiness by connecting to `port`; learn the real one first."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class LocalSMTP:
    """An SMTP server on 127.0.0.1 that keeps every message it accepts in `messages`."""

    def __init__(self):
        self.messages: list[EmailMessage] = []
        self._controller = PortZeroController(self, hostname="127.0.0.1", port=0)

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    @property
    def port(self) -> int:
        return self._controller.port

    def __enter__(self) -> "LocalSMTP":
        self._controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self._controller.stop()


class LocalHTTPServer:
    """A threaded HTTP server on 127.0.0.1, on a port the system chooses, answering through
    `handler` (a BaseHTTPRequestHandler class) from a daemon thread while the `with` block runs."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], name: str | None = None):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name=name, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


class LocalSlack(LocalHTTPServer):
    """An HTTP server on 127.0.0.1 that accepts Slack webhook posts and keeps their JSON."""

    def __init__(self):
        self.payloads: list[dict] = []
        received = self.payloads

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    received.append(json.loads(self.rfile.read(length)))
                except ValueError:
                    self.send_response(400)
                    self.end_headers()
                    self.wfile.write(b"invalid_payload")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):  # quiet: the demo prints its own summary
                pass

        super().__init__(Handler, name="local-slack")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/services/demo"
