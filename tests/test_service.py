"""`vigil run` end to end: the real service in a subprocess, a real news site, SMTP server and
Slack receiver on 127.0.0.1, and schedules of a few seconds.

The site's reports are dated today, so the alert rules fire now: a weekly bound of 60 (rule
threshold 50) and a prisoner at imminent risk, plus the weekly digest.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import yaml

from conftest import job_runs, wait_for
from receivers import SMTPReceiver, WebhookReceiver

pytestmark = pytest.mark.slow

FILLER = (
    "The group called on the authorities to halt all executions and to allow independent observers "
    "access to the prisons where those at risk remain held. Families said they had not been told in advance."
)
FEED_ARTICLES = {
    "surge": ("At least 60 executed in Iran in the past week",
              "At least 60 people were executed in Iran in the past week, the group said."),
    "karaj": ("Five men hanged in Karaj",
              "Five men were hanged in Ghezel Hesar Prison in Karaj, Iran, on Sunday, Iran Human Rights said."),
    "imminent": ("Prisoner at imminent risk of execution",
                 "Political prisoner Reza Karimi was transferred to solitary confinement in Ghezel Hesar Prison in "
                 "Karaj, Iran, in preparation for his execution, his family said."),
}
SITE_ARTICLES = {
    "tabriz": ("Two men executed in Tabriz",
               "Two men were executed in Tabriz Central Prison in Iran on drug-related charges, Hengaw said."),
}


class NewsSite:
    """A news site dated today: an RSS feed, a listing page for the crawler, article pages,
    a feed that answers only after `?delay=` seconds, and a 503. `hits` counts requests by path."""

    def __init__(self):
        self.published = datetime.now(timezone.utc) - timedelta(minutes=30)
        self.hits: dict[str, int] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path, _, query = self.path.partition("?")
                site.hits[path] = site.hits.get(path, 0) + 1
                base = f"http://127.0.0.1:{self.server.server_port}"
                if path == "/robots.txt":
                    return self.send(200, "User-agent: *\nAllow: /\n", "text/plain")
                if path == "/feed.xml":
                    return self.send(200, site.feed(base, "/articles", FEED_ARTICLES), "application/rss+xml")
                if path == "/slow/feed.xml":
                    delay = float(query.partition("=")[2] or 3)
                    deadline = time.monotonic() + delay
                    while time.monotonic() < deadline:
                        time.sleep(0.05)
                    return self.send(200, site.feed(base, "/slow/articles", {"karaj": FEED_ARTICLES["karaj"]}),
                                     "application/rss+xml")
                if path == "/down/feed.xml":
                    return self.send(503, "<html><body>Service Unavailable</body></html>")
                if path == "/news/":
                    links = "".join(f'<h2 class="entry-title"><a href="{base}/news/{slug}">{escape(title)}</a></h2>'
                                    for slug, (title, _) in SITE_ARTICLES.items())
                    return self.send(200, f"<html><head><title>News</title></head><body>{links}</body></html>")
                for prefix, articles in (("/articles/", FEED_ARTICLES), ("/slow/articles/", FEED_ARTICLES),
                                         ("/news/", SITE_ARTICLES)):
                    slug = path[len(prefix):]
                    if path.startswith(prefix) and slug in articles:
                        return self.send(200, site.article(base + path, *articles[slug]))
                return self.send(404, "<html><body>not found</body></html>")

            def send(self, status: int, body: str, content_type: str = "text/html; charset=utf-8"):
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (a stopped service)
                    pass

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def feed(self, base: str, prefix: str, articles: dict) -> str:
        items = "".join(
            f"<item><title>{escape(title)}</title><link>{base}{prefix}/{slug}</link>"
            f'<guid isPermaLink="false">{prefix}/{slug}</guid><pubDate>{format_datetime(self.published)}</pubDate>'
            f"<description>{escape(text)}</description></item>"
            for slug, (title, text) in articles.items()
        )
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Monitor</title>'
                f"<link>{base}/</link><description>reports</description>{items}</channel></rss>")

    def article(self, url: str, title: str, text: str) -> str:
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                f'<link rel="canonical" href="{url}">'
                f'<meta property="article:published_time" content="{self.published.isoformat()}"></head><body>'
                f'<header><nav><a href="/">Home</a></nav></header><main><article><h1 class="entry-title">'
                f"{escape(title)}</h1><p>{escape(text)}</p><p>{FILLER}</p><p>{FILLER}</p></article></main>"
                f"<footer><p>Copyright Monitor News.</p></footer></body></html>")

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def site():
    running = NewsSite()
    yield running
    running.close()


@pytest.fixture
def receivers():
    with SMTPReceiver() as smtp, WebhookReceiver() as hook:
        yield smtp, hook


def write_config(directory: Path, site: NewsSite, smtp, hook, jobs: list[dict], sources: list[dict] | None = None,
                 *, timeout: float = 5.0) -> Path:
    """The three YAML files: a feed and a site source by default, email + Slack rules, `jobs`."""
    directory.mkdir(parents=True, exist_ok=True)
    if sources is None:
        sources = [
            {"id": "monitor", "type": "feed", "url": f"{site.url}/feed.xml"},
            {"id": "hengaw", "type": "site", "start_urls": [f"{site.url}/news/"], "article_links": "h2.entry-title a",
             "max_pages": 5},
        ]
    sources_yaml = {
        "user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": timeout, "max_bytes": 1_000_000,
        "allow_private_addresses": True,
        "sources": [{"name": s["id"], "org": "rights-group", "lang": "en", "min_interval": "1s", **s} for s in sources],
    }
    channels = ["mail", "chat"]
    alerts_yaml = {
        "timezone": "UTC",
        "week_starts": "monday",
        "digest_channels": channels,
        "channels": {
            "mail": {"type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none", "timeout": 5,
                     "from": "vigil@example.org", "to": ["staff@example.org"]},
            "chat": {"type": "slack", "webhook_url": hook.url, "timeout": 5},
        },
        "rules": [
            {"id": "weekly-surge", "type": "weekly_total", "country": "IR", "threshold": 50, "channels": channels},
            {"id": "imminent", "type": "imminent", "country": "IR", "channels": channels},
        ],
    }
    for name, body in (("sources.yaml", sources_yaml), ("alerts.yaml", alerts_yaml),
                       ("schedules.yaml", {"timezone": "UTC", "jobs": jobs})):
        (directory / name).write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return directory


def query(data_dir: Path, sql: str, params=(), *, commit: bool = False) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "vigil.db", timeout=10)
    try:
        rows = conn.execute(sql, params).fetchall()
        if commit:
            conn.commit()
        return rows
    finally:
        conn.close()


def runs(data_dir: Path, job_id: str, outcome: str | None = None) -> list[dict]:
    return [r for r in job_runs(data_dir) if r["job_id"] == job_id and (outcome is None or r["outcome"] == outcome)]


def subjects(smtp) -> list[str]:
    return [str(m["Subject"]) for m in smtp.messages]


def assert_consistent(data_dir: Path) -> None:
    """Nothing left `running`, every finished run has an end and a duration, the database is sound."""
    assert query(data_dir, "pragma integrity_check") == [("ok",)]
    left = [r for r in job_runs(data_dir) if r["outcome"] not in ("ok", "error", "abandoned")]
    assert left == []
    assert all(r["finished_at"] for r in job_runs(data_dir))
    assert query(data_dir, "select count(*) from outbox where status = 'sending'") == [(0,)]


# --- 1. every job kind runs -------------------------------------------------------------------

EVERY_KIND = [
    {"id": "feeds", "run": "collect-feeds", "every": "2s"},
    {"id": "sites", "run": "crawl-sites", "every": "3s"},
    {"id": "extract", "run": "extract", "every": "1s"},
    {"id": "alerts", "run": "alerts", "every": "1s"},
    {"id": "digest", "run": "digest", "every": "2s"},
]


def test_every_job_runs_and_alerts_are_delivered(tmp_path, site, receivers, vigil_service):
    smtp, hook = receivers
    config = write_config(tmp_path / "config", site, smtp, hook, EVERY_KIND)
    data = tmp_path / "data"
    service = vigil_service(config, data)
    try:
        # 1. every job runs, and runs again on its interval
        wait_for(lambda: all(len(runs(data, job["id"], "ok")) >= 2 for job in EVERY_KIND), 40,
                 "two ok runs of every job", service)
        # 2. what they did: documents from the feed and the crawl, claims, and notices delivered
        wait_for(lambda: len(smtp.messages) >= 3 and len(hook.delivered) >= 3, 20, "alerts and digest delivered", service)
        assert not [r for r in job_runs(data) if r["outcome"] == "error"], job_runs(data)
    finally:
        code, took = service.stop()
    assert code == 0, service.log()[-3000:]
    assert took < 30
    sources = dict(query(data, "select source_id, count(*) from documents group by source_id"))
    assert sources == {"monitor": len(FEED_ARTICLES), "hengaw": len(SITE_ARTICLES)}
    assert query(data, "select count(*) from claims")[0][0] >= 3
    titles = subjects(smtp)
    assert any("digest" in t for t in titles), titles
    assert any("Reza Karimi" in t for t in titles), titles
    assert len([t for t in titles if "digest" not in t and "Karimi" not in t]) == 1, titles  # the weekly surge
    assert len(titles) == len(set(titles)), "an alert was sent twice"
    sent = query(data, "select channel, count(*) from outbox where status = 'sent' group by channel")
    assert dict(sent) == {"mail": len(smtp.messages), "chat": len(hook.delivered)}
    for row in job_runs(data):
        assert row["outcome"] == "ok" and row["duration_ms"] is not None
    assert_consistent(data)
    log = service.log()
    assert "stopping on SIGTERM" in log and "stopped cleanly" in log


# --- 2. SIGTERM in the middle of a job ----------------------------------------------------------


def test_sigterm_lets_the_running_jobs_finish_and_starts_no_other(tmp_path, site, receivers, vigil_service):
    """Feed jobs wait on a feed that answers after 3 s, filling the service's workers, and one
    more waits for a worker. On SIGTERM the running ones finish and the waiting one never starts."""
    from vigil.service import WORKERS

    smtp, hook = receivers
    jobs = [{"id": f"feeds-{n}", "run": "collect-feeds", "every": "1h"} for n in range(WORKERS + 1)]
    sources = [{"id": "slow", "type": "feed", "url": f"{site.url}/slow/feed.xml?delay=3"}]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources, timeout=10)
    data = tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: len([r for r in job_runs(data) if r["outcome"] == "running"]) == WORKERS, 20,
             "every worker busy", service)
    wait_for(lambda: site.hits.get("/slow/feed.xml"), 5, "a request for the slow feed", service)
    code, took = service.stop()
    assert code == 0, service.log()[-3000:]
    assert took < 30
    finished = job_runs(data)
    assert len(finished) == WORKERS and all(r["outcome"] == "ok" for r in finished), finished
    assert query(data, "select count(*) from documents where source_id = 'slow'") == [(1,)]
    log = service.log()
    after_stop = log[log.index("stopping on SIGTERM"):]
    assert re.findall(r"job ([\w-]+) started$", after_stop, re.M) == [], after_stop
    assert "not started: the service is stopping" in after_stop
    assert_consistent(data)


def test_sigterm_abandons_a_job_that_overruns_the_grace(tmp_path, site, receivers, vigil_service):
    """The feed answers only after 60 s and another process holds the database's write lock:
    the job is abandoned at STOP_GRACE_SECONDS and the process exits 0 within 30 s all the same;
    the next start marks the unfinished run abandoned."""
    from vigil.service import STOP_GRACE_SECONDS

    smtp, hook = receivers
    jobs = [{"id": "feeds", "run": "collect-feeds", "every": "1h"}]
    sources = [{"id": "stalled", "type": "feed", "url": f"{site.url}/slow/feed.xml?delay=60"}]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources, timeout=90)
    data = tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: site.hits.get("/slow/feed.xml") and runs(data, "feeds", "running"), 20,
             "the feed job waiting on the stalled feed", service)
    lock = sqlite3.connect(data / "vigil.db", isolation_level=None, timeout=10)
    try:
        lock.execute("BEGIN IMMEDIATE")  # e.g. someone's long `vigil extract --rerun`
        code, took = service.stop()
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    assert code == 0, service.log()[-3000:]
    assert STOP_GRACE_SECONDS <= took < 30
    assert "the next start marks their runs abandoned" in service.log()
    assert [r["outcome"] for r in runs(data, "feeds")] == ["running"]

    again = vigil_service(config, data)
    wait_for(lambda: runs(data, "feeds", "abandoned"), 20, "the unfinished run marked abandoned", again)
    code, _ = again.stop()
    assert code == 0
    [feeds] = runs(data, "feeds")  # and not run again: it last started under an hour ago
    assert feeds["outcome"] == "abandoned" and feeds["finished_at"], feeds
    assert "left unfinished; marked abandoned" in again.log()
    assert_consistent(data)


# --- 3. a restart ----------------------------------------------------------------------------


def test_restart_sends_no_alert_twice_and_keeps_the_schedule(tmp_path, site, receivers, vigil_service):
    smtp, hook = receivers
    jobs = [
        {"id": "feeds", "run": "collect-feeds", "every": "1h"},
        {"id": "extract", "run": "extract", "every": "1s"},
        {"id": "alerts", "run": "alerts", "every": "1s"},
        {"id": "digest", "run": "digest", "every": "1s"},
    ]
    sources = [{"id": "monitor", "type": "feed", "url": f"{site.url}/feed.xml"}]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources)
    data = tmp_path / "data"

    # 1. first run: hold the imminent alert's email at the SMTP server, and stop the service then
    smtp.hold("Reza Karimi")
    first = vigil_service(config, data)
    wait_for(smtp.held.is_set, 40, "the imminent alert reaching the SMTP server", first)
    first.proc.send_signal(signal.SIGTERM)
    wait_for(lambda: "stopping on SIGTERM" in first.log(), 5, "the service taking the signal", first)
    smtp.release("250 2.0.0 Accepted")  # the server takes it (not kept in smtp.messages): the job records it sent
    code = first.proc.wait(timeout=30)
    assert code == 0, first.log()[-3000:]
    assert_consistent(data)
    outbox_before = query(data, "select id, dedup_key, channel, status from outbox order by id")
    assert all(status == "sent" for *_, status in outbox_before), outbox_before
    mail_before, chat_before = len(smtp.messages), len(hook.delivered)
    assert len([row for row in outbox_before if row[2] == "mail"]) == mail_before + 1  # + the held one
    runs_before = {r["id"] for r in job_runs(data)}
    feeds_start = runs(data, "feeds")[-1]["started_at"]

    # 2. restart with one more job, which has never run: it runs at once; feeds (every 1h) does not
    jobs.append({"id": "reextract", "run": "extract", "every": "1h"})
    write_config(tmp_path / "config", site, smtp, hook, jobs, sources)
    restarted_at = datetime.now(timezone.utc)
    second = vigil_service(config, data)
    new_runs = lambda job_id: [r for r in runs(data, job_id, "ok") if r["id"] not in runs_before]  # noqa: E731
    # a run is "ok" once done, and the first extract run of a process builds the pipeline (seconds,
    # more on a loaded machine): wait long for it; when it *started* is what the test is about (below)
    wait_for(lambda: new_runs("reextract"), 90, "the new job's first run", second)
    wait_for(lambda: len(new_runs("alerts")) >= 3 and len(new_runs("digest")) >= 2, 30,
             "alerts and digest runs after the restart", second)
    code, took = second.stop()
    assert code == 0 and took < 30, second.log()[-3000:]

    first_new = datetime.fromisoformat(new_runs("reextract")[0]["started_at"])
    assert first_new - restarted_at < timedelta(seconds=15)
    assert [r["started_at"] for r in runs(data, "feeds")] == [feeds_start], "feeds ran again within its hour"
    # 3. nothing was sent twice: the receivers got nothing more (a resent imminent email would
    #    now be kept in smtp.messages), and the outbox is unchanged
    assert (len(smtp.messages), len(hook.delivered)) == (mail_before, chat_before)
    assert not [s for s in subjects(smtp) if "Reza Karimi" in s]
    assert len([p for p in hook.delivered if "Reza Karimi" in json.dumps(p)]) == 1
    assert query(data, "select id, dedup_key, channel, status from outbox order by id") == outbox_before
    assert len(subjects(smtp)) == len(set(subjects(smtp)))


def test_restart_runs_a_missed_cron_job_within_its_grace_only(tmp_path, site, receivers, vigil_service):
    """A digest whose cron time passed while the service was down runs at start-up, once;
    one missed beyond its misfire grace, or never due yet, waits for its next time."""
    from vigil.store import open_store

    smtp, hook = receivers
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    fired = now - timedelta(days=3)  # the yearly fire time that passed while the service was down
    cron = f"{fired.minute} {fired.hour} {fired.day} {fired.month} *"
    jobs = [
        {"id": "digest", "run": "digest", "cron": cron, "misfire_grace": "7d"},
        {"id": "late-digest", "run": "digest", "cron": cron, "misfire_grace": "1d"},
        {"id": "new-digest", "run": "digest", "cron": cron, "misfire_grace": "7d"},
        {"id": "tick", "run": "extract", "every": "1s"},
    ]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources=[])
    data = tmp_path / "data"
    db = open_store(data)
    for job_id in ("digest", "late-digest"):  # each last ran a year before `fired`
        db["job_runs"].insert({"job_id": job_id, "started_at": (fired - timedelta(days=365)).isoformat(),
                               "outcome": "running"})
        db.execute("update job_runs set outcome = 'ok', finished_at = started_at, duration_ms = 5")
    db.conn.commit()
    db.close()

    service = vigil_service(config, data)
    wait_for(lambda: runs(data, "digest", "ok")[1:], 20, "the missed digest", service)
    wait_for(lambda: len(runs(data, "tick", "ok")) >= 3, 20, "three ticks", service)
    code, _ = service.stop()
    assert code == 0
    assert len(runs(data, "digest")) == 2  # the seeded run and one now
    assert len(runs(data, "late-digest")) == 1  # beyond its grace: not now
    assert runs(data, "new-digest") == []  # never ran: waits for its first fire time
    wait_for(lambda: len(smtp.messages) == 1, 5, "the digest email")
    assert "digest" in str(smtp.messages[0]["Subject"])


# --- 4. a failing job --------------------------------------------------------------------------


def test_a_failing_job_is_recorded_and_retried_while_the_others_go_on(tmp_path, site, receivers, vigil_service):
    """A corrupt claim row makes every alerts run raise; a 503 feed fails run after run; the
    email channel is down. Each is recorded, the other jobs go on, and repairs take effect."""
    from vigil.store import open_store

    smtp, hook = receivers
    jobs = [
        {"id": "feeds", "run": "collect-feeds", "every": "1s"},
        {"id": "extract", "run": "extract", "every": "1s"},
        {"id": "alerts", "run": "alerts", "every": "1s"},
    ]
    sources = [
        {"id": "monitor", "type": "feed", "url": f"{site.url}/feed.xml"},
        {"id": "down", "type": "feed", "url": f"{site.url}/down/feed.xml"},
    ]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources)
    data = tmp_path / "data"
    db = open_store(data)
    db["sources"].insert({"id": "old", "name": "old", "org": "news", "type": "feed"})
    document = db["documents"].insert({"url": "http://127.0.0.1/old", "source_id": "old", "text": "",
                                       "extractor_version": "seed"}).last_pk
    db["claims"].insert({"document_id": document, "event": "executed", "country": "IR", "count": 1,
                         "kind": "event", "offences": "{not json", "names": "[]"})
    db.conn.commit()
    db.close()
    smtp.stop()  # the email channel is down

    service = vigil_service(config, data)
    try:
        wait_for(lambda: len(runs(data, "alerts", "error")) >= 2, 20, "two failed alerts runs", service)
        wait_for(lambda: len(runs(data, "feeds", "ok")) >= 2 and len(runs(data, "extract", "ok")) >= 2, 20,
                 "the other jobs going on", service)
        error = runs(data, "alerts", "error")[0]["error"]
        assert error.startswith("JSONDecodeError"), error
        assert "job alerts failed" in service.log()
        # each failure is logged once, by the job: not again by the scheduler with its traceback
        assert "raised an exception" not in service.log() and "will run again" not in service.log()
        assert "Running job" not in service.log()   # nor announced twice, by the job and the scheduler
        assert all(r["finished_at"] and r["duration_ms"] is not None for r in runs(data, "alerts", "error"))

        # 1. the row is repaired: the next alerts run works and delivers to Slack; email waits
        query(data, "update claims set offences = '[]' where document_id = ?", [document], commit=True)
        wait_for(lambda: runs(data, "alerts", "ok"), 10, "an alerts run after the repair", service)
        wait_for(lambda: len(hook.delivered) >= 2, 10, "slack deliveries", service)
        waiting = query(data, "select count(*), max(last_error) from outbox where channel = 'mail' and status = 'pending'")
        assert waiting[0][0] >= 2 and waiting[0][1], waiting
        # 2. the 503 source fails run after run, the good one does not
        wait_for(lambda: query(data, "select consecutive_failures from sources where id = 'down'")[0][0] >= 3, 10,
                 "three failed runs of the 503 source", service)
    finally:
        code, _ = service.stop()
    assert code == 0
    [(failures, last_error, last_success)] = query(
        data, "select consecutive_failures, last_error, last_success_at from sources where id = 'down'")
    assert failures >= 3 and "503" in last_error and last_success is None
    assert query(data, "select consecutive_failures from sources where id = 'monitor'") == [(0,)]
    assert_consistent(data)


# --- the outbox between alerts runs ------------------------------------------------------------


def test_a_notice_refused_for_a_while_is_delivered_before_the_next_alerts_run(tmp_path, site, receivers,
                                                                               vigil_service):
    """The shipped schedule runs `alerts` every 10 minutes; a Slack 429 (Retry-After 1) and an SMTP
    server that is down at first must not make an imminent-execution notice wait for that run:
    the service retries due outbox rows on its own timer, within a minute."""
    smtp, hook = receivers
    jobs = [
        {"id": "feeds", "run": "collect-feeds", "every": "1h"},  # collects, extracts and alerts once, at start
        {"id": "alerts", "run": "alerts", "every": "1h"},
    ]
    sources = [{"id": "monitor", "type": "feed", "url": f"{site.url}/feed.xml"}]
    config = write_config(tmp_path / "config", site, smtp, hook, jobs, sources)
    hook.script = [(429, {"Retry-After": "1"}, "rate limited")]
    smtp.stop()  # the email channel is down when the notices are first sent
    data = tmp_path / "data"
    service = vigil_service(config, data)
    try:
        wait_for(lambda: [r for r in hook.requests if r["status"] == 429], 60, "the refused Slack post", service)
        smtp.start()  # back, on the same port
        wait_for(lambda: any("Reza Karimi" in t for t in subjects(smtp)), 60, "the imminent notice by email", service)
        wait_for(lambda: any("Reza Karimi" in json.dumps(m) for m in hook.delivered), 30,
                 "the imminent notice on Slack", service)
        wait_for(lambda: query(data, "select count(*) from outbox where status != 'sent'") == [(0,)], 60,
                 "every notice sent", service)
        assert len(runs(data, "alerts")) <= 1, "delivered by another alerts run, not by the outbox timer"
    finally:
        code, _ = service.stop()
    assert code == 0
    titles = subjects(smtp)
    assert len(titles) == len(set(titles)), "a notice was sent twice"
    assert_consistent(data)
