"""`vigil users`: accounts for the web view, passwords from stdin or a prompt, argon2 hashes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from vigil.accounts import authenticate
from vigil.cli import cli
from vigil.store import open_store


def users(tmp_path, *args, input=None):
    """`vigil users ...` on a data directory the service has made (users never makes one)."""
    open_store(tmp_path / "data").close()
    return CliRunner().invoke(cli, ["-q", "--data", str(tmp_path / "data"), "users", *args], input=input)


def test_add_hashes_the_password_with_argon2_and_never_stores_it(tmp_path):
    result = users(tmp_path, "add", "ana", "--role", "reviewer", "--password-stdin",
                   input="a long enough password\n")
    assert result.exit_code == 0 and result.output == "Added ana (reviewer).\n"
    db = open_store(tmp_path / "data")
    (stored,) = db.execute("select password_hash from users where name = 'ana'").fetchone()
    assert stored.startswith("$argon2id$") and "a long enough password" not in stored
    assert authenticate(db, "ana", "a long enough password").role == "reviewer"
    assert authenticate(db, "ana", "a long enough passwor") is None
    db.close()


def test_the_prompt_asks_twice(tmp_path):
    result = users(tmp_path, "add", "ben", "--role", "viewer", input="first long password\nfirst long password\n")
    assert result.exit_code == 0, result.output
    assert "first long password" not in result.output


def test_bad_accounts_are_usage_errors_naming_the_field(tmp_path):
    short = users(tmp_path, "add", "ana", "--role", "viewer", "--password-stdin", input="short\n")
    assert short.exit_code == 2 and "password: at least 12 characters" in short.output
    bad_name = users(tmp_path, "add", "a b", "--role", "viewer", "--password-stdin", input="a long enough password\n")
    assert bad_name.exit_code == 2 and "name: 'a b'" in bad_name.output
    users(tmp_path, "add", "ana", "--role", "viewer", "--password-stdin", input="a long enough password\n")
    again = users(tmp_path, "add", "ana", "--role", "admin", "--password-stdin", input="a long enough password\n")
    assert again.exit_code == 2 and "user 'ana' exists" in again.output
    role = users(tmp_path, "add", "cy", "--role", "root", "--password-stdin", input="a long enough password\n")
    assert role.exit_code == 2


@pytest.mark.parametrize("stdin_errors", ["surrogateescape", "strict"])  # C.UTF-8's, and en_US.UTF-8's
def test_a_password_that_is_not_utf8_is_a_usage_error_not_a_traceback(tmp_path, stdin_errors):
    """A password piped from a file in another encoding (Latin-1 'é'), as the service's user runs it."""
    open_store(tmp_path / "data").close()
    run = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--data", str(tmp_path / "data"), "users", "add",
                          "ana", "--role", "viewer", "--password-stdin"],
                         input="un mot de passe d\xe9j\xe0 long\n".encode("latin-1"), capture_output=True, timeout=60,
                         env={**os.environ, "PYTHONIOENCODING": f"utf-8:{stdin_errors}"})
    assert run.returncode == 2, run.stderr
    assert run.stderr == b"error: password: not UTF-8 text (give it from a UTF-8 terminal or file)\n"


def test_a_disabled_account_cannot_log_in_and_list_shows_it(tmp_path):
    users(tmp_path, "add", "ana", "--role", "viewer", "--password-stdin", input="a long enough password\n")
    assert users(tmp_path, "disable", "ana").exit_code == 0
    db = open_store(tmp_path / "data")
    assert authenticate(db, "ana", "a long enough password") is None
    db.close()
    listing = users(tmp_path, "list").output
    assert listing.startswith("ana") and "viewer" in listing and "disabled" in listing
    assert users(tmp_path, "disable", "nobody").exit_code == 2
