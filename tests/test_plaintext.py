"""Terminal escape sequences and bidi overrides in report text never reach a terminal or the
plain-text part of an email."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from click.testing import CliRunner

from alerts.channels import email as email_channel
from alerts.notification import Item, Notification, Section
from alerts.plaintext import plain
from claimstore import ClaimStore, write_alerts_yaml
from receivers import SMTPReceiver
from vigil.cli import cli
from vigil.config import EmailChannel

# Retitle the terminal, clear the screen (ESC and 8-bit CSI forms), ring the bell, reverse the text.
ESCAPES = "Two hanged\x1b]0;owned\x07\x1b[2J\x9b31m in \u202eShiraz\u202c\r\nFAKE LINE"
UNSAFE = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\r")


def test_plain_keeps_text_and_persian_joiners_but_no_controls():
    assert plain(ESCAPES) == "Two hanged]0;owned[2J31m in Shiraz  FAKE LINE"
    assert plain("line one\nline two\ttab", multiline=True) == "line one\nline two\ttab"
    assert plain("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ is spelling, not a control


def test_the_plain_text_email_carries_no_control_characters():
    notice = Notification(
        kind="alert", title=ESCAPES, summary=f"Summary {ESCAPES}", facts=(("source says", ESCAPES),),
        sections=(Section("Reports", (Item(ESCAPES, "https://ihr.example.org/r/1?\x1b[2J", ESCAPES),)),),
        dedup_key="imminent:2025-W38:IR:e1",
    )
    with SMTPReceiver() as smtp:
        config = EmailChannel(type="email", host="127.0.0.1", port=smtp.port, security="none", timeout=5,
                              **{"from": "vigil@example.org"}, to=["staff@example.org"])
        email_channel.send(email_channel.payload(notice, config, "mail"), config)
    text = smtp.messages[0].get_body(("plain",)).get_content().replace("\r\n", "\n")  # SMTP line ends
    assert not [c for c in UNSAFE if c in text]
    assert "Two hanged]0;owned[2J31m in Shiraz  FAKE LINE" in text


def test_claims_and_alerts_output_on_a_terminal_carry_no_control_characters(tmp_path):
    today = datetime.now(timezone.utc).date()
    monday = today - timedelta(days=today.weekday())
    store = ClaimStore(tmp_path / "data")
    store.report(today.isoformat(), 1, today.isoformat(), event="imminent", names=["Ahmad Reza"], title=ESCAPES,
                 url="https://hrana.example.org/a?\x1b[2J", evidence=f"He was moved {ESCAPES}.")
    store.report(today.isoformat(), 2, today.isoformat(), title=ESCAPES, url="https://ihr.example.org/b?\x9b2J",
                 evidence=f"He was moved {ESCAPES}.")
    store.db.close()
    config = write_alerts_yaml(tmp_path / "config", {
        "channels": {"mail": {"type": "email", "host": "127.0.0.1", "port": 9, "security": "none",
                              "from": "vigil@example.org", "to": ["staff@example.org"]}},
        "rules": [{"id": "imminent", "type": "imminent", "channels": ["mail"]}],
    })

    def vigil(*args):
        return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), *args])

    week = f"{monday.isocalendar().year}-W{monday.isocalendar().week:02d}"
    claims = vigil("claims", "--week", week)
    alerts = vigil("alerts", "--dry-run")
    assert claims.exit_code == 0 and "He was moved Two hanged]0;owned" in claims.stdout, claims.output
    assert alerts.exit_code == 0 and "Two hanged]0;owned" in alerts.stdout, alerts.output
    for output in (claims.stdout, alerts.stdout):
        assert not [c for c in UNSAFE if c in output]
        assert not any(line.startswith("FAKE LINE") for line in output.splitlines())
