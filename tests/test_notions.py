"""Extraction and alerting share one definition of each notion (extract/notions.py): how long
an incident lasts and which day relative dates are resolved against."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

from alerts.records import ClaimRecord
from alerts.totals import Totals
from alerts.weeks import WeekScheme
from claimstore import ClaimStore
from extract.breakdowns import too_long_for_an_event
from vigil.extraction import extract_new_documents

ROOT = Path(__file__).resolve().parents[1]


def test_extraction_and_totals_agree_on_how_long_an_incident_lasts():
    start = date(2025, 9, 15)
    for days in range(0, 12):
        end = start + timedelta(days=days)
        claim = ClaimRecord(id=1, event="executed", country="IR", count=3, qualifier="exact", period_start=start,
                            period_end=end, kind="event", location="Karaj")
        counted_as_incident = bool(Totals([claim], WeekScheme()).incidents)
        assert counted_as_incident is not too_long_for_an_event((start, end)), days


def test_yesterday_is_resolved_against_the_publication_day_in_the_configured_time_zone(tmp_path):
    """23:30 UTC on Sunday 21 September is already Monday in Tehran: 'yesterday' is Sunday."""
    store = ClaimStore(tmp_path / "data")
    store.db["documents"].insert({"url": "https://ihr.example.org/late-night", "source_id": "ihr",
                                  "title": "Two hanged", "published": "2025-09-21T23:30:00+00:00",
                                  "text": "Two prisoners were hanged in Ghezel Hesar Prison yesterday."})
    extract_new_documents(store.db, timezone="Asia/Tehran")
    (start,) = store.db.execute("select period_start from claims").fetchone()
    store.db.close()
    assert start == "2025-09-21"


def test_alerts_import_nothing_of_extract_but_the_shared_notions():
    """The shared notions, the claim's shape and the Persian/Arabic letter variants, which name
    matching must fold exactly as extraction does (one table: extract/data/persian-arabic.yaml)."""
    imported = set()
    for path in (ROOT / "alerts").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("extract"):
                imported.add(node.module)
            if isinstance(node, ast.Import):
                imported.update(a.name for a in node.names if a.name.startswith("extract"))
    assert imported <= {"extract.notions", "extract.claims", "extract.lang.normal"}
