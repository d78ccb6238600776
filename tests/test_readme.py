"""The README's Quick start is what CI runs, and every command is documented."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vigil.store import open_store

REPO = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, flags=re.S)


def test_quick_start_has_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    assert all("\n" not in c for c in commands), "each Quick start command is one line"


def test_ci_runs_the_readme_test_command():
    test_command = quick_start_commands()[1]
    assert "pytest" in test_command
    ci_script = (REPO / ".ci" / "run").read_text()
    assert test_command in ci_script.splitlines(), "CI must run the README's test command verbatim"


def test_every_command_is_documented_in_readme():
    from vigil.clidoc import command_paths

    readme = (REPO / "README.md").read_text()
    paths = [" ".join(path) for path in command_paths()]
    assert {"alerts test", "alerts retry", "extract rerun", "extract jsonl", "show", "claims"} <= set(paths)
    missing = [path for path in paths if f"vigil {path}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_command_reference_is_generated_from_the_cli():
    from vigil.clidoc import render

    readme = (REPO / "README.md").read_text()
    assert render(readme) == readme, "README's command reference is stale: run `python -m vigil.clidoc README.md`"


# --- the Operating section, run as written against the unit's paths ---------------------

UNIT = REPO / "deploy" / "vigil.service"


def unit_settings() -> dict[str, str]:
    """The paths deploy/vigil.service gives the service: binary, config, data, env file."""
    text = UNIT.read_text()
    setting = lambda pattern: re.search(pattern, text, flags=re.M).group(1)  # noqa: E731
    return {
        "binary": setting(r"^ExecStart=(\S+) run$"),
        "config": setting(r"^Environment=VIGIL_CONFIG=(\S+)$"),
        "data": setting(r"^Environment=VIGIL_DATA=(\S+)$"),
        "env_file": setting(r"^EnvironmentFile=(\S+)$"),
    }


def operating_commands() -> list[str]:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Operating the service", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"`((?:sudo -u vigil|sqlite3) [^`]+)`", section)


def test_operating_commands_use_the_units_paths():
    """What the service is given by systemd, a command run by hand is given by its flags."""
    unit = unit_settings()
    commands = [c for c in operating_commands() if c.startswith("sudo -u vigil")]
    assert {c.split()[-1] for c in commands} == {"check", "status"}, commands
    for command in commands:
        words = command.split()
        assert words[3] == unit["binary"], f"{command}: not the unit's binary (sudo's PATH lacks the venv)"
        assert ["--config", unit["config"]] == words[4:6], command
    check = next(c for c in commands if c.endswith(" check"))
    assert f"--env-file {unit['env_file']}" in check, "check expands the secrets: it needs the unit's env file"
    status = next(c for c in commands if c.endswith(" status"))
    assert f"--data {unit['data']}" in status and "--env-file" not in status


def test_the_web_unit_serves_the_services_data_as_its_user():
    """deploy/vigil-web.service: the same binary, user, config and data as the service's unit."""
    unit, web = UNIT.read_text(), (REPO / "deploy" / "vigil-web.service").read_text()
    paths = unit_settings()
    assert re.search(rf"^ExecStart={re.escape(paths['binary'])} serve --behind-proxy 1$", web, flags=re.M)
    for line in ("User=vigil", "Group=vigil", f"Environment=VIGIL_CONFIG={paths['config']}",
                 f"Environment=VIGIL_DATA={paths['data']}", "After=vigil.service"):
        assert re.search(rf"^{re.escape(line)}$", web, flags=re.M), line
    assert "User=vigil" in unit and "deploy/vigil-web.service" in (REPO / "README.md").read_text()


@pytest.fixture
def host(tmp_path):
    """A stand-in for the installed host: the shipped files where the unit expects them."""
    config, data = tmp_path / "etc-vigil", tmp_path / "var-lib-vigil-data"
    config.mkdir()
    for name in ("sources.yaml", "schedules.yaml", "alerts.yaml"):
        shutil.copy(REPO / name, config / name)
    shutil.copy(REPO / "deploy" / "vigil.env.example", config / "vigil.env")
    open_store(data).close()
    unit = unit_settings()
    paths = {unit["env_file"]: str(config / "vigil.env"), unit["config"]: str(config), unit["data"]: str(data),
             "/backup/": str(tmp_path / "backup") + "/"}
    environ = {k: v for k, v in os.environ.items() if not k.startswith("VIGIL_")}

    def run(command: str) -> subprocess.CompletedProcess:
        for unit_path, local in paths.items():  # longest first: the env file lives in the config directory
            command = command.replace(unit_path, local)
        words = shlex.split(command)
        if words[:3] == ["sudo", "-u", "vigil"]:
            words = [sys.executable, "-m", "vigil.cli", *words[4:]]
        return subprocess.run(words, capture_output=True, text=True, timeout=120, env=environ)

    (tmp_path / "backup").mkdir()
    return run


def test_operating_check_works_as_written(host):
    command = next(c for c in operating_commands() if c.endswith(" check"))
    result = host(command)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Configuration in " in result.stdout


def test_operating_status_works_as_written_without_secrets(host):
    command = next(c for c in operating_commands() if c.endswith(" status"))
    result = host(command)
    # Exit 1: the service never ran here, which status must say, not a configuration error.
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "Running: no `vigil run` holds this data directory"
    assert "job feeds: has never run" in result.stdout
    assert result.stderr == ""


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command-line shell is not installed")
def test_operating_backup_works_as_written(host, tmp_path):
    command = next(c for c in operating_commands() if c.startswith("sqlite3 "))
    result = host(command)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "backup" / "vigil.db").stat().st_size > 0


CORPUS = Path(os.environ.get("VIGIL_CORPUS") or REPO.parent / "shared" / "corpus")


@pytest.mark.skipif(not (CORPUS / "dev.jsonl").exists(),
                    reason=f"the labelled corpus is not at {CORPUS} (set VIGIL_CORPUS)")
def test_extraction_quality_command_works_as_written():
    readme = (REPO / "README.md").read_text()
    section = readme.split("### Extraction quality", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", section, flags=re.S)
    assert commands == ['export VIGIL_CORPUS=/work/shared/corpus\n'
                        '.venv/bin/vigil eval "$VIGIL_CORPUS"/dev.jsonl --show-errors']
    # as written, but with this machine's corpus (the README names the workspace's) and this interpreter
    script = commands[0].replace("/work/shared/corpus", shlex.quote(str(CORPUS))).replace(
        ".venv/bin/vigil", f"{shlex.quote(sys.executable)} -m vigil.cli")
    result = subprocess.run(["bash", "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    figures = dict(line.split(": ", 1) for line in result.stdout.splitlines() if re.match(r"^[a-z_0-9]+: ", line))
    labelled = [line for line in (CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert int(figures["reports"]) == len(labelled) and 0 < float(figures["f1"]) <= 1
    assert any("  missed  " in line or "  spurious  " in line for line in result.stdout.splitlines())
