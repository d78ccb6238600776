"""Operating Vigil by hand: a wrong data directory is an error, one service per data directory,
`vigil status` without the delivery secrets, `--env-file`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import wait_for
from vigil.cli import cli
from vigil.runlock import AlreadyRunning, RunLock, holder
from vigil.store import open_store

SECRET_ALERTS = {
    "timezone": "UTC",
    "digest_channels": ["mail"],
    "channels": {"mail": {"type": "email", "host": "${VIGIL_SMTP_HOST}", "password": "${VIGIL_SMTP_PASSWORD}",
                          "from": "vigil@monitor.test", "to": ["staff@monitor.test"]}},
}


def write_config(directory: Path, jobs: list[dict] | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "sources.yaml": {"sources": []},
        "schedules.yaml": {"jobs": jobs if jobs is not None else [{"id": "alerts", "run": "alerts", "every": "1h"}]},
        "alerts.yaml": SECRET_ALERTS,
    }
    for name, body in files.items():
        (directory / name).write_text(yaml.safe_dump(body), encoding="utf-8")
    return directory


def vigil(config: Path, data: Path, *args: str, env: dict | None = None):
    """Run the CLI in-process with no VIGIL_ variable set but those of `env`."""
    environ = {name: None for name in os.environ if name.startswith("VIGIL_")} | (env or {})
    return CliRunner(env=environ).invoke(cli, ["--config", str(config), "--data", str(data), *args])


@pytest.mark.parametrize("args", [
    ["totals"], ["claims", "--week", "2025-W38"], ["status"], ["extract"], ["extract", "rerun"],
    ["extract", "rerun", "--dry-run"], ["alerts"], ["alerts", "--dry-run"], ["alerts", "retry"],
    ["alerts", "test", "mail"], ["digest"], ["digest", "--dry-run"], ["show", "1"], ["archive", "check"],
    # an account made in a mistyped (or root's) data directory would never be the service's
    ["users", "add", "bob", "--role", "admin", "--password-stdin"], ["users", "list"],
    ["users", "passwd", "bob", "--password-stdin"], ["users", "disable", "bob"],
])
def test_a_command_on_a_missing_data_directory_names_it_and_creates_nothing(tmp_path, args):
    """Only collect, run and demo create a data directory (and --init)."""
    config = write_config(tmp_path / "config")
    wrong = tmp_path / "dta"
    environ = {name: None for name in os.environ if name.startswith("VIGIL_")} | {
        "VIGIL_SMTP_HOST": "127.0.0.1", "VIGIL_SMTP_PASSWORD": "x"}
    result = CliRunner(env=environ).invoke(cli, ["--config", str(config), "--data", str(wrong), *args],
                                           input="a long enough password\n")
    assert result.exit_code == 1, result.output
    assert result.stderr == (f"error: {wrong}: no such data directory (give the right one with --data DIR or "
                             "VIGIL_DATA; `vigil collect` or `vigil run` create it, as does --init)\n")
    assert not wrong.exists()


def test_serve_on_a_missing_data_directory_names_it_and_serves_nothing(tmp_path):
    config = write_config(tmp_path / "config")
    wrong = tmp_path / "dta"
    # a process of its own, with a timeout: a `serve` that did not refuse would serve for ever
    result = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data", str(wrong),
                             "serve", "--port", "0"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith(f"error: {wrong}: no such data directory (give the right one with --data DIR")
    assert not wrong.exists()


@pytest.mark.parametrize("host, port_taken, exit_code, message", [
    # another server (a second `vigil serve`, the demo's --serve) already on the port
    ("127.0.0.1", True, 1, "error: cannot listen on 127.0.0.1:{port}: Address already in use (another server "
                           "listens there: stop it or choose another --port)\n"),
    # a mistyped --host; a scoped IPv6 address with no such interface fails without asking DNS
    ("fe80::1%nosuchif0", False, 2, "error: --host fe80::1%nosuchif0: no such address or host name (give an address "
                                    "of this machine, such as 127.0.0.1)\n"),
])
def test_serve_that_cannot_listen_is_one_line_naming_the_address(tmp_path, host, port_taken, exit_code, message):
    config = write_config(tmp_path / "config")
    data = tmp_path / "data"
    open_store(data).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1] if port_taken else 0
        result = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data", str(data),
                                 "serve", "--host", host, "--port", str(port), "--behind-proxy", "1"],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == exit_code, result.stderr
    assert result.stderr.endswith(message.format(port=port)), result.stderr
    assert "Traceback" not in result.stderr


def test_an_empty_data_directory_is_an_error_and_init_creates_the_database(tmp_path):
    config = write_config(tmp_path / "config")
    empty = tmp_path / "data"
    empty.mkdir()
    result = vigil(config, empty, "totals")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {empty}: no Vigil database (vigil.db) in this data directory")
    assert "--data" in result.stderr
    assert list(empty.iterdir()) == []

    initialised = vigil(config, empty, "--init", "totals")
    assert initialised.exit_code == 0, initialised.output
    assert (empty / "vigil.db").is_file()
    assert vigil(config, empty, "totals").exit_code == 0


def test_status_needs_no_delivery_secret(tmp_path):
    """alerts.yaml names secrets that are not set here; status does not read alerts.yaml."""
    config = write_config(tmp_path / "config")
    data = tmp_path / "data"
    open_store(data).close()
    result = vigil(config, data, "status")
    assert "VIGIL_SMTP" not in result.output
    assert result.exit_code == 1  # the alerts job never ran: that needs a person, not a secret
    assert result.stdout.splitlines()[:2] == ["Running: no `vigil run` holds this data directory",
                                              "Jobs:"]
    assert "  - job alerts: has never run (is `vigil run` running?)" in result.stdout.splitlines()


def test_env_file_supplies_the_secrets_and_the_environment_wins(tmp_path):
    config = write_config(tmp_path / "config")
    env_file = tmp_path / "vigil.env"
    env_file.write_text("# the service's secrets\nVIGIL_SMTP_HOST=mail.monitor.test\n"
                        "VIGIL_SMTP_PASSWORD='p$ss ${NOT_EXPANDED}'\n", encoding="utf-8")
    without = vigil(config, tmp_path / "data", "check")
    assert without.exit_code == 2
    assert "error: alerts.yaml: channels.mail.host: environment variable VIGIL_SMTP_HOST is not set" in without.stderr

    result = vigil(config, tmp_path / "data", "--env-file", str(env_file), "check",
                   env={"VIGIL_SMTP_HOST": "relay.monitor.test"})
    assert result.exit_code == 0, result.output
    assert "relay.monitor.test:587" in result.stdout  # the environment wins over the file


def test_env_file_that_cannot_be_read_is_a_configuration_error(tmp_path):
    config = write_config(tmp_path / "config")
    missing = tmp_path / "nope.env"
    result = vigil(config, tmp_path / "data", "--env-file", str(missing), "check")
    assert result.exit_code == 2
    assert result.stderr == f"error: {missing}: cannot read the environment file: No such file or directory (--env-file)\n"


def test_env_file_with_a_line_that_is_not_name_value_names_file_and_line(tmp_path):
    config = write_config(tmp_path / "config")
    env_file = tmp_path / "vigil.env"
    env_file.write_text("VIGIL_SMTP_HOST=mail.monitor.test\nVIGIL_SMTP_PASSWORD secret\n", encoding="utf-8")
    result = vigil(config, tmp_path / "data", "--env-file", str(env_file), "check")
    assert result.exit_code == 2
    assert result.stderr == f"error: {env_file}: line 2: not a NAME=VALUE line (--env-file)\n"
    # a name whose value was forgotten: python-dotenv takes it as no value, systemd ignores it
    env_file.write_text("VIGIL_SMTP_HOST=mail.monitor.test\nVIGIL_SMTP_PASSWORD\n", encoding="utf-8")
    result = vigil(config, tmp_path / "data", "--env-file", str(env_file), "check")
    assert result.exit_code == 2
    assert result.stderr == f"error: {env_file}: line 2: not a NAME=VALUE line (--env-file)\n"


def test_env_file_values_are_not_interpolated(tmp_path):
    from vigil.envfile import load_env_file

    env_file = tmp_path / "vigil.env"
    env_file.write_text("A=${B}x\nexport C=\"two words\"\n", encoding="utf-8")
    environ = {"B": "should-not-appear"}
    assert load_env_file(env_file, environ) == ["A", "C"]
    assert environ["A"] == "${B}x" and environ["C"] == "two words"


# --- one `vigil run` per data directory --------------------------------------------------


def test_the_run_lock_is_released_when_its_holder_is_killed(tmp_path):
    holder_script = textwrap.dedent(f"""
        import sys, time
        from vigil.runlock import RunLock
        RunLock({str(tmp_path)!r}).acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", holder_script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert holder(tmp_path) == child.pid
        with pytest.raises(AlreadyRunning) as refused:
            RunLock(tmp_path).acquire()
        assert refused.value.pid == child.pid
        assert f"(pid {child.pid} holds the lock)" in str(refused.value)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert holder(tmp_path) is None  # the pid is still in the file; nobody holds the lock
    with RunLock(tmp_path):
        assert holder(tmp_path) == os.getpid()
    assert holder(tmp_path) is None


def test_holder_of_a_data_directory_without_a_lock_file_is_none_and_creates_nothing(tmp_path):
    assert holder(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_a_second_run_on_one_data_directory_exits_1_naming_the_first(tmp_path, vigil_service):
    config = write_config(tmp_path / "config", jobs=[{"id": "extract", "run": "extract", "every": "1h"}])
    (config / "alerts.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    data = tmp_path / "data"
    first = vigil_service(config, data)
    wait_for(lambda: "jobs scheduled" in first.log(), 30, "the first service to start", first)
    second = subprocess.run([sys.executable, "-m", "vigil.cli", "--config", str(config), "--data", str(data), "run"],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 1
    assert second.stderr.splitlines()[-1] == (
        f"error: {data / 'vigil-run.lock'}: `vigil run` is already running on this data directory "
        f"(pid {first.proc.pid} holds the lock)")
    status = vigil(config, data, "status")
    assert status.stdout.splitlines()[0] == f"Running: pid {first.proc.pid} (it holds this data directory's lock)"
    assert first.alive()
    # the extract job's first run starts at once; stopping in the middle of it would abandon it
    # after the grace (tested elsewhere), which on a loaded machine loading its pipelines can take
    wait_for(lambda: "job extract done" in first.log(), 120, "the extract job's first run to finish", first)
    code, _ = first.stop()
    assert code == 0
    assert "abandoned" not in first.log()


# --- no silent zeros: an empty answer says where it looked and where the data is ---------


@pytest.fixture
def week_38(tmp_path):
    from claimstore import ClaimStore, sample_week, write_alerts_yaml

    store = ClaimStore(tmp_path / "data")
    sample_week(store)
    store.db.close()
    return write_alerts_yaml(tmp_path / "config"), tmp_path / "data"


def test_totals_names_the_weeks_it_shows(week_38):
    config, data = week_38
    result = vigil(config, data, "totals", "--as-of", "2025-09-21", "--weeks", "2", "--country", "Iran")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ("The 2 weeks 2025-W37 to 2025-W38 (2025-09-08 to 2025-09-21) for IR, "
                                             "with the reports and reviews stored now (not a replay of that day):")


def test_empty_totals_name_the_weeks_looked_at_and_those_with_data(week_38):
    config, data = week_38
    result = vigil(config, data, "totals", "--as-of", "2025-12-01", "--weeks", "4")
    assert result.exit_code == 0
    assert result.stdout == ("No executions recorded in the 4 weeks 2025-W46 to 2025-W49 (2025-11-10 to 2025-12-07). "
                             "Weeks with data: 1, 2025-W38 (--as-of 2025-09-21 shows the latest).\n")
    as_json = vigil(config, data, "totals", "--as-of", "2025-12-01", "--weeks", "4", "--format", "json")
    assert as_json.stdout == "[]\n"
    assert as_json.stderr.startswith("No executions recorded in the 4 weeks 2025-W46 to 2025-W49")
    other = vigil(config, data, "totals", "--as-of", "2025-09-21", "--country", "SA")
    assert other.stdout.endswith("for SA. No week has any execution claim for SA in this database.\n")


@pytest.mark.parametrize("args", [["totals"], ["claims", "--week", "2025-W38"]])
def test_unknown_country_is_a_usage_error_listing_the_codes(week_38, args):
    config, data = week_38
    result = vigil(config, data, *args, "--country", "XX")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --country: unknown country 'XX' (known ISO codes: AE, AF, ")
    assert " IQ, IR, " in result.stderr


# --- collect: a run where everything failed is a failure; Scrapy says one line per failure --


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def collect(config: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data", str(data),
                           "collect", *args], capture_output=True, text=True, timeout=120)


def test_collect_exits_1_when_every_source_failed_and_0_when_one_worked(mockserver, sources_config, tmp_path):
    config = sources_config([
        {"id": "down", "type": "feed", "url": f"{mockserver.url}/status/503"},
        {"id": "gone", "type": "feed", "url": f"{mockserver.url}/status/404"},
        {"id": "rss", "type": "feed", "url": f"{mockserver.ns('allfail')}/feeds/rss.xml"},
    ])
    (config / "schedules.yaml").write_text("jobs: []\n")
    (config / "alerts.yaml").write_text("timezone: UTC\n")
    failed = collect(config, tmp_path / "data", "--source", "down", "--source", "gone")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert failed.stderr.splitlines()[-1] == "error: every source failed (down, gone); see the errors above"
    mixed = collect(config, tmp_path / "data", "--source", "down", "--source", "rss", "--force")
    assert mixed.returncode == 0, mixed.stdout + mixed.stderr


@pytest.mark.slow
def test_an_unreachable_site_is_one_warning_line_per_failure_without_traceback(sources_config, tmp_path):
    port = closed_port()
    config = sources_config([{"id": "dead", "type": "site", "start_urls": [f"http://127.0.0.1:{port}/news/"],
                              "article_links": "h2 a", "max_pages": 2}])
    (config / "schedules.yaml").write_text("jobs: []\n")
    (config / "alerts.yaml").write_text("timezone: UTC\n")
    result = collect(config, tmp_path / "data")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    scrapy_lines = [line for line in result.stderr.splitlines() if "[scrapy." in line]
    assert scrapy_lines, result.stderr
    assert all("] WARNING: " in line for line in scrapy_lines), scrapy_lines
    assert any(line.endswith("Connection refused. [DownloadConnectionRefusedError]") for line in scrapy_lines), scrapy_lines


def test_counted_nouns_agree_with_their_number():
    from alerts.wording import counted

    assert [counted(n, "source") for n in (0, 1, 2)] == ["0 sources", "1 source", "2 sources"]
    assert counted(1, "fetch") == "1 fetch" and counted(7, "fetch") == "7 fetches"
    assert counted(2, "person", "people") == "2 people"


def test_a_data_directory_that_cannot_hold_the_lock_is_one_error_line(tmp_path):
    from vigil.errors import StoreError

    not_a_directory = tmp_path / "data"
    not_a_directory.write_text("a file where the data directory should be")
    with pytest.raises(StoreError, match=r"data/vigil-run.lock: cannot open the run lock: File exists"):
        RunLock(not_a_directory).acquire()


def test_claims_and_the_digest_count_one_incident_in_the_singular(tmp_path):
    from claimstore import ClaimStore, write_alerts_yaml

    store = ClaimStore(tmp_path / "data")
    store.report("2025-09-19", 1, "2025-09-18", source="hrana", title="Man executed in Karaj",
                 evidence="A man was executed in Ghezel Hesar Prison, Karaj.")
    store.db.close()
    result = vigil(write_alerts_yaml(tmp_path / "config"), tmp_path / "data", "claims", "--week", "2025-W38")
    assert result.exit_code == 0, result.output
    assert "over 1 incident, no bound); confirmed 0; 1 source" in result.stdout.splitlines()[0]
