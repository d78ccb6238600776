"""Slack channel against a local webhook receiver: Block Kit, escaping, 429, 5xx, 4xx, timeouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alerts.channels import CHANNELS
from alerts.channels import slack
from alerts.channels.errors import PermanentError, TransientError
from alerts.notification import Item, Notification, Section
from receivers import TricklingServer, WebhookReceiver
from vigil.config import SlackChannel

HOSTILE = "Two hanged <!channel> <!here> <@U024BE7LH> @everyone <http://evil.example|click here> & more"


def notice(title=HOSTILE) -> Notification:
    return Notification(
        kind="alert", title=title, summary=f"Summary: {title}",
        facts=(("total", "64"), ("source says", title)),
        sections=(Section("Reports", (
            Item(title, "https://ihr.example.org/report/1?a=1|b>c", f"ihr: {title}"),
            Item("no link", "javascript:alert(1)"),
        )),),
        chart={"IR": [("2025-W37", 40), ("2025-W38", 64)]},
        dedup_key="weekly-surge:2025-W38:IR:e1:level0",
    )


def dicts_in(node) -> Iterator[dict]:
    """Every dict of a Slack payload (the payload, its blocks, their text objects and elements)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from dicts_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from dicts_in(value)


def all_text(payload: dict) -> list[str]:
    return [node["text"] for node in dicts_in(payload) if isinstance(node.get("text"), str)]


def test_registry_is_keyed_by_config_type():
    assert set(CHANNELS) == {"email", "slack"}
    assert CHANNELS["slack"] is slack


def test_block_kit_payload_neutralises_mentions_and_link_injection():
    payload = slack.payload(notice())
    assert payload["blocks"][0]["type"] == "header"
    texts = all_text(payload)
    joined = "\n".join(texts)
    for dangerous in ("<!channel>", "<!here>", "<@U024BE7LH>", "<http://evil.example|click here>", "@everyone"):
        assert dangerous not in joined
    assert "&lt;!channel&gt;" in joined and "&lt;http://evil.example|click here&gt; &amp; more" in joined
    section = next(b for b in payload["blocks"] if b["type"] == "section" and "Reports" in b.get("text", {}).get("text", ""))
    # our own link to the report is live, with characters that would end it encoded
    assert "<https://ihr.example.org/report/1?a=1%7Cb%3Ec|Two hanged" in section["text"]["text"]
    assert "javascript" not in section["text"]["text"]
    context = [b for b in payload["blocks"] if b["type"] == "context"]
    assert "(40 64)" in context[0]["elements"][0]["text"]
    assert context[-1]["elements"][0]["text"] == "Vigil notice weekly-surge:2025-W38:IR:e1:level0"


def test_header_is_clipped_to_block_kit_limit():
    payload = slack.payload(notice("x" * 400))
    assert len(payload["blocks"][0]["text"]["text"]) == 150


def test_send_posts_json_with_notice_header():
    with WebhookReceiver() as hook:
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=5)
        slack.send(slack.payload(notice("IR: 64 executions")), config, "k1")
    (request,) = hook.requests
    assert request["json"]["text"] == "IR: 64 executions"
    assert request["headers"]["X-Vigil-Notice"] == "k1"


def test_429_is_transient_with_retry_after_and_errors_hide_the_secret_url():
    with WebhookReceiver() as hook:
        hook.script = [(429, {"Retry-After": "7"}, "rate_limited")]
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=5)
        with pytest.raises(TransientError) as caught:
            slack.send(slack.payload(notice("t")), config)
    assert caught.value.retry_after == 7
    assert "HTTP 429 rate_limited" in str(caught.value) and "secret" not in str(caught.value)


@pytest.mark.parametrize("status,error", [(500, TransientError), (503, TransientError), (404, PermanentError),
                                          (403, PermanentError), (400, PermanentError)])
def test_status_classes(status, error):
    with WebhookReceiver() as hook:
        hook.script = [(status, {}, "no_service")]
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=5)
        with pytest.raises(error, match=f"HTTP {status}"):
            slack.send(slack.payload(notice("t")), config)


def test_timeout_is_transient():
    with WebhookReceiver() as hook:
        hook.script = [("sleep", 1.5)]
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=0.3)
        with pytest.raises(TransientError, match="timed out"):
            slack.send(slack.payload(notice("t")), config)


def test_retry_after_http_date():
    assert slack.retry_after_seconds("120") == 120
    assert slack.retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert slack.retry_after_seconds("soon") is None


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirecting_webhook_is_a_permanent_error_naming_the_target_and_is_not_followed(status):
    with WebhookReceiver() as hook:
        elsewhere = hook.url.replace("/services/", "/moved/")
        hook.script = [(status, {"Location": elsewhere}, "")]
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=5)
        with pytest.raises(PermanentError, match=rf"HTTP {status} redirect to http://127\.0\.0\.1:\d+/"):
            slack.send(slack.payload(notice()), config, "k")
    assert [r["method"] for r in hook.requests] == ["POST"]


def test_a_redirect_to_another_scheme_is_not_followed():
    with WebhookReceiver() as hook:
        hook.script = [(302, {"Location": "ftp://127.0.0.1/drop"}, "")]
        config = SlackChannel(type="slack", webhook_url=hook.url, timeout=5)
        with pytest.raises(PermanentError, match="redirect to ftp://127.0.0.1/"):
            slack.send(slack.payload(notice()), config, "k")
    assert len(hook.requests) == 1


def test_a_trickling_webhook_cannot_hold_a_send_past_its_deadline():
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: " + b"." * 1000 + b"\r\n\r\nok"
    with TricklingServer(reply, interval=0.2, for_seconds=8, read_request=True) as server:
        config = SlackChannel(type="slack", webhook_url=f"http://127.0.0.1:{server.port}/services/T/B/x",
                              timeout=5, deadline=1.5)
        with pytest.raises(TransientError, match=r"deadline of 1\.5 s"):
            slack.send(slack.payload(notice()), config, "k")
def text_objects(payload: dict) -> list[dict]:
    return [node for node in dicts_in(payload) if node.get("type") in ("mrkdwn", "plain_text") and "text" in node]


def test_urls_and_channel_names_in_report_text_are_never_made_live():
    """Slack links bare URLs, www. names and #channels in mrkdwn unless the object is verbatim."""
    said = "posted at https://t.me/savearash_now and shared in #general and on www.free-arash.example"
    n = Notification(
        kind="alert", title=f"Imminent execution, see {said}", summary=f"Reported: {said}",
        facts=(("who", said),),
        sections=(Section("Reports", (Item(f"Report: {said}", "https://ihr.example.org/r/1", f"note: {said}"),)),),
        chart={}, dedup_key="imminent:IR:1",
    )
    payload = slack.payload(n)
    objects = text_objects(payload)
    carrying = [o for o in objects if "t.me/savearash_now" in o["text"]]
    assert len(carrying) >= 4  # header, summary, field, section
    for obj in objects:
        assert obj["type"] == "plain_text" or obj.get("verbatim") is True, obj
    assert payload["parse"] == "none" and payload["link_names"] is False
    # the one live link is Vigil's own, to the report
    section = next(o for o in objects if o["text"].startswith("*Reports*"))
    assert section["text"].count("<") == 1 and "<https://ihr.example.org/r/1|" in section["text"]
