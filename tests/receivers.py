"""Real local servers for delivery tests: an SMTP server (aiosmtpd) and a Slack webhook
receiver (http.server), both on 127.0.0.1 and a port the system picks, both scriptable to
answer with errors, hold a message, or go down and come back on the same port."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import json
import ssl
import threading
import time
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from vigil.demo.receivers import LocalHTTPServer, PortZeroController


class SMTPReceiver:
    """Keeps every accepted message in `messages` (and envelopes in `envelopes`).

    `replies` is a list of SMTP replies to give to the next DATA commands instead of
    accepting ("451 4.3.0 Try later"). `hold(marker)` makes the next DATA whose Subject holds
    `marker` wait until `release()`, setting `held` when it arrives, so a test can kill the
    sender mid-delivery.
    """

    def __init__(self, *, tls_context: ssl.SSLContext | None = None, ssl_context: ssl.SSLContext | None = None,
                 logins: dict[str, str] | None = None):
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.replies: list[str] = []
        self.logins_seen: list[str] = []
        self.held = threading.Event()
        self._hold: str | None = None
        self._release = threading.Event()
        self._release_reply = "451 4.3.0 Try later"
        self._logins = logins
        self._options = {"hostname": "127.0.0.1"}
        if tls_context is not None:
            self._options.update(tls_context=tls_context, require_starttls=True)
        if ssl_context is not None:
            self._options.update(ssl_context=ssl_context)
        if logins is not None:
            self._options.update(authenticator=self._authenticate, auth_required=True)
        self._controller: Controller | None = None
        self.port = 0

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        user = auth_data.login.decode()
        ok = self._logins.get(user) == auth_data.password.decode()
        if ok:
            self.logins_seen.append(user)
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        if self._hold is not None and self._hold in str(message["Subject"]):
            self._hold = None
            self.held.set()
            while not self._release.is_set():
                await asyncio.sleep(0.02)
            return self._release_reply
        if self.replies:
            return self.replies.pop(0)
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message)
        return "250 2.0.0 Accepted"

    def hold(self, marker: str = "") -> None:
        self._hold = marker
        self.held.clear()
        self._release.clear()

    def release(self, reply: str = "451 4.3.0 Try later") -> None:
        """Answer the held DATA (by default refusing it: the sender died before it counted)."""
        self._release_reply = reply
        self._release.set()

    def start(self) -> "SMTPReceiver":
        self._controller = PortZeroController(self, port=self.port, **self._options)
        self._controller.start()
        self.port = self._controller.port
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._release.set()
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> "SMTPReceiver":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class WebhookReceiver(LocalHTTPServer):
    """A Slack incoming-webhook stand-in. `script` holds responses for the next POSTs:
    (status, headers, body) or ("sleep", seconds) to answer 200 late; then 200 "ok".
    A GET (what a client following a redirect would send) is answered 200 and recorded
    with `"method": "GET"`, so a test can see that a redirect was followed."""

    def __init__(self):
        self.requests: list[dict] = []  # every request, answered or not: {"headers", "json", "status"}
        self.script: list[tuple] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status, headers, text = 200, {}, "ok"
                if receiver.script:
                    step = receiver.script.pop(0)
                    if step[0] == "sleep":
                        time.sleep(step[1])
                    else:
                        status, headers, text = step
                receiver.requests.append(
                    {"method": "POST", "path": self.path, "headers": dict(self.headers), "json": json.loads(body),
                     "status": status})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                try:
                    self.wfile.write(text.encode())
                except OSError:
                    pass

            def do_GET(self):
                receiver.requests.append({"method": "GET", "path": self.path, "headers": dict(self.headers),
                                          "json": None, "status": 200})
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        super().__init__(Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/services/T000/B000/secret"

    @property
    def delivered(self) -> list[dict]:
        return [r["json"] for r in self.requests if r["status"] == 200]


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost, made now (cert.pem doubles as the CA file)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def server_tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


class TricklingServer:
    """A TCP server on 127.0.0.1 that answers every connection with `reply`, one byte every
    `interval` seconds, for at most `for_seconds`, then hangs up: each read gets a byte well
    inside any per-read timeout, so only an overall deadline ends the exchange early.
    With `read_request`, it first reads the request head (HTTP) before trickling."""

    def __init__(self, reply: bytes, *, interval: float = 0.2, for_seconds: float = 8.0, read_request: bool = False):
        import socket

        self.reply, self.interval, self.for_seconds, self.read_request = reply, interval, for_seconds, read_request
        self.connections = 0
        self.closed_by_client = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._trickle, args=(conn,), daemon=True).start()

    def _trickle(self, conn) -> None:
        with conn:
            try:
                if self.read_request:
                    head = b""
                    while b"\r\n\r\n" not in head:
                        chunk = conn.recv(65536)
                        if not chunk:
                            return
                        head += chunk
                ends = time.monotonic() + self.for_seconds
                for byte in self.reply:
                    if time.monotonic() > ends or self._stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.interval)
            except OSError:
                self.closed_by_client.set()

    def __enter__(self) -> "TricklingServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._sock.close()
