"""Slack channel: an incoming webhook carrying Block Kit.

Report text is escaped before it reaches Slack: `&`, `<` and `>` become entities, so a title
holding `<!channel>`, `<@U123>` or `<http://evil|click>` shows as text and neither pings
anyone nor becomes a link (https://api.slack.com/reference/surfaces/formatting#escaping);
bare `@channel`/`@here`/`@everyone` get a word joiner after the `@`. Only links Vigil builds
itself, from http(s) report URLs, are live: every mrkdwn text object is `verbatim`, so Slack
does not turn a URL, `www.` name or `#channel` in report text into a link (with `verbatim`
false, its default, it does: https://api.slack.com/reference/block-kit/composition-objects#text,
yhatt/jsx-slack#73), and the message's fallback `text` is sent with `parse: none`. The webhook URL is a secret: errors name its
host only. A 429 answer's Retry-After is honoured (https://api.slack.com/apis/rate-limits).
Redirects are never followed: urllib would repeat a 302 as a GET without the body (to any
scheme it knows, ftp:// included), get a 200 and report the notice delivered when it was
lost. A 3xx is a permanent error naming where it pointed, so the operator fixes the URL.
"""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import time
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

from alerts.channels.deadline import Deadline
from alerts.channels.errors import DeliveryError, PermanentError, TransientError
from alerts.notification import Notification, sparkline
from alerts.plaintext import plain

_MENTION = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape(text: str) -> str:
    """Report text made inert for Slack: no control or bidi characters (alerts.plaintext; line
    breaks kept), entities, no mentions."""
    text = plain(text, multiline=True).replace("\t", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MENTION.sub(lambda m: "@" + WORD_JOINER + m.group(1), text)


def link(url: str | None, label: str) -> str:
    """`<url|label>` for an http(s) URL (characters that would end the link percent-encoded)."""
    if not url or not _SAFE_URL.match(url):
        return escape(label)
    safe_url = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
    return f"<{safe_url}|{escape(label).replace('|', '¦')}>"


def mrkdwn(text: str) -> dict:
    """A mrkdwn text object whose text Slack takes as written (no auto-linking, no name parsing)."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def payload(n: Notification, config=None, channel_name: str = "") -> dict:
    """The webhook body; Block Kit limits (header 150, section 3000, 10 fields) respected."""
    blocks: list[dict] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(escape(" ".join(n.title.split())), 150)}}
    ]
    if n.summary:
        blocks.append({"type": "section", "text": mrkdwn(_clip(escape(n.summary), 3000))})
    if n.facts:
        fields = [mrkdwn(_clip(f"*{escape(k)}*\n{escape(v)}", 2000)) for k, v in n.facts[:10]]
        blocks.append({"type": "section", "fields": fields})
    for section in n.sections:
        lines = [f"*{escape(section.heading)}*"]
        for item in section.items:
            line = f"• {link(item.url, item.text)}"
            if item.note:
                line += f"\n    {escape(item.note)}"
            lines.append(line)
        blocks.append({"type": "section", "text": mrkdwn(_clip("\n".join(lines), 3000))})
    for name, points in n.chart.items():
        if points:
            trend = f"{escape(name)}, weeks {escape(points[0][0])} to {escape(points[-1][0])}: {sparkline(points)}"
            values = " ".join(str(v) for _, v in points)
            blocks.append({"type": "context", "elements": [mrkdwn(f"{trend} ({values})")]})
    blocks.append({"type": "context", "elements": [mrkdwn(f"Vigil notice {escape(n.dedup_key)}")]})
    return {
        "text": _clip(escape(" ".join(n.title.split())), 3000),
        "blocks": blocks,
        "parse": "none",  # the fallback text: no auto-linked URLs or channel names
        "link_names": False,
        "unfurl_links": False,
        "unfurl_media": False,
    }


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Turn every 3xx into an HTTPError instead of a new request."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _watched(connection_class, deadline: Deadline):
    """`connection_class` whose socket the deadline shuts down when the send's time is up."""

    class Watched(connection_class):
        def connect(self):
            deadline.watch(lambda: self.sock)
            super().connect()

    return Watched


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline):
        super().__init__()
        self.connection_class = _watched(http.client.HTTPConnection, deadline)

    def http_open(self, req):
        return self.do_open(self.connection_class, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline):
        super().__init__()
        self.connection_class = _watched(http.client.HTTPSConnection, deadline)

    def https_open(self, req):
        return self.do_open(self.connection_class, req, context=self._context)


def _opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """Redirects refused, every connection under the send's deadline (proxies from the
    environment still honoured, as urllib does)."""
    return urllib.request.build_opener(_NoRedirects, _HTTPHandler(deadline), _HTTPSHandler(deadline))


def _where(url: str) -> str:
    """Scheme and host of a redirect target: enough to act on, without a secret path."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}/…" if parts.scheme else url[:80]


def send(p: dict, config, dedup_key: str = "") -> None:
    """POST the payload; 2xx is delivered, 429/5xx/network trouble transient, other 4xx permanent."""
    host = urlsplit(config.webhook_url).hostname
    request = urllib.request.Request(
        config.webhook_url,
        data=json.dumps(p).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8", "X-Vigil-Notice": dedup_key},
        method="POST",
    )
    deadline = Deadline(config.deadline)
    try:
        with deadline:
            _post(request, config, host, deadline)
    except DeliveryError:
        if deadline.expired:
            raise TransientError(f"Slack webhook at {host}: {deadline.message()}") from None
        raise


def _post(request: urllib.request.Request, config, host: str, deadline: Deadline) -> None:
    try:
        with _opener(deadline).open(request, timeout=config.timeout) as response:
            response.read(4096)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            target = _where(exc.headers.get("Location") or "") or "nowhere"
            raise PermanentError(f"Slack webhook at {host}: HTTP {exc.code} redirect to {target} not followed;"
                                 f" set webhook_url to the URL Slack gave you")
        body = exc.read(300).decode("utf-8", "replace").strip()
        error = f"Slack webhook at {host}: HTTP {exc.code} {body}".rstrip()
        if exc.code == 429:
            raise TransientError(error, retry_after=retry_after_seconds(exc.headers.get("Retry-After")))
        if exc.code >= 500 or exc.code == 408:
            raise TransientError(error)
        raise PermanentError(error)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:  # HTTPException: a garbled answer
        reason = getattr(exc, "reason", exc)
        raise TransientError(f"Slack webhook at {host}: {type(reason).__name__}: {reason}")
