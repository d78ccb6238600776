"""Database and disk faults end in one line on stderr and exit 1, never a traceback; commands
that only read open the database read-only, run no migration and work on a read-only disk."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from vigil.demo.site import serve_site
from vigil.demo.walkthrough import write_config

REPO = Path(__file__).resolve().parents[1]
READ_COMMANDS = [
    ["status"], ["totals", "--as-of", "2025-10-01"], ["claims", "--week", "2025-W38"],
    ["alerts", "--dry-run"], ["digest", "--dry-run"],
]


@pytest.fixture(scope="module")
def collected(collected_store):
    """The demo site collected and extracted into a real store, with the demo's alerts.yaml."""
    return collected_store(extract=True)


def vigil(config: Path, data: Path, *args: str, wrap: list[str] | None = None, prelude: str = ""):
    """`vigil ARGS` in a child process (optionally under `wrap`, after `prelude` Python)."""
    code = f"import sys; sys.path.insert(0, {str(REPO)!r})\n{prelude}\nfrom vigil.cli import main\nmain()"
    command = [sys.executable, "-c", code, "-q", "--config", str(config), "--data", str(data), *args]
    return subprocess.run((wrap or []) + command, capture_output=True, text=True, timeout=120)


def assert_one_line_error(result, *needles: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: ") and all(n in last for n in needles), last


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_read_commands_never_create_a_database(tmp_path, collected, args):
    data = tmp_path / "nowhere"
    result = vigil(collected / "config", data, *args)
    assert_one_line_error(result, f"{data}: no such data directory", "--data")
    assert not data.exists()


def _read_only_mount_works() -> bool:
    if not shutil.which("unshare"):
        return False
    with tempfile.TemporaryDirectory() as directory:
        probe = subprocess.run(read_only(Path(directory)) + ["true"], capture_output=True)
    return probe.returncode == 0


def read_only(data: Path) -> list[str]:
    """Run the command with `data` made read-only by a bind mount in a private mount namespace."""
    return ["unshare", "-rm", "sh", "-c", f'mount --bind "{data}" "{data}" && mount -o remount,bind,ro "{data}" && '
            'exec "$@"', "sh"]


@pytest.mark.skipif(not _read_only_mount_works(),
                    reason="needs unprivileged user and mount namespaces (unshare -rm) for a read-only mount")
def test_on_a_read_only_disk_reads_work_and_writes_fail_in_one_line(tmp_path, collected):
    data = tmp_path / "data"
    shutil.copytree(collected / "data", data)  # closed cleanly: no -wal file, all in vigil.db
    config = collected / "config"
    for args in READ_COMMANDS:
        result = vigil(config, data, *args, wrap=read_only(data))
        assert "Traceback" not in result.stderr and "error:" not in result.stderr, (args, result.stderr)
        assert result.returncode in (0, 1) and result.stdout, (args, result.stdout)
    totals = vigil(config, data, "totals", "--as-of", "2025-10-01", "--format", "csv", wrap=read_only(data))
    assert totals.returncode == 0 and "2025-W38" in totals.stdout

    assert_one_line_error(vigil(config, data, "collect", wrap=read_only(data)), "vigil.db")
    assert_one_line_error(vigil(config, data, "alerts", "test", "staff-email", wrap=read_only(data)), "vigil.db")


FULL_DISK = textwrap.dedent("""
    import resource, signal
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG: a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))  # room for the schema, not the pages
""")


def test_a_full_disk_during_collect_is_one_line_and_exit_1(tmp_path):
    from vigil.store import open_store

    open_store(tmp_path / "empty").close()   # the schema's size, whatever migrations it has grown by
    limit = (tmp_path / "empty" / "vigil.db").stat().st_size + 16_384
    with serve_site() as site:
        config = write_config(tmp_path / "config", {"BASE": site.base_url, "SMTP_PORT": "9",
                                                    "SLACK_URL": "http://127.0.0.1:9/hook"})
        result = vigil(config.directory, tmp_path / "data", "collect", "--force", prelude=FULL_DISK.format(limit=limit))
    assert_one_line_error(result)
    assert "the database failed" in result.stderr.strip().splitlines()[-1]
