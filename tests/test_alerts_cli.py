"""`vigil alerts` end to end: claims in a real store, real SMTP and webhook receivers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from claimstore import ClaimStore, write_alerts_yaml
from receivers import SMTPReceiver, WebhookReceiver
from vigil.cli import cli

HOSTILE_TITLE = "Two hanged\r\nBcc: x@evil.example <script>alert(1)</script> <!channel> <http://evil.example|click>"


def this_week() -> tuple[str, str]:
    """A day inside the current week (Monday start, UTC) and the week's Monday."""
    today = datetime.now(timezone.utc).date()
    monday = today - timedelta(days=today.weekday())
    return today.isoformat(), monday.isoformat()


def channels(smtp: SMTPReceiver, hook: WebhookReceiver) -> dict:
    """An email channel to the SMTP receiver ("mail") and a Slack one to the webhook receiver ("chat")."""
    return {
        "mail": {"type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none", "timeout": 5,
                 "from": "vigil@example.org", "to": ["staff@example.org"]},
        "chat": {"type": "slack", "webhook_url": hook.url, "timeout": 5},
    }


@pytest.fixture
def servers():
    with SMTPReceiver() as smtp, WebhookReceiver() as hook:
        yield smtp, hook


@pytest.fixture
def setup(tmp_path, servers):
    smtp, hook = servers
    config = write_alerts_yaml(tmp_path / "config", {
        "channels": channels(smtp, hook),
        "rules": [
            {"id": "surge", "type": "weekly_total", "threshold": 50, "step": 25, "channels": ["mail", "chat"]},
            {"id": "imminent", "type": "imminent", "channels": ["mail", "chat"]},
        ],
    })
    store = ClaimStore(tmp_path / "data")
    today, monday = this_week()
    store.report(today, 60, monday, today, kind="aggregate", qualifier="at_least", title="60 this week",
                 evidence="At least 60 people were executed this week.")
    store.report(today, 1, today, event="imminent", names=["Ahmadreza Djalali"], title=HOSTILE_TITLE,
                 url="https://hrana.example.org/imminent?id=1", evidence="He was transferred to solitary confinement.")
    store.db.close()

    def vigil(*args):
        return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), *args])

    return vigil, smtp, hook


def test_alerts_delivers_by_email_and_slack_then_rerun_sends_nothing(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts")
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[0] == "Queued:"
    assert sum(line.startswith("Delivered: #") for line in lines) == 4
    assert lines[-1] == "4 notices queued, 4 sent, 0 failed, 0 waiting"
    assert len(smtp.messages) == 2 and len(hook.delivered) == 2

    again = vigil("alerts")
    assert again.exit_code == 0
    assert again.stdout == "0 notices queued, 0 sent, 0 failed, 0 waiting\n"
    assert len(smtp.messages) == 2 and len(hook.requests) == 2


def test_hostile_report_title_end_to_end(setup):
    vigil, smtp, hook = setup
    assert vigil("alerts").exit_code == 0
    imminent = next(m for m in smtp.messages if "Imminent" in m["Subject"])
    assert smtp.envelopes[0][1] == ["staff@example.org"] and smtp.envelopes[1][1] == ["staff@example.org"]
    assert imminent["Bcc"] is None and "\n" not in imminent["Subject"]
    html_body = imminent.get_body(("html",)).get_content()
    assert "<script>" not in html_body
    assert '<a href="https://hrana.example.org/imminent?id=1">' in html_body
    slack = next(p for p in hook.delivered if "Imminent" in p["text"])
    raw = str(slack)
    assert "<!channel>" not in raw and "<http://evil.example|click>" not in raw
    assert "&lt;!channel&gt;" in slack["text"]


def test_dry_run_shows_and_sends_nothing(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "Would queue:"
    assert result.stdout.splitlines()[-1] == "4 notices would be queued, 0 waiting"
    assert smtp.messages == [] and hook.requests == []
    assert vigil("alerts").stdout.splitlines()[-1] == "4 notices queued, 4 sent, 0 failed, 0 waiting"


def test_test_message_to_a_channel(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "test", "mail")
    assert (result.exit_code, result.stdout) == (0, "Test message sent to mail.\n")
    assert smtp.messages[0]["Subject"] == "[Vigil] Vigil test message to mail"
    assert vigil("alerts", "test", "chat").exit_code == 0
    assert hook.delivered[0]["text"] == "Vigil test message to chat"


def test_test_message_to_an_unknown_channel_is_a_usage_error(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "test", "pager")
    assert result.exit_code == 2
    assert result.stderr == "error: alerts.yaml: channels: no channel named 'pager' (configured: chat, mail)\n"


def test_failing_test_message_exits_1_and_is_not_retried_later(setup):
    vigil, smtp, hook = setup
    hook.script = [(500, {}, "down")]
    result = vigil("alerts", "test", "chat")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: chat: test message not delivered: Slack webhook at 127.0.0.1: HTTP 500 down"
    # its log says it failed for good, not that it is due for a retry that never comes
    assert "failed for good: Slack webhook at 127.0.0.1: HTTP 500 down" in result.stderr and "next at" not in result.stderr
    hook.script = [(404, {}, "no_service")]  # the first Slack alert meets a revoked webhook: fails for good
    result = vigil("alerts")
    assert result.exit_code == 1
    assert "Failed:    #" in result.stdout and "HTTP 404 no_service" in result.stdout
    assert result.stderr.splitlines()[-1] == "error: 1 notice could not be delivered (see above)"
    assert [r["json"]["text"] for r in hook.requests].count("Vigil test message to chat") == 1


def test_test_message_to_a_redirecting_webhook_fails_and_names_the_target(setup):
    vigil, smtp, hook = setup
    hook.script = [(302, {"Location": "ftp://127.0.0.1/drop"}, "")]
    result = vigil("alerts", "test", "chat")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "error: chat: test message not delivered: Slack webhook at 127.0.0.1: HTTP 302 redirect to"
        " ftp://127.0.0.1/… not followed; set webhook_url to the URL Slack gave you"
    )
    assert [r["method"] for r in hook.requests] == ["POST"]


def test_old_test_flag_still_sends_and_says_it_is_deprecated(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "--test", "chat")
    assert (result.exit_code, result.stdout) == (0, "Test message sent to chat.\n")
    assert result.stderr == ("note: `vigil alerts --test CHANNEL` is deprecated and goes in the next release; "
                             "use `vigil alerts test CHANNEL`\n")
    assert hook.delivered[0]["text"] == "Vigil test message to chat"


def test_old_retry_flag_requeues_and_says_it_is_deprecated(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "--retry-failed")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Requeued 0 failed notices."
    assert result.stderr == ("note: `vigil alerts --retry-failed` is deprecated and goes in the next release; "
                             "use `vigil alerts retry`\n")


def test_test_takes_its_channel_as_an_argument(setup):
    vigil, smtp, hook = setup
    result = vigil("alerts", "test")
    assert result.exit_code == 2 and "Missing argument 'CHANNEL'" in result.stderr
    assert vigil("alerts", "--dry-run", "test", "chat").exit_code == 2  # a group option before a verb is refused
    assert hook.requests == []


# A right-to-left override and isolates that would show "gnp.exe)" as ")exe.png" and "31" as "13",
# direction marks, an ESC sequence; and the ZWNJ of Persian spelling, which must stay.
BIDI_TITLE = "Two hanged in \u202eShiraz (gnp.exe)\u202c \u2066x\u2069\u200e\u200f\x1b[2J \u0633\u0647\u200c\u0634\u0646\u0628\u0647"
BIDI_CONTROLS = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                 "\u200e", "\u200f", "\x1b")


def test_bidi_controls_in_a_hostile_report_reach_no_channel(tmp_path, servers):
    smtp, hook = servers
    config = write_alerts_yaml(tmp_path / "config", {
        "channels": channels(smtp, hook),
        "rules": [{"id": "imminent", "type": "imminent", "channels": ["mail", "chat"]}],
    })
    store = ClaimStore(tmp_path / "data")
    today, _ = this_week()
    store.report(today, 1, today, event="imminent", names=[f"Reza \u202e31\u202c"], title=BIDI_TITLE,
                 location="\u202eEvin\u202c", evidence=f"He was moved \u202ereversed text\u202c. {BIDI_TITLE}")
    store.db.close()
    result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), "alerts"])
    assert result.exit_code == 0, result.output

    message = smtp.messages[0]
    raw = message.as_string()
    parts = {"Subject": str(message["Subject"]), "text": message.get_body(("plain",)).get_content(),
             "html": message.get_body(("html",)).get_content()}
    for name, text in parts.items():
        assert not [c for c in BIDI_CONTROLS if c in text], name
        assert "Shiraz (gnp.exe)" in text and "\u0633\u0647\u200c\u0634\u0646\u0628\u0647" in text, name
    assert "4oCu" not in raw  # U+202E base64-encoded in an encoded word
    slack = hook.delivered[0]
    for text in [slack["text"], *[str(b) for b in slack["blocks"]]]:
        assert not [c for c in BIDI_CONTROLS if c in text]
    assert "Shiraz (gnp.exe)" in slack["text"] and "\u200c" in slack["text"]


def test_notices_link_to_the_week_and_claims_in_the_web_view(tmp_path, servers):
    """With `web_url` set, an alert and the digest say where staff check the figure: the week's
    page (its claims, evidence sentences and archived pages) or, for an imminent execution, the
    claim's page; the live report's link alone may be gone tomorrow."""
    smtp, hook = servers
    config = write_alerts_yaml(tmp_path / "config", {
        "web_url": "https://vigil.example.org/staff/",
        "digest_channels": ["mail"],
        "channels": channels(smtp, hook),
        "rules": [
            {"id": "surge", "type": "weekly_total", "threshold": 50, "channels": ["mail", "chat"]},
            {"id": "imminent", "type": "imminent", "channels": ["mail"]},
        ],
    })
    store = ClaimStore(tmp_path / "data")
    today, monday = this_week()
    week = datetime.fromisoformat(monday).strftime("%G-W%V")
    store.report(today, 60, monday, today, kind="aggregate", qualifier="at_least", title="60 this week")
    last_monday = (datetime.fromisoformat(monday) - timedelta(weeks=1)).date().isoformat()
    store.report(last_monday, 3, last_monday, title="Three hanged")
    imminent_id = store.report(today, 1, today, event="imminent", names=["Ahmadreza Djalali"], title="At risk")
    store.db.close()
    args = ["-q", "--config", str(config), "--data", str(tmp_path / "data")]
    assert CliRunner().invoke(cli, [*args, "alerts"]).exit_code == 0
    assert CliRunner().invoke(cli, [*args, "digest"]).exit_code == 0

    texts = {str(m["Subject"]): m.get_body(("plain",)).get_content() for m in smtp.messages}
    surge = next(t for s, t in texts.items() if "60 executions" in s)
    assert f"https://vigil.example.org/staff/weeks/{week}?country=IR" in surge
    imminent = next(t for s, t in texts.items() if "Imminent" in s)
    assert f"https://vigil.example.org/staff/claims/{imminent_id}" in imminent
    previous = (datetime.fromisoformat(monday) - timedelta(weeks=1)).strftime("%G-W%V")
    digest = next(t for s, t in texts.items() if "digest" in s)
    assert f"https://vigil.example.org/staff/weeks/{previous}?country=IR" in digest
    [slack] = hook.delivered
    assert f"https://vigil.example.org/staff/weeks/{week}?country=IR" in str(slack)
