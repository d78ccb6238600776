"""Configuration: the shipped files load, and each kind of bad file gives one clear line and exit 2."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vigil.cli import cli
from vigil.config import AlertsFile, SchedulesFile, SourcesFile
from vigil.config_files import load_config, load_file
from vigil.errors import ConfigError
from vigil.store import open_store

REPO = Path(__file__).resolve().parents[1]
SECRETS = {
    "VIGIL_SMTP_HOST": "smtp.example.org",
    "VIGIL_SMTP_USER": "vigil",
    "VIGIL_SMTP_PASSWORD": "secret",
    "VIGIL_SLACK_WEBHOOK": "https://hooks.slack.com/services/T000/B000/XXXX",
}


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    for name in ("sources.yaml", "schedules.yaml", "alerts.yaml"):
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def run_cli(args: list[str], env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, args, env=env)


def test_shipped_files_load():
    config = load_config(REPO, environ=SECRETS)
    ids = [s.id for s in config.sources.sources]
    assert {"ihr", "hrana", "hengaw", "khrn", "amnesty", "iranintl", "iranwire"} <= set(ids)
    # Sources nobody has seen working ship disabled.
    assert not config.sources.get("hengaw").enabled
    assert not config.sources.get("iranintl").enabled
    assert config.sources.get("hrana").enabled
    assert config.alerts.channels["monitoring-slack"].webhook_url == SECRETS["VIGIL_SLACK_WEBHOOK"]
    assert {job.run for job in config.schedules.jobs} >= {"collect-feeds", "crawl-sites", "extract", "alerts", "digest"}


def test_shipped_disabled_sources_say_why():
    for line_no, line in enumerate((REPO / "sources.yaml").read_text().splitlines(), 1):
        if "enabled: false" in line:
            assert "#" in line, f"sources.yaml line {line_no}: a disabled source needs a comment saying why"


def test_check_prints_summary(config_dir: Path):
    result = run_cli(["--config", str(config_dir), "check"], env=SECRETS)
    assert result.exit_code == 0, result.output
    assert "Sources: 14 configured" in result.output
    assert "digest" in result.output and "next:" in result.output
    assert "weekly-surge" in result.output and "monitoring-slack" in result.output


def test_typo_in_key_is_one_line_exit_2(config_dir: Path):
    path = config_dir / "sources.yaml"
    path.write_text(path.read_text().replace("    max_pages: 40\n", "    max_pagse: 40\n", 1))
    result = run_cli(["--config", str(config_dir), "check"], env=SECRETS)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "error: sources.yaml: sources[4] (hengaw).max_pagse: unknown field (check the spelling)"
    ]


@pytest.mark.parametrize(
    "file_name, old, new, message",
    [
        ("sources.yaml", "url: https://iranhr.net/en/rss/", "url: ftp://iranhr.net/en/rss/",
         "sources.yaml: sources[0] (ihr).url: not an http(s) URL"),
        ("sources.yaml", "url: https://iranhr.net/en/rss/", "url: https://iranhr.net /en/rss/",
         "sources.yaml: sources[0] (ihr).url: not an http(s) URL: 'https://iranhr.net /en/rss/' holds ' '"),
        ("sources.yaml", "url: https://iranhr.net/en/rss/", "url: https://iranhr.net:99999/en/rss/",
         "sources.yaml: sources[0] (ihr).url: not an http(s) URL: the port of 'https://iranhr.net:99999/en/rss/' is not"),
        ("sources.yaml", "start_urls: [https://hengaw.net/en/news]", "start_urls: [https://hengaw.net/en/news, 'https://hengaw.net:8o/fa']",
         "sources.yaml: sources[4] (hengaw).start_urls[1]: not an http(s) URL: the port of 'https://hengaw.net:8o/fa'"),
        ("sources.yaml", "org: news\n", "org: blog\n",
         "sources.yaml: sources[9] (iranintl).org: Input should be 'rights-group', 'news' or 'official'"),
        ("schedules.yaml", "every: 15m", "every: 15 minutes",
         "schedules.yaml: jobs[0] (feeds).every: not a duration: '15 minutes' (use a number and a unit: 30s, 15m, 2h, 1d)"),
        ("schedules.yaml", 'cron: "0 8 * * mon"', 'cron: "0 8 * mon"', "schedules.yaml: jobs[4] (digest).cron: not a cron expression"),
        ("schedules.yaml", 'cron: "0 8 * * mon"', 'cron: "0 8 31 2 *"',
         "schedules.yaml: jobs[4] (digest).cron: cron '0 8 31 2 *' never fires (no date matches all its fields)"),
        ("schedules.yaml", "timezone: UTC", "timezone: Mars/Olympus", "schedules.yaml: timezone: unknown time zone"),
        ("alerts.yaml", "channels: [staff-email]\n", "channels: [staff-mail]\n",
         "alerts.yaml: rules[1] (weekly-rise).channels: no channel named 'staff-mail'"),
        ("alerts.yaml", "security: starttls", "security: tls",
         "alerts.yaml: channels.staff-email.security: Input should be 'none', 'starttls' or 'ssl'"),
        ("alerts.yaml", "threshold: 50", "threshold: -5",
         "alerts.yaml: rules[0] (weekly-surge).threshold: Input should be greater than or equal to 1"),
        ("alerts.yaml", "type: slack", "type: teams", "alerts.yaml: channels.monitoring-slack: unknown type 'teams'"),
    ],
)
def test_bad_values_name_file_and_field(config_dir: Path, file_name, old, new, message):
    path = config_dir / file_name
    text = path.read_text()
    assert old in text, f"test setup: {old!r} not in shipped {file_name}"
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=SECRETS)
    assert len(raised.value.problems) == 1, raised.value.problems
    assert raised.value.problems[0].startswith(message), raised.value.problems


def test_missing_environment_variable_is_named(config_dir: Path):
    env = dict(SECRETS)
    del env["VIGIL_SLACK_WEBHOOK"]
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=env)
    assert raised.value.problems == [
        "alerts.yaml: channels.monitoring-slack.webhook_url: environment variable VIGIL_SLACK_WEBHOOK is not set"
    ]


def test_secret_from_file_variable(config_dir: Path, tmp_path: Path):
    secret = tmp_path / "webhook"
    secret.write_text("https://hooks.slack.com/services/FROM/FILE\n")
    env = dict(SECRETS)
    del env["VIGIL_SLACK_WEBHOOK"]
    env["VIGIL_SLACK_WEBHOOK_FILE"] = str(secret)
    config = load_config(config_dir, environ=env)
    assert config.alerts.channels["monitoring-slack"].webhook_url == "https://hooks.slack.com/services/FROM/FILE"


def test_broken_yaml_names_line(tmp_path: Path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: a\n    name: [unclosed\n")
    with pytest.raises(ConfigError) as raised:
        load_file(path, SourcesFile)
    assert raised.value.problems[0].startswith("sources.yaml: line 4, column 1: not valid YAML")


def test_a_key_given_twice_names_both_lines_and_the_rest_is_still_checked(config_dir: Path):
    # PyYAML keeps the last of two equal keys: "enabled: true" above the shipped "enabled:
    # false" would pass as false without a word
    path = config_dir / "sources.yaml"
    text = path.read_text()
    assert "  - id: hengaw\n" in text and "timeout: 30 " in text
    text = text.replace("  - id: hengaw\n", "  - id: hengaw\n    enabled: true\n", 1)
    path.write_text(text.replace("timeout: 30 ", "timeout: 30\ntimeout: 40 ", 1).replace("lang: en", "lang: english", 1))
    lines = path.read_text().splitlines()
    timeout = lines.index("timeout: 40            # seconds per request") + 1
    first = lines.index("    enabled: true") + 1
    second = next(n for n, line in enumerate(lines, 1) if n > first and line.startswith("    enabled: false"))
    result = run_cli(["--config", str(config_dir), "check"], env=SECRETS)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: sources.yaml: line {timeout}, column 1: not valid YAML: key 'timeout' is given twice "
        f"(first on line {timeout - 1})",
        f"error: sources.yaml: line {second}, column 5: not valid YAML: key 'enabled' is given twice "
        f"(first on line {first})",
        "error: sources.yaml: sources[0] (ihr).lang: 'english' is not a language code (accepted: "
        "en, fa, ar (read by their own pipelines) or another registered code such as ku (read by the pipeline of its script))",
    ]


@pytest.mark.parametrize("file_name, changes, expected", [
    ("sources.yaml", [("  - id: hrana-fa\n", "  - id: hrana\n"), ("    max_pages: 40\n", "    max_pagse: 40\n")], [
        "sources.yaml: sources[4] (hengaw).max_pagse: unknown field (check the spelling)",
        "sources.yaml: sources[3] (hrana).id: source id 'hrana' is used twice (first by sources[2] (hrana))",
        "sources.yaml: sources[1] (ihr-fa).independent_of: no source with id 'hrana-fa'",
    ]),
    ("sources.yaml", [("independent_of: [hrana, ", "independent_of: [hrana, hengow, "),
                      ("user_agent:", "useragent:"), ("lang: en\n    timezone", "country_filter: XX\n    timezone")], [
        "sources.yaml: sources[0] (ihr).country_filter: unknown country 'XX'",
        "sources.yaml: useragent: unknown field (check the spelling)",
        "sources.yaml: sources[1] (ihr-fa).independent_of: no source with id 'hengow'",
    ]),
    ("schedules.yaml", [("id: sites", "id: feeds"), ('cron: "0 8 * * mon"', 'cron: "0 25 * * mon"')], [
        "schedules.yaml: jobs[4] (digest).cron: not a cron expression",
        "schedules.yaml: jobs[1] (feeds).id: job id 'feeds' is used twice (first by jobs[0] (feeds))",
    ]),
    ("alerts.yaml", [("id: weekly-rise", "id: weekly-surge"), ("channels: [staff-email]\n", "channels: [staff-mail]\n")], [
        "alerts.yaml: rules[1] (weekly-surge).channels: no channel named 'staff-mail'",
        "alerts.yaml: rules[1] (weekly-surge).id: rule id 'weekly-surge' is used twice (first by rules[0] (weekly-surge))",
    ]),
])
def test_every_problem_of_a_file_is_reported_at_once(config_dir: Path, file_name, changes, expected):
    # duplicate ids and references to other entries are checked across the file: they must
    # not wait until every field of every entry is right
    path = config_dir / file_name
    text = path.read_text()
    for old, new in changes:
        assert old in text, f"test setup: {old!r} not in shipped {file_name}"
        text = text.replace(old, new, 1)
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=SECRETS)
    got = raised.value.problems
    assert len(got) == len(expected) and all(line.startswith(want) for line, want in zip(got, expected)), got


@pytest.mark.parametrize("lang, problem", [
    ("ku", None),        # no pipeline of its own: read by its script's (extract/lang/choose.py)
    ("fa-IR", None),
    ("english", "sources.yaml: sources[0] (s).lang: 'english' is not a language code (accepted: "
        "en, fa, ar (read by their own pipelines) or another registered code such as ku (read by the pipeline of its script))"),
    ("xx", "sources.yaml: sources[0] (s).lang: 'xx' is not a language code (accepted: "
        "en, fa, ar (read by their own pipelines) or another registered code such as ku (read by the pipeline of its script))"),
])
def test_a_source_language_must_be_a_language_code(tmp_path: Path, lang, problem):
    path = tmp_path / "sources.yaml"
    path.write_text(f"sources:\n  - {{id: s, name: S, org: news, type: feed, url: 'https://ngo.test/feed', lang: {lang}}}\n")
    if problem is None:
        assert load_file(path, SourcesFile).sources[0].lang == lang
        return
    with pytest.raises(ConfigError) as raised:
        load_file(path, SourcesFile)
    assert raised.value.problems == [problem]


def test_a_duration_of_zero_says_so(tmp_path: Path):
    path = tmp_path / "schedules.yaml"
    path.write_text("jobs:\n  - {id: x, run: extract, every: 0m}\n")
    with pytest.raises(ConfigError) as raised:
        load_file(path, SchedulesFile)
    assert raised.value.problems == [
        "schedules.yaml: jobs[0] (x).every: a duration of zero: '0m' (give one longer than zero: 30s, 15m, 2h, 1d)"]


def test_missing_file(tmp_path: Path):
    with pytest.raises(ConfigError) as raised:
        load_file(tmp_path / "alerts.yaml", AlertsFile)
    assert "alerts.yaml: file not found" in raised.value.problems[0]


def test_site_source_needs_links(tmp_path: Path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {id: s, name: S, org: news, type: site, start_urls: ['https://example.org/']}\n")
    with pytest.raises(ConfigError) as raised:
        load_file(path, SourcesFile)
    assert raised.value.problems == [
        "sources.yaml: sources[0] (s): a site source needs article_links, article_xpath or article_pattern"
    ]


@pytest.mark.parametrize("name, model, text, expected", [
    ("sources.yaml", SourcesFile,
     "sources:\n  - {id: s, name: S, org: news, type: site, start_urls: ['https://example.org/'], max_pages: 0}\n",
     ["sources[0] (s).max_pages: Input should be greater than or equal to 1",
      "sources[0] (s): a site source needs article_links, article_xpath or article_pattern"]),
    ("schedules.yaml", SchedulesFile,
     "jobs:\n  - {id: x, run: extract, every: 5 minutes}\n  - {id: y, run: extract, misfire_grace: soon}\n",
     ["jobs[0] (x).every: not a duration: '5 minutes' (use a number and a unit: 30s, 15m, 2h, 1d)",
      "jobs[1] (y).misfire_grace: not a duration: 'soon' (use a number and a unit: 30s, 15m, 2h, 1d)",
      "jobs[1] (y): give exactly one of every or cron"]),
    ("alerts.yaml", AlertsFile,
     "channels: {}\nrules:\n  - {id: surge, type: weekly_total, step: -1, channels: []}\n",
     ["rules[0] (surge).step: Input should be greater than or equal to 1",
      "rules[0] (surge).channels: List should have at least 1 item after validation, not 0",
      "rules[0] (surge): a weekly_total rule needs threshold"]),
])
def test_an_entry_with_a_wrong_field_still_reports_what_its_type_needs(tmp_path: Path, name, model, text, expected):
    """An operator fixing a file sees every problem of an entry at once, not one per attempt."""
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_file(path, model)
    assert raised.value.problems == [f"{name}: {problem}" for problem in expected]


def test_job_needs_one_trigger(tmp_path: Path):
    path = tmp_path / "schedules.yaml"
    path.write_text("jobs:\n  - {id: x, run: extract, every: 5m, cron: '* * * * *'}\n")
    with pytest.raises(ConfigError) as raised:
        load_file(path, SchedulesFile)
    assert raised.value.problems == ["schedules.yaml: jobs[0] (x): give exactly one of every or cron"]


def test_cli_entry_point_reports_config_error_without_traceback(config_dir: Path):
    (config_dir / "alerts.yaml").write_text("rules: [\n")
    env = {k: v for k, v in SECRETS.items()}
    result = subprocess.run(
        [sys.executable, "-m", "vigil.cli", "--config", str(config_dir), "check"],
        capture_output=True, text=True, env={**env, "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: alerts.yaml: line")


def test_a_file_not_in_utf8_is_one_line_naming_it_not_a_traceback(config_dir: Path):
    # sources.yaml saved as UTF-16 (a Windows editor's "Unicode"), as an operator may do
    (config_dir / "sources.yaml").write_bytes((REPO / "sources.yaml").read_text(encoding="utf-8").encode("utf-16"))
    result = subprocess.run(
        [sys.executable, "-m", "vigil.cli", "--config", str(config_dir), "check"],
        capture_output=True, text=True, env={**SECRETS, "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr == "error: sources.yaml: not UTF-8 text (byte 0xff at offset 0); save it as UTF-8\n"


def test_a_secret_file_not_in_utf8_is_named(config_dir: Path, tmp_path: Path):
    secret = tmp_path / "webhook"
    secret.write_bytes(b"\xff\xfeh\x00t\x00")
    env = {k: v for k, v in SECRETS.items() if k != "VIGIL_SLACK_WEBHOOK"} | {"VIGIL_SLACK_WEBHOOK_FILE": str(secret)}
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=env)
    assert f"alerts.yaml: channels.monitoring-slack.webhook_url: cannot read VIGIL_SLACK_WEBHOOK_FILE {secret}: " \
           "not UTF-8 text" in raised.value.problems


def test_read_only_commands_need_no_delivery_secrets(config_dir: Path, tmp_path: Path):
    """Staff run `vigil totals` and dry runs by hand, where the service's secrets are not set."""
    from vigil.store import open_store

    data = tmp_path / "data"
    open_store(data).close()  # read commands need a database; they never create one
    for args in (["totals", "--format", "json"], ["claims", "--week", "2025-W38"]):
        result = run_cli(["--config", str(config_dir), "--data", str(data), *args])
        assert result.exit_code == 0, result.output
    # a dry run previews notices: it sends nothing, so it needs no secrets either
    for args in (["alerts", "--dry-run"], ["digest", "--dry-run"]):
        result = run_cli(["--config", str(config_dir), "--data", str(data), *args])
        assert result.exit_code == 0, result.output
    delivering = run_cli(["--config", str(config_dir), "--data", str(data), "alerts"])
    assert delivering.exit_code == 2
    assert "environment variable VIGIL_SMTP_HOST is not set" in delivering.output
    # ... and says where such variables come from
    assert delivering.output.strip().splitlines()[-1].startswith("hint: set them in the environment or give --env-file")


def test_check_warns_about_a_vulnerable_email_package(config_dir: Path):
    from alerts.channels.email import email_package_vulnerable

    result = run_cli(["--config", str(config_dir), "check"], env=SECRETS)
    assert result.exit_code == 0, result.output
    warned = "warning: this Python's email package lets encoded words in headers inject new headers (CVE-2024-6923)"
    assert (warned in result.stderr) is email_package_vulnerable()


@pytest.mark.parametrize("text, message", [
    ("allow_hosts: [https://www.bbc.co.uk/]", "sources[11] (bbc-middle-east).allow_hosts: not a host name: "
                                              "'https://www.bbc.co.uk/' (write bbc.co.uk, not a URL)"),
])
def test_allow_hosts_must_be_host_names(config_dir: Path, text, message):
    path = config_dir / "sources.yaml"
    path.write_text(path.read_text().replace("allow_hosts: [bbc.com, bbc.co.uk]", text, 1))
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=SECRETS)
    assert raised.value.problems == [f"sources.yaml: {message}"]


def test_allow_private_addresses_takes_true_or_networks(config_dir: Path):
    path = config_dir / "sources.yaml"
    original = path.read_text()
    path.write_text("allow_private_addresses: [10.0.0.0/33]\n" + original)
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=SECRETS)
    assert raised.value.problems[0].startswith("sources.yaml: allow_private_addresses: not an IP network: "
                                               "'10.0.0.0/33'")
    path.write_text("allow_private_addresses: [127.0.0.0/8, 'fd00::/8']\n" + original)
    assert load_config(config_dir, environ=SECRETS).sources.allow_private_addresses == ["127.0.0.0/8", "fd00::/8"]
def test_a_text_selector_that_is_not_css_names_its_source(tmp_path: Path):
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: a, name: A, org: news, type: feed, url: 'http://127.0.0.1/f', text_selector: 'div..body'}\n")
    with pytest.raises(ConfigError, match=r"sources.yaml: sources\[0\] \(a\)\.text_selector: .*not a CSS selector"):
        load_file(tmp_path / "sources.yaml", SourcesFile)
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: a, name: A, org: news, type: feed, url: 'http://127.0.0.1/f', text_selector: 'div.body'}\n")
    assert load_file(tmp_path / "sources.yaml", SourcesFile).sources[0].text_selector == "div.body"


def test_a_channel_named_after_its_type_is_named_in_its_problems(config_dir: Path):
    """Operators call their channels `email` and `slack`: each problem still names the channel, and
    an unset variable is reported once, not again as the empty value it left behind."""
    path = config_dir / "alerts.yaml"
    text = path.read_text().replace("staff-email", "email").replace("monitoring-slack", "slack")
    path.write_text(text.replace("to: [monitoring@example.org]", "to: [monitoring@example.org, not-an-address]"))
    env = dict(SECRETS)
    del env["VIGIL_SLACK_WEBHOOK"]
    with pytest.raises(ConfigError) as raised:
        load_config(config_dir, environ=env)
    assert sorted(raised.value.problems) == [
        "alerts.yaml: channels.email.to[1]: not an email address: 'not-an-address' "
        "(write one address, such as staff@your-ngo.org)",
        "alerts.yaml: channels.slack.webhook_url: environment variable VIGIL_SLACK_WEBHOOK is not set",
    ]


@pytest.mark.parametrize("file_name, model, text, expected", [
    ("schedules.yaml", SchedulesFile, "jobs:\n  - {id: feeds, run: collect-feeds, every: 15}\n",
     "schedules.yaml: jobs[0] (feeds).every: not a duration: 15 (use a number and a unit: 30s, 15m, 2h, 1d)"),
    ("sources.yaml", SourcesFile,
     "sources:\n  - {id: ihr, name: IHR, org: rights-group, type: feed, url: 'https://iranhr.net/rss', min_interval: 10}\n",
     "sources.yaml: sources[0] (ihr).min_interval: not a duration: 10 (use a number and a unit: 30s, 15m, 2h, 1d)"),
])
def test_a_duration_written_without_its_unit_says_what_to_write(tmp_path: Path, file_name, model, text, expected):
    """`every: 15` reads as a number to YAML: the problem is the missing unit, not a type."""
    path = tmp_path / file_name
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_file(path, model)
    assert raised.value.problems == [expected]
