"""Politeness (sources.yaml `politeness:`): the configured values reach Scrapy and the feed
fetcher, as the fixture server sees them (requests in hand at once, gaps between starts)."""

from __future__ import annotations

import json
import shutil
import urllib.request
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from crawler.sitecrawl import settings, site_settings
from crawler.throttle import Politeness
from collect_helpers import rows, run
from vigil.cli import cli
from vigil.config import SourcesFile
from vigil.config_files import load_file
from vigil.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]
LATENCY = 0.3  # seconds each answer of a test's namespace waits, so requests overlap when allowed to


def slow_namespace(mockserver, name: str, seconds: float = LATENCY) -> str:
    with urllib.request.urlopen(f"{mockserver.url}/__latency__?ns={name}&s={seconds}", timeout=10) as response:
        response.read()
    return mockserver.ns(name)


def max_in_flight(mockserver, name: str) -> int:
    with urllib.request.urlopen(f"{mockserver.url}/__inflight__?ns={name}", timeout=10) as response:
        return json.load(response)["max"]


def feed_source(base: str, per: int = 12, **extra) -> dict:
    return {"id": "wire", "type": "feed", "url": f"{base}/bench/feed/0.xml?per={per}", **extra}


def site_source(base: str, **extra) -> dict:
    return {"id": "desk", "type": "site", "start_urls": [f"{base}/bench/site/?pages=2&per=8"],
            "article_links": "h2.entry-title a", "next_page": "a.next", "max_pages": 40, **extra}


@pytest.mark.parametrize("per_domain", [1, 3])
def test_the_feed_fetcher_keeps_to_per_domain(mockserver, sources_config, tmp_path, per_domain):
    name = f"polite-feed-{per_domain}"
    base = slow_namespace(mockserver, name)
    config = sources_config([feed_source(base)], politeness={"autothrottle": False, "per_domain": per_domain})
    report = run(config, tmp_path / "data")
    assert report.get("wire").new_documents == 12, report.summary()
    assert max_in_flight(mockserver, name) == per_domain


@pytest.mark.parametrize("per_domain", [1, 3])
def test_the_site_crawl_keeps_to_per_domain(mockserver, sources_config, tmp_path, per_domain):
    name = f"polite-site-{per_domain}"
    base = slow_namespace(mockserver, name)
    config = sources_config([site_source(base)], politeness={"autothrottle": False, "per_domain": per_domain})
    report = run(config, tmp_path / "data")
    assert report.get("desk").new_documents == 16, report.summary()
    assert max_in_flight(mockserver, name) == per_domain


def test_a_sources_own_politeness_overrides_the_files(mockserver, sources_config, tmp_path):
    """The file allows 4 at once; the site asks for 1 and the feed for 2, and each is held to its own."""
    site_ns, feed_ns = "polite-own-site", "polite-own-feed"
    sources = [site_source(slow_namespace(mockserver, site_ns), politeness={"per_domain": 1}),
               feed_source(slow_namespace(mockserver, feed_ns), politeness={"per_domain": 2})]
    run(sources_config(sources, politeness={"autothrottle": False, "per_domain": 4}), tmp_path / "data")
    assert max_in_flight(mockserver, site_ns) == 1
    assert max_in_flight(mockserver, feed_ns) == 2


def test_the_download_delay_spaces_request_starts(mockserver, sources_config, tmp_path):
    name = "polite-delay"
    base = mockserver.ns(name)
    sources = [feed_source(base, per=5)]
    run(sources_config(sources, politeness={"autothrottle": False, "per_domain": 4, "download_delay": 0.4}),
        tmp_path / "data")
    starts = sorted(r["time"] for r in mockserver.requests(f"/t/{name}/"))
    assert len(starts) == 6  # the feed and its five articles
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.35


def test_autothrottle_keeps_the_shipped_defaults_to_one_at_a_time(mockserver, sources_config, tmp_path):
    """AutoThrottle at target 1 (the shipped default) spaces requests by the host's latency,
    so even with 2 allowed per host the server never has two of the feed's requests at once."""
    name = "polite-autothrottle"
    base = slow_namespace(mockserver, name, 0.2)
    defaults = SourcesFile().politeness.model_dump()
    assert defaults == {"per_domain": 2, "autothrottle": True, "target_concurrency": 1.0, "download_delay": 0.0}
    run(sources_config([feed_source(base, per=4)], politeness=defaults), tmp_path / "data")
    assert rows(tmp_path / "data", "select count(*) n from documents")[0]["n"] == 4
    assert max_in_flight(mockserver, name) == 1


def test_scrapy_gets_each_sites_politeness():
    spec = {"user_agent": "VigilTest/1.0", "timeout": 5, "max_bytes": 1000}
    shipped = settings(spec)
    assert shipped["AUTOTHROTTLE_ENABLED"] is True and shipped["AUTOTHROTTLE_TARGET_CONCURRENCY"] == 1.0
    assert shipped["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2
    assert shipped["WARN_ON_GENERATOR_RETURN_VALUE"] is False
    own = site_settings({"politeness": Politeness(per_domain=6, autothrottle=False, download_delay=0.5).to_dict()})
    assert own["CONCURRENT_REQUESTS_PER_DOMAIN"] == 6 and own["AUTOTHROTTLE_ENABLED"] is False
    assert own["DOWNLOAD_DELAY"] == 0.5 and own["DOWNLOAD_DELAY_JITTER"] == 0.0
    assert "RANDOMIZE_DOWNLOAD_DELAY" not in own   # deprecated since Scrapy 2.19: setting it warns on every crawl


@pytest.mark.parametrize(
    "politeness, where, message",
    [
        ({"per_domain": 0}, "politeness.per_domain", "Input should be greater than or equal to 1"),
        ({"download_delay": "soon"}, "politeness.download_delay", "Input should be a valid number"),
        ({"autothrottle": "maybe"}, "politeness.autothrottle", "Input should be a valid boolean"),
        ({"target_concurrency": 0}, "politeness.target_concurrency", "Input should be greater than 0"),
        ({"per_host": 2}, "politeness.per_host", "unknown field"),
    ],
)
def test_a_bad_politeness_value_names_file_and_field(tmp_path, politeness, where, message):
    for on_source in (False, True):
        source = {"id": "wire", "name": "Wire", "org": "news", "type": "feed", "url": "https://wire.example.org/feed"}
        body = {"sources": [source]}
        (source if on_source else body)["politeness"] = politeness
        (tmp_path / "sources.yaml").write_text(yaml.safe_dump(body), encoding="utf-8")
        with pytest.raises(ConfigError) as raised:
            load_file(tmp_path / "sources.yaml", SourcesFile)
        field = f"sources[0] (wire).{where}" if on_source else where
        problems = raised.value.problems
        assert len(problems) == 1 and problems[0].startswith(f"sources.yaml: {field}: {message}"), problems


def test_check_shows_each_sources_effective_politeness(tmp_path):
    for name in ("sources.yaml", "schedules.yaml", "alerts.yaml"):
        shutil.copy(REPO / name, tmp_path / name)
    config = yaml.safe_load((tmp_path / "sources.yaml").read_text())
    config["politeness"] = {"per_domain": 3}
    config["sources"][0]["politeness"] = {"autothrottle": False, "download_delay": 2}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    env = {"VIGIL_SMTP_HOST": "smtp.example.org", "VIGIL_SMTP_USER": "u", "VIGIL_SMTP_PASSWORD": "p",
           "VIGIL_SLACK_WEBHOOK": "https://hooks.slack.com/services/T000/B000/XXXX"}
    result = CliRunner().invoke(cli, ["--config", str(tmp_path), "check"], env=env)
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if "politeness:" in line]
    assert len(lines) == len(config["sources"])
    assert lines[0] == "politeness: 3 per host, AutoThrottle off, delay 2 s  [own]"
    assert lines[1] == "politeness: 3 per host, AutoThrottle on (target 1), delay 0 s"
