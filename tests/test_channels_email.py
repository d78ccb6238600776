"""Email channel against a real aiosmtpd server: parts, inline chart, TLS, errors, hostile text."""

from __future__ import annotations

import email.policy
import socket
import sys
from email.message import EmailMessage

import pytest

from alerts.channels import email as email_channel
from alerts.channels.errors import PermanentError, TransientError
from alerts.notification import Item, Notification, Section
from receivers import SMTPReceiver, TricklingServer, self_signed_cert, server_tls_context
from vigil.config import EmailChannel

HOSTILE = "Two hanged\r\nBcc: victim@evil.example\x00 <script>alert(1)</script> <!channel> <http://evil|click>"


def channel(port: int, **kw) -> EmailChannel:
    return EmailChannel(**{"type": "email", "host": "127.0.0.1", "port": port, "security": "none",
                           "from": "vigil@example.org", "to": ["monitoring@example.org"], "timeout": 5, **kw})


def notice(title: str = "IR: 64 executions in week 2025-W38 (at or above 50)", chart: bool = True) -> Notification:
    return Notification(
        kind="alert", title=title, summary="Alert from rule weekly-surge.",
        facts=(("total", "64"), ("incidents", "2")),
        sections=(Section("Reports behind the figure", (
            Item(title, "https://ihr.example.org/report/1", "ihr, 2025-09-16: Two men were hanged."),
            Item("bad link", "javascript:alert(1)", ""),
        )),),
        chart={"IR": [("2025-W37", 40), ("2025-W38", 64)]} if chart else {},
        chart_title="Executions per week, IR",
        dedup_key="weekly-surge:2025-W38:IR:e1:level0",
    )


def test_message_has_text_html_and_inline_png_chart():
    with SMTPReceiver() as smtp:
        config = channel(smtp.port)
        email_channel.send(email_channel.payload(notice(), config, "staff-email"), config)
    (message,) = smtp.messages
    assert smtp.envelopes == [("vigil@example.org", ["monitoring@example.org"])]
    assert message["Subject"] == "[Vigil] IR: 64 executions in week 2025-W38 (at or above 50)"
    assert message["Message-ID"].startswith("<vigil.") and message["Message-ID"].endswith("@example.org>")
    assert message["X-Vigil-Notice"] == "weekly-surge:2025-W38:IR:e1:level0"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    assert "total: 64" in text and "https://ihr.example.org/report/1" in text
    html_part = message.get_body(("html",))
    assert '<a href="https://ihr.example.org/report/1">' in html_part.get_content()
    assert 'href="javascript' not in html_part.get_content()
    related = message.get_body(("related",))
    (image,) = [p for p in related.iter_parts() if p.get_content_type() == "image/png"]
    assert image.get_content().startswith(b"\x89PNG\r\n\x1a\n")
    cid = image["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html_part.get_content()


def test_message_id_is_stable_for_a_notice_so_duplicates_are_detectable():
    config = channel(25)
    first = email_channel.payload(notice(chart=False), config, "staff-email")
    again = email_channel.payload(notice(chart=False), config, "staff-email")
    other = email_channel.payload(notice(chart=False), config, "other-email")
    assert first["message_id"] == again["message_id"] != other["message_id"]


def test_hostile_report_title_cannot_inject_headers_or_html():
    with SMTPReceiver() as smtp:
        config = channel(smtp.port)
        email_channel.send(email_channel.payload(notice(HOSTILE), config, "staff-email"), config)
    (message,) = smtp.messages
    assert smtp.envelopes[0][1] == ["monitoring@example.org"]  # no smuggled Bcc recipient
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"] and "\x00" not in message["Subject"]
    assert message["Subject"].startswith("[Vigil] Two hanged Bcc: victim@evil.example <script>")
    html_body = message.get_body(("html",)).get_content()
    assert "<script>" not in html_body and "&lt;script&gt;alert(1)&lt;/script&gt;" in html_body
    assert "&lt;http://evil|click&gt;" in html_body


def test_starttls_with_login_verifies_the_server_against_ca_file(tmp_path):
    cert, key = self_signed_cert(tmp_path)
    with SMTPReceiver(tls_context=server_tls_context(cert, key), logins={"vigil": "s3cret"}) as smtp:
        config = channel(smtp.port, security="starttls", username="vigil", password="s3cret", ca_file=str(cert))
        email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)
        assert len(smtp.messages) == 1 and smtp.logins_seen == ["vigil"]

        wrong = channel(smtp.port, security="starttls", username="vigil", password="wrong", ca_file=str(cert))
        with pytest.raises(PermanentError, match="login refused"):
            email_channel.send(email_channel.payload(notice(chart=False), wrong, "e"), wrong)

        untrusted = channel(smtp.port, security="starttls", username="vigil", password="s3cret")
        with pytest.raises(PermanentError, match="certificate not trusted"):
            email_channel.send(email_channel.payload(notice(chart=False), untrusted, "e"), untrusted)


def test_implicit_ssl(tmp_path):
    cert, key = self_signed_cert(tmp_path)
    with SMTPReceiver(ssl_context=server_tls_context(cert, key)) as smtp:
        config = channel(smtp.port, security="ssl", ca_file=str(cert))
        email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)
    assert len(smtp.messages) == 1


def test_4xx_is_transient_and_5xx_permanent():
    with SMTPReceiver() as smtp:
        config = channel(smtp.port)
        smtp.replies = ["451 4.3.0 Mailbox busy", "554 5.7.1 Rejected as spam"]
        with pytest.raises(TransientError, match="451"):
            email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)
        with pytest.raises(PermanentError, match="554"):
            email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)
    assert smtp.messages == []


def test_server_down_is_transient():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound but not listening: connections are refused
        config = channel(port)
        with pytest.raises(TransientError, match="ConnectionRefusedError"):
            email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)


# Encoded words that Python 3.11.7's email package decodes into real line breaks
# (CVE-2024-6923): a Bcc recipient, a Reply-To and a replaced body, a NUL, base64 form.
ENCODED_WORD_TITLES = [
    "Two hanged =?utf-8?q?x=0D=0ABcc=3A_someone@example.org?= in Shiraz prison this morning, rights group says",
    "Two hanged =?utf-8?q?x=0D=0AReply-To=3A_attacker@evil.example=0D=0A=0D=0AFake_body?= in Shiraz prison, group says",
    "Two hanged =?UTF-8?B?eA0KQmNjOiBzb21lb25lQGV4YW1wbGUub3Jn?= in Shiraz prison this morning, rights group says",
    "Two hanged =?utf-8?q?x=00=0ABcc=3A_someone@example.org?= in Shiraz prison this morning, rights group says",
]


@pytest.mark.parametrize("title", ENCODED_WORD_TITLES)
def test_encoded_word_in_a_title_cannot_inject_headers_on_this_interpreter(title):
    with SMTPReceiver() as smtp:
        config = channel(smtp.port)
        email_channel.send(email_channel.payload(notice(title), config, "staff-email"), config)
    (message,) = smtp.messages
    assert smtp.envelopes == [("vigil@example.org", ["monitoring@example.org"])]
    assert message["Bcc"] is None and message["Reply-To"] is None
    assert sorted(message.keys()) == sorted(
        ["Subject", "From", "To", "Message-ID", "Date", "X-Vigil-Notice", "Content-Type", "MIME-Version"]
    )
    assert str(message["Subject"]).startswith("[Vigil] Two hanged = ?")
    assert "\n" not in str(message["Subject"]) and "\x00" not in str(message["Subject"])
    assert "total: 64" in message.get_body(("plain",)).get_content()  # the body is Vigil's own


def test_an_injected_header_line_is_a_permanent_error_and_nothing_is_sent():
    raw = EmailMessage(policy=email.policy.SMTP)  # built without header_safe, as a careless caller would
    raw["Subject"] = ENCODED_WORD_TITLES[0]
    raw["From"] = "vigil@example.org"
    raw["To"] = "monitoring@example.org"
    raw.set_content("body")
    if not email_channel.email_package_vulnerable():
        with pytest.raises(email_channel.HeaderWriteError):
            raw.as_bytes()
    with SMTPReceiver() as smtp:
        with pytest.raises(PermanentError, match="header injection|HeaderWriteError|header"):
            email_channel.deliver_message(raw, channel(smtp.port))
    assert smtp.messages == [] and smtp.envelopes == []


def test_the_vulnerable_email_package_is_recognised():
    fixed_in = {(3, 8): 20, (3, 9): 20, (3, 10): 15, (3, 11): 10, (3, 12): 5}  # CVE-2024-6923 fix releases
    version = sys.version_info
    expected = version[:2] in fixed_in and version.micro < fixed_in[version[:2]]
    assert email_channel.email_package_vulnerable() is expected


def test_a_trickling_server_cannot_hold_a_send_past_its_deadline():
    """Each byte of the greeting arrives well inside the 5 s read timeout; only the overall
    deadline (shorter than the outbox lease) ends the send, as a transient error."""
    with TricklingServer(b"220 " + b"." * 1000 + b"\r\n", interval=0.2, for_seconds=8) as server:
        config = channel(server.port, timeout=5, deadline=1.5)
        with pytest.raises(TransientError, match=r"deadline of 1\.5 s"):
            email_channel.send(email_channel.payload(notice(chart=False), config, "e"), config)
        assert server.connections == 1
