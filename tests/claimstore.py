"""Test helpers: a real SQLite store (through open_store) filled with documents and claims,
and a config directory holding an alerts.yaml, for end-to-end command tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from vigil.store import open_store

SOURCES = {"ihr": "Iran Human Rights", "hrana": "HRANA", "amnesty": "Amnesty", "news": "News desk"}


class ClaimStore:
    """Adds documents and claims the way the extractor stores them."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.db = open_store(data_dir)
        for source_id, name in SOURCES.items():
            self.db["sources"].insert(
                {"id": source_id, "name": name, "org": "rights-group", "type": "feed"}, ignore=True
            )
        self._n = 0

    def document(self, published: str, title: str = "Report", source: str = "ihr", url: str | None = None) -> int:
        self._n += 1
        return self.db["documents"].insert(
            {
                "url": url or f"https://{source}.example.org/report/{self._n}",
                "source_id": source,
                "title": title,
                "published": published,
                "text": "",
            }
        ).last_pk

    def claim(self, document_id: int, count: int, start: str | None, end: str | None = "same", **fields) -> int:
        row = {
            "document_id": document_id,
            "event": "executed",
            "country": "IR",
            "count": count,
            "qualifier": "exact",
            "period_start": start,
            "period_end": start if end == "same" else end,
            "kind": "event",
            "offences": [],
            "location": None,
            "names": [],
            "evidence": f"{count} executed.",
            "field": "text",
            "start_char": 0,
            "end_char": 10,
            "extractor_version": "test",
        }
        row.update(fields)
        row["offences"] = json.dumps(list(row["offences"]))
        row["names"] = json.dumps(list(row["names"]))
        return self.db["claims"].insert(row).last_pk

    def report(self, published: str, count: int, start: str | None, end: str | None = "same", *, source="ihr",
               title="Report", url=None, **fields) -> int:
        """A document with one claim; returns the claim id."""
        return self.claim(self.document(published, title, source, url), count, start, end, **fields)


@pytest.fixture
def store(tmp_path):
    """A ClaimStore in the test's temporary directory, closed after the test."""
    made = ClaimStore(tmp_path / "data")
    yield made
    made.db.close()


def write_alerts_yaml(config_dir: Path, body: dict | None = None) -> Path:
    """An alerts.yaml (plus empty sources/schedules files so full loads work too)."""
    config_dir.mkdir(parents=True, exist_ok=True)
    body = {"timezone": "UTC", "week_starts": "monday", **(body or {})}
    (config_dir / "alerts.yaml").write_text(yaml.safe_dump(body, sort_keys=False))
    (config_dir / "sources.yaml").write_text("sources: []\n")
    (config_dir / "schedules.yaml").write_text("jobs: []\n")
    return config_dir


def sample_week(store: ClaimStore) -> dict[str, int]:
    """Week 2025-W38 (Mon 15 - Sun 21 September 2025) in Iran, as three sources reported it.

    - one hanging of two named men, reported by IHR, again by HRANA a day later (names in
      another order and spelling of case), and by a news desk as "two men in Shiraz";
    - one unnamed hanging in Karaj;
    - IHR's weekly statement "at least 64 executions in the past week" (a bound);
    - an "at most 100" figure, which is no lower bound.
    """
    ids = {}
    ids["shiraz_ihr"] = store.report(
        "2025-09-16", 2, "2025-09-16", source="ihr", title="Two men hanged in Shiraz",
        names=["Hossein Nasirian", "Hassan Ali Shakib"], location="Adelabad Prison, Shiraz", offences=["drug"],
        evidence="Hossein Nasirian and Hassan Ali Shakib were hanged in Adelabad Prison, Shiraz on Tuesday.",
    )
    ids["shiraz_hrana"] = store.report(
        "2025-09-17", 2, "2025-09-17", source="hrana", title="Execution of two prisoners in Shiraz",
        names=["NASIRIAN Hossein", "Hassan-Ali Shakib"], location="Shiraz", offences=["drug"],
        evidence="Two prisoners, Nasirian Hossein and Hassan-Ali Shakib, were executed in Shiraz.",
    )
    ids["shiraz_news"] = store.report(
        "2025-09-17", 2, "2025-09-16", source="news", title="Iran hangs two",
        location="Shiraz central prison", evidence="Two men were hanged in Shiraz central prison on Tuesday.",
    )
    ids["karaj"] = store.report(
        "2025-09-19", 1, "2025-09-18", source="hrana", title="Man executed in Karaj",
        location="Ghezel Hesar Prison, Karaj", offences=["murder"],
        evidence="A man convicted of murder was executed in Ghezel Hesar Prison, Karaj.",
    )
    ids["weekly"] = store.report(
        "2025-09-21", 64, "2025-09-14", "2025-09-20", source="ihr", title="Weekly: 64 executions",
        kind="aggregate", qualifier="at_least", evidence="At least 64 people were executed in the past week.",
    )
    ids["at_most"] = store.report(
        "2025-09-21", 100, "2025-09-15", "2025-09-21", source="news", title="Up to 100",
        kind="aggregate", qualifier="at_most", evidence="At most 100 people were executed this week.",
    )
    return ids
