"""The egress policy: no fetch reaches a non-public address or leaves its source's hosts.

Only loopback traffic is ever sent. Refusals of other ranges are shown by the policy's own
resolver hook answering a `*.localhost` test name with the address under test: the policy
refuses before any connection is made, so nothing is sent anywhere.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from crawler.archive import WarcArchive
from crawler.egress import EgressPolicy, EgressRefused, hosts_allowed
from crawler.http import Fetcher
from vigil.cli import cli

from collect_helpers import rows, run

NOT_PUBLIC = [
    "10.1.2.3", "172.16.5.4", "192.168.0.1",  # RFC 1918
    "127.0.0.1", "127.8.9.10",  # loopback
    "169.254.169.254",  # link-local: cloud metadata
    "100.64.0.1",  # CGNAT
    "224.0.0.251", "239.1.2.3",  # multicast
    "0.0.0.0", "240.0.0.1", "255.255.255.255",  # unspecified, reserved, broadcast
    "::1", "::", "fe80::1", "fd12:3456::1", "ff02::1",  # IPv6 loopback, unspecified, link-local, ULA, multicast
    "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::ffff:127.0.0.1",  # IPv4-mapped
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
]


def hook(table: dict[str, list[str]]):
    """A resolver answering test names from `table` and recording each question."""
    asked: list[str] = []

    def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        answer = table[host]
        return answer.pop(0) if answer and isinstance(answer[0], list) else answer

    resolve.asked = asked
    return resolve


@pytest.fixture
def fetcher_for(tmp_path):
    made = []

    def make(policy: EgressPolicy) -> Fetcher:
        archive = WarcArchive(tmp_path / "archive", prefix="egress")
        fetcher = Fetcher(archive, user_agent="VigilTest/1.0", timeout=2.0, egress=policy)
        made.append((fetcher, archive))
        return fetcher

    yield make
    for fetcher, archive in made:
        fetcher.close()
        archive.close()


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_a_name_resolving_to_a_non_public_address_is_refused_before_connecting(address, mockserver, fetcher_for):
    policy = EgressPolicy(resolver=hook({"metadata.localhost": [address]}))
    ns = f"egress-{address.replace(':', '_')}"
    result = fetcher_for(policy).fetch(f"http://metadata.localhost:{mockserver.port}/t/{ns}/articles/1")
    assert result.final.status is None
    assert result.error.startswith("egress refused: refused to connect to metadata.localhost")
    assert f"({address})" in result.error
    assert mockserver.requests(f"/t/{ns}/") == []


def test_public_addresses_pass_and_private_ones_are_dropped_from_a_mixed_answer():
    policy = EgressPolicy(resolver=hook({"mixed.localhost": ["10.0.0.1", "93.184.215.14", "2606:2800:21f:cb07::1"]}))
    assert policy.addresses("mixed.localhost", 80) == ["93.184.215.14", "2606:2800:21f:cb07::1"]  # no connection made


def test_loopback_is_refused_unless_allowed(mockserver, fetcher_for):
    url = f"{mockserver.ns('egress-default')}/feeds/rss.xml"
    refused = fetcher_for(EgressPolicy()).fetch(url)
    assert refused.error.startswith("egress refused: refused to connect to 127.0.0.1 (127.0.0.1)")
    assert mockserver.requests("/t/egress-default/") == []
    allowed = fetcher_for(EgressPolicy(["127.0.0.0/8"])).fetch(url)
    assert allowed.ok and len(mockserver.requests("/t/egress-default/")) == 1


def test_every_redirect_hop_is_checked_at_connect_time(mockserver, fetcher_for):
    policy = EgressPolicy(["127.0.0.0/8"], resolver=hook({"feeds.localhost": ["127.0.0.1"],
                                                         "inside.localhost": ["169.254.169.254"]}))
    target = f"http://inside.localhost:{mockserver.port}/t/egress-hop/articles/1"
    result = fetcher_for(policy).fetch(f"http://feeds.localhost:{mockserver.port}/redirect/to?url={target}")
    assert [e.status for e in result.exchanges] == [302, None]
    assert result.error.startswith("egress refused: refused to connect to inside.localhost (169.254.169.254)")
    assert mockserver.requests("/t/egress-hop/") == []


def test_a_dns_answer_that_changes_is_judged_when_connecting(mockserver, fetcher_for):
    """The name is resolved once per connection, by the policy, and the connection goes to
    that vetted address: an answer that turns private after a first good one is refused."""
    resolver = hook({"rebind.localhost": [["127.0.0.1"], ["10.0.0.1"]]})
    fetcher = fetcher_for(EgressPolicy(["127.0.0.0/8"], resolver=resolver))
    url = f"http://rebind.localhost:{mockserver.port}/t/egress-rebind/articles/1"
    assert fetcher.fetch(url).ok
    fetcher.close()  # drop the pooled connection: the next fetch connects afresh
    second = fetcher.fetch(url)
    assert second.error.startswith("egress refused: refused to connect to rebind.localhost (10.0.0.1)")
    assert resolver.asked == ["rebind.localhost", "rebind.localhost"]
    assert len(mockserver.requests("/t/egress-rebind/")) == 1


def test_only_http_and_https_are_fetched(fetcher_for):
    for url in ("ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "gopher://127.0.0.1:70/"):
        result = fetcher_for(EgressPolicy(["127.0.0.0/8"])).fetch(url)
        assert result.error.startswith("not an http(s) URL")


def test_hosts_match_the_host_or_its_subdomains():
    assert hosts_allowed("https://www.example.org/a", ["example.org"])
    assert hosts_allowed("https://example.org/a", ["example.org"])
    assert not hosts_allowed("https://example.org.evil.example/a", ["example.org"])
    assert not hosts_allowed("https://badexample.org/a", ["example.org"])
    with pytest.raises(EgressRefused):
        EgressPolicy(resolver=hook({"x.localhost": ["192.168.1.1"]})).addresses("x.localhost", 443)


def test_feed_entry_links_stay_on_the_sources_hosts_unless_allowed(mockserver, sources_config, tmp_path):
    base = mockserver.ns("offsite")
    other = f"localhost:{mockserver.port}"
    feed = {"id": "off", "type": "feed", "url": f"{base}/feeds/offsite.xml?other={other}"}
    data = tmp_path / "data"
    report = run(sources_config([feed]), data)
    assert report.get("off").new_documents == 2
    refused = rows(data, "select url, error from fetches where error is not null")
    assert [r["url"] for r in refused] == [f"http://{other}/t/offsite/articles/72"]
    assert refused[0]["error"].startswith("egress refused: ") and "allow_hosts" in refused[0]["error"]
    assert [r["host"] for r in mockserver.requests("/t/offsite/articles/72")] == []

    data2 = tmp_path / "data2"
    run(sources_config([{**feed, "allow_hosts": ["localhost"]}]), data2)
    assert len(rows(data2, "select * from documents")) == 3
    assert [r["host"] for r in mockserver.requests("/t/offsite/articles/72")] == [other]


def test_the_private_address_opt_in_is_logged_loudly(mockserver, sources_config, tmp_path):
    base = mockserver.ns("egress-log")
    config = sources_config([
        {"id": "rss", "type": "feed", "url": f"{base}/feeds/rss.xml"},
        {"id": "site", "type": "site", "start_urls": [f"{base}/news/"], "article_links": "h2.entry-title a"},
    ])
    collect = subprocess.run([sys.executable, "-m", "vigil.cli", "--config", str(config), "--data",
                              str(tmp_path / "data"), "collect"], capture_output=True, text=True, timeout=120)
    assert collect.returncode == 0, collect.stderr
    assert collect.stderr.count("WARNING crawler.egress: EGRESS: allow_private_addresses is set") == 1
    (config / "schedules.yaml").write_text("jobs: []\n")
    (config / "alerts.yaml").write_text("channels: {}\nrules: []\n")
    check = CliRunner().invoke(cli, ["--config", str(config), "check"])
    assert check.exit_code == 0, check.output
    assert "warning: allow_private_addresses is set: fetches may reach non-public addresses (0.0.0.0/0, ::/0)" \
        in check.stderr


def test_without_the_opt_in_feeds_and_site_crawls_refuse_loopback(mockserver, sources_config, tmp_path):
    base = mockserver.ns("egress-off")
    config = sources_config([
        {"id": "rss", "type": "feed", "url": f"{base}/feeds/rss.xml"},
        {"id": "site", "type": "site", "start_urls": [f"{base}/news/"], "article_links": "h2.entry-title a"},
    ], allow_private_addresses=False)
    data = tmp_path / "data"
    report = run(config, data)
    assert report.get("rss").new_documents == 0 and report.get("site").new_documents == 0
    fetches = rows(data, "select kind, url, error from fetches order by id")
    # robots.txt unreachable closes the host until it answers (RFC 9309), so no listing page is asked for
    assert {r["kind"] for r in fetches} == {"feed", "robots"}
    errors = [r["error"] for r in fetches]
    assert errors and all(e.startswith("egress refused: refused to connect to 127.0.0.1") for e in errors), errors
    assert mockserver.requests("/t/egress-off/") == []
