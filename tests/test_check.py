"""`vigil check` catches what validation alone let through: `$NAME` without braces in a
secret field, a recipient that is no address, the examples' placeholders, an empty schedule."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from vigil.cli import cli

REAL_ALERTS = {
    "timezone": "UTC",
    "channels": {
        "mail": {"type": "email", "host": "smtp.ngo.test", "username": "${SMTP_USER}", "password": "${SMTP_PASSWORD}",
                 "from": "Vigil <vigil@ngo.test>", "to": ["desk@ngo.test"]},
        "slack": {"type": "slack", "webhook_url": "${SLACK_WEBHOOK}"},
    },
}
ENV = {"SMTP_USER": "vigil", "SMTP_PASSWORD": "s3cret", "SLACK_WEBHOOK": "https://hooks.slack.com/services/TA/BB/real"}


def check(tmp_path: Path, alerts: dict, jobs: list | None = None, sources: dict | None = None):
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "alerts.yaml").write_text(yaml.safe_dump(alerts))
    (config / "schedules.yaml").write_text(yaml.safe_dump(
        {"jobs": [{"id": "alerts", "run": "alerts", "every": "10m"}] if jobs is None else jobs}))
    (config / "sources.yaml").write_text(yaml.safe_dump(sources or {"user_agent": "Vigil (+https://ngo.test/vigil)"}))
    environ = {name: None for name in os.environ if name.startswith("VIGIL_")} | ENV
    return CliRunner(env=environ).invoke(cli, ["--config", str(config), "check"])


def ok_line(count: int) -> str:
    """The end of check's first line for `count` warnings about the files, plus the machine's own."""
    from alerts.channels.email import interpreter_warning

    count += 1 if interpreter_warning() else 0
    return ": OK" + (f" ({count} warning{'s' if count != 1 else ''})" if count else "")


def file_warnings(result) -> list[str]:
    """The warnings about the files: the one about this interpreter's email package (CVE-2024-6923) is the machine's."""
    return [line for line in result.stderr.splitlines() if "CVE-2024-6923" not in line]


def with_mail(**fields) -> dict:
    return {**REAL_ALERTS, "channels": {**REAL_ALERTS["channels"], "mail": {**REAL_ALERTS["channels"]["mail"], **fields}}}


def test_a_real_configuration_passes_without_warnings(tmp_path):
    result = check(tmp_path, REAL_ALERTS)
    assert result.exit_code == 0, result.output
    assert file_warnings(result) == []
    assert result.stdout.splitlines()[0].endswith(ok_line(0))


def test_a_secret_written_as_dollar_name_without_braces_is_an_error(tmp_path):
    result = check(tmp_path, with_mail(password="$SMTP_PASSWORD"))
    assert result.exit_code == 2
    assert result.stderr == ("error: alerts.yaml: channels.mail.password: $SMTP_PASSWORD is not expanded; "
                             "write ${SMTP_PASSWORD}\n")


def test_a_recipient_that_is_not_an_address_is_an_error_naming_its_place(tmp_path):
    result = check(tmp_path, with_mail(to=["desk@ngo.test", "monitoring team"], **{"from": "vigil"}))
    assert result.exit_code == 2
    assert file_warnings(result) == [
        "error: alerts.yaml: channels.mail.from: not an email address: 'vigil' (write one address, such as "
        "staff@your-ngo.org)",
        "error: alerts.yaml: channels.mail.to[1]: not an email address: 'monitoring team' (write one address, "
        "such as staff@your-ngo.org)",
    ]


def test_two_addresses_in_one_entry_are_an_error(tmp_path):
    result = check(tmp_path, with_mail(to=["desk@ngo.test, chief@ngo.test"]))
    assert result.exit_code == 2
    assert "channels.mail.to[0]: not an email address: 'desk@ngo.test, chief@ngo.test'" in result.stderr


def test_the_examples_placeholders_are_warnings_naming_file_and_field(tmp_path):
    alerts = with_mail(host="smtp.example.org", to=["monitoring@example.com"])
    alerts["channels"]["slack"] = {"type": "slack", "webhook_url": "https://hooks.slack.com/services/T000/B000/XXXXXXXX"}
    result = check(tmp_path, alerts, sources={"user_agent": "Vigil/0.1 (+https://example.org/vigil)"})
    assert result.exit_code == 0, result.output
    assert file_warnings(result) == [
        "warning: sources.yaml: user_agent: https://example.org/vigil is an example placeholder (example.org); "
        "write the real value",
        "warning: alerts.yaml: channels.mail.host: smtp.example.org is an example placeholder (example.org); "
        "write the real value",
        "warning: alerts.yaml: channels.mail.to[0]: monitoring@example.com is an example placeholder "
        "(example.com); write the real value",
        "warning: alerts.yaml: channels.slack.webhook_url: still the example's webhook URL; write the real one",
    ]
    assert result.stdout.splitlines()[0].endswith(ok_line(4))


def test_every_warning_is_printed_once_and_counted(tmp_path):
    """The egress opt-in and this machine's email package are warnings like the files' own:
    listed once (no EGRESS log line beside them) and counted in the OK line."""
    check(tmp_path, REAL_ALERTS, sources={"user_agent": "Vigil (+https://ngo.test/vigil)",
                                          "allow_private_addresses": ["127.0.0.0/8"]})
    environ = {name: value for name, value in os.environ.items() if not name.startswith("VIGIL_")} | ENV
    result = subprocess.run([sys.executable, "-m", "vigil.cli", "--config", str(tmp_path / "config"), "check"],
                            capture_output=True, text=True, timeout=120, env=environ)
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert warnings[0] == ("warning: allow_private_addresses is set: fetches may reach non-public addresses "
                           "(127.0.0.0/8); only for tests and local mirrors, never on a production host")
    assert all(line.startswith("warning: ") for line in warnings), warnings
    count = len(warnings)
    assert result.stdout.splitlines()[0].endswith(f": OK ({count} warning{'s' if count != 1 else ''})")
    assert result.stdout.splitlines()[0].endswith(ok_line(1))


def test_an_empty_schedule_is_a_warning(tmp_path):
    result = check(tmp_path, REAL_ALERTS, jobs=[])
    assert result.exit_code == 0
    assert file_warnings(result) == ["warning: schedules.yaml: jobs: no job is scheduled, so `vigil run` would do nothing"]


def test_collect_jobs_with_no_source_enabled_are_a_warning(tmp_path):
    """An emptied or cut sources.yaml is valid, and the service would collect nothing, silently."""
    jobs = [{"id": "feeds", "run": "collect-feeds", "every": "15m"}, {"id": "sites", "run": "crawl-sites", "every": "3h"},
            {"id": "alerts", "run": "alerts", "every": "10m"}]
    off = {"id": "ihr", "name": "IHR", "org": "rights-group", "type": "feed", "url": "https://ihr.test/feed",
           "enabled": False}
    for sources in ({"user_agent": "Vigil (+https://ngo.test/vigil)"},
                    {"user_agent": "Vigil (+https://ngo.test/vigil)", "sources": [off]}):
        result = check(tmp_path, REAL_ALERTS, jobs=jobs, sources=sources)
        assert result.exit_code == 0, result.output
        assert file_warnings(result) == ["warning: sources.yaml: sources: no source is enabled, so the collect jobs "
                                         "of schedules.yaml (feeds, sites) would collect nothing"]
    enabled = check(tmp_path, REAL_ALERTS, jobs=jobs[:1] + jobs[2:],
                    sources={"user_agent": "Vigil (+https://ngo.test/vigil)", "sources": [{**off, "enabled": True}]})
    assert file_warnings(enabled) == []


def test_a_collect_job_whose_sources_are_all_disabled_is_a_warning_naming_job_and_sources(tmp_path):
    """The example schedule crawls sites every three hours while every shipped site source waits to
    be checked: the job runs and fetches nothing, each time, silently. A job with no source of its
    type at all is the same; a job that has one enabled source is not."""
    jobs = [{"id": "feeds", "run": "collect-feeds", "every": "15m"}, {"id": "sites", "run": "crawl-sites", "every": "3h"},
            {"id": "everything", "run": "collect", "every": "1h"}, {"id": "alerts", "run": "alerts", "every": "10m"}]
    feed = {"id": "ihr", "name": "IHR", "org": "rights-group", "type": "feed", "url": "https://ihr.test/feed"}
    site = {"id": "hengaw", "name": "Hengaw", "org": "rights-group", "type": "site",
            "start_urls": ["https://hengaw.test/news"], "article_links": "a.title", "enabled": False}
    sources = {"user_agent": "Vigil (+https://ngo.test/vigil)",
               "sources": [feed, site, {**site, "id": "ohchr", "start_urls": ["https://ohchr.test/"]}]}
    check(tmp_path, REAL_ALERTS, jobs=jobs, sources=sources)
    environ = {name: value for name, value in os.environ.items() if not name.startswith("VIGIL_")} | ENV
    run = subprocess.run([sys.executable, "-m", "vigil.cli", "--config", str(tmp_path / "config"), "check"],
                         capture_output=True, text=True, timeout=120, env=environ)
    assert run.returncode == 0, run.stderr
    assert file_warnings(run) == [
        "warning: schedules.yaml: jobs[1] (sites): crawl-sites fetches the site sources of sources.yaml, and all of "
        "them are disabled (hengaw, ohchr), so the job would collect nothing (enable one, or remove the job)"]
    assert run.stdout.splitlines()[0].endswith(ok_line(1))
    no_site = check(tmp_path, REAL_ALERTS, jobs=jobs, sources={**sources, "sources": [feed]})
    assert file_warnings(no_site) == [
        "warning: schedules.yaml: jobs[1] (sites): crawl-sites fetches the site sources of sources.yaml, and it has "
        "none, so the job would collect nothing (remove it, or add a source)"]


def test_the_summary_shows_each_country_filter_as_its_code(tmp_path):
    sources = {"user_agent": "Vigil (+https://ngo.test/vigil)", "sources": [
        {"id": "world", "name": "World", "org": "news", "type": "feed", "url": "https://news.test/feed",
         "country_filter": "Iran"}]}
    result = check(tmp_path, REAL_ALERTS, sources=sources)
    assert result.exit_code == 0, result.output
    assert "https://news.test/feed  [only IR]" in result.stdout


def test_a_source_with_an_allow_list_says_which_sources_it_never_confirms(tmp_path):
    # a source added later is missing from the others' independent_of lists: check shows it
    sources = {"user_agent": "Vigil (+https://ngo.test/vigil)", "sources": [
        {"id": "ihr", "name": "ihr", "org": "rights-group", "type": "feed", "url": "https://ihr.test/feed"},
        {"id": "ihr-fa", "name": "ihr-fa", "org": "rights-group", "type": "feed", "url": "https://ihr.test/fa/feed", "lang": "fa",
         "independent_of": ["hrana"]},
        {"id": "hrana", "name": "hrana", "org": "rights-group", "type": "feed", "url": "https://hrana.test/feed"},
        {"id": "newgroup", "name": "newgroup", "org": "rights-group", "type": "feed", "url": "https://new.test/feed"},
        {"id": "mirror", "name": "mirror", "org": "news", "type": "feed", "url": "https://mirror.test/feed", "independent_of": []},
    ]}
    result = check(tmp_path, REAL_ALERTS, sources=sources)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    after = {line.split()[0]: lines[i + 2].strip() for i, line in enumerate(lines[:-2])
             if line.startswith("  ") and line.split()[0] in ("ihr-fa", "mirror", "hrana")}
    assert after["ihr-fa"] == "never confirms: ihr, newgroup, mirror (independent_of lists the others)"
    assert after["mirror"] == "never confirms: any other source (independent_of: [])"
    assert not after["hrana"].startswith("never confirms")
