"""A collect that stores new documents extracts them and evaluates the alerts at once, so a
report of an imminent execution reaches Slack without waiting for the extract and alerts
timers (which stay as a safety net)."""

from __future__ import annotations

import yaml

from conftest import job_runs, wait_for
from receivers import WebhookReceiver


def test_an_imminent_execution_reaches_slack_from_the_collect_job_alone(tmp_path, mockserver, vigil_service):
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    feed = f"{mockserver.ns('follow-up')}/live/feed.xml?after=15&count=1&every=600"  # published 15 s after the first poll
    with WebhookReceiver() as hook:
        files = {
            "sources.yaml": {"user_agent": "VigilTest/1.0", "timeout": 5, "allow_private_addresses": True, "sources": [
                {"id": "monitor", "name": "Monitor", "org": "rights-group", "type": "feed", "url": feed,
                 "min_interval": "1s"}]},
            "alerts.yaml": {"timezone": "UTC", "channels": {"chat": {"type": "slack", "webhook_url": hook.url}},
                            "rules": [{"id": "imminent", "type": "imminent", "channels": ["chat"]}]},
            # extract and alerts on day-long timers: only the collect's follow-up can deliver in time
            "schedules.yaml": {"timezone": "UTC", "jobs": [
                {"id": "feeds", "run": "collect-feeds", "every": "2s"},
                {"id": "extract", "run": "extract", "every": "1d"},
                {"id": "alerts", "run": "alerts", "every": "1d"}]},
        }
        for name, body in files.items():
            (config / name).write_text(yaml.safe_dump(body), encoding="utf-8")
        service = vigil_service(config, data)
        try:
            wait_for(lambda: hook.delivered, 90, "the imminent alert on Slack", service)
        finally:
            code, _ = service.stop()
        assert code == 0, service.log()[-3000:]
    assert "Arash Tavakoli" in str(hook.delivered[0])
    runs = job_runs(data)
    # the alerts timer ran once, at start-up, before the report was published: it sent nothing;
    # the collect that stored the report extracted it and sent the alert
    assert [r["summary"] for r in runs if r["job_id"] == "alerts"] == ["0 notices queued, 0 sent, 0 failed, 0 waiting"]
    followed = [r["summary"] for r in runs if r["job_id"] == "feeds" and "alerts:" in (r["summary"] or "")]
    assert len(followed) == 1 and "alerts: 1 notice queued, 1 sent, 0 failed" in followed[0], followed
