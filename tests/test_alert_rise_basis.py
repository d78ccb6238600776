"""weekly_rise compares like with like: a source's weekly figure with a weekly figure, single
incidents with single incidents; a rise that only reflects the change of kind does not fire.

Real parts: claims in a real SQLite store, alerts queued in its outbox, and one run of
`vigil alerts` delivering to a real SMTP receiver on 127.0.0.1."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from click.testing import CliRunner

from claimstore import ClaimStore, store, write_alerts_yaml  # noqa: F401 (store is a fixture)
from receivers import SMTPReceiver
from vigil.alerting import evaluate_rules
from vigil.cli import cli
from vigil.config import AlertsFile

NOW = datetime(2025, 9, 21, 12, tzinfo=timezone.utc)  # Sunday of 2025-W38 (Mon 15 - Sun 21 September)
MAIL = {"type": "email", "host": "127.0.0.1", "port": 2525, "security": "none",
        "from": "vigil@example.org", "to": ["staff@example.org"]}


def rise(min_count: int = 3) -> AlertsFile:
    return AlertsFile.model_validate({"channels": {"mail": MAIL}, "rules": [
        {"id": "rise", "type": "weekly_rise", "rise_percent": 50, "min_count": min_count, "channels": ["mail"]}]})


def single(store, day: str, count: int, place: str) -> int:
    """One incident reported by itself, on its day, at its own place."""
    return store.report(day, count, day, location=place, title=f"{count} hanged in {place}")


def weekly_figure(store, monday: str, sunday: str, count: int, published: str | None = None) -> int:
    return store.report(published or sunday, count, monday, sunday, kind="aggregate", qualifier="at_least",
                        title=f"At least {count} executed in the past week")


def test_a_weekly_figure_against_single_reports_is_no_rise(store):
    single(store, "2025-09-09", 1, "Qezel Hesar")  # W37: two single reports, 2 in all
    single(store, "2025-09-11", 1, "Vakilabad")
    weekly_figure(store, "2025-09-15", "2025-09-21", 64)  # W38: "at least 64 in the past week"
    single(store, "2025-09-17", 2, "Shiraz")  # and 2 reported one by one
    assert evaluate_rules(store.db, rise(), NOW) == []  # 2 vs 2, not 64 vs 2


def test_single_reports_compared_with_single_reports_even_under_a_weekly_figure(store):
    single(store, "2025-09-09", 1, "Qezel Hesar")
    single(store, "2025-09-11", 1, "Vakilabad")
    weekly_figure(store, "2025-09-15", "2025-09-21", 64)
    for day, place in (("2025-09-16", "Shiraz"), ("2025-09-17", "Karaj"), ("2025-09-18", "Isfahan")):
        single(store, day, 2, place)  # 6 reported one by one
    (notice,) = evaluate_rules(store.db, rise(), NOW)
    assert notice.subject == ("IR: executions up 200% in week 2025-W38 "
                              "(6 vs 2, each the sum of incidents reported one by one)")
    (detail,) = store.db.execute("select detail from alerts where rule_id = 'rise'").fetchone()
    facts = json.loads(detail)["facts"]
    assert facts["total"] == "64 (a source's weekly figure)"
    assert facts["week before"] == "2 (incidents reported one by one)"
    assert evaluate_rules(store.db, rise(), NOW) == []  # told once
    # the week's figure is raised by a later statement: the same week, nothing new to tell
    weekly_figure(store, "2025-09-15", "2025-09-21", 90, published="2025-09-21")
    assert evaluate_rules(store.db, rise(), NOW) == []
    assert store.db.execute("select count(*) from outbox").fetchone()[0] == 1


def test_weekly_figures_compared_with_each_other(store):
    weekly_figure(store, "2025-09-08", "2025-09-14", 20)
    weekly_figure(store, "2025-09-15", "2025-09-21", 35)
    (notice,) = evaluate_rules(store.db, rise(), NOW)
    assert notice.subject == "IR: executions up 75% in week 2025-W38 (35 vs 20, each a source's weekly figure)"


def test_a_week_whose_figure_fell_does_not_fire_on_its_single_reports(store):
    weekly_figure(store, "2025-09-08", "2025-09-14", 30)  # W37: 30 by a weekly figure, 1 reported alone
    single(store, "2025-09-10", 1, "Qezel Hesar")
    for day, place in (("2025-09-16", "Shiraz"), ("2025-09-18", "Karaj")):
        single(store, day, 2, place)  # W38: 4 reported one by one, no weekly figure
    assert evaluate_rules(store.db, rise(), NOW) == []  # 4 vs 1 singles, but 30 -> 4 is no rise


def test_delivered_once_through_the_outbox(tmp_path):
    """`vigil alerts` with this week's figures: mailed once, a second run sends nothing."""
    today = datetime.now(timezone.utc).date()
    monday = today - timedelta(days=today.weekday())
    last = monday - timedelta(weeks=1)
    data = ClaimStore(tmp_path / "data")
    single(data, (last + timedelta(days=1)).isoformat(), 1, "Qezel Hesar")
    weekly_figure(data, monday.isoformat(), today.isoformat(), 64, published=today.isoformat())
    for n, place in enumerate(("Shiraz", "Karaj")):
        single(data, min(today, monday + timedelta(days=n)).isoformat(), 2, place)
    data.db.close()
    with SMTPReceiver() as smtp:
        config = write_alerts_yaml(tmp_path / "config", {
            "channels": {"mail": {**MAIL, "port": smtp.port, "timeout": 5}},
            "rules": [{"id": "rise", "type": "weekly_rise", "rise_percent": 50, "min_count": 3,
                       "channels": ["mail"]}]})

        def vigil(*args):
            return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), *args])

        first = vigil("alerts")
        assert first.exit_code == 0, first.stdout
        assert len(smtp.messages) == 1
        subject = smtp.messages[0]["Subject"]
        assert "up 300%" in subject and "(4 vs 1, each the sum of incidents reported one by one)" in subject
        again = vigil("alerts")
        assert again.stdout == "0 notices queued, 0 sent, 0 failed, 0 waiting\n"
        assert len(smtp.messages) == 1
