"""`vigil review`: staff on a server without a browser confirm, reject or correct a claim from the
shell, as a reviewer account, with the same rules and audit trail as the web view's form."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimstore import ClaimStore, sample_week, write_alerts_yaml
from vigil.accounts import add_user
from vigil.cli import cli

PASSWORD = "correct horse battery staple"


@pytest.fixture
def week(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    add_user(store.db, "ana", "reviewer", PASSWORD)
    add_user(store.db, "vic", "viewer", PASSWORD)
    store.db.close()
    config = write_alerts_yaml(tmp_path / "config")

    def vigil(*args):
        return CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), *args])
    return ids, vigil


def test_a_rejection_from_the_shell_takes_the_claim_out_of_the_total_and_names_the_reviewer(week):
    ids, vigil = week
    result = vigil("review", str(ids["weekly"]), "--reject", "--as", "ana", "--reason", "covers two weeks")
    assert (result.exit_code, result.output) == (0, f"Claim #{ids['weekly']} rejected by ana: covers two weeks.\n")
    claims = vigil("claims", "--week", "2025-W38").output
    assert claims.splitlines()[0].startswith("2025-W38 (week of 2025-09-15) IR: total 3 = max(reported 3 over 2 incidents, no bound)")
    assert "review: rejected by ana: covers two weeks at " in claims


def test_a_correction_from_the_shell_changes_the_count_and_says_from_what(week):
    ids, vigil = week
    result = vigil("review", str(ids["karaj"]), "--correct", "--count", "3", "--as", "ana", "--reason", "three named")
    assert result.exit_code == 0, result.output
    assert result.output == f"Claim #{ids['karaj']} corrected by ana (count 1 -> 3): three named.\n"
    assert f"#{ids['karaj']:<6} COUNTED   incident 2: 3 (corrected by a reviewer" in vigil("claims", "--week", "2025-W38").output


@pytest.mark.parametrize("args, message", [
    (["--as", "ana"], "error: give one of --confirm, --reject or --correct\n"),
    (["--reject", "--as", "ana"], "error: reason: a rejection needs a reason\n"),
    (["--correct", "--as", "ana"], "error: corrections: give at least one corrected value\n"),
    (["--correct", "--count", "three", "--as", "ana"], "error: count: 'three' is not a whole number of people\n"),
    (["--confirm", "--count", "3", "--as", "ana"], "error: --count: corrected values go with --correct only\n"),
    (["--confirm", "--as", "nobody"], "error: --as: no active account named 'nobody' (see `vigil users list`)\n"),
    (["--confirm", "--as", "vic"], "error: --as: vic is a viewer; reviews need the reviewer or admin role\n"),
])
def test_a_review_that_cannot_be_recorded_is_a_usage_error_and_records_nothing(week, args, message):
    ids, vigil = week
    result = vigil("review", str(ids["karaj"]), *args)
    assert (result.exit_code, result.output) == (2, message)
    assert "review:" not in vigil("claims", "--week", "2025-W38").output


def test_an_unknown_claim_is_named(week):
    _, vigil = week
    result = vigil("review", "99999", "--confirm", "--as", "ana")
    assert (result.exit_code, result.output) == (2, "error: claim 99999: no such claim (see `vigil claims`)\n")
