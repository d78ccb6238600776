"""`vigil show` says which fetch time is which when the document's and its WARC record's differ
(the demo dates each report as collected on its publication day; the archive keeps the real time)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from test_extract_rerun import extracted, store  # noqa: F401 (fixtures: a collected, extracted store)
from vigil.store import open_store


def vigil(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "vigil"), "--config", str(root / "config"),
                           "--data", str(root / "data"), *args], capture_output=True, text=True, timeout=600)


def first_claim(root: Path) -> tuple[int, dict]:
    db = open_store(root / "data")
    claim = next(db.query("select c.id, d.fetched_at from claims c join documents d on d.id = c.document_id "
                          "where d.warc_file is not null order by c.id"))
    db.close()
    return claim["id"], claim


def test_the_demos_two_fetch_times_are_each_named(demo_data, tmp_path):
    shutil.copytree(demo_data / "config", tmp_path / "config")
    shutil.copytree(demo_data / "data", tmp_path / "data")
    claim_id, claim = first_claim(tmp_path)
    out = vigil(tmp_path, "show", str(claim_id))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    record = next(i for i, line in enumerate(lines) if line.startswith("  record <urn:uuid:"))
    archived = lines[record].split(", fetched ")[1].split(" ")[0]
    assert lines[record + 1] == (
        f"  (two fetch times: the record's {archived} is when the page was archived; the document's "
        f"{claim['fetched_at']} above is when the store counts it as collected, which late-news alerts read; "
        "`vigil demo` sets it to the publication time to replay its sample weeks)")


def test_one_fetch_time_is_not_explained(store):
    claim_id, _ = first_claim(store)
    out = vigil(store, "show", str(claim_id))
    assert out.returncode == 0, out.stderr
    assert "two fetch times" not in out.stdout
