"""Benchmark: publication to Slack, for reports of imminent executions on a local feed.

Run:  .venv/bin/python bench/latency.py [--poll 10] [--reports 5] [--every 13]

It starts the fixture server (tests/mockserver/server.py) on 127.0.0.1, whose live feed
publishes `--reports` reports of an imminent execution, one every `--every` seconds (each
dated with its real publication time), a local Slack webhook receiver, and `vigil run` with
the feed polled every `--poll` seconds and the extract and alerts timers at their shipped
10 minutes. For each report it prints the seconds from publication to the Slack message.

Target: every report within one poll interval + 30 s (the collect job extracts new documents
and evaluates the alerts at once; without that, the 10-minute timers decide).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from receivers import WebhookReceiver  # noqa: E402
from mockserver.streams import LIVE_NAMES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--poll", type=int, default=10, help="feed poll interval, seconds")
    parser.add_argument("--reports", type=int, default=5)
    parser.add_argument("--every", type=int, default=13, help="seconds between two publications")
    args = parser.parse_args()

    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "mockserver" / "server.py")],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = server.stdout.readline().strip() + "/t/bench-latency/live"
    query = f"after=5&count={args.reports}&every={args.every}"
    service = None
    try:
        with tempfile.TemporaryDirectory(prefix="vigil-latency-") as tmp, WebhookReceiver() as hook:
            config, data = Path(tmp) / "config", Path(tmp) / "data"
            config.mkdir()
            files = {
                "sources.yaml": {"user_agent": "VigilBench/1.0", "timeout": 10, "allow_private_addresses": ["127.0.0.0/8"], "sources": [
                    {"id": "monitor", "name": "Monitor", "org": "rights-group", "type": "feed",
                     "url": f"{base}/feed.xml?{query}", "min_interval": "1s"}]},
                "alerts.yaml": {"timezone": "UTC", "channels": {"chat": {"type": "slack", "webhook_url": hook.url}},
                                "rules": [{"id": "imminent", "type": "imminent", "channels": ["chat"]}]},
                "schedules.yaml": {"timezone": "UTC", "jobs": [
                    {"id": "feeds", "run": "collect-feeds", "every": f"{args.poll}s"},
                    {"id": "extract", "run": "extract", "every": "10m"},
                    {"id": "alerts", "run": "alerts", "every": "10m"}]},
            }
            for name, body in files.items():
                (config / name).write_text(yaml.safe_dump(body), encoding="utf-8")
            with urllib.request.urlopen(f"{base}/schedule?{query}", timeout=10) as response:
                published = json.load(response)  # the first request fixes the publication times
            service = subprocess.Popen([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config),
                                        "--data", str(data), "run"], cwd=ROOT,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            arrived: dict[str, float] = {}
            deadline = published[-1] + args.poll + 120
            while len(arrived) < args.reports and time.time() < deadline:
                for message in hook.delivered:
                    text = json.dumps(message)
                    for name in LIVE_NAMES[: args.reports]:
                        if name in text and name not in arrived:
                            arrived[name] = time.time()
                time.sleep(0.05)
    finally:
        if service is not None:
            service.terminate()
            service.wait(timeout=40)
        server.terminate()
        server.wait()

    bound = args.poll + 30
    latencies = []
    print(f"feed polled every {args.poll} s; extract and alerts timers every 10 min; target <= {bound} s")
    for i, name in enumerate(LIVE_NAMES[: args.reports]):
        if name in arrived:
            latencies.append(arrived[name] - published[i])
            print(f"report {i + 1} ({name}): published -> Slack in {latencies[-1]:6.1f} s")
        else:
            print(f"report {i + 1} ({name}): no Slack message within {args.poll + 120} s of publication")
    if latencies:
        print(f"latency: mean {statistics.mean(latencies):.1f} s, max {max(latencies):.1f} s "
              f"({len(latencies)}/{args.reports} delivered; {'within' if max(latencies) <= bound else 'OVER'} target)")


if __name__ == "__main__":
    main()
