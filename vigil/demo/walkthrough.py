"""`vigil demo`: the whole pipeline, once, against the bundled sample site; no network.

The sample site, an SMTP server and a Slack receiver all run on 127.0.0.1; the demo
configuration in `config/` is written out with their addresses filled in, and then the
same functions the service schedules run in order: collect, extract, totals, alerts.
The sample reports date from 2025, so the alert rules are evaluated as of each day of the
sample weeks in turn, seeing only the reports published by then (taken as collected when
published), the way the service would have evaluated them at the time, rather than as of today.
"""

from __future__ import annotations

import shlex
import shutil
import sys
import tempfile
import textwrap
import time
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from datetime import date, datetime, time as clock, timedelta, timezone
from pathlib import Path
from typing import Callable

from alerts.wording import counted
from vigil.config_files import Config, load_config
from vigil.context import AppContext
from vigil.demo import DEMO_MARK
from vigil.demo.receivers import LocalSlack, LocalSMTP
from vigil.demo.site import serve_site
from vigil.errors import UsageError
from vigil.store import documents as store_documents
from vigil.store import write_lock

CONFIG_TEMPLATES = Path(__file__).with_name("config")
DEMO_WEEKS = 8


@dataclass
class DemoResult:
    collect_summary: str = ""
    documents: int = 0
    claims: int = 0
    totals: list[dict] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)
    emails: list = field(default_factory=list)
    slack: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def write_config(target: Path, values: dict[str, str]) -> Config:
    """Copy the demo's YAML files with their `{{PLACEHOLDERS}}` replaced, then load them. Comment
    lines are copied as written: one that explains a placeholder must not be turned into a port
    number ("It replaces 44185 ...") in the configuration `--keep` leaves behind."""
    target.mkdir(parents=True, exist_ok=True)
    for template in sorted(CONFIG_TEMPLATES.glob("*.yaml")):
        lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
        for name, value in values.items():
            lines = [line if line.lstrip().startswith("#") else line.replace("{{" + name + "}}", value)
                     for line in lines]
        (target / template.name).write_text("".join(lines), encoding="utf-8")
    return load_config(target, environ={})


def as_of(db) -> datetime:
    """The Monday after the newest sample report: the demo's 'now' for alert rules."""
    newest = store_documents.newest_published(db)
    day = date.fromisoformat(newest[:10]) if newest else date.today()
    monday = day + timedelta(days=7 - day.weekday())
    return datetime.combine(monday, clock(9, 0), tzinfo=timezone.utc)


def claim_keep_dir(work_dir: Path) -> None:
    """Mark `work_dir` as the demo's, refusing one whose config/ or data/ the demo did not make:
    the demo replaces both, and `--keep .` beside a real ./data (the default --data) or
    `--keep /var/lib/vigil` would otherwise erase a database and archive without a word."""
    if not (work_dir / DEMO_MARK).exists():
        taken = [f"{work_dir}/{name}" for name in ("config", "data")
                 if (work_dir / name).exists() and not ((work_dir / name).is_dir() and not any((work_dir / name).iterdir()))]
        if taken:
            were, them = ("were", "them") if len(taken) > 1 else ("was", "it")
            raise UsageError(f"--keep {work_dir}: {' and '.join(taken)} {were} not made by `vigil demo`, which "
                             f"replaces {them}; give a new or empty directory")
    work_dir.mkdir(parents=True, exist_ok=True)
    (work_dir / DEMO_MARK).write_text("Made by `vigil demo --keep`: another demo may replace config/ and data/ here.\n",
                                      encoding="utf-8")


def explore_command(work_dir: Path) -> str:
    """A command that works when pasted, from any directory: this installation's `vigil` (the Quick
    start's `.venv/bin/vigil` is not on PATH) and the kept config/ and data/, by absolute paths."""
    script = Path(sys.executable).parent / "vigil"
    program = shlex.quote(str(script)) if script.is_file() else "vigil"
    options = f"--config {shlex.quote(str((work_dir / 'config').resolve()))} " \
              f"--data {shlex.quote(str((work_dir / 'data').resolve()))}"
    return f"{program} {options} claims --week 2025-W38"


def run_demo(work_dir: Path | None = None, say: Callable[[str], None] = print, served: bool = False) -> DemoResult:
    """Run the pipeline once over the sample site; `work_dir` keeps the data, else a temp dir.
    `served`: `work_dir` is a temporary one the web view serves next, removed when it stops."""
    from vigil.alerting import compute_totals, evaluate_and_deliver, send_digest, week_scheme
    from vigil.collect import collect
    from vigil.extraction import extract_new_documents

    started = time.monotonic()
    result = DemoResult()
    with ExitStack() as stack:
        keep = work_dir is not None
        if work_dir is None:
            work_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="vigil-demo-")))
        else:
            claim_keep_dir(work_dir)
            shutil.rmtree(work_dir / "data", ignore_errors=True)
        site = stack.enter_context(serve_site())
        smtp = stack.enter_context(LocalSMTP())
        slack = stack.enter_context(LocalSlack())
        say(f"Sample site on {site.base_url}; SMTP on 127.0.0.1:{smtp.port}; Slack receiver on {slack.url}")
        config = write_config(
            work_dir / "config",
            {"BASE": site.base_url, "SMTP_PORT": str(smtp.port), "SLACK_URL": slack.url},
        )
        app = stack.enter_context(closing(AppContext(config_dir=config.directory, data_dir=work_dir / "data",
                                                     _config=config)))

        say("\n1. Collect: feeds and a site crawl, every response archived to WARC")
        report = collect(app, force=True)
        for line in (s.line() for s in report.sources):
            say(f"   {line}")
        result.collect_summary = report.summary()

        say("\n2. Extract: claims with their evidence sentences")
        extracted = extract_new_documents(app.db, timezone=app.reference_timezone())
        result.documents, result.claims = extracted.documents, extracted.claims
        say(f"   {extracted.summary()}")
        # Rules see a report from the day it was collected (late news); the demo replays the
        # sample weeks as if each report had been collected when it was published.
        with write_lock(app.db):
            store_documents.date_fetches_by_publication(app.db)

        say("\n3. Weekly totals (an incident reported by several sources, in English or Persian, counts once)")
        now = as_of(app.db)
        scheme = week_scheme(config.alerts)
        last_week = scheme.start_of((now - timedelta(days=7)).date())
        totals = compute_totals(app.db, config.alerts)
        result.totals = [w.to_dict() for w in totals.weeks(last_week, DEMO_WEEKS, "IR")]
        say(f"   {'week':<9} {'starts':<11} {'total':>5} {'reported':>8} {'confirmed':>9} {'incidents':>9} "
            f"{'bound':>6} {'sources':>7}")
        for row in result.totals:
            bound = "-" if row["bound"] is None else row["bound"]
            say(f"   {row['week']:<9} {row['week_start']:<11} {row['total']:>5} {row['reported']:>8} "
                f"{row['confirmed']:>9} {row['incidents']:>9} {bound:>6} {row['sources']:>7}")
        say("   (`vigil claims --week 2025-W38` lists the sentences behind a week)")

        say("\n4. Alerts: the rules evaluated day by day over the sample weeks, as the service would have")
        reports = []
        first_day = date.fromisoformat(result.totals[0]["week_start"]) if result.totals else now.date()
        day = first_day
        while day <= now.date():
            report = evaluate_and_deliver(app.db, config.alerts, now=datetime.combine(day, clock(18, 0), timezone.utc))
            reports.append(report)
            for notice in (n for n in report.notices if n.new and n.channel == report.notices[0].channel):
                say(f"   {day:%a %Y-%m-%d}: {notice.subject}")
            day += timedelta(days=1)
        digest_report = send_digest(app.db, config.alerts, now=now)
        reports.append(digest_report)
        say(f"   weekly digest for {scheme.label(last_week)}: {digest_report.summary()}")
        result.delivered = [f"{d.channel}: {d.subject}" for r in reports if r.flushed for d in r.flushed.sent]
        result.emails, result.slack = list(smtp.messages), list(slack.payloads)
        say(f"   The local SMTP server received {counted(len(smtp.messages), 'email')}:")
        for message in smtp.messages:
            # a long Subject arrives folded after "Subject:"; unfold it as a mail client would
            say(f"     - {' '.join(str(message['Subject']).split())}")
        say(f"   The local Slack receiver received {counted(len(slack.payloads), 'message')}:")
        for payload in slack.payloads:
            say(f"     - {textwrap.shorten(str(payload.get('text', '')), 110, placeholder=' …')}")
        result.seconds = time.monotonic() - started
        kept = (f" Data in {work_dir / 'data'} until the web view stops (--keep DIR keeps it)." if served
                else f" Data kept in {work_dir / 'data'}; look at it with:\n  {explore_command(work_dir)}" if keep
                else "")
        say(f"\nDone in {result.seconds:.1f}s.{kept}")
    return result

