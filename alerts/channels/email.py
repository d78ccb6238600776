"""Email channel: SMTP (plain, STARTTLS or SSL), plain text plus HTML with an inline chart.

Report text reaches the Subject header. Python 3.11.7's email package decodes an encoded
word in a header value (`=?utf-8?q?x=0D=0ABcc=3A_a@b?=`) into a real line break and writes
it out unquoted, so a report title could add headers or replace the body (CVE-2024-6923,
https://github.com/python/cpython/issues/121650). So, whatever the interpreter:

1. every header value loses CR, LF, NUL and other control characters, and `=?` (the start
   of an encoded word) becomes `= ?`, so the email package never decodes report text;
2. the serialised header block is checked before sending: a header line Vigil did not
   write is a HeaderWriteError (the stdlib's where the interpreter has the fix), which is a
   permanent delivery error, never retried;
3. `email_package_vulnerable()` tells `vigil check` and the service whether the running
   interpreter has the bug, so operators know to upgrade it.
The Message-ID is derived from the outbox dedup key, so a notice sent twice after a crash
carries the same Message-ID and mail clients and staff can tell it is a duplicate.
"""

from __future__ import annotations

import base64
import email.errors
import email.policy
import email.utils
import hashlib
import html
import re
import smtplib
import ssl
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import formatdate

from alerts.channels.deadline import Deadline
from alerts.channels.errors import DeliveryError, PermanentError, TransientError
from alerts.plaintext import plain
from alerts.notification import Notification

CHART_CID = "weekly-chart@vigil"
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


try:
    from email.errors import HeaderWriteError
except ImportError:  # interpreters without the CVE-2024-6923 fix (3.11.7) lack it: same role
    class HeaderWriteError(email.errors.MessageError):
        """A serialised header holds a line that would be read as another header."""


# The headers build_message writes; any other name in the serialised header block was injected.
_OWN_HEADERS = frozenset({
    "subject", "from", "to", "message-id", "date", "x-vigil-notice", "mime-version", "content-type",
    "content-transfer-encoding",
})


def header_safe(text: str, limit: int = 200) -> str:
    """One line of inert header text: line breaks become spaces, other control characters and
    bidi controls go (alerts.plaintext), and `=?` becomes `= ?`, so no encoded word is ever
    decoded from it and no override reverses what a mail client shows."""
    cleaned = plain(text)
    cleaned = " ".join(cleaned.split())
    cleaned = cleaned.replace("=?", "= ?")
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def message_bytes(message: EmailMessage) -> bytes:
    """The message as sent; raise HeaderWriteError if its top-level header block holds a
    header build_message did not write, or a NUL (what an injection leaves behind)."""
    data = message.as_bytes(policy=email.policy.SMTP)
    head = data.split(b"\r\n\r\n", 1)[0]
    if b"\x00" in head:
        raise HeaderWriteError("a header holds a NUL character")
    parsed = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\r\n\r\n")
    strangers = sorted({name for name in parsed.keys() if name.lower() not in _OWN_HEADERS})
    if strangers or parsed.defects:
        raise HeaderWriteError(f"header injection: unexpected header line(s) {', '.join(strangers)}")
    return data


def interpreter_warning() -> str | None:
    """The warning `vigil check` and `vigil run` give on a vulnerable interpreter, or None."""
    if not email_package_vulnerable():
        return None
    return ("this Python's email package lets encoded words in headers inject new headers (CVE-2024-6923); "
            "Vigil neutralises report text in headers, but upgrade Python (3.11.10+, 3.12.5+ or 3.13)")


def email_package_vulnerable() -> bool:
    """True when this interpreter's email package writes a decoded encoded-word line break
    out as a new header (CVE-2024-6923); probed, not guessed from the version number."""
    probe = EmailMessage(policy=email.policy.SMTP)
    probe["Subject"] = "=?utf-8?q?probe=0D=0AX-Injected=3A_yes?= " + "x" * 80
    try:
        data = probe.as_bytes()
    except HeaderWriteError:
        return False
    return b"\r\nX-Injected:" in data


def _domain(address: str) -> str:
    return re.sub(r"[^A-Za-z0-9.-]", "", address.rpartition("@")[2]) or "vigil.invalid"


def message_id(dedup_key: str, channel_name: str, sender: str) -> str:
    digest = hashlib.sha256(f"{channel_name}\n{dedup_key}".encode()).hexdigest()[:32]
    return f"<vigil.{digest}@{_domain(sender)}>"


def render_text(n: Notification) -> str:
    """The plain-text part; report text in it has no control characters (alerts.plaintext)."""
    lines = [plain(n.title), ""]
    if n.summary:
        lines += [plain(n.summary, multiline=True), ""]
    lines += [f"{plain(label)}: {plain(value)}" for label, value in n.facts]
    for section in n.sections:
        lines += ["", plain(section.heading)]
        for item in section.items:
            lines.append(f"- {plain(item.text)}")
            if item.url:
                lines.append(f"  {plain(item.url)}")
            if item.note:
                lines.append(f"  {plain(item.note)}")
    for name, points in n.chart.items():
        lines += ["", f"Weekly totals, {plain(name)}: " + ", ".join(f"{plain(week)} {value}" for week, value in points)]
    lines += ["", "--", f"Vigil notice {plain(n.dedup_key)}"]
    return "\n".join(lines) + "\n"


def _link(text: str, url: str | None) -> str:
    if url and _SAFE_URL.match(url):
        return f'<a href="{html.escape(plain(url), quote=True)}">{_e(text)}</a>'
    return _e(text)


def _e(text) -> str:
    """Report text for the HTML part: without controls (alerts.plaintext), then HTML-escaped."""
    return html.escape(plain(text, multiline=True))


def render_html(n: Notification, with_chart: bool) -> str:
    e = _e
    parts = [f"<html><body style=\"font-family: sans-serif\"><h2>{e(n.title)}</h2>"]
    if n.summary:
        parts.append(f"<p>{e(n.summary)}</p>")
    if n.facts:
        rows = "".join(f"<tr><th align=\"left\">{e(k)}</th><td>{e(v)}</td></tr>" for k, v in n.facts)
        parts.append(f"<table>{rows}</table>")
    if with_chart:
        parts.append(f'<p><img src="cid:{CHART_CID}" alt="{e(n.chart_title or "weekly totals")}"></p>')
    for section in n.sections:
        items = "".join(
            f"<li>{_link(i.text, i.url)}" + (f"<br><small>{e(i.note)}</small>" if i.note else "") + "</li>"
            for i in section.items
        )
        parts.append(f"<h3>{e(section.heading)}</h3><ul>{items}</ul>")
    parts.append(f"<p><small>Vigil notice {e(n.dedup_key)}</small></p></body></html>")
    return "".join(parts)


def payload(n: Notification, config, channel_name: str) -> dict:
    """Everything the message needs, as JSON for the outbox (the chart as base64 PNG)."""
    chart = None
    if n.chart:
        from alerts.chart import weekly_chart_png  # matplotlib: loaded only when a chart is drawn

        chart = weekly_chart_png(n.chart, n.chart_title)
    sender = header_safe(config.from_)
    return {
        "from": sender,
        "to": [header_safe(a) for a in config.to],
        "subject": header_safe(f"[Vigil] {n.title}"),
        "message_id": message_id(n.dedup_key, channel_name, sender),
        "dedup_key": header_safe(n.dedup_key),
        "text": render_text(n),
        "html": render_html(n, chart is not None),
        "chart_png": base64.b64encode(chart).decode("ascii") if chart else None,
    }


def build_message(p: dict, date: str | None = None) -> EmailMessage:
    """The MIME message: multipart/alternative of text and (HTML + related inline PNG)."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["Subject"] = header_safe(p["subject"])
    message["From"] = header_safe(p["from"])
    message["To"] = ", ".join(header_safe(a) for a in p["to"])
    message["Message-ID"] = header_safe(p["message_id"])
    message["Date"] = date or formatdate(localtime=False, usegmt=True)
    message["X-Vigil-Notice"] = header_safe(p["dedup_key"])
    message.set_content(p["text"])
    message.add_alternative(p["html"], subtype="html")
    if p.get("chart_png"):
        html_part = message.get_payload()[1]
        html_part.add_related(
            base64.b64decode(p["chart_png"]), "image", "png", cid=f"<{CHART_CID}>", filename="weekly-totals.png"
        )
    return message


def _tls_context(config) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=getattr(config, "ca_file", None))


def send(p: dict, config, dedup_key: str = "") -> None:
    """Deliver over SMTP; every socket operation is bounded by the channel's timeout."""
    deliver_message(build_message(p), config)


def deliver_message(message: EmailMessage, config) -> None:
    """Send a built message; raises PermanentError or TransientError. Each socket operation
    waits at most `timeout`, the whole send at most `deadline` (channels.deadline)."""
    where = f"SMTP {config.host}:{config.port}"
    try:
        data = message_bytes(message)
    except HeaderWriteError as exc:  # the same message would be refused again: never retry
        raise PermanentError(f"{where}: message not sent, {exc}") from exc
    deadline = Deadline(config.deadline)
    try:
        with deadline:
            _smtp_send(config, where, data, message, deadline)
    except DeliveryError:
        if deadline.expired:
            raise TransientError(f"{where}: {deadline.message()}") from None
        raise


def _smtp_send(config, where: str, data: bytes, message: EmailMessage, deadline: Deadline) -> None:
    try:
        base = smtplib.SMTP_SSL if config.security == "ssl" else smtplib.SMTP

        class Client(base):
            def _get_socket(self, host, port, timeout):
                deadline.watch(lambda: self.sock)  # armed before the greeting, which a server can trickle too
                return super()._get_socket(host, port, timeout)

        extra = {"context": _tls_context(config)} if config.security == "ssl" else {}
        client = Client(config.host, config.port, timeout=config.timeout, **extra)
        with client:
            if config.security == "starttls":
                client.ehlo()
                client.starttls(context=_tls_context(config))
                client.ehlo()
            if config.username:
                client.login(config.username, config.password or "")
            client.sendmail(_addresses(message["From"])[0], _addresses(message["To"]), data)
    except smtplib.SMTPAuthenticationError as exc:
        raise PermanentError(f"{where}: login refused ({exc.smtp_code}); check username and password")
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        detail = "; ".join(f"{rcpt}: {code} {_text(msg)}" for rcpt, (code, msg) in exc.recipients.items())
        if any(400 <= code < 500 for code in codes):
            raise TransientError(f"{where}: recipients deferred: {detail}")
        raise PermanentError(f"{where}: recipients refused: {detail}")
    except smtplib.SMTPResponseException as exc:
        error = f"{where}: {exc.smtp_code} {_text(exc.smtp_error)}"
        raise (TransientError(error) if 400 <= exc.smtp_code < 500 else PermanentError(error))
    except smtplib.SMTPNotSupportedError as exc:
        raise PermanentError(f"{where}: {exc} (check `security`)")
    except ssl.SSLCertVerificationError as exc:
        raise PermanentError(f"{where}: certificate not trusted: {exc.verify_message} (set ca_file?)")
    except (smtplib.SMTPException, OSError) as exc:
        raise TransientError(f"{where}: {type(exc).__name__}: {exc}")


def _addresses(header) -> list[str]:
    return [address for _, address in email.utils.getaddresses([str(header)]) if address] or [""]


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
