"""Each rule type, and Alertmanager-like notification: once per key, again per step, resolved."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimstore import sample_week, store  # noqa: F401 (store is a fixture)
from vigil.alerting import evaluate_rules
from vigil.config import AlertsFile

NOW = datetime(2025, 9, 21, 12, tzinfo=timezone.utc)  # Sunday of 2025-W38
CHANNELS = {"mail": {"type": "email", "host": "127.0.0.1", "port": 2525, "security": "none",
                     "from": "vigil@example.org", "to": ["staff@example.org"]},
            "chat": {"type": "slack", "webhook_url": "http://127.0.0.1:9/hook"}}


def config(*rules: dict) -> AlertsFile:
    return AlertsFile.model_validate({"channels": CHANNELS, "rules": [{"channels": ["mail"], **r} for r in rules]})


def queued(store) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in store.db.execute("select dedup_key, channel, subject from outbox order by id").fetchall()]


def alert_row(store, rule_id):
    return store.db.execute("select key, value, level, state from alerts where rule_id = ?", [rule_id]).fetchall()


def bound(store, count, published="2025-09-21"):
    return store.report(published, count, "2025-09-14", "2025-09-20", kind="aggregate", qualifier="at_least",
                        title=f"Weekly: {count}")


SURGE = {"id": "surge", "type": "weekly_total", "threshold": 50, "step": 25, "resolve": True}


def test_weekly_total_fires_once_per_week_and_rerunning_sends_nothing(store):
    sample_week(store)
    cfg = config({**SURGE, "channels": ["mail", "chat"]})
    notices = evaluate_rules(store.db, cfg, NOW)
    assert [(n.kind, n.channel, n.key) for n in notices] == [("firing", "mail", "2025-W38:IR"),
                                                             ("firing", "chat", "2025-W38:IR")]
    assert queued(store) == [
        ("surge:2025-W38:IR:e1:level0", "mail", "IR: 64 executions in week 2025-W38 (at or above 50)"),
        ("surge:2025-W38:IR:e1:level0", "chat", "IR: 64 executions in week 2025-W38 (at or above 50)"),
    ]
    assert evaluate_rules(store.db, cfg, NOW) == []
    assert evaluate_rules(store.db, cfg, NOW.replace(hour=23)) == []
    assert len(queued(store)) == 2


def test_step_renotifies_only_when_the_next_step_is_passed(store):
    sample_week(store)
    cfg = config(SURGE)
    evaluate_rules(store.db, cfg, NOW)
    bound(store, 74)
    assert evaluate_rules(store.db, cfg, NOW) == []  # 74 < 50 + 25
    bound(store, 80)
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert (notice.kind, notice.subject) == ("escalated", "IR: 80 executions in week 2025-W38 (at or above 75)")
    bound(store, 99)
    assert evaluate_rules(store.db, cfg, NOW) == []
    bound(store, 130)  # passes two steps at once: one notice, for the highest
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert notice.dedup_key == "surge:2025-W38:IR:e1:level3"
    assert alert_row(store, "surge") == [("2025-W38:IR", 130, 3, "firing")]


def test_corrected_total_below_threshold_sends_resolved_then_refires_as_new_episode(store):
    ids = sample_week(store)
    cfg = config(SURGE)
    evaluate_rules(store.db, cfg, NOW)
    store.db["claims"].delete(ids["weekly"])  # the extractor's re-run drops the misread figure
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert (notice.kind, notice.subject) == ("resolved", "Resolved: IR week 2025-W38 total now 3, below 50")
    assert notice.dedup_key == "surge:2025-W38:IR:e1:resolved"
    assert evaluate_rules(store.db, cfg, NOW) == []
    # a week later the correction is still remembered, and a new figure fires a new episode
    bound(store, 55)
    (notice,) = evaluate_rules(store.db, cfg, datetime(2025, 9, 28, tzinfo=timezone.utc))
    assert (notice.kind, notice.dedup_key) == ("firing", "surge:2025-W38:IR:e2:level0")


def test_without_resolve_a_dip_is_silent(store):
    ids = sample_week(store)
    cfg = config({**SURGE, "resolve": False})
    evaluate_rules(store.db, cfg, NOW)
    store.db["claims"].delete(ids["weekly"])
    assert evaluate_rules(store.db, cfg, NOW) == []
    assert alert_row(store, "surge") == [("2025-W38:IR", 3, 0, "firing")]
    bound(store, 64)
    assert evaluate_rules(store.db, cfg, NOW) == []  # same level as already told


def test_weekly_rise(store):
    store.report("2025-09-13", 20, "2025-09-07", "2025-09-13", kind="aggregate")  # W37: 20
    store.report("2025-09-20", 32, "2025-09-14", "2025-09-20", kind="aggregate")  # W38: 32
    cfg = config({"id": "rise", "type": "weekly_rise", "rise_percent": 50, "min_count": 20})
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert notice.subject == "IR: executions up 60% in week 2025-W38 (32 vs 20, each a source's weekly figure)"
    strict = config({"id": "rise2", "type": "weekly_rise", "rise_percent": 50, "min_count": 40})
    assert evaluate_rules(store.db, strict, NOW) == []


def test_offence_rule_fires_on_any_execution_for_listed_offences(store):
    sample_week(store)
    cfg = config({"id": "political", "type": "offence", "offences": ["political", "espionage"]})
    assert evaluate_rules(store.db, cfg, NOW) == []
    store.report("2025-09-20", 1, "2025-09-20", offences=["political", "murder"], names=["Mehdi X"],
                 title="Protester hanged")
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert notice.subject == "IR: 1 execution for political in week 2025-W38"  # not espionage: none was reported
    assert evaluate_rules(store.db, cfg, NOW) == []
    both = config({"id": "both", "type": "offence", "offences": ["espionage", "political"]})
    store.report("2025-09-20", 1, "2025-09-19", offences=["espionage"], names=["Reza Y"], title="Spy hanged")
    (notice,) = evaluate_rules(store.db, both, NOW)
    assert notice.subject == "IR: 2 executions for espionage or political in week 2025-W38"  # in the rule's order


def test_an_offence_figure_set_by_a_weekly_bound_names_the_bounds_offences(store):
    cfg = config({"id": "political", "type": "offence", "offences": ["espionage", "political", "drug"]})
    store.report("2025-09-20", 1, "2025-09-20", offences=["drug"], names=["Ali Z"], title="Drug hanging")
    store.report("2025-09-21", 5, "2025-09-14", "2025-09-20", kind="aggregate", qualifier="at_least",
                 offences=["political"], title="Five political prisoners hanged this week")
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert notice.subject == "IR: 5 executions for political in week 2025-W38"


def test_year_to_date_passing_last_years_total(store):
    store.report("2025-01-02", 975, "2024-01-01", "2024-12-31", kind="aggregate", title="975 in 2024")
    store.report("2025-09-01", 900, "2025-01-01", "2025-08-31", kind="aggregate")
    cfg = config({"id": "ytd", "type": "year_to_date"})
    assert evaluate_rules(store.db, cfg, NOW) == []
    store.report("2025-09-20", 80, "2025-09-14", "2025-09-20", kind="aggregate")  # weeks sum 80 < bound 900 < 975
    assert evaluate_rules(store.db, cfg, NOW) == []
    store.report("2025-09-21", 1001, "2025-01-01", "2025-09-20", kind="aggregate", title="1,001 so far")
    (notice,) = evaluate_rules(store.db, cfg, NOW)
    assert notice.key == "2025:IR"
    assert notice.subject == "IR: 2025 executions so far (1001) have passed the 2024 total (975)"


def test_imminent_alerts_once_per_incident_even_after_re_extraction(store):
    cfg = config({"id": "imminent", "type": "imminent", "channels": ["mail", "chat"]})
    first = store.report("2025-09-19", 1, "2025-09-20", event="imminent", names=["Pakhshan Azizi"],
                         title="Kurdish activist transferred for execution", source="hrana")
    notices = evaluate_rules(store.db, cfg, NOW)
    assert [n.channel for n in notices] == ["mail", "chat"]
    assert notices[0].subject == ("Imminent execution reported, IR: Pakhshan Azizi "
                                  "(Kurdish activist transferred for execution)")
    # another source on the same transfer: same incident, no second alert
    store.report("2025-09-20", 1, "2025-09-20", event="imminent", names=["Pakhshan AZIZI"], source="amnesty")
    assert evaluate_rules(store.db, cfg, NOW) == []
    # the extractor re-runs: the claim rows are replaced with new ids, same content
    row = store.db["claims"].get(first)
    store.db["claims"].delete(first)
    store.db["claims"].insert({**row, "id": None})
    assert evaluate_rules(store.db, cfg, NOW) == []
    # a different prisoner is a new alert
    store.report("2025-09-21", 1, None, event="imminent", names=["Varisheh Moradi"], source="hrana")
    (mail, chat) = evaluate_rules(store.db, cfg, NOW)
    assert "Varisheh Moradi" in mail.subject
    # old imminent reports are not alerted when Vigil first meets them
    store.report("2025-06-01", 1, "2025-06-01", event="imminent", names=["Old Case"])
    assert evaluate_rules(store.db, cfg, NOW) == []


def test_dry_run_changes_nothing(store):
    sample_week(store)
    cfg = config(SURGE)
    notices = evaluate_rules(store.db, cfg, NOW, dry_run=True)
    assert [n.kind for n in notices] == ["firing"] and notices[0].new
    assert queued(store) == [] and alert_row(store, "surge") == []
