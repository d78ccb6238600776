"""`vigil demo` end to end: the bundled site is collected, extracted, totalled and alerted on."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extract.pipeline import Extractor
from vigil.demo.walkthrough import run_demo


def extractor_reads_persian() -> bool:
    """Whether the extractor finds the execution in a plain Persian sentence (the demo's
    Persian source tells its incidents only in Persian)."""
    sentence = "بامداد امروز چهارشنبه حکم اعدام یک زندانی در زندان قزلحصار کرج اجرا شد."
    try:
        claims = Extractor().extract(sentence, date(2025, 9, 17), "", lang="fa")
    except TypeError:  # an extract() that takes no language: English only
        return False
    return any(c.event == "executed" for c in claims)


reads_persian = pytest.mark.skipif(not extractor_reads_persian(),
                                   reason="this extractor reads no Persian, so the Persian source yields no claim")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """Where the demo keeps its config/ and data/."""
    return tmp_path_factory.mktemp("demo")


@pytest.fixture(scope="module")
def demo(demo_dir):
    lines: list[str] = []
    result = run_demo(demo_dir, say=lines.append)
    return result, "\n".join(lines)


def week(result, label: str) -> dict:
    return next(row for row in result.totals if row["week"] == label)


def test_collects_every_sample_report_once(demo):
    result, _ = demo
    # 9 IHR + 10 HRANA + 4 HRANA Persian feed articles, 7 crawled from Hengaw's listing
    assert result.documents == 30
    assert "0 errors" in result.collect_summary


def test_weekly_totals_count_shared_incidents_once_and_use_the_weekly_bound(demo):
    result, _ = demo
    # vigil/demo/EXPECTED.md: eight hanged at Ghezel Hesar on 27 August, first reported as
    # "at least four", then in full by three sources, counts once.
    assert (week(result, "2025-W35")["total"], week(result, "2025-W35")["incidents"]) == (8, 1)
    w38 = week(result, "2025-W38")
    assert (w38["total"], w38["bound"]) == (64, 64)  # IHR's "64 in the past week"
    assert week(result, "2025-W36")["total"] == 5  # the Tabriz hangings, reported by three sources
    assert week(result, "2025-W37")["total"] == 2  # Ilam, reported by two
    # Bahman Choobiasl, reported by two sources; HRANA's monthly breakdowns published that week
    # are figures for September, not incidents of the week.
    assert week(result, "2025-W40")["total"] == 1


@reads_persian
def test_persian_reports_of_english_incidents_count_once_and_a_persian_only_one_counts(demo):
    result, _ = demo
    # vigil/demo/EXPECTED.md: P1-P3 are E2-E4 told in Persian; E7 is reported in Persian only.
    w36, w37, w38, w39 = (week(result, label) for label in ("2025-W36", "2025-W37", "2025-W38", "2025-W39"))
    assert (w36["total"], w36["incidents"], w36["sources"]) == (5, 1, 4)
    assert (w37["total"], w37["incidents"], w37["sources"]) == (2, 1, 3)
    assert (w38["reported"], w38["incidents"], w38["sources"]) == (2, 2, 4)  # Shahbazi (with P3), Hosseini
    assert (w39["total"], w39["incidents"], w39["reported"], w39["confirmed"], w39["sources"]) == (1, 1, 1, 0, 1)


@reads_persian
def test_an_incident_told_in_english_and_persian_is_alerted_once(demo):
    result, _ = demo
    # Babak Shahbazi's execution (E4), reported by IHR, HRANA and HRANA's Persian site (P3)
    political = [m["Subject"] for m in result.emails if "for political or espionage in week 2025-W38" in m["Subject"]]
    assert political == ["[Vigil] IR: 1 execution for political or espionage in week 2025-W38"]


def test_alerts_reach_both_channels_exactly_once(demo):
    result, _ = demo
    subjects = [m["Subject"] for m in result.emails]
    assert len(subjects) == len(set(subjects)), subjects
    surge = [s for s in subjects if "64 executions in week 2025-W38" in s]
    assert len(surge) == 1
    assert [s for s in subjects if "executions in week" in s and "at or above" in s] == surge
    # the first of the three reports published (IHR at 22:10 UTC), whatever order collection stored them in
    assert ("[Vigil] Imminent execution reported, IR: Babak Shahbazi (Urgent: Babak Shahbazi at imminent risk "
            "of execution)") in subjects
    assert any("weekly digest" in s for s in subjects)
    slack_texts = [p.get("text", "") for p in result.slack]
    assert sum("64 executions in week 2025-W38" in t for t in slack_texts) == 1
    assert len(result.slack) == len(result.emails)


def test_digest_email_carries_the_chart(demo):
    result, _ = demo
    digest = next(m for m in result.emails if "weekly digest" in m["Subject"])
    images = [part for part in digest.walk() if part.get_content_type() == "image/png"]
    assert images and images[0].get_payload(decode=True).startswith(b"\x89PNG")


def test_printed_report_names_each_stage(demo):
    _, printed = demo
    for heading in ("1. Collect", "2. Extract", "3. Weekly totals", "4. Alerts"):
        assert heading in printed
    assert "2025-W38" in printed and "Done in" in printed


def test_status_right_after_the_demo_calls_no_source_stale(demo, demo_dir):
    """Every source has just brought its reports: feeds and the crawled site alike are fresh,
    though the demo dates its documents by publication (2025) for the late-news rules."""
    status = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(demo_dir / "config"),
                             "--data", str(demo_dir / "data"), "status", "--format", "json"],
                            capture_output=True, text=True, timeout=120)
    report = json.loads(status.stdout)
    assert report["stale_sources"] == [] and not [p for p in report["problems"] if "stale" in p], report["problems"]


def test_demo_serve_without_keep_leaves_nothing_behind(tmp_path: Path):
    """Without --keep the demo's data is temporary, --serve or not: gone once Ctrl-C stops the server."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "vigil.cli", "-q", "demo", "--serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env={**os.environ, "TMPDIR": str(temp)})
    try:
        for line in proc.stdout:
            if line.startswith("Ctrl-C stops."):
                break
        assert [p.name for p in temp.iterdir() if p.name.startswith("vigil-demo-")], "served from a temporary directory"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert [p.name for p in temp.iterdir() if p.name.startswith("vigil-demo-")] == []


def test_cli_demo_runs_from_any_directory(tmp_path: Path):
    """The Quick start's first command, as a new user runs it: no config, no network."""
    run = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "demo"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "64 executions in week 2025-W38" in run.stdout
    assert not (tmp_path / "data").exists(), "the demo must not leave data in the current directory"


def test_keep_refuses_a_directory_holding_data_it_did_not_make(tmp_path: Path):
    """`vigil demo --keep .` where `vigil collect` made ./data (the default --data) must not
    erase that database and archive: the demo replaces DIR/data and DIR/config."""
    from vigil.store import open_store

    open_store(tmp_path / "data").close()
    (tmp_path / "data" / "archive").mkdir()
    (tmp_path / "data" / "archive" / "feeds-20251001-000.warc.gz").write_bytes(b"a record")
    run = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "demo", "--keep", "."], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stderr == ("error: --keep .: ./data was not made by `vigil demo`, which replaces it; "
                          "give a new or empty directory\n")
    assert (tmp_path / "data" / "vigil.db").exists()
    assert (tmp_path / "data" / "archive" / "feeds-20251001-000.warc.gz").read_bytes() == b"a record"
    assert not (tmp_path / "config").exists()


def test_keep_may_replace_an_earlier_demo(demo, demo_dir):
    from vigil.demo.walkthrough import claim_keep_dir

    claim_keep_dir(demo_dir)  # marked by the demo fixture's run: no error
    assert (demo_dir / "data" / "vigil.db").exists()


def test_status_of_a_kept_demo_is_healthy_and_says_why_its_jobs_never_ran(demo, demo_dir):
    """The demo runs its stages itself, not as the service's jobs: a kept demo is no failing install."""
    status = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(demo_dir / "config"),
                             "--data", str(demo_dir / "data"), "status"], capture_output=True, text=True, timeout=120)
    assert status.returncode == 0, status.stdout
    assert "this is a `vigil demo --keep` directory" in status.stdout and status.stdout.endswith("Healthy.\n")


def test_the_kept_data_hint_works_when_pasted(demo, demo_dir, tmp_path):
    _, printed = demo
    command = printed.rstrip().splitlines()[-1].strip()
    assert f"--data {demo_dir / 'data'}" in command
    shown = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "64" in shown.stdout  # the surge week's sentences


def test_slack_lines_are_shortened_at_a_word(demo):
    result, printed = demo
    texts = [" ".join(str(p.get("text", "")).split()) for p in result.slack]
    for line in (l.strip()[2:] for l in printed.splitlines() if l.strip().startswith("- ")):
        if line.endswith(" …") and line not in texts:
            head = line[:-2]
            assert any(t.startswith(head + " ") for t in texts), line


def test_demo_serve_on_a_port_in_use_fails_before_the_demo_runs(tmp_path: Path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "demo", "--serve", "--port", str(port)],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr and "another server listens there" in run.stderr
    assert "1. Collect" not in run.stdout  # refused before half a minute of demo, not after it
