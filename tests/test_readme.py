"""The README's Quick start is what CI runs, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from vigil.cli import cli

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
    readme = (REPO / "README.md").read_text()
    missing = [name for name in cli.commands if f"vigil {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_command_reference_is_generated_from_the_cli():
    from vigil.clidoc import render

    readme = (REPO / "README.md").read_text()
    assert render(readme) == readme, "README's command reference is stale: run `python -m vigil.clidoc README.md`"
